/**
 * Plain words for office phrases, Czech and English.
 *
 * Sources for what counts as an office phrase and what to say instead:
 * - Kancelář veřejného ochránce práv (Czech Ombudsman), "Jak psát srozumitelně úřední texty"
 *   (https://www.ochrance.cz/) — write to "vy", active verbs, no "z důvodu / v souladu s / tímto".
 * - GOV.UK, "Writing for GOV.UK" and its A–Z words to avoid (https://www.gov.uk/guidance/content-design/writing-for-gov-uk)
 *   — "in accordance with", "hereby", "commence", "utilise", "prior to".
 * - US Federal Plain Language Guidelines (https://www.plainlanguage.gov/guidelines/)
 *   — "due to the fact that" → "because", "in order to" → "to", talk to the reader, use active voice.
 *
 * All rules of a language are compiled into ONE case-insensitive alternation (one scan per
 * text); each rule is a capturing group, so the match tells which rule fired. Rules never touch
 * digits, so every number, date and amount passes through unchanged.
 */
import type { Lang } from './dates';
import { inflectFollowing } from './inflect';

/** A plain string, or a function of the matched text and the text after it (it may consume some of that). */
type Replace = string | ((match: string, rest: string) => { text: string; consumed: number });

interface Rule {
  /** Regex source; a space stands for any run of 1–3 spaces (also no-break ones). */
  from: string;
  to: Replace;
}

const withCase = (pre: string, from: 'gen' | 'ins', to: 'dat' | 'gen'): Replace => (_match, rest) => {
  const r = inflectFollowing(rest, from, to);
  return { text: pre + r.text, consumed: r.consumed };
};

// Up to 80 characters of one line (dots of dates allowed). A sentence end inside is refused by
// `acrossSentences` below: the pattern is case-insensitive, so it cannot tell "3. v" from ". V".
const INNER = '[^!?\\n]{1,80}?';
const acrossSentences = (m: string) => /\.[ \u00a0]+\p{Lu}/u.test(m);

// (Regex literals with non-ASCII characters are built once here: the bundler rewrites them as
// `new RegExp(…)`, which inside a function would run on every call.)
const FROM_PARTICIPLE = /[ \u00a0]{1,3}přerušen[aoy][ \u00a0].*$/su;

/** The words between "bude" and the participle ("bude ve čtvrtek přerušena …" → "ve čtvrtek"). */
const between = (m: string) =>
  replacePhrases(m.replace(/^bude[ \u00a0]{1,3}/iu, '').replace(FROM_PARTICIPLE, ''), 'cs').text;

/** Nominative plural → accusative plural of a noun for people ("řidiči" → "řidiče", "majitelé" → "majitele"). */
function pluralAccusative(word: string): string {
  const w = word.toLocaleLowerCase('cs');
  const rules: [string, string][] = [['ové', 'y'], ['ci', 'ky'], ['či', 'če'], ['ři', 'ře'], ['ti', 'ty'], ['di', 'dy'], ['ni', 'ny'], ['é', 'e'], ['i', 'e']];
  for (const [from, to] of rules) if (w.endsWith(from)) return w.slice(0, -from.length) + to;
  return w;
}

const CS_WHO = '(?:všechny |všem )?(?:občany|občanům|obyvatele|obyvatelům|spoluobčany|spoluobčanům|veřejnost|veřejnosti|vás|Vás)';

// Order matters only where two rules can start at the same place: the longer one comes first.
const CS_RULES: Rule[] = [
  // Openers that say nothing: the post's headline says it instead.
  { from: `(?:tímto )?(?:si )?dovolujeme si (?:vás |Vás )?(?:tímto )?(?:informovat|oznámit|upozornit),? (?:že|o tom, že)`, to: '' },
  { from: `(?:tímto )?(?:vám )?(?:oznamujeme|informujeme|sdělujeme)(?: ${CS_WHO})?,? (?:že|o tom, že)`, to: '' },
  { from: `tímto (?:oznamujeme|informujeme|sdělujeme|upozorňujeme)`, to: '' },
  { from: `(?:tímto )?upozorňujeme ${CS_WHO}`, to: 'upozorňujeme vás' },
  { from: `(?:tímto )?informujeme ${CS_WHO}`, to: 'dáváme vám vědět' },
  { from: `(?:tímto )?(?:žádáme|vyzýváme|apelujeme na) (?:tímto )?${CS_WHO},? aby`, to: 'prosíme vás, abyste' },
  { from: `(?:tímto )?(?:žádáme|vyzýváme|apelujeme na) (?:tímto )?${CS_WHO}`, to: 'prosíme vás' },
  { from: `(?:občané|obyvatelé|spoluobčané) jsou (?:tímto )?(?:žádáni|vyzýváni|prošeni),? aby`, to: 'prosíme vás, abyste' },
  { from: `(?:občané|obyvatelé|spoluobčané) jsou (?:tímto )?(?:žádáni|vyzýváni|prošeni)`, to: 'prosíme vás' },
  { from: `(?:občané|obyvatelé|spoluobčané) jsou (?:tímto )?(?:upozorňováni|informováni)`, to: 'upozorňujeme vás' },
  // "Řidiči jsou žádáni, aby …" → "Prosíme řidiče, aby …"
  { from: `\\p{L}{1,20}(?:i|é|ové) jsou (?:tímto )?(?:žádáni|žádány|vyzýváni|vyzývány|prošeni),? aby`, to: (m) => ({ text: `prosíme ${pluralAccusative(m.split(/[ \u00a0]/u)[0]!)}, aby`, consumed: 0 }) },
  { from: '(?:tímto )?žádáme', to: 'prosíme' },
  { from: '(?:tímto )?žádá', to: 'prosí' },
  { from: 'bližší (?:informace|podrobnosti)', to: 'více informací' },
  // Thanks and apologies: warmer.
  { from: `děkujeme (?:vám )?(?:předem )?za (?:vaše )?pochopení(?:,? (?:trpělivost|spolupráci|shovívavost|ohleduplnost))?(?: a (?:trpělivost|spolupráci|shovívavost|ohleduplnost))?`, to: 'moc děkujeme za trpělivost' },
  { from: `omlouváme se za (?:případné|způsobené|vzniklé|možné) (?:komplikace|nepříjemnosti|potíže|omezení|nepohodlí|obtíže)(?: (?:s tím )?(?:spojené|způsobené))?`, to: 'mrzí nás, že vám to zkomplikuje den' },
  // Reasons.
  { from: 'z technických důvodů', to: 'kvůli technickým potížím' },
  { from: 'z provozních důvodů', to: 'kvůli provozu' },
  { from: '(?:z (?:tohoto|toho|uvedeného|výše uvedeného) důvodu|z (?:těchto|uvedených|výše uvedených) důvodů)', to: 'proto' },
  { from: '(?:vzhledem k tomu|s ohledem na to|z toho důvodu),? že', to: 'protože' },
  { from: 'z důvodu', to: withCase('kvůli', 'gen', 'dat') },
  { from: 'za účelem', to: withCase('kvůli', 'gen', 'dat') },
  { from: 'vzhledem ke?', to: 'kvůli' },
  { from: 'v souladu se?', to: withCase('podle', 'ins', 'gen') },
  { from: 'na základě', to: 'podle' },
  { from: 'prostřednictvím', to: 'pomocí' },
  // Time.
  { from: 'v průběhu', to: 'během' },
  { from: 'po dobu(?= \\p{Ll})', to: 'během' },
  { from: 'v (?:době|čase|termínu|období) od', to: 'od' },
  { from: 'v termínu do', to: 'do' },
  { from: 'neprodleně|bezodkladně', to: 'hned' },
  // Conditions.
  { from: 'v případě, že', to: 'pokud' },
  { from: 'za předpokladu, že', to: 'pokud' },
  { from: 'v případě potřeby', to: 'když bude potřeba' },
  { from: 'v případě (?:dotazů|otázek)', to: 's dotazy' },
  { from: 'v případě nepříznivého počasí', to: 'když bude špatné počasí' },
  { from: 'je (?:nezbytně )?(?:nutné|nezbytné)', to: 'je potřeba' },
  // Passive → active where the subject stays the same.
  { from: '(?:dojde k přerušení dodávky|bude přerušena dodávka|bude přerušeno zásobování) (?:pitnou )?(?:pitné )?vod(?:y|ou)', to: 'nepoteče voda' },
  { from: 'dodávka (?:pitné )?vody bude přerušena', to: 'voda nepoteče' },
  // "bude ve čtvrtek … od 8:00 do 14:00 přerušena dodávka vody": the time words move before the verb.
  { from: `bude ${INNER} přerušen[aoy] (?:dodávka|zásobování) (?:pitné )?(?:pitnou )?vod(?:y|ou)`, to: (m) => ({ text: acrossSentences(m) ? m : `${between(m)} nepoteče voda`, consumed: 0 }) },
  { from: `bude ${INNER} přerušena dodávka (?:elektrické energie|elektřiny|el\\. energie)`, to: (m) => ({ text: acrossSentences(m) ? m : `${between(m)} nepůjde elektřina`, consumed: 0 }) },
  { from: '(?:dojde k přerušení dodávky|bude přerušena dodávka) (?:elektrické energie|elektřiny|el\\. energie)', to: 'nepůjde elektřina' },
  { from: 'dodávka (?:elektrické energie|elektřiny|el\\. energie) bude přerušena', to: 'elektřina nepůjde' },
  { from: 'budou provedeny', to: 'proběhnou' },
  { from: 'bude proveden[aoy]?', to: 'proběhne' },
  { from: 'budou zahájeny', to: 'začnou' },
  { from: 'bude zahájen[aoy]?', to: 'začne' },
  { from: 'budou ukončeny|bude ukončen[aoy]?', to: 'skončí' },
  { from: 'se bude konat|bude se konat', to: 'bude' },
  { from: 'se budou konat|budou se konat', to: 'budou' },
  { from: 'se koná', to: 'bude' },
  { from: 'se konají', to: 'budou' },
  { from: 'tímto', to: '' },
];

const EN_WHO = '(?:all )?(?:residents|citizens|members of the public|the public|inhabitants|everyone)';

const EN_RULES: Rule[] = [
  { from: `we (?:would like to |wish to )?(?:hereby )?(?:inform|notify|advise) (?:you|${EN_WHO}) that`, to: '' },
  { from: '(?:please )?be (?:advised|informed) that', to: '' },
  { from: `${EN_WHO} (?:is|are) (?:hereby )?(?:kindly )?(?:advised|requested|asked|urged|reminded|required) to`, to: 'please' },
  { from: `${EN_WHO} (?:is|are) (?:hereby )?(?:advised|informed|reminded|notified) that`, to: '' },
  { from: '(?:is|are) (?:hereby )?(?:kindly )?(?:requested|asked|advised|urged) to', to: ', please' },
  { from: 'we apologi[sz]e for any (?:inconvenience|disruption|trouble)(?: (?:this|that this) (?:may cause|may have caused|causes)| caused)?', to: 'sorry for the trouble' },
  { from: 'thank you for your (?:understanding|patience and understanding|understanding and patience|cooperation and understanding|understanding and cooperation)', to: 'thanks for bearing with us' },
  { from: '(?:the )?(?:water|gas|electricity|power) supply will be (?:interrupted|suspended|cut off|disconnected|shut off)', to: 'there will be no $1' },
  { from: 'in accordance with|pursuant to|in compliance with', to: 'under' },
  { from: '(?:due to|owing to|in view of|on account of) the fact that', to: 'because' },
  { from: 'owing to', to: 'because of' },
  { from: 'in order to', to: 'to' },
  { from: 'prior to', to: 'before' },
  { from: 'subsequent to', to: 'after' },
  { from: 'in the event that', to: 'if' },
  { from: 'in the event of', to: 'in case of' },
  { from: 'with (?:regard|respect) to|in relation to|in respect of', to: 'about' },
  { from: 'at this point in time|at the present time', to: 'now' },
  { from: 'in the vicinity of', to: 'near' },
  { from: 'a (?:large |considerable )?number of', to: 'some' },
  { from: 'will be carried out', to: 'will take place' },
  { from: 'is being carried out', to: 'is taking place' },
  { from: 'will be commenced', to: 'will start' },
  { from: 'will be held', to: 'will be' },
  { from: 'commencing', to: 'starting' },
  { from: 'commencement', to: 'start' },
  { from: 'commenced', to: 'started' },
  { from: 'commences', to: 'starts' },
  { from: 'commence', to: 'start' },
  { from: 'terminated', to: 'ended' },
  { from: 'terminate', to: 'end' },
  { from: 'utili[sz]ing', to: 'using' },
  { from: 'utili[sz]ed', to: 'used' },
  { from: 'utili[sz]e', to: 'use' },
  { from: 'approximately', to: 'about' },
  { from: 'sufficient', to: 'enough' },
  { from: 'assistance', to: 'help' },
  { from: 'endeavour', to: 'try' },
  { from: 'forthwith', to: 'immediately' },
  { from: 'individuals|persons', to: 'people' },
  { from: 'hereby', to: '' },
];

const SPACE = '[ \\u00a0]{1,3}';

function compile(rules: Rule[]): RegExp {
  const alt = rules.map((r) => `(${r.from.replace(/ /g, SPACE)})`).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'giu');
}

const RULES: Record<Lang, Rule[]> = { cs: CS_RULES, en: EN_RULES };
const COMPILED: Record<Lang, RegExp> = { cs: compile(CS_RULES), en: compile(EN_RULES) };
// The `(?:…)` in rule sources must not capture: group i is rule i.
for (const lang of ['cs', 'en'] as const) {
  const groups = new RegExp(`${COMPILED[lang].source}|`, 'u').exec('')!.length - 1;
  if (groups !== RULES[lang].length) throw new Error(`phrases(${lang}): ${groups} groups for ${RULES[lang].length} rules`);
}

/** Upper-cases the first letter when the replaced text started with one. */
function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const first = original[0]!;
  return first !== first.toLowerCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

export interface PhraseResult {
  text: string;
  /** How many office phrases were replaced. */
  replaced: number;
}

/**
 * Every rule contains one of these words (a test checks it). Only the text around them is
 * searched with the full alternation: most of a notice has none, so most of it is never scanned.
 */
const ANCHORS: Record<Lang, RegExp> = {
  cs: /dovoluj|oznam|inform|sděl|tímto|upozor|žád|vyzýv|apel|proš|děkuj|omlouv|důvod|vzhledem|ohledem|účelem|souladu|základě|prostřednictvím|průběhu|dobu|době|čase|termínu|období|neprodleně|bezodkladně|případě|předpokladu|nutné|nezbytné|přeruš|proveden|zahájen|ukončen|kon[aá]|bližší/gi,
  en: /inform|notify|advise|hereby|requested|asked|urged|reminded|required|apologi|thank you|supply|accordance|pursuant|compliance|fact that|owing|in order|prior|subsequent|event|regard|respect|relation|point in time|present time|vicinity|number of|carried out|commenc|held|terminat|utili|approximately|sufficient|assistance|endeavour|forthwith|individuals|persons/gi,
};
/** How far a match can start before its anchor word / end after it (the "bude … přerušena" rule is the longest). */
const BEFORE = 130;
const AFTER = 170;

export function anchorWords(lang: Lang): string[] {
  return ANCHORS[lang].source.replace('kon[aá]', 'kona|koná').split('|');
}

/** Replaces every office phrase of `lang`, scanning only around anchor words. */
export function replacePhrases(text: string, lang: Lang): PhraseResult {
  const anchors = ANCHORS[lang];
  anchors.lastIndex = 0;
  const windows: [number, number][] = [];
  let a: RegExpExecArray | null;
  while ((a = anchors.exec(text))) {
    const s = Math.max(0, a.index - BEFORE);
    const e = Math.min(text.length, a.index + AFTER);
    const w = windows[windows.length - 1];
    if (w && s <= w[1]) w[1] = e;
    else windows.push([s, e]);
  }
  if (!windows.length) return { text, replaced: 0 };
  return scan(text, lang, windows);
}

/** The same replacement over the whole text (what the windows must reproduce; used by tests). */
export function replacePhrasesFullScan(text: string, lang: Lang): PhraseResult {
  return scan(text, lang, [[0, text.length]]);
}

function scan(text: string, lang: Lang, windows: readonly (readonly [number, number])[]): PhraseResult {
  const re = COMPILED[lang];
  const rules = RULES[lang];
  let out = '';
  let last = 0;
  let replaced = 0;
  for (const [s, e] of windows) {
    const from = Math.max(s, last);
    if (from >= e) continue;
    // One character before the window, so the "not inside a word" look-behind sees it.
    const base = Math.max(0, from - 1);
    const slice = base === 0 && e === text.length ? text : text.slice(base, e);
    re.lastIndex = from - base;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      let i = 1;
      while (m[i] === undefined) i++;
      const rule = rules[i - 1]!;
      const start = base + m.index;
      const end = start + m[0].length;
      let replacement: string;
      let consumed = 0;
      if (typeof rule.to === 'function') {
        const r = rule.to(m[0], text.slice(end, end + 160));
        replacement = r.text;
        consumed = r.consumed;
      } else {
        // "$1" in English rules refers to the rule's own wording (e.g. which supply).
        replacement = rule.to.includes('$1') ? rule.to.replace('$1', (/(water|gas|electricity|power)/i.exec(m[0])?.[1] ?? '').toLowerCase()) : rule.to;
      }
      out += text.slice(last, start) + matchCase(m[0], replacement);
      last = end + consumed;
      replaced++;
      re.lastIndex = last - base;
      if (re.lastIndex >= slice.length) break;
    }
  }
  if (!replaced) return { text, replaced: 0 };
  return { text: out + text.slice(last), replaced };
}

/** The office phrases still in `text` (a finished post must have none). */
export function findOfficePhrases(text: string, lang: Lang): string[] {
  const re = COMPILED[lang];
  re.lastIndex = 0;
  const found: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) found.push(m[0]);
  return found;
}

/** The dictionary, for documentation and tests: each rule's pattern and its plain replacement. */
export function phraseRules(lang: Lang): { from: string; to: string }[] {
  return RULES[lang].map((r) => ({ from: r.from, to: typeof r.to === 'string' ? r.to : '(changes the case of the following words)' }));
}
