/**
 * The insertion algorithm against fake editors with known faults: which technique runs when,
 * that success is verified, and that a wrong insertion is rolled back, never retried on top.
 * Real editors (Lexical, a React textarea) are covered in tests/e2e/composer.e2e.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertText } from './insert';

type Behaviour = 'ok' | 'ignore' | 'double' | 'flatten';

/**
 * A rich editor that keeps its own state (like Lexical) and renders it as paragraphs. Paste
 * and insertText replace the selection when it covers the editor, else add at the end.
 */
function fakeEditor(before: string, paste: Behaviour, type: Behaviour) {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.setAttribute('role', 'textbox');
  dialog.append(el);
  document.body.replaceChildren(dialog);
  let state = before;
  // An empty paragraph holds a <br>, as in Lexical and every browser's contenteditable.
  const render = () =>
    el.replaceChildren(
      ...state.split('\n').map((line) => {
        const p = document.createElement('p');
        p.append(line || document.createElement('br'));
        return p;
      }),
    );
  const apply = (how: Behaviour, text: string) => {
    if (how === 'ignore') return;
    const t = how === 'flatten' ? text.replace(/\n/g, '') : how === 'double' ? text + text : text;
    state = document.getSelection()!.isCollapsed ? state + t : t;
    render();
  };
  el.addEventListener('paste', (e) => apply(paste, (e as ClipboardEvent).clipboardData!.getData('text/plain')));
  const exec = vi.fn((cmd: string, _ui?: boolean, value?: string) => {
    if (cmd === 'insertText') apply(type, value ?? '');
    if (cmd === 'delete' && type !== 'ignore' && !document.getSelection()!.isCollapsed) {
      state = '';
      render();
    }
    return type !== 'ignore';
  });
  Object.assign(document, { execCommand: exec });
  render();
  const pastes = vi.fn();
  el.addEventListener('paste', (e) => pastes((e as ClipboardEvent).clipboardData!.getData('text/plain')));
  return { el, exec, pastes, state: () => state };
}

afterEach(() => {
  document.body.replaceChildren();
  delete (document as { execCommand?: unknown }).execCommand;
});

const MULTI = 'Zítra nepoteče voda 💧\n\n👨‍👩‍👧 #Zábřeh 🇨🇿';

describe('insertText into a rich editor', () => {
  it('multi-line: pastes (insertText would lose the line breaks) and verifies', async () => {
    const ed = fakeEditor('', 'ok', 'flatten');
    expect(await insertText(MULTI, 'replace')).toEqual({ status: 'inserted', previous: '' });
    expect(ed.state()).toBe(MULTI);
    expect(ed.exec).not.toHaveBeenCalledWith('insertText', false, MULTI);
  });

  it('single line: uses insertText first, no paste', async () => {
    const ed = fakeEditor('Dobrý den', 'ok', 'ok');
    expect(await insertText(', Zábřeh!', 'caret')).toEqual({ status: 'inserted', previous: 'Dobrý den' });
    expect(ed.state()).toBe('Dobrý den, Zábřeh!');
    expect(ed.pastes).not.toHaveBeenCalled();
  });

  it('when the editor ignores the first technique, the second one is tried on the untouched text', async () => {
    const ed = fakeEditor('Dobrý den', 'ignore', 'ok');
    expect(await insertText('Nový text', 'replace')).toMatchObject({ status: 'inserted' });
    expect(ed.state()).toBe('Nový text');
  });

  it('a wrong insertion (line breaks lost) is rolled back to the old text, and not retried', async () => {
    const ed = fakeEditor('Dobrý den', 'ignore', 'flatten');
    expect(await insertText(MULTI, 'caret')).toEqual({ status: 'rejected', previous: 'Dobrý den' });
    expect(ed.state()).toBe('Dobrý den');
    // insertText(MULTI) once; then only the restore ran.
    expect(ed.exec.mock.calls.filter(([c, , v]) => c === 'insertText' && v === MULTI)).toHaveLength(1);
  });

  it('a doubled insertion is rolled back (here by the second restore technique)', async () => {
    const ed = fakeEditor('Starý text', 'double', 'ok');
    expect(await insertText(MULTI, 'replace')).toEqual({ status: 'rejected', previous: 'Starý text' });
    expect(ed.state()).toBe('Starý text');
  });

  it('an empty composer is emptied again after a wrong insertion', async () => {
    const ed = fakeEditor('', 'double', 'ok');
    expect(await insertText(MULTI, 'caret')).toEqual({ status: 'rejected', previous: '' });
    expect(ed.state()).toBe('');
  });

  it('reports "dirty" when the old text cannot be restored either', async () => {
    const ed = fakeEditor('Starý text', 'double', 'double');
    expect(await insertText(MULTI, 'replace')).toEqual({ status: 'dirty', previous: 'Starý text' });
    expect(ed.state()).not.toBe(MULTI);
  });

  it('reports "no-composer" when none is open (comment boxes do not count)', async () => {
    const article = document.createElement('div');
    article.setAttribute('role', 'article');
    const comment = document.createElement('div');
    comment.contentEditable = 'true';
    comment.setAttribute('role', 'textbox');
    article.append(comment);
    document.body.append(article);
    expect(await insertText('x', 'caret')).toEqual({ status: 'no-composer' });
    expect(comment.textContent).toBe('');
  });
});

describe('insertText into a textarea', () => {
  function textarea(value: string, execWorks: boolean) {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const ta = document.createElement('textarea');
    ta.value = value;
    dialog.append(ta);
    document.body.replaceChildren(dialog);
    const inputs = vi.fn();
    ta.addEventListener('input', inputs);
    const exec = vi.fn((cmd: string, _ui?: boolean, text = '') => {
      if (!execWorks || cmd !== 'insertText') return false;
      const [s, e] = [ta.selectionStart, ta.selectionEnd];
      ta.value = ta.value.slice(0, s) + text + ta.value.slice(e);
      return true;
    });
    Object.assign(document, { execCommand: exec });
    return { ta, exec, inputs };
  }

  it('inserts at the admin\'s caret with insertText', async () => {
    const { ta, exec } = textarea('Ahoj světe', true);
    ta.focus();
    ta.setSelectionRange(4, 4);
    expect(await insertText(',', 'caret')).toMatchObject({ status: 'inserted' });
    expect(ta.value).toBe('Ahoj, světe');
    expect(exec).toHaveBeenCalledTimes(1);
  });

  it('at the cursor, a selection is not replaced: the text goes after it', async () => {
    const { ta } = textarea('Ahoj světe', true);
    ta.focus();
    ta.setSelectionRange(0, 4);
    expect(await insertText('!', 'caret')).toMatchObject({ status: 'inserted' });
    expect(ta.value).toBe('Ahoj! světe');
  });

  it('appends when the caret is not in the textarea', async () => {
    const { ta } = textarea('Ahoj', true);
    expect(await insertText(' světe', 'caret')).toMatchObject({ status: 'inserted' });
    expect(ta.value).toBe('Ahoj světe');
  });

  it('falls back to the value setter plus an input event (what React listens to)', async () => {
    const { ta, inputs } = textarea('Starý', false);
    expect(await insertText(MULTI, 'replace')).toEqual({ status: 'inserted', previous: 'Starý' });
    expect(ta.value).toBe(MULTI);
    expect(inputs).toHaveBeenCalled();
  });
});
