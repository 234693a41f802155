/**
 * compose.keystroke.p99_ms: in the real Chromium with the built extension, the main-thread work
 * of one change of a field in the Compose tab (the input handler, React's render and the
 * rewrite of the post), 200 changes after a notice was pasted. Budget: one frame (16 ms).
 * compose.typing.*: the same field typed for real (Playwright's keyboard, 40 ms between keys):
 * keystrokes whose handlers and render took more than one frame, and long tasks (> 50 ms).
 */
import { launchExtension, openPanelPage } from '../e2e/harness/browser';
import { inputWorkTimes, realTypingWork } from '../e2e/harness/typing';

const NOTICE =
  'Městský úřad Zábřeh oznamuje, že z důvodu plánované opravy vodovodního řadu bude dne 12. 3. 2030 v době od 8:00 do 14:00 hodin přerušena dodávka pitné vody v ulicích Havlíčkova, Husova a Nádražní. Náhradní zásobování bude zajištěno cisternou u kostela sv. Bartoloměje. Bližší informace na tel. 583 468 111 nebo na www.zabreh.cz/voda. Děkujeme za pochopení.';

export default async function run(): Promise<Record<string, number>> {
  // The panel page needs no fixture server: any port will do for the host mapping.
  const s = await launchExtension(9);
  try {
    const page = await openPanelPage(s);
    await page.getByLabel(/Official notice|Úřední oznámení/).fill(NOTICE);
    await page.waitForFunction(() => [...document.querySelectorAll('textarea')].some((t) => t.value.includes('nepoteče voda')));
    const id = await page.getByRole('textbox', { name: /^(Phone|Telefon)$/ }).getAttribute('id');
    await inputWorkTimes(page, `#${id}`, 30); // warm-up (JIT)
    const times = (await inputWorkTimes(page, `#${id}`, 200)).sort((a, b) => a - b);
    await page.locator(`#${id}`).fill('');
    const typed = '583 468 222 a 583 468 333, 583 468 444';
    const { perKey, longTasks } = await realTypingWork(page, `#${id}`, typed);
    return {
      'compose.typing.keys': typed.length,
      'compose.typing.over_16ms': perKey.filter((x) => x > 16).length,
      'compose.typing.long_tasks': longTasks,
      'compose.keystroke.p50_ms': times[Math.floor(times.length / 2)]!,
      'compose.keystroke.p99_ms': times[Math.floor(times.length * 0.99)]!,
    };
  } finally {
    await s.close();
  }
}
