/** The whole app (startApp) on loopback with a temp DATA_DIR, a staff client for the console API, a citizen web chat client. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { readJson } from '../support/http';

export const ADMIN = { username: 'admin', password: 'admin-password-1' };
export const STAFF = { username: 'canbo.lan', password: 'staff-password-1', displayName: 'Nguyễn Thị Lan' };
export const STAFF2 = { username: 'canbo.minh', password: 'staff-password-2', displayName: 'Trần Văn Minh' };
export const EDITOR = { username: 'bientap', password: 'editor-password-1', displayName: 'Biên tập' };

export interface TestApp {
  running: RunningApp;
  url: string;
  dir: string;
  env: Record<string, string>;
  logLines: string[];
  close(): Promise<void>;
}

export interface Clock {
  now: () => Date;
  advance(ms: number): void;
}

/** A clock that follows real time, shifted by `advance` (holding messages, windows). */
export function shiftedClock(): Clock {
  let offset = 0;
  return { now: () => new Date(Date.now() + offset), advance: (ms) => { offset += ms; } };
}

export async function startTestApp(extraEnv: Record<string, string> = {}, options: { now?: () => Date; dir?: string } = {}): Promise<TestApp> {
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-handoff-'));
  const env: Record<string, string> = {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    LOG_LEVEL: 'info',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    OFFICE_HOURS: 'always',
    HANDOFF_EVENTS_POLL_MS: '100',
    CHANNEL_POLL_INTERVAL_MS: '20',
    MESSENGER_TYPING_INDICATOR: 'false',
    ...extraEnv,
  };
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(String(chunk));
      cb();
    },
  });
  const running = await startApp(loadConfig(env), { env, now: options.now, logger: pino({ level: 'info' }, sink) });
  return {
    running,
    url: running.url,
    dir,
    env,
    logLines,
    async close() {
      running.server.closeAllConnections();
      await running.stop();
    },
  };
}

/** A signed-in console user (cookie + CSRF token), talking JSON to /console/api. */
export class ConsoleClient {
  private constructor(readonly base: string, readonly cookie: string, readonly csrf: string) {}

  static async login(base: string, username: string, password: string): Promise<ConsoleClient> {
    const res = await fetch(`${base}/console/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    const body = (await res.json()) as { csrfToken: string };
    return new ConsoleClient(base, cookie, body.csrfToken);
  }

  async request(method: string, p: string, body?: unknown): Promise<{ status: number; json: any }> {
    const res = await fetch(`${this.base}${p}`, {
      method,
      headers: { cookie: this.cookie, accept: 'application/json', 'x-csrf-token': this.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
    });
    const { status, json } = await readJson(res);
    return { status, json };
  }

  get(p: string) {
    return this.request('GET', `/console/api${p}`);
  }
  post(p: string, body: unknown = {}) {
    return this.request('POST', `/console/api${p}`, body);
  }

  /** POST that must succeed. */
  async ok(p: string, body: unknown = {}): Promise<any> {
    const r = await this.post(p, body);
    if (r.status >= 300) throw new Error(`POST ${p}: ${r.status} ${JSON.stringify(r.json)}`);
    return r.json;
  }
}

/** Admin signs in and creates the staff (and editor) accounts through the admin API. */
export async function createAccounts(base: string): Promise<{ admin: ConsoleClient; staff: ConsoleClient; staff2: ConsoleClient; editor: ConsoleClient }> {
  const admin = await ConsoleClient.login(base, ADMIN.username, ADMIN.password);
  for (const [u, roles] of [[STAFF, ['staff']], [STAFF2, ['staff']], [EDITOR, ['editor']]] as const) {
    const r = await admin.post('/users', { username: u.username, displayName: u.displayName, roles, password: u.password });
    if (r.status !== 201) throw new Error(`create ${u.username}: ${r.status} ${JSON.stringify(r.json)}`);
  }
  return {
    admin,
    staff: await ConsoleClient.login(base, STAFF.username, STAFF.password),
    staff2: await ConsoleClient.login(base, STAFF2.username, STAFF2.password),
    editor: await ConsoleClient.login(base, EDITOR.username, EDITOR.password),
  };
}

/** The citizen's web chat: POST /api/v1/chat and the pushed-messages feed. */
export class WebCitizen {
  private cursor = 0;
  constructor(readonly base: string, readonly conversation: string) {}

  async say(text: string, payload?: string): Promise<string[]> {
    const res = await fetch(`${this.base}/api/v1/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversation: this.conversation, ...(text ? { text } : {}), ...(payload ? { payload } : {}) }),
    });
    if (res.status !== 200) throw new Error(`chat: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { messages: { text: string }[] }).messages.map((m) => m.text);
  }

  /** Sends a file as the chat page does; returns the HTTP status and the bot's replies. */
  async sendFile(bytes: Buffer, contentType: string, name: string): Promise<{ status: number; replies: string[]; error?: string }> {
    const res = await fetch(`${this.base}/api/v1/chat/${this.conversation}/files?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(bytes) });
    const body = (await res.json()) as { messages?: { text: string }[]; error?: { code: string } };
    return { status: res.status, replies: (body.messages ?? []).map((m) => m.text), error: body.error?.code };
  }

  /** Messages pushed since the last call (staff replies, notices). */
  async pushed(): Promise<{ author: string; text: string }[]> {
    const res = await fetch(`${this.base}/api/v1/chat/${this.conversation}/messages?after=${this.cursor}`);
    const body = (await res.json()) as { last: number; messages: { seq: number; author: string; text: string }[] };
    for (const m of body.messages) this.cursor = Math.max(this.cursor, m.seq);
    return body.messages.map((m) => ({ author: m.author, text: m.text }));
  }
}

export const waitFor = async <T>(fn: () => Promise<T | null | undefined | false>, timeoutMs = 5_000, stepMs = 25): Promise<T> => {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, stepMs));
  }
};
