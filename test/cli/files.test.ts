/**
 * Command-line `seed` and `export` (issue 6: data/ and intents/ stay the portable format). With a temp
 * DATA_DIR: seed from the repository files (idempotent), publish a fee change and a lexicon entry through the
 * editor's content service, leave a draft and a later-scheduled version unpublished, export into a copy of
 * the checkout: only the published changes reach the files (patched in place, comments kept), everything
 * else stays byte-identical, nothing is removed, and it all loads again. A held store lock fails cleanly.
 * One real spawn of the CLI proves the wiring.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import YAML from 'yaml';
import type { User } from '../../src/accounts/users';
import type { AppContext } from '../../src/context';
import { ContentService } from '../../src/editor/content';
import { runFilesCommand, type CliIO } from '../../src/editor/files-cli';
import { patchText, renderFiles, syncFiles } from '../../src/editor/portable';
import { loadIntentFiles, loadLexiconFiles, loadProcedureFiles } from '../../src/knowledge/files';
import type { Procedure } from '../../src/knowledge/procedure';
import { ProcedureRepository } from '../../src/knowledge/repository';
import { loadSourceFromFiles } from '../../src/knowledge/source';
import { TrainingRepository } from '../../src/knowledge/training';
import { openEmbeddedStore, type Store } from '../../src/store';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const NOW = new Date('2026-12-01T03:00:00Z');
/** What the repository holds, so the expected counts follow the data files. */
const LEXICON_FILES = readdirSync(join(ROOT, 'data', 'lexicon')).filter((f) => f.endsWith('.yaml')).length;
/** Every file an export writes: procedures, intent files and lexicons. */
const INTENT_FILES = readdirSync(join(ROOT, 'intents')).filter((f) => f.endsWith('.yaml')).length;
const EXPORTED_FILES = 42 + INTENT_FILES + LEXICON_FILES;
const FEE = 'Theo Thông tư 75/2022/TT-BTC - nộp trực tiếp 20.000 đồng/lần; trực tuyến 10.000 đồng/lần.';

const editor: User = { id: 'u1', agencyId: 'default', username: 'editor1', displayName: 'editor1', roles: ['editor'] };
const reviewer: User = { id: 'u2', agencyId: 'default', username: 'reviewer1', displayName: 'reviewer1', roles: ['reviewer'] };

let tmp: string;
let dataDir: string;
let env: NodeJS.ProcessEnv;

function io(): CliIO & { stdout: string; stderr: string } {
  const o = { stdout: '', stderr: '', out: (t: string) => void (o.stdout += t), err: (t: string) => void (o.stderr += t) };
  return o;
}

async function run(command: 'export' | 'seed', args: string[], options: { now?: Date } = {}) {
  const out = io();
  const code = await runFilesCommand(command, args, out, { env, root: ROOT, now: () => options.now ?? NOW });
  return { code, ...out };
}

async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openEmbeddedStore(dataDir, { autocompactionIntervalMs: 0 });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function content(store: Store): ContentService {
  const training = new TrainingRepository(store);
  const ctx = {
    store, agencyId: 'default', procedures: new ProcedureRepository(store), training, now: () => NOW,
    logger: pino({ level: 'silent' }), knowledge: { refresh: async () => undefined },
  } as unknown as AppContext;
  return new ContentService(ctx, training);
}

/** A copy of the checkout's portable files (plus a file the export knows nothing about). */
function checkout(): string {
  const dir = mkdtempSync(join(tmp, 'out-'));
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  cpSync(join(ROOT, 'intents'), join(dir, 'intents'), { recursive: true });
  writeFileSync(join(dir, 'data', 'procedures', 'chi-co-trong-tep.yaml'), readFileSync(join(ROOT, 'data/procedures/cap-ho-chieu.yaml'), 'utf8').replace('id: cap-ho-chieu', 'id: chi-co-trong-tep'));
  return dir;
}

function walk(dir: string, base = ''): string[] {
  return readdirSync(join(dir, base), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(dir, join(base, e.name)) : [join(base, e.name)])).sort();
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'motcua-cli-files-'));
  dataDir = join(tmp, 'var');
  env = { DATA_DIR: dataDir, AGENCY_ID: 'default' };
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('cli seed', () => {
  test('seeds the store from the repository files, and again changes nothing', async () => {
    const first = await run('seed', []);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    const files = loadSourceFromFiles();
    expect(first.stderr).toContain(`thủ tục: ${files.source.procedures.length} mới`);
    expect(first.stderr.trim().split('\n')).toHaveLength(1);

    const again = await run('seed', ['--json']);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.procedures.inserted).toEqual([]);
    expect(report.procedures.unchanged).toHaveLength(files.source.procedures.length);
    expect(report.intents.unchanged).toHaveLength(loadIntentFiles(join(ROOT, 'intents')).files.length);
    expect(report.lexicons.unchanged).toHaveLength(LEXICON_FILES);
  });
});

describe('cli export', () => {
  let before: Procedure;

  beforeAll(async () => {
    await withStore(async (store) => {
      const c = content(store);
      // published: a new fee, and a new teencode entry
      before = (await c.live('procedure', 'dang-ky-tam-tru')) as Procedure;
      const fee = await c.saveDraft('procedure', 'dang-ky-tam-tru', { ...before, fee: { ...before.fee, text: FEE } }, editor, 'console', true);
      expect((await c.approve(fee._id, reviewer)).status).toBe('published');
      const teencode = (await c.live('lexicon', 'teencode')) as { from: string; to: string }[];
      const lex = await c.saveDraft('lexicon', 'teencode', [...teencode, { from: 'hkia', to: 'hôm kia' }], editor, 'console', true);
      expect((await c.approve(lex._id, reviewer)).status).toBe('published');
      // not published: an open draft, a version scheduled for later, one due but not yet published
      const passport = (await c.live('procedure', 'cap-ho-chieu')) as Procedure;
      await c.saveDraft('procedure', 'cap-ho-chieu', { ...passport, fee: { ...passport.fee, text: 'Bản nháp 1.000 đồng' } }, editor);
      const marriage = (await c.live('procedure', 'dang-ky-ket-hon')) as Procedure;
      const later = await c.saveDraft('procedure', 'dang-ky-ket-hon', { ...marriage, fee: { ...marriage.fee, text: 'Từ năm 2099: 99.000 đồng' } }, editor, 'console', true);
      expect((await c.approve(later._id, reviewer, '2099-01-01')).status).toBe('scheduled');
      const birth = (await c.live('procedure', 'dang-ky-khai-sinh')) as Procedure;
      const due = await c.saveDraft('procedure', 'dang-ky-khai-sinh', { ...birth, fee: { ...birth.fee, text: 'Từ 15/12: 5.000 đồng' } }, editor, 'console', true);
      expect((await c.approve(due._id, reviewer, '2026-12-15')).status).toBe('scheduled');
    });
  });

  test('writes the published changes into a checkout, patched in place; everything else byte-identical, nothing removed', async () => {
    const out = checkout();
    const filesBefore = walk(out);
    const r = await run('export', ['--out', out], { now: new Date('2027-01-01T00:00:00Z') });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`Đã xuất 42 thủ tục, ${INTENT_FILES} tệp câu mẫu, ${LEXICON_FILES} từ điển của "default" .*: 0 tệp mới, 2 tệp cập nhật, ${EXPORTED_FILES - 2} tệp không đổi\\.$`, 'm'));
    expect(r.stderr).toMatch(/cảnh báo: procedure dang-ky-khai-sinh: bản hẹn hiệu lực 2026-12-15 chưa được xuất bản/);

    expect(walk(out)).toEqual(filesBefore); // nothing removed, nothing added
    const changed = ['data/procedures/dang-ky-tam-tru.yaml', 'data/lexicon/teencode.yaml'];
    for (const rel of filesBefore) {
      if (changed.includes(rel) || rel === 'data/procedures/chi-co-trong-tep.yaml') continue;
      expect([rel, readFileSync(join(out, rel), 'utf8')]).toEqual([rel, readFileSync(join(ROOT, rel), 'utf8')]);
    }
    expect(readFileSync(join(out, 'data/procedures/chi-co-trong-tep.yaml'), 'utf8')).toContain('id: chi-co-trong-tep');

    // the fee file: exactly the fee line differs
    const oldLines = readFileSync(join(ROOT, changed[0]), 'utf8').split('\n');
    const newLines = readFileSync(join(out, changed[0]), 'utf8').split('\n');
    expect(newLines).toHaveLength(oldLines.length);
    const differing = newLines.filter((l, i) => l !== oldLines[i]);
    expect(differing).toEqual([`  text: ${FEE}`]);
    // the lexicon keeps its comment header and gains the entry
    const lex = readFileSync(join(out, changed[1]), 'utf8');
    expect(lex.startsWith('# Chat abbreviations and teencode.\n')).toBe(true);
    expect(lex).toContain('hkia: hôm kia');

    // it all loads and validates with the loaders the server seeds through
    const p = loadProcedureFiles(join(out, 'data', 'procedures'));
    const i = loadIntentFiles(join(out, 'intents'));
    const l = loadLexiconFiles(join(out, 'data', 'lexicon'));
    expect([...p.errors, ...i.errors, ...l.errors]).toEqual([]);
    const tamTru = p.procedures.find((x) => x.id === 'dang-ky-tam-tru')!;
    expect(tamTru).toEqual({ ...before, fee: { ...before.fee, text: FEE } });
    // drafts and versions not yet in force are not exported
    const repo = loadProcedureFiles(join(ROOT, 'data', 'procedures')).procedures;
    for (const id of ['cap-ho-chieu', 'dang-ky-ket-hon', 'dang-ky-khai-sinh']) {
      expect(p.procedures.find((x) => x.id === id)).toEqual(repo.find((x) => x.id === id));
    }
    expect(l.files.find((f) => f.name === 'teencode')!.entries.at(-1)).toEqual({ from: 'hkia', to: 'hôm kia' });

    // a second export finds nothing to do
    const again = await run('export', ['--out', out, '--json']);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.files.updated).toEqual([]);
    expect(report.files.unchanged).toHaveLength(EXPORTED_FILES);
  });

  test('into an empty folder: the full layout, semantically equal to the repository except the published edits', async () => {
    const out = mkdtempSync(join(tmp, 'empty-'));
    const r = await run('export', ['--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(`${EXPORTED_FILES} tệp mới, 0 tệp cập nhật, 0 tệp không đổi`);
    const { source, errors } = loadSourceFromFiles({ dataDir: join(out, 'data'), intentsDir: join(out, 'intents') });
    expect(errors).toEqual([]);
    const repo = loadSourceFromFiles();
    expect(source.procedures.filter((x) => x.id !== 'dang-ky-tam-tru')).toEqual(repo.source.procedures.filter((x) => x.id !== 'dang-ky-tam-tru'));
    expect(source.intents).toEqual(repo.source.intents);
    expect(source.lexicon).toEqual({ ...repo.source.lexicon, hkia: 'hôm kia' });
  });

  test('seeding the exported files reports the editors\' edits as unchanged; a conflicting file edit keeps the store copy', async () => {
    const out = checkout();
    rmSync(join(out, 'data/procedures/chi-co-trong-tep.yaml'));
    expect((await run('export', ['--out', out])).code).toBe(0);
    const same = JSON.parse((await run('seed', ['--from', out, '--json'])).stdout);
    expect(same.procedures.keptStoreEdits).toEqual([]);
    expect(same.procedures.unchanged).toContain('dang-ky-tam-tru');
    expect(same.procedures.inserted).toEqual([]);

    const file = join(out, 'data/procedures/dang-ky-tam-tru.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(FEE, 'Sửa trong tệp - 30.000 đồng/lần.'));
    const r = await run('seed', ['--from', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/giữ bản trong kho: dang-ky-tam-tru/);
    expect(r.stderr).toMatch(/thủ tục: 0 mới, 0 cập nhật, 41 không đổi, 1 giữ bản sửa/);
    await withStore(async (store) => expect((await new ProcedureRepository(store).get('default', 'dang-ky-tam-tru'))!.fee.text).toBe(FEE));
  });

  test('exported into the files the server seeds from, the edited records follow the files again', async () => {
    const root = checkout();
    rmSync(join(root, 'data/procedures/chi-co-trong-tep.yaml'));
    const inRoot = (command: 'export' | 'seed', args: string[]) => runFilesCommand(command, args, io(), { env, root, now: () => NOW });
    expect(await inRoot('export', [])).toBe(0); // no --out: the seed source itself
    const file = join(root, 'data/procedures/dang-ky-tam-tru.yaml');
    const FILE_FEE = 'Sửa trong tệp sau khi xuất - 25.000 đồng/lần.';
    writeFileSync(file, readFileSync(file, 'utf8').replace(FEE, FILE_FEE));
    const o = io();
    expect(await runFilesCommand('seed', ['--json'], o, { env, root, now: () => NOW })).toBe(0);
    const report = JSON.parse(o.stdout);
    expect(report.procedures.updated).toEqual(['dang-ky-tam-tru']);
    expect(report.procedures.keptStoreEdits).toEqual([]);
    await withStore(async (store) => expect((await new ProcedureRepository(store).get('default', 'dang-ky-tam-tru'))!.fee.text).toBe(FILE_FEE));
    // back to the published fee for the tests that follow (a file change is applied the same way)
    writeFileSync(file, readFileSync(file, 'utf8').replace(FILE_FEE, FEE));
    expect(await inRoot('seed', [])).toBe(0);
  });

  test('with the store in use (embedded lock held): the store\'s clear error and exit 1, nothing written', async () => {
    const out = mkdtempSync(join(tmp, 'locked-'));
    const store = await openEmbeddedStore(dataDir, { autocompactionIntervalMs: 0 });
    try {
      for (const command of ['export', 'seed'] as const) {
        const r = await run(command, command === 'export' ? ['--out', out] : []);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/không mở được kho dữ liệu: Thư mục dữ liệu .* đang được tiến trình \d+ sử dụng/);
        expect(r.stderr).toMatch(/stop the server first/);
      }
    } finally {
      await store.close();
    }
    expect(readdirSync(out)).toEqual([]);
  });

  test('an empty store for the agency, or a bad option, fails without writing', async () => {
    const out = mkdtempSync(join(tmp, 'none-'));
    const other = io();
    expect(await runFilesCommand('export', ['--out', out], other, { env: { DATA_DIR: dataDir, AGENCY_ID: 'khac' } })).toBe(1);
    expect(other.stderr).toMatch(/kho chưa có dữ liệu của cơ quan "khac"/);
    expect(readdirSync(out)).toEqual([]);
    const bad = await run('export', ['--ra', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Cách dùng/);
  });

  test('the real command line: tsx src/cli.ts export --out <tmp>', () => {
    const out = mkdtempSync(join(tmp, 'spawn-'));
    const r = spawnSync(TSX, ['src/cli.ts', 'export', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 20_000, env: { ...process.env, DATA_DIR: dataDir, AGENCY_ID: 'default', MONGODB_URI: '' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(new RegExp(`^Đã xuất 42 thủ tục, ${INTENT_FILES} tệp câu mẫu, ${LEXICON_FILES} từ điển của "default" vào .*: ${EXPORTED_FILES} tệp mới`));
    expect(YAML.parse(readFileSync(join(out, 'data/procedures/dang-ky-tam-tru.yaml'), 'utf8')).fee.text).toBe(FEE);
    expect(existsSync(join(out, 'intents', '_greeting.yaml'))).toBe(true);
  });
});

describe('patchText', () => {
  test('keeps comments and layout; falls back (null) when it cannot be faithful', () => {
    const existing = '# head\nintent: procedure\n# why\nkeywords:\n  - a\n  - b\nphrases:\n  - x\n';
    const wanted = YAML.stringify({ intent: 'procedure', keywords: ['a', 'c'], markers: [], phrases: ['x', 'y'] });
    expect(patchText('intent', existing, wanted)).toBe('# head\nintent: procedure\n# why\nkeywords:\n  - a\n  - c\nphrases:\n  - x\n  - y\n');
    expect(patchText('intent', 'intent: [unclosed', wanted)).toBeNull();
  });

  test('a change it cannot patch faithfully (reordered lexicon) is rewritten under the file\'s own header', () => {
    const root = mkdtempSync(join(tmp, 'sync-'));
    cpSync(join(ROOT, 'data/lexicon/regional.yaml'), join(root, 'data/lexicon/regional.yaml'));
    const entries = loadLexiconFiles(join(ROOT, 'data/lexicon')).files.find((f) => f.name === 'regional')!.entries;
    const reordered = [...entries].reverse();
    const result = syncFiles(root, renderFiles([], [], [{ name: 'regional', entries: reordered }]));
    expect(result).toEqual({ created: [], updated: ['data/lexicon/regional.yaml'], unchanged: [] });
    const text = readFileSync(join(root, 'data/lexicon/regional.yaml'), 'utf8');
    expect(text.startsWith('# Regional words (South, Centre) and colloquial forms.\nreplace:\n')).toBe(true);
    expect(text).not.toContain('Exported by');
    expect(loadLexiconFiles(join(root, 'data/lexicon')).files[0].entries).toEqual(reordered);
  });
});
