/**
 * Quality of the rewriter on the real-notice corpus (not a timing): the `rewrite.corpus.*` keys of
 * `npm run rewrite:report` (scripts/rewrite-report.ts, rules in tests/corpus/score.ts), so that
 * `npm run bench` checks them against their budgets too. Corpus folders: TOWN_CRIER_CORPUS or the repo's.
 */
import { corpusDirs } from '../corpus/load';
import { runReport } from '../../scripts/rewrite-report';

export default async function bench(): Promise<Record<string, number>> {
  // bench.ts writes .bench/results.json itself.
  return runReport(corpusDirs(), { write: false });
}
