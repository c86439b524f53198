/**
 * MongoDB store through mongoose. Mongoose is used as a thin driver: schemaless models (`strict: false`) with
 * a string `_id`, `.lean()` everywhere so results are plain objects exactly like the embedded store's.
 *
 * Connection handling: `createMongoStore` does not wait for the server. The first connect starts in the
 * background; every operation (and ping) awaits it and retries it if it failed, so a database that is down at
 * boot shows up as `ping() === false` (readiness) instead of a crash, and recovers when it comes back. Once
 * connected, the driver itself handles reconnection.
 */
import { randomUUID } from 'node:crypto';
import mongoose, { Schema, type Connection, type Model } from 'mongoose';
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

export interface MongoStoreOptions {
  /** How long an operation waits for a usable server before failing. Default 5000. */
  serverSelectionTimeoutMS?: number;
  /** Database name; defaults to the one in the URI (or mongoose's default "test"). */
  dbName?: string;
}

const noop = () => {};

function isDuplicateKey(e: unknown): boolean {
  const err = e as { code?: number; writeErrors?: { code?: number }[]; cause?: { code?: number } };
  return err?.code === 11000 || err?.code === 11001 || err?.cause?.code === 11000 || err?.writeErrors?.[0]?.code === 11000;
}

class MongoCollection<T extends BaseDoc> implements Collection<T> {
  /** Index build, started lazily by the first operation; reset on failure so a later call retries. */
  private indexesReady: Promise<void> | null = null;

  constructor(
    readonly name: string,
    private readonly model: Model<any>,
    private readonly connected: () => Promise<void>,
  ) {}

  private ensureIndexes(): Promise<void> {
    this.indexesReady ??= (async () => {
      await this.connected();
      // createIndexes never drops (unlike syncIndexes), so two app versions running side by side during
      // a rolling deploy do not fight over indexes. A changed TTL/unique on an existing index fails loudly.
      await this.model.createIndexes();
    })().catch((e) => {
      this.indexesReady = null;
      throw e;
    });
    return this.indexesReady;
  }

  private async run<R>(op: () => Promise<R>): Promise<R> {
    await this.ensureIndexes();
    try {
      return await op();
    } catch (e) {
      if (isDuplicateKey(e)) throw new DuplicateKeyError(this.name, (e as Error).message);
      throw e;
    }
  }

  /**
   * Mongo would give an upserted doc an ObjectId when the filter does not fix `_id`; our ids are strings, so
   * add one via $setOnInsert (computed exactly like the embedded adapter's upsert document).
   */
  private withUpsertId(filter: Filter, u: Update): Update {
    const { doc, generatedId } = upsertDoc(filter, u, this.name, randomUUID);
    return generatedId ? { ...u, $setOnInsert: { ...u.$setOnInsert, _id: doc._id } } : u;
  }

  async insert(doc: T): Promise<T> {
    checkDoc(doc as unknown as Record<string, unknown>, this.name);
    const clean = dropUndefined(doc);
    return this.run(async () => {
      // lean: skip hydration/casting, the driver stores the object as is (Dates, nested objects, arrays).
      await this.model.insertMany([clean], { lean: true });
      return clean;
    });
  }

  async findOne(filter: Filter, options: { sort?: Sort } = {}): Promise<T | null> {
    checkFilter(filter);
    return this.run(() => this.model.findOne(filter).sort(options.sort ?? {}).lean<T>().exec() as Promise<T | null>);
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    checkFilter(filter);
    return this.run(() => {
      const q = this.model.find(filter);
      if (options.sort) q.sort(options.sort);
      if (options.skip) q.skip(options.skip);
      if (options.limit) q.limit(options.limit);
      return q.lean<T[]>().exec() as Promise<T[]>;
    });
  }

  async count(filter: Filter): Promise<number> {
    checkFilter(filter);
    return this.run(() => this.model.countDocuments(filter).exec());
  }

  async updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<number> {
    checkFilter(filter);
    let u = cleanUpdate(update);
    if (options.upsert) u = this.withUpsertId(filter, u);
    return this.run(async () => (await this.model.updateOne(filter, u, { upsert: !!options.upsert }).exec()).matchedCount);
  }

  async updateMany(filter: Filter, update: Update): Promise<number> {
    checkFilter(filter);
    const u = cleanUpdate(update);
    return this.run(async () => (await this.model.updateMany(filter, u).exec()).matchedCount);
  }

  async findOneAndUpdate(filter: Filter, update: Update, options: { sort?: Sort; upsert?: boolean } = {}): Promise<T | null> {
    checkFilter(filter);
    let u = cleanUpdate(update);
    if (options.upsert) u = this.withUpsertId(filter, u);
    return this.run(
      () =>
        this.model
          .findOneAndUpdate(filter, u, { returnDocument: 'after', sort: options.sort, upsert: !!options.upsert })
          .lean<T>()
          .exec() as Promise<T | null>,
    );
  }

  async deleteMany(filter: Filter): Promise<number> {
    checkFilter(filter);
    return this.run(async () => (await this.model.deleteMany(filter).exec()).deletedCount);
  }
}

export class MongoStore implements Store {
  readonly kind = 'mongo' as const;
  private readonly collections = new Map<string, MongoCollection<any>>();
  private connecting: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly uri: string,
    private readonly options: MongoStoreOptions = {},
    /** Exposed for tests and tooling (e.g. dropping a throwaway database). */
    readonly connection: Connection = mongoose.createConnection(),
  ) {}

  /** Resolves once connected; starts (or restarts, after a failure) the connection attempt. */
  connected(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('mongo store is closed'));
    if (this.connection.readyState === 1) return Promise.resolve();
    this.connecting ??= this.connection
      .openUri(this.uri, {
        serverSelectionTimeoutMS: this.options.serverSelectionTimeoutMS ?? 5000,
        ...(this.options.dbName ? { dbName: this.options.dbName } : {}),
        // Fail fast instead of mongoose's silent 10 s buffering; connected() is awaited before any op.
        bufferCommands: false,
        // Indexes are built explicitly (MongoCollection.ensureIndexes), retried after a failed first connect.
        autoIndex: false,
        autoCreate: false,
      })
      .then(noop)
      .finally(() => {
        this.connecting = null;
      });
    return this.connecting;
  }

  collection<T extends BaseDoc>(name: string, indexes: IndexSpec[] = []): Collection<T> {
    checkCollectionName(name);
    const existing = this.collections.get(name);
    if (existing) return existing;
    const schema = new Schema(
      { _id: String },
      // minimize:false keeps `{}` values (nedb does); strictQuery:false passes filters on undeclared fields.
      { strict: false, strictQuery: false, versionKey: false, minimize: false, autoIndex: false, autoCreate: false },
    );
    for (const spec of indexes) {
      if (Object.keys(spec.fields).join() === '_id') continue; // implicit and unique in Mongo
      schema.index(spec.fields, {
        ...(spec.unique ? { unique: true } : {}),
        ...(spec.expireAfterSeconds !== undefined ? { expireAfterSeconds: spec.expireAfterSeconds } : {}),
      });
    }
    // Third argument: use the name as is (mongoose would pluralise it).
    const model = this.connection.model(name, schema, name);
    model.init().catch(noop); // marks index errors as handled (else mongoose emits an unhandled 'error')
    const c = new MongoCollection<T>(name, model, () => this.connected());
    this.collections.set(name, c);
    return c;
  }

  async ping(): Promise<boolean> {
    try {
      await this.connected();
      const res = await this.connection.db!.admin().ping();
      return res?.ok === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.connecting?.catch(noop);
    await this.connection.close();
  }
}

export function createMongoStore(uri: string, options?: MongoStoreOptions): MongoStore {
  const store = new MongoStore(uri, options);
  store.connected().catch(noop); // warm up; failures are reported by ping() and retried by operations
  return store;
}
