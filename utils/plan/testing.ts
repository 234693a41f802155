/** Draft records for tests and benchmarks. */
import type { DraftRecord } from '../db/types';

let n = 0;
export function draft(patch: Partial<DraftRecord> = {}): DraftRecord {
  n += 1;
  return {
    id: `d${n}`,
    title: `Koncept ${n}`,
    facebook: `Text ${n}`,
    instagram: '',
    kind: 'event',
    source: 'citizen',
    status: 'wip',
    hashes: [],
    createdAt: n,
    updatedAt: n,
    ...patch,
  };
}
