/**
 * Every /console route is guarded. The list is generated from the running app's router (Express 5: app.router,
 * nested routers' handle.stack, each layer's route.path/methods and mount rawPath), so a route added without a
 * guard fails here:
 * - without a session: 401 JSON (APIs) or a redirect to the sign-in page (HTML pages);
 * - with a staff session: 403 on every route whose guard is tagged admin-only (and on the known admin routes);
 * - with an editor session: 403 on every staff route of the handoff room.
 */
import type { Express } from 'express';
import { createAccounts, startTestApp, type ConsoleClient, type TestApp } from '../handoff/helpers';

interface RouteInfo {
  method: string;
  path: string;
  /** Roles of the tagged guard on the route (handoff routes); undefined when the guard is not tagged. */
  roles?: string[];
}

interface Walk {
  routes: RouteInfo[];
  /** Non-route middleware mounted under /console (static files): must be known-public. */
  mounts: string[];
}

type Layer = { route?: { path: string | string[]; methods: Record<string, boolean>; stack: { handle: { roles?: string[] } }[] }; handle: { stack?: Layer[] } & ((...a: unknown[]) => unknown); rawPath?: string | string[]; name?: string };

function walk(stack: Layer[], prefix: string, out: Walk): Walk {
  for (const layer of stack) {
    const raw = layer.rawPath;
    const mount = Array.isArray(raw) ? raw : [raw ?? '/'];
    if (layer.route) {
      const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
      const roles = layer.route.stack.map((l) => l.handle.roles).find((r) => Array.isArray(r));
      for (const p of paths) {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (!on || method === '_all') continue;
          out.routes.push({ method: method.toUpperCase(), path: join(prefix, p), roles });
        }
      }
    } else if (layer.handle?.stack) {
      for (const m of mount) walk(layer.handle.stack, join(prefix, m), out);
    } else {
      for (const m of mount) {
        const at = join(prefix, m);
        if (at.startsWith('/console') && layer.name === 'serveStatic') out.mounts.push(at);
      }
    }
  }
  return out;
}

const join = (a: string, b: string) => (`${a}/${b}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1'));
const concrete = (p: string) => p.replace(/:(\w+)/g, 'x-$1').replace(/\*\w*/g, 'x');

/** Public on purpose: signing in and out, the sign-in page. */
const PUBLIC = new Set(['POST /console/api/login', 'POST /console/api/logout', 'GET /console/login.html']);
/** Static console assets (script and styles, no data). */
const PUBLIC_MOUNTS = new Set(['/console/assets']);
/** Admin-only by the specification: account and canned-answer management, the audit trail. */
const ADMIN_ONLY = ['GET /console/api/users', 'POST /console/api/users', 'POST /console/api/canned', 'DELETE /console/api/canned/:id', 'GET /console/api/audit'];

describe('console route guards (list generated from the router)', () => {
  let app: TestApp;
  let staff: ConsoleClient;
  let editor: ConsoleClient;
  let found: Walk;

  beforeAll(async () => {
    app = await startTestApp();
    ({ staff, editor } = await createAccounts(app.url));
    const express = app.running.server.listeners('request')[0] as unknown as Express & { router: { stack: Layer[] } };
    found = walk(express.router.stack, '', { routes: [], mounts: [] });
  }, 30_000);
  afterAll(async () => {
    await app?.close();
  });

  const consoleRoutes = () => found.routes.filter((r) => r.path === '/console' || r.path.startsWith('/console/'));

  test('the walk finds the console routes (sanity)', () => {
    const keys = consoleRoutes().map((r) => `${r.method} ${r.path}`);
    expect(keys).toEqual(expect.arrayContaining(['GET /console/api/queue', 'POST /console/api/cases/:id/reply', 'GET /console/api/events', 'GET /console/api/me', 'GET /console', ...ADMIN_ONLY]));
    expect(keys.length).toBeGreaterThanOrEqual(25);
  });

  test('only the known static folders are mounted under /console without a guard', () => {
    expect(found.mounts.filter((m) => !PUBLIC_MOUNTS.has(m))).toEqual([]);
  });

  test('without a session every console route answers 401 (API) or redirects to the sign-in page (HTML)', async () => {
    const failures: string[] = [];
    for (const r of consoleRoutes()) {
      const key = `${r.method} ${r.path}`;
      if (PUBLIC.has(key)) continue;
      const html = r.method === 'GET' && !r.path.startsWith('/console/api');
      const res = await fetch(app.url + concrete(r.path), {
        method: r.method,
        headers: { accept: html ? 'text/html' : 'application/json', ...(r.method === 'GET' || r.method === 'HEAD' ? {} : { 'content-type': 'application/json' }) },
        body: r.method === 'GET' || r.method === 'HEAD' ? undefined : '{}',
        redirect: 'manual',
      });
      await res.arrayBuffer().catch(() => undefined);
      const ok = html ? res.status === 302 && /^\/console\/login\.html\?next=/.test(res.headers.get('location') ?? '') : res.status === 401;
      if (!ok) failures.push(`${key} → ${res.status}`);
      // pages asked for JSON answer 401 too
      if (html) {
        const asJson = await fetch(app.url + concrete(r.path), { headers: { accept: 'application/json' }, redirect: 'manual' });
        await asJson.arrayBuffer();
        if (asJson.status !== 401) failures.push(`${key} (json) → ${asJson.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test('a staff account gets 403 on every admin-only route', async () => {
    const routes = consoleRoutes();
    const tagged = routes.filter((r) => r.roles && !r.roles.includes('staff')).map((r) => `${r.method} ${r.path}`);
    expect(tagged).toEqual(expect.arrayContaining(ADMIN_ONLY));
    const failures: string[] = [];
    for (const key of new Set([...tagged, ...ADMIN_ONLY])) {
      const [method, path] = key.split(' ');
      const res = await staff.request(method, concrete(path), method === 'GET' ? undefined : {});
      if (res.status !== 403) failures.push(`${key} → ${res.status}`);
    }
    expect(failures).toEqual([]);
  });

  test('an editor account gets 403 on every staff route of the console', async () => {
    const failures: string[] = [];
    for (const r of consoleRoutes().filter((x) => x.roles?.includes('staff'))) {
      if (r.path === '/console/api/events') continue; // checked below (a stream)
      const res = await editor.request(r.method, concrete(r.path), r.method === 'GET' ? undefined : {});
      if (res.status !== 403) failures.push(`${r.method} ${r.path} → ${res.status}`);
    }
    expect(failures).toEqual([]);
    const sse = await editor.request('GET', '/console/api/events');
    expect(sse.status).toBe(403);
  });

  test('state-changing requests need the CSRF token', async () => {
    const res = await fetch(`${app.url}/console/api/cases/x/take`, { method: 'POST', headers: { cookie: staff.cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).error.message).toMatch(/CSRF/);
  });

  test('a malformed session cookie is no session: 401 or the sign-in redirect, never a 500', async () => {
    const cookie = 'mc_session=%E0%A4%A'; // broken percent-encoding (decodeURIComponent throws)
    const failures: string[] = [];
    for (const [path, accept, want] of [
      ['/console/api/me', 'application/json', 401],
      ['/console/api/queue', 'application/json', 401],
      ['/editor/api/me', 'application/json', 401],
      ['/console/', 'text/html', 302],
      ['/editor', 'text/html', 302],
    ] as const) {
      const res = await fetch(app.url + path, { headers: { cookie, accept }, redirect: 'manual' });
      await res.arrayBuffer();
      if (res.status !== want) failures.push(`${path} → ${res.status}`);
    }
    const logout = await fetch(`${app.url}/console/api/logout`, { method: 'POST', headers: { cookie } });
    if (logout.status !== 200) failures.push(`POST /console/api/logout → ${logout.status}`);
    expect(failures).toEqual([]);
  });

  test('the sign-in page and console assets are public; the console page needs a session', async () => {
    expect((await fetch(`${app.url}/console/login.html`)).status).toBe(200);
    expect((await fetch(`${app.url}/console/assets/console.js`)).status).toBe(200);
    const page = await fetch(`${app.url}/console/`, { headers: { cookie: staff.cookie, accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('console.js');
  });
});
