/**
 * The checklist re-checks on every keystroke: a full Instagram caption (2,200 characters)
 * must check in ≤ 1 ms at p99, and even 1 MB of pasted text in ≤ 100 ms.
 */
import { checkPost } from '../../utils/checklist/check';
import { tokenize } from '../../utils/checklist/tokenize';
import type { CheckContext } from '../../utils/checklist/types';
import { starterHashtagSets, starterTags } from '../../utils/checklist/starter';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';

// A real-looking post: diacritics, a date with its weekday, a time, a place, a link with a
// #fragment, an e-mail, @tags, emoji (one ZWJ sequence) and hashtags.
const PARAGRAPH =
  'Ve středu 11. 3. 2026 od 7:30 do 15:00 bude v ulici Krumpach a na Masarykově náměstí přerušena dodávka vody 💧. ' +
  'Důvodem je oprava vodovodního řadu, kterou provádí VHZ. Náhradní zásobování zajistí cisterna u domu č. p. 12. ' +
  'Podrobnosti na https://www.zabreh.cz/aktuality/odstavky?rok=2026#voda nebo na e-mailu podatelna@muzabreh.cz. ' +
  'Děkujeme za pochopení 👨‍👩‍👧 a prosíme o sdílení. @policiecz @mestozabreh\n\n';
const TAGS_LINE = '#Zábřeh #MěstoZábřeh #Voda #Odstávka';

function post(length: number, variant: number): string {
  const body = PARAGRAPH.repeat(Math.ceil(length / PARAGRAPH.length));
  const tail = `${TAGS_LINE} #Den${variant}`;
  return body.slice(0, length - tail.length) + tail;
}

const now = new Date(2026, 2, 1, 9, 0);
const context = (platform: CheckContext['platform']): CheckContext => ({
  platform,
  kind: 'water-outage',
  now,
  hashtagSets: starterHashtagSets(1),
  tags: starterTags(1),
  settings: { ...DEFAULT_SETTINGS, townName: 'Zábřeh', defaultHashtags: ['#Zábřeh'] },
});

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

export default async function run(): Promise<Record<string, number>> {
  // 2,200 characters: alternate the platforms and vary the text as typing would.
  const variants = Array.from({ length: 64 }, (_, i) => post(2_200, i));
  const contexts = [context('instagram'), context('facebook')];
  for (let i = 0; i < 500; i++) checkPost(variants[i % variants.length]!, contexts[i % 2]!);
  const times: number[] = [];
  for (let i = 0; i < 4_000; i++) {
    const text = variants[i % variants.length]!;
    const ctx = contexts[i % 2]!;
    const t0 = performance.now();
    checkPost(text, ctx);
    times.push(performance.now() - t0);
  }

  // 1 MB (1,048,576 characters) of pasted text: warm once, then the median of 5 runs.
  const mb = post(1_048_576, 1);
  checkPost(mb, contexts[0]!);
  const big: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    checkPost(mb, contexts[i % 2]!);
    big.push(performance.now() - t0);
  }

  // Text built to make naive domain/e-mail patterns backtrack (timed here, not in the unit test).
  const hostile = ['a.', 'a@', '#', 'x-'].map((u) => u.repeat(200_000));
  const t1 = performance.now();
  for (const h of hostile) tokenize(h);
  const hostileMs = performance.now() - t1;

  return {
    'checklist.tokenize_hostile.ms': hostileMs,
    'checklist.2200.p99_ms': percentile(times, 99),
    'checklist.2200.p50_ms': percentile(times, 50),
    'checklist.2200.runs': times.length,
    'checklist.1mb.ms': percentile(big, 50),
    'checklist.1mb.max_ms': Math.max(...big),
  };
}
