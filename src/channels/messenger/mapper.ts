/** Messenger webhook event → InboundMessage (or a reason to ignore it). Pure function. */
import type { MessengerAccount } from '../accounts';
import type { Attachment, InboundMessage } from '../message';
import { stableHash } from '../signature';
import { messengerEventSchema, type MessengerAttachment, type MessengerEvent } from './schema';

/** Meta's Page Inbox / Business Suite app: echoes from it are human staff replies. */
export const PAGE_INBOX_APP_ID = '263902037430900';
/** Prefix of the `metadata` we attach to every send: its echo is ours. */
export const OUR_METADATA_PREFIX = 'motcua:';

export type MapResult = { msg: InboundMessage; eventTime?: number } | { ignore: string };

export interface MapContext {
  account: MessengerAccount;
  /** Event came in `standby[]` (another app owns the thread). */
  standby: boolean;
  receivedAt: Date;
  getStartedPayload: string;
}

/** A payload-looking ref ("procedure:x:y", "intent:human") opens the thread on that choice. */
const looksLikePayload = (ref: string | undefined): ref is string => !!ref && /^[a-z][\w-]*:\S+$/i.test(ref);

export function mapMessengerEvent(raw: unknown, ctx: MapContext): MapResult {
  const parsed = messengerEventSchema.safeParse(raw);
  if (!parsed.success) return { ignore: 'invalid_event' };
  const ev = parsed.data;
  const { account } = ctx;
  const echo = ev.message?.is_echo === true;
  const userId = echo ? ev.recipient.id : ev.sender.id;
  const base = {
    agencyId: account.agencyId,
    channel: 'messenger' as const,
    accountId: account.pageId,
    conversationId: `messenger:${account.pageId}:${userId}`,
    userId,
    receivedAt: ctx.receivedAt,
  };
  const eventTime = ev.timestamp;
  const externalId = ev.message?.mid ?? ev.postback?.mid ?? `h:${stableHash(JSON.stringify(raw))}`;
  const out = (m: Omit<InboundMessage, keyof typeof base | 'externalId'>): MapResult => ({ msg: { ...base, externalId, ...m }, eventTime });

  if (ev.message && echo) {
    const m = ev.message;
    const ours = (account.appId !== undefined && m.app_id === account.appId) || (m.metadata ?? '').startsWith(OUR_METADATA_PREFIX);
    if (ours) return { ignore: 'own_echo' };
    // Page Inbox (263902037430900) or another app: a human (or another tool) answered on the platform.
    return out({ kind: 'staff_echo', text: m.text, staffId: m.app_id ?? PAGE_INBOX_APP_ID, attachments: attachmentsOf(m.attachments) });
  }
  if (ctx.standby) {
    // another app (the Page Inbox) owns the thread: keep what the citizen wrote, answer nothing
    if (!ev.message) return { ignore: 'standby' };
    const attachments = attachmentsOf(ev.message.attachments, ev.message.sticker_id);
    if (attachments?.length) return out({ kind: 'attachment', text: ev.message.text, attachments, observed: true });
    if (ev.message.text !== undefined) return out({ kind: 'text', text: ev.message.text, observed: true });
    return { ignore: 'standby' };
  }

  if (ev.message) {
    const m = ev.message;
    const replyTo = m.reply_to?.mid;
    if (m.quick_reply) return out({ kind: 'choice', payload: m.quick_reply.payload, text: m.text, replyToExternalId: replyTo });
    const attachments = attachmentsOf(m.attachments, m.sticker_id);
    if (attachments?.length) return out({ kind: 'attachment', text: m.text, attachments, replyToExternalId: replyTo });
    if (m.text !== undefined) return out({ kind: 'text', text: m.text, replyToExternalId: replyTo });
    return out({ kind: 'unsupported' });
  }
  if (ev.postback) {
    const p = ev.postback;
    if (!p.payload) return { ignore: 'postback_without_payload' };
    const referral = p.referral ? { ref: p.referral.ref, source: p.referral.source } : undefined;
    if (p.payload === ctx.getStartedPayload) {
      if (looksLikePayload(referral?.ref)) return out({ kind: 'choice', payload: referral.ref, systemEvent: 'get_started', referral });
      return out({ kind: 'follow', payload: p.payload, systemEvent: 'get_started', referral });
    }
    return out({ kind: 'choice', payload: p.payload, text: p.title, referral });
  }
  if (ev.referral) {
    const referral = { ref: ev.referral.ref, source: ev.referral.source };
    if (looksLikePayload(referral.ref)) return out({ kind: 'choice', payload: referral.ref, systemEvent: 'referral', referral });
    return out({ kind: 'follow', systemEvent: 'referral', referral });
  }
  if (ev.delivery !== undefined) return { ignore: 'delivery' };
  if (ev.read !== undefined) return { ignore: 'read' };
  if (ev.reaction !== undefined) return { ignore: 'reaction' };
  // Conversation routing: the Page Inbox taking the thread means staff answer there (the bot stays silent);
  // the thread passed back to our app means the bot may answer again.
  const ourApp = account.appId !== undefined ? String(account.appId) : undefined;
  if (ev.take_thread_control !== undefined) {
    const owner = ev.take_thread_control.new_owner_app_id;
    if (owner !== undefined && owner === ourApp) return { ignore: 'handover' };
    return out({ kind: 'staff_echo', staffId: owner ?? PAGE_INBOX_APP_ID });
  }
  if (ev.pass_thread_control !== undefined) {
    const owner = ev.pass_thread_control.new_owner_app_id;
    if (ourApp !== undefined && owner === ourApp) return out({ kind: 'staff_release', systemEvent: 'thread_control_back' });
    return out({ kind: 'staff_echo', staffId: owner ?? PAGE_INBOX_APP_ID });
  }
  if (ev.request_thread_control !== undefined) return { ignore: 'handover' };
  return { ignore: 'unknown_event' };
}

function attachmentsOf(list: MessengerAttachment[] | undefined, stickerId?: string): Attachment[] | undefined {
  if (!list?.length) return undefined;
  return list.map((a): Attachment => {
    const url = a.payload?.url ?? a.url;
    if (a.type === 'sticker' || (a.type === 'image' && (a.payload?.sticker_id ?? stickerId))) return { kind: 'sticker', url };
    if (a.type === 'image' || a.type === 'audio' || a.type === 'video' || a.type === 'file') return { kind: a.type, url };
    if (a.type === 'location' && a.payload?.coordinates) {
      return { kind: 'location', latitude: a.payload.coordinates.lat, longitude: a.payload.coordinates.long };
    }
    return { kind: 'link', url, name: a.payload?.title ?? a.title };
  });
}
