import { describe, expect, it } from 'vitest';
import { checkPhoto, MAX_PHOTO_BYTES, sniffImageType } from './photo';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0, 0, 0, 0, 0]);
const WEBP = new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ');
const TEXT = new TextEncoder().encode('Dobrý den, posílám');

describe('checkPhoto', () => {
  it('recognises images by their first bytes', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(JPEG)).toBe('image/jpeg');
    expect(sniffImageType(WEBP)).toBe('image/webp');
    expect(sniffImageType(TEXT)).toBeNull();
  });
  it('refuses what is not an image, an empty file and anything over 10 MB', () => {
    expect(checkPhoto(2000, PNG)).toEqual({ ok: true, type: 'image/png' });
    expect(checkPhoto(MAX_PHOTO_BYTES, JPEG)).toEqual({ ok: true, type: 'image/jpeg' });
    expect(checkPhoto(MAX_PHOTO_BYTES + 1, JPEG)).toEqual({ ok: false, problem: 'tooBig' });
    expect(checkPhoto(2000, TEXT)).toEqual({ ok: false, problem: 'notImage' });
    expect(checkPhoto(0, PNG)).toEqual({ ok: false, problem: 'empty' });
  });
});
