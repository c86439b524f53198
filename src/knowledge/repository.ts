/**
 * Procedures in the store, per agency. Seeding from `data/procedures/*.yaml` is idempotent:
 * - a procedure not in the store is inserted;
 * - one whose stored copy is still exactly what the files last seeded is updated when the file changed;
 * - one that was edited in the store (by an editor) is never overwritten: the seed report says so.
 */
import { createHash } from 'node:crypto';
import type { Collection, Store } from '../store/ports';
import { DuplicateKeyError } from '../store/ports';
import { ProcedureSchema, type Procedure } from './procedure';

export interface ProcedureDoc {
  _id: string;                 // `${agencyId}:${procedureId}`
  agencyId: string;
  procedureId: string;
  data: Procedure;
  /** Hash of the file content last seeded, and of the current data: they differ once edited in the store. */
  seededHash: string | null;
  dataHash: string;
  updatedAt: Date;
  updatedBy: string;           // 'seed' or a user id
}

export interface SeedReport {
  inserted: string[];
  updated: string[];
  unchanged: string[];
  /** Edited in the store and changed in the files too: the store copy was kept. */
  keptStoreEdits: string[];
}

/** A record seeded from files: its current data hash, and the hash of what the files last held. */
interface Seeded { _id: string; agencyId: string; dataHash: string; seededHash: string | null }

/** The current data hash of every record of an agency (to mark exactly what was exported as matching the files). */
export async function dataHashes<T extends Seeded>(col: Collection<T>, agencyId: string): Promise<Map<string, string>> {
  return new Map((await col.find({ agencyId })).map((d) => [d._id, d.dataHash]));
}

/**
 * The files now hold these records as they were (`hashes`): later file changes apply to them again. A
 * record edited since is left as it is.
 */
export async function markSeeded<T extends Seeded>(col: Collection<T>, hashes: Map<string, string>): Promise<void> {
  for (const [_id, hash] of hashes) await col.updateOne({ _id, dataHash: hash }, { $set: { seededHash: hash } });
}

/**
 * Seeds records from files (the rules at the top of this file), one per `key`, stored under `${agencyId}:${key}`
 * with the key also in `keyField`. Shared by procedures, training phrases and lexicons.
 */
export async function seedRecords<T extends Seeded & { data: D }, D>(col: Collection<T>, agencyId: string, items: { key: string; data: D }[], keyField: string): Promise<SeedReport> {
  const report: SeedReport = { inserted: [], updated: [], unchanged: [], keptStoreEdits: [] };
  for (const item of items) {
    const hash = hashData(item.data);
    const _id = `${agencyId}:${item.key}`;
    const existing = await col.findOne({ _id });
    if (!existing) {
      try {
        await col.insert({ _id, agencyId, [keyField]: item.key, data: item.data, seededHash: hash, dataHash: hash, updatedAt: new Date(), updatedBy: 'seed' } as unknown as T);
        report.inserted.push(item.key);
      } catch (e) {
        if (!(e instanceof DuplicateKeyError)) throw e;
        report.unchanged.push(item.key); // another instance seeded it at the same moment
      }
      continue;
    }
    if (existing.seededHash === hash) { report.unchanged.push(item.key); continue; }
    if (existing.dataHash !== existing.seededHash) {
      (existing.dataHash === hash ? report.unchanged : report.keptStoreEdits).push(item.key);
      continue;
    }
    // conditional on the stored copy still being the seeded one, so a concurrent edit is not lost
    const n = await col.updateOne({ _id, dataHash: existing.dataHash }, { $set: { data: item.data, seededHash: hash, dataHash: hash, updatedAt: new Date(), updatedBy: 'seed' } });
    (n ? report.updated : report.keptStoreEdits).push(item.key);
  }
  return report;
}

/** The hash of a record's content (what seeding and the editors compare). */
export function hashData(x: unknown): string {
  return createHash('sha256').update(JSON.stringify(x)).digest('hex');
}

export const hashProcedure = (p: Procedure): string => hashData(p);

export class ProcedureRepository {
  private readonly col: Collection<ProcedureDoc>;
  constructor(store: Store) {
    this.col = store.collection<ProcedureDoc>('procedures', [{ fields: { agencyId: 1, procedureId: 1 }, unique: true }]);
  }

  async list(agencyId: string): Promise<Procedure[]> {
    const docs = await this.col.find({ agencyId }, { sort: { procedureId: 1 } });
    // the store may hold data written by an older version: validate on the way out
    return docs.flatMap((d) => {
      const parsed = ProcedureSchema.safeParse(d.data);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async get(agencyId: string, procedureId: string): Promise<Procedure | null> {
    const d = await this.col.findOne({ agencyId, procedureId });
    return d ? ProcedureSchema.parse(d.data) : null;
  }

  /** An edit made in the store (editor console); marks the procedure as no longer matching the files. */
  async save(agencyId: string, procedure: Procedure, by: string): Promise<void> {
    const data = ProcedureSchema.parse(procedure);
    await this.col.updateOne(
      { _id: `${agencyId}:${data.id}` },
      { $set: { data, dataHash: hashProcedure(data), updatedAt: new Date(), updatedBy: by }, $setOnInsert: { agencyId, procedureId: data.id, seededHash: null } },
      { upsert: true },
    );
  }

  /** See `dataHashes`. */
  hashes(agencyId: string): Promise<Map<string, string>> {
    return dataHashes(this.col, agencyId);
  }

  /** See `markSeeded`. */
  markSeeded(hashes: Map<string, string>): Promise<void> {
    return markSeeded(this.col, hashes);
  }

  seed(agencyId: string, procedures: Procedure[]): Promise<SeedReport> {
    return seedRecords(this.col, agencyId, procedures.map((p) => ({ key: p.id, data: p })), 'procedureId');
  }
}
