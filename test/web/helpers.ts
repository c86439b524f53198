/** Shared setup for the web tests: a real engine from the repository files behind a real HTTP server on loopback. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import pino from 'pino';
import { AgencyProfileSchema } from '../../src/conversation/agency';
import { ConversationEngine } from '../../src/conversation/engine';
import { MemoryStateRepository } from '../../src/conversation/state';
import { buildSnapshot, KnowledgeBase } from '../../src/knowledge/kb';
import { loadSourceFromFiles } from '../../src/knowledge/source';
import { createWebApp, type ReadyReport, type WebAppDeps } from '../../src/web/app';
import { readJson } from '../support/http';

let kb: KnowledgeBase | undefined;
/** Built once per test file (loading + matcher build is the slow part). */
export function knowledge(): KnowledgeBase {
  kb ??= new KnowledgeBase(buildSnapshot(loadSourceFromFiles().source));
  return kb;
}

export interface TestServer {
  url: string;
  logLines: string[];
  states: MemoryStateRepository;
  setReady(r: ReadyReport): void;
  close(): Promise<void>;
}

export async function startServer(extra: Partial<WebAppDeps> = {}): Promise<TestServer> {
  const agency = AgencyProfileSchema.parse({});
  const states = new MemoryStateRepository();
  const engine = new ConversationEngine({ knowledge: () => knowledge(), states, agency: () => agency });
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(String(chunk));
      cb();
    },
  });
  let ready: ReadyReport = { ok: true, checks: { knowledge: true } };
  const app = createWebApp({ engine, states, ready: async () => ready, logger: pino({ level: 'info' }, sink), ...extra });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    logLines,
    states,
    setReady: (r) => {
      ready = r;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return readJson(res);
}
