/**
 * The one internal message type. Channel adapters map platform events to InboundMessage and render
 * OutboundMessage to the platform; conversation code never sees a platform field.
 */
export type ChannelName = 'web' | 'zalo' | 'messenger' | 'cli';

export interface Attachment {
  kind: 'image' | 'file' | 'audio' | 'video' | 'sticker' | 'location' | 'link';
  url?: string;
  name?: string;
  latitude?: number;
  longitude?: number;
}

export type InboundKind =
  | 'text'          // typed text
  | 'choice'        // tapped quick reply / postback; payload set, text = the visible title if known
  | 'attachment'    // image/file/location/... (text may hold a caption)
  | 'follow'
  | 'unfollow'
  | 'staff_echo'    // a human staff member answered on the platform itself (Zalo admin_id, Page Inbox)
  | 'staff_release' // the platform's own inbox handed the conversation back to the bot (Messenger thread control)
  | 'unsupported';

export interface InboundMessage {
  agencyId: string;
  channel: ChannelName;
  /** Stable id of the conversation on that channel: e.g. `zalo:<oa_id>:<user_id>`. */
  conversationId: string;
  /** Platform user id (scoped per OA / Page); never logged with message text. */
  userId: string;
  /** Platform message id, used for dedupe. */
  externalId: string;
  kind: InboundKind;
  text?: string;
  payload?: string;   // e.g. "procedure:dang-ky-khai-sinh:fee" or "intent:human"
  attachments?: Attachment[];
  receivedAt: Date;
  /** Page id / OA id the message came through (optional; conversationId already encodes it). */
  accountId?: string;
  /** Platform id of the message this one replies to / quotes (Messenger reply_to.mid, Zalo quote_msg_id). */
  replyToExternalId?: string;
  /**
   * Seen while another app owns the thread (Messenger standby: the Page Inbox is answering): kept in the
   * conversation's record for staff, never answered by the bot.
   */
  observed?: boolean;
  /** staff_echo only: platform id of the staff member (Zalo admin_id) or the app that sent it (Messenger app_id). */
  staffId?: string;
  /**
   * Non-message platform events mapped onto an existing kind:
   * - 'get_started' (kind follow): Messenger Get Started tap
   * - 'referral' (kind follow/choice): thread opened from an m.me link / QR (see `referral`)
   * - 'chat_opened' (kind follow): Zalo user_click_chatnow (first "Nhắn tin" tap)
   * - 'contact_submitted' (kind choice, payload 'contact:submitted'): Zalo user_submit_info (see `contact`)
   * - 'data_withdrawal' (kind unfollow): Zalo user_withdraw — the citizen asks to delete/restrict their data
   */
  systemEvent?: 'get_started' | 'referral' | 'chat_opened' | 'contact_submitted' | 'data_withdrawal' | 'thread_control_back';
  /** Referral data (m.me link `ref`, `source`), when systemEvent is 'get_started' or 'referral'. */
  referral?: { ref?: string; source?: string };
  /** Personal data submitted through Zalo's request-info form. PII: never log. */
  contact?: { name?: string; phone?: string; address?: string; ward?: string; district?: string; city?: string };
}

export interface Choice {
  title: string;      // visible label (keep ≤ 20 chars where possible; adapters shorten for Messenger)
  payload: string;    // "procedure:<id>:<aspect>" | "intent:<intent>" | "choice:<n>" | free text
}

export interface OutboundMessage {
  text: string;
  choices?: Choice[];
  links?: { title: string; url: string }[];
  imageUrl?: string;
  /** Who wrote it: the bot, or a staff member through the console (Messenger HUMAN_AGENT tag). */
  author?: { kind: 'bot' } | { kind: 'staff'; staffId: string };
}
