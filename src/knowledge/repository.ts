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

export function hashProcedure(p: Procedure): string {
  return createHash('sha256').update(JSON.stringify(p)).digest('hex');
}

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

  /** The current data hash of every record (to mark exactly what was exported as matching the files). */
  async hashes(agencyId: string): Promise<Map<string, string>> {
    return new Map((await this.col.find({ agencyId })).map((d) => [d._id, d.dataHash]));
  }

  /**
   * The files now hold these records as they were (`hashes`): later file changes apply to them again. A
   * record edited since is left as it is.
   */
  async markSeeded(hashes: Map<string, string>): Promise<void> {
    for (const [_id, hash] of hashes) await this.col.updateOne({ _id, dataHash: hash }, { $set: { seededHash: hash } });
  }

  async seed(agencyId: string, procedures: Procedure[]): Promise<SeedReport> {
    const report: SeedReport = { inserted: [], updated: [], unchanged: [], keptStoreEdits: [] };
    for (const p of procedures) {
      const hash = hashProcedure(p);
      const _id = `${agencyId}:${p.id}`;
      const existing = await this.col.findOne({ _id });
      if (!existing) {
        try {
          await this.col.insert({ _id, agencyId, procedureId: p.id, data: p, seededHash: hash, dataHash: hash, updatedAt: new Date(), updatedBy: 'seed' });
          report.inserted.push(p.id);
        } catch (e) {
          if (!(e instanceof DuplicateKeyError)) throw e;
          report.unchanged.push(p.id); // another instance seeded it at the same moment
        }
        continue;
      }
      if (existing.seededHash === hash) { report.unchanged.push(p.id); continue; }
      if (existing.dataHash !== existing.seededHash) {
        if (existing.dataHash !== hash) report.keptStoreEdits.push(p.id);
        else report.unchanged.push(p.id);
        continue;
      }
      // conditional on the stored copy still being the seeded one, so a concurrent edit is not lost
      const n = await this.col.updateOne({ _id, dataHash: existing.dataHash }, { $set: { data: p, seededHash: hash, dataHash: hash, updatedAt: new Date(), updatedBy: 'seed' } });
      (n ? report.updated : report.keptStoreEdits).push(p.id);
    }
    return report;
  }
}
