/**
 * Embedded store: one @seald-io/nedb datafile per collection under a data directory.
 *
 * Single-process by design (see lock.ts): nedb holds the dataset in memory and serialises every operation of
 * a datastore through its executor, which is what makes findOneAndUpdate atomic here.
 *
 * Durability caveat: nedb appends each write to the datafile without fsync. A process crash loses nothing
 * (the OS has the bytes), but a power loss / kernel crash can lose the last writes. Compaction (on open, on
 * the autocompaction interval and on close) rewrites the file crash-safely (temp file + fsync + rename).
 * Deployments that cannot accept that should run with MONGODB_URI.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Datastore from '@seald-io/nedb';
import {
  DuplicateKeyError,
  type BaseDoc,
  type Collection,
  type Filter,
  type FindOptions,
  type IndexSpec,
  type Sort,
  type Store,
  type Update,
} from '../ports';
import { checkCollectionName, checkDoc, checkFilter, cleanUpdate, dropUndefined, upsertDoc } from '../shared';
import { acquireDirLock } from './lock';
import { toNedbQuery } from './query';

export interface EmbeddedStoreOptions {
  /** Rewrite datafiles periodically so append-only growth stays bounded. Default 10 min; 0 disables. */
  autocompactionIntervalMs?: number;
}

type Raw = Record<string, any>;
type NedbError = Error & { errorType?: string; key?: unknown };

const isUniqueViolation = (e: unknown) => (e as NedbError)?.errorType === 'uniqueViolated';
/** nedb reports the clashing key; compound index keys are objects. */
const keyOf = (e: unknown) => {
  const key = (e as NedbError).key;
  return typeof key === 'string' ? key : JSON.stringify(key);
};
const noop = () => {};
/** Candidates fetched per round in findOneAndUpdate (only their _id is copied out). */
const CLAIM_BATCH = 16;

/** nedb has no $setOnInsert (and an empty modifier object would mean "replace the doc with {}"). */
function nedbModifier(update: Update): Raw {
  const { $setOnInsert: _ignored, ...rest } = update;
  return Object.keys(rest).length ? rest : { $set: {} };
}

class NedbCollection<T extends BaseDoc> implements Collection<T> {
  private readonly db: Datastore<Raw>;
  /** Load + index builds; every operation awaits it, so a failed load surfaces as an error, not a hang. */
  private ready: Promise<void>;

  constructor(
    readonly name: string,
    filename: string,
    private readonly isOpen: () => boolean,
    autocompactionIntervalMs: number,
  ) {
    // Explicit load instead of `autoload`: with autoload and no onload handler nedb throws a load error
    // from a promise callback (unhandled rejection), and ops queued before a failed load never run.
    this.db = new Datastore<Raw>({ filename });
    this.ready = this.db.loadDatabaseAsync().then(() => {
      if (autocompactionIntervalMs > 0) this.db.setAutocompactionInterval(autocompactionIntervalMs);
    });
    this.ready.catch(noop); // reported by each operation and by ping()
  }

  addIndexes(specs: IndexSpec[]): void {
    this.ready = this.ready.then(async () => {
      for (const spec of specs) await this.buildIndex(spec);
    });
    this.ready.catch(noop);
  }

  private async buildIndex(spec: IndexSpec): Promise<void> {
    const fields = Object.keys(spec.fields);
    if (fields.length === 0) throw new TypeError(`${this.name}: empty index spec`);
    if (spec.expireAfterSeconds !== undefined && (fields.length !== 1 || fields[0].includes('.'))) {
      // nedb only checks TTL on top-level fields; Mongo only on single-field indexes.
      throw new TypeError(`${this.name}: a TTL index needs exactly one top-level field`);
    }
    const indexName = [...fields].sort().join(','); // how nedb names (compound) indexes
    if (indexName === '_id') return; // always there and unique
    // Rebuild on every open. nedb restores persisted indexes from the datafile but (a) forgets their
    // expireAfterSeconds, and (b) ensureIndex is a no-op for an existing name, so TTL would silently stop
    // after a restart and a changed `unique` would be ignored.
    await this.db.removeIndexAsync(indexName);
    try {
      await this.db.ensureIndexAsync({
        fieldName: fields.length === 1 ? fields[0] : fields,
        unique: spec.unique ?? false,
        ...(spec.expireAfterSeconds !== undefined ? { expireAfterSeconds: spec.expireAfterSeconds } : {}),
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      throw new Error(`${this.name}: cannot build unique index on ${indexName}: existing documents share key ${keyOf(e)}`);
    }
  }

  async whenReady(): Promise<void> {
    await this.ready;
  }

  async close(): Promise<void> {
    this.db.stopAutocompaction();
    try {
      await this.ready;
    } catch {
      return; // never loaded: nothing to flush
    }
    // Queued behind every pending operation, so this also drains the executor before the lock is released.
    await this.db.compactDatafileAsync();
  }

  private async run<R>(op: () => Promise<R>): Promise<R> {
    if (!this.isOpen()) throw new Error(`embedded store is closed (collection ${this.name})`);
    await this.ready;
    try {
      return await op();
    } catch (e) {
      if (isUniqueViolation(e)) throw new DuplicateKeyError(this.name, keyOf(e));
      throw e;
    }
  }

  private cursor(filter: Filter, options: FindOptions = {}, projection?: Raw) {
    checkFilter(filter);
    let c = this.db.findAsync<Raw>(toNedbQuery(filter), projection);
    if (options.sort) c = c.sort(options.sort);
    if (options.skip) c = c.skip(options.skip);
    if (options.limit) c = c.limit(options.limit); // 0 = no limit, as in Mongo
    return c;
  }

  insert(doc: T): Promise<T> {
    return this.run(async () => {
      checkDoc(doc as unknown as Raw, this.name);
      return (await this.db.insertAsync<Raw>(dropUndefined(doc) as Raw)) as unknown as T;
    });
  }

  async findOne(filter: Filter, options: { sort?: Sort } = {}): Promise<T | null> {
    const [doc] = await this.find(filter, { sort: options.sort, limit: 1 });
    return doc ?? null;
  }

  find(filter: Filter, options?: FindOptions): Promise<T[]> {
    return this.run(async () => (await this.cursor(filter, options)) as unknown as T[]);
  }

  count(filter: Filter): Promise<number> {
    return this.run(async () => {
      checkFilter(filter);
      return (await this.db.countAsync(toNedbQuery(filter))) as unknown as number;
    });
  }

  updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<number> {
    return this.run(async () => {
      checkFilter(filter);
      const u = cleanUpdate(update);
      const query = toNedbQuery(filter);
      const insertDoc = options.upsert ? upsertDoc(filter, u, this.name, randomUUID).doc : null;
      for (let attempt = 0; ; attempt++) {
        const { numAffected } = await this.db.updateAsync(query, nedbModifier(u), {});
        if (numAffected || !insertDoc) return numAffected;
        try {
          await this.db.insertAsync(insertDoc);
          return 0; // Mongo's matchedCount for an upsert that inserted
        } catch (e) {
          // Lost a race to a concurrent upsert of the same unique key: the update now matches. Retry once;
          // a second clash is a genuine duplicate with a non-matching doc (Mongo throws E11000 too).
          if (!isUniqueViolation(e) || attempt > 0) throw e;
        }
      }
    });
  }

  updateMany(filter: Filter, update: Update): Promise<number> {
    return this.run(async () => {
      checkFilter(filter);
      const r = await this.db.updateAsync(toNedbQuery(filter), nedbModifier(cleanUpdate(update)), { multi: true });
      return r.numAffected;
    });
  }

  findOneAndUpdate(filter: Filter, update: Update, options: { sort?: Sort; upsert?: boolean } = {}): Promise<T | null> {
    return this.run(async () => {
      checkFilter(filter);
      const u = cleanUpdate(update);
      const insertDoc = options.upsert ? upsertDoc(filter, u, this.name, randomUUID).doc : null;
      for (let attempt = 0; ; attempt++) {
        const hit = await this.claim(filter, nedbModifier(u), options.sort);
        if (hit || !insertDoc) return hit;
        try {
          return (await this.db.insertAsync<Raw>(insertDoc)) as unknown as T;
        } catch (e) {
          if (!isUniqueViolation(e) || attempt > 0) throw e; // see updateOne
        }
      }
    });
  }

  /**
   * Read candidates, then update each by `_id` AND the full filter. Each update runs alone in nedb's
   * executor and re-checks the filter, so it is a compare-and-set: when two callers race for a doc, the
   * second update matches nothing (numAffected 0) and that caller moves on to the next candidate.
   * Candidates that were taken no longer match, so re-querying makes progress until none are left.
   */
  private async claim(filter: Filter, modifier: Raw, sort?: Sort): Promise<T | null> {
    const query = toNedbQuery(filter);
    for (;;) {
      const batch = await this.cursor(filter, { sort, limit: CLAIM_BATCH }, { _id: 1 });
      if (batch.length === 0) return null;
      for (const { _id } of batch) {
        const r = await this.db.updateAsync({ _id, $and: [query] }, modifier, { returnUpdatedDocs: true });
        if (r.numAffected === 1) return r.affectedDocuments as unknown as T;
      }
    }
  }

  deleteMany(filter: Filter): Promise<number> {
    return this.run(async () => {
      checkFilter(filter);
      return this.db.removeAsync(toNedbQuery(filter), { multi: true });
    });
  }
}

export class EmbeddedStore implements Store {
  readonly kind = 'embedded' as const;
  private readonly collections = new Map<string, NedbCollection<any>>();
  private closed = false;

  private constructor(
    readonly dataDir: string,
    private readonly releaseLock: () => void,
    private readonly options: EmbeddedStoreOptions,
  ) {}

  /** Takes the directory lock (throws if another live process holds it). */
  static async open(dataDir: string, options: EmbeddedStoreOptions = {}): Promise<EmbeddedStore> {
    return new EmbeddedStore(dataDir, acquireDirLock(dataDir), options);
  }

  collection<T extends BaseDoc>(name: string, indexes: IndexSpec[] = []): Collection<T> {
    if (this.closed) throw new Error('embedded store is closed');
    checkCollectionName(name);
    let c = this.collections.get(name);
    if (!c) {
      c = new NedbCollection<T>(
        name,
        path.join(this.dataDir, `${name}.db`),
        () => !this.closed,
        this.options.autocompactionIntervalMs ?? 10 * 60_000,
      );
      this.collections.set(name, c);
    }
    if (indexes.length) c.addIndexes(indexes);
    return c;
  }

  /** True while open and every collection loaded (and built its indexes). */
  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      await Promise.all([...this.collections.values()].map((c) => c.whenReady()));
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await Promise.all([...this.collections.values()].map((c) => c.close()));
    } finally {
      this.releaseLock();
    }
  }
}

export function openEmbeddedStore(dataDir: string, options?: EmbeddedStoreOptions): Promise<EmbeddedStore> {
  return EmbeddedStore.open(dataDir, options);
}
