/**
 * The Compose tab and plan drafts: a draft opens in Compose as the post being written (as a
 * hand edit, the way the checklist's text box changes it), and "Uložit jako koncept" saves
 * the post back to the draft it came from, or to a new one.
 */
import { browser } from 'wxt/browser';
import { useUiStore } from '@/components/app/store';
import { db } from '@/utils/db/db';
import type { DraftRecord } from '@/utils/db/types';
import { isPostKind } from '@/utils/kinds';
import { createDraft, updateDraft } from '@/utils/plan/repo';
import { schedulePlanAlarm } from '@/utils/plan/reminder';

export function openDraftInCompose(d: DraftRecord): void {
  const s = useUiStore.getState();
  const platform = s.platform === 'instagram' && d.instagram.trim() ? 'instagram' : d.facebook.trim() ? 'facebook' : d.instagram.trim() ? 'instagram' : s.platform;
  const text = platform === 'instagram' ? d.instagram : d.facebook;
  s.resetCompose();
  useUiStore.setState({ draft: '', platform, planDraftId: d.id });
  useUiStore.getState().setDraft(text);
  s.setDraftSource({ kind: isPostKind(d.kind) ? d.kind : null, templateId: null });
  s.setTab('compose');
}

/** Saves the Compose tab's post as a plan draft; returns its id. */
export async function saveComposeAsDraft(): Promise<string> {
  const s = useUiStore.getState();
  const text = s.draft;
  const field = s.platform === 'instagram' ? 'instagram' : 'facebook';
  const existing = s.planDraftId ? await db.drafts.get(s.planDraftId) : undefined;
  if (existing && existing.status !== 'published') {
    await updateDraft(existing.id, { [field]: text });
    await reschedule();
    return existing.id;
  }
  const d = await createDraft({ source: 'compose', kind: s.draftKind ?? 'general', [field]: text, notes: s.compose.notice.trim() || undefined });
  s.setPlanDraftId(d.id);
  return d.id;
}

/** The planned-time alarm follows the drafts (the background cannot see the panel's writes). */
export function reschedule(): Promise<unknown> {
  const alarms = (browser as { alarms?: typeof browser.alarms }).alarms;
  if (!alarms) return Promise.resolve();
  return schedulePlanAlarm(db, { create: (n, i) => alarms.create(n, i), get: (n) => alarms.get(n), clear: (n) => alarms.clear(n) }, Date.now()).catch((e) => console.warn('[Town Crier] plan alarm', e));
}
