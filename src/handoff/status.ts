/**
 * Application status lookup ("tra cứu hồ sơ") by receipt code. `StatusLookup` is the seam for the agency's
 * one-stop system (an adapter calling its API goes here); `StoreStatusLookup` is the built-in adapter: staff
 * enter statuses in the console and citizens can look them up at once.
 */
import { z } from 'zod';
import type { BaseDoc, Collection, Store } from '../store/ports';

export const APPLICATION_STATUSES = ['received', 'processing', 'supplement', 'ready', 'returned', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  received: 'Đã tiếp nhận',
  processing: 'Đang giải quyết',
  supplement: 'Cần bổ sung hồ sơ',
  ready: 'Đã có kết quả, chờ trả',
  returned: 'Đã trả kết quả',
  rejected: 'Không đủ điều kiện giải quyết',
};

export interface ApplicationRecord {
  code: string;
  status: ApplicationStatus;
  /** Procedure name as printed on the receipt (optional). */
  procedure?: string;
  /** Short note for the citizen (what to bring, when to come). */
  note?: string;
  /** Appointment date for the result (dd/mm/yyyy as printed). */
  dueDate?: string;
  updatedAt: Date;
}

export type LookupResult = { found: true; record: ApplicationRecord } | { found: false };

export interface StatusLookup {
  /** Throws when the backing system is unreachable (the bot then says so instead of "unknown code"). */
  lookup(agencyId: string, code: string): Promise<LookupResult>;
}

interface ApplicationDoc extends BaseDoc, ApplicationRecord {
  updatedBy: string;
}

export const ApplicationInput = z.object({
  code: z.string().trim().min(5).max(60).transform((s) => s.toUpperCase()),
  status: z.enum(APPLICATION_STATUSES),
  procedure: z.string().trim().max(200).optional(),
  note: z.string().trim().max(500).optional(),
  dueDate: z.string().trim().max(40).optional(),
});

export class StoreStatusLookup implements StatusLookup {
  private readonly col: Collection<ApplicationDoc>;
  constructor(store: Store, private readonly now: () => Date) {
    this.col = store.collection<ApplicationDoc>('applications', [{ fields: { agencyId: 1, code: 1 }, unique: true }]);
  }

  async lookup(agencyId: string, code: string): Promise<LookupResult> {
    const doc = await this.col.findOne({ _id: `${agencyId}:${code.toUpperCase()}` });
    if (!doc) return { found: false };
    const { code: c, status, procedure, note, dueDate, updatedAt } = doc;
    return { found: true, record: { code: c, status, procedure, note, dueDate, updatedAt } };
  }

  async set(agencyId: string, input: z.input<typeof ApplicationInput>, by: string): Promise<ApplicationRecord> {
    const a = ApplicationInput.parse(input);
    const now = this.now();
    const set: Record<string, unknown> = { agencyId, code: a.code, status: a.status, updatedAt: now, updatedBy: by };
    const unset: Record<string, ''> = {};
    for (const k of ['procedure', 'note', 'dueDate'] as const) {
      if (a[k]) set[k] = a[k];
      else unset[k] = '';
    }
    await this.col.updateOne({ _id: `${agencyId}:${a.code}` }, { $set: set, ...(Object.keys(unset).length ? { $unset: unset } : {}) }, { upsert: true });
    return { code: a.code, status: a.status, procedure: a.procedure || undefined, note: a.note || undefined, dueDate: a.dueDate || undefined, updatedAt: now };
  }

  async list(agencyId: string, limit = 50): Promise<ApplicationRecord[]> {
    const docs = await this.col.find({ agencyId }, { sort: { updatedAt: -1 }, limit });
    return docs.map(({ code, status, procedure, note, dueDate, updatedAt }) => ({ code, status, procedure, note, dueDate, updatedAt }));
  }
}
