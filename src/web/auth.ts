/**
 * Sign-in for the consoles and the guard every console route goes through.
 *
 * Sessions: an HttpOnly, SameSite=Strict cookie holding a random token. CSRF: every state-changing request
 * must carry the session's CSRF token in `X-CSRF-Token` (returned at sign-in and by GET /me); SameSite alone
 * is not relied on. Routes are declared with `guard(roles)`; test/console/guards.test.ts (and test/editor/guards.test.ts for /editor) walks the
 * Express router and proves every /console route answers 401 without a session, so a new route without a
 * guard fails the build.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { AccountService, Role, User } from '../accounts/users';

export const SESSION_COOKIE = 'mc_session';

declare module 'express-serve-static-core' {
  interface Request {
    user?: User;
  }
}

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k !== name) continue;
    try {
      return decodeURIComponent(v.join('='));
    } catch {
      return undefined; // malformed percent-encoding: no session (a 401, not a 500)
    }
  }
  return undefined;
}

function deny(res: Response, status: 401 | 403, message: string) {
  res.status(status).json({ error: { code: status === 401 ? 'unauthenticated' : 'forbidden', message } });
}

/**
 * Middleware: a signed-in user holding one of `roles` (admin passes everywhere), and the CSRF header on
 * anything but GET/HEAD. Pages (HTML) redirect to the sign-in page instead of a 401 JSON.
 */
export function guard(accounts: AccountService, roles: Role[]) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const token = readCookie(req, SESSION_COOKIE);
      const session = token ? await accounts.session(token) : null;
      if (!session) {
        if (req.method === 'GET' && req.accepts(['json', 'html']) === 'html' && !req.path.includes('/api/')) {
          return res.redirect(302, `/console/login.html?next=${encodeURIComponent(req.originalUrl)}`);
        }
        return deny(res, 401, 'Vui lòng đăng nhập / sign-in required');
      }
      if (!session.user.roles.includes('admin') && !roles.some((r) => session.user.roles.includes(r))) {
        return deny(res, 403, 'Tài khoản không có quyền này / not allowed for this role');
      }
      if (!['GET', 'HEAD'].includes(req.method) && req.get('x-csrf-token') !== session.csrf) {
        return deny(res, 403, 'Thiếu hoặc sai mã CSRF / missing or wrong CSRF token');
      }
      req.user = session.user;
      next();
    } catch (e) {
      next(e);
    }
  };
}

const LoginBody = z.object({ username: z.string().min(1).max(40), password: z.string().min(1).max(200) });

/** POST /console/api/login, POST /console/api/logout, GET /console/api/me. */
export function authRouter(accounts: AccountService, agencyId: string, secureCookies: boolean): Router {
  const r = express.Router();
  r.post('/login', async (req, res) => {
    const body = LoginBody.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: { code: 'bad_request', message: 'Thiếu tên đăng nhập hoặc mật khẩu' } });
    const result = await accounts.login(agencyId, body.data.username, body.data.password);
    if (!result) return void res.status(401).json({ error: { code: 'bad_credentials', message: 'Sai tên đăng nhập hoặc mật khẩu' } });
    res.cookie(SESSION_COOKIE, result.token, { httpOnly: true, sameSite: 'strict', secure: secureCookies, path: '/', maxAge: 12 * 3600_000 });
    res.json({ user: result.user, csrfToken: result.csrf });
  });
  r.post('/logout', async (req, res) => {
    const token = readCookie(req, SESSION_COOKIE);
    if (token) await accounts.logout(token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.json({ ok: true });
  });
  r.get('/me', async (req, res) => {
    const token = readCookie(req, SESSION_COOKIE);
    const session = token ? await accounts.session(token) : null;
    if (!session) return void deny(res, 401, 'Vui lòng đăng nhập / sign-in required');
    res.json({ user: session.user, csrfToken: session.csrf });
  });
  return r;
}

/** Create the first admin from ADMIN_USERNAME / ADMIN_PASSWORD when the agency has no account yet. */
export async function bootstrapAdmin(accounts: AccountService, agencyId: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  if (!env.ADMIN_USERNAME || !env.ADMIN_PASSWORD) return null;
  if ((await accounts.count(agencyId)) > 0) return null;
  await accounts.create(agencyId, { username: env.ADMIN_USERNAME, displayName: 'Quản trị', roles: ['admin'], password: env.ADMIN_PASSWORD });
  return env.ADMIN_USERNAME;
}
