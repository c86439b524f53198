/**
 * Per-conversation channel state: last inbound time (messaging windows), the choices last offered
 * (typed "2" → second choice on Zalo) and a lease so only one worker handles a conversation at a time.
 */
import { DuplicateKeyError, type BaseDoc, type Collection, type Store } from '../store/ports';
import type { Choice } from './message';
import type { ConversationRef } from './types';

export interface ConversationDoc extends BaseDoc, ConversationRef {
  /** ms epoch of the citizen's last message/interaction (0 = none yet). */
  lastInboundAt: number;
  lockUntil: number;
  lockOwner?: string;
  lastChoices?: Choice[];
  createdAt: number;
}

export const CONVERSATIONS_COLLECTION = 'channel_conversations';

export class Conversations {
  private readonly col: Collection<ConversationDoc>;
  private readonly known = new Set<string>();

  constructor(store: Store) {
    this.col = store.collection<ConversationDoc>(CONVERSATIONS_COLLECTION, [{ fields: { lockUntil: 1 } }]);
  }

  async ensure(ref: ConversationRef, now: number): Promise<void> {
    if (this.known.has(ref.conversationId)) return;
    try {
      await this.col.insert({ ...ref, _id: ref.conversationId, lastInboundAt: 0, lockUntil: 0, createdAt: now });
    } catch (err) {
      if (!(err instanceof DuplicateKeyError)) throw err;
    }
    this.known.add(ref.conversationId);
  }

  get(conversationId: string): Promise<ConversationDoc | null> {
    return this.col.findOne({ _id: conversationId });
  }

  async acquire(conversationId: string, owner: string, now: number, leaseMs: number): Promise<boolean> {
    const doc = await this.col.findOneAndUpdate(
      { _id: conversationId, lockUntil: { $lt: now } },
      { $set: { lockUntil: now + leaseMs, lockOwner: owner } },
    );
    return doc !== null;
  }

  async release(conversationId: string, owner: string): Promise<void> {
    await this.col.updateOne({ _id: conversationId, lockOwner: owner }, { $set: { lockUntil: 0 } });
  }

  /** Record an inbound interaction (monotonic). */
  async touchInbound(conversationId: string, at: number): Promise<void> {
    await this.col.updateOne({ _id: conversationId, lastInboundAt: { $lt: at } }, { $set: { lastInboundAt: at } });
  }

  async setLastChoices(conversationId: string, choices: Choice[]): Promise<void> {
    await this.col.updateOne({ _id: conversationId }, { $set: { lastChoices: choices } });
  }
}
