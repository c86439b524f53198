/**
 * Inbox worker: claims pending inbox events (one conversation at a time, in order), calls the
 * ConversationHandler, writes the replies to the outbox and marks the event done. Replies get ids derived
 * from the inbox id, so a crash between "outbox written" and "inbox done" never duplicates a reply.
 */
import type { ConversationHandler } from '../conversation/port';
import { resolveChoice } from './choices';
import type { ChannelConfig } from './config';
import type { Conversations } from './conversations';
import type { Inbox, InboxDoc } from './inbox';
import { errorSummary } from './loop';
import type { InboundKind, InboundMessage } from './message';
import type { Outbox } from './outbox';
import type { ChannelLogger, ChannelSender, Clock, ConversationRef, PlatformChannel } from './types';

/** Kinds that (re)open the platform's messaging window. */
const INTERACTIONS: ReadonlySet<InboundKind> = new Set(['text', 'choice', 'attachment', 'follow', 'unsupported']);
const TYPING_KINDS: ReadonlySet<InboundKind> = new Set(['text', 'choice', 'attachment']);
const TYPING_MAX_AGE_MS = 60_000;

export interface WorkerDeps {
  inbox: Inbox;
  outbox: Outbox;
  conversations: Conversations;
  handler: ConversationHandler;
  senders: Map<PlatformChannel, ChannelSender>;
  config: ChannelConfig;
  clock: Clock;
  logger: ChannelLogger;
  owner: string;
}

export class InboxWorker {
  constructor(private readonly d: WorkerDeps) {}

  /** Process what is ready now; returns the number of events handled. */
  async tick(): Promise<number> {
    const { inbox, conversations, clock, config, owner } = this.d;
    let handled = 0;
    for (const head of await inbox.readyConversations(clock())) {
      const ref = refOf(head);
      await conversations.ensure(ref, clock());
      if (!(await conversations.acquire(ref.conversationId, owner, clock(), config.leaseMs))) continue;
      try {
        for (;;) {
          const ev = await inbox.claimNext(ref.conversationId, owner, clock(), config.leaseMs);
          if (!ev) break;
          await this.process(ev, ref);
          handled++;
        }
      } finally {
        await conversations.release(ref.conversationId, owner);
      }
    }
    return handled;
  }

  private async process(ev: InboxDoc, ref: ConversationRef): Promise<void> {
    const { inbox, outbox, conversations, handler, config, clock, logger, owner } = this.d;
    const log = { channel: ev.channel, accountId: ev.accountId, inboxId: ev._id };
    if (!ev.msg) {
      await inbox.complete(ev._id, owner, clock());
      return;
    }
    let msg: InboundMessage = { ...ev.msg, receivedAt: new Date(ev.msg.receivedAt) };
    if (INTERACTIONS.has(msg.kind)) await conversations.touchInbound(ref.conversationId, ev.msg.receivedAt);
    const conv = await conversations.get(ref.conversationId);
    msg = resolveChoice(msg, conv?.lastChoices);
    await this.typing(msg, ref);

    let replies;
    try {
      replies = await handler.handle(msg);
    } catch (err) {
      const now = clock();
      if (ev.attempts >= config.handlerMaxAttempts) {
        logger.error({ ...log, err: errorSummary(err) }, 'handler failed; giving up on inbound event');
        await inbox.fail(ev._id, owner, now, 'handler_error');
      } else {
        logger.warn({ ...log, attempt: ev.attempts, err: errorSummary(err) }, 'handler failed; will retry');
        await inbox.retryLater(ev._id, owner, now + config.retry.baseMs * 2 ** (ev.attempts - 1), 'handler_error');
      }
      return;
    }
    const queued = await outbox.enqueue(ref, replies, ev._id, ev.order, clock());
    await inbox.complete(ev._id, owner, clock());
    logger.info({ ...log, kind: msg.kind, replies: replies.length, queued: queued.length }, 'inbound event handled');
  }

  private async typing(msg: InboundMessage, ref: ConversationRef): Promise<void> {
    const sender = this.d.senders.get(ref.channel);
    if (!this.d.config.typingIndicator || !sender?.typing || !TYPING_KINDS.has(msg.kind) || msg.observed) return;
    if (this.d.clock() - msg.receivedAt.getTime() > TYPING_MAX_AGE_MS) return;
    await sender.typing(ref);
  }
}

const refOf = (d: InboxDoc): ConversationRef => ({
  agencyId: d.agencyId,
  channel: d.channel,
  accountId: d.accountId,
  userId: d.userId,
  conversationId: d.conversationId,
});
