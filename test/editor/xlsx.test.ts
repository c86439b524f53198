/**
 * Spreadsheet round trip (export, change two rows, import: only those two change), a malformed row rejected
 * with its row number and nothing imported, progress reported; and the portable file export (data/, intents/)
 * reads back as the same knowledge.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadSourceFromFiles } from '../../src/knowledge/source';
import { hashData } from '../../src/knowledge/training';
import { exportXlsx, parseXlsx, SHEET_NAME } from '../../src/editor/xlsx';
import { renderFiles, writeFiles } from '../../src/editor/portable';
import { startTestApp, type Session, type TestApp } from './helpers';

let app: TestApp;
let editor: Session;
let reviewer: Session;

beforeAll(async () => {
  app = await startTestApp();
  [editor, reviewer] = await Promise.all([app.login('editor1'), app.login('reviewer1')]);
});
afterAll(async () => {
  await app?.close();
});

async function download(): Promise<Buffer> {
  const res = await fetch(`${app.url}/editor/api/export.xlsx`, { headers: { cookie: editor.cookie } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
  return Buffer.from(await res.arrayBuffer());
}

async function edit(buf: Buffer, change: (ws: ExcelJS.Worksheet, col: (key: string) => number, rowOf: (id: string) => number) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(SHEET_NAME)!;
  const cols = new Map<string, number>();
  ws.getRow(1).eachCell((c, i) => cols.set(/\[([\w.]+)\]/.exec(String(c.value))![1], i));
  const rowOf = (id: string) => {
    let found = 0;
    ws.eachRow((row, n) => { if (row.getCell(cols.get('id')!).value === id) found = n; });
    return found;
  };
  change(ws, (k) => cols.get(k)!, rowOf);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function importFile(buf: Buffer) {
  const started = await editor.send('POST', '/editor/api/import', buf);
  expect(started.status).toBe(202);
  for (;;) {
    const r = await editor.get(`/editor/api/import/${started.json.job}`);
    if (r.json.job.status !== 'running') return r.json.job;
    await new Promise((res) => setTimeout(res, 50));
  }
}

test('every procedure survives export → parse unchanged', async () => {
  const procs = await app.running.context.procedures.list(app.running.context.agencyId);
  const parsed = await parseXlsx(await exportXlsx(procs), app.clock.now());
  expect(parsed.errors).toEqual([]);
  expect(parsed.rows.map((r) => r.procedure)).toEqual(procs);
});

test('export, change two rows, import: only those two procedures change (after review)', async () => {
  const ctx = app.running.context;
  const before = await ctx.procedures.list(ctx.agencyId);
  const changedFile = await edit(await download(), (ws, col, rowOf) => {
    ws.getRow(rowOf('dang-ky-khai-sinh')).getCell(col('fee.text')).value = 'Miễn lệ phí đúng hạn; quá hạn 8.000 đồng (sửa qua bảng tính).';
    ws.getRow(rowOf('dang-ky-tam-tru')).getCell(col('duration.text')).value = 'Không quá 05 ngày làm việc (sửa qua bảng tính).';
  });
  const job = await importFile(changedFile);
  expect(job.status).toBe('done');
  expect(job.result.changed.sort()).toEqual(['dang-ky-khai-sinh', 'dang-ky-tam-tru']);
  expect(job.result.unchanged).toBe(before.length - 2);
  expect(job.processed).toBe(before.length);
  for (const id of job.result.drafts) expect((await reviewer.send('POST', `/editor/api/drafts/${id}/approve`, {})).status).toBe(200);

  const after = await ctx.procedures.list(ctx.agencyId);
  const differing = after.filter((p) => hashData(p) !== hashData(before.find((b) => b.id === p.id))).map((p) => p.id);
  expect(differing.sort()).toEqual(['dang-ky-khai-sinh', 'dang-ky-tam-tru']);
  expect(after.find((p) => p.id === 'dang-ky-khai-sinh')!.fee.text).toContain('sửa qua bảng tính');
  expect(await app.chat('đăng ký tạm trú mất bao lâu')).toContain('sửa qua bảng tính');
});

test('a malformed row is rejected with its row number and the other rows are not imported either', async () => {
  const ctx = app.running.context;
  const before = await ctx.procedures.list(ctx.agencyId);
  const draftsBefore = (await editor.get('/editor/api/drafts?status=draft,submitted')).json.drafts.length;
  let badRow = 0;
  const file = await edit(await download(), (ws, col, rowOf) => {
    ws.getRow(rowOf('cap-ho-chieu')).getCell(col('fee.text')).value = 'Lệ phí mới 300.000 đồng (không được nhập).';
    badRow = rowOf('dang-ky-ket-hon');
    ws.getRow(badRow).getCell(col('officialUrl')).value = 'không phải đường dẫn';
    ws.getRow(badRow).getCell(col('legalBasis')).value = '';
  });
  const job = await importFile(file);
  expect(job.status).toBe('failed');
  expect(job.errors).toHaveLength(1);
  expect(job.errors[0]).toMatchObject({ row: badRow, id: 'dang-ky-ket-hon' });
  expect(job.errors[0].messages.join(' ')).toMatch(/officialUrl/);
  expect(job.errors[0].messages.join(' ')).toMatch(/legalBasis/);
  expect(await ctx.procedures.list(ctx.agencyId)).toEqual(before);
  expect((await editor.get('/editor/api/drafts?status=draft,submitted')).json.drafts.length).toBe(draftsBefore);
});

test('a file that is not a spreadsheet is refused; a reviewer-only account cannot import', async () => {
  const job = await importFile(Buffer.from('not a zip'));
  expect(job.status).toBe('failed');
  expect(job.errors[0].row).toBe(0);
  expect((await reviewer.send('POST', '/editor/api/import', Buffer.from('x'))).status).toBe(403);
});

test('the portable export writes data/ and intents/ that load back as the same knowledge', async () => {
  const ctx = app.running.context;
  const exported = await editor.get('/editor/api/export/files');
  expect(Object.keys(exported.json.files).some((f) => f.startsWith('intents/'))).toBe(true);
  const root = mkdtempSync(join(tmpdir(), 'motcua-export-'));
  try {
    const [procs, intents, lexicons] = await Promise.all([ctx.procedures.list(ctx.agencyId), ctx.training!.listIntents(ctx.agencyId), ctx.training!.listLexicons(ctx.agencyId)]);
    writeFiles(root, renderFiles(procs, intents, lexicons));
    const { source, errors } = loadSourceFromFiles({ dataDir: join(root, 'data'), intentsDir: join(root, 'intents') });
    expect(errors).toEqual([]);
    expect(source.procedures).toEqual(procs);
    const stored = await ctx.training!.load(ctx.agencyId);
    expect(source.lexicon).toEqual(stored.lexicon);
    expect(source.intents).toEqual(stored.intents);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const written = await reviewer.send('POST', '/editor/api/export/files', {});
  expect(written.status).toBe(200);
  expect(written.json.files).toBeGreaterThan(90);
  expect(written.json.dir).toMatch(/^export\/\d{4}-\d\d-\d\dT/); // relative: the server's paths are not shown
});
