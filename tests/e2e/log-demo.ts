/**
 * A year of a town's posting as an export file (what Zábřeh's log could look like): 1–3
 * posts on most days, some stories, a few missed days, fans growing from 1,450 to 4,400 in
 * three years. Deterministic, so screenshots and benchmarks are comparable. Today is left empty.
 */
const pad = (n: number) => String(n).padStart(2, '0');
const DAY = 86_400_000;

export function demoLog(today: string, days = 365): { json: string; posts: number; followers: number } {
  let seed = 42;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const posts = [];
  for (let i = days; i >= 1; i--) {
    const date = new Date(y, m - 1, d - i, 9);
    const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    const n = rnd() < 0.08 ? 0 : rnd() < 0.1 ? 4 : 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < n; k++) {
      const at = date.getTime() + k * 3 * 3_600_000 + Math.floor(rnd() * 3_600_000);
      const iso = new Date(at).toISOString();
      posts.push({
        id: `demo-${day}-${k}`,
        day,
        publishedAt: iso,
        platform: rnd() < 0.65 ? 'facebook' : 'instagram',
        kind: rnd() < 0.8 ? 'post' : rnd() < 0.6 ? 'story' : 'reel',
        source: rnd() < 0.5 ? 'auto' : 'manual',
        excerpt: ['Uzavírka Sušilovy ulice', 'Svoz velkoobjemového odpadu', 'Jarmark na Masarykově náměstí', 'Zastupitelstvo města', 'Hasiči zasahovali u požáru'][k % 5],
        updatedAt: iso,
      });
    }
  }
  const fans = [1450, 1700, 2100, 2500, 2900, 3300, 3700, 4100, 4400];
  const followers = fans.map((count, i) => {
    const date = new Date(y - 3, m - 1 + i * 4.5, 1, 12);
    const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    return { day: day > today ? today : day, platform: 'facebook', count };
  });
  const json = JSON.stringify({ format: 'town-crier-log', version: 1, exportedAt: new Date(Date.now() - DAY).toISOString(), posts, followers });
  return { json, posts: posts.length, followers: followers.length };
}
