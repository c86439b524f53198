/**
 * What a procedure must satisfy before it can be published (the schema, plus rules for officers):
 * legal basis, authority level, official link and verified-on date present; fee and time fields of a known
 * shape; links and dates well formed. Drafts may be incomplete; submitting and publishing are not.
 */
import { z } from 'zod';
import { IntentFileSchema } from '../knowledge/files';
import { LEVELS, ProcedureSchema, type Procedure } from '../knowledge/procedure';

export interface Issue {
  path: string;
  message: string;
}

const LEGAL_NUMBER = /^\d{1,4}\/\d{4}\/[\p{L}\d]+(?:-[\p{L}\d]+)*$/u;
const FEE_SHAPE = /\d|miễn|không (?:thu|mất|phải)|HĐND|theo /iu;
const DURATION_SHAPE = /ngày|ngay|giờ|tháng|tuần|thời hạn|\d/iu;
/** An amount of money: digits with dots every three ("200.000 đồng"). */
const AMOUNT = /(\d[\d.,]*)\s*(?:đồng|VNĐ|vnđ)/gu;

export function isRealDate(s: unknown): boolean {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function isWebLink(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && /\.[a-z]{2,}$/i.test(u.hostname) && !/\s/.test(s);
  } catch {
    return false;
  }
}

/** Today's date in Vietnam (UTC+7, no daylight saving), YYYY-MM-DD. */
export function vnDate(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The instant a YYYY-MM-DD date starts in Vietnam. */
export function vnStartOf(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 7 * 3600_000);
}

/** Everything that stops a procedure from being published (empty = publishable). */
export function procedureIssues(input: unknown, now: Date = new Date()): Issue[] {
  const issues: Issue[] = [];
  const raw = (input ?? {}) as Record<string, any>;
  const parsed = ProcedureSchema.safeParse(input);
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push({ path: i.path.join('.'), message: i.message });
  }
  // the four facts an answer may never go out without, in officers' words
  if (!Array.isArray(raw.legalBasis) || raw.legalBasis.length === 0) issues.push({ path: 'legalBasis', message: 'Thiếu căn cứ pháp lý' });
  if (!LEVELS.includes(raw.level)) issues.push({ path: 'level', message: 'Thiếu cấp thẩm quyền (xã / tỉnh / trung ương)' });
  if (!raw.officialUrl) issues.push({ path: 'officialUrl', message: 'Thiếu đường dẫn chính thức' });
  else if (!isWebLink(raw.officialUrl)) issues.push({ path: 'officialUrl', message: 'Đường dẫn không đúng dạng (https://…)' });
  if (!raw.verifiedOn) issues.push({ path: 'verifiedOn', message: 'Thiếu ngày kiểm tra thông tin' });
  else if (!isRealDate(raw.verifiedOn)) issues.push({ path: 'verifiedOn', message: 'Ngày kiểm tra không hợp lệ (YYYY-MM-DD)' });
  else if (raw.verifiedOn > vnDate(now)) issues.push({ path: 'verifiedOn', message: 'Ngày kiểm tra không thể ở tương lai' });
  if (raw.effectiveFrom !== undefined && !isRealDate(raw.effectiveFrom)) issues.push({ path: 'effectiveFrom', message: 'Ngày hiệu lực không hợp lệ (YYYY-MM-DD)' });

  if (Array.isArray(raw.legalBasis)) {
    raw.legalBasis.forEach((b: any, i: number) => {
      if (b?.number && !LEGAL_NUMBER.test(String(b.number))) issues.push({ path: `legalBasis.${i}.number`, message: `Số hiệu văn bản "${b.number}" không đúng dạng (ví dụ 123/2015/NĐ-CP)` });
      if (b?.effectiveFrom !== undefined && !isRealDate(b.effectiveFrom)) issues.push({ path: `legalBasis.${i}.effectiveFrom`, message: 'Ngày hiệu lực không hợp lệ' });
    });
  }
  const feeText = raw.fee?.text;
  if (typeof feeText === 'string' && feeText.trim()) {
    if (!FEE_SHAPE.test(feeText)) issues.push({ path: 'fee.text', message: 'Lệ phí phải nêu số tiền, "miễn"/"không thu", hoặc nơi quy định (HĐND tỉnh, theo Thông tư…)' });
    for (const m of feeText.matchAll(AMOUNT)) {
      if (!/^\d{1,3}(?:\.\d{3})*$/.test(m[1])) issues.push({ path: 'fee.text', message: `Số tiền "${m[0]}" phải viết có dấu chấm ngăn cách hàng nghìn (ví dụ 200.000 đồng)` });
    }
  }
  if (Array.isArray(raw.fee?.exemptions) && raw.fee.exemptions.some((e: unknown) => typeof e !== 'string' || !e.trim())) {
    issues.push({ path: 'fee.exemptions', message: 'Trường hợp miễn/giảm không được để trống' });
  }
  const durationText = raw.duration?.text;
  if (typeof durationText === 'string' && durationText.trim() && !DURATION_SHAPE.test(durationText)) {
    issues.push({ path: 'duration.text', message: 'Thời gian giải quyết phải nêu số ngày/giờ (ví dụ "Không quá 03 ngày làm việc")' });
  }
  // every address written in a text field must be a well-formed link too
  const texts: [string, unknown][] = [['channels.onlineNote', raw.channels?.onlineNote], ['where', raw.where], ['fee.text', feeText]];
  for (const [path, t] of texts) {
    if (typeof t !== 'string') continue;
    for (const m of t.matchAll(/https?:\/\/\S+/g)) {
      const url = m[0].replace(/[.,;:!?)\]]+$/, '');
      if (!isWebLink(url)) issues.push({ path, message: `Đường dẫn "${url}" không đúng dạng` });
    }
  }
  // one message per path and text
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function isPublishable(p: unknown, now?: Date): p is Procedure {
  return procedureIssues(p, now).length === 0;
}

export const LexiconEntriesSchema = z
  .array(z.object({ from: z.string().trim().min(1, 'Từ viết tắt không được trống'), to: z.string().trim().min(1, 'Nghĩa không được trống') }))
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((e, i) => {
      const k = e.from.toLowerCase();
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i, 'from'], message: `"${e.from}" bị trùng` });
      seen.add(k);
    });
  });

/**
 * Training phrases of an intent. A procedure intent may name a procedure that is still a draft: the matcher
 * ignores it until the procedure is published, so that is not an error.
 */
export function intentIssues(input: unknown): Issue[] {
  const parsed = IntentFileSchema.safeParse(input);
  if (!parsed.success) return parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const d = parsed.data;
  const issues: Issue[] = [];
  if (d.intent === 'procedure' && !d.procedure) issues.push({ path: 'procedure', message: 'Thiếu mã thủ tục' });
  if (d.intent === 'aspect' && !d.aspect) issues.push({ path: 'aspect', message: 'Thiếu nội dung hỏi (giấy tờ, lệ phí, thời gian…)' });
  if (d.intent !== 'aspect' && d.aspect) issues.push({ path: 'aspect', message: 'Chỉ câu mẫu "cách hỏi" mới ghi nội dung hỏi' });
  if (d.intent === 'procedure' && d.procedure && !/^[a-z0-9-]+$/.test(d.procedure)) issues.push({ path: 'procedure', message: 'Mã thủ tục chỉ gồm a-z, 0-9 và dấu -' });
  if (d.phrases.some((p) => !p.trim())) issues.push({ path: 'phrases', message: 'Câu mẫu không được trống' });
  if (d.variantOf && !d.marks.length) issues.push({ path: 'marks', message: 'Biến thể cần ít nhất một từ nhận biết (ví dụ "bị mất")' });
  if (d.variantOf && d.variantOf === d.procedure) issues.push({ path: 'variantOf', message: 'Thủ tục không thể là biến thể của chính nó' });
  if (d.refines.length && !d.marks.length) issues.push({ path: 'marks', message: 'Cần ít nhất một từ nhận biết (ví dụ "sổ gốc … bị cháy")' });
  if (d.procedure && d.refines.includes(d.procedure)) issues.push({ path: 'refines', message: 'Thủ tục không thể làm rõ chính nó' });
  return issues;
}

export function lexiconIssues(input: unknown): Issue[] {
  const parsed = LexiconEntriesSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}
