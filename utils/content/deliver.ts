/**
 * Delivery of a publish report to the background until it acknowledged. The MV3 worker may be
 * stopped at any moment, also while it handles a report (the message then fails, or its reply
 * never comes): the report is sent again with backoff. The background files reports
 * idempotently (same text hash and submit time = the same post: utils/publish/queue.ts and the
 * log), so a report that did arrive before its reply was lost is never counted twice.
 */
export const FIRST_RETRY_MS = 250;
export const MAX_RETRY_MS = 30_000;
/** Past this the page has probably been open and offline for long; give up. */
export const GIVE_UP_MS = 60 * 60_000;

export function deliver(
  send: () => Promise<unknown>,
  /** False once this copy of the script is stopped or orphaned: stop retrying. */
  alive: () => boolean,
  wait = FIRST_RETRY_MS,
  until = Date.now() + GIVE_UP_MS,
): void {
  // Only `{ ok: true }` is an acknowledgement; no answer or a failed handler is retried.
  new Promise((ok) => ok(send())).then(
    (r) => (r as { ok?: boolean } | undefined)?.ok || retry(),
    retry,
  );
  function retry() {
    if (alive() && Date.now() < until) setTimeout(() => deliver(send, alive, Math.min(wait * 2, MAX_RETRY_MS), until), wait);
  }
}
