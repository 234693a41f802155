/**
 * Speed of the rewriter (utils/rewrite) on the notice corpus and on large pastes.
 *   rewrite.1kb.p50_ms / p99_ms   one notice of ~1 KB (corpus notices, each topped up to ≥ 1 KB with
 *                                 paragraphs of the next notice of its language), ≥ 1,000 runs
 *   rewrite.corpus.p50_ms         the corpus notices as they are
 *   rewrite.100kb.ms / 1mb.ms     a long paste (median of a few runs)
 *   rewrite.scaling               (1 MB time / 100 KB time) / size ratio: ≈ 1 when linear
 *   rewrite.1mb_hostile.ms        the slowest of 1 MB inputs built to make patterns backtrack (median of 3 runs each)
 */
import fs from 'node:fs';
import path from 'node:path';
import { rewriteNotice } from '../../utils/rewrite/index';

const DIR = path.resolve(import.meta.dirname, '../fixtures/notices');
const NOW = new Date(2026, 2, 1, 9);
const KB = 1024;

function corpus(): { file: string; lang: string; text: string }[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as Record<string, { lang: string }>;
  return fs
    .readdirSync(DIR)
    // Files only: the real corpus lives in a folder of its own (real/).
    .filter((f) => f !== 'manifest.json' && fs.statSync(path.join(DIR, f)).isFile())
    .sort()
    .map((file) => ({ file, lang: manifest[file]!.lang, text: fs.readFileSync(path.join(DIR, file), 'utf8') }));
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Each notice, with paragraphs of the following notices of the same language until it is ≥ 1 KB. */
function oneKbSamples(all: ReturnType<typeof corpus>): string[] {
  return all
    .filter((n) => !n.file.endsWith('.html'))
    .map((n, i, list) => {
      const same = list.filter((m) => m.lang === n.lang);
      let text = n.text.trim();
      for (let k = 1; bytes(text) < KB && k < same.length; k++) {
        for (const para of same[(same.indexOf(n) + k) % same.length]!.text.split(/\n\s*\n/)) {
          if (bytes(text) >= KB) break;
          text += `\n\n${para.trim()}`;
        }
      }
      void i;
      return text;
    });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

function timeRuns(samples: string[], runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = samples[i % samples.length]!;
    const t = performance.now();
    rewriteNotice(text, { now: NOW, hashtags: ['#Zábřeh', '#MěstoZábřeh'] });
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

function median(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function longText(all: ReturnType<typeof corpus>, size: number): string {
  const cs = all.filter((n) => n.lang === 'cs' && !n.file.endsWith('.html')).map((n) => n.text.trim());
  let out = '';
  for (let i = 0; bytes(out) < size; i++) out += `${cs[i % cs.length]}\n\n`;
  return out;
}

export default async function run(): Promise<Record<string, number>> {
  const all = corpus();
  const samples = oneKbSamples(all);
  const asIs = all.map((n) => n.text);
  // Warm-up: the JIT and the regex engine compile their code on first use.
  timeRuns(samples, 500);
  const oneKb = timeRuns(samples, 3000);
  const corpusTimes = timeRuns(asIs, 1500);

  const t100 = longText(all, 100 * KB);
  const t1m = longText(all, 1024 * KB);
  rewriteNotice(t100, { now: NOW });
  const ms100 = median(() => rewriteNotice(t100, { now: NOW }), 7);
  const ms1m = median(() => rewriteNotice(t1m, { now: NOW }), 3);

  const MB = 1024 * KB;
  const hostile = [
    '1'.repeat(MB),
    '1.1.'.repeat(MB / 4),
    '12 3 '.repeat(MB / 5),
    'a@a'.repeat(MB / 3),
    'http://'.repeat(MB / 7),
    'www.'.repeat(MB / 4),
    'Městsk '.repeat(MB / 7),
    'ulice Aa, '.repeat(MB / 10),
    'z důvodu '.repeat(MB / 9),
    '<p>'.repeat(MB / 3),
    '&amp;'.repeat(MB / 5),
    // A dated sentence per line: one paragraph of ~35,000 sentences, joined onto one line.
    'Akce bude 12. 3. 2026 v sále.\n'.repeat(MB / 30),
    // One line of many dates: each is checked for a deadline by reading the text before it.
    'do 12. 3. 2026 a '.repeat(MB / 17),
  ];
  // Each input's median of three, like rewrite.1mb.ms: one run alone is mostly the garbage collector's timing.
  const hostileMs = Math.max(...hostile.map((h) => median(() => rewriteNotice(h, { now: NOW }), 3)));

  return {
    'rewrite.1kb.p50_ms': percentile(oneKb, 0.5),
    'rewrite.1kb.p99_ms': percentile(oneKb, 0.99),
    'rewrite.1kb.runs': oneKb.length,
    'rewrite.1kb.mean_bytes': Math.round(samples.reduce((n, s) => n + bytes(s), 0) / samples.length),
    'rewrite.corpus.p50_ms': percentile(corpusTimes, 0.5),
    'rewrite.100kb.ms': ms100,
    'rewrite.1mb.ms': ms1m,
    'rewrite.scaling': ms1m / ms100 / (bytes(t1m) / bytes(t100)),
    'rewrite.1mb_hostile.ms': hostileMs,
  };
}
