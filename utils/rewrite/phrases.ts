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
import type { Lang } from '../dates/calendar';
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
  // ("zákazníci" → "zákazníky", but "nájemci", "chodci" → "nájemce", "chodce"; "cyklisté" → "cyklisty")
  const rules: [string, string][] = [['ové', 'y'], ['íci', 'íky'], ['ci', 'ce'], ['či', 'če'], ['ři', 'ře'], ['sté', 'sty'], ['ti', 'ty'], ['di', 'dy'], ['ni', 'ny'], ['é', 'e'], ['i', 'e']];
  for (const [from, to] of rules) if (w.endsWith(from)) return w.slice(0, -from.length) + to;
  return w;
}

const CS_WHO = '(?:všechny |všem )?(?:občany|občanům|obyvatele|obyvatelům|spoluobčany|spoluobčanům|odběratele|odběratelům|zákazníky|zákazníkům|veřejnost|veřejnosti|vás|Vás)';

/**
 * "aby" after "prosíme vás": "abyste" when the clause's verb is about the people ("aby si
 * vytvořili zásobu" → "abyste si vytvořili"), "aby" when its subject is something else ("aby
 * nádoby byly přistaveny"). The first past form in -li decides; -ly/-la/-lo keeps "aby".
 */
const CLAUSE_VERB = /(?:^|[ \u00a0])(\p{L}{2,20}l([iyao]))(?![\p{L}])/u;
function abyFor(rest: string): string {
  const m = CLAUSE_VERB.exec(rest.slice(0, 90).split(/[.;!?]/u)[0]!);
  return !m || m[2] === 'i' ? 'abyste' : 'aby';
}
const askYou = (pre: string): Replace => (_match, rest) => ({ text: `${pre}, ${abyFor(rest)}`, consumed: 0 });

/** A legal citation made plain: "podle § 15 odst. 1 zákona č. 247/1995 Sb., o volbách…," → "podle zákona o volbách…". */
const REGULATION_GEN: Record<string, string> = { zákona: 'zákona', zákonem: 'zákona', vyhlášky: 'vyhlášky', vyhláškou: 'vyhlášky', 'nařízení vlády': 'nařízení vlády', 'nařízením vlády': 'nařízení vlády' };
const LAW_NAME = /Sb\.,[ \u00a0]{1,3}([^,]{3,80}),/u;
const REGULATION_WORD = /(zákona|zákonem|vyhlášky|vyhláškou|nařízení[ \u00a0]vlády|nařízením[ \u00a0]vlády)/u;
const plainCitation: Replace = (match) => {
  const reg = REGULATION_GEN[REGULATION_WORD.exec(match)?.[1]?.replace(/\u00a0/g, ' ') ?? 'zákona'] ?? 'zákona';
  const name = LAW_NAME.exec(match)?.[1]?.trim();
  const law = !name ? reg : name.startsWith('o ') ? `${reg} ${name}` : name;
  return { text: `podle ${law}`, consumed: 0 };
};
// "§ 13 odst. 1 písm. c)" (no literal spaces here: a space in a rule stands for 1–3 spaces).
const SECTION = '§(?:\\x20|\\u00a0)?\\d{1,4}[a-z]?(?: (?:odst|písm|bod)\\.(?:\\x20|\\u00a0)?[\\da-z]{1,3}\\)?){0,4}';
const REGULATION = '(?:zákona|zákonem|vyhlášky|vyhláškou|nařízení vlády|nařízením vlády)';
const STATUTE = 'č\\.(?:\\x20|\\u00a0)?\\d{1,4}/\\d{4} Sb\\.';
const STATUTE_NAME = ', (?:o [^,.;:\\n]{3,80}|\\p{Ll}{3,20} (?:zákona|zákoníku|řádu)),';

/** "v případě potřeby" → "když bude potřeba, …": a clause needs a comma, and "se"/"si" moves after the verb. */
const clause = (words: string): Replace => (_match, rest) => {
  const clitic = /^([ \u00a0]+)(se|si)[ \u00a0]+(\p{L}{2,20})(?![\p{L}])/u.exec(rest);
  if (clitic) return { text: `${words}, ${clitic[3]} ${clitic[2]}`, consumed: clitic[0].length };
  return { text: /^[ \u00a0]+\p{L}/u.test(rest) ? `${words},` : words, consumed: 0 };
};

// Order matters only where two rules can start at the same place: the longer one comes first.
const CS_RULES: Rule[] = [
  // Openers that say nothing: the post's headline says it instead.
  { from: `(?:tímto )?(?:si )?dovolujeme si (?:vás |Vás )?(?:tímto )?(?:informovat|oznámit|upozornit),? (?:že|o tom, že)`, to: '' },
  { from: `(?:tímto )?(?:vám )?(?:oznamujeme|informujeme|sdělujeme)(?: ${CS_WHO})?,? (?:že|o tom, že)`, to: '' },
  { from: `tímto (?:oznamujeme|informujeme|sdělujeme|upozorňujeme)`, to: '' },
  { from: `(?:tímto )?upozorňujeme ${CS_WHO}`, to: 'upozorňujeme vás' },
  { from: `(?:tímto )?informujeme ${CS_WHO}`, to: 'dáváme vám vědět' },
  // "Žádáme občany, kteří…" is not "prosíme vás, kteří": the people the request is for are "všichni, kteří".
  { from: `(?:tímto )?(?:žádáme|vyzýváme) (?:tímto )?(?:občany|obyvatele|spoluobčany|veřejnost|odběratele),?(?= (?:kteří|kdo))`, to: 'prosíme všechny,' },
  { from: `(?:žádá|vyzývá) (?:tímto )?(?:občany|obyvatele|spoluobčany|veřejnost|odběratele),?(?= (?:kteří|kdo))`, to: 'prosí všechny,' },
  { from: `(?:tímto )?(?:žádáme|vyzýváme|apelujeme na) (?:tímto )?${CS_WHO},? aby`, to: askYou('prosíme vás') },
  { from: `(?:tímto )?(?:žádáme|vyzýváme|apelujeme na) (?:tímto )?${CS_WHO}`, to: 'prosíme vás' },
  { from: `(?:občané|obyvatelé|spoluobčané|odběratelé|zákazníci) jsou (?:tímto )?(?:žádáni|vyzýváni|prošeni),? aby`, to: askYou('prosíme vás') },
  { from: `(?:občané|obyvatelé|spoluobčané|odběratelé|zákazníci) jsou (?:tímto )?(?:žádáni|vyzýváni|prošeni)`, to: 'prosíme vás' },
  { from: `(?:občané|obyvatelé|spoluobčané|odběratelé|zákazníci) jsou (?:tímto )?(?:upozorňováni|informováni)`, to: 'upozorňujeme vás' },
  // "Řidiči jsou žádáni, aby …" → "Prosíme řidiče, aby …"; "Nájemci, kteří mají zájem, jsou žádáni,
  // aby …" → "Prosíme nájemce, kteří mají zájem, aby …"
  { from: `\\p{L}{1,20}(?:i|é|ové)(?:, kteří [^.,;:!?\\n]{1,80},)? jsou (?:tímto )?(?:žádáni|žádány|vyzýváni|vyzývány|prošeni),? aby`, to: (m) => {
    const who = m.split(/[ \u00a0,]/u)[0]!;
    const comma = m.indexOf(',');
    const jsou = m.search(/[ \u00a0]{1,3}jsou[ \u00a0]/u);
    const relative = comma >= 0 && comma < jsou ? `${m.slice(comma + 1, jsou).replace(/,$/u, '').trim()}, ` : '';
    return { text: `prosíme ${pluralAccusative(who)}, ${relative}aby`, consumed: 0 };
  } },
  { from: '(?:tímto )?žádáme', to: 'prosíme' },
  { from: '(?:tímto )?žádá', to: 'prosí' },
  // "O obnovení dodávky budeme občany informovat." → "… budeme vás informovat."
  // ("vás" is a clitic: second in its clause, "O obnovení vás budeme informovat"; first words keep "Budeme vás".)
  { from: `budeme (?:občany|obyvatele|spoluobčany|odběratele|veřejnost)(?: včas| neprodleně| ihned)?(?= (?:informovat|upozorňovat|upozornit))`, to: (m) => {
    const when = /(včas|neprodleně|ihned)$/u.exec(m)?.[1];
    const adverb = when ? ` ${when === 'včas' ? 'včas' : 'hned'}` : '';
    return { text: (m[0] === 'B' ? 'budeme vás' : 'vás budeme') + adverb, consumed: 0 };
  } },
  // Legal citations: "podle § 13 odst. 1 písm. c) zákona č. 183/2006 Sb., stavebního zákona, ve znění
  // pozdějších předpisů," → "podle stavebního zákona". (A bare "zákona č. 128/2000 Sb." stays: short.)
  { from: `(?:podle|dle|ve smyslu|v souladu se?|na základě) (?:ustanovení )?(?:${SECTION} ${REGULATION}(?: ${STATUTE})?(?:${STATUTE_NAME})?|${REGULATION} ${STATUTE}${STATUTE_NAME})(?:,? ve znění pozdějších předpisů,?)?`, to: plainCitation },
  { from: ',? ve znění pozdějších předpisů', to: '' },
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
  // "po dobu uzavírky" → "během uzavírky"; not "po dobu nejméně 1 minuty" (a length of time).
  { from: 'po dobu(?= (?!nejméně|alespoň|minimálně|maximálně|nejvýše|nejdéle|až|cca|asi|zhruba|přibližně|jedné|jednoho|několika)\\p{Ll})', to: 'během' },
  { from: 'v (?:době|čase|termínu|období) od', to: 'od' },
  { from: 'v termínu do', to: 'do' },
  { from: 'neprodleně|bezodkladně', to: 'hned' },
  // Conditions.
  { from: 'v případě, že', to: 'pokud' },
  { from: 'za předpokladu, že', to: 'pokud' },
  { from: 'v případě potřeby', to: clause('když bude potřeba') },
  { from: 'v případě (?:dotazů|otázek)', to: 's dotazy' },
  { from: 'v případě nepříznivého počasí', to: 'za špatného počasí' },
  { from: 'je (?:nezbytně )?(?:nutné|nezbytné|nutno)', to: 'je potřeba' },
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

const EN_WHO = '(?:all )?(?:residents|citizens|members of the public|the public|inhabitants|everyone|customers)';

/**
 * "Residents are advised to plan their journeys and to allow …" → "Please plan your journeys
 * and allow …": once the request speaks to the reader, "their/they/themselves" in the same
 * clause are "your/you/yourselves". The clause ends at a sentence end or at "that/which/who"
 * (a new subject: "… ensure that children wear their helmets" keeps "their").
 */
const CLAUSE_END = /[.;!?\n]|[ \u00a0](?:that|which|who|whose|whom)(?![\p{L}])/u;
const YOUR: Record<string, string> = { their: 'your', theirs: 'yours', themselves: 'yourselves', they: 'you', "they're": "you're" };
const THEY_WORDS = /(?<![\p{L}'’])(their|theirs|themselves|they(?:'re)?)(?![\p{L}'’])/giu;
function pleaseYou(pre: string): Replace {
  return (_match, rest) => {
    const end = CLAUSE_END.exec(rest);
    let scope = rest.slice(0, end ? end.index : rest.length);
    if (!end && scope.length > 120) scope = scope.slice(0, Math.max(0, scope.lastIndexOf(' ')));
    const changed = scope
      .replace(THEY_WORDS, (w) => {
        const to = YOUR[w.toLowerCase()] ?? w;
        return w[0] !== w[0]!.toLowerCase() ? to[0]!.toUpperCase() + to.slice(1) : to;
      })
      .replace(/[ \u00a0]and[ \u00a0]to[ \u00a0]/gu, ' and ');
    if (changed === scope) return { text: pre, consumed: 0 };
    // (The clause is taken whole, so its own office phrases are replaced here.)
    return { text: pre + replacePhrases(changed, 'en').text, consumed: scope.length };
  };
}

const EN_RULES: Rule[] = [
  { from: `we (?:would like to |wish to )?(?:hereby )?(?:inform|notify|advise) (?:you|${EN_WHO}) that`, to: '' },
  { from: '(?:please )?be (?:advised|informed) that', to: '' },
  { from: `${EN_WHO} (?:is|are) (?:hereby )?(?:kindly )?(?:advised|requested|asked|urged|reminded|required) to`, to: pleaseYou('please') },
  { from: `${EN_WHO} (?:is|are) (?:hereby )?(?:advised|informed|reminded|notified) that`, to: '' },
  { from: '(?:is|are) (?:hereby )?(?:kindly )?(?:requested|asked|advised|urged) to', to: pleaseYou(', please') },
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

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

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
  cs: /dovoluj|oznam|inform|sděl|tímto|upozor|žád|vyzýv|apel|proš|děkuj|omlouv|důvod|vzhledem|ohledem|účelem|souladu|základě|prostřednictvím|průběhu|dobu|době|čase|termínu|období|neprodleně|bezodkladně|případě|předpokladu|nutné|nezbytné|nutno|přeruš|proveden|zahájen|ukončen|kon[aá]|bližší|§|znění|sb\./gi,
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
      // A sentence's opening phrase dropped ("Residents are reminded that soil …"): the next word starts it.
      if (!replacement && isUpper(m[0][0]!)) {
        let j = last;
        while (j < text.length && j - last < 4 && (text[j] === ' ' || text[j] === '\u00a0' || text[j] === ',')) j++;
        const c = text[j];
        if (c !== undefined && c !== c.toUpperCase()) {
          out += text.slice(last, j) + c.toUpperCase();
          last = j + 1;
        }
      }
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
