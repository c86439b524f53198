/**
 * Fake Zalo OA API + OAuth v4 on loopback (serve as both ZALO_API_BASE and ZALO_OAUTH_BASE). Records every
 * request, checks the `access_token` header against the currently valid token (-216 otherwise, HTTP 200
 * like the real thing), rotates single-use refresh tokens, and can fail the next N calls.
 */
import express from 'express';
import { FakeServer, fixtureJson, type RecordedRequest } from './fake-server';

export type ZaloFailure = '5xx' | 'hang' | 'rate-limit' | 'token' | 'window' | 'reject-buttons';

export const isCsSend = (r: RecordedRequest): boolean => r.path === '/v3.0/oa/message/cs';
export const isAnonymousSend = (r: RecordedRequest): boolean => r.path === '/v2.0/oa/message';
export const isRefresh = (r: RecordedRequest): boolean => r.path === '/v4/oa/access_token';

export interface FakeZaloOptions {
  appId?: string;
  appSecret?: string;
  accessToken?: string;
  refreshToken?: string;
}

export class FakeZalo extends FakeServer<ZaloFailure> {
  validAccessToken: string;
  validRefreshToken: string;
  readonly appId: string;
  readonly appSecret: string;
  /** Delay of the OAuth answer (widens refresh races in tests). */
  refreshDelayMs = 0;
  /** Awaited before answering a CS send (lets a test inspect the store at that moment). */
  onSend?: (r: RecordedRequest) => Promise<void> | void;
  private seq = 0;
  private generation = 0;

  static async start(options: FakeZaloOptions = {}): Promise<FakeZalo> {
    return new FakeZalo(options).listen();
  }

  get url(): string {
    return this.origin;
  }
  get sends(): RecordedRequest[] {
    return this.requests.filter(isCsSend);
  }
  get refreshes(): RecordedRequest[] {
    return this.requests.filter(isRefresh);
  }

  override failNext(n: number, mode: ZaloFailure, match: (r: RecordedRequest) => boolean = isCsSend): this {
    return super.failNext(n, mode, match);
  }

  /** Invalidate the current access token (as if it expired). */
  expireAccessToken(): void {
    this.validAccessToken = `expired-${this.validAccessToken}`;
  }

  private constructor(o: FakeZaloOptions) {
    super();
    this.appId = o.appId ?? '1357913579135791357';
    this.appSecret = o.appSecret ?? 'FAKEappSecret-1357924680';
    this.validAccessToken = o.accessToken ?? 'AT-0';
    this.validRefreshToken = o.refreshToken ?? 'RT-0';

    this.app.post('/v3.0/oa/message/cs', express.json(), async (req, res) => {
      const r = this.record(req);
      const failure = this.takeFailure(r);
      if (failure === 'hang') return this.hang(res);
      if (failure === '5xx') {
        res.status(502).send('Bad Gateway');
        return;
      }
      if (failure === 'rate-limit') return void res.json(fixtureJson('zalo-send-error-rate-limit.response.json'));
      if (failure === 'token') return void res.json(fixtureJson('zalo-send-error-token.response.json'));
      if (failure === 'window') return void res.json(fixtureJson('zalo-send-error-window.response.json'));
      if (failure === 'reject-buttons' && req.body?.message?.attachment) return void res.json({ error: -201, message: 'Parameter is invalid' });
      if (req.headers.access_token !== this.validAccessToken) return void res.json(fixtureJson('zalo-send-error-token.response.json'));
      await this.onSend?.(r);
      const ok = fixtureJson('zalo-send-cs.response.json');
      ok.data.message_id = `zmsg${++this.seq}`;
      ok.data.user_id = req.body?.recipient?.user_id;
      res.json(ok);
    });

    // replies to anonymous chats (v2 path, text only)
    this.app.post('/v2.0/oa/message', express.json(), async (req, res) => {
      const r = this.record(req);
      if (this.takeFailure(r) === 'token' || req.headers.access_token !== this.validAccessToken) return void res.json(fixtureJson('zalo-send-error-token.response.json'));
      const to = req.body?.recipient ?? {};
      if (!to.anonymous_id || !to.conversation_id || typeof req.body?.message?.text !== 'string') return void res.json({ error: -201, message: 'Parameter is invalid' });
      res.json({ error: 0, message: 'Success', data: { message_id: `zanon${++this.seq}` } });
    });

    this.app.post('/v4/oa/access_token', express.urlencoded({ extended: false }), async (req, res) => {
      const r = this.record(req);
      const failure = this.takeFailure(r);
      if (failure === 'hang') return this.hang(res);
      if (failure === '5xx') return void res.status(500).send('error');
      if (this.refreshDelayMs) await new Promise((ok) => setTimeout(ok, this.refreshDelayMs));
      const form = req.body as Record<string, string>;
      const valid =
        req.headers.secret_key === this.appSecret &&
        form.app_id === this.appId &&
        form.grant_type === 'refresh_token' &&
        form.refresh_token === this.validRefreshToken;
      if (!valid) return void res.json(fixtureJson('zalo-oauth-refresh-invalid.response.json'));
      this.generation++;
      this.validAccessToken = `AT-${this.generation}`;
      this.validRefreshToken = `RT-${this.generation}`; // single use: the old one is now invalid
      res.json({ access_token: this.validAccessToken, refresh_token: this.validRefreshToken, expires_in: '90000' });
    });
  }
}
