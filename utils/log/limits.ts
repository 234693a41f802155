/** Sizes of what the log stores (shared by the writers and the import checks). */
import type { Platform } from '../db/types';

/** Excerpts are for recognising a post in the list, not an archive of its text. */
export const MAX_EXCERPT = 280;
export const MAX_NOTE = 500;
export const MAX_FOLLOWERS = 100_000_000;

/** One fan count per page and day (see FollowerRecord). */
export function followerId(platform: Platform, day: string): string {
  return `${platform}:${day}`;
}
