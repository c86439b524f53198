import type { Store } from '../../src/store/ports';
import { FakeZalo } from '../fakes/fake-zalo';
import { EchoHandler, memoryLogger, openStore, postZalo, silentLogger, startApp, testConfig, type TestApp } from './helpers';

describe('Zalo access token refresh', () => {
  let zalo: FakeZalo;
  let store: Store;
  const apps: TestApp[] = [];

  beforeEach(async () => {
    zalo = await FakeZalo.start();
    ({ store } = await openStore());
  });
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.close();
    await zalo.close();
    await store.close();
  });

  const tokenDoc = () => store.collection<any>('channel_tokens').findOne({});

  it('two concurrent sends with an expired token (two instances): one refresh, new refresh token persisted before the retried send', async () => {
    const cfg = testConfig(null, zalo, { httpTimeoutMs: 1_000, sendConcurrency: 1 });
    const handler = new EchoHandler();
    const a = await startApp({ store, handler, config: cfg, logger: silentLogger(), instanceId: 'A' });
    const b = await startApp({ store, handler, config: cfg, logger: silentLogger(), instanceId: 'B' });
    apps.push(a, b);
    await postZalo(a, 'zalo-user_send_text.json');
    await postZalo(b, 'zalo-user_send_text-no-diacritics.json');
    zalo.expireAccessToken();
    zalo.refreshDelayMs = 150;
    const persistedAtSend: boolean[] = [];
    zalo.onSend = async (r) => {
      const doc = await tokenDoc();
      persistedAtSend.push(r.headers.access_token === 'AT-1' && doc?.refreshToken === zalo.validRefreshToken && doc?.accessToken === 'AT-1');
    };
    await Promise.all([a.channels.drain(), b.channels.drain()]);

    expect(zalo.refreshes).toHaveLength(1);
    expect(zalo.refreshes[0].headers.secret_key).toBe('FAKEappSecret-1357924680');
    expect(zalo.refreshes[0].body).toEqual({ app_id: '1357913579135791357', grant_type: 'refresh_token', refresh_token: 'RT-0' });
    const ok = zalo.sends.filter((s) => s.headers.access_token === 'AT-1');
    expect(ok.map((s) => s.body.recipient.user_id).sort()).toEqual(['7531975319753197531', '8642086420864208642']);
    expect(persistedAtSend).toEqual([true, true]);
    expect(await tokenDoc()).toMatchObject({ refreshToken: 'RT-1', accessToken: 'AT-1' });
    expect(await store.collection('outbox').count({ state: 'sent' })).toBe(2);
  });

  it('refreshes proactively before expiry (no failed call), then reuses the stored token', async () => {
    const handler = new EchoHandler();
    const app = await startApp({ store, handler, config: testConfig(null, zalo), logger: silentLogger() });
    apps.push(app);
    await postZalo(app, 'zalo-user_send_text.json');
    await app.channels.drain();
    expect(zalo.refreshes).toHaveLength(0);
    // The stored token is about to expire (< refresh-ahead margin).
    await store.collection<any>('channel_tokens').updateOne({}, { $set: { accessTokenExpiresAt: Date.now() + 60_000 } });
    await postZalo(app, 'zalo-user_send_text-no-diacritics.json');
    await postZalo(app, 'zalo-user_send_text-quote.json');
    await app.channels.drain();
    expect(zalo.refreshes).toHaveLength(1);
    expect(zalo.sends.map((s) => s.headers.access_token)).toEqual(['AT-0', 'AT-1', 'AT-1']);
  });

  it('a refused refresh (-14014) records token_refresh_failed and never logs tokens', async () => {
    const { logger, lines } = memoryLogger();
    const app = await startApp({ store, handler: new EchoHandler(), config: testConfig(null, zalo), logger });
    apps.push(app);
    zalo.expireAccessToken();
    zalo.validRefreshToken = 'RT-rotated-elsewhere';
    await postZalo(app, 'zalo-user_send_text.json');
    await app.channels.drain();
    expect(zalo.refreshes).toHaveLength(1);
    // held, not failed: it goes out once the officer has replaced the token
    expect(await store.collection<any>('outbox').findOne({})).toMatchObject({ state: 'pending', lastError: 'token_refresh_failed' });
    const log = lines.join('');
    expect(log).toContain('Zalo token refresh failed');
    expect(log).toContain('reply held');
    for (const secret of ['RT-0', 'AT-0', 'FAKEappSecret', 'FAKEoaSecretKey']) expect(log).not.toContain(secret);
  });

  it('a token rejected again right after a refresh holds the reply, which goes out once the token works', async () => {
    const config = testConfig(null, zalo, { retry: { baseMs: 10, maxMs: 40, maxAttempts: 8, rateLimitMinMs: 10, tokenWaitMs: 200 } });
    const app = await startApp({ store, handler: new EchoHandler(), config, logger: silentLogger() });
    apps.push(app);
    zalo.failNext(2, 'token');
    await postZalo(app, 'zalo-user_send_text.json');
    await app.channels.drain({ timeoutMs: 100 }); // the held reply is not due within this drain
    expect(zalo.sends).toHaveLength(2);
    expect(zalo.refreshes).toHaveLength(1);
    expect(await store.collection<any>('outbox').findOne({})).toMatchObject({ state: 'pending', lastError: 'token_invalid' });
    await app.channels.drain({ timeoutMs: 2_000 }); // the token works again (failNext used up)
    expect(await store.collection<any>('outbox').findOne({})).toMatchObject({ state: 'sent' });
    expect(zalo.sends).toHaveLength(3);
  });
});
