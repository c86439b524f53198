/**
 * Outbox dispatcher: claims due outbox records (only the head of each conversation's line, so message
 * n+1 never overtakes n), checks the messaging window, sends through the channel's sender, and records
 * sent / retry-with-backoff / failed-with-reason. Leases + unique ids make multi-instance runs safe.
 */
import type { ChannelConfig } from './config';
import type { Conversations } from './conversations';
import { SendError } from './errors';
import { errorSummary } from './loop';
import { targetOf, type Outbox, type OutboxDoc } from './outbox';
import type { ChannelLogger, ChannelSender, Clock, PlatformChannel } from './types';
import { checkWindow } from './windows';

/** Failures only a new access token cures (the messaging window still ends a held reply). */
const CREDENTIALS = new Set(['token_invalid', 'token_refresh_failed']);

export interface DispatcherDeps {
  outbox: Outbox;
  conversations: Conversations;
  senders: Map<PlatformChannel, ChannelSender>;
  config: ChannelConfig;
  clock: Clock;
  logger: ChannelLogger;
  owner: string;
  random?: () => number;
}

export class OutboxDispatcher {
  constructor(private readonly d: DispatcherDeps) {}

  /** Send what is due now; returns the number of records processed. */
  async tick(): Promise<number> {
    const heads = await this.d.outbox.dueHeads(this.d.clock(), this.d.config.sendConcurrency);
    const results = await Promise.all(heads.map((h) => this.deliver(h._id)));
    return results.filter(Boolean).length;
  }

  private async deliver(id: string): Promise<boolean> {
    const { outbox, conversations, senders, config, clock, logger, owner } = this.d;
    const doc = await outbox.claim(id, owner, clock(), config.leaseMs);
    if (!doc) return false;
    const log = { channel: doc.channel, accountId: doc.accountId, outboxId: doc._id, attempt: doc.attempts };

    const sender = senders.get(doc.channel);
    if (!sender) {
      await outbox.markFailed(doc._id, owner, 'no_sender', clock());
      logger.error(log, 'no sender for channel');
      return true;
    }
    const conv = await conversations.get(doc.conversationId);
    const window = checkWindow(doc.channel, doc.message.author, conv?.lastInboundAt, clock(), config.windows, config.messengerHumanAgent);
    if (!window.ok) {
      await outbox.markFailed(doc._id, owner, 'outside_window', clock());
      logger.warn(log, 'reply not sent: outside the messaging window');
      return true;
    }

    try {
      const ids = await sender.send(
        { id: doc._id, target: targetOf(doc), message: doc.message, partsSent: doc.partsSent, platformMessageIds: doc.platformMessageIds, humanAgentTag: window.humanAgentTag },
        (p) => outbox.progress(doc._id, owner, p.partsSent, p.platformMessageIds),
      );
      await outbox.markSent(doc._id, owner, ids, clock());
      await this.rememberChoices(doc);
      logger.info({ ...log, parts: ids.length }, 'reply sent');
    } catch (err) {
      await this.onError(doc, err);
    }
    return true;
  }

  private async onError(doc: OutboxDoc, err: unknown): Promise<void> {
    const { outbox, config, clock, logger, owner } = this.d;
    const e = err instanceof SendError ? err : new SendError('retry', 'unexpected');
    const log = { channel: doc.channel, accountId: doc.accountId, outboxId: doc._id, attempt: doc.attempts, reason: e.reason, code: e.code };
    if (!(err instanceof SendError)) logger.error({ ...log, err: errorSummary(err) }, 'unexpected send failure');
    if (CREDENTIALS.has(e.reason)) {
      // every reply of this account would fail the same way until the officer replaces the token: hold them
      const at = clock() + config.retry.tokenWaitMs;
      await outbox.scheduleRetry(doc._id, owner, at, e.reason);
      logger.error({ ...log, retryInMs: at - clock() }, 'reply held: the access token of this account is invalid; replace it and held replies are sent');
      return;
    }
    if (e.kind === 'retry' && doc.attempts < config.retry.maxAttempts) {
      const at = clock() + this.backoff(doc.attempts, e);
      await outbox.scheduleRetry(doc._id, owner, at, e.reason);
      logger.warn({ ...log, retryInMs: at - clock() }, 'send failed; retry scheduled');
      return;
    }
    const reason = e.kind === 'retry' ? 'retries_exhausted' : e.reason;
    await outbox.markFailed(doc._id, owner, reason, clock());
    logger[e.kind === 'token' ? 'error' : 'warn']({ ...log, reason }, 'send failed permanently');
  }

  /** Exponential backoff with ±50 % jitter; rate limits wait at least `rateLimitMinMs`. */
  private backoff(attempts: number, e: SendError): number {
    const { baseMs, maxMs, rateLimitMinMs } = this.d.config.retry;
    const random = this.d.random ?? Math.random;
    const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
    let delay = Math.round(exp * (0.5 + random()));
    if (e.reason === 'rate_limited') delay = Math.max(delay, rateLimitMinMs);
    if (e.retryAfterMs) delay = Math.max(delay, e.retryAfterMs);
    return delay;
  }

  /** Choices offered last (typed "2" on Zalo); cleared by a message without choices. */
  private async rememberChoices(doc: OutboxDoc): Promise<void> {
    await this.d.conversations.setLastChoices(doc.conversationId, doc.message.choices ?? []);
  }
}
