/**
 * The background's half of publish detection: checks what the content script reports, makes
 * the log's event of it (hash and excerpt are computed here, once, the same for every tab)
 * and files it — sure submits in the publish queue, uncertain ones as a "Published?" question.
 */
import type { Handlers } from '../messaging/listener';
import { addPending, removePending } from '../publish/pending';
import { enqueuePublished, isPublishedEvent, type PublishedEvent } from '../publish/queue';
import type { SubmitReport } from './publish';
import { excerptOf, hashText, normalizeText } from './text';

/** Facebook's post limit is 63,206 characters; anything longer is not a post. */
export const MAX_POST_CHARS = 70_000;

export function isSubmitReport(x: unknown): x is SubmitReport {
  const r = x as Partial<SubmitReport> | null;
  return (
    !!r &&
    (r.platform === 'facebook' || r.platform === 'instagram') &&
    (r.kind === 'post' || r.kind === 'story' || r.kind === 'reel') &&
    typeof r.at === 'number' &&
    Number.isFinite(r.at) &&
    typeof r.text === 'string' &&
    r.text.length <= MAX_POST_CHARS &&
    normalizeText(r.text) !== '' &&
    (r.uncertain === undefined || typeof r.uncertain === 'boolean')
  );
}

export async function toPublishedEvent(r: SubmitReport): Promise<PublishedEvent> {
  return { platform: r.platform, kind: r.kind, at: r.at, excerpt: excerptOf(r.text), hash: await hashText(r.text) };
}

export async function receiveSubmit(report: unknown): Promise<{ duplicate: boolean; pending: boolean }> {
  if (!isSubmitReport(report)) throw new Error('Invalid submit report');
  const event = await toPublishedEvent(report);
  // The queue's own contract check: what reaches the log is always a valid event.
  if (!isPublishedEvent(event)) throw new Error('Invalid published event');
  if (report.uncertain) return { ...(await addPending(event)), pending: true };
  // Sure now: a question asked about the same post earlier is answered.
  await removePending(event);
  return { ...(await enqueuePublished(event)), pending: false };
}

export function createComposerHandlers(): Pick<Handlers<'background'>, 'composer:submitted'> {
  return { 'composer:submitted': (report) => receiveSubmit(report) };
}
