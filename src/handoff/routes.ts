/**
 * HTTP routes of the handoff room.
 *
 * Staff console (every route behind `guard`; test/console/guards.test.ts walks the router and proves it):
 *   GET  /console/                     console page (staff)          GET /console/login.html   sign-in page (public; shared with the editor console /editor)
 *   GET  /console/assets/*             console script and styles (public, no data)
 *   GET  /console/api/queue?status=open|resolved|all
 *   GET  /console/api/cases/:id        case with personal data (read is audited)
 *   GET  /console/api/cases/:id/messages?after=<seq>
 *   POST /console/api/cases/:id/{take,assign,reply,notes,status,handback,close}
 *   GET  /console/api/events           server-sent events (live updates through the store)
 *   GET  /console/api/staff            colleagues to assign to
 *   GET  /console/api/canned           canned answers; POST / DELETE /console/api/canned[/:id] (admin)
 *   GET|POST /console/api/users        accounts (admin)
 *   GET  /console/api/audit            audit trail (admin)
 *   GET|POST /console/api/applications application statuses for the status lookup (staff)
 *
 * The citizen web chat's GET /api/v1/chat/:conversation/messages (src/web/app.ts) reads `pushedMessages` below.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { NewUserSchema, type AccountService, type Role } from '../accounts/users';
import { PROJECT_ROOT } from '../knowledge/source';
import { guard } from '../web/auth';
import { CASE_STATUSES, type CannedDoc, type EventDoc, type TranscriptDoc } from './model';
import type { EventFeed } from './events';
import type { UploadStore } from './uploads';
import { HandoffError, type HandoffService } from './service';
import type { HandoffRepo } from './repo';
import { ApplicationInput, type StoreStatusLookup } from './status';
import type { PushedMessages } from '../web/app';

/** A guard that remembers its roles, so the route-walking test knows which routes are admin-only. */
export type TaggedGuard = RequestHandler & { roles: Role[] };
export function guarded(accounts: AccountService, roles: Role[]): TaggedGuard {
  return Object.assign(guard(accounts, roles), { roles });
}

/** Console static files, under tsx (src/web/console-public) and after `tsc` (copied next to dist). */
export function consolePublicDir(): string {
  const candidates = [join(PROJECT_ROOT, 'src', 'web', 'console-public'), join(__dirname, '..', 'web', 'console-public')];
  return candidates.find((d) => existsSync(join(d, 'index.html'))) ?? candidates[0];
}

const TextBody = z.object({ text: z.string().trim().min(1, 'Nội dung trống / text is empty').max(2000, 'Tối đa 2.000 ký tự / at most 2,000 characters') });
const NoteBody = z.object({ note: z.string().trim().min(1, 'Cần ghi kết quả xử lý / a resolution note is required').max(2000) });
const AssignBody = z.object({ username: z.string().min(1).max(40) });
const StatusBody = z.object({ status: z.enum(CASE_STATUSES.filter((s) => s !== 'resolved') as ['new', 'in_progress', 'waiting']) });
const CannedBody = z.object({ title: z.string().trim().min(1).max(80), text: z.string().trim().min(1).max(2000) });

type Handler = (req: Request, res: Response) => Promise<unknown>;

function send(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/** Async handler with this room's error answers (never echoing input back). */
function h(fn: Handler, logger: Logger): RequestHandler {
  return (req, res, next: NextFunction) => {
    res.set('Cache-Control', 'no-store');
    fn(req, res).catch((err: unknown) => {
      if (res.headersSent) return next(err);
      if (err instanceof HandoffError) return send(res, err.status, err.code, err.message);
      if (err instanceof z.ZodError) return send(res, 400, 'invalid_body', err.issues[0]?.message ?? 'Dữ liệu không hợp lệ / invalid request');
      if (err instanceof Error && /đã tồn tại/.test(err.message)) return send(res, 409, 'exists', err.message);
      logger.error({ err: { name: (err as Error)?.name, stack: (err as Error)?.stack?.split('\n').slice(1, 5).join('\n') } }, 'handoff route failed');
      send(res, 500, 'internal_error', 'Hệ thống đang gặp sự cố / internal error');
    });
  };
}

const transcriptOut = (d: TranscriptDoc) => ({
  seq: d.seq, author: d.author, text: d.text, at: d.at,
  ...(d.staffName ? { staffName: d.staffName } : {}),
  ...(d.attachments ? { attachments: d.attachments } : {}),
  ...(d.choices ? { choices: d.choices.map((c) => c.title) } : {}),
});

export interface RoutesDeps {
  service: HandoffService;
  feed: EventFeed;
  accounts: AccountService;
  status: StoreStatusLookup;
  agencyId: string;
  logger: Logger;
  /** Open SSE responses, ended on stop. */
  streams: Set<Response>;
  /** Files citizens sent from the web chat. */
  uploads: UploadStore;
}

export function mountHandoffRoutes(app: Express, d: RoutesDeps): void {
  const { service, accounts, agencyId, logger } = d;
  const staff = guarded(accounts, ['staff']);
  const admin = guarded(accounts, ['admin']);
  const repo = service.repo;
  const H = (fn: Handler) => h(fn, logger);
  const param = (req: Request, name: string) => String(req.params[name] ?? '');

  // ---------------------------------------------------------------- console API
  const api = express.Router();
  api.use(express.json({ limit: '64kb' }));

  api.get('/queue', staff, H(async (req, res) => {
    const which = req.query.status === 'resolved' || req.query.status === 'all' ? req.query.status : 'open';
    res.json({ now: new Date(), items: await service.queue(agencyId, which) });
  }));
  api.get('/cases/:id', staff, H(async (req, res) => {
    res.json(await service.detail(agencyId, param(req, 'id'), req.user!));
  }));
  api.get('/cases/:id/messages', staff, H(async (req, res) => {
    const after = Math.max(0, Number.parseInt(String(req.query.after ?? '0'), 10) || 0);
    res.json({ messages: (await service.messages(agencyId, param(req, 'id'), after)).map(transcriptOut) });
  }));
  api.post('/cases/:id/take', staff, H(async (req, res) => {
    res.json({ ok: true, case: { id: (await service.take(agencyId, param(req, 'id'), req.user!))._id } });
  }));
  api.post('/cases/:id/assign', staff, H(async (req, res) => {
    const body = AssignBody.parse(req.body ?? {});
    await service.assign(agencyId, param(req, 'id'), req.user!, body.username);
    res.json({ ok: true });
  }));
  api.post('/cases/:id/reply', staff, H(async (req, res) => {
    const body = TextBody.parse(req.body ?? {});
    res.json({ ok: true, message: transcriptOut(await service.reply(agencyId, param(req, 'id'), req.user!, body.text)) });
  }));
  api.post('/cases/:id/notes', staff, H(async (req, res) => {
    const body = TextBody.parse(req.body ?? {});
    res.json({ ok: true, message: transcriptOut(await service.note(agencyId, param(req, 'id'), req.user!, body.text)) });
  }));
  api.post('/cases/:id/status', staff, H(async (req, res) => {
    const body = StatusBody.parse(req.body ?? {});
    await service.setStatus(agencyId, param(req, 'id'), req.user!, body.status);
    res.json({ ok: true });
  }));
  api.post('/cases/:id/handback', staff, H(async (req, res) => {
    await service.handback(agencyId, param(req, 'id'), req.user!);
    res.json({ ok: true });
  }));
  api.post('/cases/:id/close', staff, H(async (req, res) => {
    const body = NoteBody.parse(req.body ?? {});
    await service.close(agencyId, param(req, 'id'), req.user!, body.note);
    res.json({ ok: true });
  }));

  api.get('/events', staff, (req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    res.write('retry: 2000\n\n');
    res.flushHeaders?.();
    const write = (ev: EventDoc) => {
      res.write(`id: ${ev._id}\nevent: ${ev.type}\ndata: ${JSON.stringify({ type: ev.type, caseId: ev.caseId, at: ev.at })}\n\n`);
    };
    const unsubscribe = d.feed.subscribe(agencyId, write);
    const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
    ping.unref?.();
    d.streams.add(res);
    const done = () => {
      clearInterval(ping);
      unsubscribe();
      d.streams.delete(res);
    };
    req.on('close', done);
    res.on('close', done);
  });

  // a file a citizen sent from the web chat (personal data: staff only, never cached, shown inline as itself)
  api.get('/uploads/:id', staff, H(async (req, res) => {
    const file = await d.uploads.get(agencyId, param(req, 'id'));
    if (!file) return send(res, 404, 'not_found', 'Không tìm thấy tệp / file not found');
    res.set({ 'Content-Type': file.contentType, 'X-Content-Type-Options': 'nosniff', 'Content-Disposition': `inline; filename="tep${file.contentType === 'application/pdf' ? '.pdf' : ''}"` });
    res.send(file.bytes);
  }));

  api.get('/staff', staff, H(async (_req, res) => {
    const users = await accounts.list(agencyId);
    res.json({ staff: users.filter((u) => u.roles.includes('staff') || u.roles.includes('admin')).map((u) => ({ username: u.username, name: u.displayName })) });
  }));

  api.get('/canned', staff, H(async (_req, res) => {
    const docs = await repo.canned.find({ agencyId }, { sort: { title: 1 } });
    res.json({ canned: docs.map((c) => ({ id: c._id, title: c.title, text: c.text })) });
  }));
  api.post('/canned', admin, H(async (req, res) => {
    const body = CannedBody.parse(req.body ?? {});
    const doc: CannedDoc = { _id: randomUUID(), agencyId, title: body.title, text: body.text, createdAt: new Date(), createdBy: req.user!.username };
    await repo.canned.insert(doc);
    await repo.record(agencyId, req.user!, 'canned.create', { detail: body.title });
    res.status(201).json({ id: doc._id });
  }));
  api.delete('/canned/:id', admin, H(async (req, res) => {
    const n = await repo.canned.deleteMany({ _id: param(req, 'id'), agencyId });
    if (!n) throw new HandoffError(404, 'not_found', 'Không tìm thấy / not found');
    await repo.record(agencyId, req.user!, 'canned.delete', { detail: param(req, 'id') });
    res.json({ ok: true });
  }));

  api.get('/users', admin, H(async (_req, res) => {
    res.json({ users: await accounts.list(agencyId) });
  }));
  api.post('/users', admin, H(async (req, res) => {
    const body = NewUserSchema.parse(req.body ?? {});
    const user = await accounts.create(agencyId, body);
    await repo.record(agencyId, req.user!, 'user.create', { detail: `${user.username} (${user.roles.join(',')})` });
    res.status(201).json({ user });
  }));

  api.get('/audit', admin, H(async (req, res) => {
    const filter: Record<string, unknown> = { agencyId };
    if (typeof req.query.caseId === 'string') filter.caseId = req.query.caseId;
    if (typeof req.query.username === 'string') filter['actor.username'] = req.query.username;
    const docs = await repo.audit.find(filter, { sort: { at: -1 }, limit: 500 });
    res.json({ audit: docs.map((a) => ({ at: a.at, username: a.actor.username, action: a.action, caseId: a.caseId, code: a.code, detail: a.detail })) });
  }));

  api.get('/applications', staff, H(async (req, res) => {
    if (typeof req.query.code === 'string' && req.query.code) {
      const r = await d.status.lookup(agencyId, req.query.code.trim());
      return void res.json({ applications: r.found ? [r.record] : [] });
    }
    res.json({ applications: await d.status.list(agencyId) });
  }));
  api.post('/applications', staff, H(async (req, res) => {
    const record = await d.status.set(agencyId, ApplicationInput.parse(req.body ?? {}), req.user!.username);
    await repo.record(agencyId, req.user!, 'application.set', { detail: `${record.code}: ${record.status}` });
    res.json({ application: record });
  }));

  app.use('/console/api', api);

  // ---------------------------------------------------------------- console pages
  const dir = consolePublicDir();
  const page = (file: string): RequestHandler => (_req, res) => {
    res.set('Cache-Control', 'no-store');
    res.sendFile(join(dir, file));
  };
  const pages = express.Router();
  pages.get('/login.html', page('login.html')); // public: the one sign-in form of both consoles (/console and /editor)
  pages.get('/', staff, page('index.html'));
  app.use('/console/assets', express.static(join(dir, 'assets'), { index: false, dotfiles: 'ignore', redirect: false, maxAge: '1h' }));
  app.use('/console', pages);
}

/** Messages pushed to a web chat conversation outside a turn (what the chat page polls for). */
export async function pushedMessages(repo: HandoffRepo, agencyId: string, conversationId: string, after: number | null): Promise<PushedMessages> {
  const conv = await repo.getConversation(agencyId, conversationId);
  const last = conv?.seq ?? 0;
  if (after === null) return { last, messages: [] };
  const docs = await repo.transcript.find({ agencyId, conversationId, seq: { $gt: after }, push: true }, { sort: { seq: 1 }, limit: 100 });
  return {
    last,
    messages: docs
      .filter((m) => m.author !== 'note') // belt and braces: internal notes are never pushed
      .map((m) => ({ seq: m.seq, author: m.author === 'staff' ? ('staff' as const) : ('bot' as const), text: m.text, ...(m.choices ? { choices: m.choices } : {}) })),
  };
}
