/** What the log stores: allowed values and sizes (shared by the writers, the views and the import checks). */
import type { Platform, PostKind, PostSource } from '../db/types';

/** In menu order. */
export const POST_KINDS_LOGGED: readonly PostKind[] = ['post', 'story', 'reel', 'live', 'event'];
export const POST_SOURCES: readonly PostSource[] = ['auto', 'manual', 'import'];

/** Excerpts are for recognising a post in the list, not an archive of its text. */
export const MAX_EXCERPT = 280;
export const MAX_NOTE = 500;
export const MAX_FOLLOWERS = 100_000_000;

/** One fan count per page and day (see FollowerRecord). */
export function followerId(platform: Platform, day: string): string {
  return `${platform}:${day}`;
}
