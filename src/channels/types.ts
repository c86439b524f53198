/** Types shared by the channel modules (not by conversation code, which only sees message.ts). */
import type { Logger } from 'pino';
import type { OutboundMessage } from './message';

export type Clock = () => number;
export type ChannelLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;
export type PlatformChannel = 'messenger' | 'zalo';

/** Where a conversation lives; enough to send to it. */
export interface ConversationRef {
  agencyId: string;
  channel: PlatformChannel;
  /** Messenger Page id / Zalo OA id. */
  accountId: string;
  /** PSID / Zalo user id. */
  userId: string;
  conversationId: string;
}

export interface SendJob {
  /** Outbox record id: the idempotency key of the message (also sent as Messenger metadata). */
  id: string;
  target: ConversationRef;
  message: OutboundMessage;
  /** Parts (platform calls) of this message already delivered by an earlier attempt. */
  partsSent: number;
  /** Platform ids of the parts already delivered. */
  platformMessageIds?: string[];
  /** Messenger only: send as MESSAGE_TAG/HUMAN_AGENT (staff message after the 24 h window). */
  humanAgentTag: boolean;
}

export interface SendProgress {
  partsSent: number;
  platformMessageIds: string[];
}

/** Renders an OutboundMessage into platform calls and performs them from `job.partsSent` on. */
export interface ChannelSender {
  readonly channel: PlatformChannel;
  /**
   * Resolves with all platform message ids when every part is delivered; throws SendError otherwise.
   * `onPart` is awaited after each delivered part so a crash never resends it.
   */
  send(job: SendJob, onPart: (progress: SendProgress) => Promise<void>): Promise<string[]>;
  /** Best-effort "typing…" indicator; never throws. */
  typing?(target: ConversationRef): Promise<void>;
}

export const pad = (n: number, width: number): string => String(Math.max(0, Math.floor(n))).padStart(width, '0');
