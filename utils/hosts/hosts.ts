/**
 * The only sites Town Crier works on. The manifest's host permissions and content-script
 * matches come from here, so adding a host is a one-line change that tests see too.
 */
export const HOST_MATCHES = [
  'https://www.facebook.com/*',
  'https://business.facebook.com/*',
  'https://www.instagram.com/*',
] as const;

export type Platform = 'facebook' | 'instagram';
/** In menu order. */
export const PLATFORMS: readonly Platform[] = ['facebook', 'instagram'];
export const isPlatform = (x: unknown): x is Platform => PLATFORMS.includes(x as Platform);

/**
 * The platform of one of our hosts. The content scripts run only there, so a test of the name
 * is enough — and it is small: each byte there is paid on every Facebook page.
 */
export const platformOfHost = (host: string): Platform => (/instagram/.test(host) ? 'instagram' : 'facebook');

/** The platform a tab's URL belongs to, or null for every other page (and for unparsable URLs). */
export function platformOfUrl(url: string | undefined | null): Platform | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const supported = parsed.protocol === 'https:' && HOST_MATCHES.includes(`https://${parsed.hostname}/*` as never);
  return supported ? platformOfHost(parsed.hostname) : null;
}

export function isSupportedUrl(url: string | undefined | null): boolean {
  return platformOfUrl(url) !== null;
}
