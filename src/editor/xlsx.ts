/**
 * Spreadsheet (XLSX) export and import of procedures, for officers who do not edit YAML. One row per
 * procedure; lists are one item per line inside a cell; documents are "tên | ghi chú", legal bases
 * "số hiệu | tên văn bản | ngày hiệu lực"; yes/no columns take "có" / "không".
 *
 * Import validates every row first (schema + publishing rules) and reports errors with the sheet's row
 * number; when any row is wrong nothing is imported.
 */
import ExcelJS from 'exceljs';
import { ProcedureSchema, type Procedure } from '../knowledge/procedure';
import { procedureIssues } from './validate';

type Kind = 'text' | 'list' | 'bool' | 'documents' | 'legal';
interface Column { key: string; label: string; kind: Kind; width: number; get(p: Procedure): unknown; optional?: boolean }

export const SHEET_NAME = 'Thủ tục';

const COLUMNS: Column[] = [
  { key: 'id', label: 'Mã thủ tục', kind: 'text', width: 28, get: (p) => p.id },
  { key: 'name', label: 'Tên thủ tục', kind: 'text', width: 40, get: (p) => p.name },
  { key: 'aliases', label: 'Tên gọi khác (mỗi dòng một tên)', kind: 'list', width: 36, get: (p) => p.aliases },
  { key: 'domain', label: 'Lĩnh vực', kind: 'text', width: 14, get: (p) => p.domain },
  { key: 'level', label: 'Cấp (xa / tinh / trung-uong)', kind: 'text', width: 12, get: (p) => p.level },
  { key: 'authority', label: 'Cơ quan giải quyết', kind: 'text', width: 30, get: (p) => p.authority },
  { key: 'where', label: 'Nơi nộp', kind: 'text', width: 40, get: (p) => p.where },
  { key: 'channels.inPerson', label: 'Nộp trực tiếp (có/không)', kind: 'bool', width: 10, get: (p) => p.channels.inPerson },
  { key: 'channels.post', label: 'Nộp qua bưu chính (có/không)', kind: 'bool', width: 10, get: (p) => p.channels.post },
  { key: 'channels.online', label: 'Nộp trực tuyến (có/không)', kind: 'bool', width: 10, get: (p) => p.channels.online },
  { key: 'channels.onlineNote', label: 'Hướng dẫn nộp trực tuyến', kind: 'text', width: 36, get: (p) => p.channels.onlineNote, optional: true },
  { key: 'documents', label: 'Hồ sơ (mỗi dòng: tên | ghi chú)', kind: 'documents', width: 50, get: (p) => p.documents },
  { key: 'fee.text', label: 'Lệ phí', kind: 'text', width: 40, get: (p) => p.fee.text },
  { key: 'fee.setByProvince', label: 'Lệ phí do HĐND tỉnh quy định (có/không)', kind: 'bool', width: 10, get: (p) => p.fee.setByProvince },
  { key: 'fee.exemptions', label: 'Miễn/giảm (mỗi dòng một trường hợp)', kind: 'list', width: 36, get: (p) => p.fee.exemptions },
  { key: 'duration.text', label: 'Thời gian giải quyết', kind: 'text', width: 36, get: (p) => p.duration.text },
  { key: 'eligibility', label: 'Điều kiện, thời hạn (mỗi dòng một ý)', kind: 'list', width: 40, get: (p) => p.eligibility },
  { key: 'steps', label: 'Các bước (mỗi dòng một bước)', kind: 'list', width: 40, get: (p) => p.steps },
  { key: 'legalBasis', label: 'Căn cứ pháp lý (mỗi dòng: số hiệu | tên | ngày hiệu lực)', kind: 'legal', width: 50, get: (p) => p.legalBasis },
  { key: 'effectiveFrom', label: 'Ngày hiệu lực (YYYY-MM-DD)', kind: 'text', width: 14, get: (p) => p.effectiveFrom },
  { key: 'officialUrl', label: 'Đường dẫn chính thức', kind: 'text', width: 36, get: (p) => p.officialUrl },
  { key: 'verifiedOn', label: 'Ngày kiểm tra (YYYY-MM-DD)', kind: 'text', width: 14, get: (p) => p.verifiedOn },
  { key: 'notes', label: 'Lưu ý (mỗi dòng một ý)', kind: 'list', width: 36, get: (p) => p.notes },
];

function toCell(kind: Kind, v: unknown): string {
  switch (kind) {
    case 'text': return v === undefined || v === null ? '' : String(v);
    case 'bool': return v ? 'có' : 'không';
    case 'list': return (v as string[]).join('\n');
    case 'documents': return (v as Procedure['documents']).map((d) => (d.note ? `${d.name} | ${d.note}` : d.name)).join('\n');
    case 'legal': return (v as Procedure['legalBasis']).map((b) => [b.number, b.title, b.effectiveFrom].filter((x) => x !== undefined).join(' | ')).join('\n');
  }
}

export async function exportXlsx(procedures: Procedure[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MotCua';
  const ws = wb.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: `${c.label} [${c.key}]`, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const p of procedures) {
    const row = ws.addRow(COLUMNS.map((c) => toCell(c.kind, c.get(p))));
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A cell's text whatever Excel made of it (dates typed by hand, numbers, rich text, links, formulas). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as unknown as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join('');
    if ('text' in v) return cellText(v.text as ExcelJS.CellValue);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('error' in v) return '';
    return '';
  }
  return String(value);
}

const lines = (s: string) => s.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);
const YES = new Set(['có', 'co', 'x', 'true', '1', 'yes', 'c']);
const NO = new Set(['không', 'khong', '', 'false', '0', 'no', 'k']);

function fromCell(kind: Kind, text: string, optional: boolean | undefined, errors: string[], label: string): unknown {
  switch (kind) {
    case 'text': {
      const t = text.trim();
      return t === '' && optional ? undefined : t;
    }
    case 'bool': {
      const t = text.trim().toLowerCase();
      if (YES.has(t)) return true;
      if (NO.has(t)) return false;
      errors.push(`${label}: "${text}" phải là "có" hoặc "không"`);
      return false;
    }
    case 'list': return lines(text);
    case 'documents':
      return lines(text).map((l) => {
        const [name, ...rest] = l.split('|').map((x) => x.trim());
        const note = rest.join(' | ').trim();
        return note ? { name, note } : { name };
      });
    case 'legal':
      return lines(text).map((l) => {
        const [number = '', title = '', effectiveFrom = ''] = l.split('|').map((x) => x.trim());
        return effectiveFrom ? { number, title, effectiveFrom } : { number, title };
      });
  }
}

function setPath(target: Record<string, any>, path: string, value: unknown): void {
  const parts = path.split('.');
  let o = target;
  for (const p of parts.slice(0, -1)) o = o[p] ??= {};
  if (value !== undefined) o[parts[parts.length - 1]] = value;
}

export interface RowError { row: number; id?: string; messages: string[] }
export interface ParsedSheet { rows: { row: number; procedure: Procedure }[]; errors: RowError[]; total: number }

/**
 * Reads and validates every row (row numbers as the spreadsheet shows them). `onProgress` is called as rows
 * are checked; `now` is the clock for the verified-on date rule.
 */
export async function parseXlsx(data: Buffer | ArrayBuffer, now: Date, onProgress?: (done: number, total: number) => void | Promise<void>): Promise<ParsedSheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch {
    return { rows: [], errors: [{ row: 0, messages: ['Tệp không phải bảng tính XLSX hợp lệ'] }], total: 0 };
  }
  const ws = wb.getWorksheet(SHEET_NAME) ?? wb.worksheets[0];
  if (!ws) return { rows: [], errors: [{ row: 0, messages: ['Tệp không có trang tính nào'] }], total: 0 };
  // columns are found by the [key] in their header, so officers may reorder or hide columns
  const header = ws.getRow(1);
  const colOf = new Map<string, number>();
  header.eachCell((cell, col) => {
    const m = /\[([a-zA-Z.]+)\]\s*$/.exec(cellText(cell.value));
    if (m) colOf.set(m[1], col);
  });
  const missing = COLUMNS.filter((c) => !colOf.has(c.key) && !c.optional).map((c) => c.label);
  if (missing.length) return { rows: [], errors: [{ row: 1, messages: [`Thiếu cột: ${missing.join(', ')}`] }], total: 0 };

  const dataRows: ExcelJS.Row[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const anything = COLUMNS.some((c) => colOf.has(c.key) && cellText(row.getCell(colOf.get(c.key)!).value).trim() !== '');
    if (anything) dataRows.push(row);
  });
  const total = dataRows.length;
  const rows: ParsedSheet['rows'] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < dataRows.length; i++) {
    const row = dataRows[i];
    const messages: string[] = [];
    const obj: Record<string, any> = {};
    for (const c of COLUMNS) {
      const col = colOf.get(c.key);
      const text = col ? cellText(row.getCell(col).value) : '';
      setPath(obj, c.key, fromCell(c.kind, text, c.optional, messages, c.label));
    }
    const id = typeof obj.id === 'string' ? obj.id : undefined;
    if (id && seen.has(id)) messages.push(`Mã "${id}" trùng với dòng ${seen.get(id)}`);
    if (id) seen.set(id, row.number);
    for (const issue of procedureIssues(obj, now)) messages.push(`${issue.path || 'dòng'}: ${issue.message}`);
    if (messages.length) errors.push({ row: row.number, id, messages: [...new Set(messages)] });
    else rows.push({ row: row.number, procedure: ProcedureSchema.parse(obj) });
    if (onProgress && (i % 10 === 9 || i === dataRows.length - 1)) await onProgress(i + 1, total);
  }
  return { rows, errors, total };
}
