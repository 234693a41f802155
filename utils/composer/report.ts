/**
 * The background's half of publish detection: checks what the content script reports, makes
 * the log's event of it (hash and excerpt are computed here, once, the same for every tab)
 * and files it — sure submits in the publish queue, uncertain ones as a "Published?" question.
 */
import { browser } from 'wxt/browser';
import type { Handlers, Sender } from '../messaging/listener';
import { addPending, removePending } from '../publish/pending';
import { enqueuePublished, hasPublishBasics, type PublishedEvent } from '../publish/queue';
import { COMPOSER_SCRIPT } from './client';
import type { SubmitReport } from './publish';
import { excerptOfNormalized, hashNormalized, normalizeText } from './text';

/** Facebook's post limit is 63,206 characters; anything longer is not a post. */
export const MAX_POST_CHARS = 70_000;

/** The report's text, normalised; null when the report is malformed. */
function normalizedTextOf(x: unknown): string | null {
  const r = x as Partial<SubmitReport> | null;
  if (!hasPublishBasics(r) || typeof r.text !== 'string' || r.text.length > MAX_POST_CHARS) return null;
  if (r.uncertain !== undefined && typeof r.uncertain !== 'boolean') return null;
  return normalizeText(r.text) || null;
}

export function isSubmitReport(x: unknown): x is SubmitReport {
  return normalizedTextOf(x) !== null;
}

export async function receiveSubmit(report: unknown): Promise<{ duplicate: boolean; pending: boolean }> {
  const text = normalizedTextOf(report);
  if (text === null) throw new Error('Invalid submit report');
  // Valid by construction (the report passed the same platform/kind/time checks): no second check.
  const { platform, kind, at, uncertain } = report as SubmitReport;
  const event: PublishedEvent = { platform, kind, at, excerpt: excerptOfNormalized(text), hash: await hashNormalized(text) };
  if (uncertain) return { ...(await addPending(event)), pending: true };
  // Sure now: a question asked about the same post earlier is answered.
  await removePending(event);
  return { ...(await enqueuePublished(event)), pending: false };
}

export interface Scripting {
  executeScript(o: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown>;
}

/** Puts the composer script into the frame that asked (the admin began writing there). */
export async function loadComposer(scripting: Scripting, sender: Sender): Promise<{ loaded: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { loaded: false };
  await scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [COMPOSER_SCRIPT] });
  return { loaded: true };
}

export function createComposerHandlers(scripting: Scripting = browser.scripting as unknown as Scripting): Pick<Handlers<'background'>, 'composer:submitted' | 'composer:load'> {
  return {
    'composer:submitted': (report) => receiveSubmit(report),
    'composer:load': (_, sender) => loadComposer(scripting, sender),
  };
}
