/**
 * Engine-independent helpers shared by both adapters: validation of the query/update subset declared in
 * ports.ts, and the Mongo upsert rules the embedded adapter has to reproduce by hand.
 */
import type { Filter, Update } from './ports';

const FIELD_OPERATORS = new Set(['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$nin', '$exists']);
const UPDATE_OPERATORS = new Set(['$set', '$unset', '$inc', '$push', '$setOnInsert']);

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** `{ $gt: 1 }` (all keys operators) as opposed to a literal sub-document. */
export function isOperatorObject(v: unknown): v is Record<string, unknown> {
  if (!isPlainObject(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => k.startsWith('$'));
}

/**
 * Reject anything outside the portable subset, so code that works on one engine cannot silently behave
 * differently on the other. `undefined` values are rejected too: the Mongo driver would serialise them as
 * null (or drop the condition with ignoreUndefined, matching every tenant), nedb would match nothing.
 */
export function checkFilter(filter: Filter, path = ''): void {
  if (!isPlainObject(filter)) throw new TypeError(`store filter must be a plain object${path && ` at ${path}`}`);
  for (const [key, value] of Object.entries(filter)) {
    const at = path ? `${path}.${key}` : key;
    if (key === '$or' || key === '$and') {
      if (!Array.isArray(value) || value.length === 0) throw new TypeError(`${at} needs a non-empty array`);
      value.forEach((f, i) => checkFilter(f as Filter, `${at}[${i}]`));
    } else if (key.startsWith('$')) {
      throw new TypeError(`unsupported query operator ${at}`);
    } else if (value === undefined) {
      throw new TypeError(`undefined value in store filter at ${at}`);
    } else if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
      for (const [op, operand] of Object.entries(value)) {
        if (!FIELD_OPERATORS.has(op)) throw new TypeError(`unsupported query operator ${op} at ${at}`);
        if (operand === undefined) throw new TypeError(`undefined operand for ${op} at ${at}`);
        if ((op === '$in' || op === '$nin') && !Array.isArray(operand)) throw new TypeError(`${op} needs an array at ${at}`);
      }
    }
  }
}

export function checkUpdate(update: Update): void {
  const keys = Object.keys(update ?? {});
  if (keys.length === 0) throw new TypeError('store update needs at least one operator');
  for (const k of keys) {
    if (!UPDATE_OPERATORS.has(k)) throw new TypeError(`unsupported update operator ${k}`);
    if (!isPlainObject((update as Record<string, unknown>)[k])) throw new TypeError(`${k} needs an object`);
  }
}

/**
 * Deep copy without `undefined`-valued keys. nedb keeps `{a: undefined}` in memory but loses it on disk,
 * Mongo stores null; dropping it on the way in makes both engines agree ("the field is absent").
 */
export function dropUndefined<V>(value: V): V {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : dropUndefined(v))) as V;
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = dropUndefined(v);
  return out as V;
}

/**
 * Validated copy of an update without undefined values and without empty operators. An update that then
 * changes nothing is rejected: mongoose silently skips an empty update (no matchedCount at all), and for
 * nedb an empty modifier object means "replace the whole document with {}".
 */
export function cleanUpdate(update: Update): Update {
  checkUpdate(update);
  const out: Record<string, unknown> = {};
  for (const [op, operand] of Object.entries(dropUndefined(update))) if (Object.keys(operand).length) out[op] = operand;
  if (Object.keys(out).length === 0) throw new TypeError('store update changes nothing');
  return out as Update;
}

// ---------- dotted-path helpers ----------

export function getPath(doc: Record<string, unknown>, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (!isPlainObject(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

function parentOf(doc: Record<string, unknown>, path: string, create: boolean): [Record<string, unknown>, string] | null {
  const parts = path.split('.');
  const last = parts.pop()!;
  let cur = doc;
  for (const part of parts) {
    if (!isPlainObject(cur[part])) {
      if (!create) return null;
      if (cur[part] !== undefined) throw new Error(`cannot create field ${path}: ${part} is not an object`);
      cur[part] = {};
    }
    cur = cur[part] as Record<string, unknown>;
  }
  return [cur, last];
}

export function setPath(doc: Record<string, unknown>, path: string, value: unknown): void {
  const [parent, key] = parentOf(doc, path, true)!;
  parent[key] = value;
}

/**
 * Mongo's upsert seed: equality conditions of the filter (top level and inside $and, including `$eq`),
 * dotted paths expanded. Conditions under $or and range operators contribute nothing.
 */
export function upsertSeed(filter: Filter): Record<string, unknown> {
  const seed: Record<string, unknown> = {};
  const visit = (f: Filter) => {
    for (const [k, v] of Object.entries(f)) {
      if (k === '$and') (v as Filter[]).forEach(visit);
      else if (k.startsWith('$')) continue;
      else if (isOperatorObject(v)) {
        if ('$eq' in v) setPath(seed, k, v.$eq);
      } else setPath(seed, k, v);
    }
  };
  visit(filter);
  return structuredClone(seed);
}

/** Apply an update to a fresh document (embedded upsert-insert path), with Mongo's operator semantics. */
export function applyUpdate(doc: Record<string, unknown>, update: Update, inserting: boolean): Record<string, unknown> {
  const out = structuredClone(doc);
  for (const [p, v] of Object.entries(inserting ? (update.$setOnInsert ?? {}) : {})) setPath(out, p, structuredClone(v));
  for (const [p, v] of Object.entries(update.$set ?? {})) setPath(out, p, structuredClone(v));
  for (const p of Object.keys(update.$unset ?? {})) {
    const hit = parentOf(out, p, false);
    if (hit) delete hit[0][hit[1]];
  }
  for (const [p, n] of Object.entries(update.$inc ?? {})) {
    const cur = getPath(out, p);
    if (cur !== undefined && typeof cur !== 'number') throw new Error(`cannot $inc non-number field ${p}`);
    setPath(out, p, ((cur as number | undefined) ?? 0) + n);
  }
  for (const [p, v] of Object.entries(update.$push ?? {})) {
    const cur = getPath(out, p) ?? [];
    if (!Array.isArray(cur)) throw new Error(`cannot $push to non-array field ${p}`);
    const items = isPlainObject(v) && Array.isArray(v.$each) ? v.$each : [v];
    setPath(out, p, [...cur, ...structuredClone(items)]);
  }
  return out;
}

/** Collection names become file names (embedded) and collection names (Mongo): keep them boring. */
export function checkCollectionName(name: string): void {
  if (!/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(name)) throw new TypeError(`invalid collection name ${JSON.stringify(name)}`);
}

/** Callers choose string ids and every record belongs to a tenant; enforce both at the boundary. */
export function checkDoc(doc: Record<string, unknown>, collection: string): void {
  if (typeof doc._id !== 'string' || doc._id === '') throw new TypeError(`${collection}: document needs a non-empty string _id`);
  if (typeof doc.agencyId !== 'string' || doc.agencyId === '') throw new TypeError(`${collection}: document needs an agencyId`);
}

/**
 * The document an upsert would insert (seed from the filter, then the update). Both adapters compute it up
 * front: to reject upserts that could create a tenant-less record, and to give it a string _id when the
 * filter does not fix one (Mongo would otherwise invent an ObjectId, nedb a random 16-char id).
 */
export function upsertDoc(
  filter: Filter,
  update: Update,
  collection: string,
  newId: () => string,
): { doc: Record<string, unknown>; generatedId: boolean } {
  const doc = applyUpdate(upsertSeed(filter), update, true);
  const generatedId = doc._id === undefined;
  if (generatedId) doc._id = newId();
  checkDoc(doc, collection);
  return { doc, generatedId };
}
