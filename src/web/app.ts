/**
 * The HTTP face of MotCua: the parse API (evaluation contract), the web chat API, the chat page and the
 * health probes. Builds an Express app and does not listen (the composition root does).
 *
 * Order matters: security headers and request logging (no body access) → `mount` (channel webhooks,
 * which parse their own raw body) → express.json for /api → routes → 404 → error handler.
 *
 * Privacy: citizen text may hold phone or ID numbers, so request logs carry method, path, status and
 * timing only — never the body, the query string or the reply.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Attachment, InboundMessage, OutboundMessage } from '../channels/message';
import type { ConversationEngine } from '../conversation/engine';
import { newState, type StateRepository } from '../conversation/state';
import { PROJECT_ROOT } from '../knowledge/source';
import type { ParseOutput } from '../understanding/types';

export interface ReadyReport {
  ok: boolean;
  checks: Record<string, boolean | string>;
}

export interface WebAppDeps {
  engine: ConversationEngine;
  /** The engine's state repository: the parse API loads/saves `api:<conversation>` states through it. */
  states: StateRepository;
  /** Readiness (database reachable, knowledge loaded…): false → GET /readyz answers 503. */
  ready: () => Promise<ReadyReport>;
  logger: Logger;
  /** Agency the web chat and the parse API speak for (default 'default'). */
  agencyId?: string;
  /** Mounts other routers (channel webhooks) before the JSON body parser. */
  mount?: (app: Express) => void;
  /**
   * A citizen's thumbs-down (or up) on the last answer of a web chat conversation (POST /api/v1/feedback);
   * the editors' unanswered-questions inbox collects the downs. Without it the route answers 404.
   */
  feedback?: (agencyId: string, conversationId: string, vote: 'up' | 'down') => Promise<void>;
  /** Folder of the chat page; defaults to <project root>/src/web/public (same from src/ and dist/). */
  publicDir?: string;
  /**
   * Messages sent to a web chat conversation outside a turn (staff replies, hand-off notices), read from the
   * conversation transcript (handoff room). `after` null: only the current position. Without it: none.
   */
  pushed?: (agencyId: string, conversationId: string, after: number | null) => Promise<PushedMessages>;
  /**
   * Keeps a photo or PDF the citizen sends from the web chat and returns the attachment to record
   * (POST /api/v1/chat/:conversation/files). Throws an error with `status` 413/415 for a bad file. Without it: 404.
   */
  upload?: (agencyId: string, conversationId: string, bytes: Buffer, name?: string) => Promise<Attachment>;
}

export interface PushedMessages {
  /** Highest transcript position of the conversation: the page's next `after`. */
  last: number;
  messages: { seq: number; author: 'staff' | 'bot'; text: string; choices?: { title: string; payload: string }[] }[];
}

/** The conversation id in a web chat URL, checked like the one in a request body. */
function conversationParam(req: Request): string {
  const id = String(req.params.conversation ?? '');
  if (!CONVERSATION_ID.test(id)) throw new HttpError(400, 'invalid_conversation', CONVERSATION_RULE);
  return id;
}

/** A reply as the chat page receives it. */
const chatMessageOut = (m: OutboundMessage) => ({
  text: m.text,
  ...(m.choices?.length ? { choices: m.choices.map((c) => ({ title: c.title, payload: c.payload })) } : {}),
  ...(m.links?.length ? { links: m.links.map((l) => ({ title: l.title, url: l.url })) } : {}),
  ...(m.imageUrl ? { imageUrl: m.imageUrl } : {}),
});

export const MAX_TEXT_CHARS = 2000;
/** A little over the upload store's 5 MB, so that it (not the body parser) gives the clear answer. */
const MAX_UPLOAD = '6mb';
export const MAX_BODY = '64kb';
const CONVERSATION_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
const CONVERSATION_RULE = 'conversation: 1–100 ký tự A-Z a-z 0-9 _ . : - / conversation must be 1–100 characters of [A-Za-z0-9_.:-]';

/** Where the static chat page lives, both under tsx (src/web) and after `tsc` (dist/web). */
export function defaultPublicDir(): string {
  const candidates = [join(PROJECT_ROOT, 'src', 'web', 'public'), join(__dirname, 'public')];
  return candidates.find((d) => existsSync(join(d, 'index.html'))) ?? candidates[0];
}

const typeError = (field: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? `Thiếu trường ${field} / '${field}' is required` : `${field} phải là chuỗi / '${field}' must be a string`;

const conversationSchema = z
  .string({ error: typeError('conversation') })
  .regex(CONVERSATION_ID, CONVERSATION_RULE);

const textSchema = z
  .string({ error: typeError('text') })
  .max(MAX_TEXT_CHARS, `Câu hỏi quá dài (tối đa ${MAX_TEXT_CHARS} ký tự) / text is longer than ${MAX_TEXT_CHARS} characters`)
  .refine((s) => s.trim().length > 0, 'Vui lòng nhập nội dung câu hỏi / text must not be empty');

const ParseBody = z.object(
  {
    text: textSchema,
    conversation: conversationSchema.optional(),
  },
  { error: 'Nội dung gửi lên phải là một đối tượng JSON / body must be a JSON object' },
);

const ChatBody = z
  .object(
    {
      conversation: conversationSchema,
      text: z
        .string({ error: typeError('text') })
        .max(MAX_TEXT_CHARS, `Câu hỏi quá dài (tối đa ${MAX_TEXT_CHARS} ký tự) / text is longer than ${MAX_TEXT_CHARS} characters`)
        .optional(),
      payload: z
        .string({ error: typeError('payload') })
        .min(1, 'payload không được rỗng / payload must not be empty')
        .max(200, 'payload quá dài (tối đa 200 ký tự) / payload is longer than 200 characters')
        .optional(),
    },
    { error: 'Nội dung gửi lên phải là một đối tượng JSON / body must be a JSON object' },
  )
  .refine((b) => b.payload !== undefined || (b.text !== undefined && b.text.trim().length > 0), {
    message: 'Vui lòng nhập nội dung câu hỏi / text must not be empty',
    path: ['text'],
  });

const FeedbackBody = z.object(
  {
    conversation: conversationSchema,
    vote: z.enum(['up', 'down'], { error: "vote phải là 'up' hoặc 'down' / vote must be 'up' or 'down'" }),
  },
  { error: 'Nội dung gửi lên phải là một đối tượng JSON / body must be a JSON object' },
);

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/** Zod failure → HttpError (an over-long text is 413, everything else 400). */
function validation(error: z.ZodError): HttpError {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'body';
  if (issue?.code === 'too_big' && field === 'text') return new HttpError(413, 'text_too_long', issue.message);
  const code = field === 'body' ? 'invalid_body' : `invalid_${field}`;
  return new HttpError(400, code, issue?.message ?? 'Dữ liệu không hợp lệ / invalid request');
}

function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  if (body === undefined) throw new HttpError(400, 'missing_body', 'Thiếu nội dung JSON / request body is required');
  const r = schema.safeParse(body);
  if (!r.success) throw validation(r.error);
  return r.data;
}

/** Serializes work per key inside this process, so two quick requests of one conversation don't lose a state save. */
class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function createWebApp(deps: WebAppDeps): Express {
  const { engine, states, logger } = deps;
  const agencyId = deps.agencyId ?? 'default';
  const queue = new KeyedQueue();
  /** One message of a web chat conversation through the engine, one at a time per conversation. */
  const webTurn = (conversation: string, content: Pick<InboundMessage, 'kind' | 'text' | 'payload' | 'attachments'>) => {
    const conversationId = `web:${conversation}`;
    const msg: InboundMessage = { agencyId, channel: 'web', conversationId, userId: conversationId, externalId: `web-${randomUUID()}`, receivedAt: new Date(), ...content };
    return queue.run(`${agencyId}\u0000${conversationId}`, () => engine.handle(msg));
  };
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');

  // 1. headers + request log (never the body, never the query string)
  app.use((req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const id = randomUUID();
    res.setHeader('X-Request-Id', id);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    // photos citizens send on Zalo/Messenger stay on the platforms' CDNs: the staff console may show them
    if (req.path.startsWith('/console')) res.setHeader('Content-Security-Policy', SECURITY_HEADERS['Content-Security-Policy'].replace("img-src 'self' data:", "img-src 'self' data: https:"));
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // no query string; long digit runs masked (a mistyped URL could carry a phone or ID number)
      const path = req.originalUrl.split('?')[0].slice(0, 200).replace(/\d{6,}/g, '***');
      if (path === '/healthz' || path === '/readyz') return; // probes every few seconds: not worth a line
      const entry = { reqId: id, method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 };
      if (res.statusCode >= 500) logger.error(entry, 'http request');
      else logger.info(entry, 'http request');
    });
    next();
  });

  // 2. other routers (channel webhooks parse their own raw body): before any body parser
  deps.mount?.(app);

  // 3. probes
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    try {
      const report = await deps.ready();
      res.status(report.ok ? 200 : 503).json({ status: report.ok ? 'ok' : 'unavailable', checks: report.checks });
    } catch (err) {
      logger.error({ err: { name: (err as Error)?.name, message: (err as Error)?.message } }, 'readiness check threw');
      res.status(503).json({ status: 'unavailable', checks: { ready: 'readiness check failed' } });
    }
  });

  // 4. files from the web chat (raw bytes, before the JSON-only API below)
  app.post('/api/v1/chat/:conversation/files', express.raw({ type: () => true, limit: MAX_UPLOAD }), async (req, res) => {
    if (!deps.upload) throw new HttpError(404, 'not_found', 'Không tìm thấy địa chỉ này / not found');
    const id = conversationParam(req);
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!bytes.length) throw new HttpError(400, 'missing_file', 'Chưa có tệp / no file in the request body');
    const name = typeof req.query.name === 'string' ? req.query.name : undefined;
    let attachment: Attachment;
    try {
      attachment = await deps.upload(agencyId, `web:${id}`, bytes, name);
    } catch (e) {
      const status = (e as { status?: number }).status;
      if (status === 413 || status === 415) throw new HttpError(status, (e as { code?: string }).code ?? 'bad_file', (e as Error).message);
      throw e;
    }
    const messages = await webTurn(id, { kind: 'attachment', attachments: [attachment] });
    res.set('Cache-Control', 'no-store').json({ conversation: id, messages: messages.map(chatMessageOut) });
  });

  // 5. JSON API
  const api = express.Router();
  api.use((req, _res, next) => {
    if (req.method !== 'POST') return next();
    // req.is: null = no body (validation says "missing"), false = a body of another type
    if (req.is('application/json') === false) {
      return next(new HttpError(415, 'unsupported_media_type', 'Nội dung phải ở dạng JSON (Content-Type: application/json) / body must be application/json'));
    }
    next();
  });
  api.use(express.json({ limit: MAX_BODY, strict: true }));

  api.post('/parse', async (req, res) => {
    const body = parseBody(ParseBody, req.body);
    let parse: ParseOutput;
    if (body.conversation === undefined) {
      parse = engine.turn(newState(agencyId, ''), body.text).parse;
    } else {
      const conversationId = `api:${body.conversation}`;
      parse = await queue.run(`${agencyId}\u0000${conversationId}`, async () => {
        const state = (await states.get(agencyId, conversationId)) ?? newState(agencyId, conversationId);
        const result = engine.turn(state, body.text);
        await states.save({ ...result.state, updatedAt: new Date() });
        return result.parse;
      });
    }
    const { intent, procedure, aspect, confidence, reply } = parse;
    res.json({ intent, procedure, aspect, confidence, reply });
  });

  api.post('/chat', async (req, res) => {
    const body = parseBody(ChatBody, req.body);
    const messages = await webTurn(body.conversation, { kind: body.payload !== undefined ? 'choice' : 'text', text: body.text, payload: body.payload });
    res.set('Cache-Control', 'no-store').json({ conversation: body.conversation, messages: messages.map(chatMessageOut) });
  });

  api.post('/feedback', async (req, res) => {
    if (!deps.feedback) throw new HttpError(404, 'not_found', 'Không tìm thấy địa chỉ này / not found');
    const body = parseBody(FeedbackBody, req.body);
    await deps.feedback(agencyId, `web:${body.conversation}`, body.vote);
    res.set('Cache-Control', 'no-store').json({ ok: true });
  });

  // the chat page polls this every ~2 s while open: staff replies and hand-off notices
  api.get('/chat/:conversation/messages', async (req, res) => {
    const id = conversationParam(req);
    const raw = req.query.after;
    const after = typeof raw === 'string' && /^\d{1,12}$/.test(raw) ? Number(raw) : null;
    const out: PushedMessages = deps.pushed ? await deps.pushed(agencyId, `web:${id}`, after) : { last: 0, messages: [] };
    res.set('Cache-Control', 'no-store').json(out);
  });

  for (const path of ['/parse', '/chat', '/feedback']) {
    api.all(path, (_req, res) => {
      res.set('Allow', 'POST');
      sendError(res, 405, 'method_not_allowed', 'Chỉ hỗ trợ phương thức POST / only POST is allowed');
    });
  }
  app.use('/api/v1', api);

  // 6. chat page
  app.use(
    express.static(deps.publicDir ?? defaultPublicDir(), {
      index: 'index.html',
      dotfiles: 'ignore',
      redirect: false,
      setHeaders: (res, file) => {
        res.setHeader('Cache-Control', file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600');
      },
    }),
  );

  // 7. anything else
  app.use((_req, res) => {
    sendError(res, 404, 'not_found', 'Không tìm thấy địa chỉ này / not found');
  });

  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    if (err instanceof HttpError) return sendError(res, err.status, err.code, err.message);
    const e = err as { type?: string; status?: number; name?: string; message?: string };
    switch (e?.type) {
      case 'entity.parse.failed':
        return sendError(res, 400, 'invalid_json', 'Nội dung không phải JSON hợp lệ / body is not valid JSON');
      case 'entity.too.large':
        return sendError(res, 413, 'body_too_large', `Nội dung gửi lên quá lớn (tối đa ${MAX_BODY}) / body is larger than ${MAX_BODY}`);
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return sendError(res, 415, 'unsupported_encoding', 'Bảng mã không được hỗ trợ (dùng UTF-8) / unsupported charset or encoding');
      case 'request.aborted':
        return sendError(res, 400, 'request_aborted', 'Yêu cầu bị ngắt / request aborted');
    }
    if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
      return sendError(res, e.status, 'bad_request', 'Yêu cầu không hợp lệ / bad request');
    }
    // the message of an engine error could quote input: log the name and stack frames only
    logger.error({ err: { name: e?.name, stack: typeof (err as Error)?.stack === 'string' ? (err as Error).stack!.split('\n').slice(1, 6).join('\n') : undefined } }, 'unhandled error in web app');
    sendError(res, 500, 'internal_error', 'Hệ thống đang gặp sự cố, vui lòng thử lại sau / internal error');
  });

  return app;
}
