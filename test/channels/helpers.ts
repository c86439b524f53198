/** Shared setup for channel tests: store, fakes, app on loopback, signing with the fixture secrets. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import type { ConversationHandler } from '../../src/conversation/port';
import type { InboundMessage, OutboundMessage } from '../../src/channels/message';
import { createChannels, loadChannelConfig, type ChannelConfig, type Channels } from '../../src/channels';
import { createStore } from '../../src/store';
import type { Store } from '../../src/store/ports';
import { FakeGraph } from '../fakes/fake-graph';
import { fixtureBytes, fixtureJson } from '../fakes/fake-server';
import { FakeZalo } from '../fakes/fake-zalo';

export { fixtureBytes, fixtureJson };

export const SIG = fixtureJson<{
  zalo: { app_id: string; oa_id: string; oa_secret_key: string; app_secret_key: string; files: Record<string, string> };
  messenger: { app_id: string; page_id: string; app_secret: string; verify_token: string; files: Record<string, Record<string, string>> };
}>('signatures.json');

export const metaSign = (body: Buffer, secret = SIG.messenger.app_secret): string =>
  `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`;

export function zaloSign(body: Buffer, key = SIG.zalo.oa_secret_key): string {
  const j = JSON.parse(body.toString('utf8')) as { app_id: string; timestamp: string };
  return `mac=${crypto.createHash('sha256').update(j.app_id).update(body).update(j.timestamp).update(key).digest('hex')}`;
}

/** The real embedded store in a fresh temp dir (or `dir`, to reopen it as after a restart). */
export async function openStore(dir?: string): Promise<{ store: Store; dir: string }> {
  const dataDir = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-channels-'));
  return { store: await createStore({ dataDir, autocompactionIntervalMs: 0 }), dir: dataDir };
}

/** Fake ConversationHandler: echoes text, can be scripted per test. */
export class EchoHandler implements ConversationHandler {
  readonly seen: InboundMessage[] = [];
  reply: (msg: InboundMessage) => OutboundMessage[] | Promise<OutboundMessage[]> = (msg) =>
    msg.kind === 'staff_echo' || msg.kind === 'unfollow' ? [] : [{ text: `Đã nhận: ${msg.text ?? msg.payload ?? msg.kind}` }];
  async handle(msg: InboundMessage): Promise<OutboundMessage[]> {
    this.seen.push(msg);
    return this.reply(msg);
  }
}

/** Captures log lines (to assert no PII is logged). */
export function memoryLogger(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void) {
      lines.push(chunk.toString('utf8'));
      cb();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

/** The environment variables that point the Messenger (`graph`) and Zalo (`zalo`) channels at the fakes, with the fixture secrets. */
export function platformEnv(graph: FakeGraph | null, zalo: FakeZalo | null): Record<string, string> {
  const env: Record<string, string> = {};
  if (graph) {
    Object.assign(env, {
      MESSENGER_PAGE_ID: SIG.messenger.page_id,
      MESSENGER_APP_ID: SIG.messenger.app_id,
      MESSENGER_APP_SECRET: SIG.messenger.app_secret,
      MESSENGER_VERIFY_TOKEN: SIG.messenger.verify_token,
      MESSENGER_PAGE_ACCESS_TOKEN: 'FAKE-page-token',
      MESSENGER_API_BASE: graph.url,
    });
  }
  if (zalo) {
    Object.assign(env, {
      ZALO_OA_ID: SIG.zalo.oa_id,
      ZALO_APP_ID: SIG.zalo.app_id,
      ZALO_APP_SECRET: SIG.zalo.app_secret_key,
      ZALO_OA_SECRET_KEY: SIG.zalo.oa_secret_key,
      ZALO_REFRESH_TOKEN: zalo.validRefreshToken,
      ZALO_ACCESS_TOKEN: zalo.validAccessToken,
      ZALO_API_BASE: zalo.url,
      ZALO_OAUTH_BASE: zalo.url,
    });
  }
  return env;
}

export function testConfig(graph: FakeGraph | null, zalo: FakeZalo | null, overrides: Partial<ChannelConfig> = {}): ChannelConfig {
  const base = loadChannelConfig({ AGENCY_ID: 'phuong-test', ...platformEnv(graph, zalo) });
  return {
    ...base,
    pollIntervalMs: 20,
    leaseMs: 5_000,
    httpTimeoutMs: 300,
    retry: { baseMs: 10, maxMs: 40, maxAttempts: 8, rateLimitMinMs: 10, tokenWaitMs: 60_000 },
    typingIndicator: false,
    ...overrides,
  };
}

export interface TestApp {
  channels: Channels;
  url: string;
  close(): Promise<void>;
}

/** An express app like the composition root: channels router first, then a global express.json(). */
export async function startApp(deps: Parameters<typeof createChannels>[0]): Promise<TestApp> {
  const channels = createChannels(deps);
  const app = express();
  app.use(channels.router);
  app.use(express.json());
  app.post('/api/echo', (req, res) => res.json(req.body));
  const server = await new Promise<http.Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    channels,
    url,
    async close() {
      await channels.stop();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

export async function post(url: string, body: Buffer, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: 'POST', body: new Uint8Array(body), headers: { 'content-type': 'application/json', ...headers } });
  return { status: res.status, text: await res.text() };
}

export const postMessenger = (app: TestApp, file: string, signature: string | null = metaSign(fixtureBytes(file))) =>
  post(`${app.url}/webhooks/messenger`, fixtureBytes(file), signature === null ? {} : { 'x-hub-signature-256': signature });

export const postZalo = (app: TestApp, file: string | Buffer, signature?: string | null) => {
  const body = typeof file === 'string' ? fixtureBytes(file) : file;
  const sig = signature === undefined ? zaloSign(body) : signature;
  return post(`${app.url}/webhooks/zalo`, body, sig === null ? {} : { 'x-zevent-signature': sig });
};

export const waitFor = async (cond: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> => {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

export const silentLogger = (): pino.Logger => pino({ level: 'silent' });
