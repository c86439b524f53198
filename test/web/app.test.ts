import { request } from 'node:http';
import express from 'express';
import { postJson, startServer, type TestServer } from './helpers';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer({
    mount: (app) => {
      // a webhook-style router that needs the raw bytes: must run before express.json
      app.post('/webhooks/test', express.raw({ type: () => true }), (req, res) => {
        res.json({ raw: Buffer.isBuffer(req.body), bytes: Buffer.isBuffer(req.body) ? req.body.length : -1 });
      });
    },
  });
});
afterAll(async () => {
  await srv.close();
});

const expectError = (r: { status: number; json: any; headers: Headers }, status: number, code?: string) => {
  expect(r.status).toBe(status);
  expect(r.headers.get('content-type')).toMatch(/application\/json/);
  expect(typeof r.json.error?.code).toBe('string');
  expect(typeof r.json.error?.message).toBe('string');
  expect(r.json.error.message.length).toBeGreaterThan(5);
  if (code) expect(r.json.error.code).toBe(code);
};

describe('POST /api/v1/parse', () => {
  test('answers a documents question with exactly the CLI fields', async () => {
    const r = await postJson(`${srv.url}/api/v1/parse`, { text: 'dang ky khai sinh can giay to gi' });
    expect(r.status).toBe(200);
    expect(Object.keys(r.json).sort()).toEqual(['aspect', 'confidence', 'intent', 'procedure', 'reply']);
    expect(r.json).toMatchObject({ intent: 'procedure', procedure: 'dang-ky-khai-sinh', aspect: 'documents' });
    expect(typeof r.json.confidence).toBe('number');
    expect(r.json.reply).toContain('Giấy chứng sinh');
  });

  test('a conversation keeps context for follow-ups', async () => {
    const a = await postJson(`${srv.url}/api/v1/parse`, { text: 'cho hỏi làm tạm trú cần gì', conversation: 'eval-1' });
    expect(a.status).toBe(200);
    expect(a.json).toMatchObject({ intent: 'procedure', procedure: 'dang-ky-tam-tru' });
    const b = await postJson(`${srv.url}/api/v1/parse`, { text: 'con le phi thi sao', conversation: 'eval-1' });
    expect(b.status).toBe(200);
    expect(b.json).toMatchObject({ intent: 'procedure', procedure: 'dang-ky-tam-tru', aspect: 'fee' });
    // stored under a namespaced id, through the engine's repository
    expect(await srv.states.get('default', 'api:eval-1')).toMatchObject({ procedure: 'dang-ky-tam-tru', aspect: 'fee' });
  });

  test('without a conversation every request is independent', async () => {
    await postJson(`${srv.url}/api/v1/parse`, { text: 'cho hỏi làm tạm trú cần gì' });
    const b = await postJson(`${srv.url}/api/v1/parse`, { text: 'con le phi thi sao' });
    expect(b.status).toBe(200);
    expect(b.json.procedure).not.toBe('dang-ky-tam-tru');
  });

  test('different conversations do not share context', async () => {
    await postJson(`${srv.url}/api/v1/parse`, { text: 'cho hỏi làm tạm trú cần gì', conversation: 'iso-a' });
    const b = await postJson(`${srv.url}/api/v1/parse`, { text: 'con le phi thi sao', conversation: 'iso-b' });
    expect(b.json.procedure).not.toBe('dang-ky-tam-tru');
  });

  test('concurrent turns of one conversation are all saved', async () => {
    await Promise.all(Array.from({ length: 5 }, () => postJson(`${srv.url}/api/v1/parse`, { text: 'xin chào', conversation: 'burst' })));
    expect((await srv.states.get('default', 'api:burst'))?.turns).toBe(5);
  });
});

describe('POST /api/v1/chat', () => {
  test('returns messages with choices, and a tapped choice answers', async () => {
    const a = await postJson(`${srv.url}/api/v1/chat`, { conversation: 'c1', text: 'đăng ký khai sinh cần giấy tờ gì' });
    expect(a.status).toBe(200);
    expect(a.json.conversation).toBe('c1');
    expect(Array.isArray(a.json.messages)).toBe(true);
    expect(a.json.messages[0].text).toContain('Giấy chứng sinh');
    const choices = a.json.messages[0].choices as { title: string; payload: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(a.json.messages[0].links[0].url).toMatch(/^https:\/\//);
    const fee = choices.find((c) => c.payload === 'procedure:dang-ky-khai-sinh:fee');
    expect(fee).toBeDefined();

    const b = await postJson(`${srv.url}/api/v1/chat`, { conversation: 'c1', text: fee!.title, payload: fee!.payload });
    expect(b.status).toBe(200);
    expect(b.json.messages[0].text).toMatch(/^Đăng ký khai sinh — lệ phí/);
    expect(await srv.states.get('default', 'web:c1')).toMatchObject({ procedure: 'dang-ky-khai-sinh', aspect: 'fee', turns: 2 });
  });

  test('a payload without text is accepted (greeting button)', async () => {
    const r = await postJson(`${srv.url}/api/v1/chat`, { conversation: 'c2', payload: 'intent:greeting' });
    expect(r.status).toBe(200);
    expect(r.json.messages[0].text).toMatch(/Xin chào/);
    expect(r.json.messages[0].choices.length).toBeGreaterThan(0);
  });

  test('text follow-ups use the conversation', async () => {
    await postJson(`${srv.url}/api/v1/chat`, { conversation: 'c3', text: 'cho hỏi làm tạm trú cần gì' });
    const r = await postJson(`${srv.url}/api/v1/chat`, { conversation: 'c3', text: 'còn lệ phí thì sao' });
    expect(r.json.messages[0].text).toMatch(/Đăng ký tạm trú — lệ phí/i);
  });
});

describe('bad input', () => {
  const parse = () => `${srv.url}/api/v1/parse`;
  const chat = () => `${srv.url}/api/v1/chat`;

  test('non-JSON body → 400', async () => expectError(await postJson(parse(), '{"text": "abc'), 400, 'invalid_json'));
  test('JSON primitive body → 400', async () => expectError(await postJson(parse(), '"abc"'), 400));
  test('JSON array body → 400', async () => expectError(await postJson(parse(), [1, 2]), 400));
  test('empty body → 400', async () => expectError(await postJson(parse(), ''), 400));
  test('missing text → 400', async () => expectError(await postJson(parse(), {}), 400, 'invalid_text'));
  test('empty text → 400', async () => expectError(await postJson(parse(), { text: '' }), 400, 'invalid_text'));
  test('blank text → 400', async () => expectError(await postJson(parse(), { text: '   \n ' }), 400, 'invalid_text'));
  test('text of the wrong type → 400', async () => expectError(await postJson(parse(), { text: 42 }), 400, 'invalid_text'));
  test('conversation of the wrong type → 400', async () => expectError(await postJson(parse(), { text: 'chào', conversation: 7 }), 400, 'invalid_conversation'));
  test('conversation with bad characters → 400', async () => expectError(await postJson(parse(), { text: 'chào', conversation: 'a b/c' }), 400, 'invalid_conversation'));
  test('conversation too long → 400', async () => expectError(await postJson(parse(), { text: 'chào', conversation: 'x'.repeat(101) }), 400, 'invalid_conversation'));
  test('text of exactly 2,000 characters is fine', async () => expect((await postJson(parse(), { text: 'a'.repeat(2000) })).status).toBe(200));
  test('text over 2,000 characters → 413 with a clear message', async () => {
    const r = await postJson(parse(), { text: 'a'.repeat(2001) });
    expectError(r, 413, 'text_too_long');
    expect(r.json.error.message).toMatch(/2000/);
  });
  test('body over 64 kB → 413', async () => expectError(await postJson(parse(), { text: 'chào', pad: 'x'.repeat(70_000) }), 413, 'body_too_large'));
  test('text/plain → 415', async () => expectError(await postJson(parse(), 'chào', { 'content-type': 'text/plain' }), 415));
  test('form-encoded → 415', async () => expectError(await postJson(parse(), 'text=ch%C3%A0o', { 'content-type': 'application/x-www-form-urlencoded' }), 415));
  test('GET on an API route → 405 JSON', async () => {
    const r = await fetch(parse());
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('POST');
    expect((await r.json()).error.code).toBe('method_not_allowed');
  });
  test('chat without conversation → 400', async () => expectError(await postJson(chat(), { text: 'chào' }), 400, 'invalid_conversation'));
  test('chat without text or payload → 400', async () => expectError(await postJson(chat(), { conversation: 'c9' }), 400, 'invalid_text'));
  test('chat with blank text → 400', async () => expectError(await postJson(chat(), { conversation: 'c9', text: '  ' }), 400, 'invalid_text'));
  test('chat with a non-string payload → 400', async () => expectError(await postJson(chat(), { conversation: 'c9', payload: { x: 1 } }), 400, 'invalid_payload'));
  test('chat text over 2,000 characters → 413', async () => expectError(await postJson(chat(), { conversation: 'c9', text: 'b'.repeat(2001) }), 413, 'text_too_long'));
  test('unknown route → 404 JSON', async () => {
    for (const path of ['/nope', '/api/v1/nope', '/api/v2/parse']) {
      const r = await fetch(`${srv.url}${path}`);
      expect(r.status).toBe(404);
      expect((await r.json()).error.code).toBe('not_found');
    }
    expectError(await postJson(`${srv.url}/api/v1/nope`, { text: 'x' }), 404, 'not_found');
  });
  test('errors never leak an HTML stack trace', async () => {
    const r = await fetch(parse(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' });
    const text = await r.text();
    expect(text).not.toMatch(/<html|<pre|at .*\.js/i);
  });
});

describe('probes, headers, page, logging', () => {
  test('GET /healthz → 200 ok', async () => {
    const r = await fetch(`${srv.url}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok' });
  });

  test('GET /readyz follows deps.ready()', async () => {
    let r = await fetch(`${srv.url}/readyz`);
    expect(r.status).toBe(200);
    srv.setReady({ ok: false, checks: { knowledge: true, store: 'timeout' } });
    r = await fetch(`${srv.url}/readyz`);
    expect(r.status).toBe(503);
    expect((await r.json()).checks).toEqual({ knowledge: true, store: 'timeout' });
    srv.setReady({ ok: true, checks: { knowledge: true } });
  });

  test('a throwing ready() is a 503, not a crash', async () => {
    const s = await startServer({ ready: async () => { throw new Error('boom'); } });
    try {
      const r = await fetch(`${s.url}/readyz`);
      expect(r.status).toBe(503);
      expect(r.headers.get('content-type')).toMatch(/json/);
    } finally {
      await s.close();
    }
  });

  test('GET / serves the chat page with security headers', async () => {
    const r = await fetch(`${srv.url}/`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    expect(r.headers.get('x-powered-by')).toBeNull();
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    const html = await r.text();
    expect(html).toContain('Trợ lý Một cửa');
    expect(html).toContain('name="viewport"');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//); // no CDN
    for (const asset of ['/chat.js', '/style.css', '/favicon.svg']) {
      const a = await fetch(`${srv.url}${asset}`);
      expect(a.status).toBe(200);
    }
    const js = await (await fetch(`${srv.url}/chat.js`)).text();
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });

  test('API responses carry the security headers too', async () => {
    const r = await postJson(`${srv.url}/api/v1/parse`, { text: 'chào' });
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-powered-by')).toBeNull();
  });

  test('mounted routers see the raw body (mounted before express.json)', async () => {
    const r = await postJson(`${srv.url}/webhooks/test`, { hello: 'world' });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ raw: true, bytes: 17 });
  });

  test('requests are logged without the citizen text', async () => {
    const secret = 'so dien thoai 0912345678 cccd 001099012345';
    await postJson(`${srv.url}/api/v1/parse`, { text: secret, conversation: 'pii' });
    await postJson(`${srv.url}/api/v1/chat`, { conversation: 'pii', text: secret });
    await postJson(`${srv.url}/api/v1/parse?q=${encodeURIComponent('0912345678')}`, '{bad json 0912345678');
    expect((await fetch(`${srv.url}/tra-cuu/0912345678`)).status).toBe(404);
    await new Promise((r) => setTimeout(r, 50));
    const all = srv.logLines.join('');
    expect(all).toContain('/api/v1/chat');
    expect(all).not.toContain('0912345678');
    expect(all).not.toContain('001099012345');
  });

  test('a raw socket with a broken request does not crash the server', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${srv.url}/api/v1/parse`, { method: 'POST', headers: { 'content-type': 'application/json; charset=latin-9' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('{"text":"x"}');
    });
    expect(status).toBe(415);
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  });
});
