import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AccountRegistry, loadAgencyAccounts } from '../../src/channels/accounts';
import { loadChannelConfig } from '../../src/channels';
import { createHttp } from '../../src/channels/http';
import { GraphClient } from '../../src/channels/messenger/graph-client';
import { buildMessengerProfile, setupMessengerProfile } from '../../src/channels/messenger/setup-profile';
import { FakeGraph } from '../fakes/fake-graph';
import { EchoHandler, SIG, fixtureBytes, fixtureJson, metaSign, openStore, post, silentLogger, startApp, testConfig } from './helpers';

describe('accounts', () => {
  it('loads one agency from env with defaults', () => {
    const agencies = loadAgencyAccounts({
      MESSENGER_PAGE_ID: '1',
      MESSENGER_APP_SECRET: 's',
      MESSENGER_VERIFY_TOKEN: 'v',
      MESSENGER_PAGE_ACCESS_TOKEN: 't',
      ZALO_OA_ID: '2',
      ZALO_APP_ID: '3',
      ZALO_APP_SECRET: 'as',
      ZALO_OA_SECRET_KEY: 'ok',
      ZALO_REFRESH_TOKEN: 'r',
    });
    const reg = new AccountRegistry(agencies);
    expect(reg.messengerByPage('1')).toMatchObject({ agencyId: 'default', apiBase: 'https://graph.facebook.com/v25.0' });
    expect(reg.zaloByOa('2')).toMatchObject({ agencyId: 'default', apiBase: 'https://openapi.zalo.me', oauthBase: 'https://oauth.zaloapp.com' });
    expect(loadAgencyAccounts({})).toEqual([]);
  });

  it('rejects an invalid env or file without echoing secrets', () => {
    expect(() => loadAgencyAccounts({ MESSENGER_PAGE_ID: '1', MESSENGER_APP_SECRET: 'super-secret-value' })).toThrow(/messenger\.verifyToken/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'acc-'));
    const file = path.join(dir, 'accounts.json');
    fs.writeFileSync(file, JSON.stringify([{ agencyId: 'a', zalo: { oaId: '1', appSecret: 'super-secret-value' } }]));
    let message = '';
    try {
      loadAgencyAccounts({ CHANNEL_ACCOUNTS_FILE: file });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/0\.zalo\.appId/);
    expect(message).not.toContain('super-secret-value');
  });

  it('routes several agencies from CHANNEL_ACCOUNTS_FILE by page id, each with its own secret and token', async () => {
    const graph = await FakeGraph.start();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'acc-'));
    const file = path.join(dir, 'accounts.json');
    const pageB = '102468013579999';
    fs.writeFileSync(
      file,
      JSON.stringify([
        { agencyId: 'phuong-a', messenger: { pageId: SIG.messenger.page_id, appSecret: SIG.messenger.app_secret, verifyToken: 'va', pageAccessToken: 'TOKEN-A', apiBase: graph.url } },
        { agencyId: 'xa-b', messenger: { pageId: pageB, appSecret: 'secret-b', verifyToken: 'vb', pageAccessToken: 'TOKEN-B', apiBase: graph.url } },
      ]),
    );
    const { store } = await openStore();
    const handler = new EchoHandler();
    const config = { ...testConfig(null, null), agencies: loadChannelConfig({ CHANNEL_ACCOUNTS_FILE: file }).agencies };
    const app = await startApp({ store, handler, config, logger: silentLogger() });
    try {
      const bodyA = fixtureBytes('messenger-text.json');
      const bodyB = Buffer.from(bodyA.toString().replaceAll(SIG.messenger.page_id, pageB));
      expect((await post(`${app.url}/webhooks/messenger`, bodyA, { 'x-hub-signature-256': metaSign(bodyA) })).status).toBe(200);
      expect((await post(`${app.url}/webhooks/messenger`, bodyB, { 'x-hub-signature-256': metaSign(bodyB, 'secret-b') })).status).toBe(200);
      // Page B's events signed with page A's app secret: dropped.
      const bodyB2 = Buffer.from(bodyB.toString().replace('m_FAKE01', 'm_FAKE99'));
      expect((await post(`${app.url}/webhooks/messenger`, bodyB2, { 'x-hub-signature-256': metaSign(bodyB2) })).status).toBe(200);
      const hs = await fetch(`${app.url}/webhooks/messenger?hub.mode=subscribe&hub.verify_token=vb&hub.challenge=42`);
      expect(await hs.text()).toBe('42');
      await app.channels.drain();
      expect(handler.seen.map((m) => m.agencyId).sort()).toEqual(['phuong-a', 'xa-b']);
      expect(graph.sends.map((s) => s.query.access_token).sort()).toEqual(['TOKEN-A', 'TOKEN-B']);
      const b = await store.collection<any>('inbox').findOne({ agencyId: 'xa-b' });
      expect(b._id).toBe(`messenger:${pageB}:m_FAKE01-2468013579AbCdEfGhIjKlMnOpQrStUvWxYz-qweRTYuiopASDfgh`);
    } finally {
      await app.close();
      await graph.close();
      await store.close();
    }
  });
});

describe('Messenger profile setup', () => {
  it('builds the fixture profile and posts it to /me/messenger_profile', async () => {
    expect(buildMessengerProfile()).toEqual(fixtureJson('messenger-profile.request.json'));
    const graph = await FakeGraph.start();
    try {
      const reg = new AccountRegistry(testConfig(graph, null).agencies);
      await setupMessengerProfile(reg.messengerAccounts()[0], new GraphClient(createHttp(1_000)));
      expect(graph.requests).toHaveLength(1);
      expect(graph.requests[0].path).toBe('/v25.0/me/messenger_profile');
      expect(graph.requests[0].query.access_token).toBe('FAKE-page-token');
      expect(graph.requests[0].body.get_started).toEqual({ payload: 'GET_STARTED' });
    } finally {
      await graph.close();
    }
  });
});
