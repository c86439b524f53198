/**
 * Where a keyword is found but does not ask for its procedure: the words around it say it is context
 * (the citizen's own phone number, where they live, a paper they bring along). Pure, on folded tokens.
 */

import { asksYesNo, wordTest } from './dialog-cues';

/** Words that ask for two things done together ("khai sinh là có luôn thẻ BHYT"). */
// ("chung" folded is also "chứng": "giấy chứng tử", "chứng thực" say nothing of togetherness)
// (not an aside's "hỏi luôn": "tiện hỏi luôn, thẻ bhyt của bố bị mất"; nor "cũng", which folds like "cùng": "thẻ bhyt
// của ông cũng bị rách")
export const TOGETHER = /(?<!\bhoi) (?:luon|cung(?! (?:bi|da|dang|mat|hu|rach|can|phai|muon|chua|khong|ko))|kem|va|lan|chung(?! (?:tu|thuc|nhan|minh|chi|sinh|khoan|cu|tich))|dong thoi|mot lan|1 lan|3 trong 1|ba trong mot) /;
const FIRST_PERSON = new Set(['toi', 'em', 'minh', 'tui', 'chau', 'con', 'anh', 'chi']);
const PHONE_DIGITS = /^(0|84)\d{8,10}$/;
/** Where a name that starts at `start` begins with the "đăng ký" before it ("đăng ký [tạm trú]"). */
const withRegistering = (tokens: readonly string[], start: number): number =>
  (tokens[start - 1] === 'ky' && tokens[start - 2] === 'dang' ? start - 2 : start);

/**
 * "thường trú ở Quảng Bình", "hộ khẩu tại Nam Định", "nơi thường trú": where the citizen lives, told as context,
 * not a question about registering residence ("thường trú ở đâu" still is one).
 */
const RESIDENCE = new Set(['thuong tru', 'tam tru', 'ho khau']);
/** Words after which "cho" is "chỗ", a place: "ở chỗ", "về quê chỗ", "xã chỗ". */
const CHO_PLACE = new Set(['o', 've', 'que', 'tai', 'xa', 'phuong', 'huyen', 'tinh', 'quan', 'ban', 'ubnd']);
/** Who lives there: "nơi em tạm trú", "chỗ vợ chồng tôi đang tạm trú". */
const RESIDENT = new Set(['em', 'e', 'toi', 'tui', 'minh', 'con', 'chau', 'vo', 'chong', 'ba', 'me', 'bo', 'ong', 'nha', 'no', 'anh', 'chi']);
/** "(có tạm trú) trong đó / ở đó / ở đây rồi": held there */
const HELD_THERE = /^ (?:trong (?:do|nay|day)|o (?:do|day|trong do|ngoai do)|roi) /;
/** Words after "thường trú" that are no place named: "… ở", "… được không", "… xong rồi", "… thì". */
const NOT_A_PLACE = new Set(['o', 'tai', 'thi', 'khong', 'ko', 'k', 'hong', 'duoc', 'dc', 'xong', 'roi', 'can', 'phai', 'lam', 'nop', 'bao', 'may',
  'gi', 'chua', 'ha', 'a', 'nhe', 'voi', 'cho', 'moi', 'lai', 'va', 'hay', 'nua', 'thoi', 'nhung', 'ma']);
export function residenceStatement(tokens: string[], start: number, end: number, placeAt: (i: number) => boolean = () => false): boolean {
  const named = tokens.slice(start, end).join(' ');
  // "công an xã nơi thường trú", "nơi đăng ký thường trú": the place where one lives, named as a place
  // ("xã thường trú", "phường tạm trú": the commune where one lives)
  // ("nơi em đang tạm trú", "ở xã chỗ e tạm trú": the person and "đang" between the place and the residence)
  // ("chỗ anh em đăng ký thường trú": the registering before it)
  let at = withRegistering(tokens, start) - 1;
  while (at > 0 && (RESIDENT.has(tokens[at]) || tokens[at] === 'dang')) at--;
  const before = tokens[at] ?? '';
  // ("chỗ" after a way or a place: "về quê chỗ thường trú", "ở chỗ em tạm trú" — not "cho em tạm trú", let me)
  // ("chỗ bé ở hay chỗ anh em đăng ký thường trú": the second of two places)
  // ("… thì đăng ký thường trú": "thì", not "thị")
  const place = before === 'noi' || (LEVELS.has(before) && before !== 'thi') || (before === 'cho' && (CHO_PLACE.has(tokens[at - 1] ?? '') || (tokens[at - 1] === 'hay' && tokens[at - 2] === 'o')));
  const residence = RESIDENCE.has(named) || named === 'dang ky thuong tru' || named === 'dang ky tam tru';
  if (place && residence) return true;
  // ("làm ở xã nơi thường trú hay tạm trú": the second of two residences named as places)
  if (residence && (before === 'hay' || before === 'hoac') && at >= 2 && RESIDENCE.has(`${tokens[at - 2]} ${tokens[at - 1]}`) && residenceStatement(tokens, at - 2, at, placeAt)) return true;
  // ("em ở quận 7 nhưng chỉ đăng ký tạm trú thôi": the residence one has, told)
  const from = withRegistering(tokens, start);
  const only = tokens[from - 1] === 'chi' || (tokens[from - 1] === 'co' && tokens[from - 2] === 'chi');
  if (only && residence && tokens.slice(end, end + 3).includes('thoi')) return true;
  // ("nó đang ở trọ làm ở Đà Nẵng, có tạm trú trong đó": a residence held there, told — not "có tạm trú ở đâu")
  if (residence && tokens[from - 1] === 'co' && HELD_THERE.test(` ${tokens.slice(end, end + 3).join(' ')} `)) return true;
  if (!RESIDENCE.has(named)) return false;
  // ("…, thường trú Bến Tre", "tạm trú Bình Dương 5 năm rồi": the residence and a place named right after it)
  if (placeAt(end)) return true;
  // ("e thường trú Nghệ An, ảnh ở Hà Tĩnh": a person's residence and its place, told)
  if (RESIDENT.has(tokens[start - 1] ?? '') && tokens[end] !== undefined && !NOT_A_PLACE.has(tokens[end])) return true;
  // ("muốn đăng ký lại thường trú ở nhà mạ": registering it there, asked)
  if (tokens[start - 1] === 'lai' && withRegistering(tokens, start - 1) < start - 1) return false;
  // ("thường trú e ở Thanh Hoá": whose residence between)
  let told = end;
  while (told < end + 2 && RESIDENT.has(tokens[told] ?? '')) told++;
  if (tokens[told] !== 'o' && tokens[told] !== 'tai') return false;
  const next = tokens[told + 1];
  return next !== undefined && next !== 'dau' && next !== 'mo' && next !== 'nao' && !(next === 'cho' && tokens[told + 2] === 'nao');
}

/**
 * "nghe nói sáp nhập đổi tên rồi", "xã đổi tên": a place or agency renamed by the 2025 mergers, not a person's
 * name changed in the civil register.
 */
const PLACE_WORD = new Set(['cu', 'moi', 'minh', 'nay', 'do', 'kia', 'ta']);
export function renamedPlace(tokens: readonly string[], start: number, end: number): boolean {
  if (tokens[start] !== 'doi' || tokens[start + 1] !== 'ten' || end !== start + 2) return false;
  const before = tokens[start - 1] ?? '';
  // ("vụ đổi tên phường", "đổi tên xã mới": the place after the renaming; "phường cũ đổi tên": the place and a word of it)
  return (before === 'nhap' && tokens[start - 2] === 'sap') || LEVELS.has(before) || before === 'so' || LEVELS.has(tokens[end] ?? '')
    || (PLACE_WORD.has(before) && LEVELS.has(tokens[start - 2] ?? ''));
}

/** "hồi trước ba tui làm ở huyện", "bữa trước bà": "trước" after a word of time is "before", never "trước bạ". */
const TIME_BEFORE = new Set(['hoi', 'bua', 'hom', 'luc', 'ngay', 'tuan', 'thang', 'nam', 'dao', 'khi', 'tu']);
export const timeBefore = (tokens: readonly string[], start: number): boolean => tokens[start] === 'truoc' && TIME_BEFORE.has(tokens[start - 1] ?? '');

/** What may follow a level said gone ("huyện giờ không còn nữa", "… không còn rồi thì …"). */
const GONE_TAIL = new Set(['nua', 'roi', 'phai', 'khong', 'ha', 'a', 'thi', 'ma', 'vay']);
/**
 * "giờ ko còn quận", "huyện giờ không còn nữa": a level of government gone with the 2025 reforms, not a paper lost
 * (`start`: where "không còn" stands).
 */
export function placeNoLonger(tokens: readonly string[], start: number): boolean {
  if (tokens[start] !== 'khong' || tokens[start + 1] !== 'con') return false;
  // (the level itself gone, not something it keeps: "xã không còn lưu sổ" is the register lost)
  const after = tokens[start + 2];
  // ("giờ không còn công an huyện": the level's office named after it)
  return [2, 3, 4].some((k) => LEVELS.has(tokens[start + k] ?? '')) || ((after === undefined || GONE_TAIL.has(after)) && [1, 2, 3].some((k) => LEVELS.has(tokens[start - k] ?? '')));
}

/** A certificate of the civil register, by its folded words from "giấy" on. */
// (and a residence's paper: "đăng ký xe, e thuê nhà thì có cần giấy tạm trú ko")
const HELD_RECORD = /^giay (?:dang ky (?:ket hon|khai sinh|khai tu)|khai sinh|chung tu|ket hon|doc than|xac nhan (?:doc than|tinh trang hon nhan)|tam tru)$/;
/**
 * "kết hôn chỉ cần giấy độc thân với căn cước là xong à", "đkkh thì mang theo gì ạ, cccd với giấy xác nhận độc thân
 * phải ko": a certificate listed as what a file holds, after "chỉ cần" or a question of what to bring.
 */
export function listedInFile(tokens: readonly string[], start: number, end: number): boolean {
  const paper = tokens[start] === 'giay' || tokens[start - 1] !== 'giay' ? start : start - 1;
  if (!HELD_RECORD.test(tokens.slice(paper, end).join(' '))) return false;
  return (tokens[paper - 1] === 'can' && tokens[paper - 2] === 'chi') || / (?:mang|dem|cam|can) (?:theo )?(?:gi|nhung gi) /.test(` ${tokens.slice(0, paper).join(' ')} `);
}

/**
 * "có phải mang theo giấy khai sinh không", "đem theo giấy khai sinh của cháu": a paper brought along, named
 * by the procedure that issued it.
 */
const CARRY = new Set(['mang', 'dem', 'cam', 'photo', 'kem', 'trinh', 'nop']);
/** Of those, the ones that only ever carry (not "nộp căn cước", which may be applying for one). */
const BRING = new Set(['mang', 'dem', 'cam']);
/** Who may still have a paper: "tui còn …", "mạ còn …". */
const HOLDERS = new Set(['toi', 'tui', 'em', 'minh', 'bac', 'chau', 'ong', 'ba', 'me', 'bo', 'ma', 'no', 'anh', 'chi', 'co', 'chu', 'di', 'cau', 'mo']);
export function carriedPaper(tokens: readonly string[], start: number, end: number): boolean {
  // "ngoài sổ đỏ ra cần thêm gì", "ngoài sổ đỏ thì cần thêm giấy tờ gì": a paper already in the file, besides which more is asked
  // ("bé chưa có gì ngoài giấy khai sinh": nothing but that paper)
  if (tokens[start - 1] === 'ngoai' && (tokens[end] === 'ra' || tokens[end] === 'thi' || tokens[start - 2] === 'gi')) return true;
  // "nhà chồng em chưa có sổ đỏ", "bố mẹ đứng tên sổ đỏ": a paper one has or lacks, told as the situation
  let at = start;
  let held = false;
  if ((tokens[at] === 'chua' || tokens[at] === 'khong' || tokens[at] === 'da') && tokens[at + 1] === 'co') { at += 2; held = true; }
  // ("tui còn cái căn cước gắn chíp": someone still has it — not "còn" opening a turn to it)
  const k = tokens[at - 1] === 'cai' ? at - 1 : at;
  if (tokens[k - 1] === 'con' && HOLDERS.has(tokens[k - 2] ?? '')) return true;
  // "có cần giấy chứng tử của bố em không", "có cần giấy đăng ký kết hôn của bố mẹ không": whether somebody's paper
  // is needed (not "có cần giấy an toàn thực phẩm không": whether one needs that permit)
  const paper = tokens[at] === 'giay' || tokens[at - 1] !== 'giay' ? at : at - 1;
  if (tokens[paper - 1] === 'can' && tokens[end] === 'cua' && asksYesNo(tokens.slice(paper - 2))) return true;
  // "cần giấy tờ gì, có cần giấy đăng ký kết hôn không" in a residence chat: a registration's certificate one holds
  // (not a permit one must obtain)
  const record = tokens.slice(paper, end).join(' ');
  const heldRecord = HELD_RECORD.test(record);
  if (listedInFile(tokens, start, end)) return true;
  if (tokens[paper - 1] === 'can' && heldRecord && asksYesNo(tokens.slice(paper - 2))) return true;
  // ("cần mang giấy tờ gì, giấy khai sinh có cần không": the same, the paper named first)
  if (heldRecord && /^(?:co )?(?:can|bat buoc) (?:khong|ko|k|hong|hok|ha)(?: |$)/.test(tokens.slice(end, end + 3).join(' '))) return true;
  // ("bé thì cần giấy tờ gì, giấy khai sinh bản sao được không": the paper offered for the file)
  if (heldRecord && /^(?:ban (?:sao|chinh|goc|photo) |photo )?(?:duoc|dc) (?:khong|ko|k|hong|hok|chu|ha)(?: |$)/.test(tokens.slice(end, end + 4).join(' '))) return true;
  // ("mang theo gì, giấy khai sinh bản gốc hay photo cũng được": which copy of it to bring)
  if (heldRecord && /^(?:ban (?:sao|chinh|goc)|photo) hay /.test(tokens.slice(end, end + 4).join(' '))) return true;
  // ("cần những giấy tờ gì, cháu có hộ chiếu với học bạ cũ", "ba tui còn giữ cái sổ hộ khẩu cũ": a paper held, told
  // beside a question of which papers)
  // (the question asked first: "có hộ chiếu rồi thì cần giấy tờ gì" may still be about the passport)
  const asksPapersFirst = / (?:giay to|giay|ho so) (?:gi|j|chi|nhung gi) /.test(` ${tokens.slice(0, k).join(' ')} `);
  if (asksPapersFirst && (tokens[k - 1] === 'co' || tokens[k - 1] === 'giu') && HOLDERS.has(tokens[k - 2] ?? '')) return true;
  // a card is carried by name ("có cần mang cmnd theo không")
  // (not a procedure's name that is an action, "đem chứng thực chữ ký ở đâu": taken to be done)
  const action = (tokens[at] === 'chung' && tokens[at + 1] === 'thuc') || ['dang', 'lam', 'xin', 'sang', 'nhap'].includes(tokens[at]);
  if (tokens[at] !== 'giay' && tokens[at] !== 'so' && tokens[at] !== 'ban') return BRING.has(tokens[at - 1] ?? '') && !action;
  // ("quán ăn nhỏ có bắt buộc phải có giấy an toàn thực phẩm không": whether a permit is required asks about the permit;
  // a registration's certificate one must have is still a paper held)
  const required = ['phai', 'can', 'buoc'].includes(tokens[at - 2] ?? '') && !/^giay (?:dang ky|khai sinh|chung tu|ket hon|chung sinh)/.test(tokens.slice(at, end).join(' '));
  held ||= (tokens[at - 1] === 'co' && tokens[at - 2] !== 'de' && !required) || (tokens[at - 2] === 'dung' && tokens[at - 1] === 'ten');
  // ("chủ trọ không cho mượn sổ đỏ", "không chịu đưa sổ đỏ cho em photo": a paper lent or handed over; "muốn xin
  // giấy …" folds alike but asks for it)
  const lent = (tokens[at - 1] === 'muon' && tokens[at - 2] === 'cho') || tokens[at - 1] === 'dua';
  return held || lent || CARRY.has(tokens[at - 1] ?? '') || CARRY.has(tokens[at - 2] ?? '') || joinedToHeld(tokens, at);
}

/** Where "với" or "và" joins the words at `at` to what comes before ("… với cái CMND cũ"), or -1. */
function joinBefore(tokens: readonly string[], at: number): number {
  const join = tokens[at - 1] === 'cai' ? at - 2 : at - 1;
  return tokens[join] === 'voi' || tokens[join] === 'va' ? join : -1;
}

/**
 * "bà có giấy chứng sinh của bệnh viện với cái giấy đăng ký kết hôn của tụi hắn": a paper joined ("với", "và") to one
 * held or carried just before, held as well.
 */
function joinedToHeld(tokens: readonly string[], at: number): boolean {
  const join = joinBefore(tokens, at);
  if (join < 0) return false;
  const before = tokens.slice(Math.max(0, join - 8), join);
  const paperAt = (i: number) => ['giay', 'so', 'ban', 'the'].includes(before[i] ?? '');
  return before.some((t, i) => (t === 'co' || BRING.has(t)) && (paperAt(i + 1) || (before[i + 1] === 'theo' && paperAt(i + 2))) && before[i - 1] !== 'can');
}

/** "tra cứu hồ sơ đó ở đâu" typed bare: "so do" after "ho" is "hồ sơ đó" (that file), not a "sổ đỏ". */
export const thatFile = (tokens: readonly string[], start: number, end: number): boolean =>
  end - start === 2 && tokens[start] === 'so' && tokens[start + 1] === 'do' && (tokens[start - 1] === 'ho' || tokens[start - 1] === 'hs');

/**
 * "hồi đó đăng ký khai sinh ở xã khác", "e từng đăng ký kết hôn rồi ly hôn": a procedure done long ago, or ever done
 * (not "chưa từng"), told as the story (a word may come between).
 */
const DONE_LONG_AGO = / (?:hoi do|hoi xua|ngay xua|truoc day|hoi truoc|nam do|luc truoc|hoi nho|luc nho|(?<!chua |khong |ko |chang )tung) (?:\S+ )?$/;
export const doneLongAgo = (tokens: readonly string[], start: number): boolean =>
  DONE_LONG_AGO.test(` ${tokens.slice(Math.max(0, start - 3), start).join(' ')} `);

/** "tụi em ở trọ có tạm trú rồi", "đã có sổ đỏ rồi": a procedure done or a paper had, told as the situation */
// ("bác có thẻ căn cước gắn chip rồi": a paper's word between)
// ("có giấy chứng nhận ĐKDN rồi": a certificate's words between)
const PAPER_WORDS = new Set(['the', 'cai', 'giay', 'so', 'chung', 'nhan', 'phep', 'to', 'tai', 'khoan']);
const LIST_JOINS = new Set(['va', 'voi', 'lan']);
export const hadAlready = (tokens: readonly string[], start: number, end: number): boolean => {
  let at = start;
  while (at > start - 3 && PAPER_WORDS.has(tokens[at - 1] ?? '')) at--;
  // ("hồ sơ gồm những gì? tôi đã có căn cước gắn chíp": "đã có" says it alone, the message ending on the paper — not
  // "đã có HKD bán tạp hóa rồi, giờ muốn bổ sung ngành", what is had being what is changed)
  // ("e đã có cccd gắn chip và tài khoản vneid mức 2 rồi": the last of the papers listed after "đã có")
  const listed = LIST_JOINS.has(tokens[at - 1] ?? '') && / (?:da )?co /.test(` ${tokens.slice(Math.max(0, at - 9), at - 1).join(' ')} `);
  return (tokens[end] === 'roi' && (tokens[at - 1] === 'co' || tokens[at - 1] === 'da' || listed)) || (tokens[at - 1] === 'co' && tokens[at - 2] === 'da' && end === tokens.length);
};

/**
 * "cụ đang hưởng trợ cấp người cao tuổi", "ba em đang lãnh trợ cấp …": a benefit being received, told as the
 * situation before what is asked ("… thì có được tiền mai táng không").
 */
const RECEIVES = new Set(['huong', 'lanh', 'linh', 'nhan', 'an']);
// (not when receiving it is what is asked: "… giờ em là giám hộ thì có được nhận thay không", "có được hưởng tiếp không")
const RECEIVING_ASKED = / (?:nhan|lanh|linh|huong) (?:thay|ho|giup|tiep) /;
export const beingReceived = (tokens: readonly string[], start: number): boolean =>
  // ("ba tui có lãnh tiền người già hằng tháng", "vẫn lãnh …": received, told)
  RECEIVES.has(tokens[start - 1] ?? '') && (tokens[start - 2] === 'dang' || tokens[start - 2] === 'co' || tokens[start - 2] === 'van' || (tokens[start - 2] === 'duoc' && tokens[start - 3] === 'dang'))
  && !RECEIVING_ASKED.test(` ${tokens.slice(start).join(' ')} `);

/**
 * "đã đăng ký khai tử xong …", "con đã làm thủ tục nhận cha con ở xã rồi, giờ …": a procedure told done, with words
 * between it and "xong"/"rồi", before the message goes on to what is asked ("đã làm … chưa" asks whether it was).
 */
const DONE_BEFORE = new Set(['da', 'vua', 'moi']);
const DONE_AFTER = new Set(['xong', 'roi']);
// ("tôi mới đổi CCCD gắn chip tuần trước, giờ bằng lái …": done, dated in the past)
const DONE_WHEN = new Set(['tuan truoc', 'thang truoc', 'hom qua', 'hom truoc', 'hom kia', 'bua truoc', 'bua qua', 'nam ngoai', 'nam truoc']);
const DATED_DONE_THEN_NOW = / (?:tuan truoc|thang truoc|hom qua|hom truoc|bua truoc|nam ngoai) (?:\S+ ){1,4}roi (?:gio|bay gio|h) /;
// ("đã cấp giấy báo tử": issued or obtained, the verb just before it)
const OBTAINED = new Set(['cap', 'lam', 'xin', 'nhan', 'lay']);
export function toldDone(tokens: readonly string[], start: number, end: number): boolean {
  // (not a thing had, "đã có HKD bán tạp hóa rồi, giờ muốn bổ sung ngành": what is had is what is changed next)
  if (tokens[start - 1] === 'co') return false;
  // ("e bị mất căn cước, tuần trước đi làm lại rồi. Giờ e cần làm hộ chiếu": dated and done, then now)
  if (!tokens.slice(Math.max(0, start - 4), start).some((t) => DONE_BEFORE.has(t))) return DATED_DONE_THEN_NOW.test(` ${tokens.slice(end, end + 12).join(' ')} `);
  const after = tokens.slice(end, end + 9);
  const finish = after.findIndex((t, k) => DONE_AFTER.has(t) || DONE_WHEN.has(`${t} ${after[k + 1]}`));
  if (finish >= 0) return !after.slice(0, finish).includes('chua') && tokens.length - (end + finish + 1) >= 3;
  // ("bệnh viện đã cấp giấy báo tử, nhà em …": issued or obtained, the verb just before it, and the message goes on)
  return DONE_BEFORE.has(tokens[start - 2] ?? '') && OBTAINED.has(tokens[start - 1] ?? '') && !tokens.slice(end, end + 3).includes('chua') && tokens.length - end >= 6;
}

/**
 * "chưa đăng ký kết hôn", "không đăng ký kết hôn": a procedure not done, told as the situation; so is what it gives
 * not had ("không có VNeID mức 2 thì có nộp hồ sơ trên dịch vụ công được không").
 */
export function notYetDone(tokens: readonly string[], start: number): boolean {
  const at = withRegistering(tokens, start);
  const lacking = tokens[at - 1] === 'co' && (tokens[at - 2] === 'chua' || tokens[at - 2] === 'khong');
  return tokens[at - 1] === 'chua' || tokens[at - 1] === 'khong' || lacking;
}

/**
 * "phải có người giám hộ đi cùng": a person who must be there, named by the procedure that appoints one
 * ("ai làm người giám hộ" still asks about it).
 */
export function personRole(tokens: string[], start: number): boolean {
  const at = tokens[start] === 'nguoi' ? start : tokens[start - 1] === 'nguoi' ? start - 1 : -1;
  return at > 0 && tokens[at + 1] === 'giam' && tokens[at + 2] === 'ho' && (tokens[at - 1] === 'co' || tokens[at - 1] === 'voi');
}

/**
 * "Kính gửi bộ phận một cửa, bố tôi vừa mất …", "chào uỷ ban xã": the office the message is addressed to, at its
 * opening — not a question about the office.
 */
const ADDRESSING = /^(?:(?:kinh|xin) )?(?:gui|chao|thua)$/;
export const addressedTo = (tokens: readonly string[], start: number): boolean =>
  start > 0 && start <= 3 && [1, 2].some((n) => ADDRESSING.test(tokens.slice(Math.max(0, start - n), start).join(' ')));

/**
 * "số điện thoại của tôi là 09…", "em để lại sđt": the citizen's own contact, not a question about the office's.
 */
export function ownContact(tokens: string[], start: number, end: number): boolean {
  if (tokens[end] === 'cua' && FIRST_PERSON.has(tokens[end + 1])) return true;
  if (FIRST_PERSON.has(tokens[end]) && tokens[end + 1] === 'la') return true;
  if (tokens[start - 2] === 'de' && tokens[start - 1] === 'lai') return true;
  // ("mới đổi số điện thoại, vneid đăng nhập ko dc", "ko có sđt riêng thì dùng sđt của con cháu", "sđt chính chủ"):
  // a number one has, changes or lends — an account's matter, not the office's number
  const phone = tokens[end - 1] === 'sdt' || tokens[end - 1] === 'thoai' || tokens[end - 1] === 'dt';
  if (phone && (OWN_NUMBER_BEFORE.has(tokens[start - 1] ?? '') || OWN_NUMBER_AFTER.has(tokens[end] ?? '') || (tokens[end] === 'cua' && KIN.has(tokens[end + 1] ?? '')))) return true;
  return tokens.slice(end, end + 4).some((t) => PHONE_DIGITS.test(t));
}

const OWN_NUMBER_BEFORE = new Set(['doi', 'dung', 'muon', 'mat']);
const OWN_NUMBER_AFTER = new Set(['rieng', 'chinh', 'cu', 'moi', 'dang']);
const KIN = new Set(['me', 'ba', 'bo', 'ong', 'vo', 'chong', 'con', 'chau', 'nguoi']);

/** The first words of an agency's name ("Sở Tư pháp", "BHXH huyện", "công an tỉnh"). */
const AGENCY_HEADS = [['so'], ['phong'], ['bao', 'hiem', 'xa', 'hoi'], ['cong', 'an'], ['uy', 'ban'], ['ubnd'], ['trung', 'tam'], ['chi', 'cuc']];
/** Words that lead to a place: "lên Sở…", "bên BHXH…", "hay công an…". */
const TOWARDS = new Set(['len', 'ra', 've', 'ben', 'qua', 'toi', 'den', 'o', 'tai', 'hay', 'vo', 'vao']);
const LEVELS = new Set(['huyen', 'tinh', 'xa', 'phuong', 'quan', 'thi']);
/** Another office offered after "hay", or before it: the agency between them is a place. */
const OR_OFFICE_AFTER = /^ hay (?:(?:o|len|ra|tai|den|qua|ve) )?(?:xa|phuong|ubnd|uy ban|cong an|tinh|so|buu dien|bo phan)(?= )/;
const OR_OFFICE_BEFORE = / (?:xa|phuong|ubnd|uy ban|cong an|tinh|buu dien) hay (?:(?:o|len|ra|tai|den|qua|ve) )?$/;
/** Words after which an agency's name has ended. */
const NAME_ENDS = new Set(['a', 'ha', 'hay', 'nhu', 'thi', 'de', 'ma', 'khong', 'duoc', 'nhe', 'vay', 'roi', 'hoi', 'lam', 'nop', 'xin', 'cap', 'co']);

/**
 * Agencies named as the place to go ("trước em nghe nói lên Sở Tư pháp", "ở đâu cấp, bảo hiểm xã hội huyện hả"):
 * spans [start, end) of folded tokens. A name that is not after a word leading to a place and carries no
 * administrative level ("bảo hiểm xã hội một lần") is not taken for a place.
 */
export function agencyPlaces(tokens: readonly string[], leadsTo: (i: number) => boolean = (i) => TOWARDS.has(tokens[i - 1] ?? '')): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = AGENCY_HEADS.find((h) => h.every((w, j) => tokens[i + j] === w));
    if (!head) continue;
    let end = i + head.length;
    while (end < tokens.length && end < i + head.length + 4 && !NAME_ENDS.has(tokens[end])) end++;
    const levelled = tokens.slice(i + head.length, end).some((t) => LEVELS.has(t));
    // ("xin ở đâu, bảo hiểm xã hội hay ở xã", "ở xã hay bảo hiểm xã hội": one office of two, offered as where to go)
    const orOffice = OR_OFFICE_AFTER.test(` ${tokens.slice(end, end + 4).join(' ')} `) || OR_OFFICE_BEFORE.test(` ${tokens.slice(Math.max(0, i - 4), i).join(' ')} `);
    if (leadsTo(i) || levelled || orOffice) {
      spans.push([i, end]);
      i = end - 1;
    }
  }
  return spans;
}

/** Words that end a place named by what was done there ("về nơi đăng ký khai sinh hồi xưa"). */
const PLACE_ENDS = new Set(['hoi', 'luc', 'truoc', 'cu', 'xua', 'cua', 'o', 'tai', 'ay', 'do', 'kia']);

/**
 * "về nơi đăng ký khai sinh hồi xưa", "ở xã nơi đăng ký kết hôn": a place named by what was done there, after a
 * word that leads to it ("nơi đăng ký khai sinh cho con" alone still asks where to register): spans [start, end)
 * from "nơi" to where the name ends. `accents`: the tokens as typed with diacritics, where they were.
 */
export function recordPlaces(tokens: readonly string[], accents: readonly (string | undefined)[] = []): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 1; i < tokens.length; i++) {
    // "xã nói sổ gốc bị cháy": typed with its diacritics, "nói" (said) is no "nơi" (place); nor "cho" "chỗ"
    if (accents[i] !== undefined && accents[i] !== 'nơi' && accents[i] !== 'chô4') continue;
    // ("về đúng nơi đã đăng ký khai sinh": "đúng" between the way and the place; "về quê nơi đăng ký khai sinh",
    // "chỗ đăng ký khai sinh hồi đó")
    // ("phải về xã cũ nơi đăng ký khai sinh": the old commune)
    const before = tokens[i - 1] === 'dung' || (tokens[i - 1] === 'cu' && LEVELS.has(tokens[i - 2] ?? '')) ? tokens[i - 2] ?? '' : tokens[i - 1];
    const place = tokens[i] === 'noi' || (tokens[i] === 'cho' && ((tokens[i + 1] === 'dang' && tokens[i + 2] === 'ky') || tokens[i + 1] === 'da'));
    // ("ở xã Hoà Thuỷ nơi mạ đăng ký khai sinh": a commune named by its name before "nơi")
    const namedLevel = tokens[i] === 'noi' && [2, 3].some((k) => LEVELS.has(tokens[i - k] ?? ''));
    if (!place || !(TOWARDS.has(before) || LEVELS.has(before) || before === 'que' || namedLevel || (tokens[i] === 'cho' && before === 'dau'))) continue;
    // ("xã nơi làm khai sinh trước đây": "làm", "đã" open the name here)
    let end = i + 1;
    while (tokens[end] === 'lam' || tokens[end] === 'da') end++;
    while (end < tokens.length && end < i + 6 && !NAME_ENDS.has(tokens[end]) && !PLACE_ENDS.has(tokens[end])) end++;
    if (end > i + 1 && !(end === i + 2 && (tokens[i + 1] === 'lam' || tokens[i + 1] === 'da'))) spans.push([i, end]);
    i = end - 1;
  }
  return spans;
}

/** Identity papers asked for by nearly every procedure: carried along, they say nothing about the topic. */
const IDENTITY_PAPERS = [['chung', 'minh', 'nhan', 'dan'], ['chung', 'minh', 'thu'], ['can', 'cuoc', 'cong', 'dan'], ['can', 'cuoc'], ['ho', 'chieu'], ['so', 'ho', 'khau']];
/** Spans [start, end) of identity papers named ("có cần mang cmnd theo không hay căn cước"). */
export function identityPapers(tokens: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const p = IDENTITY_PAPERS.find((w) => w.every((x, j) => tokens[i + j] === x));
    if (p) { spans.push([i, i + p.length]); i += p.length - 1; }
  }
  return spans;
}

/**
 * "mẹ em chỉ còn cái chứng minh nhân dân cũ", "có mang cmnd theo không": a paper held or carried along, not the
 * subject of the message ("chứng minh nhân dân hết hạn rồi" is).
 */
export function heldPaper(tokens: string[], start: number, end: number): boolean {
  // ("chỉ có cái căn cước", "chỉ có thẻ căn cước thôi")
  const at = tokens[start - 1] === 'cai' || tokens[start - 1] === 'the' ? start - 1 : start;
  // ("chỉ còn", "vẫn còn", "chỉ có": still held; a message opening "còn cái căn cước…" turns to it)
  if ((tokens[at - 1] === 'con' || tokens[at - 1] === 'co') && (tokens[at - 2] === 'chi' || tokens[at - 2] === 'van')) return true;
  // ("cần giấy chi, chứng minh nhân dân cũ có được không": whether it will do as a paper)
  const after = tokens[end] === 'cu' ? end + 1 : end;
  if ((tokens[after] === 'co' && tokens[after + 1] === 'duoc') || (tokens[after] === 'duoc' && tokens[after + 1] === 'khong')) return true;
  return carriedPaper(tokens, start, end);
}

/** "ông e chỉ còn giấy xuất ngũ với cái CMND cũ": an identity paper listed after another paper said held. */
function listedAfterHeld(tokens: readonly string[], start: number): boolean {
  const join = joinBefore(tokens, start);
  return join >= 0 && / (?:chi|van) (?:con|co) /.test(` ${tokens.slice(Math.max(0, join - 6), join).join(' ')} `);
}

/**
 * The identity papers held ("mệ chỉ có cái chứng minh thư cũ với sổ hộ khẩu thôi"): each held by itself, or listed
 * after one that is ("với", "và").
 */
export function heldIdentityPapers(tokens: string[]): [number, number][] {
  const held: [number, number][] = [];
  for (const [start, end] of identityPapers(tokens)) {
    const last = held[held.length - 1];
    const between = last ? tokens.slice(last[1], start).filter((t) => t !== 'cu' && t !== 'cai') : [];
    if (heldPaper(tokens, start, end) || (last && between.length === 1 && (between[0] === 'voi' || between[0] === 'va')) || listedAfterHeld(tokens, start)) held.push([start, end]);
  }
  return held;
}

/**
 * "…phải có giấy xác nhận độc thân gì đó, xin cái đó ở đâu", "…cái đó em xin ở đâu": the paper just named is asked
 * for after all; so is the paper a company wants handed in ("cty bắt nộp giấy xác nhận cư trú, xin online ở đâu").
 */
const THAT_PAPER = / (?:xin|lam|cap|lay) (?:cai|giay|to|ban) (?:do|nay|ay|kia) | (?:cai|giay|to) (?:do|nay|ay|kia) (?:\S+ )?(?:xin|lam|lay) (?:o dau|cho nao|o mo|dau|o xa|o phuong|o cong an|kieu gi|the nao|nhu the nao|ra sao|sao) | xin (?:truc tuyen |qua mang |tren (?:mang|vneid|dich vu cong) )?(?:o dau|cho nao|o mo|kieu gi|the nao|nhu the nao|ra sao)(?: |$)/;
export const asksForThatPaper = wordTest(THAT_PAPER);

/** The tokens outside the spans [start, end) (an agency's name, identity papers…). */
export const outsideSpans = (tokens: readonly string[], spans: readonly [number, number][]): string[] =>
  tokens.filter((_, i) => !spans.some(([s, e]) => i >= s && i < e));

/**
 * "bao lâu thì có thẻ mới, em cần gấp để mở tài khoản ngân hàng": what the citizen needs the paper for (after "để",
 * within a few words), not what the message asks about ("làm sao để mở thẻ ATM", "cần gì để vay" ask about it).
 */
const HOW_TO = new Set(['sao', 'gi', 'j', 'nao', 'the', 'lam', 'can', 'nhu']);
export function purpose(tokens: readonly string[], start: number): boolean {
  // ("lệ phí trả bằng thẻ ATM được không": the means of paying)
  if (tokens[start - 1] === 'bang') return true;
  for (let i = Math.max(1, start - 3); i < start; i++) if (tokens[i] === 'de' && !HOW_TO.has(tokens[i - 1])) return true;
  // ("bao lâu thì có thẻ mới, em đang cần mở tài khoản ngân hàng gấp": the need told after the question)
  return start >= 2 && tokens[start - 2] === 'can' && tokens[start - 1] === 'mo' && tokens.slice(0, start - 2).some((t) => t === 'bao' || t === 'khi' || t === 'may');
}

/**
 * "trễ hạn có bị mất quyền lợi không", "quá hạn thì sao", "có bị phạt trễ hạn không": the citizen's own lateness,
 * asked about (a condition), not a grievance about the office being late.
 */
export function ownLateness(tokens: readonly string[], start: number, end: number): boolean {
  const words = tokens.slice(start, end).join(' ');
  if (!/^(?:tre|qua) (?:han|hen)$/.test(words)) return false;
  // ("có bị phạt trễ hạn không": the fine for being late)
  if (tokens[start - 1] === 'phat') return true;
  // ("quá bao nhiêu ngày thì bị trễ hạn": when one would count as late)
  if (/ (?:bao nhieu|bao lau|may) (?:\S+ ){0,3}thi (?:bi |la )?$/.test(` ${tokens.slice(Math.max(0, start - 7), start).join(' ')} `)) return true;
  // ("giờ mới đăng ký có trễ hạn không": asked yes or no about one's own timing)
  if ((tokens[start - 1] === 'co' || (tokens[start - 1] === 'bi' && tokens[start - 2] === 'co')) && ['khong', 'chua', 'hong', 'hok', 'ha'].includes(tokens[end] ?? '')) return true;
  // ("trễ hạn 3 tháng rồi có bị thi lại không": how late, then the question)
  const next = tokens.slice(end, end + 6).join(' ').replace(/^(?:(?:\d+|mot|hai|ba|bon|nam|may|vai|hon) (?:ngay|thang|tuan|nam|bua|hom) )?(?:(?:roi|vay|v|z|the) )*/, ''); // ("trễ hạn vậy có sao không")
  // ("trễ hạn nộp chưa": asked whether one is late)
  // ("trễ hạn sang tên có bị phạt ko": what is late, then the question)
  // ("trễ hạn phạt hông", "trễ hạn phạt bao nhiêu": the fine asked)
  return /^(?:co bi|bi|thi|co sao|co duoc|co con|con duoc|co mat|mat|phat (?:khong|ko|k|hong|hok|ha|sao|bao nhieu|nhieu))(?: |$)/.test(next) || /^(?:\S+ ){1,3}(?:co bi phat|bi phat|co bi)(?: |$)/.test(next)
    || /^(?:(?:nop|dang ky|lam|khai|doi|bao) )?(?:chua|khong|ko|hong|hok|ha)(?: (?:a|ad|admin|vay))?$/.test(tokens.slice(end).join(' '));
}

/** Verbs of going after "bảo tự" (not "làm", "ra": "báo tử làm ở đâu", "thủ tục báo tử ra sao" ask about it). */
const ONESELF_VERBS = new Set(['len', 'di', 've', 'xuong', 'den']);
/**
 * "chủ nhà bảo tự lên công an xã mà làm", "cửa hàng bảo tự đi đăng ký biển" typed without diacritics: "bao tu"
 * before a verb of going is "bảo tự" (told to do it oneself), not "báo tử" (a death notice).
 */
export function toldToDoIt(tokens: readonly string[], start: number, end: number): boolean {
  if (end - start !== 2 || tokens[start] !== 'bao' || tokens[start + 1] !== 'tu' || tokens[start - 1] === 'giay') return false;
  // ("chủ nhà bảo tự làm trên vneid được": someone who tells, then any verb)
  const speaker = SPEAKERS.has(tokens.slice(Math.max(0, start - 2), start).join(' ')) || SPEAKERS.has(tokens[start - 1] ?? '');
  if (speaker && SELF_VERBS.has(tokens[end] ?? '')) return true;
  return ONESELF_VERBS.has(tokens[end] ?? '') && !['dau', 'sao', 'nao'].includes(tokens[end + 1] ?? '');
}
/** Who tells one to do it oneself: "chủ nhà", "chủ trọ", "người ta", "cán bộ", "công an", "họ". */
const SPEAKERS = new Set(['chu nha', 'chu tro', 'nguoi ta', 'can bo', 'cong an', 'ho', 'xa', 'phuong']);
const SELF_VERBS = new Set(['lam', 'dang', 'khai', 'nop', 'di', 'len', 've', 'xuong', 'den', 'lo']);

/**
 * "có bắt buộc phải có tài khoản định danh mức 2 mới nộp được không" in a chat about submitting online, "phải có giấy
 * xác nhận độc thân thì mới đăng ký được": what the topic requires before it can be done, named — not a question about
 * getting it (a bare "có cần tài khoản định danh mức 2 không" may ask for it).
 */
export function prerequisite(tokens: readonly string[], start: number, end: number): boolean {
  const before = tokens.slice(Math.max(0, start - 4), start).join(' ');
  const after = tokens.slice(end, end + 6).join(' ');
  const required = /(?:^| )(?:can|phai|buoc)(?: phai)?(?: co)?(?: tai khoan| tk)?$/.test(before);
  // ("ai cũng nộp được hay phải có tài khoản mức 2": the fallback of doing it, what it requires)
  const orRequired = /(?:^| )hay (?:la )?(?:phai|can|bat buoc)(?: phai)?(?: co)?(?: tai khoan| tk)?$/.test(before)
    && / (?:nop|dang nhap|lam) (?:\S+ ){0,5}(?:duoc|dc)(?: |$)/.test(` ${tokens.slice(0, start).join(' ')} `);
  return (required && /(?:^| )moi (?:nop|lam|dang nhap|dang ky|duoc|xin)(?: |$)/.test(after)) || orRequired;
}

/**
 * "nhà tui thuộc hộ nghèo, có được miễn không", "con liệt sĩ với hộ nghèo thì sao": the household's standing, told as
 * who the citizen is when a benefit or an exemption of another matter is asked — not a question about being listed
 * poor ("nhà em muốn xin hộ cận nghèo", "xét hộ nghèo thì sao" still are).
 */
export function householdStanding(tokens: readonly string[], start: number, end: number): boolean {
  const named = tokens.slice(start, end).join(' ');
  if (!POOR_HOUSEHOLD.has(named)) return false;
  const before = ` ${tokens.slice(Math.max(0, start - 3), start).join(' ')} `;
  const after = ` ${tokens.slice(end).join(' ')} `;
  return STANDING_BEFORE.test(before) && !APPLYING_BEFORE.test(before) && STANDING_ASKS.test(after);
}
const POOR_HOUSEHOLD = new Set(['ho ngheo', 'ho can ngheo', 'can ngheo']);
/** "nhà tui (là|thuộc)", "thuộc", "là", "… với": who is, just before the name. */
const STANDING_BEFORE = / (?:thuoc|la|voi|nha (?:toi|tui|em|e|minh|chau|con|bac|ba|ong|co|chu))(?: la| thuoc)? $/;
const APPLYING_BEFORE = / (?:xin|lam|ky|xet|vao|vo|cong nhan|ra soat|thoat) /;
/** Then the benefit or exemption asked ("thì sao", "có được miễn", "được hỗ trợ … không"). */
const STANDING_ASKS = /^ (?:\S+ ){0,9}(?:mien|giam|ho tro|thi sao|co sao)\b/;

/**
 * "cháu chỉ còn sổ tiêm chủng với giấy ra viện" asked what to bring: an out-of-scope word after "sổ", "giấy", "phiếu" is
 * a paper the citizen holds, not the matter asked about.
 */
export function namesPaperOf(tokens: readonly string[], start: number): boolean {
  return PAPER_LEADS.has(tokens[start - 1] ?? '');
}
const PAPER_LEADS = new Set(['so', 'giay', 'phieu']);

/**
 * "có cần sim chính chủ không", "phải có sim chính chủ à" in a VNeID chat: a thing the procedure requires, asked —
 * an out-of-scope word there is no out-of-scope question.
 */
export function askedAsRequired(tokens: readonly string[], start: number): boolean {
  // ("cần những giấy gì, có phải dịch thuật ko": whether the papers must be translated)
  return tokens[start - 1] === 'can' || (tokens[start - 1] === 'co' && ['phai', 'buoc'].includes(tokens[start - 2] ?? ''))
    || (tokens[start - 1] === 'phai' && tokens[start - 2] === 'co');
}

/**
 * "con cho bà hỏi…", "con cho mẹ xin…" (unaccented, folding like "con chó"): a word that ends in "cho", then who
 * asks and the asking — "let me ask", no dog.
 */
const ASKER = new Set(['ba', 'me', 'bo', 'ong', 'bac', 'co', 'chu', 'di', 'o', 'mo', 'toi', 'tui', 'em', 'anh', 'chi', 'minh', 'chau', 'con']);
const ASKING = new Set(['hoi', 'xin', 'biet', 'nho']);
export const letsAsk = (tokens: readonly string[], end: number): boolean =>
  tokens[end - 1] === 'cho' && ASKER.has(tokens[end] ?? '') && ASKING.has(tokens[end + 1] ?? '');

/** The last word of a way to reach an office: "số hotline", "số điện thoại", "sđt", "địa chỉ", "email". */
const CONTACT_ENDS = new Set(['hotline', 'thoai', 'sdt', 'chi', 'email', 'mail', 'fanpage']);
/**
 * "cho e xin số hotline phòng xuất nhập cảnh HN", "địa chỉ của công an tỉnh": an agency whose contact or hours are asked — the
 * procedure words in its name ("xuất nhập cảnh") name the office, not a question about the procedure.
 */
export function contactedAgencies(tokens: readonly string[]): [number, number][] {
  // (or its hours: "giờ làm việc của phòng xuất nhập cảnh công an tỉnh")
  const ends = (j: number) => CONTACT_ENDS.has(tokens[j] ?? '') || (tokens[j] === 'viec' && tokens[j - 1] === 'lam' && tokens[j - 2] === 'gio');
  const contacted = (i: number) => ends(i - 1) || (tokens[i - 1] === 'cua' && ends(i - 2));
  // (only those led to by the contact: a levelled name elsewhere is another matter)
  return agencyPlaces(tokens, contacted).filter(([i]) => contacted(i));
}

/**
 * "giấy khám sức khoẻ của nhân viên", "quán có 3 đứa nhân viên", "nhân viên có cần giấy khám sức khoẻ không": the
 * citizen's own employees, not staff asked for.
 */
const STAFF_OWNED_BEFORE = new Set(['cua', 'dua', 'may', 'cac', 'nhung', 'nguoi']);
const STAFF_NEEDS = / (?:co |cung )?(?:can|phai|bat buoc|kham|dong|co so|lam viec o|o luon) /;
export function ownStaff(tokens: readonly string[], start: number, end: number): boolean {
  const before = tokens.slice(Math.max(0, start - 2), start);
  if (before.some((t) => STAFF_OWNED_BEFORE.has(t) || /^\d+$/.test(t)) || (tokens[start - 1] === 'cho' && tokens[start - 2] !== 'em' && tokens[start - 2] !== 'toi')) return true;
  return STAFF_NEEDS.test(` ${tokens.slice(end, end + 3).join(' ')} `) && !/ (?:truc|nao|oi|ho tro|tu van|giai dap|noi chuyen) /.test(` ${tokens.slice(Math.max(0, start - 3), end + 3).join(' ')} `);
}

/**
 * "đây là làm lần đầu chứ không phải cấp lại", "hổng phải mất giấy", "không phải là khai sinh lại": what the citizen
 * says their matter is not, up to the end of its clause (at most six words). Read as such only after "chứ", before
 * "là", or before a paper lost: "không phải làm lại" (need not) and "không phải mất phí" (costs nothing) deny nothing.
 */
const DENIAL_WORDS = new Set(['khong', 'hong', 'chang']);
const LOST_PAPERS = new Set(['giay', 'the', 'so', 'cmnd', 'cccd', 'can', 'bang', 'ho', 'ban', 'cuon', 'to', 'het']);
const DENIED_MAX_WORDS = 6;
export function deniedSpans(tokens: readonly string[], clauseStarts: ReadonlySet<number>): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!DENIAL_WORDS.has(tokens[i]) || tokens[i + 1] !== 'phai') continue;
    const identity = tokens[i - 1] === 'chu' || tokens[i + 2] === 'la';
    const loss = tokens[i + 2] === 'mat' && LOST_PAPERS.has(tokens[i + 3] ?? '');
    if (!identity && !loss) continue;
    const start = tokens[i + 2] === 'la' ? i + 3 : i + 2;
    let end = start;
    while (end < tokens.length && end - start < DENIED_MAX_WORDS && !(end > start && clauseStarts.has(end))) end++;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * "hôm qua cháu có hỏi về làm sổ đỏ lần đầu rồi, giờ …", "lúc nãy em hỏi vụ lý lịch tư pháp rồi, giờ …": what the
 * citizen says they asked before and is done with, up to "rồi" (at most fifteen words, in one clause). The matcher
 * sets it aside only when the rest of the message names a procedure of its own.
 */
const ASKED_WHEN = /(?:^| )(?:hom qua|hom truoc|hom kia|bua truoc|bua qua|bua hom|tuan truoc|thang truoc|lan truoc|luc nay|hoi nay|ban nay|vua nay|luc sang|sang nay|hoi sang|luc chieu)(?: (?:em|e|chau|tui|toi|minh|chi|anh|con|bac|co|t|tao|ba|me|ma))?(?: (?:co|da|moi|cung|vua))? hoi$/;
const ASKED_UNTIL = new Set(['roi', 'r']);
const ASKED_MAX_WORDS = 15;
export function askedEarlierSpans(tokens: readonly string[], clauseStarts: ReadonlySet<number>): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (tokens[i] !== 'hoi' || !ASKED_WHEN.test(tokens.slice(Math.max(0, i - 6), i + 1).join(' '))) continue;
    const start = i + 1;
    let end = start;
    while (end < tokens.length && end - start < ASKED_MAX_WORDS && !ASKED_UNTIL.has(tokens[end]) && !(end > start && clauseStarts.has(end))) end++;
    // (told as done with "rồi": without it the earlier question may be the one still asked, "hôm qua em hỏi cái làm
    // khai sinh, nhập khẩu, thẻ bhyt 1 lượt ấy, giờ em hỏi làm trên VNeID thế nào")
    if (end > start && ASKED_UNTIL.has(tokens[end] ?? '')) out.push({ start, end });
  }
  return out;
}
