/**
 * Stage 4 of the rewriter: the post WRITTEN from the frame, with the sentence templates of
 * sentences/{cs,en}.ts. Shape (docs/REWRITER.md): a headline (one emoji + object + when), fact
 * lines that cannot lie, one to three short sentences, a call to action whose condition holds,
 * the source, hashtags. The notice's own sentences appear only in a capped details block, for
 * key facts no line holds (verify.ts decides which are missing).
 */
import type { Platform } from '../hosts/hosts';
import { countWords, splitLongSentence } from './body';
import { CS_WEEKDAYS, daysFromNow, EN_MONTHS, parseIso, weekdayIndex, type Lang } from '../dates/calendar';
import { csNumeric, formatDateWithWeekday } from '../dates/format';
import type { DateFact, Fact } from './facts';
import { many, one, QUOTED, type Frame } from './frame';
import { replacePhrases } from './phrases';
import { cs } from './sentences/cs';
import { en } from './sentences/en';
import type { Sentences } from './sentences/types';

export const SENTENCES: Record<Lang, Sentences> = { cs, en };

export interface WriteInput {
  frame: Frame;
  lang: Lang;
  kind: string;
  platform: Platform;
  now: Date;
  facts: Fact[];
  dates: DateFact[];
  /** Field values the analysis pre-filled (places, amount line, phone, …). */
  prefill: Record<string, unknown>;
  /** The notice's sentences, already rewritten with the phrase rules (body.ts), heading excluded. */
  sentences: string[];
  heading: string;
  emoji: string;
  hashtags: string[];
  /** The kind could not be told: a plain post from the first sentences. */
  unknown: boolean;
  town?: string;
}

export interface Written {
  headline: string;
  lines: string[];
  text: string[];
  cta: string[];
  source: string;
  hashtags: string[];
}

const cap = (s: string) => (s ? s[0]!.toLocaleUpperCase() + s.slice(1) : s);
const fill = (t: string, v: Record<string, string>) =>
  t.replace(/\{(\w+)\}/g, (_, k: string) => {
    const lower = k[0]!.toLowerCase() + k.slice(1);
    const val = v[lower] ?? '';
    return k[0] === k[0]!.toUpperCase() ? cap(val) : val;
  });

/** "08:00" → "8:00". */
export const timeText = (norm: string) => norm.replace(/^0(\d)/, '$1');

const META_LINE = /^(?:zveřejněno|vyvěšeno|sejmuto|datum konání|datum vložení|vloženo|aktualizováno|posted|published|updated|last updated)\b/iu;

/**
 * A piece of the notice as a sentence of the post: calm (not shouted), without a bullet, with a
 * full stop; null for page metadata ("Zveřejněno dne …") and for anything over 20 words.
 */
export function asSentence(piece: string): string | null {
  let t = piece.replace(/^[•*▪◦·–-][ \u00a0]+/u, '').replace(/[ \u00a0]*[,;–-]+$/u, '').trim();
  if (!t || META_LINE.test(t) || countWords(t, 21) > 20 || countWords(t, 3) < 3) return null;
  // (No full stop after a number: "Průběžná 15" + "." + "3." would read as a date.)
  t = calmHeading(t) + (/[.!?…:)"“]$/u.test(t) ? t.slice(-1).replace(/[:)"“]/u, '.') : /\d$/u.test(t) ? '' : '.');
  return t.replace(/[.]{2,}$/u, '.').replace(/:\.$/u, '.');
}

/** Kinds whose frame holds the facts; the others start from the notice's first sentences. */
const FRAMED_KINDS = new Set(['water-outage', 'power-outage', 'road-closure', 'election', 'fee-deadline', 'dog-fee', 'council-meeting', 'winter-maintenance']);

/** Headings that name no topic ("Program", "Oznámení"): the kind's own object instead. */
const EMPTY_HEADING = /^(?:program(?:me)?|oznámení|informace|info|upozornění|pozvánka|pozvánky|aktuality|aktualita|zprávy|veřejná vyhláška|notice|public notice|information|announcement|news)[.:!]?$/iu;

/** Shouted headings ("PŘERUŠENÍ DODÁVKY VODY") read as a sentence. */
export function calmHeading(h: string): string {
  const letters = h.replace(/[^\p{L}]/gu, '');
  const upper = h.replace(/[^\p{Lu}]/gu, '');
  const t = letters.length > 4 && upper.length / letters.length > 0.6 ? h.toLocaleLowerCase() : h;
  return cap(t.replace(/[.:!]+$/u, '').trim());
}

interface Dates {
  lang: Lang;
  now: Date;
  written: Map<string, DateFact>;
}

function ymd(d: Dates, iso: string) {
  const p = parseIso(iso)!;
  const f = d.written.get(iso);
  // A year only when the notice wrote it and it is not this year (never one it lacks).
  const year = !!f && f.y !== null && p.y !== d.now.getFullYear();
  return { ...p, year };
}

/** "ve čtvrtek 12. 3." / "on Thursday 12 March" */
function dateAcc(d: Dates, iso: string): string {
  const p = ymd(d, iso);
  const s = formatDateWithWeekday(d.lang, p.y, p.m, p.d, { year: p.year });
  return d.lang === 'en' ? `on ${s}` : s;
}
/** "čtvrtek 12. 3." / "Thursday 12 March" */
function dateNom(d: Dates, iso: string): string {
  const p = ymd(d, iso);
  return formatDateWithWeekday(d.lang, p.y, p.m, p.d, { year: p.year, csCase: 'nom' });
}
/** "čtvrtka 12. 3." (after "do", "od") / "Thursday 12 March" */
function dateGen(d: Dates, iso: string): string {
  const p = ymd(d, iso);
  if (d.lang === 'en') return formatDateWithWeekday('en', p.y, p.m, p.d, { year: p.year });
  return `${CS_WEEKDAYS[weekdayIndex(p.y, p.m, p.d)]!.gen} ${csNumeric(p.year ? p.y : null, p.m, p.d)}`;
}
function dateRange(d: Dates, a: string, b: string): string {
  return d.lang === 'cs' ? `od ${dateGen(d, a)} do ${dateGen(d, b)}` : `from ${dateGen(d, a)} to ${dateGen(d, b)}`;
}
function listOf(items: string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
/** When, for a headline: one day, a range, or up to four days. */
function whenOf(d: Dates, days: string[], range?: [string, string]): { when: string; whenNom: string } | null {
  if (range) {
    const r = dateRange(d, range[0], range[1]);
    return { when: r, whenNom: r };
  }
  if (!days.length) return null;
  const shown = days.slice(0, 4);
  const and = d.lang === 'cs' ? 'a' : 'and';
  return { when: listOf(shown.map((x) => dateAcc(d, x)), and), whenNom: listOf(shown.map((x) => dateNom(d, x)), and) };
}

function timeLine(S: Sentences, from?: string, to?: string, approx?: boolean): string {
  const v = { from: from ? timeText(from) : '', to: to ? timeText(to) : '' };
  if (from && to) return fill(approx ? S.line.fromUntilApprox : S.line.time, v);
  if (from) return fill(S.line.from, v);
  if (to) return fill(approx ? S.line.untilApprox : S.line.until, v);
  return '';
}

const isFuture = (now: Date, iso: string | undefined) => {
  const p = iso ? parseIso(iso) : null;
  return !!p && daysFromNow(now, p.y, p.m, p.d) >= 0;
};

/** The street count or "in the whole village" for an outage headline. */
function whereOf(S: Sentences, frame: Frame): string {
  if (one<boolean>(frame, 'area')) return ' ' + S.wholeArea;
  const n = many<string>(frame, 'streets').length;
  return n >= 2 ? ' ' + S.inStreets(n) : '';
}

/** A sentence of the notice a line quotes: with the phrase rules applied, cut at `max` characters. */
const short = (s: string, max = 160, lang: Lang = 'cs') => clip(replacePhrases(s, lang).text.replace(/[ \u00a0]{2,}/gu, ' ').trim(), max);
const clip = (s: string, max = 160) => (s.length <= max ? s : s.slice(0, s.lastIndexOf(' ', max - 1) > 40 ? s.lastIndexOf(' ', max - 1) : max - 1) + '…');

/** Writes the parts of the post (index.ts joins them; verify.ts checks them). */
export function writeParts(inp: WriteInput): Written {
  const { frame, lang, kind, now, prefill } = inp;
  const S = SENTENCES[lang];
  const ig = inp.platform === 'instagram';
  const written = new Map<string, DateFact>();
  for (const d of inp.dates) {
    const iso = `${d.year}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
    if (!written.has(iso) || d.y !== null) written.set(iso, d);
  }
  const D: Dates = { lang, now, written };
  const lines: string[] = [];
  const cta: string[] = [];
  let headline = '';

  const str = (k: string) => (typeof prefill[k] === 'string' ? (prefill[k] as string) : '');
  const listed = (k: string) => (Array.isArray(prefill[k]) ? (prefill[k] as string[]) : []);
  const range = str('dates').includes('/') ? (str('dates').split('/') as [string, string]) : undefined;
  const mainDate = str('date');
  const days = many<string>(frame, 'dates');
  const dayList = days.length ? days : mainDate ? [mainDate] : [];
  // A headline names one day (or a range); a list of days gets a 📅 line of its own.
  const when = whenOf(D, range ? [] : dayList.slice(0, 1), range);
  const title = inp.heading || str('title');
  const heading = title && title.length <= 80 && !EMPTY_HEADING.test(title.trim()) ? calmHeading(title) : '';
  let placesDone = false;
  let timeDone = false;
  let deadlineDone = false;
  let amountDone = false;

  /**
   * A quoted slot as the rewritten sentence says it (weekdays added, office phrases gone), from
   * the clause that names it ("…, objížďka vede přes Lhotu" → "Objížďka vede přes Lhotu").
   */
  const quote = (name: keyof typeof QUOTED, max: number) => {
    const raw = one<string>(frame, name);
    if (!raw) return '';
    const re = QUOTED[name];
    const sentence = inp.sentences.find((x) => re.test(x)) ?? raw;
    const m = re.exec(sentence);
    let from = 0;
    if (m) for (let i = m.index - 1; i > 0; i--) if ((sentence[i] === ',' || sentence[i] === ';') && sentence[i + 1] === ' ') {
      from = i + 2;
      break;
    }
    return short(cap(sentence.slice(from).replace(/[.;:]+$/u, '')), max, lang);
  };
  const genericTime = () => {
    const t = str('time');
    if (!t) return;
    const [a, b] = t.split('–');
    lines.push(timeLine(S, a, b));
    timeDone = true;
  };
  const placesLine = () => {
    const p = listed('places');
    if (p.length && !placesDone) lines.push(`📍 ${cap(listOf(p, S.and))}`);
    placesDone = true;
  };
  const withWhen = (what: string) => (when ? fill(S.headline.withWhen, { what, whenNom: when.whenNom }) : cap(what));

  const cancelled = one<boolean>(frame, 'cancelled') === true;
  switch (inp.unknown ? 'unknown' : cancelled ? 'cancellation' : kind) {
    case 'water-outage':
    case 'power-outage': {
      const water = kind === 'water-outage';
      const where = whereOf(S, frame);
      headline = when
        ? fill(water ? S.headline.water : S.headline.power, { when: when.when, where })
        : heading
          ? `${water ? '💧' : '⚡'} ${heading}`
          : fill(water ? S.headline.waterNoDate : S.headline.powerNoDate, { where });
      const t = timeLine(S, one<string>(frame, 'from'), one<string>(frame, 'to'), one<boolean>(frame, 'approximate'));
      if (t) lines.push(t);
      else genericTime();
      timeDone = true;
      const streets = many<string>(frame, 'streets');
      if (streets.length) lines.push(`📍 ${cap(listOf(streets, S.and))}`);
      placesDone = true;
      const rep = quote('replacement', 160);
      if (rep) lines.push(`🚰 ${rep}`);
      const planned = one<boolean>(frame, 'planned');
      const coming = isFuture(now, days[0] ?? mainDate);
      // Bottles only for a planned outage still to come; a failure gets patience, not advice.
      if (planned === false) cta.push(S.cta.waterFailure);
      else if (coming) cta.push(water ? S.cta.waterPlanned : S.cta.powerPlanned);
      break;
    }
    case 'road-closure':
    case 'winter-maintenance': {
      headline = kind === 'winter-maintenance' && heading ? `❄️ ${withWhen(heading)}` : when ? fill(S.headline.road, { when: when.when }) : S.headline.roadNoDate;
      const road = one<string>(frame, 'road');
      if (road) lines.push(fill(S.line.closedRoad, { road: short(road, 120, lang) }));
      else placesLine();
      placesDone = true;
      genericTime();
      const detour = quote('detour', 220);
      if (detour) lines.push(fill(S.line.detour, { detour }));
      const stops = quote('busStops', 200);
      if (stops && stops !== detour) lines.push(`🚌 ${stops}`);
      cta.push(detour ? S.cta.roadDetour : S.cta.road);
      break;
    }
    case 'election': {
      const name = one<string>(frame, 'name');
      const ds = many<{ date: string; from?: string; to?: string }>(frame, 'days');
      const dayNames = ds.map((x) => dateNom(D, x.date));
      headline = fill(S.headline.election, { name: cap(name ?? S.headline.electionName), days: dayNames.length ? listOf(dayNames, S.and) : (when?.whenNom ?? '') }).replace(/: $/u, '');
      // One time line per day when the hours differ; one line when they are the same.
      const same = ds.length > 0 && ds.every((x) => x.from === ds[0]!.from && x.to === ds[0]!.to);
      if (same && ds[0]!.from) lines.push(timeLine(S, ds[0]!.from, ds[0]!.to));
      else
        for (const x of ds) {
          const p = parseIso(x.date)!;
          const wd = S.weekdayNom[weekdayIndex(p.y, p.m, p.d)]!;
          if (x.from) lines.push(timeLine(S, x.from, x.to).replace('🕗 ', `🕗 ${wd} `).replace(/ (Od|From) /u, (m) => m.toLowerCase()));
        }
      timeDone = true;
      for (const d of many<{ number: string; place: string }>(frame, 'districts')) lines.push(fill(S.line.district, { number: d.number, place: short(d.place, 240, lang) }));
      if (many(frame, 'districts').length) placesDone = true;
      if (one(frame, 'bring')) cta.push(S.cta.electionBring);
      break;
    }
    case 'fee-deadline':
    case 'dog-fee': {
      const stops = many<{ date?: string; from: string; to?: string; place: string }>(frame, 'stops');
      const what = one<string>(frame, 'what');
      const deadline = one<string>(frame, 'deadline');
      if (stops.length) {
        headline = when ? fill(S.headline.vaccination, { when: when.when }) : fill(S.headline.vaccination, { when: '' }).trim();
        const manyDays = new Set(stops.map((s) => s.date)).size > 1;
        for (const s of stops) {
          const t = `${timeText(s.from)}${s.to ? '–' + timeText(s.to) : ''}`;
          lines.push(`📍 ${manyDays && s.date ? cap(dateNom(D, s.date)) + ', ' : ''}${t} ${s.place}`);
        }
        placesDone = timeDone = true;
        cta.push(S.cta.vaccinationBring);
        if (deadline) {
          lines.push(fill(S.line.deadline, { deadline: dateGen(D, deadline) }));
          deadlineDone = true;
        }
      } else {
        const w = what ? cap(what) : S.headline.feeWhat;
        headline = deadline ? fill(S.headline.fee, { what: w, deadline: dateGen(D, deadline) }) : fill(S.headline.feeNoDeadline, { what: w });
        deadlineDone = !!deadline;
      }
      const amount = str('amount');
      if (amount) lines.push(fill(S.line.amount, { amount: cap(amount) }));
      amountDone = true;
      const account = one<string>(frame, 'account');
      const vs = one<string>(frame, 'vs');
      if (account) lines.push(vs ? fill(S.line.accountVs, { account, vs: short(vs, 80, lang) }) : fill(S.line.account, { account }));
      if (vs) cta.push(S.cta.feeVs);
      cta.push(S.cta.fee);
      break;
    }
    case 'council-meeting': {
      const date = one<string>(frame, 'date');
      const time = one<string>(frame, 'time');
      headline = date ? fill(time ? S.headline.council : S.headline.councilNoTime, { when: dateAcc(D, date), time: time ? timeText(time) : '' }) : S.headline.councilNoDate;
      timeDone = !!time;
      const place = one<string>(frame, 'place');
      if (place) lines.push(`📍 ${cap(place)}`);
      placesDone = true;
      const stream = one<string>(frame, 'stream');
      if (stream) lines.push(fill(S.line.stream, { stream: ig ? S.line.linkInBio : stream }));
      const pub = one<boolean>(frame, 'public');
      const online = one<boolean>(frame, 'online');
      // "Come" only for a public meeting held in person; an online one is watched; a closed one says so.
      if (pub === true && place && isFuture(now, date)) cta.push(S.cta.councilPublic);
      else if (pub === false) cta.push(S.cta.councilClosed);
      if (online && stream) cta.push(S.cta.councilOnline);
      break;
    }
    case 'office-hours': {
      const closed = /zavřen|uzavřen|nebude (?:úřadovat|otevřen)|mimo provoz|closed|will not be open/iu.test(inp.sentences.join(' ').slice(0, 3000) + ' ' + inp.heading);
      headline = closed && when ? fill(S.headline.officeClosed, { when: when.when }) : heading ? `🕗 ${withWhen(heading)}` : when ? `${S.headline.officeHours}: ${when.whenNom}` : S.headline.officeHours;
      break;
    }
    case 'police-appeal': {
      const subject = one<string>(frame, 'subject');
      headline = subject === 'missing' ? S.headline.policeMissing : subject === 'witnesses' ? S.headline.policeWitnesses : subject === 'warning' ? S.headline.policeWarning : S.headline.police;
      if (heading && subject !== 'missing' && subject !== 'witnesses') headline += `: ${heading[0]!.toLocaleLowerCase()}${heading.slice(1)}`;
      const desc = one<string>(frame, 'description');
      if (desc) lines.push(`👤 ${short(desc, 260, lang)}`);
      const vehicle = one<string>(frame, 'vehicle');
      if (vehicle) lines.push(`🚗 ${short(vehicle, 200, lang)}`);
      const phones = many<string>(frame, 'phones');
      // The police phone from the notice; 158 only in a Czech notice that gives no number of its own.
      if (!phones.length && lang === 'cs') lines.push(S.line.emergency);
      cta.push(subject === 'missing' ? S.cta.policeMissing : subject === 'witnesses' ? S.cta.policeWitnesses : subject === 'warning' ? S.cta.policeWarning : S.cta.policeWitnesses);
      if (subject === 'missing' || subject === 'witnesses') cta.push(S.cta.share);
      break;
    }
    case 'fire-brigade':
      headline = heading ? `${S.headline.fireWarning}: ${heading[0]!.toLocaleLowerCase()}${heading.slice(1)}` : S.headline.fireWarning;
      cta.push(S.cta.fireWarning);
      break;
    case 'fire-report':
      headline = heading ? `🚒 ${withWhen(heading)}` : when ? fill(S.headline.fireReport, { when: when.when }) : fill(S.headline.fireReport, { when: '' }).trim();
      break;
    case 'cancellation':
      // Nothing of the cancelled thing's own sentences ("nepoteče voda", "přijďte"): its title says it.
      headline = `❌ ${heading || S.object.cancellation}`;
      break;
    case 'unknown':
    case 'general':
      headline = `${inp.emoji} ${heading || S.headline.general}`;
      break;
    default: {
      headline = `${inp.emoji} ${withWhen(heading || S.object[kind] || S.headline.general)}`;
      const future = isFuture(now, dayList[0]);
      if ((kind === 'event' || kind === 'live-stream') && future) cta.push(S.cta.eventCome);
      else if (kind === 'collection' && future) cta.push(S.cta.collection);
      else if (kind === 'sports') cta.push(S.cta.sports, inp.town ? fill(S.cta.sportsTown, { town: inp.town }) : S.cta.sportsNoTown);
      else if ((kind === 'poll' || kind === 'contest' || kind === 'challenge') && future) cta.push(S.cta.join);
    }
  }
  if (!headline.startsWith(inp.emoji) && !/^\p{Extended_Pictographic}/u.test(headline)) headline = `${inp.emoji} ${headline}`;

  // Lines every kind shares, when the kind's own lines did not give them.
  if (!range && dayList.length > 1 && kind !== 'election') lines.unshift(`📅 ${cap(listOf(dayList.slice(0, 8).map((x) => dateNom(D, x)), S.and))}`);
  const whenInHeadline = !!when && headline.includes(when.when.slice(0, 6)) || (!!when && headline.toLowerCase().includes(when.whenNom.slice(0, 6).toLowerCase()));
  if (when && !whenInHeadline && kind !== 'election') lines.unshift(`📅 ${cap(when.whenNom)}`);
  if (!timeDone) genericTime();
  if (!placesDone) placesLine();
  if (!amountDone && str('amount')) lines.push(fill(S.line.amount, { amount: cap(str('amount')) }));
  const deadline = str('deadline');
  if (!deadlineDone && deadline && !(when && range?.[1] === deadline)) lines.push(fill(S.line.deadline, { deadline: dateGen(D, deadline) }));
  if (kind !== 'fee-deadline' && kind !== 'dog-fee' && str('account')) lines.push(fill(S.line.account, { account: str('account') }));
  const phones = inp.facts.filter((f) => f.type === 'phone').map((f) => f.text);
  const uniquePhones = [...new Set(phones)].slice(0, 3);
  const email = str('email');
  if (uniquePhones.length) lines.push(`☎️ ${uniquePhones.join(', ')}${email ? `, ${email}` : ''}`);
  else if (email) lines.push(`✉️ ${email}`);
  const link = str('link');
  if (link && !lines.some((l) => l.includes(link))) lines.push(`🔗 ${ig ? S.line.linkInBio : link.replace(/^https?:\/\//u, '')}`);

  // The text: for an unknown kind, the first sentences; for the others the reason only (the
  // details block for facts no line holds is added by verify).
  const text: string[] = [];
  const add = (sentence: string | undefined, max: number) => {
    if (!sentence) return;
    for (const raw of splitLongSentence(sentence, lang)) {
      const part = asSentence(raw);
      if (part && text.length < max && !text.includes(part)) text.push(part);
    }
  };
  // Kinds whose frame holds little of the story (what happened, what is on): its first sentences.
  const storyKinds = inp.unknown || cancelled || !FRAMED_KINDS.has(kind);
  if (storyKinds) for (const s of inp.sentences.slice(0, 4)) add(s, ig ? 1 : 2);
  // No 📍 line: the sentence that says when (and so, mostly, where) the main thing is.
  if (!lines.some((l) => l.startsWith('📍')) && mainDate) {
    const p = parseIso(mainDate)!;
    const dm = new RegExp(`(?<![\\d.])${p.d}\\.[ \u00a0]?${p.m}\\.|(?<!\\d)${p.d}(?:st|nd|rd|th)? ${EN_MONTHS[p.m - 1]}`, 'u');
    add(inp.sentences.find((x) => dm.test(x)), ig ? 2 : 3);
  }
  if (!ig && !storyKinds) add(inp.sentences.find((s) => /(?:kvůli|důvod|protože|z toho důvodu|due to|because|so that)/iu.test(s) && countWords(s, 21) <= 20), 3);
  const source = one<string>(frame, 'source') ?? '';
  return { headline, lines: lines.filter(Boolean), text, cta: ig ? cta.slice(0, 1) : cta, source: source ? fill(S.line.source, { source }) : '', hashtags: inp.hashtags };
}

export function joinParts(p: Written, details: string[], extraLines: string[]): string {
  const head = [p.headline, ...p.lines, ...extraLines].join('\n');
  // (A piece without a full stop ends its line, so it does not run into the next sentence.)
  const prose = [...p.text, ...details].reduce((acc, x) => (!acc ? x : `${acc}${/[.!?…]$/u.test(acc) ? ' ' : '\n'}${x}`), '');
  const blocks = [head, prose, p.cta.join(' '), p.source, p.hashtags.join(' ')].filter((b) => b.trim());
  // The call to action belongs to the prose paragraph when there is one.
  return blocks.join('\n\n').replace(/\n{3,}/g, '\n\n');
}

