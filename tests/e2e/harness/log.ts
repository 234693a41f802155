/// <reference types="chrome" />
import type { ExtensionSession } from './browser';

export interface LoggedPost {
  platform: string;
  kind: string;
  at: number;
  excerpt: string;
  hash?: string;
  source: string;
  uncertain?: boolean;
}

/**
 * Posts in the extension's log (its real IndexedDB, read raw in the service worker) published
 * at or after `since`, oldest first. Tests of automatic logging look at what the admin will see.
 */
export function loggedPostsSince(s: ExtensionSession, since: number, source: 'auto' | 'manual' | 'import' = 'auto'): Promise<LoggedPost[]> {
  return s.worker.evaluate(
    async ({ since, source }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('town-crier');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        if (!db.objectStoreNames.contains('posts')) return [];
        const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const req = db.transaction('posts').objectStore('posts').getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        return rows
          .filter((p) => p.source === source && (p.publishedAt as number) >= since)
          .sort((a, b) => (a.publishedAt as number) - (b.publishedAt as number))
          .map((p) => ({
            platform: p.platform as string,
            kind: p.kind as string,
            at: p.publishedAt as number,
            excerpt: p.excerpt as string,
            source: p.source as string,
            ...(p.hash !== undefined ? { hash: p.hash as string } : {}),
            ...(p.uncertain !== undefined ? { uncertain: p.uncertain as boolean } : {}),
          }));
      } finally {
        db.close();
      }
    },
    { since, source },
  );
}
