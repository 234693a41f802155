/**
 * 100,000 log entries for the benchmarks, deterministic: spread over the `days` days before
 * and including `today`, a mix of networks, kinds, sources and templates like a busy page.
 */
import type { PostRecord } from '../../utils/db/types';
import { addDays, dayKey } from '../../utils/log/day';

export function benchPosts(count: number, days: number, now: number): PostRecord[] {
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const today = dayKey(now);
  const posts: PostRecord[] = [];
  for (let i = 0; i < count; i++) {
    const day = addDays(today, -(i % days));
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    // Between 06:00 and 22:00 local, never after now.
    const publishedAt = Math.min(new Date(y, m - 1, d, 6 + Math.floor(rnd() * 16), Math.floor(rnd() * 60)).getTime(), now - 1000);
    const r = rnd();
    posts.push({
      id: `bench-${i}`,
      platform: r < 0.6 ? 'facebook' : 'instagram',
      kind: r < 0.7 ? 'post' : r < 0.85 ? 'story' : r < 0.95 ? 'reel' : 'event',
      publishedAt,
      day: dayKey(publishedAt),
      source: rnd() < 0.5 ? 'auto' : 'manual',
      excerpt: 'Uzavírka Sušilovy ulice od pondělí 6. 4. – objížďka přes Bludov, děkujeme za trpělivost.',
      ...(rnd() < 0.5 ? { hash: `h${i}` } : {}),
      ...(rnd() < 0.3 ? { templateId: `builtin:cs:${['water-outage', 'road-closure', 'event', 'waste-collection'][i % 4]}` } : {}),
      updatedAt: publishedAt,
    });
  }
  return posts;
}
