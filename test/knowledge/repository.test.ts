import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { AgencyProfileSchema } from '../../src/conversation/agency';
import { ConversationEngine } from '../../src/conversation/engine';
import { MemoryStateRepository, newState } from '../../src/conversation/state';
import { loadProcedureFiles } from '../../src/knowledge/files';
import type { Procedure } from '../../src/knowledge/procedure';
import { hashProcedure, ProcedureRepository, type ProcedureDoc } from '../../src/knowledge/repository';
import { KnowledgeService } from '../../src/knowledge/service';
import { loadSourceFromFiles } from '../../src/knowledge/source';
import { createStore, type Store } from '../../src/store';

const ROOT = path.join(__dirname, '..', '..');
const { procedures: FILE_PROCEDURES, errors: FILE_ERRORS } = loadProcedureFiles(path.join(ROOT, 'data', 'procedures'));
const { source: SOURCE } = loadSourceFromFiles();
const REST = () => ({ intents: SOURCE.intents, lexicon: SOURCE.lexicon });
const silent = pino({ level: 'silent' });

let store: Store;
let dataDir: string;
let repo: ProcedureRepository;

async function open(dir: string): Promise<void> {
  store = await createStore({ dataDir: dir, autocompactionIntervalMs: 0 });
  repo = new ProcedureRepository(store);
}

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-'));
  await open(dataDir);
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const clone = <T>(x: T): T => structuredClone(x);
const find = (id: string, list: Procedure[] = FILE_PROCEDURES) => clone(list.find((p) => p.id === id)!);
/** The files as they would read after an editor changed one procedure's fee in data/procedures. */
const withFee = (id: string, text: string) => FILE_PROCEDURES.map((p) => (p.id === id ? { ...clone(p), fee: { ...p.fee, text } } : p));
const rawDocs = () => store.collection<ProcedureDoc>('procedures').find({});

test('the repository files hold the 42 catalog procedures, all valid', () => {
  expect(FILE_ERRORS).toEqual([]);
  expect(FILE_PROCEDURES).toHaveLength(42);
});

describe('seeding from data/procedures', () => {
  test('the first seed inserts every procedure', async () => {
    const report = await repo.seed('a', FILE_PROCEDURES);
    expect(report.inserted.sort()).toEqual(FILE_PROCEDURES.map((p) => p.id).sort());
    expect(report.updated).toEqual([]);
    expect(report.unchanged).toEqual([]);
    expect(report.keptStoreEdits).toEqual([]);
    const listed = await repo.list('a');
    expect(listed).toHaveLength(42);
    expect(listed.map((p) => p.id)).toEqual([...listed.map((p) => p.id)].sort()); // sorted by id
    expect(await repo.get('a', 'dang-ky-tam-tru')).toEqual(find('dang-ky-tam-tru'));
  });

  test('seeding twice changes nothing and never duplicates', async () => {
    await repo.seed('a', FILE_PROCEDURES);
    const before = await rawDocs();
    const report = await repo.seed('a', FILE_PROCEDURES);
    expect(report.inserted).toEqual([]);
    expect(report.updated).toEqual([]);
    expect(report.keptStoreEdits).toEqual([]);
    expect(report.unchanged).toHaveLength(42);
    await repo.seed('a', FILE_PROCEDURES);
    expect(await store.collection<ProcedureDoc>('procedures').count({ agencyId: 'a' })).toBe(42);
    expect(await repo.list('a')).toHaveLength(42);
    const after = await rawDocs();
    const stamp = (docs: ProcedureDoc[]) => Object.fromEntries(docs.map((d) => [d._id, d.updatedAt.valueOf()]));
    expect(stamp(after)).toEqual(stamp(before)); // not even rewritten
  });

  test('seeding the same files concurrently still stores each procedure once', async () => {
    await Promise.all([repo.seed('a', FILE_PROCEDURES), repo.seed('a', FILE_PROCEDURES)]);
    expect(await store.collection<ProcedureDoc>('procedures').count({ agencyId: 'a' })).toBe(42);
  });

  test('every stored doc has its agencyId, an id of the form agency:procedure and matching hashes', async () => {
    await repo.seed('a', FILE_PROCEDURES);
    const docs = await rawDocs();
    expect(docs).toHaveLength(42);
    for (const d of docs) {
      expect(d.agencyId).toBe('a');
      expect(d._id).toBe(`a:${d.procedureId}`);
      expect(d.procedureId).toBe(d.data.id);
      expect(d.seededHash).toBe(d.dataHash);
      expect(d.dataHash).toBe(hashProcedure(d.data));
      expect(d.updatedBy).toBe('seed');
    }
  });

  test('a file change updates a procedure nobody edited in the store', async () => {
    await repo.seed('a', FILE_PROCEDURES);
    const report = await repo.seed('a', withFee('dang-ky-khai-sinh', 'Miễn lệ phí (tệp đã sửa).'));
    expect(report.updated).toEqual(['dang-ky-khai-sinh']);
    expect(report.unchanged).toHaveLength(41);
    expect((await repo.get('a', 'dang-ky-khai-sinh'))?.fee.text).toBe('Miễn lệ phí (tệp đã sửa).');
    expect(await repo.list('a')).toHaveLength(42);
  });

  test('a new file is inserted next to the existing ones', async () => {
    await repo.seed('a', FILE_PROCEDURES.slice(0, 40));
    const report = await repo.seed('a', FILE_PROCEDURES);
    expect(report.inserted.sort()).toEqual(FILE_PROCEDURES.slice(40).map((p) => p.id).sort());
    expect(report.unchanged).toHaveLength(40);
  });

  test('an edit saved in the store survives a file change and is reported in keptStoreEdits', async () => {
    await repo.seed('a', FILE_PROCEDURES);
    const edited = find('dang-ky-tam-tru');
    edited.fee.text = 'Nộp trực tiếp 10.000 đồng/lần (biên tập viên sửa).';
    await repo.save('a', edited, 'editor-1');

    // the file has not changed: the edit stays, nothing to report
    const same = await repo.seed('a', FILE_PROCEDURES);
    expect(same.keptStoreEdits).toEqual([]);
    expect((await repo.get('a', 'dang-ky-tam-tru'))?.fee.text).toBe(edited.fee.text);

    // the file changes too: the store copy is kept and reported
    const report = await repo.seed('a', withFee('dang-ky-tam-tru', 'Tệp: 20.000 đồng/lần.'));
    expect(report.keptStoreEdits).toEqual(['dang-ky-tam-tru']);
    expect(report.updated).toEqual([]);
    expect((await repo.get('a', 'dang-ky-tam-tru'))?.fee.text).toBe(edited.fee.text);
    const doc = (await rawDocs()).find((d) => d.procedureId === 'dang-ky-tam-tru')!;
    expect(doc.updatedBy).toBe('editor-1');
    expect(doc.dataHash).not.toBe(doc.seededHash);
  });

  test('an edit through save is validated', async () => {
    await repo.seed('a', FILE_PROCEDURES);
    const bad = { ...find('dang-ky-tam-tru'), legalBasis: [] } as Procedure;
    await expect(repo.save('a', bad, 'editor-1')).rejects.toThrow();
    expect(await repo.get('a', 'dang-ky-tam-tru')).toEqual(find('dang-ky-tam-tru'));
  });

  test('save of a procedure the files never had creates it for that agency only', async () => {
    const extra = { ...find('dang-ky-tam-tru'), id: 'thu-tuc-rieng', name: 'Thủ tục riêng của xã' };
    await repo.save('a', extra, 'editor-1');
    expect((await repo.get('a', 'thu-tuc-rieng'))?.name).toBe('Thủ tục riêng của xã');
    expect(await repo.get('b', 'thu-tuc-rieng')).toBeNull();
    const doc = (await rawDocs()).find((d) => d._id === 'a:thu-tuc-rieng')!;
    expect(doc.agencyId).toBe('a');
    expect(doc.seededHash).toBeNull();
  });

  test('two agencies are independent', async () => {
    await repo.seed('a', FILE_PROCEDURES);
    const reportB = await repo.seed('b', FILE_PROCEDURES);
    expect(reportB.inserted).toHaveLength(42); // b's seed does not see a's documents
    const edited = find('cap-ho-chieu');
    edited.duration.text = 'Agency a: 5 ngày.';
    await repo.save('a', edited, 'editor-a');
    expect((await repo.get('a', 'cap-ho-chieu'))?.duration.text).toBe('Agency a: 5 ngày.');
    expect((await repo.get('b', 'cap-ho-chieu'))?.duration.text).toBe(find('cap-ho-chieu').duration.text);

    const files = FILE_PROCEDURES.map((p) => (p.id === 'cap-ho-chieu' ? { ...clone(p), duration: { text: 'Tệp: 8 ngày.' } } : p));
    const ra = await repo.seed('a', files);
    const rb = await repo.seed('b', files);
    expect(ra.keptStoreEdits).toEqual(['cap-ho-chieu']);
    expect(rb.updated).toEqual(['cap-ho-chieu']);
    expect((await repo.get('b', 'cap-ho-chieu'))?.duration.text).toBe('Tệp: 8 ngày.');
    expect(await repo.list('a')).toHaveLength(42);
    expect(await repo.list('b')).toHaveLength(42);
    const docs = await rawDocs();
    expect(docs).toHaveLength(84);
    expect(docs.filter((d) => d.agencyId === 'a')).toHaveLength(42);
    expect(docs.every((d) => d._id.startsWith(`${d.agencyId}:`))).toBe(true);
    expect(await repo.list('c')).toEqual([]);
  });

  test('seeded data and edits survive closing and reopening the store', async () => {
    await repo.seed('a', FILE_PROCEDURES);
    const edited = find('dang-ky-xe');
    edited.fee.text = 'Sửa trước khi khởi động lại.';
    await repo.save('a', edited, 'editor-1');
    await store.close();
    await open(dataDir);
    expect(await repo.list('a')).toHaveLength(42);
    expect((await repo.get('a', 'dang-ky-xe'))?.fee.text).toBe('Sửa trước khi khởi động lại.');
    const report = await repo.seed('a', FILE_PROCEDURES);
    expect(report.inserted).toEqual([]);
    expect(report.unchanged).toHaveLength(42);
  });

  test('a stored document that no longer validates is skipped by list', async () => {
    await repo.seed('a', FILE_PROCEDURES);
    await store.collection<ProcedureDoc>('procedures').updateOne({ _id: 'a:dang-ky-xe' }, { $set: { 'data.officialUrl': 'not a url' } });
    const listed = await repo.list('a');
    expect(listed).toHaveLength(41);
    expect(listed.some((p) => p.id === 'dang-ky-xe')).toBe(false);
  });
});

describe('KnowledgeService: live reload from the store', () => {
  test('refresh builds; a second refresh with no change returns false', async () => {
    await repo.seed('a', FILE_PROCEDURES);
    const service = new KnowledgeService(repo, REST, silent);
    expect(service.has('a')).toBe(false);
    expect(() => service.get('a')).toThrow(/not loaded/);
    expect(await service.refresh('a')).toBe(true);
    expect(service.has('a')).toBe(true);
    const kb = service.get('a');
    expect(kb.current().procedures.size).toBe(42);
    expect(kb.current().matcher.analyze('đăng ký tạm trú').procedure).toBe('dang-ky-tam-tru');
    const builtAt = kb.current();
    expect(await service.refresh('a')).toBe(false);
    expect(service.get('a').current()).toBe(builtAt); // same snapshot, not rebuilt
  });

  test('after repo.save of a changed fee, refresh returns true and the engine answers the new fee without a restart', async () => {
    await repo.seed('a', FILE_PROCEDURES);
    const service = new KnowledgeService(repo, REST, silent);
    await service.refresh('a');
    const agency = AgencyProfileSchema.parse({ id: 'a' });
    const engine = new ConversationEngine({ knowledge: (id) => service.get(id), states: new MemoryStateRepository(), agency: () => agency });
    const ask = () => engine.turn(newState('a', 'c1'), 'đăng ký kết hôn hết bao nhiêu tiền').parse;
    const before = ask();
    expect(before).toMatchObject({ intent: 'procedure', procedure: 'dang-ky-ket-hon', aspect: 'fee' });
    expect(before.reply).toContain(find('dang-ky-ket-hon').fee.text);

    const kbBefore = service.get('a');
    const edited = find('dang-ky-ket-hon');
    edited.fee.text = 'Lệ phí mới: 12.345 đồng (thử nghiệm).';
    await repo.save('a', edited, 'editor-1');
    expect(await service.refresh('a')).toBe(true);
    expect(service.get('a')).toBe(kbBefore); // the same KnowledgeBase, with a new snapshot swapped in
    const after = ask();
    expect(after.reply).toContain('Lệ phí mới: 12.345 đồng (thử nghiệm).');
    expect(after.reply).not.toContain(find('dang-ky-ket-hon').fee.text);
    expect(await service.refresh('a')).toBe(false);
  });

  test('agencies refresh independently', async () => {
    await repo.seed('a', FILE_PROCEDURES);
    await repo.seed('b', FILE_PROCEDURES.slice(0, 10));
    const service = new KnowledgeService(repo, REST, silent);
    expect(await service.refresh('a')).toBe(true);
    expect(await service.refresh('b')).toBe(true);
    expect(service.get('a').current().procedures.size).toBe(42);
    expect(service.get('b').current().procedures.size).toBe(10);
    const edited = find('dang-ky-ket-hon');
    edited.fee.text = 'chỉ agency a';
    await repo.save('a', edited, 'e');
    expect(await service.refresh('b')).toBe(false);
    expect(await service.refresh('a')).toBe(true);
  });

  test('an agency with nothing stored loads empty and reports has() false', async () => {
    const service = new KnowledgeService(repo, REST, silent);
    expect(await service.refresh('empty')).toBe(true);
    expect(service.has('empty')).toBe(false);
  });
});
