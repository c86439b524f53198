/**
 * Staff, editor and admin accounts, and their sessions, in the store. Passwords are hashed with bcryptjs;
 * session tokens are random and only their SHA-256 is stored, so a leaked database does not leak sessions.
 */
import { createHash, randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import type { Collection, Store } from '../store/ports';
import { DuplicateKeyError } from '../store/ports';

export const ROLES = ['admin', 'staff', 'editor', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

export interface UserDoc {
  _id: string;               // `${agencyId}:${username}`
  agencyId: string;
  username: string;
  displayName: string;
  roles: Role[];
  passwordHash: string;
  disabled: boolean;
  createdAt: Date;
}

export interface SessionDoc {
  _id: string;               // sha256(token)
  agencyId: string;
  userId: string;
  csrf: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface User {
  id: string;
  agencyId: string;
  username: string;
  displayName: string;
  roles: Role[];
}

export const NewUserSchema = z.object({
  username: z.string().regex(/^[a-z0-9._-]{3,40}$/, 'tên đăng nhập: 3–40 ký tự a-z 0-9 . _ -'),
  displayName: z.string().min(1).max(80),
  roles: z.array(z.enum(ROLES)).min(1),
  password: z.string().min(10, 'mật khẩu tối thiểu 10 ký tự').max(200),
});

const SESSION_HOURS = 12;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const toUser = (d: UserDoc): User => ({ id: d._id, agencyId: d.agencyId, username: d.username, displayName: d.displayName, roles: d.roles });

export class AccountService {
  private readonly users: Collection<UserDoc>;
  private readonly sessions: Collection<SessionDoc>;
  constructor(store: Store, private readonly now: () => Date = () => new Date()) {
    this.users = store.collection<UserDoc>('users', [{ fields: { agencyId: 1, username: 1 }, unique: true }]);
    this.sessions = store.collection<SessionDoc>('sessions', [{ fields: { expiresAt: 1 }, expireAfterSeconds: 0 }]);
  }

  async create(agencyId: string, input: z.input<typeof NewUserSchema>): Promise<User> {
    const u = NewUserSchema.parse(input);
    const doc: UserDoc = {
      _id: `${agencyId}:${u.username}`, agencyId, username: u.username, displayName: u.displayName, roles: u.roles,
      passwordHash: await bcrypt.hash(u.password, 10), disabled: false, createdAt: this.now(),
    };
    try {
      await this.users.insert(doc);
    } catch (e) {
      if (e instanceof DuplicateKeyError) throw new Error(`tài khoản "${u.username}" đã tồn tại`);
      throw e;
    }
    return toUser(doc);
  }

  async count(agencyId: string): Promise<number> {
    return this.users.count({ agencyId });
  }

  async list(agencyId: string): Promise<User[]> {
    return (await this.users.find({ agencyId }, { sort: { username: 1 } })).map(toUser);
  }

  /** Returns a session token and its CSRF token, or null for a wrong name/password (same answer for both). */
  async login(agencyId: string, username: string, password: string): Promise<{ token: string; csrf: string; user: User } | null> {
    const doc = await this.users.findOne({ _id: `${agencyId}:${username}` });
    // compare against a dummy hash when the user does not exist, so timing does not reveal names
    const ok = await bcrypt.compare(password, doc?.passwordHash ?? '$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinva');
    if (!doc || !ok || doc.disabled) return null;
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(24).toString('base64url');
    const now = this.now();
    await this.sessions.insert({ _id: hashToken(token), agencyId, userId: doc._id, csrf, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000) });
    return { token, csrf, user: toUser(doc) };
  }

  async session(token: string): Promise<{ user: User; csrf: string } | null> {
    const s = await this.sessions.findOne({ _id: hashToken(token) });
    if (!s || s.expiresAt.getTime() <= this.now().getTime()) return null;
    const u = await this.users.findOne({ _id: s.userId });
    if (!u || u.disabled) return null;
    return { user: toUser(u), csrf: s.csrf };
  }

  async logout(token: string): Promise<void> {
    await this.sessions.deleteMany({ _id: hashToken(token) });
  }
}
