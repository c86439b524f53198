/**
 * Storage ports. Both adapters (embedded nedb file store and MongoDB through mongoose) implement
 * `Store`; domain repositories are written once on top of `Collection` and never know which one runs.
 *
 * The query language is the subset of MongoDB's that both engines evaluate identically:
 * equality on fields (dotted paths allowed), $eq $ne $lt $lte $gt $gte $in $nin $exists, $or, $and.
 * Updates: $set $unset $inc $push. Every document has a string `_id` chosen by the caller.
 */
export type Filter = Record<string, unknown>;
export type Update = {
  $set?: Record<string, unknown>;
  $unset?: Record<string, true | 1 | ''>;
  $inc?: Record<string, number>;
  $push?: Record<string, unknown>;
  $setOnInsert?: Record<string, unknown>;
};
export type Sort = Record<string, 1 | -1>;

export interface FindOptions {
  sort?: Sort;
  limit?: number;
  skip?: number;
}

export interface IndexSpec {
  fields: Record<string, 1 | -1>;
  unique?: boolean;
  /** Seconds after the date in the (single) indexed field when Mongo may delete the doc (TTL). */
  expireAfterSeconds?: number;
}

export interface BaseDoc {
  _id: string;
  /** Tenant: every stored record belongs to one agency. */
  agencyId: string;
}

export class DuplicateKeyError extends Error {
  constructor(public readonly collection: string, detail?: string) {
    super(`duplicate key in ${collection}${detail ? `: ${detail}` : ''}`);
    this.name = 'DuplicateKeyError';
  }
}

export interface Collection<T extends BaseDoc> {
  readonly name: string;
  /** Insert; throws DuplicateKeyError on a unique-index (or _id) clash. */
  insert(doc: T): Promise<T>;
  findOne(filter: Filter, options?: { sort?: Sort }): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  count(filter: Filter): Promise<number>;
  /** Update the first doc matching; returns how many matched (0 or 1). With upsert, inserts when none match. */
  updateOne(filter: Filter, update: Update, options?: { upsert?: boolean }): Promise<number>;
  updateMany(filter: Filter, update: Update): Promise<number>;
  /**
   * Atomically update one matching doc and return it after the update (null when none matched).
   * This is the primitive for leases and claims: two callers never get the same doc for the same condition.
   */
  findOneAndUpdate(filter: Filter, update: Update, options?: { sort?: Sort; upsert?: boolean }): Promise<T | null>;
  deleteMany(filter: Filter): Promise<number>;
}

export interface Store {
  readonly kind: 'embedded' | 'mongo';
  /** Get (and create indexes for) a named collection. Call once per name at wiring time. */
  collection<T extends BaseDoc>(name: string, indexes?: IndexSpec[]): Collection<T>;
  /** Readiness: the store answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
