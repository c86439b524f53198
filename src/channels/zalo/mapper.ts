/** Zalo OA webhook event → InboundMessage (or a reason to ignore it). Pure function. */
import type { ZaloAccount } from '../accounts';
import type { Attachment, InboundMessage } from '../message';
import type { ZaloEvent } from './schema';

export type MapResult = { msg: InboundMessage; eventTime?: number } | { ignore: string };

export interface MapContext {
  account: ZaloAccount;
  receivedAt: Date;
  /** Stable id for events without msg_id (hash of the raw body; retries resend identical bytes). */
  rawHash: string;
}

/**
 * An anonymous chatter's "user id" in MotCua: the anonymous id and the conversation id Zalo needs to reply,
 * in one string (`anon:<anonymous_id>:<conversation_id>`).
 */
export const anonymousUserId = (anonymousId: string, conversationId: string): string => `anon:${anonymousId}:${conversationId}`;
export function parseAnonymousUserId(userId: string): { anonymousId: string; conversationId: string } | null {
  const m = /^anon:([^:]+):([^:]+)$/.exec(userId);
  return m ? { anonymousId: m[1], conversationId: m[2] } : null;
}

/** Button payloads are sent back as text prefixed with '#', e.g. "#procedure:dang-ky-khai-sinh:fee". */
export const BUTTON_PAYLOAD = /^#([a-z][\w-]*:\S+)$/i;

const ATTACHMENT_KINDS: Record<string, Attachment['kind']> = {
  image: 'image',
  gif: 'image',
  file: 'file',
  audio: 'audio',
  voice: 'audio',
  video: 'video',
  sticker: 'sticker',
  location: 'location',
  link: 'link',
};

export function mapZaloEvent(ev: ZaloEvent, ctx: MapContext): MapResult {
  const { account } = ctx;
  const name = ev.event_name;
  const eventTime = ev.timestamp !== undefined && /^\d+$/.test(ev.timestamp) ? Number(ev.timestamp) : undefined;
  const build = (userId: string | undefined, m: Omit<InboundMessage, 'agencyId' | 'channel' | 'conversationId' | 'userId' | 'externalId' | 'receivedAt'>): MapResult => {
    if (!userId) return { ignore: 'no_user' };
    return {
      msg: {
        agencyId: account.agencyId,
        channel: 'zalo',
        accountId: account.oaId,
        conversationId: `zalo:${account.oaId}:${userId}`,
        userId,
        externalId: ev.message?.msg_id ?? `h:${ctx.rawHash}`,
        receivedAt: ctx.receivedAt,
        ...m,
      },
      eventTime,
    };
  };
  const quote = ev.message?.quote_msg_id;

  switch (name) {
    case 'user_send_text': {
      const text = ev.message?.text ?? '';
      const button = BUTTON_PAYLOAD.exec(text.trim());
      if (button) return build(ev.sender?.id, { kind: 'choice', payload: button[1], replyToExternalId: quote });
      return build(ev.sender?.id, { kind: 'text', text, replyToExternalId: quote });
    }
    case 'follow':
      return build(ev.follower?.id, { kind: 'follow' });
    case 'unfollow':
      return build(ev.follower?.id, { kind: 'unfollow' });
    case 'user_click_chatnow':
      return build(ev.user_id, { kind: 'follow', systemEvent: 'chat_opened' });
    case 'user_withdraw':
      return build(ev.user_id, { kind: 'unfollow', systemEvent: 'data_withdrawal' });
    case 'user_submit_info': {
      const i = ev.info ?? {};
      const contact = { name: i.name, phone: i.phone, address: i.address, ward: i.ward, district: i.district, city: i.city };
      return build(ev.sender?.id, { kind: 'choice', payload: 'contact:submitted', systemEvent: 'contact_submitted', contact });
    }
    case 'user_received_message':
    case 'user_seen_message':
    case 'user_reacted_message':
      return { ignore: 'receipt' };
  }
  if (name.startsWith('oa_send_')) {
    // Typed by staff in OA Manager (admin_id) → human takeover signal. Without admin_id: our own API send.
    if (!ev.sender?.admin_id) return { ignore: 'own_echo' };
    return build(ev.recipient?.id, { kind: 'staff_echo', text: ev.message?.text, staffId: ev.sender.admin_id, attachments: attachmentsOf(ev) });
  }
  if (name.startsWith('anonymous_')) {
    // anonymous chat (no Zalo user id): a reply needs both the anonymous id and the conversation id
    const anonymous = ev.sender?.id && ev.message?.conversation_id ? anonymousUserId(ev.sender.id, ev.message.conversation_id) : undefined;
    if (name === 'anonymous_send_text') return build(anonymous, { kind: 'text', text: ev.message?.text ?? '' });
    const attachments = attachmentsOf(ev);
    if (attachments?.length) return build(anonymous, { kind: 'attachment', text: ev.message?.text, attachments });
    return build(anonymous, { kind: 'unsupported', text: ev.message?.text });
  }
  if (name.startsWith('user_send_')) {
    const attachments = attachmentsOf(ev);
    if (attachments?.length) return build(ev.sender?.id, { kind: 'attachment', text: ev.message?.text, attachments, replyToExternalId: quote });
    return build(ev.sender?.id, { kind: 'unsupported', text: ev.message?.text });
  }
  return { ignore: 'unknown_event' };
}

function attachmentsOf(ev: ZaloEvent): Attachment[] | undefined {
  const list = ev.message?.attachments;
  if (!list?.length) return undefined;
  return list.map((a): Attachment => {
    const kind = ATTACHMENT_KINDS[a.type] ?? 'file';
    const p = a.payload ?? {};
    if (kind === 'location' && p.coordinates) return { kind, latitude: p.coordinates.latitude, longitude: p.coordinates.longitude };
    return { kind, url: p.url, name: p.name ?? p.description };
  });
}
