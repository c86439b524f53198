/**
 * The handoff room's logic: transcript keeping, complaint intake and tickets, the human queue (bot silent
 * while a person owns the conversation), holding and out-of-hours messages, staff actions, status lookup.
 *
 * Who answers a conversation is decided by `handoff_conversations.mode` (written atomically by staff actions);
 * the `before` hook copies it into the engine's ConversationState each turn, so a take-over or hand-back made on
 * any instance wins over a state the engine loaded a moment earlier.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { AccountService, User } from '../accounts/users';
import type { WindowPolicy } from '../channels/config';
import type { InboundMessage, OutboundMessage } from '../channels/message';
import type { DeliveryPort } from '../context';
import type { AgencyProfile } from '../conversation/agency';
import type { HandoffHooks, TurnResult } from '../conversation/engine';
import type { ConversationState } from '../conversation/state';
import { extractReceiptCode } from '../understanding/receipt';
import { fold, startIntake, stepIntake } from './intake';
import type { Author, CaseDoc, CaseStatus, ComplaintData, HandoffConversationDoc, StaffRef, TranscriptDoc } from './model';
import { isOpen, localYear, type OfficeHours } from './office-hours';
import type { HandoffRepo, NewMessage } from './repo';
import type { StatusLookup } from './status';
import { T } from './texts';
import { windowInfo, type WindowInfo } from './windows';

export interface HandoffOptions {
  /** Holding message after this long without anyone taking a queued conversation (office hours only). */
  holdingMs: number;
  /** How often the holding check runs. */
  checkIntervalMs: number;
  /** How often an instance polls the events collection for its open consoles. */
  eventsPollMs: number;
  officeHours: OfficeHours;
  windows: WindowPolicy;
  messengerHumanAgent: boolean;
  /** "Window closes soon" warning threshold. */
  windowWarnMs: number;
  /** An unfinished complaint intake is dropped after this long. */
  intakeMaxMs: number;
}

export class HandoffError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** The marker that a message's handoff effects are stored, with the replies they produced (see `handled`). */
const handledBy = (msg: InboundMessage, replies: OutboundMessage[]) => ({ id: msg.externalId, replies });

const INTERACTIONS = new Set<InboundMessage['kind']>(['text', 'choice', 'attachment', 'unsupported', 'follow']);
const CITIZEN_MESSAGES = new Set<InboundMessage['kind']>(['text', 'choice', 'attachment', 'unsupported']);
const CANCEL_HUMAN = new Set(['huy', 'huy yeu cau', 'huy gap can bo', 'khong can nua', 'thoi', 'cancel']);

export interface QueueItem {
  id: string;
  conversationId: string;
  code?: string;
  kind: CaseDoc['kind'];
  channel: CaseDoc['channel'];
  status: CaseStatus;
  human: boolean;
  assignee?: StaffRef;
  queuedAt: Date;
  closedAt?: Date;
  /** Since when the citizen waits for a person (null: nobody is waiting). */
  waitingSince: Date | null;
  window: WindowInfo | null;
  preview?: string;
}

const refOf = (u: User): StaffRef => ({ id: u.id, username: u.username, name: u.displayName });

export class HandoffService {
  readonly hooks: HandoffHooks;
  /** The conversation record loaded by `before`, handed to `after` of the same turn. */
  private readonly turnConv = new WeakMap<InboundMessage, HandoffConversationDoc>();

  constructor(
    readonly repo: HandoffRepo,
    private readonly deps: {
      delivery: DeliveryPort;
      accounts: AccountService;
      status: StatusLookup;
      agency: (agencyId: string) => AgencyProfile;
      logger: Logger;
      now: () => Date;
    },
    readonly options: HandoffOptions,
  ) {
    this.hooks = { before: (m, s) => this.before(m, s), after: (m, s, r, replies) => this.after(m, s, r, replies), observe: (m) => this.observe(m) };
  }

  private get now(): Date {
    return this.deps.now();
  }

  // ---------------------------------------------------------------- conversation hooks

  async before(msg: InboundMessage, state: ConversationState): Promise<OutboundMessage[] | null> {
    const { repo } = this;
    const entry = inboundEntry(msg);
    const set = INTERACTIONS.has(msg.kind) ? { lastInboundAt: msg.receivedAt } : {};
    let { conv } = await repo.append(msg.agencyId, msg.conversationId, msg.channel, entry ? [entry] : [], set, `in:${msg.externalId}`);
    this.turnConv.set(msg, conv);
    if (conv.mode) state.mode = conv.mode;

    if (msg.kind === 'staff_release') {
      // the platform's inbox handed the thread back: the bot answers again
      if (conv.mode === 'human') await repo.updateConversation(msg.agencyId, msg.conversationId, { $set: { mode: 'bot' } });
      state.mode = 'bot';
      return null;
    }
    if (msg.kind === 'staff_echo') {
      // a person answered on the platform itself (OA Manager, Page Inbox): the engine switches to human mode
      if (conv.mode !== 'human') await repo.updateConversation(msg.agencyId, msg.conversationId, { $set: { mode: 'human' } });
      return null;
    }
    if (!CITIZEN_MESSAGES.has(msg.kind)) return null;
    // redelivered after a crash: its effects are stored, give the same replies again
    if (conv.handled?.id === msg.externalId) return conv.handled.replies;

    if (conv.intake) {
      const tapped = msg.payload && /^(intent|procedure):/.test(msg.payload); // a button of an earlier answer
      const stale = this.now.getTime() - new Date(conv.intake.startedAt).getTime() > this.options.intakeMaxMs;
      if (tapped || stale) {
        await repo.updateConversation(msg.agencyId, msg.conversationId, { $unset: { intake: '' } });
        conv = { ...conv, intake: undefined };
        this.turnConv.set(msg, conv);
      } else {
        const outcome = stepIntake(conv.intake, msg);
        if (outcome.kind === 'continue') {
          await repo.updateConversation(msg.agencyId, msg.conversationId, { $set: { intake: outcome.state, handled: handledBy(msg, outcome.replies) } });
          return outcome.replies;
        }
        if (outcome.kind === 'cancelled') {
          await repo.updateConversation(msg.agencyId, msg.conversationId, { $unset: { intake: '' }, $set: { handled: handledBy(msg, outcome.replies) } });
          this.deps.logger.info({ channel: msg.channel }, 'complaint intake cancelled');
          return outcome.replies;
        }
        const { caseId, replies } = await this.createTicket(msg, outcome.data);
        this.turnConv.set(msg, { ...conv, intake: undefined, caseId });
        return replies;
      }
    }

    if (state.mode === 'human') {
      const c = conv.caseId ? await repo.getCase(msg.agencyId, conv.caseId) : null;
      if (!c || c.status === 'resolved' || !c.human) return null; // human mode from the platform itself: the engine stays silent
      if (!c.assignee && msg.text && CANCEL_HUMAN.has(fold(msg.text))) {
        // a person request is then done; a complaint ticket stays open (the citizen only withdrew the chat request)
        await this.release(c, c.kind === 'human' ? 'Người dân hủy yêu cầu' : undefined);
        state.mode = 'bot';
        this.deps.logger.info({ caseId: c._id, channel: c.channel }, 'handoff request cancelled by the citizen');
        return [T.humanCancelled()];
      }
      await repo.updateCase(c.agencyId, c._id, {}, { $set: { lastCitizenAt: this.now, ...(c.status === 'waiting' ? { status: 'in_progress' } : {}) } });
      if (!c.assignee && !isOpen(this.options.officeHours, this.now) && !c.outOfHoursSentAt) {
        const won = await repo.updateCase(c.agencyId, c._id, { outOfHoursSentAt: { $exists: false } }, { $set: { outOfHoursSentAt: this.now } });
        if (won) return [T.outOfHours(this.deps.agency(msg.agencyId))];
      }
      return [];
    }
    return null;
  }

  /** A citizen message answered elsewhere (the Page Inbox owns the thread): into the transcript for staff. */
  async observe(msg: InboundMessage): Promise<void> {
    const entry = inboundEntry(msg);
    if (!entry) return;
    const { conv } = await this.repo.append(msg.agencyId, msg.conversationId, msg.channel, [entry], { lastInboundAt: msg.receivedAt }, `in:${msg.externalId}`);
    if (conv.caseId) await this.repo.event(msg.agencyId, 'message', { caseId: conv.caseId, conversationId: msg.conversationId });
  }

  async after(msg: InboundMessage, state: ConversationState, result: TurnResult | null, replies: OutboundMessage[]): Promise<OutboundMessage[]> {
    const { repo } = this;
    let conv = this.turnConv.get(msg) ?? (await repo.getConversation(msg.agencyId, msg.conversationId));
    this.turnConv.delete(msg);
    let out = replies;
    let caseId = conv?.caseId;
    if (result) {
      switch (result.parse.intent) {
        case 'complaint':
          if (!conv?.intake && msg.kind !== 'staff_echo') {
            const started = startIntake(msg.text, this.now, { noAttachments: msg.channel === 'cli' });
            await repo.updateConversation(msg.agencyId, msg.conversationId, { $set: { intake: started.state, handled: handledBy(msg, started.replies) } });
            out = started.replies;
            this.deps.logger.info({ channel: msg.channel }, 'complaint intake started');
          }
          break;
        case 'human': {
          const r = await this.requestHuman(msg);
          state.mode = 'human';
          caseId = r.caseId;
          out = r.replies;
          break;
        }
        case 'status':
        case 'out_of_scope': {
          const code = msg.text ? extractReceiptCode(msg.text) : null;
          if (code) out = [await this.statusReply(msg.agencyId, code)];
          break;
        }
      }
    }
    if (out.length) {
      ({ conv } = await repo.append(
        msg.agencyId,
        msg.conversationId,
        msg.channel,
        out.map((m) => ({ author: 'bot' as const, text: m.text, ...(m.choices?.length ? { choices: m.choices.map((c) => ({ title: c.title, payload: c.payload })) } : {}) })),
        {},
        `out:${msg.externalId}`,
      ));
      caseId = conv.caseId ?? caseId;
    }
    if (caseId) await repo.event(msg.agencyId, 'message', { caseId, conversationId: msg.conversationId });
    return out;
  }

  private async statusReply(agencyId: string, code: string): Promise<OutboundMessage> {
    const agency = this.deps.agency(agencyId);
    try {
      const r = await this.deps.status.lookup(agencyId, code);
      return r.found ? T.statusFound(r.record) : T.statusUnknown(code, agency);
    } catch (err) {
      this.deps.logger.warn({ err: { name: (err as Error)?.name } }, 'status lookup failed');
      return T.statusUnavailable(agency);
    }
  }

  /** The complaint's ticket (created once per message, even when the message is delivered again) and its reply. */
  private async createTicket(msg: InboundMessage, data: ComplaintData): Promise<{ caseId: string; replies: OutboundMessage[] }> {
    // the same last answer delivered again after a crash: the ticket it created, not a second one
    const earlier = await this.repo.cases.findOne({ agencyId: msg.agencyId, conversationId: msg.conversationId, source: msg.externalId });
    const c = earlier ?? (await this.insertTicket(msg, data));
    const replies = [T.created(c.code!)];
    await this.repo.updateConversation(msg.agencyId, msg.conversationId, { $set: { caseId: c._id, handled: handledBy(msg, replies) }, $unset: { intake: '' } });
    if (!earlier) {
      await this.repo.event(msg.agencyId, 'case', { caseId: c._id, conversationId: msg.conversationId });
      this.deps.logger.info({ caseId: c._id, code: c.code, channel: msg.channel, attachments: data.attachments.length, consent: data.consent === true }, 'complaint ticket created');
    }
    return { caseId: c._id, replies };
  }

  private async insertTicket(msg: InboundMessage, data: ComplaintData): Promise<CaseDoc> {
    const now = this.now;
    const year = localYear(now, this.options.officeHours.timeZone);
    const n = await this.repo.next(`${msg.agencyId}:PA:${year}`);
    const c: CaseDoc = {
      _id: randomUUID(), agencyId: msg.agencyId, kind: 'complaint', code: `PA-${year}-${String(n).padStart(6, '0')}`, conversationId: msg.conversationId,
      channel: msg.channel, status: 'new', human: false, complaint: data, createdAt: now, queuedAt: now, lastCitizenAt: now, updatedAt: now, source: msg.externalId,
    };
    await this.repo.cases.insert(c);
    return c;
  }

  private async requestHuman(msg: InboundMessage): Promise<{ caseId: string; replies: OutboundMessage[] }> {
    const { repo } = this;
    const now = this.now;
    let c = await repo.openCaseOf(msg.agencyId, msg.conversationId);
    if (c) {
      // an open complaint ticket of this conversation: the citizen now wants a person on it
      c = (await repo.updateCase(c.agencyId, c._id, {}, c.assignee ? { $set: { human: true } } : { $set: { human: true, queuedAt: now }, $unset: { holdingSentAt: '', outOfHoursSentAt: '' } })) ?? c;
    } else {
      c = { _id: randomUUID(), agencyId: msg.agencyId, kind: 'human', conversationId: msg.conversationId, channel: msg.channel, status: 'new', human: true, createdAt: now, queuedAt: now, lastCitizenAt: now, updatedAt: now };
      await repo.cases.insert(c);
    }
    const replies = [T.queued()];
    if (!c.assignee && !isOpen(this.options.officeHours, now)) {
      await repo.updateCase(c.agencyId, c._id, {}, { $set: { outOfHoursSentAt: now } });
      replies.push(T.outOfHours(this.deps.agency(msg.agencyId)));
    }
    await repo.updateConversation(msg.agencyId, msg.conversationId, { $set: { mode: 'human', caseId: c._id, handled: handledBy(msg, replies) } });
    await repo.event(msg.agencyId, 'case', { caseId: c._id, conversationId: msg.conversationId });
    this.deps.logger.info({ caseId: c._id, channel: msg.channel }, 'conversation queued for a person');
    return { caseId: c._id, replies };
  }

  /** Ends human mode of a case (citizen cancelled, staff handed back or closed) and syncs the conversation. */
  private async release(c: CaseDoc, resolution?: string): Promise<CaseDoc | null> {
    const now = this.now;
    const resolve = resolution !== undefined;
    const updated = await this.repo.updateCase(c.agencyId, c._id, { status: { $ne: 'resolved' } }, {
      $set: { human: false, ...(resolve ? { status: 'resolved', closedAt: now, resolution } : {}) },
    });
    if (!updated) return null;
    await this.syncConversation(c.agencyId, c.conversationId);
    await this.repo.event(c.agencyId, 'case', { caseId: c._id, conversationId: c.conversationId });
    return updated;
  }

  /** Conversation mode and current case from its open cases. */
  private async syncConversation(agencyId: string, conversationId: string): Promise<void> {
    const open = await this.repo.openCaseOf(agencyId, conversationId);
    const human = open ? await this.repo.cases.findOne({ agencyId, conversationId, status: { $ne: 'resolved' }, human: true }) : null;
    await this.repo.updateConversation(
      agencyId,
      conversationId,
      open ? { $set: { mode: human ? 'human' : 'bot', caseId: (human ?? open)._id } } : { $set: { mode: 'bot' }, $unset: { caseId: '' } },
    );
  }

  /** Records messages in the transcript and sends them on the conversation's channel. */
  private async push(c: CaseDoc, messages: OutboundMessage[], author: Author, by?: User, strict = false): Promise<TranscriptDoc[]> {
    const deliveryAuthor: OutboundMessage['author'] = by ? { kind: 'staff', staffId: by.id } : { kind: 'bot' };
    try {
      await this.deps.delivery.deliver(c.agencyId, c.conversationId, c.channel, messages.map((m) => ({ ...m, author: deliveryAuthor })), deliveryAuthor);
    } catch (err) {
      this.deps.logger.warn({ caseId: c._id, channel: c.channel, err: { name: (err as Error)?.name } }, 'delivery to the citizen failed');
      if (strict) throw new HandoffError(502, 'delivery_failed', 'Không gửi được tin nhắn tới người dân qua kênh này / could not queue the message on this channel');
    }
    const entries: NewMessage[] = messages.map((m) => ({
      author, text: m.text, push: true,
      ...(by ? { staffId: by.id, staffName: by.displayName } : {}),
      ...(m.choices?.length ? { choices: m.choices.map((x) => ({ title: x.title, payload: x.payload })) } : {}),
    }));
    const { docs } = await this.repo.append(c.agencyId, c.conversationId, c.channel, entries);
    await this.repo.event(c.agencyId, 'message', { caseId: c._id, conversationId: c.conversationId });
    return docs;
  }

  // ---------------------------------------------------------------- staff actions

  private async mustGet(agencyId: string, id: string): Promise<CaseDoc> {
    const c = await this.repo.getCase(agencyId, id);
    if (!c) throw new HandoffError(404, 'not_found', 'Không tìm thấy yêu cầu này / case not found');
    return c;
  }

  private notResolved(c: CaseDoc): void {
    if (c.status === 'resolved') throw new HandoffError(409, 'resolved', 'Yêu cầu đã đóng / case is closed');
  }

  async queue(agencyId: string, which: 'open' | 'resolved' | 'all'): Promise<QueueItem[]> {
    const filter = which === 'open' ? { agencyId, status: { $ne: 'resolved' } } : which === 'resolved' ? { agencyId, status: 'resolved' } : { agencyId };
    const cases = await this.repo.cases.find(filter, which === 'open' ? { sort: { queuedAt: 1 }, limit: 300 } : { sort: { updatedAt: -1 }, limit: 200 });
    const convs = new Map<string, HandoffConversationDoc | null>();
    for (const c of cases) if (!convs.has(c.conversationId)) convs.set(c.conversationId, await this.repo.getConversation(agencyId, c.conversationId));
    return cases.map((c) => this.item(c, convs.get(c.conversationId) ?? null));
  }

  private item(c: CaseDoc, conv: HandoffConversationDoc | null): QueueItem {
    const lastAnswer = Math.max(c.lastStaffAt?.getTime() ?? 0, c.takenAt?.getTime() ?? 0);
    let waitingSince: Date | null = null;
    if (c.status === 'new' && (c.human || c.kind === 'complaint')) waitingSince = c.queuedAt;
    else if (c.status !== 'resolved' && c.human && c.lastCitizenAt && c.lastCitizenAt.getTime() > lastAnswer) waitingSince = c.lastCitizenAt;
    const o = this.options;
    return {
      id: c._id, conversationId: c.conversationId, code: c.code, kind: c.kind, channel: c.channel, status: c.status, human: c.human, assignee: c.assignee, queuedAt: c.queuedAt, closedAt: c.closedAt,
      waitingSince, window: windowInfo(c.channel, conv?.lastInboundAt, this.now, o.windows, o.messengerHumanAgent, o.windowWarnMs),
      preview: c.complaint?.description?.slice(0, 90),
    };
  }

  /** The full case (personal data included) for staff: the read is audited. */
  async detail(agencyId: string, id: string, user: User) {
    const c = await this.mustGet(agencyId, id);
    const conv = await this.repo.getConversation(agencyId, c.conversationId);
    // one "read" per person and case per 10 minutes (the open console refreshes the case on live updates)
    const recent = await this.repo.audit.findOne({ agencyId, caseId: c._id, 'actor.id': user.id, action: 'read', at: { $gte: new Date(this.now.getTime() - 10 * 60_000) } });
    if (!recent) await this.repo.record(agencyId, user, 'read', { caseId: c._id, code: c.code, conversationId: c.conversationId });
    const audit = await this.repo.audit.find({ agencyId, caseId: c._id }, { sort: { at: 1 }, limit: 500 });
    return {
      case: { ...this.item(c, conv), complaint: c.complaint, takenAt: c.takenAt, resolution: c.resolution, mode: conv?.mode ?? 'bot' },
      audit: audit.map((a) => ({ at: a.at, username: a.actor.username, action: a.action, detail: a.detail })),
    };
  }

  async messages(agencyId: string, id: string, after: number): Promise<TranscriptDoc[]> {
    const c = await this.mustGet(agencyId, id);
    return this.repo.messages(agencyId, c.conversationId, after);
  }

  async take(agencyId: string, id: string, user: User): Promise<CaseDoc> {
    const before = await this.mustGet(agencyId, id);
    this.notResolved(before);
    const now = this.now;
    const c = await this.repo.updateCase(agencyId, id, { status: { $ne: 'resolved' }, $or: [{ assignee: { $exists: false } }, { 'assignee.id': user.id }] }, {
      $set: { assignee: refOf(user), status: 'in_progress', human: true, takenAt: now },
    });
    if (!c) {
      const now2 = await this.mustGet(agencyId, id);
      this.notResolved(now2);
      throw new HandoffError(409, 'taken', `Đã được cán bộ ${now2.assignee?.name ?? ''} nhận / already taken by ${now2.assignee?.username ?? 'someone else'}`);
    }
    await this.repo.updateConversation(agencyId, c.conversationId, { $set: { mode: 'human', caseId: c._id } });
    await this.repo.record(agencyId, user, 'take', { caseId: c._id, code: c.code, conversationId: c.conversationId });
    if (before.assignee?.id !== user.id || !before.human) await this.push(c, [T.taken(user.displayName, c.code)], 'system', user);
    else await this.repo.event(agencyId, 'case', { caseId: c._id, conversationId: c.conversationId });
    this.deps.logger.info({ caseId: c._id, staff: user.username }, 'case taken');
    return c;
  }

  async assign(agencyId: string, id: string, user: User, username: string): Promise<CaseDoc> {
    const target = (await this.deps.accounts.list(agencyId)).find((u) => u.username === username);
    if (!target || !target.roles.some((r) => r === 'staff' || r === 'admin')) throw new HandoffError(400, 'bad_assignee', 'Không có cán bộ này / no such staff account');
    const before = await this.mustGet(agencyId, id);
    this.notResolved(before);
    const c = await this.repo.updateCase(agencyId, id, { status: { $ne: 'resolved' } }, {
      $set: { assignee: refOf(target), human: true, takenAt: this.now, ...(before.status === 'new' ? { status: 'in_progress' } : {}) },
    });
    if (!c) throw new HandoffError(409, 'resolved', 'Yêu cầu đã đóng / case is closed');
    await this.repo.updateConversation(agencyId, c.conversationId, { $set: { mode: 'human', caseId: c._id } });
    await this.repo.record(agencyId, user, 'assign', { caseId: c._id, code: c.code, conversationId: c.conversationId, detail: target.username });
    if (before.assignee?.id !== target.id) await this.push(c, [T.taken(target.displayName, c.code)], 'system', target);
    else await this.repo.event(agencyId, 'case', { caseId: c._id, conversationId: c.conversationId });
    return c;
  }

  async reply(agencyId: string, id: string, user: User, text: string): Promise<TranscriptDoc> {
    let c = await this.mustGet(agencyId, id);
    this.notResolved(c);
    if (c.assignee && c.assignee.id !== user.id && !user.roles.includes('admin')) {
      throw new HandoffError(409, 'assigned_elsewhere', `Yêu cầu do cán bộ ${c.assignee.name} phụ trách / assigned to ${c.assignee.username}`);
    }
    const now = this.now;
    // replying takes the conversation: the bot must not talk over the staff member
    c = (await this.repo.updateCase(agencyId, id, { status: { $ne: 'resolved' } }, {
      $set: { human: true, lastStaffAt: now, ...(c.assignee ? {} : { assignee: refOf(user), takenAt: now }), ...(c.status === 'new' ? { status: 'in_progress' } : {}) },
    })) ?? c;
    await this.repo.updateConversation(agencyId, c.conversationId, { $set: { mode: 'human', caseId: c._id } });
    const [doc] = await this.push(c, [{ text }], 'staff', user, true);
    await this.repo.record(agencyId, user, 'reply', { caseId: c._id, code: c.code, conversationId: c.conversationId });
    this.deps.logger.info({ caseId: c._id, channel: c.channel, staff: user.username }, 'staff reply sent');
    return doc;
  }

  async note(agencyId: string, id: string, user: User, text: string): Promise<TranscriptDoc> {
    const c = await this.mustGet(agencyId, id);
    const { docs } = await this.repo.append(agencyId, c.conversationId, c.channel, [{ author: 'note', text, staffId: user.id, staffName: user.displayName }]);
    await this.repo.record(agencyId, user, 'note', { caseId: c._id, code: c.code, conversationId: c.conversationId });
    await this.repo.event(agencyId, 'message', { caseId: c._id, conversationId: c.conversationId });
    return docs[0];
  }

  async setStatus(agencyId: string, id: string, user: User, status: Exclude<CaseStatus, 'resolved'>): Promise<CaseDoc> {
    const c = await this.repo.updateCase(agencyId, id, { status: { $ne: 'resolved' } }, { $set: { status } });
    if (!c) {
      this.notResolved(await this.mustGet(agencyId, id));
      throw new HandoffError(409, 'conflict', 'Không đổi được trạng thái / could not change the status');
    }
    await this.repo.record(agencyId, user, 'status', { caseId: c._id, code: c.code, conversationId: c.conversationId, detail: status });
    await this.repo.event(agencyId, 'case', { caseId: c._id, conversationId: c.conversationId });
    return c;
  }

  /** Bot answers again. A "talk to a person" request is then done; a complaint ticket stays open for follow-up. */
  async handback(agencyId: string, id: string, user: User): Promise<CaseDoc> {
    const c = await this.mustGet(agencyId, id);
    this.notResolved(c);
    const updated = await this.release(c, c.kind === 'human' ? 'Chuyển lại cho trợ lý tự động' : undefined);
    if (!updated) throw new HandoffError(409, 'resolved', 'Yêu cầu đã đóng / case is closed');
    await this.repo.record(agencyId, user, 'handback', { caseId: c._id, code: c.code, conversationId: c.conversationId });
    await this.push(updated, [T.handedBack()], 'system', user);
    this.deps.logger.info({ caseId: c._id, staff: user.username }, 'conversation handed back to the bot');
    return updated;
  }

  async close(agencyId: string, id: string, user: User, note: string): Promise<CaseDoc> {
    const c = await this.mustGet(agencyId, id);
    this.notResolved(c);
    const updated = await this.release(c, note);
    if (!updated) throw new HandoffError(409, 'resolved', 'Yêu cầu đã đóng / case is closed');
    await this.repo.record(agencyId, user, 'close', { caseId: c._id, code: c.code, conversationId: c.conversationId });
    await this.push(updated, [T.closed(c.code)], 'system', user);
    this.deps.logger.info({ caseId: c._id, staff: user.username }, 'case closed');
    return updated;
  }

  /** Holding message for queued conversations nobody took within `holdingMs` (once per case, any instance). */
  async checkHolding(): Promise<number> {
    const now = this.now;
    if (!isOpen(this.options.officeHours, now)) return 0;
    const due = await this.repo.cases.find(
      { human: true, status: 'new', assignee: { $exists: false }, holdingSentAt: { $exists: false }, queuedAt: { $lte: new Date(now.getTime() - this.options.holdingMs) } },
      { limit: 50 },
    );
    let sent = 0;
    for (const c of due) {
      const won = await this.repo.updateCase(c.agencyId, c._id, { holdingSentAt: { $exists: false }, status: 'new', assignee: { $exists: false } }, { $set: { holdingSentAt: now } });
      if (!won) continue;
      await this.push(won, [T.holding()], 'system');
      sent++;
    }
    if (sent) this.deps.logger.info({ sent }, 'holding messages sent');
    return sent;
  }
}

function inboundEntry(msg: InboundMessage): NewMessage | null {
  const text = msg.text?.trim() ?? '';
  const attachments = msg.attachments?.length ? msg.attachments : undefined;
  if (msg.kind === 'staff_echo') return text || attachments ? { author: 'staff', text, attachments, staffId: msg.staffId } : null;
  if (!CITIZEN_MESSAGES.has(msg.kind)) return null;
  if (msg.kind === 'choice' && msg.systemEvent === 'contact_submitted') return { author: 'citizen', text: '[Đã gửi thông tin liên hệ qua Zalo]' };
  if (!text && !attachments) return null; // e.g. the web page's silent greeting
  return { author: 'citizen', text, attachments };
}
