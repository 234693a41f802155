/**
 * Which language a notice is in and what kind of notice it is. Both look only at the first
 * few kilobytes (the subject of a notice is at its start), so a 1 MB paste costs no more.
 */
import type { PostKindId } from '../kinds';
import type { Lang } from '../dates/calendar';

const HEAD = 6_000;
/** Language is clear from the first couple of paragraphs. */
const LANG_HEAD = 2_000;

// Czech letters with diacritics (of the lower-cased text), counted by a loop over char codes.
const CS_LETTER_CODES = new Set([...'ěščřžýáíéůúňťď'].map((c) => c.charCodeAt(0)));
function countCsLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xc0 && CS_LETTER_CODES.has(c)) n++;
  }
  return n;
}
// Function words, matched as whole words of the lower-cased text.
const CS_WORDS = /(?:^|[ \n])(?:a|je|se|na|že|do|od|ve|za|pro|bude|budou|jsou|nebo|také|dne|města|obce|občané|občany|prosíme|upozorňujeme|oznamujeme|ulice|hodin)(?=[ ,.;:!?])/g;
const EN_WORDS = /(?:^|[ \n])(?:the|and|of|to|is|are|will|be|for|on|in|with|from|please|residents|town|this|that|by|at)(?=[ ,.;:!?])/g;

/** Matches of a global pattern (`test` advances like `exec` but allocates no match array). */
function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.test(s)) n++;
  return n;
}

/** 'cs' or 'en'. Czech letters with diacritics and Czech function words decide; empty text is Czech. */
export function detectLang(text: string): Lang {
  return detectLangLower((text.length > LANG_HEAD ? text.slice(0, LANG_HEAD) : text).toLowerCase());
}

function detectLangLower(head: string): Lang {
  const cs = count(CS_WORDS, head) + 2 * countCsLetters(head);
  const en = count(EN_WORDS, head) * 2;
  return en > cs ? 'en' : 'cs';
}

const headLower = (text: string) => (text.length > HEAD ? text.slice(0, HEAD) : text).toLowerCase();

/**
 * What the classifier decided and why. `uncertain`: no kind has real evidence, or the best does
 * not clearly beat the runner-up; the kind is then `general` and the post says to check it
 * (`KIND_UNCERTAIN_NOTE`). `runnerUp`: the kinds that came close (best first).
 */
export interface Classification {
  lang: Lang;
  kind: PostKindId;
  /** Kinds with a positive score, best first. */
  scores: [PostKindId, number][];
  /** Best score minus the runner-up's. */
  margin: number;
  uncertain: boolean;
  runnerUp: PostKindId[];
}

/** The note a post of an unrecognised notice carries (the pure rewriter's copy of `compose_kindUncertain`). */
export const KIND_UNCERTAIN_NOTE: Readonly<Record<Lang, string>> = {
  cs: 'Nerozpoznal jsem druh oznámení – zkontrolujte příspěvek',
  en: 'I could not tell what kind of notice this is – check the post',
};

/** Language and kind from one lower-cased copy of the text's start. */
export function classify(text: string): Classification {
  const lower = headLower(text);
  const lang = detectLangLower(lower.length > LANG_HEAD ? lower.slice(0, LANG_HEAD) : lower);
  return { lang, ...decide(scoresOfLower(lower), text) };
}

interface KindRule {
  kind: PostKindId;
  /** Stems/phrases (lower case), one alternation; each hit counts `weight`. */
  words: string;
  weight: number;
}

const rule = (kind: PostKindId, weight: number, words: string): KindRule => ({
  kind,
  weight,
  // Matched against lower-cased text; "\p{L}" must keep its capital. A space between words is
  // any space: notices are typed with no-break spaces too ("dodávka pitné\u00a0vody").
  words: words.toLocaleLowerCase('cs').replace(/\\p\{l\}/g, '\\p{L}').replace(/ /g, '[ \\u00a0\\u202f]'),
});

// Weighted cues per kind. A strong, specific phrase weighs 3; a typical word 1. How a post is
// made outweighs what it is about: a live stream of a council meeting is a live stream (5), a
// council meeting invitation with "zveme vás" is still a council meeting (4). Czech and English
// in one rule: a notice uses one language, and the other's words simply never match.
const RULES: KindRule[] = [
  rule('water-outage', 3, 'dodávk\\p{L}* (?:pitné )?vody|přerušen\\p{L}* dodávk\\p{L}* vody|nepoteče|odstávk\\p{L}* vody|water supply|water outage|no water|without water|drinking water|water will be off'),
  rule('water-outage', 1, 'vod\\p{L}{0,3}(?![\\p{L}])|vodovod\\p{L}*|cistern\\p{L}*|vodárn\\p{L}*|ŠPVS|water|tanker'),
  // Not an outage: the water runs but is not fit to drink (a general notice, not "no water").
  rule('water-outage', -4, 'není pitná|nejsou pitné|nevhodná k pití|nelze používat k pití|nesplňuje hygienické limity|převař\\p{L}*|not (?:safe|fit) to drink|boil (?:your |the )?water|boil-water'),
  rule('power-outage', 3, 'el\\. energi\\p{L}*|výluk\\p{L}* el\\p{L}*|bez elektři\\p{L}*|bez elektrik\\p{L}*|elektrick\\p{L}* energi\\p{L}*|dodávk\\p{L}* elektři\\p{L}*|přerušen\\p{L}* dodávk\\p{L}* elektři\\p{L}*|výpad\\p{L}* proudu|bez proudu|nepůjde (?:proud|elektřina)|power cut|power outage|electricity supply|without power|no power'),
  rule('power-outage', 1, 'elektři\\p{L}*|proud\\p{L}?(?![\\p{L}])|ČEZ|EG\\.D|distribuc\\p{L}*|electricity|power'),
  rule('road-closure', 3, 'uzavírk\\p{L}*|objížďk\\p{L}*|objízdn\\p{L}*|úplné uzavření|uzavřen\\p{L}* (?:silnice|ulice|komunikace|most\\p{L}*|průjezd\\p{L}*)|road closure|closed to traffic|diversion|detour'),
  rule('road-closure', 1, 'silnic\\p{L}*|komunikac\\p{L}*|dopravní\\p{L}*|průjezd\\p{L}*|řidič\\p{L}*|vozid\\p{L}*|chodník\\p{L}*|parkování|traffic|drivers|road'),
  rule('waste-collection', 3, 'velkoobjemov\\p{L}*|svoz\\p{L}* (?:odpad\\p{L}*|popelnic\\p{L}*|bioodpad\\p{L}*)|sběrn\\p{L}* dv\\p{L}*|bulky waste|waste collection|bin collection|recycling centre'),
  rule('waste-collection', 1, 'odpad\\p{L}*|popelnic\\p{L}*|kontejner\\p{L}*|bioodpad\\p{L}*|tříděn\\p{L}*|svoz\\p{L}*|waste|bins?(?![\\p{L}])|recycling|rubbish|garbage'),
  // The fee for dogs is the subject itself: it outweighs the cues of any local fee (deadline, symbol).
  rule('dog-fee', 9, 'místní\\p{L}* poplat\\p{L}* ze psů|místní\\p{L}* poplat\\p{L}* za ps\\p{L}*|poplat\\p{L}* ze psů|poplat\\p{L}* za ps\\p{L}*|dog fee|dog tax|dog licence'),
  rule('dog-fee', 3, 'očkování ps\\p{L}*|vakcinac\\p{L}*|vzteklin\\p{L}*|držitel\\p{L}* psů|držitel\\p{L}* psa|majitel\\p{L}* psů|dog owners|rabies|dog vaccination'),
  rule('dog-fee', 1, 'psů|psa|psi(?![\\p{L}])|pejsk\\p{L}*|čtyřnoh\\p{L}*|dogs?(?![\\p{L}])'),
  rule('fee-deadline', 3, 'místní\\p{L}* poplat\\p{L}*|poplat\\p{L}* za (?:komunální |obecní systém )?odpad\\p{L}*|splatnost\\p{L}*|splatn\\p{L}* do|variabilní\\p{L}* symbol\\p{L}*|local fee|fee deadline|is due|payment deadline'),
  rule('fee-deadline', 1, 'poplat\\p{L}*|uhra\\p{L}*|úhrad\\p{L}*|zaplat\\p{L}*|složenk\\p{L}*|pokladn\\p{L}*|fee|payment|pay(?![\\p{L}])'),
  // Who organises ("the Town Council invites…", "zastupitelstvo města děkuje") is not a meeting.
  rule('council-meeting', 4, 'zasedání zastupitelstva|jednání zastupitelstva|veřejné zasedání|program jednání|návrh programu|council meeting|parish meeting|agenda'),
  rule('council-meeting', 1, 'zastupitelstv\\p{L}* města|town council|parish council|zastupitel\\p{L}*|zasedání|usnesení|rada města|councillors?|meeting'),
  // Office hours mentioned in passing ("přijďte v úředních hodinách") are not the subject.
  rule('general', 0, 'úředních hodinách|úředních dnech|během úředních hodin|during office hours|in office hours'),
  rule('office-hours', 6, 'zrušen\\p{L}* úředních hodin|zrušen\\p{L}* úředních dn\\p{L}*'),
  rule('office-hours', 3, 'offices? will (?:close|be closed)|will reopen|reopen\\p{L}*|phone lines|úřední\\p{L}* hodin\\p{L}*|provozní\\p{L}* dob\\p{L}*|otevírací\\p{L}* dob\\p{L}*|úřad bude (?:uzavřen|zavřen)|pracoviště (?:bude )?uzavřen\\p{L}*|office hours|opening hours|the office will be closed|office closure'),
  rule('office-hours', 1, 'podateln\\p{L}*|pokladn\\p{L}*|přepážk\\p{L}*|uzavřen\\p{L}*|zavřen\\p{L}*|dovolen\\p{L}*|closed|open(?![\\p{L}])'),
  rule('election', 3, 'volb\\p{L}*|voleb|volič\\p{L}*|volební\\p{L}*|hlasovací\\p{L}* líst\\p{L}*|elections?|polling station|ballot'),
  rule('election', 1, 'okrsk\\p{L}*|hlasování|kandidát\\p{L}*|voters?|vote'),
  rule('police-appeal', 3, 'pátrá\\p{L}*|pohřešovan\\p{L}*|svědk\\p{L}*|Policie ČR|policie České republiky|dopravní nehod\\p{L}*|záznam\\p{L}* z (?:palubní )?kamer\\p{L}*|kamerov\\p{L}* záznam\\p{L}*|podvodn\\p{L}*|podvod\\p{L}*|falešn\\p{L}* policist\\p{L}*|missing person|witnesses|police appeal|last seen|dashcam|dash cam|scam\\p{L}*|fraud\\p{L}*|rogue traders?|doorstep|crimestoppers|call 101'),
  rule('police-appeal', 1, 'polici\\p{L}*|policist\\p{L}*|158|naposledy|nehod\\p{L}*|police|missing|appeal\\p{L}*|officers?'),
  // A fire station as a place ("u hasičárny", "v hasičské zbrojnici") says nothing about fire.
  rule('general', 0, 'hasičárn\\p{L}*|hasičsk\\p{L}* zbrojnic\\p{L}*|zbrojnic\\p{L}*|fire station'),
  // Firefighters as a subject lean to neither the warning nor the report: the verbs decide.
  rule('fire-brigade', 1, 'hasič\\p{L}*|požár\\p{L}*|HZS|SDH|JSDH|firefighters?|fire brigade|fire and rescue'),
  rule('fire-report', 1, 'hasič\\p{L}*|požár\\p{L}*|HZS|SDH|JSDH|firefighters?|fire brigade|fire and rescue'),
  rule('fire-brigade', 3, 'pálení|zákaz\\p{L}* (?:rozdělávání|pálení|vstupu do les\\p{L}*)|rozdělávání ohn\\p{L}*|nebezpečí (?:vzniku )?požár\\p{L}*|období zvýšeného nebezpečí|sucho|sucha|požární bezpečnost\\p{L}*|fire safety|fire ban|fire danger|total fire ban|wildfire|bonfires?|barbecues?|bbqs?|never leave'),
  rule('fire-brigade', 1, 'ohn\\p{L}*|oheň|kouř\\p{L}*|fire|smoke|prevent\\p{L}*|preven\\p{L}*'),
  rule('fire-report', 3, 'vyjel\\p{L}*|vyjížděl\\p{L}*|vyrazil\\p{L}*|zasahoval\\p{L}*|jednotk\\p{L}*|výjezd\\p{L}*|likvidac\\p{L}*|uhasil\\p{L}*|uhašen\\p{L}*|lokalizov\\p{L}*|poplach\\p{L}*|operační\\p{L}* středisk\\p{L}*|na místo události|technick\\p{L}* pomoc\\p{L}*|appliances?|were called|extinguish\\p{L}*|attended|breathing apparatus|hose reels?'),
  rule('fire-report', 1, 'crews?|zásah\\p{L}*|hořel\\p{L}*|hořící\\p{L}*|strom\\p{L}*|vozovk\\p{L}*|incident|blaze|damage'),
  rule('winter-maintenance', 3, 'kalamit\\p{L}*|gritter\\p{L}*|gritting|street cleaning|zimní\\p{L}* údržb\\p{L}*|posyp\\p{L}*|protahován\\p{L}*|náledí|sněhov\\p{L}*|winter maintenance|gritting|snow clearing|snow plough'),
  rule('winter-maintenance', 1, 'sníh\\p{L}*|sněh\\p{L}*|mráz\\p{L}*|zim\\p{L}{1,2}(?![\\p{L}])|snow|icy|ice(?![\\p{L}])|frost'),
  rule('event', 3, 'pietní\\p{L}*|vzpomínkov\\p{L}*|lampionov\\p{L}*|průvod\\p{L}*|remembrance|parade|wreaths?|srdečně zveme|zveme vás|pozvánk\\p{L}*|koncert\\p{L}*|jarmark\\p{L}*|slavnost\\p{L}*|festival\\p{L}*|rozsvícení\\p{L}*|vánoční\\p{L}* strom\\p{L}*|farmářsk\\p{L}* trh\\p{L}*|you are invited|we invite|concert|festival|market|tree lighting|fair(?![\\p{L}])'),
  rule('event', 1, 'vstupné|program\\p{L}{0,2}(?![\\p{L}])|akce|akci|trh(?![\\p{L}])|občerstvení|vystoupí|hudb\\p{L}*|divadl\\p{L}*|entry|admission|music|celebrat\\p{L}*|event'),
  rule('sports', 3, 'hasičsk\\p{L}* soutěž\\p{L}*|soutěž\\p{L}* v požární\\p{L}*|družstv\\p{L}*|mladší žác\\p{L}*|starší žác\\p{L}*|požární\\p{L}* sport\\p{L}*|požární\\p{L}* útok\\p{L}*|obsadil\\p{L}* (?:\\d|první|druh|třetí)|umístil\\p{L}* (?:se )?na|mladí hasiči|mladých hasičů|cup final|semi-final\\p{L}*|league|division|scored|gratulujeme|blahopřejeme|medail\\p{L}*|mistr\\p{L}* (?:republiky|Evropy|světa)|vítězstv\\p{L}*|zvítězil\\p{L}*|congratulations|medal|champions?(?![\\p{L}])|won the'),
  rule('sports', 1, 'turnaj\\p{L}*|zápas\\p{L}*|sportov\\p{L}*|závod\\p{L}*|tým\\p{L}*|družstv\\p{L}*|míst\\p{L}* na|tournament|match|team|race(?![\\p{L}])|sport'),
  rule('poll', 3, 'anket\\p{L}*|hlasujte v|dotazník\\p{L}*|průzkum\\p{L}*|poll(?![\\p{L}])|survey|questionnaire|have your say'),
  rule('poll', 1, 'názor\\p{L}*|vyberte|co (?:si )?myslíte|opinion|which do you'),
  rule('contest', 3, 'soutěž\\p{L}*|výherc\\p{L}*|vylosujeme|losování|contest|competition|giveaway|prize draw'),
  rule('contest', 1, 'cen\\p{L}(?![\\p{L}])|vyhra\\p{L}*|výhr\\p{L}*|prizes?|win(?![\\p{L}])|winners?'),
  rule('challenge', 3, 'výzv\\p{L}* pro (?:vás|občany|všechny)|přijměte výzvu|zapojte se do výzvy|challenge'),
  rule('challenge', 1, 'zapojte se|výzv\\p{L}*|join in|take part'),
  rule('live-stream', 5, 'živ\\p{L}* přenos\\p{L}*|živé vysílání|vysílat živě|online přenos\\p{L}*|live stream\\p{L}*|livestream\\p{L}*|streamed live|watch live'),
  rule('live-stream', 1, 'živě|přenos\\p{L}*|vysílá\\p{L}*|online|live(?![\\p{L}])|stream'),
  rule('grant', 3, 'dotac\\p{L}*|dotační\\p{L}*|grant\\p{L}*|program\\p{L}* podpory|žádost\\p{L}* o (?:příspěv\\p{L}*|dotac\\p{L}*)|subsid\\p{L}*|funding call|call for applications'),
  rule('grant', 1, 'žádost\\p{L}*|příspěv\\p{L}*|podpor\\p{L}*|applications?|funding|apply'),
  rule('photo', 3, 'vyfotil\\p{L}*|nafotil\\p{L}*|autor\\p{L}* (?:fotky|fotografie|snímku)|foto:|fotk\\p{L}* (?:dne|týdne)|foto dne|fotografi\\p{L}* (?:dne|týdne)|krás\\p{L}* (?:našeho )?města|photo of the (?:day|week)'),
  rule('photo', 1, 'fotk\\p{L}*|fotografi\\p{L}*|snímk\\p{L}*|záběr\\p{L}*|výhled\\p{L}*|photos?(?![\\p{L}])|picture|view(?![\\p{L}])'),
  rule('story', 3, 'příběh\\p{L}*|stories|story'),
  // An event or a service that will not happen ("se nekoná", "zrušeno"): what it was comes second.
  rule('cancellation', 6, 'nekoná\\p{L}*|nekonaj\\p{L}*|nebude konat|nebudou konat|se neuskuteční|neuskuteční se|ruší se|ruší(?![\\p{L}])|rušíme|zruš\\p{L}*|odložen\\p{L}*|odkládá\\p{L}*|přesouvá\\p{L}*|přesunut\\p{L}*|cancel\\p{L}*|postpone\\p{L}*|will not (?:go ahead|take place|be held)|called off'),
  rule('collection', 3, 'sbírk\\p{L}*|sbírka|dárc\\p{L}* krve|dárcovstv\\p{L}*|darování krve|darovat krev|odběr\\p{L}* krve|diakoni\\p{L}*|ošacen\\p{L}*|humanitární\\p{L}*|tříkrálov\\p{L}*|potravinov\\p{L}* (?:bank\\p{L}*|sbírk\\p{L}*)|food ?banks?|food drive|donations?|donate|blood drive|charity|charities'),
  rule('collection', 1, 'obleč\\p{L}*|textil\\p{L}*|hračk\\p{L}*|potravin\\p{L}*|trvanliv\\p{L}*|dar\\p{L}{0,2}(?![\\p{L}])|darujte|přispěl\\p{L}*|tins|non-perishable|tinned|toiletries'),
];

/** The top-level alternatives of a rule ("a|b(?:c|d)|e" → a, b(?:c|d), e). */
function alternatives(words: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    const c = words[i]!;
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(words.slice(from, i));
      from = i + 1;
    }
  }
  out.push(words.slice(from));
  return out;
}

interface Cue {
  re: RegExp;
  rule: number;
}

/**
 * Every alternative of every rule as a sticky pattern, filed under the first three letters it
 * must start with (or two, for a two-letter cue). Keys are numbers made of the letters' codes,
 * so the scan allocates nothing per word; a three-letter entry also holds the two-letter cues
 * of its prefix, in rule order.
 */
// Keys stay small integers (two letters → one number; the third letter → a second map), so a
// lookup allocates nothing.
const key2 = (a: number, b: number) => a * 65_536 + b;
interface CueEntry {
  /** Cues whose literal start is just these two letters. */
  two: Cue[];
  /** Cues with a third letter, by that letter (each list also holds `two`, in rule order). */
  three: Map<number, Cue[]>;
}
const CUES = new Map<number, CueEntry>();
const CUE_KEY_LENGTHS: number[] = [];
{
  const entry = (k: number) => {
    let e = CUES.get(k);
    if (!e) CUES.set(k, (e = { two: [], three: new Map() }));
    return e;
  };
  RULES.forEach((r, rule) => {
    for (const alt of alternatives(r.words)) {
      const literal = /^[^\\()[\]{}*+?|.^$]*/.exec(alt)![0];
      CUE_KEY_LENGTHS.push(Math.min(literal.length, 3));
      const cue = { re: new RegExp(alt, 'uy'), rule };
      const e = entry(key2(literal.charCodeAt(0), literal.charCodeAt(1)));
      if (literal.length >= 3) {
        const c2 = literal.charCodeAt(2);
        e.three.set(c2, [...(e.three.get(c2) ?? []), cue]);
      } else e.two.push(cue);
    }
  });
  for (const e of CUES.values()) {
    for (const [c2, list] of e.three) e.three.set(c2, [...list, ...e.two].sort((a, b) => a.rule - b.rule));
    e.two.sort((a, b) => a.rule - b.rule);
  }
}

export function cueKeysAreLiteral(): boolean {
  return CUE_KEY_LENGTHS.every((n) => n === 2 || n === 3);
}

/** Letters and digits of the lower-cased text (any script; emoji, spaces and punctuation are not). */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xd800 && c <= 0xdfff);
}

function addScores(scores: Map<PostKindId, number>, s: string): void {
  let i = 0;
  let prevWord = false;
  const n = s.length;
  while (i < n) {
    // Jump to the next word start.
    const c0 = s.charCodeAt(i);
    const word = isWordCode(c0);
    if (!word || prevWord) {
      prevWord = word;
      i++;
      continue;
    }
    prevWord = true;
    const c1 = i + 1 < n ? s.charCodeAt(i + 1) : 0;
    const entry = CUES.get(key2(c0, c1));
    const cues = entry ? (entry.three.get(i + 2 < n ? s.charCodeAt(i + 2) : 0) ?? entry.two) : undefined;
    let next = i + 1;
    if (cues) {
      for (const cue of cues) {
        cue.re.lastIndex = i;
        if (cue.re.test(s)) {
          const r = RULES[cue.rule]!;
          scores.set(r.kind, (scores.get(r.kind) ?? 0) + r.weight);
          next = Math.max(next, cue.re.lastIndex);
          break;
        }
      }
    }
    if (next > i + 1) prevWord = isWordCode(s.charCodeAt(next - 1));
    i = next;
  }
}

/** Scores for every kind that has any (for tests and for the UI's "why"). */
export function scoreKinds(text: string): Map<PostKindId, number> {
  return scoresOfLower(headLower(text));
}

function scoresOfLower(head: string): Map<PostKindId, number> {
  const scores = new Map<PostKindId, number>();
  addScores(scores, head);
  // The first sentence carries the subject: its words count twice.
  addScores(scores, head.slice(0, 300));
  // The title (the first line) names the subject once more: "Zrušení výluky vody" is a cancellation.
  const nl = head.indexOf('\n');
  if (nl > 0 && nl <= 160) addScores(scores, head.slice(0, nl));
  return scores;
}

/**
 * The kind of a notice; 'general' when no kind has a clear lead. A very short text (a caption
 * of a few words) with no clear kind is a story.
 */
export function detectKind(text: string): PostKindId {
  return decide(scoreKinds(text), text).kind;
}

/** Evidence a kind needs at all (one strong cue). */
const MIN_SCORE = 3;
/**
 * How clearly the best kind must beat the runner-up: by MARGIN_ABS points or MARGIN_REL of its
 * score, whichever is more. Below that the notice is about two things and a wrong kind writes a
 * wrong post (a clothing collection as a police appeal), so the post is general and says so.
 */
const MARGIN_ABS = 2;
const MARGIN_REL = 0.15;

function decide(scores: Map<PostKindId, number>, text: string): Omit<Classification, 'lang'> {
  // Ties go to the kind whose cues came first in the text (the Map keeps that order; sort is stable).
  const ranked = [...scores].filter(([kind, score]) => score > 0 && kind !== 'general').sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  const bestScore = best?.[1] ?? 0;
  const margin = bestScore - (second?.[1] ?? 0);
  if (bestScore < MIN_SCORE) {
    const t = text.trim();
    const story = t.length > 0 && t.length <= 100 && !/\d/.test(t);
    return { kind: story ? 'story' : 'general', scores: ranked, margin, uncertain: !story && t.length > 0, runnerUp: ranked.slice(0, 2).map(([k]) => k) };
  }
  if (second && margin < Math.max(MARGIN_ABS, MARGIN_REL * bestScore)) {
    return { kind: 'general', scores: ranked, margin, uncertain: true, runnerUp: ranked.filter(([, sc]) => bestScore - sc < Math.max(MARGIN_ABS, MARGIN_REL * bestScore)).map(([k]) => k) };
  }
  return { kind: best![0], scores: ranked, margin, uncertain: false, runnerUp: [] };
}
