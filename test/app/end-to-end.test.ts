/**
 * The whole product through its composition root: `startApp` with the embedded store, real signatures,
 * and the fake Graph and Zalo servers speaking the platforms' wire format. The real engine answers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { TranscriptDoc } from '../../src/handoff/model';
import { FakeGraph, isMessageSend } from '../fakes/fake-graph';
import { FakeZalo, isCsSend } from '../fakes/fake-zalo';
import { fixtureBytes, fixtureJson, metaSign, platformEnv, post, waitFor, zaloSign } from '../channels/helpers';

let graph: FakeGraph;
let zalo: FakeZalo;
let app: RunningApp;
let dataDir: string;

function env(): NodeJS.ProcessEnv {
  return {
    PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, KB_REFRESH_MS: '0', LOG_LEVEL: 'silent',
    ...platformEnv(graph, zalo),
    CHANNEL_POLL_INTERVAL_MS: '20',
  };
}

/** One reply may take several Send API calls (text, then a button template): count replies by their first call. */
const replies = () => graph.requests.filter(isMessageSend).filter((r) => /:0$/.test(String(r.body.message.metadata)));

async function start(): Promise<RunningApp> {
  const e = env();
  return startApp(loadConfig(e), { env: e, logger: pino({ level: 'silent' }) });
}

beforeEach(async () => {
  graph = await FakeGraph.start();
  zalo = await FakeZalo.start();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-'));
  app = await start();
});

afterEach(async () => {
  await app.stop();
  await graph.close();
  await zalo.close();
});

test('a signed Messenger question is answered through the Send API with the birth-registration documents', async () => {
  const body = fixtureBytes('messenger-text.json');
  const psid = fixtureJson('messenger-text.json').entry[0].messaging[0].sender.id as string;
  const res = await post(`${app.url}/webhooks/messenger`, body, { 'x-hub-signature-256': metaSign(body) });
  expect(res.status).toBe(200);
  await waitFor(() => graph.requests.some(isMessageSend));
  const send = graph.requests.find(isMessageSend)!;
  expect(send.body.recipient.id).toBe(psid);
  expect(send.body.message.text).toContain('Giấy chứng sinh');
});

test('a signed Zalo question is answered through the CS API; a wrongly signed one is refused and not answered', async () => {
  const bad = await post(`${app.url}/webhooks/zalo`, fixtureBytes('zalo-user_send_text.json'), { 'x-zevent-signature': 'mac=00' });
  expect([401, 403]).toContain(bad.status);
  const body = fixtureBytes('zalo-user_send_text-no-diacritics.json');
  const userId = fixtureJson('zalo-user_send_text-no-diacritics.json').sender.id as string;
  const res = await post(`${app.url}/webhooks/zalo`, body, { 'x-zevent-signature': zaloSign(body) });
  expect(res.status).toBe(200);
  await waitFor(() => zalo.requests.some(isCsSend));
  const sends = zalo.requests.filter(isCsSend);
  expect(sends).toHaveLength(1); // the refused event produced nothing
  expect(sends[0].body.recipient.user_id).toBe(userId);
  expect(JSON.stringify(sends[0].body)).toMatch(/tạm trú/i);
});

test('the same event three times is answered once', async () => {
  const body = fixtureBytes('messenger-text.json');
  for (let i = 0; i < 3; i++) expect((await post(`${app.url}/webhooks/messenger`, body, { 'x-hub-signature-256': metaSign(body) })).status).toBe(200);
  await waitFor(() => graph.requests.some(isMessageSend));
  await new Promise((r) => setTimeout(r, 300));
  expect(replies()).toHaveLength(1);
});

test('an event acknowledged before a restart is answered after it', async () => {
  await app.channels.stop(); // the worker is gone: the webhook still records and acknowledges
  const body = fixtureBytes('messenger-text.json');
  expect((await post(`${app.url}/webhooks/messenger`, body, { 'x-hub-signature-256': metaSign(body) })).status).toBe(200);
  await app.stop();
  expect(graph.requests.filter(isMessageSend)).toHaveLength(0);
  app = await start(); // same DATA_DIR, like a restarted process
  await waitFor(() => graph.requests.some(isMessageSend));
  await new Promise((r) => setTimeout(r, 300));
  expect(replies()).toHaveLength(1);
});

test('readiness reports the store and the knowledge base', async () => {
  const res = await fetch(`${app.url}/readyz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok', checks: { store: true, knowledge: true } });
});

test('Messenger conversation routing: the Page Inbox takes the thread (bot silent), passes it back (bot answers)', async () => {
  const send = async (body: Buffer) => expect((await post(`${app.url}/webhooks/messenger`, body, { 'x-hub-signature-256': metaSign(body) })).status).toBe(200);
  const question = (mid: string, text: string) => {
    const ev = fixtureJson('messenger-text.json');
    ev.entry[0].messaging[0].message = { mid, text };
    ev.entry[0].messaging[0].timestamp = Date.now(); // after the fixtures' thread-control events
    return Buffer.from(JSON.stringify(ev));
  };
  await send(fixtureBytes('messenger-handover-take_thread_control.json'));
  await send(question('m_take_1', 'đăng ký tạm trú cần giấy tờ gì'));
  // the Page Inbox owns the thread: what the citizen writes arrives in standby, is kept, and is not answered
  const standby = fixtureJson('messenger-standby-text.json');
  standby.entry[0].standby[0].timestamp = Date.now();
  await send(Buffer.from(JSON.stringify(standby)));
  await new Promise((r) => setTimeout(r, 500));
  expect(replies()).toHaveLength(0); // staff answer in the Page Inbox: the bot stays silent
  const userId = standby.entry[0].standby[0].sender.id as string;
  const lines = await app.store.collection<TranscriptDoc>('handoff_transcript')
    .find({ conversationId: `messenger:${standby.entry[0].id}:${userId}` });
  expect(lines.filter((l) => l.author === 'citizen').map((l) => l.text)).toContain('dạ vâng em cảm ơn cán bộ');

  await send(fixtureBytes('messenger-handover-pass_thread_control-back.json'));
  await send(question('m_back_1', 'đăng ký tạm trú cần giấy tờ gì'));
  await waitFor(() => replies().length === 1);
  expect(JSON.stringify(replies()[0].body.message)).toMatch(/tạm trú/i);
});
