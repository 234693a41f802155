import { describe, expect, it } from 'vitest';
import { addPending, confirmPending, dismissPending, getPending, PENDING_MAX_AGE_MS, publishedPending } from './pending';
import { publishedQueue, type PublishedEvent } from './queue';

const T = 1_770_000_000_000;
const ev = (hash: string, at = T): PublishedEvent => ({ platform: 'instagram', kind: 'post', at, excerpt: 'Náměstí ☀️', hash });

describe('"Published?" questions', () => {
  it('asks once per post, newest first, and forgets questions older than a day', async () => {
    expect(await addPending(ev('a'))).toEqual({ duplicate: false });
    expect(await addPending(ev('a', T + 60_000))).toEqual({ duplicate: true });
    await addPending(ev('b', T + 1_000));
    expect((await getPending(T + 2_000)).map((e) => [e.hash, e.uncertain])).toEqual([
      ['b', true],
      ['a', true],
    ]);
    expect((await getPending(T + PENDING_MAX_AGE_MS + 1)).map((e) => e.hash)).toEqual(['b']);
    expect(await getPending(T + 1_000 + PENDING_MAX_AGE_MS)).toEqual([]);
  });

  it('yes: the post goes to the publish queue (without the question mark) exactly once', async () => {
    await addPending(ev('a'));
    const answers = await Promise.all([confirmPending(ev('a')), confirmPending(ev('a'))]);
    expect(answers.map((a) => a.duplicate).sort()).toEqual([false, true]);
    expect(await publishedQueue.getValue()).toEqual([ev('a')]);
    expect(await publishedPending.getValue()).toEqual([]);
  });

  it('no: the question goes, nothing is logged', async () => {
    await addPending(ev('a'));
    await dismissPending(ev('a'));
    expect(await getPending(T)).toEqual([]);
    expect(await publishedQueue.getValue()).toEqual([]);
  });

  it('does not ask about a post that is already in the queue', async () => {
    await publishedQueue.setValue([ev('a')]);
    expect(await addPending(ev('a', T + 1))).toEqual({ duplicate: true });
    expect(await getPending(T)).toEqual([]);
  });
});
