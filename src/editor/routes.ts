/**
 * Editor console HTTP routes. Pages under /editor, JSON under /editor/api; every route goes through
 * `guard(accounts, roles)`: editors draft, edit and import; reviewers approve, return, publish and restore;
 * both read; admin passes everywhere; staff get 403. Editor views never carry complaint tickets or citizens'
 * personal data (the misses inbox is masked before it is stored). test/editor/guards.test.ts walks the router
 * and proves it for every route.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { User } from '../accounts/users';
import type { AppContext } from '../context';
import { ProcedureSchema, type Procedure } from '../knowledge/procedure';
import { PROJECT_ROOT } from '../knowledge/source';
import { hashData, type TrainingRepository } from '../knowledge/training';
import type { Collection } from '../store/ports';
import { fold } from '../understanding/vietnamese';
import { guard, readCookie, SESSION_COOKIE } from '../web/auth';
import { EditorError, KINDS, type ContentService, type DraftDoc, type Kind } from './content';
import { diff } from './diff';
import { phrasesFrom, REASON_LABELS, type MissesService } from './misses';
import { renderFiles, writeFiles } from './portable';
import { isAspect, previewProcedure, tryIt } from './preview';
import { exportXlsx, parseXlsx, type RowError } from './xlsx';

/** Static files of the console, both under tsx (src/web/editor-public) and after the build (dist/web/editor-public). */
export function editorPublicDir(): string {
  const candidates = [join(PROJECT_ROOT, 'src', 'web', 'editor-public'), join(__dirname, '..', 'web', 'editor-public')];
  return candidates.find((d) => existsSync(join(d, 'index.html'))) ?? candidates[0];
}

interface ImportJob {
  _id: string;
  agencyId: string;
  user: string;
  status: 'running' | 'done' | 'failed';
  processed: number;
  total: number;
  errors: RowError[];
  result?: { changed: string[]; unchanged: number; drafts: string[] };
  createdAt: Date;
}

export interface EditorDeps {
  ctx: AppContext;
  content: ContentService;
  misses: MissesService;
  training: TrainingRepository;
  /** Publishes due scheduled versions (and sweeps abandoned clarifications): run on every API request. */
  tick: () => Promise<void>;
}

const user = (req: Request): User => req.user as User;
const param = (req: Request, name: string): string => String((req.params as Record<string, string>)[name] ?? '');

function kindParam(req: Request): Kind {
  const k = param(req, 'kind');
  if (!(KINDS as readonly string[]).includes(k)) throw new EditorError(404, 'not_found', 'Loại nội dung không có');
  return k as Kind;
}

function body<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value ?? {});
  if (!r.success) throw new EditorError(400, 'invalid_body', r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return r.data;
}

const DraftBody = z.object({ data: z.unknown(), submit: z.boolean().optional() });
const LexiconBody = z.object({ entries: z.array(z.object({ from: z.string(), to: z.string() })), submit: z.boolean().optional() });

function summary(d: DraftDoc) {
  const data = d.data as Record<string, unknown> | unknown[];
  const title = d.kind === 'procedure' ? String((data as Record<string, unknown>)?.name ?? d.key) : d.key;
  return {
    id: d._id, kind: d.kind, key: d.key, title, status: d.status, author: d.author, source: d.source,
    createdAt: d.createdAt, updatedAt: d.updatedAt, submittedAt: d.submittedAt, reviewer: d.reviewer, reviewComment: d.reviewComment,
    effectiveDate: d.effectiveDate, publishedVersion: d.publishedVersion, baseVersion: d.baseVersion,
  };
}

export function editorRouter(deps: EditorDeps): Router {
  const { ctx, content, misses, training } = deps;
  const agencyId = ctx.agencyId;
  const READ = guard(ctx.accounts, ['editor', 'reviewer']);
  const EDIT = guard(ctx.accounts, ['editor']);
  const REVIEW = guard(ctx.accounts, ['reviewer']);
  const jobs: Collection<ImportJob> = ctx.store.collection<ImportJob>('editor_jobs', [{ fields: { createdAt: 1 } }]);

  const r = express.Router();
  r.use(express.json({ limit: '2mb' }));
  // publish what has come due before answering a signed-in editor (anonymous requests cause no store work)
  r.use(READ, async (_req, _res, next) => {
    await deps.tick().catch((e) => ctx.logger.error({ err: e }, 'editor scheduler tick failed'));
    next();
  });

  // ---- who am I ----
  r.get('/me', READ, async (req, res) => {
    const token = readCookie(req, SESSION_COOKIE);
    const session = token ? await ctx.accounts.session(token) : null;
    const u = user(req);
    const admin = u.roles.includes('admin');
    res.json({ user: u, csrfToken: session?.csrf, can: { edit: admin || u.roles.includes('editor'), review: admin || u.roles.includes('reviewer') }, today: ctx.now().toISOString() });
  });

  // ---- procedures ----
  r.get('/procedures', READ, async (req, res) => {
    const q = fold(String(req.query.q ?? '').normalize('NFC').toLowerCase()).trim();
    const words = q.split(/\s+/).filter(Boolean);
    const [live, drafts] = await Promise.all([ctx.procedures.list(agencyId), content.listDrafts({ kind: 'procedure', status: ['draft', 'submitted', 'returned', 'scheduled'] })]);
    const rows = new Map<string, { id: string; name: string; domain: string; level: string; live: boolean; draft: ReturnType<typeof summary> | null; scheduled: { id: string; effectiveDate?: string }[] }>();
    for (const p of live) rows.set(p.id, { id: p.id, name: p.name, domain: p.domain, level: p.level, live: true, draft: null, scheduled: [] });
    for (const d of drafts) {
      const data = d.data as Partial<Procedure>;
      const row = rows.get(d.key) ?? { id: d.key, name: String(data?.name ?? d.key), domain: String(data?.domain ?? ''), level: String(data?.level ?? ''), live: false, draft: null, scheduled: [] };
      if (d.status === 'scheduled') row.scheduled.push({ id: d._id, effectiveDate: d.effectiveDate });
      else row.draft ??= summary(d);
      rows.set(d.key, row);
    }
    const hay = (id: string) => {
      const p = live.find((x) => x.id === id);
      return fold([id, rows.get(id)!.name, ...(p?.aliases ?? []), p?.domain ?? ''].join(' ').toLowerCase());
    };
    const out = [...rows.values()].filter((row) => words.every((w) => hay(row.id).includes(w)));
    res.json({ procedures: out.sort((a, b) => a.name.localeCompare(b.name, 'vi')) });
  });

  r.get('/procedures/:id', READ, async (req, res) => {
    const id = param(req, 'id');
    const [live, draft, versions, scheduled] = await Promise.all([
      ctx.procedures.get(agencyId, id),
      content.openDraft('procedure', id),
      content.history('procedure', id),
      content.drafts.find({ agencyId, kind: 'procedure', key: id, status: 'scheduled' }),
    ]);
    if (!live && !draft && !scheduled.length) throw new EditorError(404, 'not_found', 'Không tìm thấy thủ tục');
    const liveHash = live ? hashData(live) : null;
    res.json({
      live,
      draft: draft ? { ...summary(draft), data: draft.data, issues: content.issues('procedure', draft.data) } : null,
      scheduled: scheduled.map(summary),
      versions: versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt, publishedBy: v.publishedBy, author: v.author, note: v.note, restoredFrom: v.restoredFrom, effectiveDate: v.effectiveDate, isLive: v.dataHash === liveHash })),
    });
  });

  r.put('/procedures/:id/draft', EDIT, async (req, res) => {
    const b = body(DraftBody, req.body);
    const d = await content.saveDraft('procedure', param(req, 'id'), b.data, user(req), 'console', b.submit === true);
    res.json({ draft: { ...summary(d), data: d.data, issues: content.issues('procedure', d.data) } });
  });

  // preview of the form as it is (unsaved), or of the live procedure
  r.post('/procedures/:id/preview', READ, async (req, res) => {
    const b = body(z.object({ data: z.unknown().optional(), aspect: z.string().default('overview') }), req.body);
    const source = b.data ?? (await ctx.procedures.get(agencyId, param(req, 'id')));
    const parsed = ProcedureSchema.safeParse(source);
    if (!parsed.success) throw new EditorError(422, 'invalid_content', 'Chưa xem trước được: thủ tục còn thiếu thông tin', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    res.json({ aspect: isAspect(b.aspect) ? b.aspect : 'overview', preview: previewProcedure(parsed.data, isAspect(b.aspect) ? b.aspect : 'overview') });
  });

  // ---- training phrases ----
  r.get('/intents', READ, async (_req, res) => {
    const [list, drafts] = await Promise.all([training.listIntents(agencyId), content.listDrafts({ kind: 'intent', status: ['draft', 'submitted', 'returned', 'scheduled'] })]);
    const keys = new Set(list.map((i) => i.key));
    const rows: { key: string; intent: string; procedure: string | null; phrases: number; keywords: number; draft: string | null }[] = list.map((i) => ({ key: i.key, intent: i.data.intent, procedure: i.data.procedure ?? null, phrases: i.data.phrases.length, keywords: i.data.keywords?.length ?? 0, draft: drafts.find((d) => d.key === i.key && d.status !== 'scheduled')?.status ?? null }));
    for (const d of drafts) if (!keys.has(d.key)) { keys.add(d.key); rows.push({ key: d.key, intent: String((d.data as { intent?: string }).intent), procedure: (d.data as { procedure?: string }).procedure ?? null, phrases: 0, keywords: 0, draft: d.status }); }
    res.json({ intents: rows });
  });

  /** A training record (intent or lexicon): what is live, its open draft and its published versions. */
  const trainingDetail = async (kind: 'intent' | 'lexicon', key: string, live: Promise<unknown>) => {
    const [current, draft, versions] = await Promise.all([live, content.openDraft(kind, key), content.history(kind, key)]);
    if (!current && !draft) throw new EditorError(404, 'not_found', 'Không tìm thấy');
    return { live: current, draft: draft ? { ...summary(draft), data: draft.data } : null, versions: versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt, publishedBy: v.publishedBy, note: v.note })) };
  };

  r.get('/intents/:key', READ, async (req, res) => {
    const key = param(req, 'key');
    res.json(await trainingDetail('intent', key, training.getIntent(agencyId, key)));
  });

  r.put('/intents/:key/draft', EDIT, async (req, res) => {
    const b = body(DraftBody, req.body);
    const d = await content.saveDraft('intent', param(req, 'key'), b.data, user(req), 'console', b.submit === true);
    res.json({ draft: { ...summary(d), data: d.data, issues: content.issues('intent', d.data) } });
  });

  // ---- lexicons ----
  r.get('/lexicons', READ, async (_req, res) => {
    const list = await training.listLexicons(agencyId);
    res.json({ lexicons: await Promise.all(list.map(async (l) => ({ name: l.name, entries: l.entries.length, draft: (await content.openDraft('lexicon', l.name))?.status ?? null }))) });
  });

  r.get('/lexicons/:name', READ, async (req, res) => {
    const name = param(req, 'name');
    res.json(await trainingDetail('lexicon', name, training.getLexicon(agencyId, name)));
  });

  r.put('/lexicons/:name/draft', EDIT, async (req, res) => {
    const b = body(LexiconBody, req.body);
    const d = await content.saveDraft('lexicon', param(req, 'name'), b.entries, user(req), 'console', b.submit === true);
    res.json({ draft: { ...summary(d), data: d.data, issues: content.issues('lexicon', d.data) } });
  });

  // ---- drafts and review ----
  r.get('/drafts', READ, async (req, res) => {
    const status = String(req.query.status ?? 'submitted').split(',').filter(Boolean) as DraftDoc['status'][];
    res.json({ drafts: (await content.listDrafts({ status })).map(summary) });
  });

  r.get('/drafts/:id', READ, async (req, res) => {
    const d = await content.getDraft(param(req, 'id'));
    const review = await content.review(d);
    res.json({ draft: { ...summary(d), data: d.data }, ...review });
  });

  r.post('/drafts/:id/submit', EDIT, async (req, res) => {
    res.json({ draft: summary(await content.submit(param(req, 'id'), user(req))) });
  });

  r.post('/drafts/:id/discard', EDIT, async (req, res) => {
    await content.discard(param(req, 'id'), user(req));
    res.json({ ok: true });
  });

  r.post('/drafts/:id/approve', REVIEW, async (req, res) => {
    const b = body(z.object({ effectiveDate: z.string().nullable().optional() }), req.body);
    res.json({ draft: summary(await content.approve(param(req, 'id'), user(req), b.effectiveDate || null)) });
  });

  r.post('/drafts/:id/return', REVIEW, async (req, res) => {
    const b = body(z.object({ comment: z.string().max(2000) }), req.body);
    res.json({ draft: summary(await content.returnDraft(param(req, 'id'), user(req), b.comment)) });
  });

  // ---- versions ----
  r.get('/versions/:kind/:key', READ, async (req, res) => {
    const kind = kindParam(req);
    const versions = await content.history(kind, param(req, 'key'));
    res.json({ versions: versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt, publishedBy: v.publishedBy, author: v.author, note: v.note, restoredFrom: v.restoredFrom, effectiveDate: v.effectiveDate })) });
  });

  r.get('/versions/:kind/:key/:version', READ, async (req, res) => {
    const kind = kindParam(req);
    const key = param(req, 'key');
    const v = await content.versions.findOne({ _id: `${agencyId}:${kind}:${key}:${Number(param(req, 'version'))}` });
    if (!v) throw new EditorError(404, 'not_found', 'Không tìm thấy phiên bản');
    const live = await content.live(kind, key);
    res.json({ version: v.version, data: v.data, publishedAt: v.publishedAt, publishedBy: v.publishedBy, changesFromLive: diff(live, v.data) });
  });

  r.post('/versions/:kind/:key/:version/restore', REVIEW, async (req, res) => {
    const kind = kindParam(req);
    const v = await content.restore(kind, param(req, 'key'), Number(param(req, 'version')), user(req));
    res.json({ version: v.version, restoredFrom: v.restoredFrom });
  });

  r.get('/audit', READ, async (req, res) => {
    const limit = Math.min(500, Math.max(1, Number(req.query.limit ?? 100) || 100));
    const entries = await content.audit.find({ agencyId }, { sort: { at: -1 }, limit });
    res.json({ entries: entries.map(({ _id, agencyId: _a, ...e }) => ({ id: _id, ...e })) });
  });

  // ---- unanswered questions ----
  r.get('/misses', READ, async (req, res) => {
    const status = ['open', 'converted', 'dismissed'].includes(String(req.query.status)) ? (String(req.query.status) as 'open') : 'open';
    const groups = await misses.list(status);
    res.json({
      groups: groups.map((g) => ({
        id: g._id, status: g.status, count: g.count, firstAt: g.firstAt, lastAt: g.lastAt,
        reasons: Object.entries(g.reasons).map(([reason, n]) => ({ reason, label: REASON_LABELS[reason as keyof typeof REASON_LABELS] ?? reason, count: n })),
        examples: g.examples.map((e) => ({ text: e.text, at: e.at, reason: e.reason, channel: e.channel })),
        topTerms: Object.entries(g.terms).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([t]) => t),
        phrases: phrasesFrom(g.samples).length,
        resolution: g.resolution,
      })),
    });
  });

  r.post('/misses/:id/train', EDIT, async (req, res) => {
    const b = body(z.object({ procedure: z.string().regex(/^[a-z0-9-]+$/), phrases: z.array(z.string().min(1).max(300)).optional() }), req.body);
    const g = await misses.get(param(req, 'id'));
    if (!g || g.status !== 'open') throw new EditorError(404, 'not_found', 'Không tìm thấy nhóm câu hỏi (hoặc đã xử lý)');
    if (!(await ctx.procedures.get(agencyId, b.procedure))) throw new EditorError(400, 'unknown_procedure', 'Thủ tục chưa có');
    const phrases = phrasesFrom(b.phrases ?? g.samples);
    // the procedure's intents file (usually named after it), or a new one
    const intents = await training.listIntents(agencyId);
    const key = intents.find((i) => i.data.intent === 'procedure' && i.data.procedure === b.procedure)?.key ?? b.procedure;
    const open = await content.openDraft('intent', key);
    const base = (open?.data as typeof intents[number]['data'] | undefined) ?? (await training.getIntent(agencyId, key)) ?? { intent: 'procedure' as const, procedure: b.procedure, keywords: [], markers: [], phrases: [] };
    const known = new Set(base.phrases.map((p) => fold(p.toLowerCase())));
    const data = { ...base, phrases: [...base.phrases, ...phrases.filter((p) => !known.has(fold(p.toLowerCase())))] };
    const d = await content.saveDraft('intent', key, data, user(req), 'misses', true);
    await misses.resolve(g._id, user(req).username, { action: 'train', procedure: b.procedure, drafts: [d._id] });
    await content.log({ user: user(req).username, action: 'miss_train', kind: 'intent', key, draftId: d._id, detail: `${phrases.length} câu mẫu` });
    res.json({ draft: summary(d), phrases });
  });

  r.post('/misses/:id/new-procedure', EDIT, async (req, res) => {
    const b = body(z.object({ id: z.string().regex(/^[a-z0-9-]{2,80}$/), name: z.string().min(1).max(200) }), req.body);
    const g = await misses.get(param(req, 'id'));
    if (!g || g.status !== 'open') throw new EditorError(404, 'not_found', 'Không tìm thấy nhóm câu hỏi (hoặc đã xử lý)');
    if (await ctx.procedures.get(agencyId, b.id)) throw new EditorError(409, 'exists', 'Mã thủ tục đã có');
    const phrases = phrasesFrom(g.samples);
    const procedure = {
      id: b.id, name: b.name, aliases: [], domain: '', level: 'xa', authority: '', where: '',
      channels: { inPerson: true, post: false, online: false }, documents: [], fee: { text: '', setByProvince: false, exemptions: [] },
      duration: { text: '' }, eligibility: [], steps: [], legalBasis: [], effectiveFrom: '', officialUrl: '', verifiedOn: '', notes: [],
    };
    const pd = await content.saveDraft('procedure', b.id, procedure, user(req), 'misses');
    const id = await content.saveDraft('intent', b.id, { intent: 'procedure', procedure: b.id, keywords: [], markers: [], phrases }, user(req), 'misses');
    await misses.resolve(g._id, user(req).username, { action: 'new_procedure', procedure: b.id, drafts: [pd._id, id._id] });
    await content.log({ user: user(req).username, action: 'miss_new', kind: 'procedure', key: b.id, draftId: pd._id, detail: `${phrases.length} câu mẫu` });
    res.json({ procedureDraft: summary(pd), intentDraft: summary(id), phrases });
  });

  r.post('/misses/:id/dismiss', EDIT, async (req, res) => {
    const ok = await misses.resolve(param(req, 'id'), user(req).username, { action: 'dismiss' });
    if (!ok) throw new EditorError(404, 'not_found', 'Không tìm thấy nhóm câu hỏi (hoặc đã xử lý)');
    await content.log({ user: user(req).username, action: 'miss_dismiss', detail: param(req, 'id') });
    res.json({ ok: true });
  });

  // ---- try it ----
  r.post('/try', READ, async (req, res) => {
    const b = body(z.object({ text: z.string().trim().min(1).max(2000) }), req.body);
    res.json(tryIt(ctx, b.text));
  });

  // ---- import / export ----
  r.get('/export.xlsx', READ, async (_req, res) => {
    const buf = await exportXlsx(await ctx.procedures.list(agencyId));
    res.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.set('Content-Disposition', `attachment; filename="thu-tuc-${agencyId}.xlsx"`);
    res.send(buf);
  });

  r.get('/export/files', READ, async (_req, res) => {
    const [procs, intents, lexicons] = await Promise.all([ctx.procedures.list(agencyId), training.listIntents(agencyId), training.listLexicons(agencyId)]);
    res.json(renderFiles(procs, intents, lexicons));
  });

  /** Writes data/ and intents/ under DATA_DIR/export/<time>/ (to commit to git or send to another agency). */
  r.post('/export/files', REVIEW, async (req, res) => {
    const [procs, intents, lexicons] = await Promise.all([ctx.procedures.list(agencyId), training.listIntents(agencyId), training.listLexicons(agencyId)]);
    const folder = ctx.now().toISOString().replace(/[:.]/g, '-');
    const written = writeFiles(join(ctx.config.DATA_DIR, 'export', folder), renderFiles(procs, intents, lexicons));
    await content.log({ user: user(req).username, action: 'export', detail: `${written.length} tệp` });
    // the server's own paths stay on the server: reviewers are told the folder under the data directory
    res.json({ dir: `export/${folder}`, files: written.length });
  });

  r.post('/import', EDIT, express.raw({ type: () => true, limit: '20mb' }), async (req, res) => {
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw new EditorError(400, 'missing_body', 'Chưa chọn tệp XLSX');
    const job: ImportJob = { _id: randomUUID(), agencyId, user: user(req).username, status: 'running', processed: 0, total: 0, errors: [], createdAt: ctx.now() };
    await jobs.insert(job);
    const data = Buffer.from(req.body);
    const by = user(req);
    void runImport(job._id, data, by).catch(async (e) => {
      ctx.logger.error({ err: { name: (e as Error)?.name, message: (e as Error)?.message } }, 'xlsx import failed');
      await jobs.updateOne({ _id: job._id }, { $set: { status: 'failed', errors: [{ row: 0, messages: ['Lỗi hệ thống khi nhập, không có gì được nhập'] }] } });
    });
    res.status(202).json({ job: job._id });
  });

  async function runImport(jobId: string, data: Buffer, by: User): Promise<void> {
    const parsed = await parseXlsx(data, ctx.now(), (done, total) => jobs.updateOne({ _id: jobId }, { $set: { processed: done, total } }).then(() => undefined));
    if (parsed.errors.length) {
      await jobs.updateOne({ _id: jobId }, { $set: { status: 'failed', errors: parsed.errors, total: parsed.total } });
      return;
    }
    // all rows valid: only rows that differ from what is published (or already drafted) become drafts for review
    const changed: string[] = [];
    const drafts: string[] = [];
    for (const { procedure } of parsed.rows) {
      const live = await ctx.procedures.get(agencyId, procedure.id);
      if (live && hashData(live) === hashData(procedure)) continue;
      const open = await content.openDraft('procedure', procedure.id);
      if (open && hashData(content.normalize('procedure', open.data)) === hashData(procedure) && open.status === 'submitted') continue;
      const d = await content.saveDraft('procedure', procedure.id, procedure, by, 'xlsx', true);
      changed.push(procedure.id);
      drafts.push(d._id);
    }
    await content.log({ user: by.username, action: 'import', detail: `${parsed.rows.length} dòng, ${changed.length} thay đổi` });
    await jobs.updateOne({ _id: jobId }, { $set: { status: 'done', processed: parsed.total, total: parsed.total, result: { changed, unchanged: parsed.rows.length - changed.length, drafts } } });
  }

  r.get('/import/:job', EDIT, async (req, res) => {
    const job = await jobs.findOne({ _id: param(req, 'job'), agencyId });
    if (!job) throw new EditorError(404, 'not_found', 'Không tìm thấy lượt nhập');
    const { _id, agencyId: _a, ...rest } = job;
    res.json({ job: { id: _id, ...rest } });
  });

  r.use((_req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: 'Không tìm thấy địa chỉ này / not found' } });
  });

  r.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    if (err instanceof EditorError) return void res.status(err.status).json({ error: { code: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) } });
    const e = err as { type?: string; status?: number; name?: string };
    if (e?.type === 'entity.parse.failed') return void res.status(400).json({ error: { code: 'invalid_json', message: 'Nội dung không phải JSON hợp lệ' } });
    if (e?.type === 'entity.too.large') return void res.status(413).json({ error: { code: 'body_too_large', message: 'Tệp quá lớn' } });
    if (err instanceof z.ZodError) return void res.status(422).json({ error: { code: 'invalid_content', message: err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') } });
    ctx.logger.error({ err: { name: e?.name, stack: typeof (err as Error)?.stack === 'string' ? (err as Error).stack!.split('\n').slice(0, 6).join('\n') : undefined } }, 'editor api error');
    res.status(500).json({ error: { code: 'internal_error', message: 'Hệ thống đang gặp sự cố' } });
  });
  return r;
}

/** The one sign-in page both consoles share (src/web/console-public/login.html); it validates `next` again. */
export const SIGN_IN_PAGE = '/console/login.html';

/** A `next` we are willing to forward: only our own /console or /editor paths (no absolute or protocol-relative
 *  address, no backslashes, control characters or dot segments). */
export function isOwnConsolePath(next: string): boolean {
  return /^\/(console|editor)(\/|\?|#|$)/.test(next) && !next.includes('//') && !next.includes('\\')
    && !/[\u0000-\u0020\u007f]/.test(next) && !/(^|\/)(\.|%2e){1,2}(\/|\?|#|$)/i.test(next);
}

const signInUrl = (next: string) => `${SIGN_IN_PAGE}?next=${encodeURIComponent(isOwnConsolePath(next) ? next : '/editor')}`;

/** HTML pages: sign-in redirect to the shared sign-in page, then the role guard. */
export function pageRouter(ctx: AppContext): Router {
  const r = express.Router();
  const READ = guard(ctx.accounts, ['editor', 'reviewer']);
  const signIn = async (req: Request, res: Response, next: NextFunction) => {
    const token = readCookie(req, SESSION_COOKIE);
    if (!token || !(await ctx.accounts.session(token))) return res.redirect(302, signInUrl(req.originalUrl));
    next();
  };
  const page = (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store');
    res.sendFile(join(editorPublicDir(), 'index.html'));
  };
  // The editor's former sign-in page (removed): old bookmarks land on the shared page. Only a redirect, no data;
  // public like the sign-in page itself (reached after the /editor/assets static mount finds no such file).
  r.use('/editor/assets/login.html', (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path !== '/') return next();
    res.redirect(302, signInUrl(typeof req.query.next === 'string' ? req.query.next : '/editor'));
  });
  r.get('/editor', signIn, READ, page);
  r.get('/editor/', signIn, READ, page);
  return r;
}
