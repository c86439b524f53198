/**
 * In-memory Store (test double for src/store/ports.ts) — used by channel tests only when the real
 * `createStore` from src/store is not available. Implements the documented Mongo subset.
 */
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
} from '../../src/store/ports';

const clone = <T>(v: T): T => structuredClone(v);

function get(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function set(doc: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur: Record<string, unknown> = doc;
  for (const part of parts.slice(0, -1)) {
    if (typeof cur[part] !== 'object' || cur[part] === null) cur[part] = {};
    cur = cur[part] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]] = value;
}

function unset(doc: Record<string, unknown>, path: string): void {
  const parts = path.split('.');
  let cur: unknown = doc;
  for (const part of parts.slice(0, -1)) {
    if (cur === null || typeof cur !== 'object') return;
    cur = (cur as Record<string, unknown>)[part];
  }
  if (cur && typeof cur === 'object') delete (cur as Record<string, unknown>)[parts[parts.length - 1]];
}

const cmpVal = (a: unknown, b: unknown): number => {
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  if (x === y) return 0;
  if (x === undefined || x === null) return -1;
  if (y === undefined || y === null) return 1;
  return (x as number) < (y as number) ? -1 : 1;
};
const eq = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) ? a.some((x) => cmpVal(x, b) === 0) : cmpVal(a, b) === 0 && (a !== undefined || b === undefined);

function matchCond(value: unknown, cond: unknown): boolean {
  if (cond && typeof cond === 'object' && !(cond instanceof Date) && !Array.isArray(cond)) {
    const ops = cond as Record<string, unknown>;
    if (Object.keys(ops).some((k) => k.startsWith('$'))) {
      return Object.entries(ops).every(([op, arg]) => {
        switch (op) {
          case '$eq': return eq(value, arg);
          case '$ne': return !eq(value, arg);
          case '$lt': return value !== undefined && value !== null && cmpVal(value, arg) < 0;
          case '$lte': return value !== undefined && value !== null && cmpVal(value, arg) <= 0;
          case '$gt': return value !== undefined && value !== null && cmpVal(value, arg) > 0;
          case '$gte': return value !== undefined && value !== null && cmpVal(value, arg) >= 0;
          case '$in': return (arg as unknown[]).some((a) => eq(value, a));
          case '$nin': return !(arg as unknown[]).some((a) => eq(value, a));
          case '$exists': return (value !== undefined) === Boolean(arg);
          default: throw new Error(`unsupported operator ${op}`);
        }
      });
    }
  }
  return eq(value, cond);
}

export function matches(doc: unknown, filter: Filter): boolean {
  return Object.entries(filter).every(([key, cond]) => {
    if (key === '$or') return (cond as Filter[]).some((f) => matches(doc, f));
    if (key === '$and') return (cond as Filter[]).every((f) => matches(doc, f));
    return matchCond(get(doc, key), cond);
  });
}

function applyUpdate(doc: Record<string, unknown>, update: Update, inserting: boolean): void {
  for (const [k, v] of Object.entries(update.$set ?? {})) set(doc, k, clone(v));
  for (const k of Object.keys(update.$unset ?? {})) unset(doc, k);
  for (const [k, v] of Object.entries(update.$inc ?? {})) set(doc, k, ((get(doc, k) as number) ?? 0) + v);
  for (const [k, v] of Object.entries(update.$push ?? {})) {
    const arr = (get(doc, k) as unknown[]) ?? [];
    set(doc, k, [...arr, clone(v)]);
  }
  if (inserting) for (const [k, v] of Object.entries(update.$setOnInsert ?? {})) set(doc, k, clone(v));
}

function sortDocs<T>(docs: T[], sort?: Sort): T[] {
  if (!sort) return docs;
  const keys = Object.entries(sort);
  return [...docs].sort((a, b) => {
    for (const [k, dir] of keys) {
      const c = cmpVal(get(a, k), get(b, k));
      if (c !== 0) return c * dir;
    }
    return 0;
  });
}

class MemoryCollection<T extends BaseDoc> implements Collection<T> {
  private docs = new Map<string, T>();
  constructor(readonly name: string, private readonly indexes: IndexSpec[]) {}

  private checkUnique(doc: T, ignoreId?: string): void {
    for (const idx of this.indexes.filter((i) => i.unique)) {
      const fields = Object.keys(idx.fields);
      for (const other of this.docs.values()) {
        if (other._id === ignoreId) continue;
        if (fields.every((f) => cmpVal(get(other, f), get(doc, f)) === 0)) throw new DuplicateKeyError(this.name);
      }
    }
  }

  async insert(doc: T): Promise<T> {
    await Promise.resolve();
    if (this.docs.has(doc._id)) throw new DuplicateKeyError(this.name, doc._id);
    this.checkUnique(doc);
    this.docs.set(doc._id, clone(doc));
    return clone(doc);
  }
  async findOne(filter: Filter, options?: { sort?: Sort }): Promise<T | null> {
    const [first] = await this.find(filter, { sort: options?.sort, limit: 1 });
    return first ?? null;
  }
  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    await Promise.resolve();
    let out = sortDocs([...this.docs.values()].filter((d) => matches(d, filter)), options.sort);
    if (options.skip) out = out.slice(options.skip);
    if (options.limit) out = out.slice(0, options.limit);
    return out.map(clone);
  }
  async count(filter: Filter): Promise<number> {
    return (await this.find(filter)).length;
  }
  async updateOne(filter: Filter, update: Update, options?: { upsert?: boolean }): Promise<number> {
    const doc = await this.findOneAndUpdate(filter, update, options);
    return doc ? 1 : 0;
  }
  async updateMany(filter: Filter, update: Update): Promise<number> {
    await Promise.resolve();
    const hits = [...this.docs.values()].filter((d) => matches(d, filter));
    for (const d of hits) applyUpdate(d as Record<string, unknown>, update, false);
    return hits.length;
  }
  async findOneAndUpdate(filter: Filter, update: Update, options?: { sort?: Sort; upsert?: boolean }): Promise<T | null> {
    await Promise.resolve();
    const [doc] = sortDocs([...this.docs.values()].filter((d) => matches(d, filter)), options?.sort);
    if (doc) {
      const next = clone(doc) as Record<string, unknown>;
      applyUpdate(next, update, false);
      this.checkUnique(next as T, doc._id);
      this.docs.set(doc._id, next as T);
      return clone(next as T);
    }
    if (!options?.upsert) return null;
    const created: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(filter)) if (!k.startsWith('$') && (typeof v !== 'object' || v === null)) set(created, k, v);
    applyUpdate(created, update, true);
    await this.insert(created as T);
    return clone(created as T);
  }
  async deleteMany(filter: Filter): Promise<number> {
    await Promise.resolve();
    const hits = [...this.docs.values()].filter((d) => matches(d, filter));
    for (const d of hits) this.docs.delete(d._id);
    return hits.length;
  }
}

export function createMemoryStore(): Store {
  const cols = new Map<string, MemoryCollection<BaseDoc>>();
  return {
    kind: 'embedded',
    collection<T extends BaseDoc>(name: string, indexes: IndexSpec[] = []): Collection<T> {
      let c = cols.get(name);
      if (!c) cols.set(name, (c = new MemoryCollection<BaseDoc>(name, indexes)));
      return c as unknown as Collection<T>;
    },
    ping: async () => true,
    close: async () => undefined,
  };
}
