import type { Store } from '../../src/store/ports';
import { FakeZalo, isAnonymousSend } from '../fakes/fake-zalo';
import { EchoHandler, SIG, fixtureBytes, memoryLogger, openStore, postZalo, startApp, testConfig, zaloSign, type TestApp } from './helpers';

const UID = '8642086420864208642';
const OA = SIG.zalo.oa_id;

describe('Zalo OA channel', () => {
  let zalo: FakeZalo;
  let store: Store;
  let handler: EchoHandler;
  let app: TestApp;
  let lines: string[];
  let offset: number;

  beforeEach(async () => {
    zalo = await FakeZalo.start();
    ({ store } = await openStore());
    handler = new EchoHandler();
    offset = 0;
    const mem = memoryLogger();
    lines = mem.lines;
    app = await startApp({ store, handler, config: testConfig(null, zalo), logger: mem.logger, clock: () => Date.now() + offset });
  });
  afterEach(async () => {
    await app.close();
    await zalo.close();
    await store.close();
  });

  it('verifies the mac, stores, and replies through the CS API with the access_token header', async () => {
    const file = 'zalo-user_send_text.json';
    expect(zaloSign(fixtureBytes(file))).toBe(SIG.zalo.files[file]);
    expect((await postZalo(app, file)).status).toBe(200);
    expect(zalo.requests).toHaveLength(0);
    await app.channels.drain();
    expect(handler.seen[0]).toMatchObject({
      channel: 'zalo',
      kind: 'text',
      userId: UID,
      accountId: OA,
      conversationId: `zalo:${OA}:${UID}`,
      externalId: '5e0f1a2b3c4d5e6f7a80',
      text: 'cho hỏi làm giấy khai sinh cần gì',
    });
    expect(zalo.sends).toHaveLength(1);
    expect(zalo.sends[0].headers.access_token).toBe('AT-0');
    expect(zalo.sends[0].body).toEqual({ recipient: { user_id: UID }, message: { text: 'Đã nhận: cho hỏi làm giấy khai sinh cần gì' } });
    const out = await store.collection<any>('outbox').findOne({});
    expect(out).toMatchObject({ state: 'sent', platformMessageIds: ['zmsg1'] });
  });

  it('rejects missing (401) and wrong (403) signatures and stores nothing', async () => {
    expect((await postZalo(app, 'zalo-user_send_text.json', null)).status).toBe(401);
    expect((await postZalo(app, 'zalo-user_send_text.json', zaloSign(fixtureBytes('zalo-user_send_text.json'), 'FAKEappSecret-1357924680'))).status).toBe(403);
    expect((await postZalo(app, 'zalo-user_send_text.json', 'mac=' + '0'.repeat(64))).status).toBe(403);
    await app.channels.drain();
    expect(await store.collection('inbox').count({})).toBe(0);
    expect(zalo.requests).toHaveLength(0);
  });

  it('passes follow to the handler (which writes the welcome) and dedupes id-less events by body', async () => {
    handler.reply = (m) => (m.kind === 'follow' ? [{ text: 'Chào mừng anh/chị đến với Bộ phận một cửa' }] : []);
    for (let i = 0; i < 3; i++) expect((await postZalo(app, 'zalo-follow.json')).status).toBe(200);
    await postZalo(app, 'zalo-unfollow.json');
    await app.channels.drain();
    expect(handler.seen.map((m) => m.kind)).toEqual(['follow', 'unfollow']);
    expect(handler.seen[0].externalId).toMatch(/^h:/);
    expect(zalo.sends).toHaveLength(1);
    expect(zalo.sends[0].body.recipient.user_id).toBe(UID);
  });

  it('delivers an OA Manager admin reply as staff_echo and ignores our own API echoes and receipts', async () => {
    for (const f of ['zalo-oa_send_text-from-admin.json', 'zalo-oa_send_text.json', 'zalo-user_received_message.json', 'zalo-user_seen_message.json', 'zalo-user_reacted_message.json']) {
      expect((await postZalo(app, f)).status).toBe(200);
    }
    await app.channels.drain();
    expect(handler.seen).toHaveLength(1);
    expect(handler.seen[0]).toMatchObject({ kind: 'staff_echo', userId: UID, staffId: '1122334455667788990', conversationId: `zalo:${OA}:${UID}` });
    expect(zalo.requests).toHaveLength(0);
  });

  it('maps attachments, location (strings → numbers), submit_info (phone never logged), chatnow and withdraw', async () => {
    handler.reply = () => [];
    for (const f of [
      'zalo-user_send_image.json',
      'zalo-user_send_location.json',
      'zalo-user_send_file.json',
      'zalo-user_send_sticker.json',
      'zalo-user_submit_info.json',
      'zalo-user_click_chatnow.json',
      'zalo-user_withdraw.json',
      'zalo-user_send_text-quote.json',
      'zalo-anonymous_send_text.json',
    ]) {
      expect((await postZalo(app, f)).status).toBe(200);
    }
    await app.channels.drain();
    const by = (pred: (m: (typeof handler.seen)[number]) => boolean) => handler.seen.find(pred);
    expect(by((m) => m.externalId === '9c4d5e6f7a8b9cadbec4')).toMatchObject({ kind: 'attachment', text: expect.stringContaining('tờ khai'), attachments: [{ kind: 'image' }] });
    expect(by((m) => m.externalId === 'cf7a8b9cadbecfd0e1f7')).toMatchObject({ kind: 'attachment', attachments: [{ kind: 'location', latitude: 21.0245513, longitude: 105.8412027 }] });
    expect(by((m) => m.externalId === 'ad5e6f7a8b9cadbecfd5')?.attachments?.[0]).toMatchObject({ kind: 'file', name: 'to-khai-dang-ky-khai-sinh.pdf' });
    expect(by((m) => m.externalId === 'be6f7a8b9cadbecfd0e6')?.attachments?.[0].kind).toBe('sticker');
    expect(by((m) => m.systemEvent === 'contact_submitted')).toMatchObject({ kind: 'choice', payload: 'contact:submitted', contact: { phone: '84900000000', ward: 'Phường Ba Đình' } });
    expect(by((m) => m.systemEvent === 'chat_opened')).toMatchObject({ kind: 'follow', userId: '7531975319753197531' });
    expect(by((m) => m.systemEvent === 'data_withdrawal')).toMatchObject({ kind: 'unfollow', userId: '7531975319753197531' });
    expect(by((m) => m.externalId === '7a2b3c4d5e6f7a8b9ca2')).toMatchObject({ kind: 'text', replyToExternalId: 'c0ffee00aa11bb22cc33' });
    // anonymous chat: no Zalo user id; the anonymous id and Zalo's conversation id are kept to reply
    expect(by((m) => m.externalId === 'f2a3b4c5d6e7f8091a2b')).toMatchObject({
      kind: 'text', text: 'cho em hỏi đổi căn cước ở đâu', userId: 'anon:1a2b3c4d5e6f70819aab:fe0d1c2b3a49586776ab',
    });
    expect(handler.seen).toHaveLength(9);
    const log = lines.join('');
    for (const pii of ['84900000000', 'Nguyễn Văn Thử', 'Ngõ Thử', 'tờ khai', 'khai sinh', 'AT-0', 'mac=']) expect(log).not.toContain(pii);
    // Personal data is not kept in the inbox once processed.
    expect(await store.collection('inbox').count({ msg: { $exists: true } })).toBe(0);
  });

  it('renders choices as numbered lines + oa.query.hide buttons; a tap or a typed number comes back as a choice', async () => {
    handler.reply = (m) =>
      m.kind === 'text' && m.text?.startsWith('cho hỏi')
        ? [
            {
              text: 'Anh/chị muốn hỏi về nội dung nào của thủ tục Đăng ký khai sinh?',
              choices: [
                { title: 'Giấy tờ cần nộp', payload: 'procedure:dang-ky-khai-sinh:documents' },
                { title: 'Lệ phí', payload: 'procedure:dang-ky-khai-sinh:fee' },
              ],
              links: [{ title: 'Nộp trực tuyến', url: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html' }],
            },
          ]
        : [];
    await postZalo(app, 'zalo-user_send_text.json');
    await app.channels.drain();
    const msg = zalo.sends[0].body.message;
    expect(msg.text).toContain('\n1. Giấy tờ cần nộp\n2. Lệ phí');
    expect(msg.attachment.payload.buttons).toEqual([
      { title: 'Giấy tờ cần nộp', type: 'oa.query.hide', payload: '#procedure:dang-ky-khai-sinh:documents' },
      { title: 'Lệ phí', type: 'oa.query.hide', payload: '#procedure:dang-ky-khai-sinh:fee' },
      { title: 'Nộp trực tuyến', type: 'oa.open.url', payload: { url: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html' } },
    ]);

    await postZalo(app, 'zalo-user_send_text-from-button.json'); // "#procedure:dang-ky-khai-sinh:fee"
    const typed = Buffer.from(fixtureBytes('zalo-user_send_text.json').toString().replace('cho hỏi làm giấy khai sinh cần gì', ' 1 ').replace('5e0f1a2b3c4d5e6f7a80', '5e0f1a2b3c4d5e6f7a81').replace('"1752546612000"', '"1752546999000"'));
    await postZalo(app, typed);
    await app.channels.drain();
    expect(handler.seen[1]).toMatchObject({ kind: 'choice', payload: 'procedure:dang-ky-khai-sinh:fee', text: 'Lệ phí' });
    expect(handler.seen[2]).toMatchObject({ kind: 'choice', payload: 'procedure:dang-ky-khai-sinh:documents', text: 'Giấy tờ cần nộp' });
  });

  it('answers an anonymous chat on the v2 message API with its anonymous and conversation ids, text only', async () => {
    handler.reply = () => [{ text: 'Quý khách muốn hỏi:', choices: [{ title: 'Cấp lại thẻ căn cước', payload: 'procedure:cap-lai-the-can-cuoc' }] }];
    await postZalo(app, 'zalo-anonymous_send_text.json');
    await app.channels.drain();
    const sent = zalo.requests.filter(isAnonymousSend);
    expect(sent).toHaveLength(1);
    expect(sent[0].headers.access_token).toBe('AT-0');
    expect(sent[0].body).toEqual({
      recipient: { anonymous_id: '1a2b3c4d5e6f70819aab', conversation_id: 'fe0d1c2b3a49586776ab' },
      message: { text: 'Quý khách muốn hỏi:\n\n1. Cấp lại thẻ căn cước' },
    });
    expect(zalo.sends).toHaveLength(0); // nothing on the CS API, which needs a user id
    expect(await store.collection<any>('outbox').findOne({})).toMatchObject({ state: 'sent', platformMessageIds: ['zanon1'] });
  });

  it('falls back to plain text when Zalo rejects the buttons', async () => {
    handler.reply = () => [{ text: 'Chọn:', choices: [{ title: 'Lệ phí', payload: 'procedure:x:fee' }] }];
    zalo.failNext(1, 'reject-buttons');
    await postZalo(app, 'zalo-user_send_text.json');
    await app.channels.drain();
    expect(zalo.sends).toHaveLength(2);
    expect(zalo.sends[1].body.message).toEqual({ text: 'Chọn:\n\n1. Lệ phí' });
    expect(await store.collection<any>('outbox').findOne({})).toMatchObject({ state: 'sent' });
  });

  it('retries a -32 rate limit and records -230 (outside window) as a permanent failure', async () => {
    zalo.failNext(2, 'rate-limit');
    await postZalo(app, 'zalo-user_send_text.json');
    await app.channels.drain();
    expect(zalo.sends).toHaveLength(3);
    expect(await store.collection<any>('outbox').count({ state: 'sent' })).toBe(1);

    zalo.failNext(1, 'window');
    await postZalo(app, 'zalo-user_send_text-no-diacritics.json');
    await app.channels.drain();
    expect(zalo.sends).toHaveLength(4);
    expect(await store.collection<any>('outbox').findOne({ state: 'failed' })).toMatchObject({ reason: 'outside_window', attempts: 1 });
  });

  it('fails fast with outside_window after 7 days without calling Zalo', async () => {
    const { channels } = app;
    await channels.stop();
    await postZalo(app, 'zalo-user_send_text.json');
    offset += 8 * 24 * 3_600_000; // the worker runs 8 days after the citizen wrote
    await channels.drain();
    expect(handler.seen).toHaveLength(1);
    expect(zalo.requests).toHaveLength(0);
    expect(await store.collection<any>('outbox').findOne({})).toMatchObject({ state: 'failed', reason: 'outside_window', attempts: 1 });
  });

  it('drops events of an unknown OA with 200', async () => {
    const body = Buffer.from(fixtureBytes('zalo-user_send_text.json').toString().replaceAll(OA, '1111111111111111111'));
    expect((await postZalo(app, body)).status).toBe(200);
    expect(await store.collection('inbox').count({})).toBe(0);
  });
});
