/**
 * Row types of the Dexie database. Only indexed fields are in the schema (./schema.ts); any
 * other field can be added to a type without a new schema version.
 */
import type { Platform } from '../hosts/hosts';

export type { Platform };

/** A post template (built-in ones are copied on edit, never overwritten). */
export interface TemplateRecord {
  /** 'builtin:<lang>:<kind>' for shipped templates, a random UUID for the admin's own. */
  id: string;
  lang: 'cs' | 'en';
  kind: string;
  name: string;
  /** Position in the admin's list (lower first). */
  order: number;
  builtin: boolean;
  /** The built-in template this one was copied from, if any. */
  basedOn?: string;
  platforms: Platform[];
  /** Hashtags this template's posts must carry (the checklist requires them). */
  hashtags: string[];
  /** Partner categories this template's posts must tag (e.g. 'police' for a police appeal). */
  tagCategories: TagCategory[];
  createdAt: number;
  updatedAt: number;
  /** Template body, fields, emoji…: defined by the rewriter (utils/rewrite). */
  [extra: string]: unknown;
}

export interface HashtagSetRecord {
  id: string;
  name: string;
  hashtags: string[];
  /** Added to every post on these platforms (empty: never required). */
  requiredOn: Platform[];
  order: number;
  updatedAt: number;
  /** Shipped example (utils/checklist/starter.ts) the admin has not edited yet. */
  starter?: boolean;
}

export type TagCategory = 'police' | 'firefighters' | 'sports' | 'school' | 'media' | 'town' | 'other';

export interface TagRecord {
  id: string;
  name: string;
  category: TagCategory;
  /** How the page is tagged on Facebook (the name typed after @). */
  facebook?: string;
  /** Instagram handle without @. */
  instagram?: string;
  updatedAt: number;
  /** Shipped example (utils/checklist/starter.ts) the admin has not edited yet. */
  starter?: boolean;
}

export type PostKind = 'post' | 'story' | 'reel' | 'live' | 'event';
export type PostSource = 'auto' | 'manual' | 'import';

export interface PostRecord {
  id: string;
  platform: Platform;
  kind: PostKind;
  /** Epoch milliseconds. */
  publishedAt: number;
  /** The admin's local calendar day the post counts for, 'YYYY-MM-DD'. */
  day: string;
  source: PostSource;
  excerpt: string;
  templateId?: string;
  /** Hash of the published text (deduplication of automatic entries). */
  hash?: string;
  note?: string;
  updatedAt: number;
  /** The composer could not be sure the post went out (the Log asks the admin to confirm). */
  uncertain?: boolean;
}

/**
 * Per-day totals of `posts`, kept in the same transaction as every post write
 * (utils/log/store.ts), so the heatmap, week, streaks and stats read at most one row per day
 * instead of every post. Posts are the truth: `rebuildDaySummaries` recomputes these.
 */
export interface PostDayRecord {
  day: string;
  total: number;
  facebook: number;
  instagram: number;
  kinds: Partial<Record<PostKind, number>>;
  /** Posts per template id (posts without a template are not listed). */
  templates: Record<string, number>;
}

/** The page's fan count noted on a day. */
export interface FollowerRecord {
  /** '<platform>:<day>' for counts noted in the Log: one count per page and day, so merging two admins' logs cannot double it. */
  id: string;
  day: string;
  count: number;
  platform: Platform;
  /** Epoch ms of the last change (the newer count wins when logs are merged). */
  updatedAt?: number;
}

/** Where a draft's material came from (issue 16). */
export type DraftSource = 'notice' | 'citizen' | 'partner' | 'idea' | 'compose';
/** nápad → rozpracováno → připraveno → zveřejněno (utils/plan/status.ts). */
export type DraftStatus = 'idea' | 'wip' | 'ready' | 'published';

/** Who sent the material (kept locally only; the "poděkovat" reminder uses it). */
export interface DraftSender {
  name: string;
  contact?: string;
}

/** A post being prepared for a day of the week (utils/plan). */
export interface DraftRecord {
  id: string;
  title: string;
  /** Facebook text and Instagram text (either may be empty). */
  facebook: string;
  instagram: string;
  /** A PostKindId (utils/kinds.ts); kept as a string so an old draft of a removed kind still opens. */
  kind: string;
  source: DraftSource;
  status: DraftStatus;
  /** Local day 'YYYY-MM-DD'; absent: not planned yet. */
  plannedDay?: string;
  /** Local 'HH:MM'; absent: any time that day. */
  plannedTime?: string;
  notes?: string;
  sender?: DraftSender;
  /** The admin thanked the sender (the reminder shows once the draft is out, until then). */
  thanked?: boolean;
  /** Hashes (utils/composer/text.ts hashText) of the texts this draft gave the composer: links publish events to it. */
  hashes: string[];
  /** The log entry this draft was published as (exactly one). */
  postId?: string;
  /** The photo is in `draftPhotos` (kept apart so listing drafts never loads images). */
  hasPhoto?: boolean;
  photoAlt?: string;
  createdAt: number;
  updatedAt: number;
}

/** A draft's photo, one per draft (keyed by the draft's id). */
export interface DraftPhotoRecord {
  draftId: string;
  blob: Blob;
  type: string;
  name: string;
  size: number;
}
