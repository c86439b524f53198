/**
 * Outbox: every reply to deliver, written by the worker (or `enqueue` for staff messages) and drained by
 * the dispatcher. Ids are deterministic (`${sourceId}#${index}`), so reprocessing an inbox event after a
 * crash never creates a second copy; per-conversation `order` keeps replies in sequence.
 */
import { DuplicateKeyError, type BaseDoc, type Collection, type Store } from '../store/ports';
import type { OutboundMessage } from './message';
import { pad, type ConversationRef, type PlatformChannel } from './types';

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxDoc extends BaseDoc {
  channel: PlatformChannel;
  accountId: string;
  userId: string;
  conversationId: string;
  order: string;
  state: OutboxState;
  message: OutboundMessage;
  partsSent: number;
  platformMessageIds: string[];
  attempts: number;
  nextAttemptAt: number;
  leaseUntil: number;
  owner?: string;
  createdAt: number;
  sentAt?: number;
  /** Last transient error (code only). */
  lastError?: string;
  /** Why it was given up (e.g. 'outside_window', 'user_unavailable', 'token_invalid', 'retries_exhausted'). */
  reason?: string;
  finishedAt?: Date;
}

export const OUTBOX_COLLECTION = 'outbox';
const FINISHED_TTL_SECONDS = 30 * 24 * 3600;

export const targetOf = (d: OutboxDoc): ConversationRef => ({
  agencyId: d.agencyId,
  channel: d.channel,
  accountId: d.accountId,
  userId: d.userId,
  conversationId: d.conversationId,
});

export class Outbox {
  readonly col: Collection<OutboxDoc>;

  constructor(store: Store) {
    this.col = store.collection<OutboxDoc>(OUTBOX_COLLECTION, [
      { fields: { state: 1, nextAttemptAt: 1 } },
      { fields: { conversationId: 1, order: 1 } },
      { fields: { finishedAt: 1 }, expireAfterSeconds: FINISHED_TTL_SECONDS },
    ]);
  }

  /**
   * Queue messages for one conversation. `sourceId` is the idempotency key (inbox event id, or the
   * caller's key); `orderPrefix` places them in the conversation's sequence. Returns ids newly queued.
   */
  async enqueue(target: ConversationRef, messages: OutboundMessage[], sourceId: string, orderPrefix: string, now: number): Promise<string[]> {
    const created: string[] = [];
    for (const [i, message] of messages.entries()) {
      const doc: OutboxDoc = {
        ...target,
        _id: `${sourceId}#${i}`,
        order: `${orderPrefix}:${pad(i, 4)}`,
        state: 'pending',
        message,
        partsSent: 0,
        platformMessageIds: [],
        attempts: 0,
        nextAttemptAt: 0,
        leaseUntil: 0,
        createdAt: now,
      };
      try {
        await this.col.insert(doc);
        created.push(doc._id);
      } catch (err) {
        if (!(err instanceof DuplicateKeyError)) throw err;
      }
    }
    return created;
  }

  private static claimable(now: number) {
    return [{ state: 'pending', nextAttemptAt: { $lte: now } }, { state: 'sending', leaseUntil: { $lt: now } }];
  }

  /**
   * Due records that are the head of their conversation's line (nothing earlier still unsent). Conversations
   * already looked at are excluded from the next query, so a long blocked line cannot starve the others.
   */
  async dueHeads(now: number, limit: number): Promise<OutboxDoc[]> {
    const heads: OutboxDoc[] = [];
    const seen: string[] = [];
    for (let round = 0; round < 8 && heads.length < limit; round++) {
      const filter = seen.length ? { $or: Outbox.claimable(now), conversationId: { $nin: seen } } : { $or: Outbox.claimable(now) };
      const due = await this.col.find(filter, { sort: { order: 1 }, limit: limit * 4 });
      if (due.length === 0) break;
      for (const d of due) {
        if (seen.includes(d.conversationId)) continue;
        seen.push(d.conversationId);
        const earlier = await this.col.count({ conversationId: d.conversationId, order: { $lt: d.order }, state: { $in: ['pending', 'sending'] } });
        if (earlier === 0) heads.push(d);
        if (heads.length >= limit) break;
      }
    }
    return heads;
  }

  claim(id: string, owner: string, now: number, leaseMs: number): Promise<OutboxDoc | null> {
    return this.col.findOneAndUpdate(
      { _id: id, $or: Outbox.claimable(now) },
      { $set: { state: 'sending', leaseUntil: now + leaseMs, owner }, $inc: { attempts: 1 } },
    );
  }

  async progress(id: string, owner: string, partsSent: number, platformMessageIds: string[]): Promise<void> {
    await this.col.updateOne({ _id: id, owner, state: 'sending' }, { $set: { partsSent, platformMessageIds } });
  }

  async markSent(id: string, owner: string, platformMessageIds: string[], now: number): Promise<void> {
    await this.col.updateOne(
      { _id: id, owner, state: 'sending' },
      { $set: { state: 'sent', platformMessageIds, sentAt: now, finishedAt: new Date(now), leaseUntil: 0 }, $unset: { lastError: true } },
    );
  }

  async scheduleRetry(id: string, owner: string, at: number, error: string): Promise<void> {
    await this.col.updateOne({ _id: id, owner, state: 'sending' }, { $set: { state: 'pending', nextAttemptAt: at, leaseUntil: 0, lastError: error } });
  }

  async markFailed(id: string, owner: string, reason: string, now: number): Promise<void> {
    await this.col.updateOne(
      { _id: id, owner, state: 'sending' },
      { $set: { state: 'failed', reason, finishedAt: new Date(now), leaseUntil: 0 } },
    );
  }

  /**
   * Earliest time an unfinished record can be sent (for drain); null when nothing is left. A record waits
   * at least for the head of its conversation's line, so a held head holds its whole line.
   */
  async nextWakeAt(): Promise<number | null> {
    const docs = await this.col.find({ state: { $in: ['pending', 'sending'] } }, { sort: { order: 1 } });
    if (docs.length === 0) return null;
    const heads = new Map<string, OutboxDoc>();
    for (const d of docs) if (!heads.has(d.conversationId)) heads.set(d.conversationId, d);
    return Math.min(...[...heads.values()].map((d) => (d.state === 'pending' ? d.nextAttemptAt : d.leaseUntil)));
  }
}
