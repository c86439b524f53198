/** The whole app on loopback (embedded store in a temp dir) with editor, reviewer, staff and admin accounts. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { readJson } from '../support/http';

export const PASSWORD = 'mat-khau-thu-nghiem-1';
export const ACCOUNTS = {
  admin: { roles: ['admin'] },
  editor1: { roles: ['editor'] },
  reviewer1: { roles: ['reviewer'] },
  staff1: { roles: ['staff'] },
} as const;

export interface Clock {
  now: () => Date;
  set(d: Date | string): void;
  add(ms: number): void;
}

export function clock(start: string | Date = '2026-12-01T03:00:00Z'): Clock {
  let t = new Date(start);
  return { now: () => new Date(t), set: (d) => { t = new Date(d); }, add: (ms) => { t = new Date(t.getTime() + ms); } };
}

export interface TestApp {
  running: RunningApp;
  url: string;
  dir: string;
  clock: Clock;
  login(username: keyof typeof ACCOUNTS | string): Promise<Session>;
  chat(text: string, conversation?: string): Promise<string>;
  close(): Promise<void>;
}

export interface Session {
  cookie: string;
  csrf: string;
  get(path: string): Promise<{ status: number; json: any; headers: Headers }>;
  send(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any; headers: Headers }>;
}

export async function startTestApp(options: { clock?: Clock; env?: Record<string, string> } = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-editor-'));
  const c = options.clock ?? clock();
  const env = { ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: PASSWORD, LOG_LEVEL: 'silent', EDITOR_SCHEDULE_MS: '0', ...options.env };
  const running = await startApp(loadConfig({ ...env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, KB_REFRESH_MS: '0' }), { env, now: c.now, logger: pino({ level: 'silent' }) });
  for (const [username, a] of Object.entries(ACCOUNTS)) {
    if (username === 'admin') continue;
    await running.context.accounts.create(running.context.agencyId, { username, displayName: username, roles: [...a.roles], password: PASSWORD });
  }
  const url = running.url;
  let n = 0;
  const app: TestApp = {
    running, url, dir, clock: c,
    async login(username) {
      const res = await fetch(`${url}/console/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      const session: Session = {
        cookie, csrf: csrfToken,
        get: async (path) => readJson(await fetch(`${url}${path}`, { headers: { cookie, accept: 'application/json' }, redirect: 'manual' })),
        send: async (method, path, body, headers = {}) => {
          const isBuf = Buffer.isBuffer(body);
          return readJson(await fetch(`${url}${path}`, {
            method,
            headers: { cookie, 'x-csrf-token': csrfToken, accept: 'application/json', 'content-type': isBuf ? 'application/octet-stream' : 'application/json', ...headers },
            body: body === undefined ? undefined : isBuf ? new Uint8Array(body as Buffer) : JSON.stringify(body),
            redirect: 'manual',
          }));
        },
      };
      return session;
    },
    async chat(text, conversation) {
      const res = await fetch(`${url}/api/v1/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversation: conversation ?? `t${++n}-${Date.now()}`, text }) });
      const json = (await res.json()) as { messages: { text: string }[] };
      return json.messages.map((m) => m.text).join('\n\n');
    },
    async close() {
      running.server.closeAllConnections();
      await running.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return app;
}
