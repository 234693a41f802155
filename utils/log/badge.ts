/**
 * The toolbar badge: today's number of posts, coloured by the daily target. Takes the action
 * API as a parameter (tests pass a fake; Firefox MV2 calls it `browserAction`).
 */
import type { TargetState } from './target';

export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  /** Chrome 110+, Firefox 63+; older browsers pick a text colour themselves. */
  setBadgeTextColor?(details: { color: string }): Promise<void> | void;
}

/** White text on each has at least 4.5:1 contrast (the panel theme's ok / warn / fail colours). */
export const BADGE_COLORS: Record<TargetState, string> = {
  under: '#b3261e',
  within: '#146c2e',
  over: '#8a4b00',
};
export const BADGE_TEXT_COLOR = '#ffffff';

/** The badge has room for about four characters. */
export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}

export async function showBadge(api: BadgeApi, count: number, state: TargetState): Promise<void> {
  await Promise.all([
    api.setBadgeText({ text: badgeText(count) }),
    api.setBadgeBackgroundColor({ color: BADGE_COLORS[state] }),
    api.setBadgeTextColor?.({ color: BADGE_TEXT_COLOR }),
  ]);
}
