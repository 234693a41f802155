/**
 * A draft's photo: only real images up to 10 MB. The file's first bytes decide, not its name
 * or the type the browser guessed from the name (a renamed .txt is not a photo).
 */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

export type PhotoProblem = 'notImage' | 'tooBig' | 'empty';

const SIGNATURES: { type: string; test: (b: Uint8Array) => boolean }[] = [
  { type: 'image/png', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/gif', test: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 },
  // RIFF....WEBP
  { type: 'image/webp', test: (b) => b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50 },
];

/** The image type of these first bytes (at least 12), or null. */
export function sniffImageType(head: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.test(head))?.type ?? null;
}

export function checkPhoto(size: number, head: Uint8Array): { ok: true; type: string } | { ok: false; problem: PhotoProblem } {
  if (size === 0) return { ok: false, problem: 'empty' };
  if (size > MAX_PHOTO_BYTES) return { ok: false, problem: 'tooBig' };
  const type = sniffImageType(head);
  return type ? { ok: true, type } : { ok: false, problem: 'notImage' };
}
