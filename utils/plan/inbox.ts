/**
 * The inbox: what a citizen, a club or the police sent (an e-mail, a message, an invitation, a
 * partner's post) becomes a draft. A notice-like text goes through the rewriter (its public
 * API only); a message loses its greeting, signature and quoted headers; who sent it is kept
 * locally for the "poděkovat" reminder. A partner's post gets a short intro line and the
 * partner's tag from the tag directory.
 */
import type { DraftSender, TagRecord } from '../db/types';
import { translate, type Lang } from '../i18n/i18n';
import { isPostKind, type PostKindId } from '../kinds';
import { rewriteNotice } from '../rewrite/index';
import type { NewDraft } from './repo';

export type InboxKind = 'citizen' | 'invitation' | 'partner';

export interface InboxInput {
  kind: InboxKind;
  text: string;
  senderName?: string;
  contact?: string;
  /** The partner whose post is shared (tag directory). */
  partner?: Pick<TagRecord, 'name' | 'facebook' | 'instagram'>;
  lang: Lang;
  town?: string;
  hashtags?: string[];
  now?: Date;
}

export const MAX_INBOX_TEXT = 100_000;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
const PHONE = /(?:\+420[ \u00a0]?)?\b\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3}\b/;
const HEADER = /^(?:from|od|to|komu|subject|předmět|date|datum|odesláno|sent|cc|kopie)\s*:/i;
/** A greeting on a line of its own ("Vážený pane starosto,"), not a sentence that starts with one. */
const GREETING = /^(?:dobrý den|dobry den|vážen[ýáíé]|ahoj|zdravím|hello|hi|dear)(?:[ ,]+[\p{L}.]+){0,3}[ ]*[,!]?$/iu;
const SIGN_OFF = /^(?:s pozdravem|s přáním|děkuji|díky|předem děkuji|hezký den|best regards|regards|kind regards|thanks|thank you)\b[^\n]{0,40}$/i;
/** Words that make a text an official notice rather than a message (the rewriter then helps). */
const NOTICE_WORDS = /\b(?:oznamuje|oznámení|upozorňuje|upozornění|obecní úřad|městský úřad|odstávk|přerušen[íaá] dodávky|uzavírk|vyhlášk|svoz|zastupitelstv)/iu;

export interface CleanMessage {
  body: string;
  senderName?: string;
  contact?: string;
}

/** A pasted e-mail or message without its headers, greeting and signature; name and contact taken from them. */
export function cleanMessage(text: string): CleanMessage {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let name: string | undefined;
  let contact: string | undefined;
  const body: string[] = [];
  let signature = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('>')) continue; // quoted earlier mail
    if (HEADER.test(line)) {
      const from = /^(?:from|od)\s*:\s*(.*)$/i.exec(line);
      if (from) {
        const value = from[1]!;
        contact ??= EMAIL.exec(value)?.[0];
        const n = value.replace(/<[^>]*>/g, '').replace(EMAIL, '').replace(/["()]/g, '').trim();
        if (n) name ??= n;
      }
      continue;
    }
    if (signature) {
      if (!line) continue;
      contact ??= EMAIL.exec(line)?.[0] ?? PHONE.exec(line)?.[0];
      // The first short line after the sign-off that is not a contact is the name.
      if (!name && !EMAIL.test(line) && !PHONE.test(line) && line.length <= 40 && /\p{L}/u.test(line)) name = line.replace(/[,.]$/, '');
      continue;
    }
    if (SIGN_OFF.test(line)) {
      signature = true;
      continue;
    }
    if (!body.length && (GREETING.test(line) || !line)) continue;
    body.push(raw.trimEnd());
  }
  const joined = body.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  contact ??= EMAIL.exec(joined)?.[0];
  return { body: joined, senderName: name, contact };
}

export function looksLikeNotice(text: string): boolean {
  return NOTICE_WORDS.test(text);
}

/** The partner as tagged on each network (@name on Facebook, @handle on Instagram). */
export function partnerTag(p: Pick<TagRecord, 'name' | 'facebook' | 'instagram'>, network: 'facebook' | 'instagram'): string {
  if (network === 'instagram') return p.instagram ? `@${p.instagram.replace(/^@/, '')}` : p.name;
  return `@${(p.facebook ?? p.name).replace(/^@/, '')}`;
}

/** The draft an inbox item becomes. */
export function inboxToDraft(input: InboxInput): NewDraft {
  const text = input.text.slice(0, MAX_INBOX_TEXT);
  const sender = (name?: string, contact?: string): DraftSender | undefined => {
    const n = (input.senderName ?? name ?? '').trim();
    const c = (input.contact ?? contact ?? '').trim();
    if (!n && !c) return undefined;
    return c ? { name: n, contact: c } : { name: n };
  };

  if (input.kind === 'partner') {
    const body = text.trim();
    const p = input.partner;
    const fb = p ? translate(input.lang, 'plan_inbox_partnerIntro', { tag: partnerTag(p, 'facebook') }) : translate(input.lang, 'plan_inbox_partnerIntroNoTag');
    const ig = p ? translate(input.lang, 'plan_inbox_partnerIntro', { tag: partnerTag(p, 'instagram') }) : translate(input.lang, 'plan_inbox_partnerIntroNoTag');
    return {
      source: 'partner',
      kind: 'general',
      facebook: `${fb}\n\n${body}`,
      instagram: `${ig}\n\n${body}`,
      sender: sender(p?.name),
    };
  }

  const msg = cleanMessage(text);
  const who = sender(msg.senderName, msg.contact);
  const base = { source: 'citizen' as const, sender: who };
  const kindHint: PostKindId | undefined = input.kind === 'invitation' ? 'event' : undefined;
  if (input.kind === 'invitation' || looksLikeNotice(msg.body)) {
    const opts = { lang: input.lang, kind: kindHint, town: input.town, hashtags: input.hashtags, now: input.now };
    const fb = rewriteNotice(msg.body, { ...opts, platform: 'facebook' });
    if (!fb.error && fb.post.trim()) {
      const ig = rewriteNotice(msg.body, { ...opts, platform: 'instagram', kind: fb.kind });
      return { ...base, kind: isPostKind(fb.kind) ? fb.kind : 'general', facebook: fb.post, instagram: ig.error ? '' : ig.post, notes: msg.body };
    }
  }
  return { ...base, kind: kindHint ?? 'general', facebook: msg.body, instagram: '' };
}
