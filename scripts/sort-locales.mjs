// Sorts public/_locales/*/messages.json by key (case-insensitive), the order a test enforces so
// that merges of parallel work stay small. Run: node scripts/sort-locales.mjs
import fs from 'node:fs';

const byKey = (a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
for (const lang of fs.readdirSync('public/_locales')) {
  const file = `public/_locales/${lang}/messages.json`;
  const messages = JSON.parse(fs.readFileSync(file, 'utf8'));
  const sorted = Object.fromEntries(Object.keys(messages).sort(byKey).map((k) => [k, messages[k]]));
  fs.writeFileSync(file, JSON.stringify(sorted, null, 2) + '\n');
}
