/**
 * One behavioural contract for every Store adapter: the same tests run against the embedded (nedb) store and,
 * when MONGODB_URI is set, against MongoDB. Anything a repository relies on belongs here.
 */
import { DuplicateKeyError, type BaseDoc, type Collection, type IndexSpec, type Store } from '../../src/store/ports';

interface Doc extends BaseDoc {
  [key: string]: unknown;
}

const A = 'agency-a';

export function runStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let seq = 0;
    /** A collection no other test touches (the Mongo suite shares one database per run). */
    const fresh = (indexes?: IndexSpec[]): Collection<Doc> => store.collection<Doc>(`t${Date.now().toString(36)}_${++seq}`, indexes);
    const ids = (docs: Doc[]) => docs.map((d) => d._id);
    const sortedIds = (docs: Doc[]) => ids(docs).sort();

    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    test('ping answers true while open', async () => {
      expect(store.kind).toMatch(/^(embedded|mongo)$/);
      expect(await store.ping()).toBe(true);
    });

    test('insert returns the doc; findOne/find return plain objects', async () => {
      const c = fresh();
      const doc = { _id: 'a', agencyId: A, title: 'Cấp đổi CCCD', meta: { lang: 'vi', tags: ['x'] }, empty: {} };
      expect(await c.insert(doc)).toEqual(doc);
      const got = await c.findOne({ _id: 'a' });
      expect(got).toEqual(doc);
      expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(got!.meta)).toBe(Object.prototype);
      expect(await c.findOne({ _id: 'nope' })).toBeNull();
      expect(await c.find({ agencyId: 'other' })).toEqual([]);
    });

    test('insert drops undefined fields and rejects docs without _id or agencyId', async () => {
      const c = fresh();
      await c.insert({ _id: 'u', agencyId: A, gone: undefined, keep: 1 });
      expect(await c.findOne({ _id: 'u' })).toEqual({ _id: 'u', agencyId: A, keep: 1 });
      await expect(c.insert({ agencyId: A } as unknown as Doc)).rejects.toThrow(TypeError);
      await expect(c.insert({ _id: 'no-agency' } as unknown as Doc)).rejects.toThrow(/agencyId/);
    });

    describe('queries', () => {
      let c: Collection<Doc>;
      const t0 = new Date('2025-01-01T00:00:00Z');
      const day = (n: number) => new Date(t0.getTime() + n * 86_400_000);
      beforeEach(async () => {
        c = fresh();
        await c.insert({ _id: 'd1', agencyId: A, n: 1, s: 'a', at: day(1), meta: { lang: 'vi', level: 1 }, tags: ['x', 'y'], opt: null });
        await c.insert({ _id: 'd2', agencyId: A, n: 2, s: 'b', at: day(2), meta: { lang: 'en', level: 2 }, tags: ['y'] });
        await c.insert({ _id: 'd3', agencyId: A, n: 3, s: 'c', at: day(3), meta: { lang: 'vi', level: 3 }, tags: [], opt: 'set' });
        await c.insert({ _id: 'd4', agencyId: 'agency-b', n: 4, s: 'd', at: day(4), meta: { lang: 'vi', level: 4 } });
      });

      test('equality, $eq and dotted paths', async () => {
        expect(sortedIds(await c.find({ agencyId: A }))).toEqual(['d1', 'd2', 'd3']);
        expect(sortedIds(await c.find({ 'meta.lang': 'vi' }))).toEqual(['d1', 'd3', 'd4']);
        expect(sortedIds(await c.find({ 'meta.lang': { $eq: 'vi' }, agencyId: A }))).toEqual(['d1', 'd3']);
        expect(sortedIds(await c.find({ meta: { lang: 'en', level: 2 } }))).toEqual(['d2']);
        expect(sortedIds(await c.find({ at: day(2) }))).toEqual(['d2']);
        expect(sortedIds(await c.find({}))).toEqual(['d1', 'd2', 'd3', 'd4']);
      });

      test('$lt $lte $gt $gte on numbers, dates and dotted paths', async () => {
        expect(sortedIds(await c.find({ n: { $lt: 2 } }))).toEqual(['d1']);
        expect(sortedIds(await c.find({ n: { $lte: 2 } }))).toEqual(['d1', 'd2']);
        expect(sortedIds(await c.find({ n: { $gt: 3 } }))).toEqual(['d4']);
        expect(sortedIds(await c.find({ n: { $gte: 2, $lt: 4 } }))).toEqual(['d2', 'd3']);
        expect(sortedIds(await c.find({ at: { $gte: day(3) } }))).toEqual(['d3', 'd4']);
        expect(sortedIds(await c.find({ at: { $lt: day(2) } }))).toEqual(['d1']);
        expect(sortedIds(await c.find({ 'meta.level': { $gt: 1, $lte: 3 } }))).toEqual(['d2', 'd3']);
        expect(sortedIds(await c.find({ s: { $gt: 'b' } }))).toEqual(['d3', 'd4']);
      });

      test('$ne $in $nin', async () => {
        expect(sortedIds(await c.find({ s: { $ne: 'a' } }))).toEqual(['d2', 'd3', 'd4']);
        expect(sortedIds(await c.find({ s: { $in: ['a', 'c', 'zz'] } }))).toEqual(['d1', 'd3']);
        expect(sortedIds(await c.find({ s: { $nin: ['a', 'c'] } }))).toEqual(['d2', 'd4']);
        expect(sortedIds(await c.find({ _id: { $in: ['d2', 'd4'] } }))).toEqual(['d2', 'd4']);
      });

      test('array fields: equality matches an element; $ne/$nin mean "no element"', async () => {
        expect(sortedIds(await c.find({ tags: 'y' }))).toEqual(['d1', 'd2']);
        expect(sortedIds(await c.find({ tags: { $in: ['x'] } }))).toEqual(['d1']);
        expect(sortedIds(await c.find({ tags: { $ne: 'x' } }))).toEqual(['d2', 'd3', 'd4']);
        expect(sortedIds(await c.find({ tags: { $nin: ['x'] } }))).toEqual(['d2', 'd3', 'd4']);
      });

      test('$exists and null: null matches missing, $ne null means present and not null', async () => {
        expect(sortedIds(await c.find({ tags: { $exists: true } }))).toEqual(['d1', 'd2', 'd3']); // [] exists
        expect(sortedIds(await c.find({ tags: { $exists: false } }))).toEqual(['d4']);
        expect(sortedIds(await c.find({ opt: { $exists: true } }))).toEqual(['d1', 'd3']); // null exists
        expect(sortedIds(await c.find({ opt: null }))).toEqual(['d1', 'd2', 'd4']);
        expect(sortedIds(await c.find({ opt: { $eq: null } }))).toEqual(['d1', 'd2', 'd4']);
        expect(sortedIds(await c.find({ opt: { $ne: null } }))).toEqual(['d3']);
        expect(sortedIds(await c.find({ opt: { $in: [null, 'set'] } }))).toEqual(['d1', 'd2', 'd3', 'd4']);
        expect(sortedIds(await c.find({ opt: { $nin: [null] } }))).toEqual(['d3']);
        expect(sortedIds(await c.find({ 'meta.missing': null }))).toEqual(['d1', 'd2', 'd3', 'd4']);
      });

      test('$or and $and, nested', async () => {
        expect(sortedIds(await c.find({ $or: [{ s: 'a' }, { n: { $gte: 4 } }] }))).toEqual(['d1', 'd4']);
        expect(sortedIds(await c.find({ $and: [{ n: { $gt: 1 } }, { n: { $lt: 4 } }] }))).toEqual(['d2', 'd3']);
        expect(
          sortedIds(await c.find({ agencyId: A, $or: [{ 'meta.lang': 'en' }, { $and: [{ n: { $gte: 3 } }, { s: { $ne: 'z' } }] }] })),
        ).toEqual(['d2', 'd3']);
      });

      test('sort, skip, limit; findOne with sort', async () => {
        expect(ids(await c.find({}, { sort: { n: -1 } }))).toEqual(['d4', 'd3', 'd2', 'd1']);
        expect(ids(await c.find({}, { sort: { at: 1 }, skip: 1, limit: 2 }))).toEqual(['d2', 'd3']);
        expect(ids(await c.find({}, { sort: { 'meta.lang': 1, n: -1 } }))).toEqual(['d2', 'd4', 'd3', 'd1']);
        expect(ids(await c.find({}, { sort: { n: 1 }, limit: 0 }))).toEqual(['d1', 'd2', 'd3', 'd4']);
        expect((await c.findOne({ agencyId: A }, { sort: { n: -1 } }))?._id).toBe('d3');
        expect((await c.findOne({ 'meta.lang': 'vi' }, { sort: { s: 1 } }))?._id).toBe('d1');
      });

      test('count', async () => {
        expect(await c.count({})).toBe(4);
        expect(await c.count({ agencyId: A, n: { $gte: 2 } })).toBe(2);
        expect(await c.count({ s: 'nope' })).toBe(0);
      });

      test('operators outside the portable subset and undefined filter values are rejected', async () => {
        await expect(c.find({ s: { $regex: '^a' } })).rejects.toThrow(/unsupported/);
        await expect(c.find({ $where: 'true' })).rejects.toThrow(/unsupported/);
        await expect(c.find({ agencyId: undefined })).rejects.toThrow(/undefined/);
        await expect(c.updateOne({ _id: 'd1' }, { $rename: { s: 't' } } as never)).rejects.toThrow(/unsupported/);
      });
    });

    describe('updates', () => {
      test('updateOne: $set (dotted) $unset $inc $push; returns matched count; first match only', async () => {
        const c = fresh();
        await c.insert({ _id: 'u1', agencyId: A, state: 'new', n: 1, meta: { a: 1 }, drop: 'x', log: ['a'] });
        await c.insert({ _id: 'u2', agencyId: A, state: 'new', n: 1 });
        const r = await c.updateOne(
          { _id: 'u1' },
          { $set: { state: 'open', 'meta.b': 2, 'deep.x.y': true }, $unset: { drop: true }, $inc: { n: 2, hits: 1 }, $push: { log: 'b', log2: { k: 1 } } },
        );
        expect(r).toBe(1);
        expect(await c.findOne({ _id: 'u1' })).toEqual({
          _id: 'u1', agencyId: A, state: 'open', n: 3, hits: 1, meta: { a: 1, b: 2 }, deep: { x: { y: true } }, log: ['a', 'b'], log2: [{ k: 1 }],
        });
        expect(await c.updateOne({ state: 'new' }, { $set: { state: 'seen' } })).toBe(1);
        expect(await c.count({ state: 'seen' })).toBe(1);
        expect(await c.updateOne({ state: 'nope' }, { $set: { x: 1 } })).toBe(0);
        // $unset accepts 1 and '' like Mongo; a doc that already has the value still counts as matched
        expect(await c.updateOne({ _id: 'u1' }, { $unset: { hits: 1, log2: '' } })).toBe(1);
        expect(await c.updateOne({ _id: 'u1' }, { $set: { state: 'open' } })).toBe(1);
        expect(await c.findOne({ _id: 'u1' })).not.toHaveProperty('hits');
      });

      test('updateOne upsert: inserts filter equality + $setOnInsert + $set; $setOnInsert ignored on match', async () => {
        const c = fresh([{ fields: { agencyId: 1, key: 1 }, unique: true }]);
        const created = new Date('2025-02-03T04:05:06.007Z');
        const upd = { $set: { value: 1 }, $setOnInsert: { createdAt: created }, $inc: { version: 1 } };
        expect(await c.updateOne({ agencyId: A, key: 'k', 'scope.kind': 'web' }, upd, { upsert: true })).toBe(0);
        const doc = await c.findOne({ key: 'k' });
        expect(doc).toMatchObject({ agencyId: A, key: 'k', scope: { kind: 'web' }, value: 1, version: 1, createdAt: created });
        expect(typeof doc!._id).toBe('string');
        const later = new Date('2030-01-01T00:00:00Z');
        expect(await c.updateOne({ agencyId: A, key: 'k' }, { $set: { value: 2 }, $setOnInsert: { createdAt: later }, $inc: { version: 1 } }, { upsert: true })).toBe(1);
        expect(await c.findOne({ key: 'k' })).toEqual({ ...doc, value: 2, version: 2 });
        expect(await c.count({})).toBe(1);
        // caller-chosen id via the filter or $setOnInsert
        await c.updateOne({ _id: 'fixed', agencyId: A }, { $set: { key: 'k2' } }, { upsert: true });
        await c.updateOne({ agencyId: A, key: 'k3' }, { $setOnInsert: { _id: 'chosen' } }, { upsert: true });
        expect(sortedIds(await c.find({ key: { $in: ['k2', 'k3'] } }))).toEqual(['chosen', 'fixed']);
        // without upsert nothing is created
        expect(await c.updateOne({ agencyId: A, key: 'none' }, { $set: { v: 1 } })).toBe(0);
        expect(await c.count({})).toBe(3);
      });

      test('an upsert must be able to produce a doc with an agencyId', async () => {
        const c = fresh();
        await expect(c.updateOne({ key: 'k' }, { $set: { v: 1 } }, { upsert: true })).rejects.toThrow(/agencyId/);
      });

      test('an update that changes nothing is rejected', async () => {
        const c = fresh();
        await expect(c.updateOne({}, {})).rejects.toThrow(TypeError);
        await expect(c.updateMany({}, { $set: { a: undefined } })).rejects.toThrow(/changes nothing/);
      });

      test('updateMany and deleteMany return counts', async () => {
        const c = fresh();
        for (let i = 0; i < 5; i++) await c.insert({ _id: `m${i}`, agencyId: A, i, state: i < 3 ? 'old' : 'new' });
        expect(await c.updateMany({ state: 'old' }, { $set: { state: 'archived' }, $inc: { i: 10 } })).toBe(3);
        expect(await c.updateMany({ state: 'nope' }, { $set: { x: 1 } })).toBe(0);
        expect(sortedIds(await c.find({ i: { $gte: 10 } }))).toEqual(['m0', 'm1', 'm2']);
        expect(await c.deleteMany({ state: 'archived' })).toBe(3);
        expect(await c.deleteMany({ state: 'archived' })).toBe(0);
        expect(sortedIds(await c.find({}))).toEqual(['m3', 'm4']);
        expect(await c.deleteMany({})).toBe(2);
        expect(await c.count({})).toBe(0);
      });

      test('every doc keeps its agencyId through updates', async () => {
        const c = fresh();
        await c.insert({ _id: 'k1', agencyId: A, a: 1 });
        await c.insert({ _id: 'k2', agencyId: 'agency-b', a: 2 });
        await c.updateMany({}, { $unset: { a: 1 }, $set: { b: 1 } });
        await c.findOneAndUpdate({ _id: 'k1' }, { $push: { hist: 'x' } });
        await c.updateOne({ agencyId: 'agency-c', key: 'new' }, { $set: { b: 2 } }, { upsert: true });
        const all = await c.find({});
        expect(all).toHaveLength(3);
        for (const d of all) expect(typeof d.agencyId).toBe('string');
        expect(sortedIds(await c.find({ agencyId: A }))).toEqual(['k1']);
      });
    });

    describe('unique indexes', () => {
      test('insert clash on a unique index or _id throws DuplicateKeyError', async () => {
        const c = fresh([{ fields: { email: 1 }, unique: true }]);
        await c.insert({ _id: 'p1', agencyId: A, email: 'a@x.vn' });
        const dup = c.insert({ _id: 'p2', agencyId: A, email: 'a@x.vn' });
        await expect(dup).rejects.toBeInstanceOf(DuplicateKeyError);
        await expect(c.insert({ _id: 'p1', agencyId: A, email: 'other@x.vn' })).rejects.toBeInstanceOf(DuplicateKeyError);
        const err = await c.insert({ _id: 'p1', agencyId: A, email: 'z@x.vn' }).catch((e: unknown) => e);
        expect(err).toMatchObject({ name: 'DuplicateKeyError' });
        expect((err as DuplicateKeyError).collection).toBe(c.name);
        expect(await c.count({})).toBe(1);
      });

      test('compound unique index scopes the key per agency; updates into a clash throw too', async () => {
        const c = fresh([{ fields: { agencyId: 1, slug: 1 }, unique: true }]);
        await c.insert({ _id: 'q1', agencyId: A, slug: 'cccd' });
        await c.insert({ _id: 'q2', agencyId: 'agency-b', slug: 'cccd' });
        await c.insert({ _id: 'q3', agencyId: A, slug: 'ho-chieu' });
        await expect(c.insert({ _id: 'q4', agencyId: A, slug: 'cccd' })).rejects.toBeInstanceOf(DuplicateKeyError);
        await expect(c.updateOne({ _id: 'q3' }, { $set: { slug: 'cccd' } })).rejects.toBeInstanceOf(DuplicateKeyError);
        await expect(c.findOneAndUpdate({ _id: 'q3' }, { $set: { slug: 'cccd' } })).rejects.toBeInstanceOf(DuplicateKeyError);
        expect((await c.findOne({ _id: 'q3' }))?.slug).toBe('ho-chieu');
      });

      test('upsert against a unique key that exists with a non-matching filter throws DuplicateKeyError', async () => {
        const c = fresh([{ fields: { key: 1 }, unique: true }]);
        await c.insert({ _id: 'x1', agencyId: A, key: 'k', state: 'a' });
        await expect(c.updateOne({ agencyId: A, key: 'k', state: 'b' }, { $set: { v: 1 } }, { upsert: true })).rejects.toBeInstanceOf(
          DuplicateKeyError,
        );
      });
    });

    describe('findOneAndUpdate', () => {
      test('returns the doc after the update, or null when nothing matches', async () => {
        const c = fresh();
        await c.insert({ _id: 'f1', agencyId: A, state: 'pending', n: 1 });
        const got = await c.findOneAndUpdate({ state: 'pending' }, { $set: { state: 'done' }, $inc: { n: 1 } });
        expect(got).toEqual({ _id: 'f1', agencyId: A, state: 'done', n: 2 });
        expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
        expect(await c.findOneAndUpdate({ state: 'pending' }, { $set: { state: 'done' } })).toBeNull();
        expect(await c.count({})).toBe(1);
      });

      test('honours sort', async () => {
        const c = fresh();
        for (const [id, p] of [['s1', 2], ['s2', 9], ['s3', 5]] as const) await c.insert({ _id: id, agencyId: A, p, state: 'q' });
        expect((await c.findOneAndUpdate({ state: 'q' }, { $set: { state: 'x' } }, { sort: { p: -1 } }))?._id).toBe('s2');
        expect((await c.findOneAndUpdate({ state: 'q' }, { $set: { state: 'x' } }, { sort: { p: 1 } }))?._id).toBe('s1');
      });

      test('upsert returns the inserted doc; $setOnInsert only on insert', async () => {
        const c = fresh([{ fields: { agencyId: 1, userId: 1 }, unique: true }]);
        const first = await c.findOneAndUpdate(
          { agencyId: A, userId: 'u1' },
          { $setOnInsert: { turns: 0, startedAt: new Date(0) }, $set: { lastSeen: 1 } },
          { upsert: true },
        );
        expect(first).toMatchObject({ agencyId: A, userId: 'u1', turns: 0, lastSeen: 1, startedAt: new Date(0) });
        expect(typeof first!._id).toBe('string');
        const second = await c.findOneAndUpdate(
          { agencyId: A, userId: 'u1' },
          // (Mongo rejects the same path in two operators, so $setOnInsert and $inc touch different fields)
          { $setOnInsert: { startedAt: new Date(99) }, $set: { lastSeen: 2 }, $inc: { turns: 1 } },
          { upsert: true },
        );
        expect(second).toEqual({ ...first, lastSeen: 2, turns: 1 });
      });

      test('concurrent claims: 20 claimers over 10 pending docs get 10 distinct docs', async () => {
        const c = fresh();
        for (let i = 0; i < 10; i++) await c.insert({ _id: `job${i}`, agencyId: A, state: 'pending', prio: i });
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) => c.findOneAndUpdate({ state: 'pending' }, { $set: { state: 'claimed', by: i } }, { sort: { prio: 1 } })),
        );
        const won = results.filter((r): r is Doc => r !== null);
        expect(won).toHaveLength(10);
        expect(new Set(ids(won)).size).toBe(10);
        for (const r of won) expect(r.state).toBe('claimed');
        // each doc records exactly the claimer that got it back
        const stored = await c.find({});
        const claimedBy = new Map(stored.map((d) => [d._id, d.by]));
        results.forEach((r, i) => r && expect(claimedBy.get(r._id)).toBe(i));
        expect(await c.count({ state: 'pending' })).toBe(0);
      });
    });

    test('Dates round-trip as Date objects (top level, nested, in arrays)', async () => {
      const c = fresh();
      const d1 = new Date('2025-03-04T05:06:07.089Z');
      const d2 = new Date('1999-12-31T23:59:59.999Z');
      await c.insert({ _id: 'dt', agencyId: A, at: d1, nested: { at: d2 }, list: [d1, { at: d2 }] });
      const got = await c.findOne({ at: d1 });
      expect(got!.at).toBeInstanceOf(Date);
      expect((got!.at as Date).getTime()).toBe(d1.getTime());
      expect((got!.nested as { at: Date }).at).toBeInstanceOf(Date);
      expect(got).toEqual({ _id: 'dt', agencyId: A, at: d1, nested: { at: d2 }, list: [d1, { at: d2 }] });
      const d3 = new Date('2026-01-01T00:00:00Z');
      const upd = await c.findOneAndUpdate({ _id: 'dt' }, { $set: { 'nested.at': d3 }, $push: { list: d3 } });
      expect((upd!.nested as { at: Date }).at).toEqual(d3);
      expect((upd!.list as unknown[])[2]).toBeInstanceOf(Date);
      expect(await c.count({ 'nested.at': { $gt: d1 } })).toBe(1);
    });
  });
}
