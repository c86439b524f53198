/**
 * Translate a (validated) portable filter into an nedb query that evaluates like MongoDB.
 *
 * nedb differs from Mongo in ways that matter for real filters, so each condition is rewritten:
 *  - no `$eq` operator                                  → plain equality
 *  - `{f: null}` does not match a missing field         → `$or` [null, not exists]
 *  - `$ne`/`$nin` on an array field match when *some* element differs (Mongo: when *no* element equals)
 *                                                       → `$not` of the positive condition
 *  - `$exists: true` is false for an empty array        → also accept `$size: 0`
 *  - several operators on one array field must hold for the *same* element (Mongo: each for any element)
 *                                                       → one clause per operator, joined by `$and`
 * Simple conditions are kept as top-level fields so nedb can still use its indexes (`_id`, unique keys).
 */
import type { Filter } from '../ports';
import { isOperatorObject } from '../shared';

type Q = Record<string, unknown>;

const eq = (f: string, v: unknown): Q =>
  v === null ? { $or: [{ [f]: null }, { [f]: { $exists: false } }] } : { [f]: v };

const inList = (f: string, list: unknown[]): Q =>
  list.includes(null) ? { $or: [{ [f]: { $in: list } }, { [f]: { $exists: false } }] } : { [f]: { $in: list } };

const exists = (f: string): Q => ({ $or: [{ [f]: { $exists: true } }, { [f]: { $size: 0 } }] });

function fieldClauses(f: string, cond: unknown): Q[] {
  if (!isOperatorObject(cond)) return [eq(f, cond)];
  return Object.entries(cond).map(([op, v]): Q => {
    switch (op) {
      case '$eq': return eq(f, v);
      case '$ne': return { $not: eq(f, v) };
      case '$in': return inList(f, v as unknown[]);
      case '$nin': return { $not: inList(f, v as unknown[]) };
      case '$exists': return v ? exists(f) : { $not: exists(f) };
      default: return { [f]: { [op]: v } }; // $lt $lte $gt $gte: nedb already matches Mongo (same-type compare)
    }
  });
}

export function toNedbQuery(filter: Filter): Q {
  const out: Q = {};
  const and: Q[] = [];
  const add = (clause: Q) => {
    const keys = Object.keys(clause);
    const k = keys[0];
    if (keys.length === 1 && !k.startsWith('$') && !(k in out)) out[k] = clause[k];
    else and.push(clause);
  };
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and') (value as Filter[]).forEach((f) => and.push(toNedbQuery(f)));
    else if (key === '$or') and.push({ $or: (value as Filter[]).map(toNedbQuery) });
    else fieldClauses(key, value).forEach(add);
  }
  if (and.length) out.$and = and;
  return out;
}
