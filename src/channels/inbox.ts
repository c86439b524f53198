/**
 * Inbox: durable, deduplicated record of every inbound platform event, written by the webhook before it
 * answers 200 and consumed by the worker. `_id` = `${channel}:${accountId}:${platformMessageId}`, so a
 * platform retry (or the same event delivered to two instances) is a DuplicateKeyError, i.e. a no-op.
 */
import { DuplicateKeyError, type BaseDoc, type Collection, type Store } from '../store/ports';
import type { InboundMessage } from './message';
import { pad, type PlatformChannel } from './types';

export type InboxState = 'pending' | 'processing' | 'done' | 'failed';

/** InboundMessage as stored (dates as ms numbers: identical in every store engine). */
export type StoredInbound = Omit<InboundMessage, 'receivedAt'> & { receivedAt: number };

export interface InboxDoc extends BaseDoc {
  channel: PlatformChannel;
  accountId: string;
  conversationId: string;
  userId: string;
  externalId: string;
  state: InboxState;
  /** Sort key within a conversation: platform time, receipt time, position in the batch. */
  order: string;
  receivedAt: number;
  /** Not before (handler retry backoff). */
  availableAt: number;
  leaseUntil: number;
  owner?: string;
  attempts: number;
  /** Removed once processed: the done record is only a dedupe marker (no personal data kept). */
  msg?: StoredInbound;
  error?: string;
  /** TTL anchor for done/failed records (Mongo TTL index; dedupe kept ≥ 7 d > Meta's 36 h retry horizon). */
  doneAt?: Date;
}

export const INBOX_COLLECTION = 'inbox';
const DONE_TTL_SECONDS = 7 * 24 * 3600;

export interface NewInboxEvent {
  msg: InboundMessage;
  /** Platform event time (ms); falls back to receipt time. */
  eventTime?: number;
  /** Position inside a batched delivery. */
  index?: number;
}

export const inboxId = (channel: string, accountId: string, platformMessageId: string): string =>
  `${channel}:${accountId}:${platformMessageId}`;

export class Inbox {
  readonly col: Collection<InboxDoc>;

  constructor(store: Store) {
    this.col = store.collection<InboxDoc>(INBOX_COLLECTION, [
      { fields: { state: 1, availableAt: 1 } },
      { fields: { conversationId: 1, order: 1 } },
      { fields: { doneAt: 1 }, expireAfterSeconds: DONE_TTL_SECONDS },
    ]);
  }

  /** Insert one event; false when it was already there (duplicate delivery). */
  async record(ev: NewInboxEvent): Promise<boolean> {
    const { msg } = ev;
    const receivedAt = msg.receivedAt.getTime();
    const channel = msg.channel as PlatformChannel;
    const accountId = msg.accountId ?? msg.conversationId.split(':')[1] ?? '';
    const doc: InboxDoc = {
      _id: inboxId(channel, accountId, msg.externalId),
      agencyId: msg.agencyId,
      channel,
      accountId,
      conversationId: msg.conversationId,
      userId: msg.userId,
      externalId: msg.externalId,
      state: 'pending',
      order: `${pad(ev.eventTime ?? receivedAt, 15)}:${pad(receivedAt, 15)}:${pad(ev.index ?? 0, 4)}`,
      receivedAt,
      availableAt: 0,
      leaseUntil: 0,
      attempts: 0,
      msg: { ...msg, receivedAt },
    };
    try {
      await this.col.insert(doc);
      return true;
    } catch (err) {
      if (err instanceof DuplicateKeyError) return false;
      throw err;
    }
  }

  private static claimable(now: number) {
    return [{ state: 'pending', availableAt: { $lte: now } }, { state: 'processing', leaseUntil: { $lt: now } }];
  }

  /** One ready event per conversation (the oldest ready one), oldest conversations first. */
  async readyConversations(now: number, limit = 50): Promise<InboxDoc[]> {
    const out: InboxDoc[] = [];
    const seen: string[] = [];
    for (let round = 0; round < 8 && out.length < limit; round++) {
      // Exclude conversations already seen, so one conversation's long backlog cannot hide the others.
      const filter = seen.length ? { $or: Inbox.claimable(now), conversationId: { $nin: seen } } : { $or: Inbox.claimable(now) };
      const docs = await this.col.find(filter, { sort: { order: 1 }, limit });
      if (docs.length === 0) break;
      for (const d of docs) {
        if (seen.includes(d.conversationId)) continue;
        seen.push(d.conversationId);
        out.push(d);
      }
    }
    return out.slice(0, limit);
  }

  /**
   * Claim the oldest unfinished event of a conversation, if it is claimable now. Returns null when the
   * head of the line is leased by someone else or waiting for a retry (order is never skipped).
   */
  async claimNext(conversationId: string, owner: string, now: number, leaseMs: number): Promise<InboxDoc | null> {
    const head = await this.col.findOne({ conversationId, state: { $in: ['pending', 'processing'] } }, { sort: { order: 1 } });
    if (!head) return null;
    return this.col.findOneAndUpdate(
      { _id: head._id, $or: Inbox.claimable(now) },
      { $set: { state: 'processing', leaseUntil: now + leaseMs, owner }, $inc: { attempts: 1 } },
    );
  }

  async complete(id: string, owner: string, now: number): Promise<void> {
    await this.col.updateOne(
      { _id: id, owner, state: 'processing' },
      { $set: { state: 'done', doneAt: new Date(now) }, $unset: { msg: true, error: true } },
    );
  }

  async retryLater(id: string, owner: string, at: number, error: string): Promise<void> {
    await this.col.updateOne({ _id: id, owner, state: 'processing' }, { $set: { state: 'pending', availableAt: at, leaseUntil: 0, error } });
  }

  async fail(id: string, owner: string, now: number, error: string): Promise<void> {
    await this.col.updateOne(
      { _id: id, owner, state: 'processing' },
      { $set: { state: 'failed', error, doneAt: new Date(now) }, $unset: { msg: true } },
    );
  }

  /** Earliest time some unfinished event becomes claimable (for drain); null when nothing is left. */
  async nextWakeAt(): Promise<number | null> {
    const docs = await this.col.find({ state: { $in: ['pending', 'processing'] } });
    if (docs.length === 0) return null;
    return Math.min(...docs.map((d) => (d.state === 'pending' ? d.availableAt : d.leaseUntil)));
  }
}
