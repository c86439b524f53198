/**
 * Aspect detection: which part of a procedure the citizen asks about. Cues are matched on the
 * normalised, folded text ("het bao nhieu tien"), each with a weight; the strongest aspect wins.
 * Returns null when the text carries no aspect cue (the dialog then keeps or defaults the aspect).
 */
import type { Aspect } from './types';

interface Cue { aspect: Aspect; re: RegExp; weight: number }

const cue = (aspect: Aspect, weight: number, ...patterns: string[]): Cue[] =>
  patterns.map((p) => ({ aspect, weight, re: new RegExp(`(?:^| )(?:${p})(?: |$)`) }));

const CUES: Cue[] = [
  // fee
  ...cue('fee', 3, 'le phi', 'phi', 'bao nhieu tien', 'mat tien', 'ton tien', 'het bao nhieu', 'mat bao nhieu tien', 'ton phi', 'mat phi',
    'chi phi', 'tien phi', 'dong tien', 'nop tien', 'mien phi', 'khoan tien', 'khoan phi', 'tien gi', 'bao nhieu mot ban', 'tinh tien',
    'bao nhieu 1 trang', 'bao nhieu mot trang', 'thanh toan', 'tien thue', 'thue'),
  ...cue('fee', 2, 'tien', 'het bao nhieu', 'ton bao nhieu', 'mat bao nhieu', 'gia bao nhieu', 'bao nhieu vay', 'tra tien'),
  // duration
  ...cue('duration', 3, 'bao lau', 'may ngay', 'bao nhieu ngay', 'may thang', 'may tuan', 'bao nhieu lau', 'khi nao co', 'khi nao thi co',
    'bao gio co', 'bao gio thi co', 'bao gio lay', 'khi nao lay', 'lay lien', 'lay ngay', 'trong ngay', 'thoi gian giai quyet',
    'thoi han giai quyet', 'thoi gian xu ly', 'nhanh nhat', 'lau khong', 'lau ko', 'lau qua', 'co ket qua', 'ngay lam viec', 'gap'),
  ...cue('duration', 2, 'khi nao', 'bao gio', 'thoi gian', 'lau'),
  // where
  ...cue('where', 3, 'o dau', 'cho nao', 'noi nao', 'co quan nao', 'nop o', 'lam o', 'xin o', 'lay o', 'dang ky o', 'den dau', 'toi dau',
    'len dau', 'ra dau', 've dau', 'o xa hay', 'xa hay tinh', 'hay tinh', 'hay phai len', 'phai len', 'len tinh', 've que', 'cap nao',
    'ben nao', 'noi cu tru', 'o cong an', 'di dau', 'bao o dau', 'nop ho so o', 'phong nao', 'don vi nao', 'thuoc tham quyen', 'dau vay',
    'chuyen qua', 'chuyen sang'),
  ...cue('where', 1, 'dau'),
  // online
  ...cue('online', 3, 'truc tuyen', 'qua mang', 'tren mang', 'vneid', 'dich vu cong', 'cong dich vu', 'qua ung dung', 'tren ung dung',
    'ung dung', 'dien thoai duoc', 'qua dien thoai', 'tai nha', 'khong can den', 'khong can len', 'qua buu dien', 'buu chinh',
    'nop tu xa', 'qua zalo', 'tren may', 'dang nhap', 'tai khoan'),
  // documents
  ...cue('documents', 3, 'giay to', 'ho so gom', 'ho so can', 'can gi', 'can nhung gi', 'can nhung', 'mang theo', 'mang gi', 'can mang',
    'thanh phan', 'can chuan bi', 'chuan bi gi', 'chuan bi nhung', 'ban chinh', 'ban sao', 'giay chi', 'mau don', 'to khai', 'gom nhung gi',
    'gom gi', 'nhung gi', 'can nhung giay', 'can giay', 'can co gi', 'xet nghiem'),
  ...cue('documents', 1, 'giay', 'ho so'),
  // eligibility
  ...cue('eligibility', 3, 'co duoc khong', 'duoc khong', 'duoc chua', 'co phai', 'phai khong', 'bat buoc', 'dieu kien', 'bi phat', 'phat',
    'qua han', 'tre han', 'het han', 'tuoi', 'ai duoc', 'ai phai', 'doi tuong', 'co can', 'can phai', 'con duoc', 'con dung',
    'toi da', 'toi thieu', 'truoc may gio', 'bao nhieu tuoi', 'du tuoi', 'chua du', 'co bi', 'duoc huong', 'co duoc', 'duoc ko',
    'co the', 'khong co giay', 'khong du', 'thi co', 'co sao'),
  // overview
  ...cue('overview', 2, 'lam sao', 'the nao', 'nhu the nao', 'ra sao', 'thu tuc', 'cach lam', 'huong dan', 'quy trinh', 'cac buoc',
    'lam gi', 'phai lam gi', 'la gi', 'tu van'),
];

/** Priority when two aspects score the same: the more specific question wins. */
const PRIORITY: Aspect[] = ['fee', 'duration', 'where', 'online', 'documents', 'eligibility', 'overview'];

export function detectAspect(folded: string): { aspect: Aspect; score: number } | null {
  const text = ` ${folded} `;
  const scores = new Map<Aspect, number>();
  for (const c of CUES) {
    if (c.re.test(text)) scores.set(c.aspect, Math.max(scores.get(c.aspect) ?? 0, c.weight));
  }
  let best: Aspect | null = null;
  let bestScore = 0;
  for (const a of PRIORITY) {
    const s = scores.get(a) ?? 0;
    if (s > bestScore) { best = a; bestScore = s; }
  }
  return best ? { aspect: best, score: bestScore } : null;
}
