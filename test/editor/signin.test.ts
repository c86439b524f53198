/**
 * One sign-in page for both consoles: /console/login.html. The editor console redirects there (and back),
 * its old sign-in URL is a redirect for bookmarks, and the page's script follows `next` only to our own
 * /console or /editor paths.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { isOwnConsolePath } from '../../src/editor/routes';
import { startTestApp, type TestApp } from './helpers';

describe('shared sign-in page (HTTP)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 30_000);
  afterAll(async () => {
    await app?.close();
  });

  const get = async (path: string, accept = 'text/html') => {
    const res = await fetch(`${app.url}${path}`, { headers: { accept }, redirect: 'manual' });
    const text = await res.text();
    return { status: res.status, location: res.headers.get('location'), text };
  };

  test('an unauthenticated /editor page redirects to the shared page with next=/editor…', async () => {
    expect(await get('/editor')).toMatchObject({ status: 302, location: '/console/login.html?next=%2Feditor' });
    expect(await get('/editor/')).toMatchObject({ status: 302, location: '/console/login.html?next=%2Feditor%2F' });
    expect(await get('/editor', 'application/json')).toMatchObject({ status: 302, location: '/console/login.html?next=%2Feditor' });
  });

  test('the shared page serves, speaks to both consoles; the editor copy is gone', async () => {
    const page = await get('/console/login.html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Đăng nhập — Trợ lý Một cửa');
    expect(page.text).toMatch(/biên tập/);
    expect(page.text).not.toMatch(/Bảng điều khiển Một cửa/);
    expect((await get('/editor/assets/login.js')).status).toBe(404);
    expect((await get('/editor/assets/editor.js')).status).toBe(200);
  });

  test('the old /editor/assets/login.html URL is a redirect to the shared page', async () => {
    expect(await get('/editor/assets/login.html')).toMatchObject({ status: 302, location: '/console/login.html?next=%2Feditor' });
    expect(await get('/editor/assets/login.html?next=/editor')).toMatchObject({ status: 302, location: '/console/login.html?next=%2Feditor' });
    expect(await get('/editor/assets/login.html?next=//evil.example/editor')).toMatchObject({ status: 302, location: '/console/login.html?next=%2Feditor' });
    expect(await get('/editor/assets/login.html?next=https://evil.example/')).toMatchObject({ status: 302, location: '/console/login.html?next=%2Feditor' });
    const posted = await fetch(`${app.url}/editor/assets/login.html`, { method: 'POST', redirect: 'manual' });
    await posted.arrayBuffer();
    expect(posted.status).toBe(404);
  });
});

test('isOwnConsolePath: only our own /console or /editor paths', () => {
  for (const ok of ['/editor', '/editor/', '/editor?tab=review', '/editor#x', '/console', '/console/', '/console/?case=1']) expect([ok, isOwnConsolePath(ok)]).toEqual([ok, true]);
  for (const bad of ['', '/', 'editor', '/editorx', '/consoles', 'https://evil.example/editor', '//evil.example', '/editor//evil.example', '/\\evil.example',
    '/editor/\\evil', '/editor/../admin', '/editor/%2e%2e/x', '/console/./x', '/editor/\tx', 'javascript:alert(1)', '/api/v1/chat']) {
    expect([bad, isOwnConsolePath(bad)]).toEqual([bad, false]);
  }
});

/** Runs the page's real script (src/web/console-public/assets/login.js) against a stub DOM; returns where it navigates. */
async function signInWith(search: string, roles: string[] = ['staff']): Promise<string> {
  const source = readFileSync(join(__dirname, '..', '..', 'src', 'web', 'console-public', 'assets', 'login.js'), 'utf8');
  let submit: ((e: { preventDefault(): void }) => void) | undefined;
  let assigned: string | undefined;
  const el = (value = '') => ({ value, textContent: '', disabled: false, addEventListener: (_t: string, fn: typeof submit) => { submit = fn; } });
  const elements: Record<string, ReturnType<typeof el>> = { 'login-form': el(), 'login-error': el(), 'login-submit': el(), username: el('u'), password: el('p') };
  const origin = 'http://127.0.0.1:8080';
  const sandbox = {
    URL, URLSearchParams,
    document: { getElementById: (id: string) => elements[id] },
    window: { location: { search, origin, assign: (to: string) => { assigned = to; } } },
    fetch: async () => ({ ok: true, status: 200, json: async () => ({ user: { roles }, csrfToken: 'x' }) }),
  };
  runInNewContext(source, sandbox);
  submit!({ preventDefault() {} });
  for (let i = 0; i < 20 && assigned === undefined; i++) await new Promise((r) => setImmediate(r));
  if (elements['login-error'].textContent) throw new Error(elements['login-error'].textContent);
  return assigned!;
}

test('login.js follows next only to our own /console or /editor paths', async () => {
  expect(await signInWith('?next=%2Feditor')).toBe('/editor');
  expect(await signInWith('?next=%2Feditor%3Ftab%3Dreview')).toBe('/editor?tab=review');
  expect(await signInWith('?next=%2Fconsole%2F')).toBe('/console/');
  for (const bad of ['//evil.example/console/', 'https://evil.example/editor', '/\\evil.example', '/editor/%2e%2e/api', '/console/%2E/x', '/editor\t/x', '/api/v1/chat', '/editorx']) {
    expect([bad, await signInWith(`?next=${encodeURIComponent(bad)}`)]).toEqual([bad, '/console/']);
  }
});

test('login.js without a (valid) next: the console the account can use', async () => {
  expect(await signInWith('', ['staff'])).toBe('/console/');
  expect(await signInWith('', ['admin'])).toBe('/console/');
  expect(await signInWith('', ['editor'])).toBe('/editor');
  expect(await signInWith('?next=%2F%2Fevil.example', ['reviewer'])).toBe('/editor');
});
