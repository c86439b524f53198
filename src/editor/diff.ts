/**
 * Field-by-field difference between the published version and a draft, in officers' words: one line per
 * changed field (old → new), and for lists the items removed and added (an edited item shows as both).
 * Works for procedures, intents (phrases, keywords) and lexicons (pairs).
 */
export interface Change {
  path: string;
  label: string;
  kind: 'changed' | 'added' | 'removed' | 'reordered';
  old?: unknown;
  new?: unknown;
}

export const FIELD_LABELS: Record<string, string> = {
  id: 'Mã thủ tục',
  name: 'Tên thủ tục',
  aliases: 'Tên gọi khác',
  domain: 'Lĩnh vực',
  level: 'Cấp thẩm quyền',
  authority: 'Cơ quan giải quyết',
  where: 'Nơi nộp',
  'channels.inPerson': 'Nộp trực tiếp',
  'channels.post': 'Nộp qua bưu chính',
  'channels.online': 'Nộp trực tuyến',
  'channels.onlineNote': 'Hướng dẫn nộp trực tuyến',
  documents: 'Thành phần hồ sơ',
  'fee.text': 'Lệ phí',
  'fee.setByProvince': 'Lệ phí do HĐND tỉnh quy định',
  'fee.exemptions': 'Miễn/giảm lệ phí',
  'duration.text': 'Thời gian giải quyết',
  eligibility: 'Điều kiện, thời hạn',
  steps: 'Các bước',
  legalBasis: 'Căn cứ pháp lý',
  effectiveFrom: 'Ngày hiệu lực',
  officialUrl: 'Đường dẫn chính thức',
  verifiedOn: 'Ngày kiểm tra',
  notes: 'Lưu ý',
  intent: 'Ý định',
  procedure: 'Thủ tục',
  aspect: 'Nội dung hỏi',
  phrases: 'Câu mẫu',
  keywords: 'Từ khóa',
  exactKeywords: 'Từ khóa (đúng dấu)',
  markers: 'Dấu hiệu ngoài phạm vi',
  exactMarkers: 'Dấu hiệu ngoài phạm vi (đúng dấu)',
  includes: 'Gồm các thủ tục',
  onlineByNature: 'Thủ tục làm trực tuyến',
  variantOf: 'Biến thể của thủ tục',
  refines: 'Làm rõ thủ tục',
  marks: 'Từ nhận biết biến thể',
  entries: 'Từ điển',
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const key = (x: unknown) => JSON.stringify(x);
const label = (path: string) => FIELD_LABELS[path] ?? FIELD_LABELS[path.replace(/\.\d+(\.|$)/g, '$1')] ?? path;

function walk(path: string, a: unknown, b: unknown, out: Change[]): void {
  if (key(a) === key(b)) return;
  if (Array.isArray(a) || Array.isArray(b)) {
    const olds = Array.isArray(a) ? a : [];
    const news = Array.isArray(b) ? b : [];
    const newKeys = new Set(news.map(key));
    const oldKeys = new Set(olds.map(key));
    const removed = olds.filter((x) => !newKeys.has(key(x)));
    const added = news.filter((x) => !oldKeys.has(key(x)));
    for (const x of removed) out.push({ path, label: label(path), kind: 'removed', old: x });
    for (const x of added) out.push({ path, label: label(path), kind: 'added', new: x });
    if (!removed.length && !added.length) out.push({ path, label: label(path), kind: 'reordered', old: olds, new: news });
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) walk(path ? `${path}.${k}` : k, a[k], b[k], out);
    return;
  }
  if (a === undefined) out.push({ path, label: label(path), kind: 'added', new: b });
  else if (b === undefined) out.push({ path, label: label(path), kind: 'removed', old: a });
  else out.push({ path, label: label(path), kind: 'changed', old: a, new: b });
}

/** The changes that turn `published` (null for something new) into `draft`. */
export function diff(published: unknown, draft: unknown): Change[] {
  const out: Change[] = [];
  walk('', published ?? {}, draft, out);
  return out;
}

/** Plain-text rendering of one change value, for the review screen and the audit log. */
export function show(x: unknown): string {
  if (x === undefined || x === null) return '—';
  if (typeof x === 'boolean') return x ? 'có' : 'không';
  if (typeof x === 'string') return x;
  if (isObject(x)) {
    if ('number' in x && 'title' in x) return `${x.number} — ${x.title}${x.effectiveFrom ? ` (hiệu lực ${x.effectiveFrom})` : ''}`;
    if ('name' in x) return `${x.name}${x.note ? ` (${x.note})` : ''}`;
    if ('from' in x && 'to' in x) return `${x.from} → ${x.to}`;
  }
  return JSON.stringify(x);
}
