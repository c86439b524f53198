import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStore, DuplicateKeyError, type BaseDoc, type Store } from '../../src/store';
import { openEmbeddedStore } from '../../src/store/embedded';
import { LOCK_FILE } from '../../src/store/embedded/lock';
import { runStoreContract } from './contract';

interface Doc extends BaseDoc {
  [key: string]: unknown;
}

const tmpDirs: string[] = [];
function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-store-'));
  tmpDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

runStoreContract('embedded', () => createStore({ dataDir: tmpDir() }));

describe('embedded store specifics', () => {
  const open: Store[] = [];
  const track = <S extends Store>(s: S) => (open.push(s), s);
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  test('createStore without a URI picks the embedded store; one datafile per collection', async () => {
    const dir = tmpDir();
    const store = track(await createStore({ dataDir: dir }));
    expect(store.kind).toBe('embedded');
    await store.collection<Doc>('tickets').insert({ _id: 't1', agencyId: 'a' });
    await store.collection<Doc>('users').insert({ _id: 'u1', agencyId: 'a' });
    expect(fs.readdirSync(dir).sort()).toEqual([LOCK_FILE, 'tickets.db', 'users.db']);
    expect(() => store.collection('../escape')).toThrow(/invalid collection name/);
  });

  test('data, Dates and unique indexes persist across close/reopen', async () => {
    const dir = tmpDir();
    const at = new Date('2025-05-06T07:08:09.010Z');
    const s1 = await openEmbeddedStore(dir);
    const c1 = s1.collection<Doc>('things', [{ fields: { key: 1 }, unique: true }]);
    await c1.insert({ _id: 'a', agencyId: 'ag', key: 'k1', at });
    await c1.updateOne({ _id: 'a' }, { $inc: { n: 5 } });
    await c1.insert({ _id: 'b', agencyId: 'ag', key: 'k2' });
    await c1.deleteMany({ _id: 'b' });
    await s1.close();

    const s2 = track(await openEmbeddedStore(dir));
    const c2 = s2.collection<Doc>('things'); // no index specs: the unique index comes back from the datafile
    expect(await c2.find({})).toEqual([{ _id: 'a', agencyId: 'ag', key: 'k1', at, n: 5 }]);
    expect((await c2.findOne({ _id: 'a' }))!.at).toBeInstanceOf(Date);
    await expect(c2.insert({ _id: 'c', agencyId: 'ag', key: 'k1' })).rejects.toBeInstanceOf(DuplicateKeyError);
  });

  test('a second open of the same directory while the first is open throws a clear error', async () => {
    const dir = tmpDir();
    const first = track(await openEmbeddedStore(dir));
    await expect(openEmbeddedStore(dir)).rejects.toThrow(
      new RegExp(`Thư mục dữ liệu .* đang được tiến trình ${process.pid} sử dụng .*single-process.*MONGODB_URI`),
    );
    expect(await first.ping()).toBe(true); // the failed open did not disturb the holder
    await first.close();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false); // released on close
    track(await openEmbeddedStore(dir)); // and can be taken again
  });

  test('a lock held by another live process is respected', async () => {
    const dir = tmpDir();
    // pid 1 (init) always exists; from an unprivileged process, kill(1, 0) fails with EPERM = alive
    fs.writeFileSync(path.join(dir, LOCK_FILE), '1');
    if (process.pid === 1) return; // running as init inside a container: pid 1 is us
    await expect(openEmbeddedStore(dir)).rejects.toThrow(/đang được tiến trình 1 sử dụng/);
  });

  test('a stale lock (dead pid) is taken over', async () => {
    const dir = tmpDir();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!; // exited and reaped: certainly dead
    fs.writeFileSync(path.join(dir, LOCK_FILE), String(dead));
    const store = track(await openEmbeddedStore(dir));
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toBe(String(process.pid));
    expect(await store.ping()).toBe(true);
  });

  test('a lock left with our own pid by a previous incarnation (container restart) is taken over', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), String(process.pid));
    track(await openEmbeddedStore(dir));
    await expect(openEmbeddedStore(dir)).rejects.toThrow(/đang được tiến trình/);
  });

  test('operations after close are rejected instead of writing behind a released lock', async () => {
    const store = await openEmbeddedStore(tmpDir());
    const c = store.collection<Doc>('x');
    await c.insert({ _id: '1', agencyId: 'a' });
    await store.close();
    await expect(c.find({})).rejects.toThrow(/closed/);
    expect(await store.ping()).toBe(false);
  });

  test('TTL index removes expired docs, also after a reopen (nedb forgets TTL of restored indexes)', async () => {
    const dir = tmpDir();
    const ttl = [{ fields: { expiresAt: 1 as const }, expireAfterSeconds: 0 }];
    const s1 = await openEmbeddedStore(dir);
    const c1 = s1.collection<Doc>('sessions', ttl);
    await c1.insert({ _id: 'live', agencyId: 'a', expiresAt: new Date(Date.now() + 3_600_000) });
    await c1.insert({ _id: 'gone', agencyId: 'a', expiresAt: new Date(Date.now() - 1000) });
    await c1.insert({ _id: 'no-date', agencyId: 'a' });
    await s1.close(); // no read happened, so 'gone' is still in the datafile

    const s2 = track(await openEmbeddedStore(dir));
    const c2 = s2.collection<Doc>('sessions', ttl);
    expect((await c2.find({})).map((d) => d._id).sort()).toEqual(['live', 'no-date']);
  });

  test('a unique index that existing data violates makes ping false and operations fail clearly', async () => {
    const dir = tmpDir();
    const s1 = await openEmbeddedStore(dir);
    const c1 = s1.collection<Doc>('people');
    await c1.insert({ _id: '1', agencyId: 'a', email: 'x' });
    await c1.insert({ _id: '2', agencyId: 'a', email: 'x' });
    await s1.close();

    const s2 = track(await openEmbeddedStore(dir));
    const c2 = s2.collection<Doc>('people', [{ fields: { email: 1 }, unique: true }]);
    expect(await s2.ping()).toBe(false);
    await expect(c2.find({})).rejects.toThrow(/cannot build unique index on email/);
  });
});
