/**
 * The kinds of post a town publishes (the rewriter's templates, the checklist's rules and the
 * log's statistics all use these ids). Order = order in menus.
 */
import type { TagCategory } from './db/types';

export const POST_KINDS = [
  'general', // general official notice
  'water-outage',
  'power-outage',
  'road-closure', // with detour
  'waste-collection', // incl. bulky waste
  'dog-fee', // dog vaccination or fee
  'fee-deadline', // local fee deadline
  'council-meeting',
  'office-hours', // office hours change / closure
  'election',
  'police-appeal', // missing person, witnesses; shared from Policie ČR
  'fire-brigade', // fire-safety warning (burning grass, heating, drought)
  'fire-report', // report of a firefighters' intervention that happened
  'winter-maintenance',
  'event', // concert, market, tree lighting…
  'sports', // sports success
  'poll',
  'contest',
  'challenge',
  'live-stream',
  'story', // 24-hour story caption
  'grant', // grant / subsidy call
  'cancellation', // an event or service cancelled or moved
  'collection', // charity drive, clothing/food collection, blood drive
  'photo', // photo of the town (Instagram)
] as const;

export type PostKindId = (typeof POST_KINDS)[number];

export function isPostKind(x: unknown): x is PostKindId {
  return typeof x === 'string' && (POST_KINDS as readonly string[]).includes(x);
}

/** Partner categories in the order menus show them. */
export const TAG_CATEGORIES: readonly TagCategory[] = ['police', 'firefighters', 'sports', 'school', 'media', 'town', 'other'];

/** Partner pages a kind must tag (the admin's tag directory supplies the actual pages). */
export const KIND_TAG_CATEGORIES: Readonly<Record<PostKindId, readonly TagCategory[]>> = {
  general: [],
  'water-outage': [],
  'power-outage': [],
  'road-closure': [],
  'waste-collection': [],
  'dog-fee': [],
  'fee-deadline': [],
  'council-meeting': [],
  'office-hours': [],
  election: [],
  'police-appeal': ['police'],
  'fire-brigade': ['firefighters'],
  'fire-report': ['firefighters'],
  'winter-maintenance': [],
  event: [],
  sports: ['sports'],
  poll: [],
  contest: [],
  challenge: [],
  'live-stream': [],
  story: [],
  grant: [],
  cancellation: [],
  collection: [],
  photo: [],
};

/** Kinds whose post must say when and where (the checklist asks for a date, a time and a place). */
export const KINDS_NEEDING_WHEN_WHERE: ReadonlySet<PostKindId> = new Set([
  'water-outage',
  'power-outage',
  'road-closure',
  'waste-collection',
  'dog-fee',
  'council-meeting',
  'office-hours',
  'event',
  'live-stream',
  'winter-maintenance',
  'collection',
]);
