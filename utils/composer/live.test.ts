import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIVE_DEBOUNCE_MS, serveLive, type LiveMessage } from './live';

function composer(text: string) {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.setAttribute('role', 'textbox');
  editor.append(Object.assign(document.createElement('p'), { textContent: text }));
  dialog.append(editor);
  document.body.append(dialog);
  return { dialog, editor };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('serveLive', () => {
  it('sends the text now, then once per burst of changes, and null when the composer closes', async () => {
    vi.useFakeTimers();
    const { dialog, editor } = composer('A');
    const sent: LiveMessage[] = [];
    const live = serveLive((m) => sent.push(m));
    expect(sent).toEqual([{ text: 'A' }]);

    const p = editor.querySelector('p')!;
    for (const t of ['Ah', 'Aho', 'Ahoj']) {
      p.textContent = t; // typing: mutations inside the editor
      await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS / 5);
    }
    await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    expect(sent).toEqual([{ text: 'A' }, { text: 'Ahoj' }]);

    // An unrelated change elsewhere on the page is not observed at all.
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS * 2);
    expect(sent).toHaveLength(2);

    dialog.remove();
    document.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    expect(sent.at(-1)).toEqual({ text: null });

    // A new composer (Facebook's navigation, reopening) is picked up on the next refresh.
    composer('Nový');
    live.refresh();
    await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    expect(sent.at(-1)).toEqual({ text: 'Nový' });

    live.stop();
    document.querySelector('p')!.textContent = 'po zavření panelu';
    document.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS * 2);
    expect(sent.at(-1)).toEqual({ text: 'Nový' });
  });

  it('survives a closed port (posting throws)', async () => {
    composer('A');
    const live = serveLive(() => {
      throw new Error('Attempting to use a disconnected port object');
    });
    expect(() => live.refresh()).not.toThrow();
    live.stop();
  });
});
