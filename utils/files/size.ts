/** Size limits of pasted text (pure; the Compose box refuses beyond them at once). */

/** A notice is a page or two; 2 MB is a whole table or document pasted by mistake. */
export const MAX_NOTICE_BYTES = 2 * 1024 * 1024;

/**
 * Whether `text` takes more than `max` bytes in UTF-8, without encoding what clearly fits or
 * clearly does not (a UTF-16 unit is 1–3 UTF-8 bytes): a 5 MB paste is refused in microseconds.
 */
export function exceedsBytes(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  return new TextEncoder().encode(text).length > max;
}

export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
