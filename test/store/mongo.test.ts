import { randomBytes } from 'node:crypto';
import { createStore, createMongoStore, type BaseDoc } from '../../src/store';
import { runStoreContract } from './contract';

const uri = process.env.MONGODB_URI;

if (uri) {
  // One throwaway database per run; each contract test uses its own collection inside it.
  const dbName = `motcua_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  runStoreContract('mongo', async () => createMongoStore(uri, { dbName }));
  afterAll(async () => {
    const store = createMongoStore(uri, { dbName });
    await store.connected();
    await store.connection.dropDatabase();
    await store.close();
  });
} else {
  test.skip('set MONGODB_URI to run the Mongo contract suite', () => {});
}

describe('mongo adapter without a server', () => {
  test('unreachable server: ping resolves false, operations reject, close works', async () => {
    const store = await createStore({ mongodbUri: 'mongodb://127.0.0.1:1/x', dataDir: 'unused', serverSelectionTimeoutMS: 200 });
    expect(store.kind).toBe('mongo');
    // model + schema indexes (unique, compound, TTL) are built without touching the server
    const c = store.collection<BaseDoc & { key?: string; at?: Date }>('things', [
      { fields: { agencyId: 1, key: 1 }, unique: true },
      { fields: { at: 1 }, expireAfterSeconds: 3600 },
    ]);
    expect(store.collection('things')).toBe(c);
    const started = Date.now();
    expect(await store.ping()).toBe(false);
    await expect(c.findOne({ _id: 'x' })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
    await store.close();
    expect(await store.ping()).toBe(false);
  });

  test('validation happens before any I/O, identically to the embedded store', async () => {
    const store = createMongoStore('mongodb://127.0.0.1:1/x', { serverSelectionTimeoutMS: 200 });
    const c = store.collection<BaseDoc>('things');
    await expect(c.find({ title: { $regex: 'x' } })).rejects.toThrow(/unsupported query operator/);
    await expect(c.find({ agencyId: undefined })).rejects.toThrow(/undefined/);
    await expect(c.insert({ _id: '', agencyId: 'a' })).rejects.toThrow(/_id/);
    await expect(c.updateOne({ key: 'k' }, { $set: { v: 1 } }, { upsert: true })).rejects.toThrow(/agencyId/);
    expect(() => store.collection('bad name')).toThrow(/invalid collection name/);
    await store.close();
  });
});
