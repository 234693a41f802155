/**
 * What the rules engine returns. Messages are keys of public/_locales (+ params), never text,
 * so the engine stays pure and the panel shows them in the admin's language.
 */
import type { HashtagSetRecord, TagCategory, TagRecord } from '../db/types';
import type { Platform } from '../hosts/hosts';
import type { MessageKey } from '../i18n/i18n';
import type { PostKindId } from '../kinds';
import type { Settings } from '../settings/settings';

/** Base names of plural families (`<base>_one|few|many|other`). */
export type PluralBase<K = MessageKey> = K extends `${infer B}_other` ? B : never;

export type MsgParam = string | number | Msg;
export type MsgParams = Record<string, MsgParam>;
export type Msg = { key: MessageKey; params?: MsgParams } | { plural: PluralBase; count: number; params?: MsgParams };

export type Status = 'pass' | 'warn' | 'fail';

/** A fix that needs no choice: "Add #Zábřeh". */
export interface ApplyFix {
  kind: 'apply';
  label: Msg;
  apply: (text: string) => string;
}

/** A fix where the admin picks what it acts on (which partner to tag, which paragraphs to drop). */
export interface ChooseFix {
  kind: 'choose';
  label: Msg;
  /** The question above the choices. */
  prompt: Msg;
  options: { id: string; label: string; /** characters, for "drop" choices */ size?: number }[];
  /** Characters the text must lose (shortening), so the panel can say how far the choice gets. */
  mustRemove?: number;
  apply: (text: string, chosen: readonly string[]) => string;
}

export type Fix = ApplyFix | ChooseFix;

export type CheckGroup = 'hashtags' | 'tags' | 'platform' | 'readability' | 'whenWhere' | 'reminders';

export interface CheckItem {
  /** Stable id, e.g. "hashtags.required", "tags.police", "ig.length". */
  id: string;
  group: CheckGroup;
  status: Status;
  message: Msg;
  fix?: Fix;
  /** Needs the admin's eye (cannot be checked from text); ticking it makes it pass. */
  reminder?: boolean;
}

export interface CheckContext {
  platform: Platform;
  kind?: PostKindId | null;
  /** The template the draft came from: its required hashtags and partner categories. */
  template?: { hashtags: readonly string[]; tagCategories: readonly TagCategory[]; lang?: 'cs' | 'en' } | null;
  hashtagSets?: readonly Pick<HashtagSetRecord, 'name' | 'hashtags' | 'requiredOn'>[];
  tags?: readonly Pick<TagRecord, 'id' | 'name' | 'category' | 'facebook' | 'instagram'>[];
  settings: Pick<Settings, 'defaultHashtags' | 'hashtagIgnoreDiacritics' | 'hashtagCamelCase' | 'maxEmoji' | 'townName'>;
  /** For dates without a year and the weekday check. */
  now?: Date;
  /** Ids of reminders the admin ticked. */
  done?: readonly string[];
  /** Language of the post (for text a fix inserts, e.g. "odkaz v bio"). Default Czech. */
  postLang?: 'cs' | 'en';
  /**
   * What is checked: the draft (default) or the text read back from Facebook's composer, where
   * a real tag shows as the page's name without "@" and a typed "@Name" is not linked.
   */
  source?: 'draft' | 'composer';
}

export interface CheckSummary {
  pass: number;
  warn: number;
  fail: number;
}

export function summarize(items: readonly CheckItem[]): CheckSummary {
  const s: CheckSummary = { pass: 0, warn: 0, fail: 0 };
  for (const i of items) s[i.status]++;
  return s;
}
