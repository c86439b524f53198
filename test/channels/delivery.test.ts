import express from 'express';
import { createChannels } from '../../src/channels';
import type { Collection, Store } from '../../src/store/ports';
import { FakeGraph } from '../fakes/fake-graph';
import { EchoHandler, fixtureBytes, metaSign, openStore, post, postMessenger, silentLogger, startApp, testConfig, waitFor } from './helpers';

describe('delivery guarantees', () => {
  let graph: FakeGraph;
  beforeEach(async () => {
    graph = await FakeGraph.start();
  });
  afterEach(async () => {
    await graph.close();
  });

  it('retries 5xx, a hung call (timeout) and a rate limit, then sends exactly once, keeping per-conversation order', async () => {
    const { store } = await openStore();
    const handler = new EchoHandler();
    handler.reply = () => [{ text: 'một' }, { text: 'hai' }];
    const app = await startApp({ store, handler, config: testConfig(graph, null), logger: silentLogger() });
    try {
      graph.failNext(1, '5xx').failNext(1, 'hang').failNext(1, 'rate-limit');
      await postMessenger(app, 'messenger-text.json');
      await app.channels.drain();
      expect(graph.sends.map((s) => s.body.message.text)).toEqual(['một', 'một', 'một', 'một', 'hai']);
      const docs = await store.collection<any>('outbox').find({}, { sort: { order: 1 } });
      expect(docs.map((d) => [d.state, d.attempts])).toEqual([
        ['sent', 4],
        ['sent', 1],
      ]);
      expect(docs[0].platformMessageIds).toEqual(['m_fake_1']);
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('gives up after maxAttempts with reason retries_exhausted', async () => {
    const { store } = await openStore();
    const app = await startApp({ store, handler: new EchoHandler(), config: testConfig(graph, null, { retry: { baseMs: 5, maxMs: 10, maxAttempts: 3, rateLimitMinMs: 5, tokenWaitMs: 60_000 } }), logger: silentLogger() });
    try {
      graph.failNext(10, '5xx');
      await postMessenger(app, 'messenger-text.json');
      await app.channels.drain();
      expect(graph.sends).toHaveLength(3);
      expect(await store.collection<any>('outbox').findOne({})).toMatchObject({ state: 'failed', reason: 'retries_exhausted', lastError: 'temporary' });
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('an invalid Page token (190) holds the replies, in order, until the token works again', async () => {
    const { store } = await openStore();
    const handler = new EchoHandler();
    handler.reply = () => [{ text: 'một' }, { text: 'hai' }];
    const config = testConfig(graph, null, { retry: { baseMs: 5, maxMs: 10, maxAttempts: 2, rateLimitMinMs: 5, tokenWaitMs: 150 } });
    const app = await startApp({ store, handler, config, logger: silentLogger() });
    try {
      graph.failNext(3, 'token'); // more failures than maxAttempts: a held reply is not given up
      await postMessenger(app, 'messenger-text.json');
      await app.channels.drain({ timeoutMs: 50 });
      expect(await store.collection<any>('outbox').findOne({ state: 'pending' })).toMatchObject({ lastError: 'token_invalid' });
      expect(await store.collection('outbox').count({ state: 'failed' })).toBe(0);
      await app.channels.drain({ timeoutMs: 3_000 });
      const docs = await store.collection<any>('outbox').find({}, { sort: { order: 1 } });
      expect(docs.map((d) => d.state)).toEqual(['sent', 'sent']);
      // three refused tries of the head, then both in order
      expect(graph.sends.map((x) => x.body.message.text)).toEqual(['một', 'một', 'một', 'một', 'hai']);
    } finally {
      await app.close();
      await store.close();
    }
  });

  it("a conversation whose head is backing off does not starve the others", async () => {
    const { store } = await openStore();
    const handler = new EchoHandler();
    handler.reply = (m) => (m.userId === '2468013579246801' ? Array.from({ length: 10 }, (_, i) => ({ text: `A${i}` })) : [{ text: 'B' }]);
    const cfg = testConfig(graph, null, { sendConcurrency: 1, retry: { baseMs: 60_000, maxMs: 60_000, maxAttempts: 3, rateLimitMinMs: 0, tokenWaitMs: 60_000 } });
    const app = await startApp({ store, handler, config: cfg, logger: silentLogger() });
    try {
      graph.failNext(1, '5xx');
      app.channels.start();
      await postMessenger(app, 'messenger-text.json');
      await waitFor(() => graph.sends.length === 1); // A0 failed, retry in ~1 min; A1..A9 wait behind it
      const other = Buffer.from(fixtureBytes('messenger-text.json').toString().replaceAll('2468013579246801', '2468013579246803').replace('m_FAKE01', 'm_FAKE77'));
      expect((await post(`${app.url}/webhooks/messenger`, other, { 'x-hub-signature-256': metaSign(other) })).status).toBe(200);
      await waitFor(() => graph.sends.some((s) => s.body.message.text === 'B'));
      expect(graph.sends.map((s) => s.body.message.text)).toEqual(['A0', 'B']);
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('replies after a restart to an event stored (200) before the crash', async () => {
    const first = await openStore();
    const handler = new EchoHandler();
    const app1 = await startApp({ store: first.store, handler, config: testConfig(graph, null), logger: silentLogger() });
    expect((await postMessenger(app1, 'messenger-text.json')).status).toBe(200);
    // "Crash": workers never ran; the process goes away.
    await app1.close();
    await first.store.close();
    expect(handler.seen).toHaveLength(0);

    const second = await openStore(first.dir);
    const app2 = await startApp({ store: second.store, handler, config: testConfig(graph, null), logger: silentLogger() });
    try {
      app2.channels.start();
      await waitFor(() => graph.sends.length === 1);
      expect(graph.sends[0].body.recipient.id).toBe('2468013579246801');
    } finally {
      await app2.close();
      await second.store.close();
    }
  });

  it('a crash after the outbox write but before "inbox done" never duplicates the reply', async () => {
    const { store, dir } = await openStore();
    // Instance 1 dies right when marking the inbox event done (after its replies reached the outbox).
    const crashing: Store = {
      ...store,
      kind: store.kind,
      ping: () => store.ping(),
      close: () => store.close(),
      collection<T extends { _id: string; agencyId: string }>(name: string, indexes?: never[]): Collection<T> {
        const col = store.collection<T>(name, indexes);
        if (name !== 'inbox') return col;
        return new Proxy(col, {
          get(target, prop, receiver) {
            if (prop === 'updateOne') {
              return async (filter: any, update: any) => {
                if (update.$set?.state === 'done') throw new Error('simulated crash');
                return target.updateOne(filter, update);
              };
            }
            const v = Reflect.get(target, prop, receiver);
            return typeof v === 'function' ? v.bind(target) : v;
          },
        });
      },
    };
    const handler = new EchoHandler();
    const app1 = await startApp({ store: crashing, handler, config: testConfig(graph, null), logger: silentLogger() });
    await postMessenger(app1, 'messenger-text.json');
    await expect(app1.channels.drain()).rejects.toThrow('simulated crash');
    await app1.close();
    expect(graph.sends).toHaveLength(0);
    expect(await store.collection('outbox').count({})).toBe(1);
    await store.close();

    // Restart later (the dead instance's lease has expired).
    const reopened = await openStore(dir);
    const app2 = await startApp({ store: reopened.store, handler, config: testConfig(graph, null), logger: silentLogger(), clock: () => Date.now() + 60_000 });
    try {
      await app2.channels.drain();
      expect(handler.seen).toHaveLength(2); // at-least-once processing…
      expect(graph.sends).toHaveLength(1); // …but exactly one reply
      expect(await reopened.store.collection('outbox').count({})).toBe(1);
      expect(await reopened.store.collection('inbox').count({ state: 'done' })).toBe(1);
    } finally {
      await app2.close();
      await reopened.store.close();
    }
  });

  it('two instances on one store never double-send', async () => {
    const { store } = await openStore();
    const handler = new EchoHandler();
    handler.reply = (m) => [{ text: `1/${m.externalId}` }, { text: `2/${m.externalId}` }];
    const cfg = testConfig(graph, null);
    const a = await startApp({ store, handler, config: cfg, logger: silentLogger(), instanceId: 'A' });
    const b = await startApp({ store, handler, config: cfg, logger: silentLogger(), instanceId: 'B' });
    try {
      a.channels.start();
      b.channels.start();
      graph.failNext(2, '5xx');
      const bodies = ['messenger-text-batch.json', 'messenger-text.json', 'messenger-quick_reply.json', 'messenger-postback.json', 'messenger-image.json'];
      // Every delivery goes to both instances (as a load balancer + platform retry would do).
      await Promise.all(bodies.flatMap((f) => [postMessenger(a, f), postMessenger(b, f)]));
      const expected = 7 * 2;
      await waitFor(async () => (await store.collection('outbox').count({ state: 'sent' })) === expected, 10_000);
      await new Promise((r) => setTimeout(r, 100));
      expect(handler.seen).toHaveLength(7);
      // Every message (metadata = outbox id + part) reached the platform; the only repeats are the 2 failures.
      expect(new Set(graph.sends.map((s) => s.body.message.metadata as string)).size).toBe(expected);
      expect(graph.sends.length).toBe(expected + 2); // + the two failed attempts
      // Per conversation, "1/x" always precedes "2/x".
      const texts = graph.sends.map((s) => s.body.message.text as string);
      for (const t of texts.filter((x) => x.startsWith('2/'))) expect(texts.lastIndexOf(`1/${t.slice(2)}`)).toBeLessThan(texts.indexOf(t));
    } finally {
      await a.close();
      await b.close();
      await store.close();
    }
  });

  it('refuses a body already parsed by a global express.json() instead of accepting it unverified', async () => {
    const { store } = await openStore();
    const channels = createChannels({ store, handler: new EchoHandler(), config: testConfig(graph, null), logger: silentLogger() });
    const appWrong = express();
    appWrong.use(express.json());
    appWrong.use(channels.router);
    const server = appWrong.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const { port } = server.address() as { port: number };
      const body = fixtureBytes('messenger-text.json');
      const res = await post(`http://127.0.0.1:${port}/webhooks/messenger`, body, { 'x-hub-signature-256': metaSign(body) });
      expect(res.status).toBe(500);
      expect(await store.collection('inbox').count({})).toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await store.close();
    }
  });
});
