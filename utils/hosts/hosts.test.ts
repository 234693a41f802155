import { describe, expect, it } from 'vitest';
import { HOST_MATCHES, isSupportedUrl, platformOfUrl } from './hosts';

describe('platformOfUrl', () => {
  it.each([
    ['https://www.facebook.com/mestozabreh', 'facebook'],
    ['https://business.facebook.com/latest/composer', 'facebook'],
    ['https://www.instagram.com/mesto_zabreh/', 'instagram'],
  ])('%s → %s', (url, platform) => {
    expect(platformOfUrl(url)).toBe(platform);
  });

  it.each([
    'http://www.facebook.com/', // not https
    'https://facebook.com.evil.example/',
    'https://www.facebook.com.evil.example/',
    'https://www.zabreh.cz/uredni-deska',
    'chrome://extensions',
    'not a url',
    '',
    undefined,
  ])('rejects %s', (url) => {
    expect(platformOfUrl(url)).toBeNull();
    expect(isSupportedUrl(url)).toBe(false);
  });

  it('every match pattern names a host platformOfUrl knows', () => {
    for (const pattern of HOST_MATCHES) {
      expect(platformOfUrl(pattern.replace('/*', '/'))).not.toBeNull();
    }
  });
});
