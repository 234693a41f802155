import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSavedDraft, restoreDraft, savedDraft, SAVE_DELAY_MS, startSavingDraft, type SavedDraft } from './savedDraft';
import { resetUiStore, useUiStore } from './store';

const SAVED: SavedDraft = {
  compose: {
    notice: 'Městský úřad oznamuje, že dne 12. 3. 2030 nepoteče voda.',
    langOverride: null,
    kindOverride: 'water-outage',
    templateId: 'builtin:cs:water-outage',
    edits: { phone: '583 468 111', streets: ['Havlíčkova', 'Husova'], bring: true },
    finalText: null,
    finalBase: null,
  },
  draft: '💧 Ve úterý 12. 3. nepoteče voda\n#Zábřeh',
  platform: 'instagram',
  draftKind: 'water-outage',
  draftTemplateId: 'builtin:cs:water-outage',
};

beforeEach(() => resetUiStore());
afterEach(() => {
  vi.useRealTimers();
  resetUiStore();
});

describe('parseSavedDraft', () => {
  it('accepts what it saves', () => {
    expect(parseSavedDraft(structuredClone(SAVED))).toEqual(SAVED);
  });

  it.each([
    null,
    'text',
    {},
    { ...SAVED, draft: 5 },
    { ...SAVED, platform: 'tiktok' },
    { ...SAVED, draftKind: 'no-such-kind' },
    { ...SAVED, compose: { ...SAVED.compose, edits: { a: { nested: 1 } } } },
    { ...SAVED, compose: { ...SAVED.compose, edits: ['x'] } },
    { ...SAVED, compose: { ...SAVED.compose, langOverride: 'de' } },
    { ...SAVED, compose: { ...SAVED.compose, notice: undefined } },
  ])('ignores what it cannot use: %j', (raw) => {
    expect(parseSavedDraft(raw)).toBeNull();
  });
});

describe('saving and restoring', () => {
  it('saves after a pause in typing (once), and a new panel gets the post back', async () => {
    vi.useFakeTimers();
    const setSpy = vi.spyOn(savedDraft, 'setValue');
    const stop = startSavingDraft();
    const s = useUiStore.getState();
    s.setCompose({ notice: 'Zítra ' });
    s.setCompose({ notice: 'Zítra nepoteče voda.' });
    s.setDraftFromCompose('💧 Zítra nepoteče voda');
    expect(setSpy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(setSpy).toHaveBeenCalledTimes(1);
    stop();

    resetUiStore(); // the panel closed; a new one opens
    await restoreDraft();
    expect(useUiStore.getState()).toMatchObject({ draft: '💧 Zítra nepoteče voda', compose: { notice: 'Zítra nepoteče voda.', view: 'write' } });
  });

  it('flushes a pending save when the panel goes away', async () => {
    vi.useFakeTimers();
    const stop = startSavingDraft();
    useUiStore.getState().setDraft('Rozepsaný příspěvek');
    dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect((await savedDraft.getValue())?.draft).toBe('Rozepsaný příspěvek');
    stop();
  });

  it('"Clear" leaves no draft behind', async () => {
    await savedDraft.setValue(SAVED);
    vi.useFakeTimers();
    const stop = startSavingDraft();
    useUiStore.getState().setDraft('x');
    useUiStore.getState().resetCompose();
    useUiStore.getState().setDraftFromCompose('');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(await savedDraft.getValue()).toBeNull();
    stop();
  });

  it('restoring a damaged value changes nothing', async () => {
    await savedDraft.setValue({ ...SAVED, platform: 'x' } as never);
    useUiStore.getState().setDraft('current');
    await restoreDraft();
    expect(useUiStore.getState().draft).toBe('current');
  });
});
