/**
 * Drafts, review, published versions and the audit log of the knowledge base (procedures, training phrases,
 * lexicons). An edit is a draft; a reviewer approves it (now, or on an effective date) or returns it with a
 * comment. Publishing writes the live record (procedures / intents / lexicons collections), which every
 * instance's KnowledgeService picks up; this instance refreshes at once. Every published state is kept as a
 * numbered version and any of them can be restored as a new version.
 *
 * Concurrency: approving and activating a scheduled draft claim it with an atomic findOneAndUpdate, so two
 * instances (or two clicks) never publish it twice; version numbers are `_id`s, so two publications of one
 * record never get the same number.
 */
import { randomUUID } from 'node:crypto';
import type { User } from '../accounts/users';
import type { AppContext } from '../context';
import { IntentFileSchema } from '../knowledge/files';
import { ProcedureSchema } from '../knowledge/procedure';
import { hashData, type LexiconEntry, type TrainingRepository } from '../knowledge/training';
import type { Collection } from '../store/ports';
import { DuplicateKeyError } from '../store/ports';
import type { IntentData } from '../understanding/matcher';
import { diff, type Change } from './diff';
import { intentIssues, isRealDate, lexiconIssues, procedureIssues, vnStartOf, type Issue } from './validate';

export const KINDS = ['procedure', 'intent', 'lexicon'] as const;
export type Kind = (typeof KINDS)[number];
export type DraftStatus = 'draft' | 'submitted' | 'returned' | 'publishing' | 'scheduled' | 'published' | 'discarded';
const OPEN: DraftStatus[] = ['draft', 'submitted', 'returned'];

export interface DraftDoc {
  _id: string;
  agencyId: string;
  kind: Kind;
  key: string;
  data: unknown;
  status: DraftStatus;
  /** The published version the draft started from (null: something new). */
  baseVersion: number | null;
  baseHash: string | null;
  author: string;
  source: 'console' | 'xlsx' | 'misses';
  createdAt: Date;
  updatedAt: Date;
  submittedAt?: Date;
  reviewer?: string;
  reviewComment?: string;
  reviewedAt?: Date;
  effectiveDate?: string;
  effectiveAt?: Date;
  publishedVersion?: number;
}

export interface VersionDoc {
  _id: string;
  agencyId: string;
  kind: Kind;
  key: string;
  version: number;
  data: unknown;
  dataHash: string;
  publishedAt: Date;
  publishedBy: string;
  author: string;
  draftId?: string;
  effectiveDate?: string;
  restoredFrom?: number;
  note?: string;
}

export interface AuditDoc {
  _id: string;
  agencyId: string;
  at: Date;
  user: string;
  action: 'draft' | 'submit' | 'return' | 'approve' | 'schedule' | 'publish' | 'restore' | 'discard' | 'import' | 'miss_train' | 'miss_new' | 'miss_dismiss' | 'export';
  kind?: Kind;
  key?: string;
  draftId?: string;
  version?: number;
  detail?: string;
}

export class EditorError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly issues?: Issue[]) {
    super(message);
  }
}

const who = (u: User) => u.username;

export class ContentService {
  readonly drafts: Collection<DraftDoc>;
  readonly versions: Collection<VersionDoc>;
  readonly audit: Collection<AuditDoc>;
  private readonly training: TrainingRepository;

  constructor(private readonly ctx: AppContext, training: TrainingRepository) {
    this.training = training;
    this.drafts = ctx.store.collection<DraftDoc>('editor_drafts', [{ fields: { agencyId: 1, status: 1 } }]);
    this.versions = ctx.store.collection<VersionDoc>('editor_versions', [{ fields: { agencyId: 1, kind: 1, key: 1 } }]);
    this.audit = ctx.store.collection<AuditDoc>('editor_audit', [{ fields: { agencyId: 1, at: 1 } }]);
  }

  private get agencyId() {
    return this.ctx.agencyId;
  }

  // ---- live records ----

  async live(kind: Kind, key: string): Promise<unknown | null> {
    switch (kind) {
      case 'procedure': return this.ctx.procedures.get(this.agencyId, key);
      case 'intent': return this.training.getIntent(this.agencyId, key);
      case 'lexicon': return this.training.getLexicon(this.agencyId, key);
    }
  }

  private async applyLive(kind: Kind, key: string, data: unknown, by: string): Promise<void> {
    switch (kind) {
      case 'procedure': return this.ctx.procedures.save(this.agencyId, ProcedureSchema.parse(data), by);
      case 'intent': return this.training.saveIntent(this.agencyId, key, data as IntentData, by);
      case 'lexicon': return this.training.saveLexicon(this.agencyId, key, data as LexiconEntry[], by);
    }
  }

  issues(kind: Kind, data: unknown): Issue[] {
    switch (kind) {
      case 'procedure': return procedureIssues(data, this.ctx.now());
      case 'intent': return intentIssues(data);
      case 'lexicon': return lexiconIssues(data);
    }
  }

  async log(entry: Omit<AuditDoc, '_id' | 'agencyId' | 'at'>): Promise<void> {
    await this.audit.insert({ _id: randomUUID(), agencyId: this.agencyId, at: this.ctx.now(), ...entry });
  }

  // ---- versions ----

  async history(kind: Kind, key: string): Promise<VersionDoc[]> {
    await this.ensureBaseline(kind, key);
    return this.versions.find({ agencyId: this.agencyId, kind, key }, { sort: { version: -1 } });
  }

  private async latest(kind: Kind, key: string): Promise<VersionDoc | null> {
    return this.versions.findOne({ agencyId: this.agencyId, kind, key }, { sort: { version: -1 } });
  }

  /**
   * Makes sure the live record is kept as a version (the state seeded from the files, or changed there),
   * so that what a publication replaces can always be restored.
   */
  async ensureBaseline(kind: Kind, key: string): Promise<VersionDoc | null> {
    const live = await this.live(kind, key);
    const last = await this.latest(kind, key);
    if (!live) return last;
    const hash = hashData(live);
    if (last && last.dataHash === hash) return last;
    try {
      return await this.insertVersion(kind, key, live, { publishedBy: 'tệp dữ liệu', author: 'tệp dữ liệu', note: last ? 'Thay đổi từ tệp dữ liệu' : 'Bản ban đầu (từ tệp dữ liệu)' }, last);
    } catch (e) {
      if (e instanceof DuplicateKeyError) return this.latest(kind, key);
      throw e;
    }
  }

  private async insertVersion(kind: Kind, key: string, data: unknown, meta: Partial<VersionDoc> & { publishedBy: string; author: string }, last?: VersionDoc | null): Promise<VersionDoc> {
    const prev = last === undefined ? await this.latest(kind, key) : last;
    const version = (prev?.version ?? 0) + 1;
    const doc: VersionDoc = {
      _id: `${this.agencyId}:${kind}:${key}:${version}`, agencyId: this.agencyId, kind, key, version,
      data, dataHash: hashData(data), publishedAt: this.ctx.now(), ...meta,
    };
    await this.versions.insert(doc);
    return doc;
  }

  /** The stored form of a record (schema order, defaults filled), so equal content always hashes the same. */
  normalize(kind: Kind, data: unknown): unknown {
    switch (kind) {
      case 'procedure': return JSON.parse(JSON.stringify(ProcedureSchema.parse(data)));
      case 'intent': return JSON.parse(JSON.stringify(IntentFileSchema.parse(data)));
      case 'lexicon': return (data as LexiconEntry[]).map((e) => ({ from: String(e.from).trim(), to: String(e.to).trim() }));
    }
  }

  /** Publishes data as the next version and makes it live (this instance at once, the others on their next poll). */
  private async publishData(kind: Kind, key: string, raw: unknown, meta: Partial<VersionDoc> & { publishedBy: string; author: string }): Promise<VersionDoc> {
    const data = this.normalize(kind, raw);
    await this.ensureBaseline(kind, key);
    let version: VersionDoc | undefined;
    for (let attempt = 0; !version; attempt++) {
      try {
        version = await this.insertVersion(kind, key, data, meta);
      } catch (e) {
        if (!(e instanceof DuplicateKeyError) || attempt >= 5) throw e;
      }
    }
    await this.applyLive(kind, key, data, meta.publishedBy);
    await this.ctx.knowledge.refresh(this.agencyId).catch((e) => this.ctx.logger.error({ err: e }, 'knowledge refresh after publishing failed'));
    return version;
  }

  // ---- drafts ----

  async getDraft(id: string): Promise<DraftDoc> {
    const d = await this.drafts.findOne({ _id: id, agencyId: this.agencyId });
    if (!d) throw new EditorError(404, 'not_found', 'Không tìm thấy bản nháp');
    return d;
  }

  async openDraft(kind: Kind, key: string): Promise<DraftDoc | null> {
    return this.drafts.findOne({ agencyId: this.agencyId, kind, key, status: { $in: OPEN } }, { sort: { updatedAt: -1 } });
  }

  async listDrafts(filter: { status?: DraftStatus[]; kind?: Kind } = {}): Promise<DraftDoc[]> {
    const q: Record<string, unknown> = { agencyId: this.agencyId };
    if (filter.status) q.status = { $in: filter.status };
    if (filter.kind) q.kind = filter.kind;
    return this.drafts.find(q, { sort: { updatedAt: -1 }, limit: 500 });
  }

  private checkShape(kind: Kind, key: string, data: unknown): void {
    if (kind === 'procedure') {
      const id = (data as { id?: unknown })?.id;
      if (typeof id !== 'string' || !/^[a-z0-9-]{2,80}$/.test(id)) throw new EditorError(400, 'invalid_id', 'Mã thủ tục chỉ gồm a-z, 0-9 và dấu - (2–80 ký tự)');
      if (id !== key) throw new EditorError(400, 'invalid_id', 'Không đổi được mã của một thủ tục đã có');
    } else if (kind === 'intent') {
      if (typeof data !== 'object' || data === null || typeof (data as { intent?: unknown }).intent !== 'string') throw new EditorError(400, 'invalid_body', 'Dữ liệu câu mẫu không hợp lệ');
    } else if (!Array.isArray(data)) {
      throw new EditorError(400, 'invalid_body', 'Từ điển phải là danh sách cặp {from, to}');
    }
    if (!/^[a-z0-9_-]{1,80}$/.test(key)) throw new EditorError(400, 'invalid_key', 'Mã không hợp lệ');
  }

  /** Creates the draft of a record, or updates its open draft (an edited submitted draft goes back to "draft"). */
  async saveDraft(kind: Kind, key: string, data: unknown, user: User, source: DraftDoc['source'] = 'console', submit = false): Promise<DraftDoc> {
    this.checkShape(kind, key, data);
    if (submit) this.requireValid(kind, data);
    const now = this.ctx.now();
    const status: DraftStatus = submit ? 'submitted' : 'draft';
    const open = await this.openDraft(kind, key);
    if (open) {
      await this.drafts.updateOne({ _id: open._id }, { $set: { data, status, updatedAt: now, ...(submit ? { submittedAt: now } : {}) } });
      await this.log({ user: who(user), action: submit ? 'submit' : 'draft', kind, key, draftId: open._id, detail: source });
      return this.getDraft(open._id);
    }
    const base = await this.ensureBaseline(kind, key);
    const live = await this.live(kind, key);
    const doc: DraftDoc = {
      _id: randomUUID(), agencyId: this.agencyId, kind, key, data, status, baseVersion: live ? base?.version ?? null : null,
      baseHash: live ? hashData(live) : null, author: who(user), source, createdAt: now, updatedAt: now, ...(submit ? { submittedAt: now } : {}),
    };
    await this.drafts.insert(doc);
    await this.log({ user: who(user), action: submit ? 'submit' : 'draft', kind, key, draftId: doc._id, detail: source });
    return doc;
  }

  private requireValid(kind: Kind, data: unknown): void {
    const issues = this.issues(kind, data);
    if (issues.length) throw new EditorError(422, 'invalid_content', 'Chưa đủ điều kiện để gửi duyệt / xuất bản', issues);
  }

  async submit(id: string, user: User): Promise<DraftDoc> {
    const d = await this.getDraft(id);
    if (d.status !== 'draft' && d.status !== 'returned') throw new EditorError(409, 'bad_state', 'Bản nháp này không ở trạng thái soạn thảo');
    this.requireValid(d.kind, d.data);
    const n = await this.drafts.updateOne({ _id: id, status: d.status }, { $set: { status: 'submitted', submittedAt: this.ctx.now(), updatedAt: this.ctx.now() } });
    if (!n) throw new EditorError(409, 'bad_state', 'Bản nháp vừa được người khác thay đổi');
    await this.log({ user: who(user), action: 'submit', kind: d.kind, key: d.key, draftId: id });
    return this.getDraft(id);
  }

  async discard(id: string, user: User): Promise<void> {
    const d = await this.getDraft(id);
    const n = await this.drafts.updateOne({ _id: id, status: { $in: OPEN } }, { $set: { status: 'discarded', updatedAt: this.ctx.now() } });
    if (!n) throw new EditorError(409, 'bad_state', 'Chỉ bỏ được bản nháp chưa duyệt');
    await this.log({ user: who(user), action: 'discard', kind: d.kind, key: d.key, draftId: id });
  }

  async returnDraft(id: string, user: User, comment: string): Promise<DraftDoc> {
    if (!comment.trim()) throw new EditorError(400, 'comment_required', 'Vui lòng ghi lý do trả lại');
    const d = await this.getDraft(id);
    const n = await this.drafts.updateOne({ _id: id, status: 'submitted' }, { $set: { status: 'returned', reviewer: who(user), reviewComment: comment, reviewedAt: this.ctx.now(), updatedAt: this.ctx.now() } });
    if (!n) throw new EditorError(409, 'bad_state', 'Chỉ trả lại được bản đang chờ duyệt');
    await this.log({ user: who(user), action: 'return', kind: d.kind, key: d.key, draftId: id, detail: comment.slice(0, 500) });
    return this.getDraft(id);
  }

  /** Approve: publish now, or schedule for an effective date (the day a new decree applies). */
  async approve(id: string, user: User, effectiveDate?: string | null): Promise<DraftDoc> {
    const d = await this.getDraft(id);
    if (d.status !== 'submitted') throw new EditorError(409, 'bad_state', 'Chỉ duyệt được bản đang chờ duyệt');
    if (d.author === who(user) && !user.roles.includes('admin')) throw new EditorError(403, 'four_eyes', 'Người duyệt phải khác người soạn');
    this.requireValid(d.kind, d.data);
    if (effectiveDate && !isRealDate(effectiveDate)) throw new EditorError(400, 'invalid_date', 'Ngày hiệu lực phải có dạng YYYY-MM-DD');
    const now = this.ctx.now();
    const at = effectiveDate ? vnStartOf(effectiveDate) : null;
    if (at && at.getTime() > now.getTime()) {
      const n = await this.drafts.updateOne({ _id: id, status: 'submitted' }, { $set: { status: 'scheduled', effectiveDate: effectiveDate!, effectiveAt: at, reviewer: who(user), reviewedAt: now, updatedAt: now } });
      if (!n) throw new EditorError(409, 'bad_state', 'Bản nháp vừa được người khác xử lý');
      await this.log({ user: who(user), action: 'schedule', kind: d.kind, key: d.key, draftId: id, detail: `hiệu lực ${effectiveDate}` });
      return this.getDraft(id);
    }
    const claimed = await this.drafts.findOneAndUpdate({ _id: id, status: 'submitted' }, { $set: { status: 'publishing', reviewer: who(user), reviewedAt: now, updatedAt: now } });
    if (!claimed) throw new EditorError(409, 'bad_state', 'Bản nháp vừa được người khác xử lý');
    await this.log({ user: who(user), action: 'approve', kind: d.kind, key: d.key, draftId: id });
    return this.publishClaimed(claimed, who(user));
  }

  private async publishClaimed(d: DraftDoc, by: string): Promise<DraftDoc> {
    try {
      const v = await this.publishData(d.kind, d.key, d.data, { publishedBy: by, author: d.author, draftId: d._id, ...(d.effectiveDate ? { effectiveDate: d.effectiveDate } : {}) });
      await this.drafts.updateOne({ _id: d._id }, { $set: { status: 'published', publishedVersion: v.version, updatedAt: this.ctx.now() } });
      await this.log({ user: by, action: 'publish', kind: d.kind, key: d.key, draftId: d._id, version: v.version, ...(d.effectiveDate ? { detail: `hiệu lực ${d.effectiveDate}` } : {}) });
    } catch (e) {
      await this.drafts.updateOne({ _id: d._id, status: 'publishing' }, { $set: { status: d.effectiveDate ? 'scheduled' : 'submitted' } });
      throw e;
    }
    return this.getDraft(d._id);
  }

  /** Publishes every scheduled draft whose effective date has come (any instance may run it: claims are atomic). */
  async publishDue(): Promise<number> {
    let published = 0;
    for (;;) {
      const now = this.ctx.now();
      const claimed = await this.drafts.findOneAndUpdate(
        { agencyId: this.agencyId, status: 'scheduled', effectiveAt: { $lte: now } },
        { $set: { status: 'publishing', updatedAt: now } },
        { sort: { effectiveAt: 1 } },
      );
      if (!claimed) return published;
      try {
        await this.publishClaimed(claimed, claimed.reviewer ?? 'lịch xuất bản');
        published++;
      } catch (e) {
        // one draft that can no longer be published (e.g. the schema changed since approval) must not hold up
        // the others: it goes back to its author with the reason
        const reason = `Không xuất bản được theo lịch: ${(e as Error).message}`.slice(0, 500);
        await this.drafts.updateOne({ _id: claimed._id, status: 'scheduled' }, { $set: { status: 'returned', reviewComment: reason, updatedAt: this.ctx.now() } });
        await this.log({ user: 'lịch xuất bản', action: 'return', kind: claimed.kind, key: claimed.key, draftId: claimed._id, detail: reason });
      }
    }
  }

  /**
   * A draft left in 'publishing' by a process that died mid-publish goes back to where it was (scheduled or
   * submitted), so it is published again rather than lost. Publishing the same data twice is harmless.
   */
  async recoverStuck(olderThanMs = 5 * 60_000): Promise<number> {
    const cutoff = new Date(this.ctx.now().getTime() - olderThanMs);
    const stuck = await this.drafts.find({ agencyId: this.agencyId, status: 'publishing', updatedAt: { $lt: cutoff } });
    for (const d of stuck) {
      await this.drafts.updateOne({ _id: d._id, status: 'publishing' }, { $set: { status: d.effectiveDate ? 'scheduled' : 'submitted', updatedAt: this.ctx.now() } });
    }
    return stuck.length;
  }

  /** Restores an older version as a new version (reviewer). */
  async restore(kind: Kind, key: string, version: number, user: User): Promise<VersionDoc> {
    const old = await this.versions.findOne({ _id: `${this.agencyId}:${kind}:${key}:${version}` });
    if (!old) throw new EditorError(404, 'not_found', 'Không tìm thấy phiên bản');
    const v = await this.publishData(kind, key, old.data, { publishedBy: who(user), author: who(user), restoredFrom: version, note: `Khôi phục phiên bản ${version}` });
    await this.log({ user: who(user), action: 'restore', kind, key, version: v.version, detail: `từ phiên bản ${version}` });
    return v;
  }

  /** The change a reviewer sees: the draft against what is published now. */
  async review(d: DraftDoc): Promise<{ changes: Change[]; published: unknown | null; baseChanged: boolean; issues: Issue[] }> {
    const published = await this.live(d.kind, d.key);
    const baseChanged = published ? hashData(published) !== d.baseHash : d.baseHash !== null;
    const issues = this.issues(d.kind, d.data);
    let shown = d.data;
    try { shown = this.normalize(d.kind, d.data); } catch { /* incomplete draft: compare as typed */ }
    return { changes: diff(published, shown), published, baseChanged, issues };
  }
}
