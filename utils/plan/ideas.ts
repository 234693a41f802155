/**
 * Formats from the towns' practice for a day with nothing planned. Offered on a gap, taken as
 * a draft (status *nápad*) only when the admin picks one; never posted by itself.
 */
import { translate, type Lang, type MessageKey } from '../i18n/i18n';
import type { PostKindId } from '../kinds';
import type { WeekDay } from './week';

export interface IdeaFormat {
  id: 'poll' | 'contest' | 'challenge' | 'live' | 'story' | 'photo' | 'history' | 'thanks';
  kind: PostKindId;
  /** When the format works best (evening: people read after work). */
  time: string;
  /** Suits a weekend (photos, stories and challenges are weekend reading). */
  weekend: boolean;
}

export const IDEAS: readonly IdeaFormat[] = [
  { id: 'poll', kind: 'poll', time: '18:00', weekend: false },
  { id: 'contest', kind: 'contest', time: '17:00', weekend: true },
  { id: 'challenge', kind: 'challenge', time: '09:00', weekend: true },
  { id: 'live', kind: 'live-stream', time: '12:00', weekend: false },
  { id: 'story', kind: 'story', time: '08:00', weekend: true },
  { id: 'photo', kind: 'photo', time: '19:00', weekend: true },
  { id: 'history', kind: 'general', time: '19:00', weekend: false },
  { id: 'thanks', kind: 'general', time: '17:00', weekend: false },
];

export function ideaName(lang: Lang, idea: IdeaFormat): string {
  return translate(lang, `plan_idea_${idea.id}_name` as MessageKey);
}

export function ideaText(lang: Lang, idea: IdeaFormat, town: string): string {
  return translate(lang, `plan_idea_${idea.id}_text` as MessageKey, { town: town.trim() || translate(lang, 'plan_idea_townFallback') });
}

/**
 * Three ideas for a gap: weekend formats first on Saturday and Sunday, and a different start
 * each day of the week so the week does not get three polls.
 */
export function ideasFor(day: Pick<WeekDay, 'weekday' | 'weekend'>, count = 3): IdeaFormat[] {
  const fitting = IDEAS.filter((i) => i.weekend === day.weekend);
  const rest = IDEAS.filter((i) => i.weekend !== day.weekend);
  const rotate = <T>(xs: readonly T[], n: number) => xs.map((_, i) => xs[(i + n) % xs.length]!);
  return [...rotate(fitting, day.weekday), ...rotate(rest, day.weekday)].slice(0, count);
}
