/**
 * Loading the real-notice corpus: every `manifest-*.json` of one or more folders, merged (a file
 * name may appear in one manifest only), with the notice texts. Node only (tests and scripts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CorpusEntry } from './score';

export const REPO_CORPUS = path.resolve(import.meta.dirname, '../fixtures/notices/real');

export interface CorpusNotice {
  file: string;
  dir: string;
  entry: CorpusEntry;
  text: string;
}

export interface LoadedCorpus {
  notices: CorpusNotice[];
  /** What is wrong with the folders' format (a file without an entry, an entry without a file, a name in two manifests). */
  problems: string[];
}

/** The corpus folders: `TOWN_CRIER_CORPUS` (colon-separated) or the repo's own folder. */
export function corpusDirs(env = process.env.TOWN_CRIER_CORPUS): string[] {
  return env ? env.split(':').filter(Boolean).map((d) => path.resolve(d)) : [REPO_CORPUS];
}

export function loadCorpus(dirs: readonly string[] = corpusDirs()): LoadedCorpus {
  const notices: CorpusNotice[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) {
      problems.push(`${dir}: no such folder`);
      continue;
    }
    const names = fs.readdirSync(dir);
    const texts = new Set(names.filter((f) => f.endsWith('.txt')));
    const entries = new Map<string, CorpusEntry>();
    for (const m of names.filter((f) => /^manifest-.+\.json$/.test(f)).sort()) {
      let manifest: Record<string, CorpusEntry>;
      try {
        manifest = JSON.parse(fs.readFileSync(path.join(dir, m), 'utf8')) as Record<string, CorpusEntry>;
      } catch (e) {
        problems.push(`${m}: not JSON (${(e as Error).message})`);
        continue;
      }
      for (const [file, entry] of Object.entries(manifest)) {
        if (file.startsWith('/')) continue; // "//" comments
        const other = seen.get(file);
        if (other) problems.push(`${file}: in ${other} and ${m}`);
        seen.set(file, m);
        entries.set(file, entry);
      }
    }
    for (const file of [...entries.keys()].sort()) {
      if (!texts.has(file)) {
        problems.push(`${file}: in a manifest but no such file`);
        continue;
      }
      notices.push({ file, dir, entry: entries.get(file)!, text: fs.readFileSync(path.join(dir, file), 'utf8') });
    }
    for (const file of texts) if (!entries.has(file)) problems.push(`${file}: no manifest entry`);
  }
  return { notices, problems };
}
