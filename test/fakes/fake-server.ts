/** Shared plumbing of the fake platform servers: listen on loopback port 0, record, scripted failures. */
import express, { type Express, type Request } from 'express';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import path from 'node:path';

export const FIXTURES_DIR = process.env.MOTCUA_CHANNEL_FIXTURES ?? path.resolve(__dirname, '../../../shared/fixtures/channels');
export const fixtureBytes = (name: string): Buffer => fs.readFileSync(path.join(FIXTURES_DIR, name));
export const fixtureJson = <T = any>(name: string): T => JSON.parse(fixtureBytes(name).toString('utf8')) as T;

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: http.IncomingHttpHeaders;
  body: any;
  at: number;
}

export interface Failure<M extends string> {
  mode: M;
  remaining: number;
  match: (r: RecordedRequest) => boolean;
}

export class FakeServer<M extends string> {
  readonly requests: RecordedRequest[] = [];
  protected failures: Failure<M>[] = [];
  private server?: http.Server;
  private hanging = new Set<() => void>();
  origin = '';

  constructor(protected readonly app: Express = express()) {}

  protected record(req: Request): RecordedRequest {
    const r = { method: req.method, path: req.path, query: { ...req.query }, headers: req.headers, body: req.body, at: Date.now() };
    this.requests.push(r);
    return r;
  }

  /** Make the next `n` matching calls fail with `mode`. */
  failNext(n: number, mode: M, match: (r: RecordedRequest) => boolean = () => true): this {
    this.failures.push({ mode, remaining: n, match });
    return this;
  }

  protected takeFailure(r: RecordedRequest): M | undefined {
    const f = this.failures.find((x) => x.remaining > 0 && x.match(r));
    if (!f) return undefined;
    f.remaining--;
    return f.mode;
  }

  /** Never answer (until close): the client must time out. */
  protected hang(res: express.Response): void {
    const end = () => res.destroy();
    this.hanging.add(end);
    res.on('close', () => this.hanging.delete(end));
  }

  async listen(): Promise<this> {
    this.server = await new Promise<http.Server>((resolve) => {
      const s = this.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const end of this.hanging) end();
    if (!this.server) return;
    const s = this.server;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
}
