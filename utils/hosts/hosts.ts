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
/** Every platform, in the order menus and lists show them. */
export const PLATFORMS: readonly Platform[] = ['facebook', 'instagram'];

const PLATFORM_BY_HOST: Record<string, Platform> = {
  'www.facebook.com': 'facebook',
  'business.facebook.com': 'facebook',
  'www.instagram.com': 'instagram',
};

/** The platform a tab's URL belongs to, or null for every other page (and for unparsable URLs). */
export function platformOfUrl(url: string | undefined | null): Platform | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  return PLATFORM_BY_HOST[parsed.hostname] ?? null;
}

export function isSupportedUrl(url: string | undefined | null): boolean {
  return platformOfUrl(url) !== null;
}
