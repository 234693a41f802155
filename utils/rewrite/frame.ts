/**
 * Stage 3 of the rewriter: the notice UNDERSTOOD as a frame of facts per kind. Every slot keeps
 * where in the notice it came from (`source`, offsets into the cleaned text) and how sure the
 * reader is (`confidence`, 0–1), so the writer can state only what the notice says and the
 * Compose tab can show each slot as a fact card. Slot names follow
 * tests/fixtures/notices/real/README.md.
 *
 * Pure string work over the facts already extracted (facts.ts): no second scan of a 1 MB paste
 * per slot (every pattern here reads a bounded window or the first lines).
 */
import { dayNumber, isoDate, type Lang } from '../dates/calendar';
import { lastSentenceEnd, lineStartNear, linkedAsRange, nextSentenceEnd, type DateFact, type Extraction, type Fact } from './facts';

export interface SlotSource {
  start: number;
  end: number;
}
export type SlotScalar = string | number | boolean;
export type SlotValue = SlotScalar | Record<string, SlotScalar | undefined>;
export interface Slot<V extends SlotValue = SlotValue> {
  value: V;
  source: SlotSource;
  confidence: number;
}
export interface Frame {
  kind: string;
  lang: Lang;
  slots: Record<string, Slot | Slot[]>;
}

export interface FrameInput {
  text: string;
  lang: Lang;
  kind: string;
  now: Date;
  ex: Extraction;
  /** The main date, a range and a list of days the analysis chose (index.ts). */
  main?: DateFact;
  range?: [DateFact, DateFact];
  dateList: DateFact[];
  /** The places of what is affected (never the signature's or a detour's). */
  places: Fact[];
  heading: string;
  source: string;
}

/** Frames read at most this much of a notice for their patterns (1 MB pastes stay linear). */
const WINDOW = 20_000;

/** Slots that quote a sentence of the notice: the writer quotes the same sentence as rewritten (body.ts). */
export const QUOTED = {
  detour: /objížď|objízd|převeden\p{L}{0,2} (?:na|přes|po)|detour|diverted|diversion/iu,
  replacement: /cistern|náhradní (?:zásobování|vod)|tanker|bottled water/iu,
  busStops: /zastávk|bus stop/iu,
} as const;

const slot = <V extends SlotValue>(value: V, start: number, end: number, confidence: number): Slot<V> => ({ value, source: { start, end }, confidence });

export function sentenceAround(text: string, start: number, end: number): [number, number] {
  return [Math.max(0, lastSentenceEnd(text, start), lineStartNear(text, start)), nextSentenceEnd(text, end)];
}

/** First match of `re` (global flag not needed) in the notice's window, as [start, end, match]. */
function find(text: string, re: RegExp): RegExpExecArray | null {
  return re.exec(text.length > WINDOW ? text.slice(0, WINDOW) : text);
}

/** The sentence holding the first match of `re`, as a slot (trimmed, no final full stop). */
function sentenceSlot(text: string, re: RegExp, confidence = 0.6): Slot<string> | undefined {
  const m = find(text, re);
  if (!m) return undefined;
  const [a, b] = sentenceAround(text, m.index, m.index + m[0].length);
  const s = text.slice(a, b).trim();
  return s ? slot(s.replace(/[.;:]+$/u, ''), a, b, confidence) : undefined;
}

const dayKey = (d: DateFact) => dayNumber(d.year, d.m, d.d);
const iso = (d: DateFact) => isoDate(d.year, d.m, d.d);

/** A time range that belongs to a date: the first one or two times of the date's own line or sentence. */
function timesNear(text: string, facts: Fact[], d: Pick<Fact, 'start' | 'end'>, untilNext?: number): { from?: Fact; to?: Fact } {
  const [a, b0] = sentenceAround(text, d.start, d.end);
  const b = untilNext !== undefined ? Math.min(b0, untilNext) : b0;
  const times = facts.filter((f) => f.type === 'time' && f.start >= Math.max(a, d.start) && f.end <= b);
  if (!times.length) return {};
  const first = times[0]!;
  const untilOnly = /(?:^|[^\p{L}])(?:do|until|till|by)[ \u00a0]+$/iu.test(text.slice(Math.max(0, first.start - 8), first.start));
  if (untilOnly) return { to: first };
  return { from: first, to: times[1] };
}

function dateSlots(dates: DateFact[]): Slot<string>[] {
  const seen = new Set<number>();
  const out: Slot<string>[] = [];
  for (const d of dates) {
    const k = dayKey(d);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(slot(iso(d), d.start, d.end, d.y !== null ? 0.95 : 0.8));
  }
  return out;
}

const APPROX = /(?:cca|asi|přibližně|předpoklád\p{L}*|odhad\p{L}*|zhruba|approximately|approx\.?|about|around|expected|estimated)[ \u00a0]{1,3}(?:do[ \u00a0]{1,3}|until[ \u00a0]{1,3}|to[ \u00a0]{1,3})?$/iu;
const FAILURE = /havári|poruch|havarijn|prasklin|burst|failure|emergency|unplanned|fault/iu;
const PLANNED = /plánovan|odstávk|údržb|rekonstrukc|oprav[aáouy]|výměn|planned|maintenance|upgrade|improvement/iu;
const WHOLE_AREA = /(?:v[ \u00a0]celé[ \u00a0](?:obci|městě|místní části|vsi)|celá[ \u00a0](?:obec|ves)|celé[ \u00a0]obce|the whole (?:village|town|area)|all properties)/iu;

function outage(inp: FrameInput, s: Frame['slots']): void {
  const { text, ex, main } = inp;
  const days = inp.range ? [inp.range[0], inp.range[1]] : inp.dateList.length > 1 ? inp.dateList : main ? [main] : [];
  if (days.length) s.dates = dateSlots(days);
  if (main) {
    const t = timesNear(text, ex.facts, main.weekday ?? main);
    if (t.from) s.from = slot(t.from.norm, t.from.start, t.from.end, 0.85);
    if (t.to) {
      s.to = slot(t.to.norm, t.to.start, t.to.end, 0.85);
      const before = text.slice(Math.max(0, t.to.start - 24), t.to.start);
      if (APPROX.test(before)) s.approximate = slot(true, t.to.start - 24, t.to.start, 0.8);
    }
  }
  const head = text.slice(0, Math.min(text.length, 3000));
  const failure = FAILURE.exec(head);
  const planned = PLANNED.exec(head);
  if (failure) s.planned = slot(false, failure.index, failure.index + failure[0].length, 0.8);
  else if (planned) s.planned = slot(true, planned.index, planned.index + planned[0].length, 0.7);
  const whole = find(text, WHOLE_AREA);
  if (whole) s.area = slot('all', whole.index, whole.index + whole[0].length, 0.8);
  if (inp.places.length) s.streets = inp.places.map((p) => slot(p.text, p.start, p.end, p.listed ? 0.9 : 0.6));
  const tanker = sentenceSlot(text, QUOTED.replacement);
  if (tanker) s.replacement = tanker;
}

function roadClosure(inp: FrameInput, s: Frame['slots']): void {
  const { text, main, range } = inp;
  if (range) {
    s.from = slot(iso(range[0]), range[0].start, range[0].end, 0.9);
    s.to = slot(iso(range[1]), range[1].start, range[1].end, 0.9);
  } else if (main) s.from = slot(iso(main), main.start, main.end, 0.7);
  // The closed road: what follows "uzavírka/uzavřena" (not the detour's streets).
  const road = find(text, /(?:uzav[íi]rk\p{L}{0,3}|uzávěr\p{L}{0,3}|uzavřen[aáoéy]|closure of|closed:?|will be closed)[ \u00a0]+((?:(?:místní|silnice|sil\.|ulice|ul\.|komunikace|úsek\p{L}{0,2}|průjezd|mostu?|the|road|street|lane)[ \u00a0]+)?[^.,;\n]{3,80}?)(?=[ \u00a0]+(?:od|ve dnech|v termínu|dne|z důvodu|kvůli|v době|do|from|between|on|for|until|due)[ \u00a0]|[ \u00a0]+\d{1,2}\.(?:[ \u00a0]?\d|[–-])|[.,;\n(]|$)/iu);
  // (Only what names a road: "silnice II/113", "ulice Sušilova", "Mill Road" — not "a na havarijní …".)
  if (road && road[1] && ROAD_START.test(road[1]) && !/^(?:pro|for|během|during|a|and|na|v|ve|do|od|z|the public)[ \u00a0]/iu.test(road[1])) {
    const at = road.index + road[0].length - road[1].length;
    s.road = slot(road[1].trim(), at, at + road[1].length, 0.55);
  }
  if (inp.places.length) s.streets = inp.places.map((p) => slot(p.text, p.start, p.end, 0.6));
  const detour = sentenceSlot(text, QUOTED.detour);
  if (detour) s.detour = detour;
  const stops = sentenceSlot(text, QUOTED.busStops);
  if (stops) s.busStops = stops;
}

const ROAD_START = /^(?:\p{Lu}|silnic|sil\.|ulic|ul\.|komunikac|úsek|most|průjezd|místní|the |[IV]{1,3}\/|\d)/u;

const ELECTION_NAME = /(?:volb\p{L}{1,2}|volba)[ \u00a0]+(?:(?:do|prezidenta|prezidentské|kraje)[ \u00a0]?[^.,:;\n\d]{0,60}?)(?=[ \u00a0]+(?:se[ \u00a0]|konan|které|ve dnech|v termínu|dne|od|proběhn|budou)|[.,:;\n\d]|$)|(?:\p{Lu}[\p{L} ]{0,40}[ \u00a0])?(?:election|referendum)s?(?:[ \u00a0]+(?:for|of|to)[ \u00a0]+[^.,:;\n\d]{3,50})?/iu;

function election(inp: FrameInput, s: Frame['slots']): void {
  const { text, ex } = inp;
  const name = find(text, ELECTION_NAME);
  // (The name in the nominative: "Volbám do …" / "voleb do …" → "Volby do …".)
  if (name) s.name = slot(name[0].trim().replace(/^(?:volb\p{L}*|voleb)(?=[ \u00a0])/iu, 'Volby'), name.index, name.index + name[0].length, 0.6);
  // Each polling day with its own hours: the times between this date and the next one.
  const dates = ex.dates.filter((d) => d.type === 'date');
  const days: Slot[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < dates.length && days.length < 4; i++) {
    const d = dates[i]!;
    if (seen.has(dayKey(d))) continue;
    const next = dates.slice(i + 1).find((x) => dayKey(x) !== dayKey(d));
    const t = timesNear(text, ex.facts, d.weekday ?? d, next ? next.weekday?.start ?? next.start : undefined);
    if (!t.from) continue;
    seen.add(dayKey(d));
    days.push(slot({ date: iso(d), from: t.from.norm, to: t.to?.norm }, d.start, (t.to ?? t.from).end, 0.8));
  }
  if (days.length) s.days = days;
  else if (inp.main) s.days = [slot({ date: iso(inp.main) }, inp.main.start, inp.main.end, 0.6)];
  const districts: Slot[] = [];
  const re = /(?:^|\n)[ \t•*-]*(?:(?:volební[ \u00a0]+)?okrsek|okrsku|polling (?:station|district)|district)[ \u00a0]*(?:č\.|číslo|no\.)?[ \u00a0]*(\d{1,3})[ \u00a0]*[:–—-]?[ \u00a0]*([^\n]{3,220})/giu;
  const hay = text.length > WINDOW ? text.slice(0, WINDOW) : text;
  let m: RegExpExecArray | null;
  while ((m = re.exec(hay)) && districts.length < 20) {
    const place = m[2]!.trim().replace(/[.;]+$/u, '');
    districts.push(slot({ number: m[1]!, place }, m.index, m.index + m[0].length, 0.8));
  }
  if (districts.length) s.districts = districts;
  const bring = sentenceSlot(text, /občansk\p{L}+ průkaz|cestovní pas|identity|photo ID|poll card|voličsk\p{L}+ průkaz/iu);
  if (bring) s.bring = bring;
}

const PAY_WINDOW = /(?:splatn\p{L}*|zaplat\p{L}*|uhra\p{L}*|úhrad\p{L}*|platb\p{L}*|vybír\p{L}*|payable|pay|paid|payment)/iu;

function fee(inp: FrameInput, s: Frame['slots']): void {
  const { text, ex } = inp;
  const what = find(text, /(?:místní[ \u00a0]+)?poplat\p{L}*[ \u00a0]+(?:za|ze|z)[ \u00a0]+(?:\p{L}+[ \u00a0]+){0,3}?(?:odpad\p{L}*|ps\p{L}*|užívání veřejného prostranství|\p{L}+)|(?:waste|dog|parking|council tax)[ \u00a0]+(?:fee|charge|tax)/iu);
  // The object in the headline's own words (the notice's are in any case: "Poplatku za odpad").
  if (what) {
    const w = what[0];
    const value = /odpad|komunál|waste|refuse/iu.test(w) ? (inp.lang === 'cs' ? 'Poplatek za odpad' : 'Waste fee') : /ps[ůaeiyo]|pes|dog/iu.test(w) ? (inp.lang === 'cs' ? 'Poplatek ze psů' : 'Dog fee') : inp.lang === 'cs' ? 'Místní poplatek' : 'Fee';
    s.what = slot(value, what.index, what.index + w.length, 0.6);
  }
  const money = ex.facts.filter((f) => f.type === 'money').slice(0, 6);
  if (money.length) s.amounts = money.map((f) => slot(f.norm, f.start, f.end, 0.8));
  // The deadline is the END of the payment window: a range's end, else the latest deadline.
  const dates = ex.dates.filter((d) => d.type === 'date');
  const rangeEnd = dates.find(
    (d, i) => i > 0 && (d.range === 'to' || linkedAsRange(text, dates[i - 1]!, d.weekday ?? d)) && PAY_WINDOW.test(text.slice(Math.max(0, dates[i - 1]!.start - 120), d.end + 40)),
  );
  const deadlines = ex.dates.filter((d) => d.type === 'deadline');
  const latest = deadlines.reduce<DateFact | undefined>((best, d) => (!best || dayKey(d) > dayKey(best) ? d : best), undefined);
  const end = rangeEnd ?? latest;
  if (end) s.deadline = slot(iso(end), end.start, end.end, rangeEnd ? 0.9 : 0.75);
  const account = ex.facts.find((f) => f.type === 'account');
  if (account) s.account = slot(account.text, account.start, account.end, 0.95);
  const vs = find(text, /(?:variabilní(?:m|ho)?[ \u00a0]+symbol\p{L}*|VS|variable symbol)[ \u00a0]*(?:je|=|:|is)?[ \u00a0]*([^.\n;]{2,80})/u);
  if (vs && vs[1]) s.vs = slot(vs[1].trim(), vs.index, vs.index + vs[0].length, 0.7);
  const where = sentenceSlot(text, /pokladn|podateln|cash desk|in person at/iu, 0.5);
  if (where) s.where = where;
}

function vaccination(inp: FrameInput, s: Frame['slots']): void {
  const { text, ex } = inp;
  // One stop per line that has a time range and words around it.
  const stops: Slot[] = [];
  const times = ex.facts.filter((f) => f.type === 'time');
  const lines = new Set<number>();
  for (const t of times) {
    const ls = lineStartNear(text, t.start, 400);
    if (lines.has(ls) || stops.length >= 20) continue;
    const nl = text.indexOf('\n', t.end);
    const le = nl < 0 ? text.length : nl;
    if (le - ls > 240) continue;
    const inLine = times.filter((x) => x.start >= ls && x.end <= le);
    const date = ex.dates.find((d) => d.type === 'date' && d.start >= ls && d.end <= le);
    let place = text.slice(ls, le);
    // The place: the line without its times, date and the words that join them.
    for (const x of [...inLine, ...(date ? [date] : [])].sort((a, b) => b.start - a.start)) place = place.slice(0, x.start - ls) + ' ' + place.slice(x.end - ls);
    place = place
      .replace(/(?:^|[ \u00a0])(?:od|do|v|ve|hod\.?|hodin|h|až|dne|from|to|at|am|pm)(?=[ \u00a0,;:.–-]|$)/giu, ' ')
      .replace(/^[\s•*,;:.–—-]+|[\s,;:.–—-]+$/gu, '')
      .replace(/[ \u00a0]*[–—-][ \u00a0]*(?=[–—-]|$)/gu, '')
      .replace(/\s{2,}/g, ' ')
      .trim();
    if (place.length < 3 || !/\p{L}{3}/u.test(place)) continue;
    lines.add(ls);
    stops.push(slot({ date: date ? iso(date) : undefined, from: inLine[0]!.norm, to: inLine[1]?.norm, place }, ls, le, 0.7));
  }
  if (stops.length) s.stops = stops;
  const money = ex.facts.find((f) => f.type === 'money');
  if (money) s.fee = slot(money.norm, money.start, money.end, 0.7);
}

function police(inp: FrameInput, s: Frame['slots']): void {
  const { text, ex } = inp;
  const head = text.slice(0, Math.min(text.length, 2500));
  const subject = /pohřeš|pátr\p{L}* po|missing/iu.test(head)
    ? 'missing'
    : /svěd|witness/iu.test(head)
      ? 'witnesses'
      : /podvod|varuj|varován|scam|fraud|warn/iu.test(head)
        ? 'warning'
        : /hledan|pachatel|wanted|suspect/iu.test(head)
          ? 'wanted'
          : '';
  if (subject) s.subject = slot(subject, 0, 0, 0.7);
  const age = find(text, /(\d{1,2})[ \u00a0]?(?:let(?:ou|ý|á|ého|é|ém)|[- ]?year[- ]old|letý|letá)|aged[ \u00a0](\d{1,2})/iu);
  if (age) s.age = slot(Number(age[1] ?? age[2]), age.index, age.index + age[0].length, 0.7);
  const desc = sentenceSlot(text, /(?:popis|měří|vysok\p{L}+ (?:asi|cca|přibližně)?|postav\p{L}*|vlas\p{L}*|oblečen\p{L}*|na sobě|description|wearing|tall|build|hair)/iu, 0.6);
  if (desc) s.description = desc;
  const vehicle = sentenceSlot(text, /(?:vozidl|automobil|auto[ \u00a0]|osobní\p{L}* \p{L}+|registrační značk|RZ[ \u00a0]|SPZ|vehicle|registration|a (?:black|white|silver|red|blue|grey) (?:car|van))/iu, 0.55);
  if (vehicle && vehicle.source.start !== desc?.source.start) s.vehicle = vehicle;
  const phones = ex.facts.filter((f) => f.type === 'phone');
  if (phones.length) s.phones = phones.map((f) => slot(f.norm, f.start, f.end, 0.9));
  const main = inp.main;
  if (main) {
    const t = timesNear(text, ex.facts, main);
    s.lastSeen = slot({ date: iso(main), time: t.from?.norm, place: inp.places[0]?.text }, main.start, main.end, 0.5);
  }
}

function council(inp: FrameInput, s: Frame['slots']): void {
  const { text, ex, main } = inp;
  if (main) {
    s.date = slot(iso(main), main.start, main.end, 0.85);
    const t = timesNear(text, ex.facts, main.weekday ?? main);
    if (t.from) s.time = slot(t.from.norm, t.from.start, t.from.end, 0.8);
  }
  if (inp.places.length) s.place = slot(inp.places[0]!.text, inp.places[0]!.start, inp.places[0]!.end, 0.6);
  const closed = find(text, /neveřejn|closed session|in private|exempt information|confidential|private session|bez přítomnosti veřejnosti/iu);
  const open = find(text, /veřejné[ \u00a0]+zasedání|zasedání je veřejné|veřejnost je vítána|open to the public|members of the public (?:are|may)|public (?:are )?welcome/iu);
  if (open) s.public = slot(true, open.index, open.index + open[0].length, 0.8);
  else if (closed) s.public = slot(false, closed.index, closed.index + closed[0].length, 0.8);
  const online = find(text, /online|on-line|livestream|live stream|přenos|youtube|zoom|ms teams|microsoft teams|virtual(?:ly)?|remote(?:ly)? meeting|webcast/iu);
  const inPerson = inp.places.length > 0;
  if (online) s.online = slot(true, online.index, online.index + online[0].length, inPerson ? 0.5 : 0.8);
  const stream = ex.facts.find((f) => f.type === 'url');
  if (stream && online) s.stream = slot(stream.text, stream.start, stream.end, 0.6);
}

function event(inp: FrameInput, s: Frame['slots']): void {
  const { text, ex } = inp;
  const dates = inp.range ? [inp.range[0], inp.range[1]] : inp.dateList.length > 1 ? inp.dateList : inp.main ? [inp.main] : [];
  if (dates.length) s.dates = dateSlots(dates);
  if (inp.main) {
    const t = timesNear(text, ex.facts, inp.main.weekday ?? inp.main);
    if (t.from) s.times = [slot(t.from.norm, t.from.start, t.from.end, 0.8), ...(t.to ? [slot(t.to.norm, t.to.start, t.to.end, 0.8)] : [])];
  }
  if (inp.places.length) s.place = slot(inp.places[0]!.text, inp.places[0]!.start, inp.places[0]!.end, 0.6);
  const entry = sentenceSlot(text, /vstupné|vstup (?:je )?(?:zdarma|volný)|zdarma|admission|entry (?:is )?free|tickets?/iu, 0.6);
  if (entry) s.entry = entry;
  const deadline = ex.dates.find((d) => d.type === 'deadline');
  if (deadline) s.deadline = slot(iso(deadline), deadline.start, deadline.end, 0.7);
}

const CANCELLED = /zrušen|ruší|odvolán|se nekoná|nebude konat|odložen|přesunut|cancel+ed|postponed|called off|will not (?:take place|go ahead)/iu;

/** Builds the frame of a notice for its kind (slots the notice does not fill are absent). */
export function buildFrame(inp: FrameInput): Frame {
  const slots: Frame['slots'] = {};
  const { text, ex, kind } = inp;
  if (inp.heading) slots.what = slot(inp.heading, 0, inp.heading.length, 0.6);
  // "Zrušení plánované výluky": whatever the kind, the thing is NOT happening.
  const cancelled = CANCELLED.exec(text.slice(0, 400));
  if (cancelled) slots.cancelled = slot(true, cancelled.index, cancelled.index + cancelled[0].length, 0.7);
  switch (kind) {
    case 'water-outage':
    case 'power-outage':
      outage(inp, slots);
      break;
    case 'road-closure':
    case 'winter-maintenance':
      roadClosure(inp, slots);
      break;
    case 'election':
      election(inp, slots);
      break;
    case 'fee-deadline':
      fee(inp, slots);
      break;
    case 'dog-fee':
      if (/očkován|vakcin|vaccinat/iu.test(text.slice(0, 3000))) vaccination(inp, slots);
      fee(inp, slots);
      break;
    case 'police-appeal':
      police(inp, slots);
      break;
    case 'council-meeting':
      council(inp, slots);
      break;
    default:
      event(inp, slots);
  }
  if (inp.source) slots.source = slot(inp.source, 0, 0, 0.7);
  const contact = ex.facts.filter((f) => f.type === 'phone' || f.type === 'email').slice(0, 6);
  if (contact.length) slots.contact = contact.map((f) => slot(f.type === 'phone' ? f.text : f.norm, f.start, f.end, 0.9));
  const links = ex.facts.filter((f) => f.type === 'url').slice(0, 4);
  if (links.length) slots.links = links.map((f) => slot(f.text, f.start, f.end, 0.9));
  return { kind, lang: inp.lang, slots };
}

/** A slot's value when it is one slot of the given type. */
export function one<V extends SlotValue>(frame: Frame, name: string): V | undefined {
  const s = frame.slots[name];
  return s && !Array.isArray(s) ? (s.value as V) : undefined;
}

export function many<V extends SlotValue>(frame: Frame, name: string): V[] {
  const s = frame.slots[name];
  return Array.isArray(s) ? s.map((x) => x.value as V) : s ? [s.value as V] : [];
}

