/// <reference types="chrome" />
/**
 * The real side panel (not the panel page in a tab). `chrome.sidePanel.open()` needs a user
 * gesture: a Playwright click on a button in one of our extension pages is one, and that page
 * may open the panel itself. The opened panel is not one of the context's pages; it is reached
 * as a CDP target and driven with `Runtime.evaluate` (as a user gesture, so clicks in it count
 * as the admin's: the clipboard accepts text, for example).
 */
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './browser';
import { forgetDraft, tabIdOf } from './browser';

export interface RealSidePanel {
  /** Evaluates `expression` in the panel (awaiting a promise) and returns its JSON value. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy (or fails after `timeout`). */
  waitFor(expression: string, timeout?: number): Promise<void>;
  close(): Promise<void>;
}

/** Opens the side panel on `page`'s tab the way a user would, then brings that tab to the front. */
export async function openRealSidePanel(session: ExtensionSession, page: Page): Promise<RealSidePanel> {
  await forgetDraft(session);
  const tabId = await tabIdOf(session, page);
  const opener = await session.context.newPage();
  await opener.goto(session.extensionUrl('popup.html'));
  await opener.evaluate((id) => {
    const b = document.createElement('button');
    b.id = 'tc-open-panel';
    b.textContent = 'Open the side panel';
    b.addEventListener('click', () => {
      chrome.sidePanel.open({ tabId: id }).then(
        () => (document.title = 'panel:opened'),
        (e: Error) => (document.title = `panel:${e.message}`),
      );
    });
    document.body.append(b);
  }, tabId);
  await opener.click('#tc-open-panel');
  await opener.waitForFunction(() => document.title.startsWith('panel:'));
  const outcome = await opener.title();
  await opener.close();
  if (outcome !== 'panel:opened') throw new Error(`sidePanel.open failed: ${outcome}`);
  await page.bringToFront();

  const cdp = await session.context.newCDPSession(page);
  const url = session.extensionUrl('sidepanel.html');
  let targetId: string | undefined;
  for (let i = 0; i < 50 && !targetId; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    targetId = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(url))?.targetId;
    if (!targetId) await page.waitForTimeout(100);
  }
  if (!targetId) throw new Error('The side panel did not appear as a target');
  // flatten: false — Playwright's CDPSession cannot address a child session directly.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 0;
  const waiting = new Map<number, (m: { result?: { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } }; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number };
    if (m.id !== undefined) waiting.get(m.id)?.(m as never);
  });
  const evaluate = async <T,>(expression: string): Promise<T> => {
    const id = ++nextId;
    const reply = await new Promise<Parameters<NonNullable<ReturnType<typeof waiting.get>>>[0]>((resolve) => {
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true, userGesture: true } }),
      });
    });
    waiting.delete(id);
    if (reply.error) throw new Error(reply.error.message);
    const details = reply.result?.exceptionDetails;
    if (details) throw new Error(details.exception?.description ?? details.text);
    return reply.result!.result.value as T;
  };
  return {
    evaluate,
    async waitFor(expression, timeout = 10_000) {
      const until = Date.now() + timeout;
      while (!(await evaluate(`Boolean(${expression})`))) {
        if (Date.now() > until) throw new Error(`Timed out waiting in the side panel for: ${expression}`);
        await page.waitForTimeout(100);
      }
    },
    async close() {
      await session.worker.evaluate((id) => chrome.sidePanel.close({ tabId: id }), tabId).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
