/**
 * Take-over of a Messenger and a Zalo conversation from the console, through the fake platform servers:
 * the bot is silent while staff own the conversation, staff replies go out on the conversation's own channel
 * (Messenger: HUMAN_AGENT tag after 24 h), the console shows the messaging windows.
 */
import { FakeGraph } from '../fakes/fake-graph';
import { FakeZalo } from '../fakes/fake-zalo';
import { fixtureJson, metaSign, platformEnv, post, SIG, zaloSign } from '../channels/helpers';
import { createAccounts, startTestApp, type ConsoleClient, type TestApp } from './helpers';

const PSID = '2468013579246801';
const ZALO_USER = '8642086420864208642';
let seq = 0;

function messengerBody(text: string): Buffer {
  const j = fixtureJson('messenger-text.json');
  const now = Date.now();
  j.entry[0].time = now;
  j.entry[0].messaging[0].timestamp = now;
  j.entry[0].messaging[0].message = { mid: `m_TEST${++seq}-${now}`, text };
  return Buffer.from(JSON.stringify(j));
}

function zaloBody(file: 'zalo-user_send_text.json' | 'zalo-user_send_image.json', text: string): Buffer {
  const j = fixtureJson(file);
  j.timestamp = String(Date.now());
  j.message.text = text;
  j.message.msg_id = `test${++seq}${Date.now()}`;
  return Buffer.from(JSON.stringify(j));
}

describe('taking over Messenger and Zalo conversations from the console', () => {
  let graph: FakeGraph;
  let zalo: FakeZalo;
  let app: TestApp;
  let staff: ConsoleClient;

  beforeAll(async () => {
    graph = await FakeGraph.start();
    zalo = await FakeZalo.start();
    app = await startTestApp(platformEnv(graph, zalo));
    ({ staff } = await createAccounts(app.url));
  }, 30_000);
  afterAll(async () => {
    await app?.close();
    await graph?.close();
    await zalo?.close();
  });

  const drain = () => app.running.channels.drain();

  async function messenger(text: string): Promise<void> {
    const body = messengerBody(text);
    const res = await post(`${app.url}/webhooks/messenger`, body, { 'x-hub-signature-256': metaSign(body) });
    expect(res.status).toBe(200);
    await drain();
  }

  async function zaloSay(text: string, file: 'zalo-user_send_text.json' | 'zalo-user_send_image.json' = 'zalo-user_send_text.json'): Promise<void> {
    const body = zaloBody(file, text);
    const res = await post(`${app.url}/webhooks/zalo`, body, { 'x-zevent-signature': zaloSign(body) });
    expect(res.status).toBe(200);
    await drain();
  }

  /** Sets the citizen's last message back in time (channels' window check and the console's window display). */
  async function ageInbound(conversationId: string, ms: number): Promise<void> {
    const at = Date.now() - ms;
    await app.running.store.collection<any>('channel_conversations').updateOne({ _id: conversationId }, { $set: { lastInboundAt: at } });
    await app.running.store.collection<any>('handoff_conversations').updateOne({ conversationId }, { $set: { lastInboundAt: new Date(at) } });
  }

  test('Messenger: queued on request, taken, bot silent, staff replies (HUMAN_AGENT after 24 h), handed back', async () => {
    const conversationId = `messenger:${SIG.messenger.page_id}:${PSID}`;
    await messenger('cho tôi gặp cán bộ');
    expect(graph.sends.map((s) => s.body.message.text)).toEqual([expect.stringMatching(/chuyển yêu cầu/)]);

    const item = (await staff.get('/queue')).json.items.find((i: any) => i.conversationId === conversationId);
    expect(item).toMatchObject({ kind: 'human', channel: 'messenger', status: 'new', human: true, window: { state: 'open', closingSoon: false } });

    await staff.ok(`/cases/${item.id}/take`);
    await drain();
    expect(graph.sends.at(-1)!.body).toMatchObject({ messaging_type: 'RESPONSE', message: { text: expect.stringMatching(/đã tiếp nhận yêu cầu/) } });

    const before = graph.sends.length;
    await messenger('đăng ký khai sinh cần giấy tờ gì');
    expect(graph.sends.length).toBe(before); // the bot is silent
    const transcript = (await staff.get(`/cases/${item.id}/messages?after=0`)).json.messages;
    expect(transcript.at(-1)).toMatchObject({ author: 'citizen', text: 'đăng ký khai sinh cần giấy tờ gì' });

    await staff.ok(`/cases/${item.id}/reply`, { text: 'Quý khách cần Giấy chứng sinh và CCCD của cha mẹ.' });
    await drain();
    expect(graph.sends.length).toBe(before + 1);
    expect(graph.sends.at(-1)!.body).toMatchObject({ recipient: { id: PSID }, messaging_type: 'RESPONSE', message: { text: 'Quý khách cần Giấy chứng sinh và CCCD của cha mẹ.' } });

    // 25 hours later: the console shows the HUMAN_AGENT window, the reply carries the tag
    await ageInbound(conversationId, 25 * 3_600_000);
    expect((await staff.get('/queue')).json.items.find((i: any) => i.id === item.id).window).toMatchObject({ state: 'human_agent' });
    await staff.ok(`/cases/${item.id}/reply`, { text: 'Quý khách đã chuẩn bị đủ giấy tờ chưa ạ?' });
    await drain();
    expect(graph.sends.at(-1)!.body).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', message: { text: 'Quý khách đã chuẩn bị đủ giấy tờ chưa ạ?' } });
    // 6 days 23 hours: about to close; 8 days: closed
    await ageInbound(conversationId, 7 * 24 * 3_600_000 - 3_600_000);
    expect((await staff.get(`/cases/${item.id}`)).json.case.window).toMatchObject({ state: 'human_agent', closingSoon: true });
    await ageInbound(conversationId, 8 * 24 * 3_600_000);
    expect((await staff.get(`/cases/${item.id}`)).json.case.window).toMatchObject({ state: 'closed' });

    // the citizen writes again (window open again), staff hand back, the bot answers the next question
    await messenger('vâng cảm ơn');
    await staff.ok(`/cases/${item.id}/handback`);
    await drain();
    expect(graph.sends.at(-1)!.body.message.text).toMatch(/trợ lý tự động tiếp tục/i);
    const n = graph.sends.length;
    await messenger('đăng ký tạm trú cần giấy tờ gì');
    expect(graph.sends.length).toBeGreaterThan(n);
    expect(graph.sends.slice(n).map((s) => JSON.stringify(s.body.message)).join(' ')).toMatch(/tạm trú/i);
  });

  test('Zalo: a complaint with a photo becomes a ticket, staff take it and answer on Zalo while the bot is silent', async () => {
    const conversationId = `zalo:${SIG.zalo.oa_id}:${ZALO_USER}`;
    await zaloSay('tôi muốn phản ánh đèn đường hỏng cả tuần nay ở đầu ngõ nhà tôi');
    expect(zalo.sends.at(-1)!.body.message.text).toMatch(/ở đâu/);
    await zaloSay('Ngõ 5 đường Lê Lợi');
    await zaloSay('bỏ qua');
    await zaloSay('0987 654 321');
    expect(zalo.sends.at(-1)!.body.message.text).toMatch(/ảnh/);
    await zaloSay('ảnh đây ạ', 'zalo-user_send_image.json');
    expect(zalo.sends.at(-1)!.body.message.text).toMatch(/Đã nhận 1 tệp/);
    await zaloSay('xong');
    await zaloSay('đồng ý');
    const done = zalo.sends.at(-1)!.body.message.text as string;
    const code = /PA-\d{4}-\d{6}/.exec(done)?.[0];
    expect(code).toBeTruthy();

    const item = (await staff.get('/queue')).json.items.find((i: any) => i.code === code);
    expect(item).toMatchObject({ channel: 'zalo', window: { state: 'open', closingSoon: false } });
    const detail = (await staff.get(`/cases/${item.id}`)).json.case;
    expect(detail.complaint).toMatchObject({ location: { text: 'Ngõ 5 đường Lê Lợi' }, phone: '0987654321', consent: true, attachments: [{ kind: 'image', url: expect.stringMatching(/^https:\/\/f21-zpc\.zdn\.vn\//) }] });
    expect(detail.complaint.when).toBeUndefined();

    await staff.ok(`/cases/${item.id}/take`);
    await drain();
    expect(zalo.sends.at(-1)!.body).toMatchObject({ recipient: { user_id: ZALO_USER }, message: { text: expect.stringMatching(new RegExp(`tiếp nhận phản ánh ${code}`)) } });
    const before = zalo.sends.length;
    await zaloSay('khi nào thì sửa ạ');
    expect(zalo.sends.length).toBe(before); // silent
    await staff.ok(`/cases/${item.id}/reply`, { text: 'Ngày mai đội điện sẽ đến sửa ạ.' });
    await drain();
    expect(zalo.sends.at(-1)!.body.message.text).toBe('Ngày mai đội điện sẽ đến sửa ạ.');

    await ageInbound(conversationId, 7 * 24 * 3_600_000 - 3_600_000);
    expect((await staff.get(`/cases/${item.id}`)).json.case.window).toMatchObject({ state: 'open', closingSoon: true });
    await ageInbound(conversationId, 8 * 24 * 3_600_000);
    expect((await staff.get(`/cases/${item.id}`)).json.case.window).toMatchObject({ state: 'closed' });

    // personal data stays out of the logs
    const logs = app.logLines.join('\n');
    for (const secret of ['0987654321', '0987 654 321', 'Lê Lợi', 'đội điện', 'đèn đường']) expect(logs).not.toContain(secret);
  });
});
