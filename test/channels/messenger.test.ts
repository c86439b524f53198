import type { Store } from '../../src/store/ports';
import { FakeGraph } from '../fakes/fake-graph';
import {
  EchoHandler,
  SIG,
  fixtureBytes,
  memoryLogger,
  metaSign,
  openStore,
  post,
  postMessenger,
  silentLogger,
  startApp,
  testConfig,
  type TestApp,
} from './helpers';

const PSID = '2468013579246801';

describe('Messenger channel', () => {
  let graph: FakeGraph;
  let store: Store;
  let handler: EchoHandler;
  let app: TestApp;

  beforeEach(async () => {
    graph = await FakeGraph.start();
    ({ store } = await openStore());
    handler = new EchoHandler();
    app = await startApp({ store, handler, config: testConfig(graph, null), logger: silentLogger() });
  });
  afterEach(async () => {
    await app.close();
    await graph.close();
    await store.close();
  });

  const inboxCount = () => store.collection('inbox').count({});

  it('answers the verification handshake only with the right token', async () => {
    const ok = await fetch(`${app.url}/webhooks/messenger?hub.mode=subscribe&hub.verify_token=${SIG.messenger.verify_token}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/text\/plain/);
    expect(await ok.text()).toBe('1158201444');
    const bad = await fetch(`${app.url}/webhooks/messenger?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1`);
    expect(bad.status).toBe(403);
  });

  it('verifies the signature on the raw (escaped) bytes, stores, and replies to the sender', async () => {
    const file = 'messenger-text.json';
    // The fixture table and our recomputation agree.
    expect(metaSign(fixtureBytes(file))).toBe(SIG.messenger.files[file]['X-Hub-Signature-256']);
    const res = await postMessenger(app, file);
    expect(res.status).toBe(200);
    expect(graph.sends).toHaveLength(0); // nothing outbound inside the request
    expect(await inboxCount()).toBe(1);

    await app.channels.drain();
    expect(handler.seen).toHaveLength(1);
    expect(handler.seen[0]).toMatchObject({
      channel: 'messenger',
      kind: 'text',
      text: 'cho hỏi làm giấy khai sinh cần gì',
      userId: PSID,
      agencyId: 'phuong-test',
      conversationId: `messenger:${SIG.messenger.page_id}:${PSID}`,
    });
    expect(graph.sends).toHaveLength(1);
    const send = graph.sends[0];
    expect(send.path).toBe('/v25.0/me/messages');
    expect(send.query.access_token).toBe('FAKE-page-token');
    expect(send.body).toMatchObject({
      recipient: { id: PSID },
      messaging_type: 'RESPONSE',
      message: { text: 'Đã nhận: cho hỏi làm giấy khai sinh cần gì' },
    });
    expect(send.body.message.metadata).toMatch(/^motcua:out:/);
  });

  it('rejects unsigned (401) and wrongly signed (403) deliveries and stores nothing', async () => {
    expect((await postMessenger(app, 'messenger-text.json', null)).status).toBe(401);
    expect((await postMessenger(app, 'messenger-text.json', metaSign(fixtureBytes('messenger-text.json'), 'wrong-secret'))).status).toBe(403);
    expect((await postMessenger(app, 'messenger-text.json', 'sha256=zz')).status).toBe(403);
    // Signing the re-serialised JSON (not the raw bytes) must fail too.
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(fixtureBytes('messenger-text.json').toString())));
    expect((await post(`${app.url}/webhooks/messenger`, fixtureBytes('messenger-text.json'), { 'x-hub-signature-256': metaSign(reserialised) })).status).toBe(403);
    await app.channels.drain();
    expect(await inboxCount()).toBe(0);
    expect(handler.seen).toHaveLength(0);
    expect(graph.requests).toHaveLength(0);
  });

  it('answers the same event delivered three times exactly once', async () => {
    for (let i = 0; i < 3; i++) expect((await postMessenger(app, 'messenger-text.json')).status).toBe(200);
    await app.channels.drain();
    expect(await inboxCount()).toBe(1);
    expect(handler.seen).toHaveLength(1);
    expect(graph.sends).toHaveLength(1);
  });

  it('iterates every entry and event of a batch, replying per user in order', async () => {
    await postMessenger(app, 'messenger-text-batch.json');
    await app.channels.drain();
    expect(handler.seen.map((m) => m.text)).toEqual(['dang ky tam tru o dau vay ad', 'ad oi', 'cảm ơn ạ']);
    const toSecondUser = graph.sends.filter((s) => s.body.recipient.id === '2468013579246802').map((s) => s.body.message.text);
    expect(toSecondUser).toEqual(['Đã nhận: dang ky tam tru o dau vay ad', 'Đã nhận: ad oi']);
    expect(graph.sends.filter((s) => s.body.recipient.id === PSID)).toHaveLength(1);
  });

  it('ignores delivery and read receipts (no reply) and our own echoes', async () => {
    for (const f of ['messenger-delivery.json', 'messenger-read.json', 'messenger-echo.json']) expect((await postMessenger(app, f)).status).toBe(200);
    await app.channels.drain();
    expect(await inboxCount()).toBe(0);
    expect(handler.seen).toHaveLength(0);
    expect(graph.requests).toHaveLength(0);
  });

  it('turns a Page Inbox echo into a staff_echo for the citizen conversation', async () => {
    await postMessenger(app, 'messenger-echo-page-inbox.json');
    await app.channels.drain();
    expect(handler.seen).toHaveLength(1);
    expect(handler.seen[0]).toMatchObject({ kind: 'staff_echo', userId: PSID, staffId: '263902037430900' });
    expect(graph.sends).toHaveLength(0);
  });

  it('maps quick replies, postbacks, Get Started, referrals and attachments', async () => {
    for (const f of [
      'messenger-quick_reply.json',
      'messenger-postback.json',
      'messenger-postback-get_started.json',
      'messenger-referral.json',
      'messenger-image.json',
      'messenger-sticker.json',
      'messenger-text-reply_to.json',
      'messenger-standby-text.json',
    ]) {
      expect((await postMessenger(app, f)).status).toBe(200);
    }
    await app.channels.drain();
    const byId = Object.fromEntries(handler.seen.map((m) => [m.externalId.slice(0, 8), m]));
    expect(byId['m_FAKE06']).toMatchObject({ kind: 'choice', payload: 'procedure:dang-ky-khai-sinh:documents', text: 'Giấy tờ cần nộp' });
    expect(byId['m_FAKE08']).toMatchObject({ kind: 'choice', payload: 'intent:human', text: 'Gặp cán bộ' });
    expect(byId['m_FAKE07']).toMatchObject({ kind: 'follow', systemEvent: 'get_started', referral: { ref: 'qr-quay-mot-cua', source: 'SHORTLINK' } });
    expect(byId['m_FAKE09']).toMatchObject({ kind: 'attachment', attachments: [{ kind: 'image' }] });
    expect(byId['m_FAKE09'].attachments?.[0].url).toMatch(/^https:\/\/scontent/);
    expect(byId['m_FAKE11']).toMatchObject({ kind: 'attachment', attachments: [{ kind: 'sticker' }] });
    expect(byId['m_FAKE05']).toMatchObject({ kind: 'text', replyToExternalId: expect.stringMatching(/^m_FAKE20/) });
    const referral = handler.seen.find((m) => m.systemEvent === 'referral');
    expect(referral).toMatchObject({ kind: 'follow', referral: { ref: 'qr-quay-mot-cua' } });
    expect(referral?.externalId).toMatch(/^h:/);
    // standby: another app owns the thread — kept for the record, marked as observed (never answered)
    expect(byId['m_FAKE12']).toMatchObject({ kind: 'text', observed: true, text: 'dạ vâng em cảm ơn cán bộ' });
    expect(handler.seen.filter((m) => !m.observed).every((m) => m.observed === undefined)).toBe(true);
  });

  it('drops events for an unknown page with 200', async () => {
    const body = Buffer.from(fixtureBytes('messenger-text.json').toString().replaceAll(SIG.messenger.page_id, '999999999999999'));
    const res = await post(`${app.url}/webhooks/messenger`, body, { 'x-hub-signature-256': metaSign(body) });
    expect(res.status).toBe(200);
    expect(await inboxCount()).toBe(0);
  });

  it('splits long text and shortens quick replies; staff replies after 24 h use HUMAN_AGENT', async () => {
    const sentence = 'Anh/chị mang theo giấy tờ tùy thân và tờ khai đã điền đầy đủ thông tin. ';
    handler.reply = () => [
      {
        text: sentence.repeat(60),
        choices: Array.from({ length: 15 }, (_, i) => ({ title: `Lựa chọn rất dài số ${i + 1} cho thủ tục`, payload: `choice:${i + 1}` })),
      },
    ];
    await postMessenger(app, 'messenger-text.json');
    await app.channels.drain();
    const texts = graph.sends.map((s) => s.body.message.text as string);
    expect(texts.length).toBeGreaterThan(2);
    for (const t of texts) {
      expect(t.length).toBeLessThanOrEqual(2000);
      expect(t.endsWith('.')).toBe(true); // cut at sentence ends
    }
    expect(texts.join(' ')).toBe(sentence.repeat(60).trim());
    const last = graph.sends[graph.sends.length - 1].body.message;
    expect(last.quick_replies).toHaveLength(13);
    for (const q of last.quick_replies) expect(Array.from(q.title as string).length).toBeLessThanOrEqual(20);
    expect(last.quick_replies[0]).toEqual({ content_type: 'text', title: 'Lựa chọn rất dài số…', payload: 'choice:1' });
    expect(graph.sends.slice(0, -1).every((s) => s.body.message.quick_replies === undefined)).toBe(true);
  });

  it('renders links as a button template (≤ 3 buttons)', async () => {
    handler.reply = () => [
      {
        text: 'Anh/chị có thể nộp hồ sơ trực tuyến.',
        links: [
          { title: 'Cổng Dịch vụ công Quốc gia', url: 'https://dichvucong.gov.vn/' },
          { title: 'Hướng dẫn', url: 'https://example.gov.vn/a' },
          { title: 'Mẫu tờ khai', url: 'https://example.gov.vn/b' },
          { title: 'Bản đồ', url: 'https://example.gov.vn/c' },
        ],
      },
    ];
    await postMessenger(app, 'messenger-text.json');
    await app.channels.drain();
    expect(graph.sends).toHaveLength(1);
    const payload = graph.sends[0].body.message.attachment.payload;
    expect(payload.template_type).toBe('button');
    expect(payload.buttons).toHaveLength(3);
    expect(payload.buttons[0]).toEqual({ type: 'web_url', url: 'https://dichvucong.gov.vn/', title: 'Cổng Dịch vụ công Q…' });
    expect(payload.text).toContain('Bản đồ: https://example.gov.vn/c');
  });
});

describe('Messenger windows and logging', () => {
  it('uses HUMAN_AGENT for staff after 24 h, and fails fast outside the window', async () => {
    const graph = await FakeGraph.start();
    const { store } = await openStore();
    const handler = new EchoHandler();
    let now = Date.now();
    const { logger, lines } = memoryLogger();
    const app = await startApp({ store, handler, config: testConfig(graph, null), logger, clock: () => now });
    try {
      await postMessenger(app, 'messenger-text.json');
      await app.channels.drain();
      expect(graph.sends).toHaveLength(1);
      const conversationId = handler.seen[0].conversationId;

      now += 30 * 3_600_000; // 30 h later
      const [staffId] = await app.channels.enqueue(conversationId, [{ text: 'Cán bộ trả lời', author: { kind: 'staff', staffId: 's1' } }], { idempotencyKey: 'k1' });
      const [botId] = await app.channels.enqueue(conversationId, [{ text: 'Bot nhắc lại' }], { idempotencyKey: 'k2' });
      await app.channels.drain();
      expect(graph.sends).toHaveLength(2);
      expect(graph.sends[1].body).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', message: { text: 'Cán bộ trả lời' } });
      expect(await app.channels.deliveryStatus(staffId)).toMatchObject({ state: 'sent' });
      expect(await app.channels.deliveryStatus(botId)).toMatchObject({ state: 'failed', reason: 'outside_window' });

      now += 7 * 24 * 3_600_000;
      const [late] = await app.channels.enqueue(conversationId, [{ text: 'Quá hạn', author: { kind: 'staff', staffId: 's1' } }], { idempotencyKey: 'k3' });
      await app.channels.drain();
      expect(await app.channels.deliveryStatus(late)).toMatchObject({ state: 'failed', reason: 'outside_window' });
      expect(graph.sends).toHaveLength(2);

      // Same idempotency key → not queued twice.
      expect(await app.channels.enqueue(conversationId, [{ text: 'Cán bộ trả lời' }], { idempotencyKey: 'k1' })).toEqual([]);

      const log = lines.join('');
      expect(log).not.toContain('khai sinh');
      expect(log).not.toContain('FAKE-page-token');
      expect(log).not.toContain('Cán bộ trả lời');
    } finally {
      await app.close();
      await graph.close();
      await store.close();
    }
  });

  it('shows typing_on before handling a fresh message (and a failing indicator changes nothing)', async () => {
    const graph = await FakeGraph.start();
    const { store } = await openStore();
    const app = await startApp({ store, handler: new EchoHandler(), config: testConfig(graph, null, { typingIndicator: true }), logger: silentLogger() });
    try {
      graph.failNext(1, '5xx', (r) => r.body?.sender_action === 'typing_on');
      await postMessenger(app, 'messenger-text.json');
      await postMessenger(app, 'messenger-quick_reply.json');
      await app.channels.drain();
      expect(graph.requests.map((r) => r.body.sender_action ?? 'message')).toEqual(['typing_on', 'typing_on', 'message', 'message']);
      expect(graph.requests[0].body).toEqual({ recipient: { id: PSID }, sender_action: 'typing_on' });
    } finally {
      await app.close();
      await graph.close();
      await store.close();
    }
  });

  it('records a permanent platform error (outside window, user unavailable) without retrying', async () => {
    const graph = await FakeGraph.start();
    const { store } = await openStore();
    const handler = new EchoHandler();
    const app = await startApp({ store, handler, config: testConfig(graph, null), logger: silentLogger() });
    try {
      graph.failNext(1, 'outside-window');
      await postMessenger(app, 'messenger-text.json');
      await app.channels.drain();
      expect(graph.sends).toHaveLength(1);
      const rec = await store.collection<any>('outbox').findOne({});
      expect(rec).toMatchObject({ state: 'failed', reason: 'outside_window' });
      graph.failNext(1, 'user-unavailable');
      await postMessenger(app, 'messenger-quick_reply.json');
      await app.channels.drain();
      expect(await store.collection<any>('outbox').count({ state: 'failed', reason: 'user_unavailable' })).toBe(1);
      expect(graph.sends).toHaveLength(2);
    } finally {
      await app.close();
      await graph.close();
      await store.close();
    }
  });
});
