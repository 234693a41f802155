/**
 * `npm run rewrite:report`: the rewriter scored on the real-notice corpus, Facebook and Instagram,
 * per kind and in total (rules: tests/corpus/score.ts). Totals go into .bench/results.json as
 * `rewrite.corpus.*` keys (merged into the file).
 *   npm run rewrite:report                     the repo's tests/fixtures/notices/real/
 *   npm run rewrite:report -- DIR [DIR…]       other corpus folders (also TOWN_CRIER_CORPUS=a:b)
 *   npm run rewrite:report -- --dump OUT       also writes every post to OUT/<file>.{fb,ig}.txt
 *   npm run rewrite:report -- --list           every miss, invention and long sentence by file
 */
import fs from 'node:fs';
import path from 'node:path';
import { classify } from '../utils/rewrite/classify';
import { rewriteNotice } from '../utils/rewrite/index';
import { corpusDirs, loadCorpus } from '../tests/corpus/load';
import { benchKeys, nowOf, rareKinds, scoreNotice, summarize, type NoticeScore } from '../tests/corpus/score';

const ROOT = path.resolve(import.meta.dirname, '..');
const TOWN_TAGS = ['#Zábřeh'];

export function runReport(dirs: string[], o: { dump?: string; list?: boolean; write?: boolean } = {}): Record<string, number> {
  const { notices, problems } = loadCorpus(dirs);
  for (const p of problems) console.warn(`corpus: ${p}`);
  const rare = rareKinds(notices.map((n) => n.entry.kind));
  if (o.dump) fs.mkdirSync(o.dump, { recursive: true });
  const scores: NoticeScore[] = [];
  for (const n of notices) {
    const now = nowOf(n.entry);
    const fb = rewriteNotice(n.text, { now, platform: 'facebook', hashtags: TOWN_TAGS });
    const ig = rewriteNotice(n.text, { now, platform: 'instagram', hashtags: TOWN_TAGS });
    // The rewriter's result may say itself that the kind was uncertain; until then, ask classify.
    const uncertain = (fb as { uncertain?: boolean }).uncertain ?? classify(n.text).uncertain;
    scores.push(scoreNotice(n.file, n.text, n.entry, fb, ig, uncertain, rare));
    if (o.dump) {
      fs.writeFileSync(path.join(o.dump, `${n.file}.fb.txt`), fb.post + '\n');
      fs.writeFileSync(path.join(o.dump, `${n.file}.ig.txt`), ig.post + (ig.linkInBio.length ? `\n\n[link in bio: ${ig.linkInBio.join(' ')}]` : '') + '\n');
    }
  }

  const kinds = [...new Set(scores.map((s) => s.kind))].sort();
  const row = (label: string, ss: NoticeScore[]) => {
    const s = summarize(ss);
    return {
      kind: label,
      n: s.notices,
      'facts FB %': s.factsFbPct,
      'facts IG %': s.factsIgPct,
      invented: s.invented,
      'kind %': s.kindPct,
      'cautious %': s.kindCautiousPct,
      'no weekday': s.datesWithoutWeekday,
      office: s.officePhrases,
      '>20 words': s.longSentences,
      'FB chars': s.medianFbChars,
      'IG chars': s.medianIgChars,
      'copied %': s.copiedMedianPct,
      frame: s.framePct ?? 'n/a',
    };
  };
  console.table([...kinds.map((k) => row(k, scores.filter((s) => s.kind === k))), row('TOTAL', scores)]);
  const total = summarize(scores);
  console.log(`posts with > 25 % copied words: ${total.copiedOver25Pct} %; rare kinds (cautious general counts): ${[...rare].join(', ') || 'none'}`);

  const invented = scores.filter((s) => s.invented.length);
  if (invented.length) {
    console.log(`\ninvented facts (${total.invented}):`);
    for (const s of invented) console.log(`  ${s.file}: ${s.invented.map((i) => `${i.type} "${i.text}"`).join(', ')}`);
  }
  const wrongKind = scores.filter((s) => !s.strict);
  console.log(`\nkind not right (${wrongKind.length}):`);
  for (const s of wrongKind) console.log(`  ${s.kind} → ${s.gotKind}${s.uncertain ? ' (uncertain)' : ''}  ${s.file}`);
  if (o.list) {
    for (const s of scores) {
      const lines = [
        ...s.missingFb.map((f) => `missing on Facebook: ${f}`),
        ...s.missingIg.map((f) => `missing on Instagram: ${f}`),
        ...s.datesWithoutWeekday.map((d) => `date without a right weekday: ${d}`),
        ...s.officePhrases.map((p) => `office phrase: ${p}`),
        ...s.longSentences.map((l) => `long sentence: ${l}`),
      ];
      if (lines.length) console.log(`\n${s.file}\n  ${lines.join('\n  ')}`);
    }
  }

  const keys = benchKeys(total);
  if (o.write !== false) {
    const outFile = path.join(ROOT, '.bench/results.json');
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    const previous = fs.existsSync(outFile) ? (JSON.parse(fs.readFileSync(outFile, 'utf8')) as Record<string, number>) : {};
    fs.writeFileSync(outFile, JSON.stringify({ ...previous, ...keys }, null, 2) + '\n');
    console.log(`\nwrote ${Object.keys(keys).length} rewrite.corpus.* keys to ${path.relative(ROOT, outFile)}`);
  }
  return keys;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dumpAt = args.indexOf('--dump');
  const dump = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
  const list = args.includes('--list');
  const dirs = args.filter((a, i) => !a.startsWith('--') && !(dumpAt >= 0 && i === dumpAt + 1));
  runReport(dirs.length ? dirs : corpusDirs(), { dump, list });
}
