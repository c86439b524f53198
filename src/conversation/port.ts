import type { InboundMessage, OutboundMessage } from '../channels/message';

/**
 * What channels (and the web chat) call. Platform-free: it receives the internal message type and
 * returns the replies to deliver, in order. An empty array means "say nothing" (e.g. a human owns
 * the conversation, or an unfollow).
 */
export interface ConversationHandler {
  handle(msg: InboundMessage): Promise<OutboundMessage[]>;
}
