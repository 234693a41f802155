/**
 * The shipped template library: one Czech and one English template for every kind of post
 * (utils/kinds.ts). Texts follow the rewriter's rules: main point first with one emoji, key
 * facts as short marked lines (📅 🕗 📍 ⏳ 💰 ☎️ 🔗), a friendly opening and a call to action,
 * hashtags last. No office phrases (phrases.test.ts checks every built-in text).
 *
 * Bump BUILTIN_VERSION when a text changes: built-in rows in Dexie are then refreshed (the
 * admin's own copies never are).
 */
import { KIND_TAG_CATEGORIES, POST_KINDS, type PostKindId } from '../kinds';
import type { Lang } from '../dates/calendar';
import type { PostTemplate, TemplateField } from './types';

export const BUILTIN_VERSION = 3;

type L<T = string> = Record<Lang, T>;

/** Standard fields: the rewriter pre-fills these from a notice. */
const STANDARD: Record<string, { type: TemplateField['type']; label: L }> = {
  title: { type: 'text', label: { cs: 'Nadpis', en: 'Headline' } },
  date: { type: 'date', label: { cs: 'Datum', en: 'Date' } },
  dates: { type: 'dateRange', label: { cs: 'Od – do (dny)', en: 'From – to (days)' } },
  time: { type: 'timeRange', label: { cs: 'Čas (od – do)', en: 'Time (from – to)' } },
  places: { type: 'list', label: { cs: 'Místa a ulice', en: 'Places and streets' } },
  deadline: { type: 'date', label: { cs: 'Termín (nejpozději do)', en: 'Deadline' } },
  amount: { type: 'amount', label: { cs: 'Částka', en: 'Amount' } },
  account: { type: 'text', label: { cs: 'Číslo účtu', en: 'Bank account' } },
  phone: { type: 'phone', label: { cs: 'Telefon', en: 'Phone' } },
  email: { type: 'email', label: { cs: 'E-mail', en: 'E-mail' } },
  link: { type: 'link', label: { cs: 'Odkaz', en: 'Link' } },
  details: { type: 'paragraph', label: { cs: 'Text příspěvku', en: 'Post text' } },
  source: { type: 'text', label: { cs: 'Kdo informuje', en: 'From' } },
};

/** The fact lines, in the order a reader looks for them. */
const FACT_LINES: [string, L][] = [
  ['dates', { cs: '📅 {dates}', en: '📅 {dates}' }],
  ['date', { cs: '📅 {date}', en: '📅 {date}' }],
  ['time', { cs: '🕗 {time}', en: '🕗 {time}' }],
  ['places', { cs: '📍 {places}', en: '📍 {places}' }],
  ['deadline', { cs: '⏳ Nejpozději do {deadline:gen}', en: '⏳ Deadline: {deadline}' }],
  ['amount', { cs: '💰 {amount}', en: '💰 {amount}' }],
  ['account', { cs: '🏦 Číslo účtu: {account}', en: '🏦 Account: {account}' }],
  ['phone', { cs: '☎️ {phone}', en: '☎️ {phone}' }],
  ['email', { cs: '✉️ {email}', en: '✉️ {email}' }],
  ['link', { cs: '🔗 {link}', en: '🔗 {link}' }],
];

interface Extra {
  field: Omit<TemplateField, 'label' | 'options' | 'default'> & { label: L; options?: L<string[]>; default?: boolean };
  /** Its line among the facts (absent: the field is used in the headline only). */
  line?: L;
}

interface Spec {
  kind: PostKindId;
  emoji: string;
  platforms?: ('facebook' | 'instagram')[];
  fields: string[];
  extras?: Extra[];
  name: L;
  /** Alternatives separated by "||", without the emoji. */
  headline: L;
  intro?: L;
  cta?: L;
  igCta?: L;
  hashtags: L<string[]>;
}

const SAME_INTRO: L = { cs: 'Dáváme vědět předem, ať se můžete připravit.', en: 'We are letting you know early so you can plan ahead.' };

const SPECS: Spec[] = [
  {
    kind: 'general',
    emoji: '📢',
    fields: ['title', 'date', 'time', 'places', 'deadline', 'amount', 'phone', 'email', 'link', 'details', 'source'],
    name: { cs: 'Obecné oznámení', en: 'General notice' },
    headline: { cs: '{title}||Důležitá informace z radnice', en: '{title}||Important news from the town hall' },
    cta: { cs: 'Máte dotaz? Napište nám do zpráv.', en: 'Any questions? Send us a message.' },
    hashtags: { cs: ['#Oznámení'], en: ['#Notice'] },
  },
  {
    kind: 'water-outage',
    emoji: '💧',
    fields: ['date', 'time', 'places', 'phone', 'link', 'details', 'source'],
    extras: [
      {
        field: { name: 'tanker', type: 'text', label: { cs: 'Náhradní voda (cisterna)', en: 'Water tanker' } },
        line: { cs: '🚰 {tanker}', en: '🚰 {tanker}' },
      },
    ],
    name: { cs: 'Odstávka vody', en: 'Water outage' },
    headline: { cs: '{date:short} nepoteče voda||Pozor, nepoteče voda', en: '{date:short}: no tap water||Heads up: no tap water' },
    intro: SAME_INTRO,
    cta: { cs: 'Natočte si prosím vodu do zásoby. Děkujeme za trpělivost!', en: 'Please fill a few bottles in advance. Thanks for your patience!' },
    igCta: { cs: 'Natočte si vodu do zásoby. Díky!', en: 'Fill a few bottles in advance. Thanks!' },
    hashtags: { cs: ['#OdstávkaVody'], en: ['#WaterOutage'] },
  },
  {
    kind: 'power-outage',
    emoji: '⚡',
    fields: ['date', 'time', 'places', 'phone', 'link', 'details', 'source'],
    name: { cs: 'Výpadek elektřiny', en: 'Power cut' },
    headline: { cs: '{date:short} nepůjde elektřina||Pozor, nepůjde elektřina', en: '{date:short}: power cut||Heads up: power cut' },
    intro: SAME_INTRO,
    cta: {
      cs: 'Nabijte si prosím telefon předem a vypněte citlivé spotřebiče. Děkujeme za trpělivost!',
      en: 'Charge your phone in advance and switch off sensitive appliances. Thanks for your patience!',
    },
    igCta: { cs: 'Nabijte si telefon předem. Díky!', en: 'Charge your phone in advance. Thanks!' },
    hashtags: { cs: ['#VýpadekProudu'], en: ['#PowerCut'] },
  },
  {
    kind: 'road-closure',
    emoji: '🚧',
    fields: ['dates', 'date', 'time', 'places', 'phone', 'link', 'details', 'source'],
    extras: [
      {
        field: { name: 'detour', type: 'text', label: { cs: 'Objížďka', en: 'Detour' } },
        line: { cs: '↪️ {detour}', en: '↪️ {detour}' },
      },
    ],
    name: { cs: 'Uzavírka a objížďka', en: 'Road closure and detour' },
    headline: { cs: 'Uzavírka {dates}||Uzavírka {date:short}||Pozor, uzavírka', en: 'Road closure {dates}||Road closure on {date:short}||Heads up: road closure' },
    intro: { cs: 'Pozor, řidiči i chodci!', en: 'Drivers and pedestrians, please take note!' },
    cta: { cs: 'Jeďte prosím opatrně a sledujte dopravní značení. Díky za ohleduplnost!', en: 'Please drive carefully and follow the signs. Thank you!' },
    hashtags: { cs: ['#Uzavírka', '#Doprava'], en: ['#RoadClosure', '#Traffic'] },
  },
  {
    kind: 'waste-collection',
    emoji: '♻️',
    fields: ['date', 'time', 'places', 'phone', 'link', 'details', 'source'],
    extras: [
      {
        field: {
          name: 'wasteType',
          type: 'choice',
          label: { cs: 'Co se sváží', en: 'What is collected' },
          options: {
            cs: ['velkoobjemový odpad', 'bioodpad', 'směsný komunální odpad', 'plasty', 'papír', 'sklo', 'nebezpečný odpad', 'elektroodpad'],
            en: ['bulky waste', 'garden waste', 'household waste', 'plastics', 'paper', 'glass', 'hazardous waste', 'electrical waste'],
          },
        },
        line: { cs: '🗑️ Co se sváží: {wasteType}', en: '🗑️ What is collected: {wasteType}' },
      },
    ],
    name: { cs: 'Svoz odpadu', en: 'Waste collection' },
    headline: { cs: 'Svoz odpadu {date:short}||Svoz odpadu', en: 'Waste collection on {date:short}||Waste collection' },
    cta: { cs: 'Připravte prosím odpad k odvozu včas. Díky, že třídíte!', en: 'Please put your waste out in time. Thanks for sorting it!' },
    hashtags: { cs: ['#Odpady'], en: ['#Waste'] },
  },
  {
    kind: 'dog-fee',
    emoji: '🐕',
    fields: ['title', 'date', 'time', 'places', 'deadline', 'amount', 'account', 'phone', 'link', 'details', 'source'],
    name: { cs: 'Pejsci: očkování a poplatek', en: 'Dogs: vaccination and fee' },
    headline: { cs: '{title}||Důležité pro majitele pejsků', en: '{title}||News for dog owners' },
    cta: { cs: 'Děkujeme všem zodpovědným majitelům!', en: 'Thank you, responsible dog owners!' },
    hashtags: { cs: ['#Pejsci'], en: ['#Dogs'] },
  },
  {
    kind: 'fee-deadline',
    emoji: '💳',
    fields: ['title', 'deadline', 'amount', 'account', 'phone', 'email', 'link', 'details', 'source'],
    name: { cs: 'Termín místního poplatku', en: 'Local fee deadline' },
    headline: {
      cs: 'Nezapomeňte zaplatit do {deadline:gen.short}||{title}||Připomínáme termín poplatku',
      en: 'Reminder: pay by {deadline:short}||{title}||Fee deadline reminder',
    },
    intro: { cs: 'Připomínáme termín, ať na něj nezapomenete.', en: 'A quick reminder so the date does not slip by.' },
    cta: { cs: 'Děkujeme, že platíte včas!', en: 'Thank you for paying on time!' },
    hashtags: { cs: ['#MístníPoplatky'], en: ['#LocalFees'] },
  },
  {
    kind: 'council-meeting',
    emoji: '🏛️',
    fields: ['date', 'time', 'places', 'link', 'details', 'source'],
    name: { cs: 'Zasedání zastupitelstva', en: 'Council meeting' },
    headline: { cs: 'Zasedání zastupitelstva {date:short}||Zasedání zastupitelstva', en: 'Town council meeting on {date:short}||Town council meeting' },
    intro: { cs: 'Zveme vás na zasedání zastupitelstva. Jednání je veřejné, přijít může každý.', en: 'You are welcome at the town council meeting. It is open to everyone.' },
    cta: { cs: 'Přijďte se podívat, jak se rozhoduje o našem městě.', en: 'Come and see how decisions about our town are made.' },
    hashtags: { cs: ['#Zastupitelstvo'], en: ['#TownCouncil'] },
  },
  {
    kind: 'office-hours',
    emoji: '🕘',
    fields: ['dates', 'date', 'time', 'places', 'phone', 'email', 'link', 'details', 'source'],
    extras: [
      {
        field: { name: 'hours', type: 'text', label: { cs: 'Úřední hodiny', en: 'Office hours' } },
        line: { cs: '🕘 {hours}', en: '🕘 {hours}' },
      },
    ],
    name: { cs: 'Změna úředních hodin', en: 'Office hours change' },
    headline: { cs: 'Změna úředních hodin {date:short}||Změna úředních hodin', en: 'Office hours change on {date:short}||Office hours change' },
    cta: { cs: 'Děkujeme, že s tím počítáte.', en: 'Thank you for planning ahead.' },
    hashtags: { cs: ['#ÚředníHodiny'], en: ['#OfficeHours'] },
  },
  {
    kind: 'election',
    emoji: '🗳️',
    fields: ['title', 'dates', 'date', 'time', 'places', 'phone', 'link', 'details', 'source'],
    extras: [
      {
        field: { name: 'bringId', type: 'toggle', label: { cs: 'Připomenout doklad totožnosti', en: 'Remind people to bring ID' }, default: true },
        line: { cs: '🪪 Nezapomeňte občanský průkaz nebo cestovní pas.{bringId}', en: '🪪 Bring your ID card or passport.{bringId}' },
      },
    ],
    name: { cs: 'Volby', en: 'Elections' },
    headline: { cs: 'Volby {dates}||Volby {date:short}||{title}||Informace k volbám', en: 'Elections {dates}||Elections on {date:short}||{title}||Election information' },
    cta: { cs: 'Přijďte volit, váš hlas rozhoduje!', en: 'Come and vote, your voice counts!' },
    hashtags: { cs: ['#Volby'], en: ['#Elections'] },
  },
  {
    kind: 'police-appeal',
    emoji: '🚓',
    fields: ['title', 'date', 'time', 'places', 'phone', 'link', 'details', 'source'],
    name: { cs: 'Policie prosí o pomoc', en: 'Police appeal' },
    headline: { cs: '{title}||Policie prosí o pomoc', en: '{title}||The police ask for your help' },
    intro: { cs: 'Prosíme, přečtěte si to a sdílejte.', en: 'Please read and share.' },
    cta: { cs: 'Víte něco? Volejte linku 158. Každé sdílení pomáhá.', en: 'Do you know anything? Call 158. Every share helps.' },
    hashtags: { cs: ['#PolicieČR'], en: ['#PoliceAppeal'] },
  },
  {
    kind: 'fire-brigade',
    emoji: '🚒',
    fields: ['title', 'date', 'time', 'places', 'phone', 'link', 'details', 'source'],
    name: { cs: 'Hasiči: varování', en: 'Firefighters: safety warning' },
    headline: { cs: '{title}||Hasiči varují', en: '{title}||A warning from the firefighters' },
    cta: { cs: 'Buďte prosím opatrní, ať hasiči nemusí vyjíždět.', en: 'Please take care, so the firefighters need not be called out.' },
    hashtags: { cs: ['#Hasiči', '#Prevence'], en: ['#Firefighters', '#FireSafety'] },
  },
  {
    kind: 'fire-report',
    emoji: '🚒',
    fields: ['title', 'date', 'time', 'places', 'link', 'details', 'source'],
    name: { cs: 'Hasiči: zpráva o zásahu', en: 'Firefighters: call-out report' },
    headline: { cs: '{title}||Hasiči zasahovali {date:short}||Hasiči zasahovali', en: '{title}||Firefighters called out on {date:short}||Firefighters called out' },
    cta: { cs: 'Hasičům děkujeme za jejich práci!', en: 'Thank you, firefighters!' },
    hashtags: { cs: ['#Hasiči', '#Zásah'], en: ['#Firefighters', '#CallOut'] },
  },
  {
    kind: 'winter-maintenance',
    emoji: '❄️',
    fields: ['title', 'date', 'time', 'places', 'phone', 'link', 'details', 'source'],
    name: { cs: 'Zimní údržba', en: 'Winter maintenance' },
    headline: { cs: '{title}||Zimní údržba {date:short}||Zimní údržba silnic a chodníků', en: '{title}||Winter maintenance on {date:short}||Winter road and pavement maintenance' },
    cta: {
      cs: 'Jezděte prosím opatrně a neparkujte tam, kde by překážela technika. Děkujeme!',
      en: 'Please drive carefully and do not park where the snow ploughs need to pass. Thank you!',
    },
    hashtags: { cs: ['#ZimníÚdržba'], en: ['#WinterMaintenance'] },
  },
  {
    kind: 'event',
    emoji: '🎉',
    fields: ['title', 'dates', 'date', 'time', 'places', 'link', 'details', 'source'],
    extras: [
      { field: { name: 'admission', type: 'text', label: { cs: 'Vstupné', en: 'Admission' } }, line: { cs: '🎟️ Vstupné: {admission}', en: '🎟️ Admission: {admission}' } },
      {
        field: { name: 'refreshments', type: 'toggle', label: { cs: 'Bude občerstvení', en: 'Refreshments' }, default: false },
        line: { cs: '🍰 Bude i občerstvení.{refreshments}', en: '🍰 Refreshments available.{refreshments}' },
      },
    ],
    name: { cs: 'Pozvánka na akci', en: 'Event invitation' },
    headline: { cs: '{title} {date:short}||{title}||Zveme vás {date:short}||Zveme vás', en: '{title} on {date:short}||{title}||Join us on {date:short}||Join us' },
    intro: { cs: 'Srdečně vás zveme!', en: 'You are warmly invited!' },
    cta: { cs: 'Přijďte, těšíme se na vás!', en: 'Come along, we look forward to seeing you!' },
    hashtags: { cs: ['#Pozvánka'], en: ['#Events'] },
  },
  {
    kind: 'sports',
    emoji: '🏆',
    fields: ['title', 'date', 'places', 'link', 'details', 'source'],
    extras: [
      { field: { name: 'team', type: 'text', label: { cs: 'Kdo uspěl', en: 'Who did it' } } },
      {
        field: { name: 'achievement', type: 'text', label: { cs: 'Úspěch', en: 'Achievement' } },
        line: { cs: '🥇 {team}: {achievement}||🥇 {achievement}', en: '🥇 {team}: {achievement}||🥇 {achievement}' },
      },
    ],
    name: { cs: 'Sportovní úspěch', en: 'Sports success' },
    headline: { cs: '{title}||Gratulujeme!', en: '{title}||Congratulations!' },
    intro: { cs: 'Máme radost a moc gratulujeme!', en: 'We are so proud. Congratulations!' },
    cta: {
      cs: 'Děkujeme za skvělou reprezentaci města {town}!||Děkujeme za skvělou reprezentaci našeho města!',
      en: 'Thank you for representing {town} so well!||Thank you for representing our town so well!',
    },
    hashtags: { cs: ['#Sport'], en: ['#Sport'] },
  },
  {
    kind: 'poll',
    emoji: '📊',
    fields: ['title', 'deadline', 'link', 'details', 'source'],
    extras: [
      { field: { name: 'question', type: 'text', label: { cs: 'Otázka', en: 'Question' } } },
      { field: { name: 'options', type: 'list', label: { cs: 'Možnosti', en: 'Options' } }, line: { cs: '{options:lines}', en: '{options:lines}' } },
    ],
    name: { cs: 'Anketa', en: 'Poll' },
    headline: { cs: '{question}||{title}||Zajímá nás váš názor', en: '{question}||{title}||We want your opinion' },
    cta: { cs: 'Napište nám svůj názor do komentářů. Děkujeme!', en: 'Tell us in the comments. Thank you!' },
    hashtags: { cs: ['#Anketa'], en: ['#Poll'] },
  },
  {
    kind: 'contest',
    emoji: '🎁',
    fields: ['title', 'deadline', 'date', 'link', 'email', 'details', 'source'],
    extras: [{ field: { name: 'prize', type: 'text', label: { cs: 'Výhra', en: 'Prize' } }, line: { cs: '🎁 Výhra: {prize}', en: '🎁 Prize: {prize}' } }],
    name: { cs: 'Soutěž', en: 'Contest' },
    headline: { cs: '{title}||Soutěž pro vás', en: '{title}||A contest for you' },
    cta: { cs: 'Zapojte se, držíme palce!', en: 'Join in, good luck!' },
    hashtags: { cs: ['#Soutěž'], en: ['#Contest'] },
  },
  {
    kind: 'challenge',
    emoji: '💪',
    fields: ['title', 'dates', 'date', 'deadline', 'link', 'details', 'source'],
    extras: [{ field: { name: 'task', type: 'text', label: { cs: 'Úkol', en: 'The task' } }, line: { cs: '💪 {task}', en: '💪 {task}' } }],
    name: { cs: 'Výzva', en: 'Challenge' },
    headline: { cs: '{title}||Výzva pro vás', en: '{title}||A challenge for you' },
    cta: { cs: 'Přidáte se? Pochlubte se v komentářích!', en: 'Are you in? Show us in the comments!' },
    hashtags: { cs: ['#Výzva'], en: ['#Challenge'] },
  },
  {
    kind: 'live-stream',
    emoji: '🔴',
    fields: ['title', 'date', 'time', 'places', 'link', 'details', 'source'],
    name: { cs: 'Živý přenos', en: 'Live stream' },
    headline: {
      cs: 'Živě {date:short} v {time:from}||Živý přenos {date:short}||{title}||Živý přenos',
      en: 'Live on {date:short} at {time:from}||Live stream on {date:short}||{title}||Live stream',
    },
    cta: { cs: 'Sledujte nás živě tady na našem profilu. Otázky pište do komentářů!', en: 'Watch live right here on our page. Ask your questions in the comments!' },
    hashtags: { cs: ['#ŽivýPřenos'], en: ['#LiveStream'] },
  },
  {
    kind: 'story',
    emoji: '✨',
    fields: ['title', 'date', 'places', 'link', 'details'],
    name: { cs: 'Příběh (24 hodin)', en: '24-hour story' },
    headline: { cs: '{title}', en: '{title}' },
    hashtags: { cs: [], en: [] },
  },
  {
    kind: 'grant',
    emoji: '💶',
    fields: ['title', 'dates', 'deadline', 'amount', 'places', 'phone', 'email', 'link', 'details', 'source'],
    name: { cs: 'Dotace a granty', en: 'Grants and subsidies' },
    headline: { cs: '{title}||Dotace pro vás', en: '{title}||Grants available' },
    intro: { cs: 'Máte nápad pro naše město? Požádejte o podporu.', en: 'Got an idea for our town? Apply for support.' },
    cta: { cs: 'Podejte žádost včas, rádi vám s ní poradíme.', en: 'Apply in time, we are happy to help with your application.' },
    hashtags: { cs: ['#Dotace'], en: ['#Grants'] },
  },
  {
    kind: 'cancellation',
    emoji: '❌',
    fields: ['title', 'date', 'time', 'places', 'phone', 'link', 'details', 'source'],
    name: { cs: 'Zrušeno nebo přesunuto', en: 'Cancelled or moved' },
    headline: { cs: '{title}||Zrušeno {date:short}||Změna programu', en: '{title}||Cancelled on {date:short}||Change of plans' },
    intro: { cs: 'Omlouváme se za komplikace.', en: 'We are sorry for the trouble.' },
    cta: { cs: 'Dejte prosím vědět i sousedům. Děkujeme!', en: 'Please tell your neighbours too. Thank you!' },
    hashtags: { cs: ['#Zrušeno'], en: ['#Cancelled'] },
  },
  {
    kind: 'collection',
    emoji: '🤝',
    fields: ['title', 'dates', 'date', 'time', 'places', 'phone', 'link', 'details', 'source'],
    name: { cs: 'Sbírka a dobročinná akce', en: 'Collection and charity drive' },
    headline: { cs: '{title}||Sbírka {date:short}||Sbírka pro potřebné', en: '{title}||Collection on {date:short}||Collection for people in need' },
    intro: { cs: 'Pomozte s námi těm, kdo to potřebují.', en: 'Help us support people in need.' },
    cta: { cs: 'Děkujeme každému, kdo přispěje!', en: 'Thank you to everyone who gives!' },
    hashtags: { cs: ['#Sbírka', '#Pomoc'], en: ['#Collection', '#Charity'] },
  },
  {
    kind: 'photo',
    emoji: '📸',
    platforms: ['instagram', 'facebook'],
    fields: ['title', 'date', 'places', 'details', 'source'],
    extras: [{ field: { name: 'author', type: 'text', label: { cs: 'Autor fotky', en: 'Photo by' } }, line: { cs: '📷 Foto: {author}', en: '📷 Photo: {author}' } }],
    name: { cs: 'Fotka města (Instagram)', en: 'Photo of the town (Instagram)' },
    headline: { cs: '{title}||{town} dnes||Krásy našeho města', en: '{title}||{town} today||Our beautiful town' },
    cta: { cs: 'Jak se vám líbí? Napište nám do komentářů.', en: 'Do you like it? Tell us in the comments.' },
    hashtags: { cs: ['#KrásyMěsta'], en: ['#TownViews'] },
  },
];

const SOURCE_LINE: L = { cs: 'Informuje: {source}', en: 'From: {source}' };

function buildTexts(spec: Spec, lang: Lang): { facebook: string; instagram: string } {
  const headline = spec.headline[lang]
    .split('||')
    .map((alt) => `${spec.emoji} ${alt}`)
    .join('||');
  const has = new Set(spec.fields);
  const facts: string[] = [];
  for (const [name, line] of FACT_LINES) {
    if (!has.has(name)) continue;
    // One date line: the range if there is one, else the single date.
    if (name === 'date' && has.has('dates')) continue;
    facts.push(name === 'dates' && has.has('date') ? `${line[lang]}||${FACT_LINES[1]![1][lang]}` : line[lang]);
  }
  for (const extra of spec.extras ?? []) if (extra.line) facts.push(extra.line[lang]);
  const body = has.has('details') ? '{details}' : '';
  const source = has.has('source') ? SOURCE_LINE[lang] : '';
  const fb = [headline, spec.intro?.[lang] ?? '', '', ...facts, '', body, '', spec.cta?.[lang] ?? '', source, '', '{hashtags}'];
  const ig = [headline, ...facts, '', body, '', (spec.igCta ?? spec.cta)?.[lang] ?? '', source, '', '{hashtags}'];
  const tidy = (lines: string[]) => lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { facebook: tidy(fb), instagram: tidy(ig) };
}

function buildFields(spec: Spec, lang: Lang): TemplateField[] {
  const out: TemplateField[] = spec.fields.map((name) => ({ name, type: STANDARD[name]!.type, label: STANDARD[name]!.label[lang] }));
  for (const { field } of spec.extras ?? []) {
    const f: TemplateField = { name: field.name, type: field.type, label: field.label[lang] };
    if (field.options) f.options = field.options[lang];
    if (field.default !== undefined) f.default = field.default;
    out.push(f);
  }
  return out;
}

export function builtinId(lang: Lang, kind: PostKindId): string {
  return `builtin:${lang}:${kind}`;
}

let cache: PostTemplate[] | null = null;

/** All shipped templates (Czech first, then English; kinds in menu order). Never mutate them. */
export function builtinTemplates(): readonly PostTemplate[] {
  if (cache) return cache;
  const out: PostTemplate[] = [];
  for (const lang of ['cs', 'en'] as const) {
    for (const spec of SPECS) {
      const { facebook, instagram } = buildTexts(spec, lang);
      out.push({
        id: builtinId(lang, spec.kind),
        lang,
        kind: spec.kind,
        name: spec.name[lang],
        order: POST_KINDS.indexOf(spec.kind) * 10 + (lang === 'en' ? 1000 : 0),
        builtin: true,
        platforms: spec.platforms ?? ['facebook', 'instagram'],
        hashtags: spec.hashtags[lang],
        tagCategories: [...KIND_TAG_CATEGORIES[spec.kind]],
        createdAt: 0,
        updatedAt: 0,
        fields: buildFields(spec, lang),
        facebook,
        instagram,
        emoji: spec.emoji,
        builtinVersion: BUILTIN_VERSION,
      });
    }
  }
  cache = out;
  return out;
}

export function builtinTemplate(lang: Lang, kind: PostKindId): PostTemplate {
  return builtinTemplates().find((t) => t.id === builtinId(lang, kind)) ?? builtinTemplates().find((t) => t.id === builtinId(lang, 'general'))!;
}
