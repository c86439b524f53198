/**
 * Walks the Express router (Express 5: app.router.stack, nested routers' handle.stack) and proves that every
 * /editor route answers 401 (or a redirect to sign-in) without a session and 403 to a staff account, so a new
 * route without a guard fails here. Also: editors cannot reach the staff console's routes (complaint tickets,
 * personal data), and reviewer-only actions are closed to editors.
 */
import type { Express } from 'express';
import { startTestApp, type Session, type TestApp } from './helpers';

interface RouteInfo { method: string; path: string }

function joinPath(prefix: string, path: string): string {
  const p = `${prefix.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
  return p.length > 1 ? p.replace(/\/$/, '') || '/' : p;
}

export function listRoutes(app: Express): RouteInfo[] {
  const out: RouteInfo[] = [];
  const walk = (stack: any[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const p of paths) {
          for (const [m, on] of Object.entries(layer.route.methods as Record<string, boolean>)) {
            if (on && m !== '_all') out.push({ method: m.toUpperCase(), path: joinPath(prefix, String(p)) });
          }
        }
      } else if (layer.handle && Array.isArray(layer.handle.stack)) {
        const raw = typeof layer.rawPath === 'string' ? layer.rawPath : '/';
        walk(layer.handle.stack, joinPath(prefix, raw));
      }
    }
  };
  walk((app as any).router.stack, '');
  return out;
}

const concrete = (path: string) => path.replace(/:(\w+)/g, (_m, name) => (name === 'kind' ? 'procedure' : name === 'version' ? '1' : 'x'));

let app: TestApp;
let staff: Session;
let editor: Session;
let routes: RouteInfo[];

beforeAll(async () => {
  app = await startTestApp();
  [staff, editor] = await Promise.all([app.login('staff1'), app.login('editor1')]);
  const express = app.running.server.listeners('request')[0] as unknown as Express;
  routes = listRoutes(express);
});
afterAll(async () => {
  await app?.close();
});

test('the walk finds the editor routes (pages and API)', () => {
  const editorRoutes = routes.filter((r) => r.path.startsWith('/editor'));
  expect(editorRoutes.length).toBeGreaterThanOrEqual(30);
  expect(editorRoutes).toEqual(expect.arrayContaining([
    { method: 'GET', path: '/editor' },
    { method: 'POST', path: '/editor/api/drafts/:id/approve' },
    { method: 'POST', path: '/editor/api/import' },
    { method: 'GET', path: '/editor/api/misses' },
  ]));
});

test('every /editor route: 401 or a sign-in redirect without a session, 403 for a staff account', async () => {
  const failures: string[] = [];
  for (const r of routes.filter((x) => x.path.startsWith('/editor'))) {
    const url = `${app.url}${concrete(r.path)}`;
    const body = r.method === 'GET' || r.method === 'HEAD' ? undefined : '{}';
    const anon = await fetch(url, { method: r.method, redirect: 'manual', headers: { 'content-type': 'application/json', accept: r.path.includes('/api/') ? 'application/json' : 'text/html' }, body });
    const anonOk = anon.status === 401 || (anon.status === 302 && /login/.test(anon.headers.get('location') ?? ''));
    if (!anonOk) failures.push(`${r.method} ${r.path} unauthenticated → ${anon.status}`);
    const asStaff = await staff.send(r.method, concrete(r.path), body === undefined ? undefined : {});
    if (asStaff.status !== 403) failures.push(`${r.method} ${r.path} staff → ${asStaff.status}`);
    // a session without the CSRF header cannot change anything
    if (body !== undefined) {
      const noCsrf = await fetch(url, { method: r.method, headers: { cookie: editor.cookie, 'content-type': 'application/json' }, body });
      if (noCsrf.status !== 403) failures.push(`${r.method} ${r.path} without CSRF → ${noCsrf.status}`);
    }
  }
  expect(failures).toEqual([]);
}, 30_000);

test('reviewer-only actions (approve, return, restore, write the files export) are closed to editors', async () => {
  const reviewerOnly = routes.filter((r) => r.path.startsWith('/editor/api') && /\/(approve|return|restore)$|^\/editor\/api\/export\/files$/.test(r.path) && r.method === 'POST');
  expect(reviewerOnly.length).toBe(4);
  for (const r of reviewerOnly) expect([r.path, (await editor.send(r.method, concrete(r.path), {})).status]).toEqual([r.path, 403]);
});

test('an editor cannot reach the staff console (complaint tickets, personal data)', async () => {
  const consoleRoutes = routes.filter((r) => r.path.startsWith('/console') && !/^\/console\/(login\.html|api\/(login|logout|me))$/.test(r.path));
  const failures: string[] = [];
  for (const r of consoleRoutes) {
    const res = await editor.send(r.method, concrete(r.path), r.method === 'GET' ? undefined : {});
    if (res.status !== 403 && res.status !== 401) failures.push(`${r.method} ${r.path} editor → ${res.status}`);
  }
  expect(failures).toEqual([]);
});

test('editor views carry no personal data: the inbox is masked before it is stored', async () => {
  await app.chat('tên tôi là Trần Thị Bình, số cccd 001199012345, cần đăng ký bản quyền bài hát, email binh@example.com');
  const r = await editor.get('/editor/api/misses');
  const text = JSON.stringify(r.json);
  expect(text).not.toMatch(/Bình|001199012345|binh@example\.com/);
});
