/**
 * Works with the composer open in the attached Facebook/Instagram tab: Insert (into an empty
 * composer at once; into one with text only after asking: replace, at the cursor or cancel; undo
 * for a replace), the clipboard fallback with instructions, Read
 * from the post (once, or live while the admin types) and the "Published?" questions.
 *
 * Mount it where the admin works on the post (the Compose tab); ComposerConnection, mounted
 * once in the panel shell, keeps the attached tab and the live read-back going.
 * - Reads the store's `draft` (the text to insert) and `attachedTab`.
 * - Writes the store's `composerText` (what the composer holds; the checklist checks it).
 * - Props: `settings` (for `liveReadback`); `tabId` pins the tab (tests).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useUiStore } from '@/components/app/store';
import { useT } from '@/components/ui/i18n';
import type { PanelInsertStatus } from '@/utils/commands/commands';
import { copyText, insertIntoTab, pasteKeys, readFromTab, type ComposerStatus } from '@/utils/composer/client';
import type { InsertMode } from '@/utils/composer/insert';
import { normalizeText } from '@/utils/composer/text';
import type { MessageKey } from '@/utils/i18n/i18n';
import type { Settings } from '@/utils/settings/settings';
import { updateSettings } from '@/utils/settings/store';

type Status =
  | { kind: 'inserted' | 'undone' | 'emptyDraft' }
  | { kind: 'fallback'; reason: Exclude<ComposerStatus, 'inserted'>; copied: boolean }
  | { kind: 'read'; reason: 'ok' | Exclude<ComposerStatus, 'inserted' | 'rejected' | 'dirty'>; count: number };

const REASONS: Record<Exclude<ComposerStatus, 'inserted'>, MessageKey> = {
  'no-composer': 'composer_reason_noComposer',
  rejected: 'composer_reason_rejected',
  dirty: 'composer_reason_dirty',
  'no-tab': 'composer_reason_noTab',
  'no-access': 'composer_reason_noTab',
  error: 'composer_reason_error',
};

/** What the admin counts as characters: emoji, flags and ZWJ families are one each. */
function countChars(text: string, lang: string): number {
  return [...new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment(text)].length;
}

export function ComposerActions({ settings, tabId }: { settings: Settings; tabId?: number | null }) {
  const { t, tp, lang } = useT();
  const id = useId();
  // No `draft` here: only Insert needs it, read at the click, so typing does not re-render this.
  const [attachedTabId, composerText, setComposerText, insertRequest, setInsertRequest, setLastInserted] = useUiStore(
    useShallow((s) => [s.attachedTab.tabId, s.composerText, s.setComposerText, s.insertRequest, s.setInsertRequest, s.setComposerLastInserted]),
  );
  // Counted once per text the composer reports, not on every render.
  const composerChars = useMemo(() => {
    if (composerText === null) return null;
    const text = normalizeText(composerText);
    return text ? countChars(text, lang) : 0;
  }, [composerText, lang]);
  const tab = { tabId: tabId !== undefined ? tabId : attachedTabId };
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [undoText, setUndoText] = useState<string | null>(null);
  // The composer already holds text: where the post goes is the admin's answer, never a guess.
  const [ask, setAsk] = useState<{ text: string; ours: boolean } | null>(null);
  // The checkbox answers at once; the saved setting follows (and wins if it changes elsewhere).
  const [live, setLive] = useState(settings.liveReadback);
  const [savedLive, setSavedLive] = useState(settings.liveReadback);
  if (savedLive !== settings.liveReadback) {
    setSavedLive(settings.liveReadback);
    setLive(settings.liveReadback);
  }

  const insert = async (text: string, how: InsertMode, isUndo: boolean): Promise<PanelInsertStatus> => {
    setStatus(null);
    setAsk(null);
    setBusy(true);
    setUndoText(null);
    const r = await insertIntoTab(tab.tabId, text, how);
    if (r.status === 'inserted') {
      setStatus({ kind: isUndo ? 'undone' : 'inserted' });
      setUndoText(!isUndo && how === 'replace' && r.previous && normalizeText(r.previous) ? r.previous : null);
      if (!isUndo) setLastInserted(text);
      const now = await readFromTab(tab.tabId);
      if (now.status === 'ok') setComposerText(now.text);
    } else {
      // Still in the click that asked for it: the clipboard accepts the text.
      setStatus({ kind: 'fallback', reason: r.status, copied: await copyText(text) });
    }
    setBusy(false);
    return r.status;
  };

  /**
   * Insert as the button (and the shortcut) starts it: reads the composer first, so a second
   * click never puts a second copy in. Text there → ask (Replace first when it is our last post).
   */
  const start = async (raw: string): Promise<PanelInsertStatus> => {
    // Trailing spaces and empty lines never belong to a post (Facebook drops them too).
    const text = raw.replace(/\s+$/, '');
    setStatus(null);
    setAsk(null);
    if (!normalizeText(text)) {
      setStatus({ kind: 'emptyDraft' });
      return 'emptyDraft';
    }
    setBusy(true);
    const now = await readFromTab(tab.tabId);
    setBusy(false);
    if (now.status === 'ok') setComposerText(now.text);
    const held = now.status === 'ok' && now.text !== null ? normalizeText(now.text) : '';
    if (held) {
      const last = useUiStore.getState().composerLastInserted;
      setAsk({ text, ours: last !== null && normalizeText(last) === held });
      return 'asked';
    }
    // Empty (or unreadable: the insert then says why and copies the text).
    return insert(text, 'caret', false);
  };

  // The "insert the post" keyboard shortcut (components/commands/usePanelCommands.ts): the same
  // Insert as the button, with its question when the composer holds text. (Without the click, the clipboard fallback
  // may be refused; the message then says how to copy by hand.)
  useEffect(() => {
    if (!insertRequest) return;
    setInsertRequest(null);
    if (busy) return insertRequest.done('busy');
    void Promise.resolve()
      .then(() => start(useUiStore.getState().draft))
      .then(insertRequest.done, () => insertRequest.done('error'));
    // Runs for a new request only; `insert` reads the current state when it runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [insertRequest]);

  const read = async () => {
    setStatus(null);
    setBusy(true);
    const r = await readFromTab(tab.tabId);
    setComposerText(r.text);
    setStatus({ kind: 'read', reason: r.status, count: r.text === null ? 0 : countChars(normalizeText(r.text), lang) });
    setBusy(false);
  };

  const keys = pasteKeys();
  const message = (() => {
    if (!status) return null;
    switch (status.kind) {
      case 'inserted':
        return <p>{t('composer_inserted')}</p>;
      case 'undone':
        return <p>{t('composer_undone')}</p>;
      case 'emptyDraft':
        return <p>{t('composer_emptyDraft')}</p>;
      case 'fallback':
        return (
          <>
            <p>{t(REASONS[status.reason])}</p>
            <p>{status.copied ? t('composer_copied', { keys: keys.paste }) : t('composer_copyFailed', { keys: keys.copy })}</p>
          </>
        );
      case 'read':
        return (
          <p>
            {status.reason !== 'ok'
              ? t(REASONS[status.reason])
              : status.count
                ? tp('composer_read_chars', status.count)
                : t('composer_read_empty')}
          </p>
        );
    }
  })();
  const problem = status?.kind === 'fallback' || status?.kind === 'emptyDraft' || (status?.kind === 'read' && status.reason !== 'ok');

  return (
    <section className="stack" aria-labelledby={`${id}-h`} aria-busy={busy} data-tab-id={tab.tabId ?? ''}>
      <h2 id={`${id}-h`}>{t('composer_heading')}</h2>
      <div className="row">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void start(useUiStore.getState().draft)}>
          {t('composer_insert')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void read()}>
          {t('composer_read')}
        </button>
      </div>
      {ask && <InsertQuestion ours={ask.ours} onAnswer={(how) => (how ? void insert(ask.text, how, false) : setAsk(null))} />}
      <div role="status" className={status && !problem ? 'notice notice--ok' : undefined}>
        {!problem && message}
      </div>
      <div role="alert" className={problem ? 'notice notice--error' : undefined}>
        {problem && message}
      </div>
      {undoText !== null && (
        <button type="button" className="button" disabled={busy} onClick={() => void insert(undoText, 'replace', true)}>
          {t('composer_undo')}
        </button>
      )}
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={live}
            aria-describedby={`${id}-live`}
            onChange={(e) => {
              setLive(e.target.checked);
              void updateSettings({ liveReadback: e.target.checked });
            }}
          />
          {t('composer_live')}
        </label>
        <p id={`${id}-live`} className="hint small">
          {t('composer_live_hint')}
        </p>
        {live && (
          // Not a live region: it changes with every pause in typing.
          <p className="small" data-testid="composer-live">
            {composerChars === null
              ? t('composer_reason_noComposer')
              : composerChars
                ? tp('composer_read_chars', composerChars)
                : t('composer_read_empty')}
          </p>
        )}
      </div>
    </section>
  );
}

/**
 * "The post already has text": Replace / Add at the cursor / Cancel. Focus goes to the default
 * answer (Replace when the composer holds our last post, else Add), so Enter answers it.
 */
function InsertQuestion({ ours, onAnswer }: { ours: boolean; onAnswer: (how: InsertMode | null) => void }) {
  const { t } = useT();
  const id = useId();
  const first = useRef<HTMLButtonElement>(null);
  const second = useRef<HTMLButtonElement>(null);
  useEffect(() => (ours ? first : second).current?.focus(), [ours]);
  const primary = (on: boolean) => (on ? 'button button--primary' : 'button');
  return (
    <div role="group" className="notice composer__ask" aria-labelledby={`${id}-q`} data-testid="insert-question">
      <p id={`${id}-q`}>{t(ours ? 'composer_ask_ours' : 'composer_ask_text')}</p>
      <div className="row">
        <button ref={first} type="button" className={primary(ours)} onClick={() => onAnswer('replace')}>
          {t('composer_ask_replace')}
        </button>
        <button ref={second} type="button" className={primary(!ours)} onClick={() => onAnswer('caret')}>
          {t('composer_ask_caret')}
        </button>
        <button type="button" className="button" onClick={() => onAnswer(null)}>
          {t('composer_ask_cancel')}
        </button>
      </div>
    </div>
  );
}
