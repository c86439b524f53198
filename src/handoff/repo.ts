/** Store access of the handoff room (collections are described in model.ts). */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Attachment, ChannelName } from '../channels/message';
import { DuplicateKeyError, type BaseDoc, type Collection, type Filter, type Store, type Update } from '../store/ports';
import type { AuditDoc, Author, CannedDoc, CaseDoc, EventDoc, HandoffConversationDoc, TranscriptDoc } from './model';

interface CounterDoc extends BaseDoc {
  seq: number;
}

export const EVENT_TTL_SECONDS = 24 * 3600;
const pad = (n: number, w: number) => String(n).padStart(w, '0');

export interface NewMessage {
  author: Author;
  text: string;
  attachments?: Attachment[];
  choices?: { title: string; payload: string }[];
  staffId?: string;
  staffName?: string;
  push?: boolean;
}

export class HandoffRepo {
  readonly conversations: Collection<HandoffConversationDoc>;
  readonly transcript: Collection<TranscriptDoc>;
  readonly cases: Collection<CaseDoc>;
  readonly events: Collection<EventDoc>;
  readonly audit: Collection<AuditDoc>;
  readonly canned: Collection<CannedDoc>;
  private readonly counters: Collection<CounterDoc>;

  constructor(store: Store, private readonly now: () => Date) {
    this.conversations = store.collection<HandoffConversationDoc>('handoff_conversations', [{ fields: { agencyId: 1, conversationId: 1 }, unique: true }]);
    this.transcript = store.collection<TranscriptDoc>('handoff_transcript', [{ fields: { conversationId: 1, seq: 1 }, unique: true }]);
    this.cases = store.collection<CaseDoc>('handoff_cases', [
      { fields: { agencyId: 1, status: 1, queuedAt: 1 } },
      { fields: { conversationId: 1, createdAt: -1 } },
      { fields: { code: 1 } },
    ]);
    this.events = store.collection<EventDoc>('handoff_events', [{ fields: { at: 1 } }, { fields: { expiresAt: 1 }, expireAfterSeconds: 0 }]);
    this.audit = store.collection<AuditDoc>('handoff_audit', [{ fields: { agencyId: 1, at: -1 } }, { fields: { caseId: 1, at: 1 } }]);
    this.canned = store.collection<CannedDoc>('handoff_canned', [{ fields: { agencyId: 1, title: 1 } }]);
    this.counters = store.collection<CounterDoc>('handoff_counters');
  }

  convId(agencyId: string, conversationId: string): string {
    return `${agencyId}:${conversationId}`;
  }

  getConversation(agencyId: string, conversationId: string): Promise<HandoffConversationDoc | null> {
    return this.conversations.findOne({ _id: this.convId(agencyId, conversationId) });
  }

  /** Upserts the conversation record and reserves `count` transcript sequence numbers; returns the doc after the update. */
  async touch(agencyId: string, conversationId: string, channel: ChannelName, count: number, set: Record<string, unknown> = {}): Promise<HandoffConversationDoc> {
    const now = this.now();
    const update: Update = {
      $set: { agencyId, conversationId, channel, updatedAt: now, ...set },
      $inc: { seq: count },
      $setOnInsert: { createdAt: now },
    };
    const doc = await this.conversations.findOneAndUpdate({ _id: this.convId(agencyId, conversationId) }, update, { upsert: true });
    if (!doc) throw new Error('handoff: conversation upsert returned nothing');
    return doc;
  }

  async updateConversation(agencyId: string, conversationId: string, update: Update): Promise<void> {
    await this.conversations.updateOne({ _id: this.convId(agencyId, conversationId) }, update);
  }

  /**
   * Appends messages to a conversation's transcript (sequence numbers from the atomic counter). With a
   * `source` (the platform's message id and a direction), appending the same messages again — a redelivery
   * after a crash — records nothing new.
   */
  async append(agencyId: string, conversationId: string, channel: ChannelName, messages: NewMessage[], set: Record<string, unknown> = {}, source?: string): Promise<{ conv: HandoffConversationDoc; docs: TranscriptDoc[] }> {
    const conv = await this.touch(agencyId, conversationId, channel, messages.length, set);
    const first = conv.seq - messages.length + 1;
    const at = this.now();
    const base = this.convId(agencyId, conversationId);
    const docs: TranscriptDoc[] = messages.map((m, i) => {
      const _id = source ? `${base}#${source}:${i}` : `${base}#${pad(first + i, 8)}`;
      const doc: TranscriptDoc = { _id, agencyId, conversationId, seq: first + i, author: m.author, text: m.text, at };
      if (m.attachments?.length) doc.attachments = m.attachments;
      if (m.choices?.length) doc.choices = m.choices;
      if (m.staffId) doc.staffId = m.staffId;
      if (m.staffName) doc.staffName = m.staffName;
      if (m.push) doc.push = true;
      return doc;
    });
    const added: TranscriptDoc[] = [];
    for (const d of docs) {
      try {
        added.push(await this.transcript.insert(d));
      } catch (e) {
        if (!(source && e instanceof DuplicateKeyError)) throw e; // already recorded by the first delivery
      }
    }
    return { conv, docs: added };
  }

  messages(agencyId: string, conversationId: string, after = 0, limit = 500): Promise<TranscriptDoc[]> {
    return this.transcript.find({ agencyId, conversationId, seq: { $gt: after } }, { sort: { seq: 1 }, limit });
  }

  /** Next value of a named counter (atomic across instances). */
  async next(name: string): Promise<number> {
    const doc = await this.counters.findOneAndUpdate({ _id: name }, { $inc: { seq: 1 }, $setOnInsert: { agencyId: name.split(':')[0] } }, { upsert: true });
    if (!doc) throw new Error('handoff: counter upsert returned nothing');
    return doc.seq;
  }

  getCase(agencyId: string, id: string): Promise<CaseDoc | null> {
    return this.cases.findOne({ _id: id, agencyId });
  }

  openCaseOf(agencyId: string, conversationId: string): Promise<CaseDoc | null> {
    return this.cases.findOne({ agencyId, conversationId, status: { $ne: 'resolved' } }, { sort: { createdAt: -1 } });
  }

  async updateCase(agencyId: string, id: string, filter: Filter, update: Update): Promise<CaseDoc | null> {
    const u: Update = { ...update, $set: { ...(update.$set ?? {}), updatedAt: this.now() } };
    return this.cases.findOneAndUpdate({ ...filter, _id: id, agencyId }, u);
  }

  async event(agencyId: string, type: EventDoc['type'], ids: { caseId?: string; conversationId?: string }): Promise<void> {
    const at = this.now();
    const doc: EventDoc = { _id: `${pad(at.getTime(), 15)}-${randomBytes(6).toString('hex')}`, agencyId, type, at, expiresAt: new Date(at.getTime() + EVENT_TTL_SECONDS * 1000) };
    if (ids.caseId) doc.caseId = ids.caseId;
    if (ids.conversationId) doc.conversationId = ids.conversationId;
    await this.events.insert(doc);
  }

  async record(agencyId: string, actor: { id: string; username: string }, action: AuditDoc['action'], what: { caseId?: string; code?: string; conversationId?: string; detail?: string } = {}): Promise<void> {
    const doc: AuditDoc = { _id: randomUUID(), agencyId, at: this.now(), actor: { id: actor.id, username: actor.username }, action };
    for (const k of ['caseId', 'code', 'conversationId', 'detail'] as const) if (what[k]) doc[k] = what[k];
    await this.audit.insert(doc);
  }
}
