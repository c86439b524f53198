/**
 * Live updates go through the store, not through process memory:
 * - an event written straight into the store (as another instance would) reaches an open SSE stream,
 *   including one stamped a little in the past (clock skew between instances);
 * - with MONGODB_URI set: two app instances on one database; a reply typed on instance A reaches a console
 *   connected to instance B.
 */
import { randomBytes } from 'node:crypto';
import { createMongoStore } from '../../src/store';
import { createAccounts, startTestApp, waitFor, WebCitizen, type ConsoleClient, type TestApp } from './helpers';

interface SseEvent {
  event: string;
  data: any;
}

/** Reads a server-sent-events stream in the background. */
async function openStream(base: string, client: ConsoleClient): Promise<{ events: SseEvent[]; close(): void }> {
  const ctrl = new AbortController();
  const res = await fetch(`${base}/console/api/events`, { headers: { cookie: client.cookie, accept: 'text/event-stream' }, signal: ctrl.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
  const events: SseEvent[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buf += decoder.decode(value, { stream: true });
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
      }
    } catch {
      /* aborted */
    }
  })();
  return { events, close: () => ctrl.abort() };
}

describe('live updates through the store (embedded)', () => {
  let app: TestApp;
  let staff: ConsoleClient;
  beforeAll(async () => {
    app = await startTestApp({ HANDOFF_EVENTS_POLL_MS: '50' });
    ({ staff } = await createAccounts(app.url));
  }, 30_000);
  afterAll(async () => {
    await app?.close();
  });

  test('events written to the store by anyone reach the open stream; a skewed timestamp is not missed', async () => {
    const stream = await openStream(app.url, staff);
    try {
      await new Promise((r) => setTimeout(r, 120)); // the stream is polling
      const col = app.running.store.collection<any>('handoff_events');
      const now = Date.now();
      // "another instance" whose clock is 2 s behind, and one on time
      for (const [id, at] of [['a', now - 2000], ['b', now]] as const) {
        await col.insert({ _id: `${String(at).padStart(15, '0')}-${id}`, agencyId: 'default', type: 'case', caseId: `case-${id}`, at: new Date(at), expiresAt: new Date(at + 3_600_000) });
      }
      // another agency's event is not shown
      await col.insert({ _id: `${String(now).padStart(15, '0')}-x`, agencyId: 'other', type: 'case', caseId: 'case-x', at: new Date(now), expiresAt: new Date(now + 3_600_000) });
      await waitFor(async () => stream.events.length >= 2);
      await new Promise((r) => setTimeout(r, 150));
      expect(stream.events.map((e) => e.data.caseId).sort()).toEqual(['case-a', 'case-b']); // once each
    } finally {
      stream.close();
    }
  });

  test('a complaint and a staff reply produce events for the console', async () => {
    const stream = await openStream(app.url, staff);
    try {
      await new Promise((r) => setTimeout(r, 120));
      const citizen = new WebCitizen(app.url, 'w-live-1');
      await citizen.say('', 'intent:human');
      const item = await waitFor(async () => (await staff.get('/queue')).json.items.find((i: any) => i.conversationId === 'web:w-live-1'));
      await waitFor(async () => stream.events.some((e) => e.event === 'case' && e.data.caseId === item.id));
      await staff.ok(`/cases/${item.id}/reply`, { text: 'Xin chào' });
      await waitFor(async () => stream.events.filter((e) => e.event === 'message' && e.data.caseId === item.id).length >= 1);
    } finally {
      stream.close();
    }
  });
});

const uri = process.env.MONGODB_URI;
const withMongo = uri ? describe : describe.skip;
if (!uri) test.skip('set MONGODB_URI to run the two-instance live-update test', () => {});

/** The same server, a throwaway database. */
function withDb(base: string, db: string): string {
  const m = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(\/[^?]*)?(\?.*)?$/.exec(base);
  if (!m) throw new Error('MONGODB_URI not understood');
  return `${m[1]}/${db}${m[3] ?? ''}`;
}

withMongo('live updates across two instances on MongoDB', () => {
  const db = `motcua_handoff_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  let a: TestApp;
  let b: TestApp;
  afterAll(async () => {
    await a?.close();
    await b?.close();
    const store = createMongoStore(uri!, { dbName: db });
    await store.connected();
    await store.connection.dropDatabase();
    await store.close();
  });

  test('a reply typed on instance A reaches a console open on instance B', async () => {
    const env = { MONGODB_URI: withDb(uri!, db), HANDOFF_EVENTS_POLL_MS: '200' };
    a = await startTestApp(env);
    b = await startTestApp(env);
    const { staff } = await createAccounts(a.url);
    // sessions live in the store: the same cookie works on both instances
    const onB = Object.assign(Object.create(Object.getPrototypeOf(staff)), staff, { base: b.url }) as ConsoleClient;
    expect((await onB.get('/me')).status).toBe(200);

    const streamB = await openStream(b.url, onB);
    try {
      await new Promise((r) => setTimeout(r, 300));
      const citizen = new WebCitizen(a.url, 'w-mongo-1');
      await citizen.say('cho tôi gặp cán bộ');
      const item = await waitFor(async () => (await onB.get('/queue')).json.items.find((i: any) => i.conversationId === 'web:w-mongo-1'));
      await waitFor(async () => streamB.events.some((e) => e.data.caseId === item.id), 10_000);
      const seen = streamB.events.length;
      await staff.ok(`/cases/${item.id}/reply`, { text: 'Trả lời từ máy A' }); // typed on A
      await waitFor(async () => streamB.events.slice(seen).some((e) => e.event === 'message' && e.data.caseId === item.id), 10_000);
      const messages = (await onB.get(`/cases/${item.id}/messages?after=0`)).json.messages;
      expect(messages.at(-1)).toMatchObject({ author: 'staff', text: 'Trả lời từ máy A' });
      // and the citizen's web chat on B sees it as well
      const onBcitizen = new WebCitizen(b.url, 'w-mongo-1');
      expect((await onBcitizen.pushed()).map((m) => m.text)).toContain('Trả lời từ máy A');
    } finally {
      streamB.close();
    }
  }, 60_000);
});
