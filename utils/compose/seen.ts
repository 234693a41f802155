/**
 * What people see of a post before they tap "See more": Facebook cuts a long post at about 477
 * characters on a computer and 125 on a phone, Instagram's caption at 125. Counted with the
 * checklist's own counter (user-perceived characters of the NFC text), so the Compose tab and
 * the Checklist always show the same number.
 */
import { LIMITS } from '../checklist/check';
import { countGraphemes, graphemePrefixEnd } from '../checklist/text';
import type { Platform } from '../hosts/hosts';

/** Facebook's feed on a phone (the app and m.facebook.com) shows about this many characters. */
export const FACEBOOK_PHONE_PREVIEW = 125;

export interface SeenCut {
  where: 'computer' | 'phone';
  limit: number;
  /** What shows before "See more" (the whole post when it fits). */
  visible: string;
  /** The post is longer than the limit. */
  cut: boolean;
}

export interface Seen {
  /** The same number the checklist shows. */
  chars: number;
  cuts: SeenCut[];
}

/** The checklist's character count of a post (see utils/checklist/check.ts: Analysis.chars). */
export function postChars(post: string): number {
  return countGraphemes(post.normalize('NFC'));
}

function cutAt(text: string, limit: number, where: SeenCut['where']): SeenCut {
  const end = graphemePrefixEnd(text, limit);
  return { where, limit, visible: text.slice(0, end).replace(/\s+$/, ''), cut: end < text.length };
}

export function seenAsPeople(post: string, platform: Platform): Seen {
  const text = post.normalize('NFC').replace(/\s+$/, '');
  const cuts =
    platform === 'instagram'
      ? [cutAt(text, LIMITS.instagram.preview, 'phone')]
      : [cutAt(text, FACEBOOK_PHONE_PREVIEW, 'phone'), cutAt(text, LIMITS.facebook.preview, 'computer')];
  return { chars: postChars(post), cuts };
}
