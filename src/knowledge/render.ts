/**
 * Renders a procedure's answer for a phone screen: the asked aspect first, then a short pointer to
 * the rest, the legal basis and the official link. Plain text (channels add their own formatting).
 */
import type { Aspect } from '../understanding/types';
import type { Procedure } from './procedure';

export const ASPECT_LABELS: Record<Aspect, string> = {
  overview: 'Tổng quan',
  documents: 'Giấy tờ',
  fee: 'Lệ phí',
  duration: 'Thời gian',
  where: 'Nơi nộp',
  online: 'Nộp online',
  eligibility: 'Điều kiện',
};

const LEVEL_LABELS: Record<Procedure['level'], string> = { xa: 'cấp xã', tinh: 'cấp tỉnh', 'trung-uong': 'cấp trung ương' };

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);

const bullets = (items: string[], max: number): string => {
  const shown = items.slice(0, max).map((s) => `• ${s}`);
  if (items.length > max) shown.push(`• … và ${items.length - max} mục khác (xem chi tiết ở đường dẫn bên dưới)`);
  return shown.join('\n');
};

function ways(p: Procedure): string {
  const w: string[] = [];
  if (p.channels.inPerson) w.push('trực tiếp');
  if (p.channels.post) w.push('qua bưu chính');
  if (p.channels.online) w.push('trực tuyến');
  return w.join(', ');
}

function body(p: Procedure, aspect: Aspect): string {
  switch (aspect) {
    case 'documents':
      return `${p.name} — hồ sơ gồm:\n${bullets(p.documents.map((d) => (d.note ? `${d.name} (${d.note})` : d.name)), 6)}`;
    case 'fee': {
      const ex = p.fee.exemptions.length ? `\nMiễn/giảm: ${p.fee.exemptions.slice(0, 4).join('; ')}.` : '';
      const prov = p.fee.setByProvince ? '\nMức cụ thể do HĐND tỉnh nơi nộp hồ sơ quy định.' : '';
      return `${p.name} — lệ phí: ${p.fee.text}${ex}${prov && !/HĐND/.test(p.fee.text) ? prov : ''}`;
    }
    case 'duration':
      return `${p.name} — thời gian giải quyết: ${p.duration.text}`;
    case 'where':
      return `${p.name} — nơi nộp hồ sơ: ${p.where}\nCơ quan giải quyết: ${p.authority} (${LEVEL_LABELS[p.level]}). Cách nộp: ${ways(p)}.`;
    case 'online':
      return p.channels.online
        ? `${p.name} — nộp trực tuyến: được. ${p.channels.onlineNote ?? 'Nộp trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn), đăng nhập bằng tài khoản VNeID.'}`
        : `${p.name} — nộp trực tuyến: hiện chưa thực hiện được; Quý khách nộp ${ways(p)} tại: ${p.where}`;
    case 'eligibility':
      return p.eligibility.length
        ? `${p.name} — điều kiện, thời hạn:\n${bullets(p.eligibility, 5)}`
        : `${p.name}: ${p.authority} giải quyết; Quý khách xem điều kiện chi tiết ở đường dẫn bên dưới.`;
    case 'overview':
    default: {
      const steps = p.steps.length ? `\nCác bước:\n${bullets(p.steps.map((x) => clip(x, 140)), 3)}` : '';
      return `${p.name} (${LEVEL_LABELS[p.level]}).\nNơi nộp: ${p.where}${steps}\nLệ phí: ${p.fee.text}\nThời gian: ${p.duration.text}`;
    }
  }
}

const DOC_KINDS: [RegExp, string][] = [[/\/QH\d*$/, 'Luật'], [/NĐ-CP$/, 'Nghị định'], [/\/TT-/, 'Thông tư'], [/\/QĐ-/, 'Quyết định'], [/\/NQ-/, 'Nghị quyết']];

/** "Luật Hộ tịch 60/2014/QH13", or "Nghị định 123/2015/NĐ-CP" when the title is too long for a phone line. */
export function shortReference(b: Procedure['legalBasis'][number]): string {
  if (b.title.length <= 32) return `${b.title} ${b.number}`;
  const kind = DOC_KINDS.find(([re]) => re.test(b.number))?.[1] ?? 'Văn bản';
  return `${kind} ${b.number}`;
}

/** The answer text for one aspect of a procedure. */
export function renderAnswer(p: Procedure, aspect: Aspect): string {
  const basis = p.legalBasis.slice(0, 2).map(shortReference).join('; ');
  const note = aspect === 'overview' || aspect === 'where' ? (p.notes[0] ? `\nLưu ý: ${p.notes[0]}` : '') : '';
  return `${body(p, aspect)}${note}\nCăn cứ: ${basis}.\nChi tiết: ${p.officialUrl}`;
}
