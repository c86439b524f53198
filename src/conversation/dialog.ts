/**
 * Dialog resolution: turns the text-only analysis into what the message means in this conversation.
 * Pure: takes the matcher, the state and the text; returns the resolution and the next state.
 */
import type { Analysis, Matcher } from '../understanding/matcher';
import type { Aspect, Intent } from '../understanding/types';
import { fieldAlone, isOpening, opensWithHello, thanksAt } from '../understanding/courtesy';
import { asksIfOnline, asksOpenly, asksOnBehalf, asksServiceAtHome, asksYesNo, correctsItself, dueForRenewal, firstTime, goesBack, meansTheFirst, meansTheOther, namesAgedKin, onlyPart, ownCardAgain, ownersConsent, setRight, spaced, turnsToAnother, usesPortal } from '../understanding/dialog-cues';
import { agencyPlaces, heldIdentityPapers, identityPapers, outsideSpans, recordPlaces, TOGETHER } from '../understanding/keyword-context';
import { extractReceiptCode } from '../understanding/receipt';
import { fold, hasDiacritics, plainWords } from '../understanding/vietnamese';
import type { ConversationState } from './state';

export type Resolution =
  | { kind: 'answer'; intent: 'procedure'; procedure: string; aspect: Aspect; confidence: number }
  | { kind: 'clarify'; intent: 'procedure'; choices: string[]; aspect: Aspect | null; confidence: number }
  | { kind: 'ask_topic'; intent: 'procedure'; aspect: Aspect | null; confidence: number }
  // (`choices`: a greeting that opens the citizen's own numbered list (`ownList`), or a whole field ("cho hỏi về bảo
  // hiểm"), with the procedures to pick from)
  | { kind: 'intent'; intent: Exclude<Intent, 'procedure'>; confidence: number; choices?: string[]; ownList?: boolean };

/** Files submitted ("nộp hồ sơ trên cổng", "hồ sơ online"): the portal's own business. */
const FILES_SUBMITTED = / (?:nop|gui|lam) (?:ho so|hs) | (?:ho so|hs) (?:tren|qua|online|truc tuyen) | nop (?:tren|qua) (?:cong|dvc) /;
/** The portal learnt step by step ("chỉ tui từng bước", "tôi không biết dùng"): the portal's own guide. */
const PORTAL_GUIDE = / tung buoc | (?:biet|ranh) (?:xai|dung|su dung) /;
/** Below this, a procedure guess is not trusted without asking. */
const CLARIFY_BELOW = 0.45;
/** Two procedures this close (in probability) are both offered. */
const CLOSE_MARGIN = 0.12;
/** A second guess this likely is worth offering when the first is unsure and no procedure was named. */
const PLAUSIBLE = 0.1;
const OOS_BELOW = 0.2;
/** Out of scope this surely, a message is not read as a follow-up of the procedure being discussed. */
const SURE_OUT_OF_SCOPE = 0.8;
/** An out-of-scope guess without out-of-scope words, naming a procedure's words: procedures this likely are offered. */
const LOOSE_TOPIC = 0.05;
/** In an opening that names a whole field, a procedure this likely against the first is offered too. */
const FIELD_SHARE = 0.2;
/** A non-procedure intent this unsure, in a procedure chat, is more likely a follow-up. */
const WEAK_INTENT = 0.5;
/** Messages this close together belong to one sitting (a greeting within it is a farewell). */
const SAME_SITTING_MS = 30 * 60_000;
/** A status question this sure was asked in words ("tới đâu rồi") or with a receipt code. */
const SURE_STATUS = 0.9;
/** Per word, the words favour another procedure over the topic this much (classifier log units): plainly about it. */
const PLAINLY_OTHER = 5;
/** Aspects that ask nothing of a paper: a procedure named with one of them asked is that procedure's question. */
const NO_PAPER_ASKED: ReadonlySet<Aspect> = new Set(['fee', 'duration', 'where', 'online']);
/** Aspects an office question never asks (its address is "where"; its hours are the office's own). */
const TOPIC_ASPECTS: ReadonlySet<Aspect> = new Set(['online', 'duration', 'fee', 'documents']);
/** An aspect cue this strong is a question of its own (see aspect.ts). */
const ASKS_PLAINLY = 3;
/** A procedure recognised this surely needs no help from the conversation's topic… */
const TRUST_ALONE = 0.95;
/** …or this sure, when the citizen turns to another topic in words ("còn vụ …"). */
const TURNED_TO = 0.7;
/** Gone back to ("hồi nãy"), an earlier topic these words favour over the present one by this much per word (log odds). */
const BACK_MARGIN = 0.6;
/** After "con": the child or the citizen's own case ("con e …", "còn tui …"), or an aspect of the topic ("còn lệ phí …"). */
const NO_TOPIC_AFTER_CON = new Set(['e', 'em', 'toi', 'tui', 'minh', 'trai', 'gai', 'chau', 'be', 'o', 'nha', 'ba', 'me', 'bo', 'ma', 'ong', 'vo', 'chong', 'anh', 'chi', 'co', 'chu', 'di', 'dau', 're', 'ut', 'lon', 'nho',
  'le', 'phi', 'thoi', 'giay', 'tien', 'bao', 'may']);
/**
 * …when the words alone leave the topic less than this ("e 20 tuổi có đủ điều kiện ko" in a guardianship chat: the
 * food-safety certificate's "đủ điều kiện" is sure of itself, but guardianship keeps a chance).
 */
const TOPIC_NO_CHANCE = 0.02;
/** A procedure whose own marks the words carry, recognised this surely, leads when the topic has no chance by them. */
const MARKED_ALONE = 0.9;
/** A correction of a misheard word ("*", "máy ghi sai") is this short. */
const CORRECTION_MAX_WORDS = 10;
/** "máy nó ghi sai", "bộ gõ đánh nhầm": a word misheard or mistyped by the device. */
const BY_DEVICE = '(?:may|dien thoai|bo go)(?: no)? (?:ghi|nghe|danh|go|nhan|viet|tu sua) (?:sai|nham|lon)';
/** "… chứ không phải căn cứ": the wrong word named after the right one. */
const NOT_THAT_WORDS = 'chu (?:k|ko|khong|hong|hok) phai';
const MISHEARD = new RegExp(` ${BY_DEVICE} `);
const NOT_THAT = new RegExp(` ${NOT_THAT_WORDS} `);
/** What follows the corrected word: the device blamed, or the wrong word named. */
const MISHEARD_TAIL = new RegExp(`\\b(?:${BY_DEVICE}|${NOT_THAT_WORDS} .*)$`);
/**
 * A topic's name said again in this many words or fewer, asking nothing, keeps the question: a word set right ("tạm trú
 * nha ad"), or which one was meant ("dạ em hỏi cái lý lịch tư pháp số 2 ạ").
 */
const RESTATED_MAX_WORDS = 12;

const NUMBER_WORDS: Record<string, number> = { mot: 1, hai: 2, ba: 3, 'thu nhat': 1, 'thu hai': 2, 'thu ba': 3, 'thu tu': 4, 'so 1': 1, 'so 2': 2, 'so 3': 3 };

/** "2", "số 2", "cái thứ hai", a payload, or a word from the offered title. */
export function pickChoice(text: string, choices: string[], titles: string[]): string | null {
  const t = fold(text.normalize('NFC').toLowerCase()).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  const m = /^(?:so |cai |chon |y |lua chon )?(?:thu )?(\d)(?: a| nhe| nha)?$/.exec(t);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= choices.length ? choices[n - 1] : null;
  }
  for (const [w, n] of Object.entries(NUMBER_WORDS)) if (t === w || t === `${w} a` || t === `cai ${w}`) return choices[n - 1] ?? null;
  // a distinctive word of exactly one title ("mất", "cấp lại")
  const words = t.split(' ').filter((w) => w.length >= 3);
  const plain = (title: string) => ` ${plainWords(title)} `;
  const hits = titles.map((title, i) => ({ i, n: words.filter((w) => plain(title).includes(` ${w} `)).length }));
  const best = hits.sort((a, b) => b.n - a.n);
  if (best.length && best[0].n > 0 && (best.length < 2 || best[0].n > best[1].n) && words.length <= 4) return choices[best[0].i];
  return null;
}

/** The aspect a message asks about (by a cue or the learnt phrases); a message with neither asks for the overview. */
const aspectAsked = (a: Analysis): Aspect => a.aspect ?? 'overview';

/** The topic text grows with refinements; keep its tail so old words do not outweigh new ones. */
function lastWords(text: string, max = 30): string {
  const words = text.split(/\s+/);
  return words.slice(-max).join(' ');
}

/** Earlier topics remembered for going back to them. */
const MAX_EARLIER = 3;

/**
 * Whether a paper of the topic is needed, asked yes or no:
 * - named by another procedure's keyword that the topic's own document list names ("có cần giấy đăng ký hộ kinh
 *   doanh không" in a food-safety chat; `papers`: the topic's document names, folded);
 * - or named by no keyword ("có cần mang theo bản án ly hôn không" in a chat about the marital-status certificate),
 *   unless the words are plainly about another procedure's own matters ("có phải xét nghiệm ADN không"); identity
 *   papers carried along say nothing either way ("có cần mang cmnd theo không hay căn cước").
 */
function asksTopicPaper(matcher: Matcher, a: Analysis, topic: string, aspect: Aspect, papers: (id: string) => string): boolean {
  const told = spaced(a.tokens);
  // ("cần giấy đăng kí kết hôn hông ạ, còn gì nữa": what else, asked after, is more of the same papers)
  const asked = WHAT_ELSE.test(told) ? told.replace(WHAT_ELSE, ' ').trim().split(' ') : a.tokens;
  // (the portal is a channel, never a paper of the file: "có làm trên cổng dvc được không")
  if (!a.procedure || !asksYesNo(asked) || matcher.isChannel(a.procedure)) return false;
  if (a.namedBy.length) {
    // ("khai tử có mất lệ phí không" in a chat about removing the residence, "hợp đồng chuyển nhượng thì chứng thực ở uỷ
    // ban xã được ko" in a transfer chat: the named one's fee, time, place or channel asked — no paper of the file)
    if (NO_PAPER_ASKED.has(aspect)) return false;
    // ("muốn xin làm hộ nghèo thì có được không" in an allowance chat: the procedure wanted, not the paper it yields)
    if (a.namedBy.some((p) => new RegExp(` (?:muon|xin) (?:xin |lam |duoc |dang ky )?${p} `).test(told))) return false;
    const docs = papers(topic);
    return a.namedBy.every((p) => docs.includes(` ${p.replace(/^giay /, '')} `));
  }
  if (a.keywordStrength > 0 || aspect !== 'documents') return false;
  const words = outsideSpans(a.tokens, identityPapers(a.tokens));
  return matcher.marginPerWord(words, topic, a.procedure) < PLAINLY_OTHER;
}

/** "còn gì nữa", "cần gì thêm không": what else, at the end. */
const WHAT_ELSE = / (?:con|can|phai|mang|them) (?:gi|j|chi) (?:nua|them|khac)(?: (?:khong|ko|k|hong|a|ko a|khong a))? $/;
/** A deadline, lateness or a fine: "hạn chót", "trễ", "quá 60 ngày", "bị phạt", "có hạn mấy ngày". */
const LATE_OR_FINED = / (?:tre|han chot|cham nhat|qua han|bi phat|phat|co han|han (?:la )?(?:may|bao nhieu|\d+) (?:ngay|thang)) /;
/** "… hay vẫn phải đưa cụ lên trụ sở": the office weighed against service at home — where it is done. */
const OFFICE_WEIGHED = / (?:len|ra|den|toi|xuong|vo|vao) (?:tan )?(?:tru so|xa|phuong|uy ban|ubnd|cong an|bo phan) /;
/** "giấy đó", "tờ kia": a paper pointed at (not "giấy này", which is as often the topic's own). */
const PAPER_POINTED = / (?:giay|to) (?:do|ay|kia) /;
/**
 * "giấy đăng ký kết hôn bản photo công chứng được không hay phải bản chính": which copy of a paper will do for the
 * topic's file — its papers, not a turn to certifying copies (nor asking for a copy from the register).
 */
// ("cần mang giấy khai sinh bản chính hay bản sao": which form of the paper to bring)
const COPY_OFFERED = /(?<! xin| chung thuc| sao y| thuc ban) (?:ban photo|photo cong chung|photo)(?: \S+){0,2} (?:duoc|dc) (?:khong|ko|k|hong|hok)| hay (?:phai )?(?:ban chinh|ban goc) |(?<! xin| cap| lay) ban (?:chinh|goc) hay (?:ban )?(?:sao|photo) /;
/** "làm được hông", "xin dc ko": whether one may do it, the object (the topic) left out. */
// (not an office that may do it, "UBND phường làm được hông": where)
const DOES_IT = /(?<! xa| phuong| ubnd| uy ban| cong an) (?:lam|xin|nop|dang ky) (?:duoc|dc) (?:khong|ko|k|hong|hok|chu|ha)(?: |$)/;
/** "cả hai đứa cùng có mặt không", "ba nó phải đi cùng hả": who must be there in person, asked of the topic. */
const PRESENT = / (?:co mat|di cung|cung di|den cung|cung den|ra cung|cung ra) (?:khong|ko|k|hong|hok|ha|chu|a|khong a|ko a)? ?$/;
/** Negations before "có": "không có mã" tells a thing one has not. */
const NOT = new Set(['khong', 'hong', 'hok', 'ko', 'k', 'chua']);
/** A submission told with its date: "nộp online tuần trước", "nộp từ đầu tháng 7", "nộp hôm 5/8", "nộp ở … hồi tháng 8". */
const SUBMITTED_ON = / nop (?:\S+ ){0,12}(?:(?:tu|hoi) (?:dau |cuoi |giua )?(?:thang|tuan|hom|ngay|nam)|hom|ngay \d|tuan truoc|thang truoc|bua) /;
/** "nhân tiện hỏi", "tiện hỏi": the words that open a question asked on the side. */
const ASIDE_OPENING = '(?:nhan tien|tien day|tien the|tien) hoi';
/** "nhân tiện hỏi luôn", "tiện hỏi thêm": a question asked on the side. */
const ASIDE = new RegExp(` ${ASIDE_OPENING} (?:luon|them|ke|lun) `);
/**
 * A fee paid by some means ("thanh toán lệ phí bằng momo đc ko", "trả tiền qua mạng bằng thẻ ngân hàng"): the topic's
 * fee or channel, whatever bank or wallet is named (not a tax or a fine paid so: "thuế nhà đất đóng qua app ngân hàng").
 */
const FEE_PAID_BY = /^(?!.* (?:thue|phat nguoi|tien phat|nop phat|dong phat) ).* (?:(?:tra(?! cuu| gop)|thanh toan|nop|dong)(?! (?:\S+ ){0,3}(?:dien|nuoc|hoc phi|cuoc|internet|wifi|tien nha|tien tro)) (?:\S+ ){0,6}(?:bang|qua|dung|xai) (?:the|momo|vi|zalopay|vnpay|ngan hang|chuyen khoan|app ngan hang|ung dung ngan hang|internet banking)|thanh toan bang) /;
/** Procedures whose names also tell where one lives ("thường trú ở Nghệ An", "hộ khẩu ở quê"). */
const RESIDENCE_PROCEDURES = new Set(['dang-ky-thuong-tru', 'dang-ky-tam-tru', 'xoa-dang-ky-thuong-tru', 'xac-nhan-cu-tru', 'khai-bao-tam-vang']);
/**
 * "tiện hỏi luôn tháng 7 bên Úc lạnh lắm không", "rảnh rồi cho hỏi đội nào vô địch", "mà ad biết gửi tiền từ Hàn về
 * cách nào phí rẻ ko", "hỏi vui thôi …": an aside, or the admin's own knowledge asked — not a question about the topic.
 */
const OFF_TOPIC = new RegExp(` (?:${ASIDE_OPENING}|hoi (?:ngoai le|ngoai luon|vui|ti ngoai)|ranh (?:roi )?cho hoi|(?:ad|admin|con|em|chau|ban|bn|anh|chi|can bo) (?:co )?biet (?:\\S+ ){1,12}(?:khong|ko|k|hong|hok|hem)) `);
/** "(đủ) điều kiện": the conditions asked about, an aspect's words. */
function conditionWords(tokens: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  tokens.forEach((t, i) => { if (t === 'dieu' && tokens[i + 1] === 'kien') spans.push([tokens[i - 1] === 'du' ? i - 1 : i, i + 2]); });
  return spans;
}
/**
 * "có cần bản sao chứng thực căn cước không", "nộp bản photo công chứng được không": the form of a paper for the file,
 * asked as required or handed in — no turn to certifying copies.
 */
const COPY_FORM = /^(?:ban sao (?:co )?(?:chung thuc|cong chung)|ban (?:photo|pho to) (?:co )?(?:chung thuc|cong chung)|photo (?:co )?(?:chung thuc|cong chung)|sao y(?: ban chinh)?)(?= |$)/;
const COPY_FORM_FIRST = new Set(['ban', 'photo', 'sao']); // (the words COPY_FORM starts with: one scan)
const HANDED_IN = new Set(['nop', 'kem', 'gom']);
// ("có cần …", "có phải …": asked as required — not "mẹ tôi cần photo chứng thực vài bản", the certifying wanted)
const asksForFile = (tokens: readonly string[], i: number) => HANDED_IN.has(tokens[i - 1] ?? '') || (['can', 'phai'].includes(tokens[i - 1] ?? '') && tokens[i - 2] === 'co');
function copyForms(tokens: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  tokens.forEach((t, i) => {
    if (!COPY_FORM_FIRST.has(t)) return;
    const m = COPY_FORM.exec(tokens.slice(i, i + 5).join(' '));
    if (m && asksForFile(tokens, i)) spans.push([i, i + m[0].split(' ').length]);
  });
  return spans;
}
/** Which site or app something is done on: "trên cổng nào", "trang web nào", "app nào". */
const WHICH_SITE_ASKED = / (?:cong|trang|web|website|trang web|app|ung dung) nao /;
/** An identity account as the way into the portal: logged in with, needed before, which level. */
const ACCOUNT_AS_MEANS = / (?:(?:dang nhap|vo|vao) (?:\S+ ){0,3}(?:tai khoan|tk|vneid|muc (?:1|2|mot|hai))|(?:tai khoan|tk|vneid)(?: \S+){0,4} (?:truoc|moi (?:vo|vao|nop|dang nhap|lam))|muc (?:1|mot) (?:\S+ ){0,3}(?:hay|hoac) (?:\S+ ){0,2}muc (?:2|hai)|(?:can|phai|bat buoc)(?: phai)?(?: co)? (?:tai khoan|tk)) /;
/** Getting the account asked: "làm cái đó ở đâu", "kích hoạt thế nào". */
// (or named as what is done: "tự đăng ký mức 1 trên app được ko", "đăng ký tài khoản định danh có mất tiền ko")
const GETS_ACCOUNT = / (?:(?:dang ky|kich hoat|tao|lam|len|cap) (?:\S+ ){0,3}(?:o dau|cho nao|the nao|nhu the nao|kieu gi|ra sao|o mo|lam sao)|(?:dang ky|kich hoat|tao|lam|cap)(?: lai)? (?:tai khoan|tk|muc|vneid|dinh danh)) /;
/** "bao lâu có giấy …", "khi nào nhận được giấy …": when the paper a procedure yields comes. */
const RESULT_WHEN = / (?:bao lau|may ngay|khi nao|bao gio) (?:thi )?(?:co|nhan|lay|duoc cap) (?:duoc )?giay /;
/** A paper lost or damaged ("mất rồi", "thất lạc", "bị cháy", "chuột gặm"; not "mất mấy ngày", "mất bao nhiêu tiền"). */
const PAPER_LOST = / (?:mat(?! (?:may|bao|bn|nhieu|tien|phi|thoi gian|\d))|that lac|chay|rach|uot|moi an|chuot|troi) /;
/**
 * "thẻ của mẹ em", "thẻ bị mất", "cái thẻ", "cấp thẻ miễn phí", "thẻ mới": a card named by "thẻ" alone (typed "thẻ" or
 * unaccented; not "thế nào").
 */
const BARE_CARD_NEXT = new Set(['cua', 'bi', 'nay', 'do', 'cu', 'me', 'ba', 'bo', 'em', 'con', 'chau', 'nha', 'ong', 'vo', 'chong', 'het', 'mat', 'rach', 'hong', 'mien', 'moi', 'cho']);
function namesBareCard(tokens: readonly string[], accents: readonly (string | undefined)[]): boolean {
  return tokens.some((t, i) => t === 'the' && (accents[i] === undefined || accents[i] === 'the3') && (i === tokens.length - 1 || BARE_CARD_NEXT.has(tokens[i + 1])));
}
/** "ra chỗ nào làm", "làm ở đâu": where to do it (not "có làm thứ 7 không", the office open). */
const DO_IT_WHERE = / (?:cho nao|o dau|cho mo|o mo) (?:\S+ )?lam | lam (?:o )?(?:dau|cho nao|o mo|cho mo) /;
/** Insurance contributions paid, told: "đóng bhxh được 14 tháng", "em đóng bảo hiểm ở Bình Dương". */
const CONTRIBUTED = / dong (?:bao hiem|bh)(?: xa hoi| that nghiep)? /;
/** "có cần giấy …", "có phải nộp lại giấy …", "có bắt buộc kèm bản …": whether a paper is needed, asked yes or no. */
const PAPER_NEEDED = / (?:co )?(?:can|phai|bat buoc)(?: phai)?(?: (?:nop|mang|xin|kem|nop kem|nop lai|dem))? (?:giay|ban|so|hop dong|don|to khai) (?:\S+ ){0,8}(?:khong|ko|k|hong|hok|ha|chu) /;

const LOSS = new Set(['mat', 'lac', 'rach', 'chay', 'thieu']);
const PAPER_HEADS = new Set(['giay', 'so', 'ban', 'the', 'bang', 'hop', 'bien', 'van', 'to', 'hoc', 'quyet']);
/** The message tells that a paper the procedure asks for (`docs`: its document names, folded) is lost or missing. */
function missingPaper(tokens: readonly string[], docs: string): boolean {
  // (not asked to get it again: "giấy chứng tử cũng thất lạc, xin lại bản sao thế nào")
  if (!tokens.some((t) => LOSS.has(t)) || / (?:xin|lam|cap) lai /.test(spaced(tokens))) return false;
  return tokens.some((t, i) => PAPER_HEADS.has(t) && [3, 2].some((n) => {
    const phrase = tokens.slice(i, i + n).join(' ');
    return tokens.length >= i + n && phrase !== 'giay to' && docs.includes(` ${phrase}`);
  }));
}

/** Words a hello shares with a leave-taking ("dạ em chào ad", "xin chào"), which a call ("ad ơi") lacks. */
const FAREWELL_WORDS = new Set(['chao', 'bye', 'biet', 'hello', 'hi']);
/** A message with no words: emoji, punctuation, or a sticker or picture the channel names in brackets. */
const WORDLESS = /^(?:[^\p{L}\p{N}]|\[(?:sticker|image|photo|gif|hình ảnh|ảnh)\])*$/iu;

/** A paper of the topic's file missing, or what one of them is, asked: a question about the papers (`docs`, folded). */
function asksForPapers(tokens: readonly string[], docs: string, title: string): boolean {
  return missingPaper(tokens, docs) || whatPaperIs(tokens, docs, title);
}

/**
 * "giấy chứng sinh là giấy gì, bv cấp hả", "điều lệ công ty là giấy gì" in the topic's chat: what a paper of its file is
 * — a question about the papers (the procedure's own result, "CT07 là giấy gì", is what the procedure is).
 */
function whatPaperIs(tokens: readonly string[], docs: string, title: string): boolean {
  const m = WHAT_PAPER.exec(spaced(tokens));
  if (!m) return false;
  const named = m[1].split(' ');
  return [3, 2].some((n) => {
    const paper = ` ${named.slice(-n).join(' ')} `;
    return named.length >= n && docs.includes(paper) && !` ${title} `.includes(paper);
  });
}
const WHAT_PAPER = / (\S+(?: \S+){1,3}) la (?:giay|loai giay|to|cai giay|cai) (?:gi|j|chi) /;

export interface Turn {
  resolution: Resolution;
  analysis: Analysis;
  next: ConversationState;
}

/** The procedure an item of the citizen's own list names by a keyword, or null. */
function itemProcedure(matcher: Matcher, item: string): string | null {
  const a = matcher.analyze(item);
  return a.intent === 'procedure' && a.keywordStrength > 0 ? a.procedure : null;
}

/** The number that opens an item of a citizen's own list: "1. …", "2) …", "(3) …". */
const LIST_MARKER = /(?:^|[\s,;:])\(?([1-9])[.)]\s+/g;
/** The same, or told in words, "1 là …; 2 là …" — taken as a list only when a question then names an item by number. */
const LIST_MARKER_TOLD = /(?:^|[\s,;:])\(?([1-9])(?:[.)]|\s+(?:là|la))\s+/gi;
/** "1. xin giấy xác nhận độc thân …, 2. sao y bằng đại học …": the procedures of a list the citizen numbered, in order. */
export function listedProcedures(matcher: Matcher, text: string): string[] {
  const markers = [...text.matchAll(LIST_MARKER)];
  if (markers.length < 2) return [];
  const items = markers.map((m, i) => text.slice(m.index! + m[0].length, markers[i + 1]?.index));
  const ids = items.map((item) => itemProcedure(matcher, item));
  return ids.every((id): id is string => !!id) && new Set(ids).size === ids.length ? ids : [];
}

/**
 * "cty yêu cầu sơ yếu lý lịch có xác nhận, bản sao bằng đại học công chứng với phiếu lý lịch tư pháp": papers listed
 * in prose, each naming a procedure by a keyword — in order, for "còn cái thứ 2", "cái cuối" later.
 */
const PROSE_ITEM_BREAK = /\s*[,;]\s*|\s+(?:với|voi|và|va|vs|rồi|roi)\s+/i;
export function proseListed(matcher: Matcher, text: string): string[] {
  // (a list is announced by a colon, "cho hỏi 3 việc: …", "cần: …" — and each item costs a reading, so only then)
  if (!text.includes(':')) return [];
  const parts = text.split(PROSE_ITEM_BREAK).filter((p) => p.trim());
  if (parts.length < 2) return [];
  const ids: string[] = [];
  for (const part of parts) {
    const id = itemProcedure(matcher, part);
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids.length >= 2 ? ids : [];
}

/** "Hỏi cái 1 trước: …", "Số 1 trước, …", "Việc (1) cần giấy tờ gì": an item of one's own list, named by its number. */
const ITEM_NAMED = / (?:cai|so|viec|y|chuyen|vu) ([1-9]) /; // (not "mức 2", a VNeID level)
function firstAskedItem(matcher: Matcher, text: string): { procedure: string; question: string; listed: string[] } | null {
  // (the list counts 1, 2, 3…; a number after it, "Việc (1) cần giấy tờ gì", refers back)
  const all = [...text.matchAll(LIST_MARKER_TOLD)];
  const run = all.findIndex((m, i) => Number(m[1]) !== i + 1);
  const markers = run < 0 ? all : all.slice(0, run);
  if (markers.length < 2) return null;
  const last = markers[markers.length - 1];
  const rest = text.slice(last.index! + last[0].length);
  // the last item ends at the first sentence break; what follows is the question
  const end = rest.search(/[.?!:]\s/);
  if (end < 0) return null;
  const tail = rest.slice(end + 1);
  const folded = ` ${matcher.analyze(tail.replace(/[()]/g, ' ')).normalized} `;
  const named = ITEM_NAMED.exec(folded);
  if (!named) return null;
  const items = markers.map((m, i) => text.slice(m.index! + m[0].length, i + 1 < markers.length ? markers[i + 1].index : last.index! + last[0].length + end));
  const listed = items.map((item) => itemProcedure(matcher, item));
  if (!listed.every((id): id is string => !!id)) return null;
  const procedure = listed[Number(named[1]) - 1];
  return procedure ? { procedure, question: tail, listed } : null;
}

/** The words around a numbered list (before its first item, after its last sentence) ask nothing: "Em có 3 việc cần hỏi: … Em hỏi lần lượt nha". */
function announcesList(matcher: Matcher, text: string): boolean {
  const markers = [...text.matchAll(LIST_MARKER)];
  if (!markers.length) return false;
  const last = markers[markers.length - 1];
  const rest = text.slice(last.index! + last[0].length);
  const end = rest.search(/[.?!]\s/);
  const around = `${text.slice(0, markers[0].index)} ${end < 0 ? '' : rest.slice(end + 1)}`;
  const a = matcher.analyze(around);
  // ("cần hỏi", "hỏi lần lượt" announce questions; "anh chị" is no question word)
  return !around.includes('?') && a.aspectScore === 0 && !LIST_ASKS.test(` ${a.tokens.join(' ').replace(/ anh chi /g, ' ')} `);
}
const LIST_ASKS = / (?:khong|ko|k|hong|hok|chua|gi|j|nao|dau|sao|bao nhieu|bao lau|may|the nao|ra sao|duoc khong) /;

/**
 * `titles`: a procedure's name; `papers`: the names of the papers a procedure asks for, folded (" giay chung nhan dang
 * ky ho kinh doanh … "), to tell a paper of the topic from a new topic.
 */
export function resolveTurn(matcher: Matcher, state: ConversationState, text: string, titles: (id: string) => string, payload?: string,
  papers: (id: string) => string = () => ''): Turn {
  // ("E có 3 việc: 1. đổi bằng lái … 2. đăng ký xe … 3. xin lý lịch tư pháp. Hỏi cái 1 trước: đổi bằng ở đâu ạ": the
  // question after the list asks of the item it names by its number)
  const picked = firstAskedItem(matcher, text);
  const turn = picked ? resolveOne(matcher, state, `${titles(picked.procedure)} ${picked.question}`, titles, payload, papers)
    : resolveOne(matcher, state, text, titles, payload, papers);
  // ("😊", "💬💬", "[Sticker]" as the first message: a wave to open the chat — "🙏", "👍" stay thanks, as most read them)
  if (state.turns === 0 && !payload && turn.resolution.kind === 'intent' && turn.resolution.intent === 'out_of_scope' && WORDLESS.test(text.normalize('NFC'))) {
    return { ...turn, resolution: { kind: 'intent', intent: 'greeting', confidence: turn.resolution.confidence } };
  }
  // (the citizen's own numbered list is referred to later like our choices: "2", "quay lại cái 1")
  const a = turn.analysis;
  let listed = picked ? picked.listed : turn.resolution.kind === 'answer' ? listedProcedures(matcher, text) : [];
  // ("1 là giấy kết hôn bị mối ăn mất, sổ ở xã còn; …: chuyện 1 trước, xin lại ở đâu": the item asked of is read as
  // the procedure its question leads to, the copy from the register — so "qua chuyện số 2" later still finds the list)
  const answered = turn.resolution.kind === 'answer' ? turn.resolution.procedure : undefined;
  if (picked && answered && !listed.includes(answered)) listed = listed.map((id) => (id === picked.procedure ? answered : id));
  if (listed.length) turn.next.offeredChoices = listed;
  // (papers listed in prose are kept the same way, unless choices are already on offer)
  else if (turn.resolution.kind === 'answer' && !turn.next.offeredChoices?.length) {
    const prose = proseListed(matcher, text);
    if (prose.length && turn.resolution.procedure && prose.includes(turn.resolution.procedure)) turn.next.offeredChoices = prose;
  }
  // ("Em có 3 việc cần hỏi: 1. … 2. … 3. …. Em hỏi lần lượt nha": the list announced, nothing asked of it yet — an
  // opening; the list is kept for "số 1 trước ạ")
  // (items that ask, "(1) tạm trú cần giấy gì, (2) đổi bằng ở đâu", are questions, not an announcement)
  if (!picked && listed.length >= 2 && a.aspectScore === 0 && announcesList(matcher, text)) {
    const next: ConversationState = { ...turn.next, procedure: state.procedure, aspect: state.aspect, topicText: state.topicText, earlierTopics: state.earlierTopics };
    return { analysis: a, next, resolution: { kind: 'intent', intent: 'greeting', confidence: turn.resolution.confidence, choices: listed, ownList: true } };
  }
  // ("tui muốn hỏi về giấy tờ nhà đất", "alo, cho hỏi về bảo hiểm với": a whole field named, an opening — its likely
  // procedures are offered, and "2" or a tap then picks one)
  if (turn.resolution.kind === 'intent' && turn.resolution.intent === 'greeting' && a.namesTopic && !listed.length) {
    // (the greeting holds most of the probability: the procedures are weighed against the first of them)
    const top = a.candidates[0]?.score ?? 0;
    const choices = a.candidates.filter((c) => c.score > 0 && c.score >= top * FIELD_SHARE).slice(0, 3).map((c) => c.procedure);
    if (choices.length >= 2) {
      turn.next.offeredChoices = choices;
      return { ...turn, resolution: { ...turn.resolution, choices } };
    }
  }
  return turn;
}

function resolveOne(matcher: Matcher, state: ConversationState, text: string, titles: (id: string) => string, payload: string | undefined,
  papers: (id: string) => string): Turn {
  const analysis = matcher.analyze(text);
  const spacedWords = spaced(analysis.tokens); // for " word " patterns that match whole words
  const next: ConversationState = { ...state, turns: state.turns + 1, updatedAt: new Date(), statusCheck: undefined, mentioned: undefined };
  const answer = (procedure: string, asked: Aspect, confidence: number, topicText: string): Turn => {
    // (a channel's words read beside for a procedure done online by nature ask the channel of any other topic)
    if (procedure !== analysis.procedure && analysis.channelAspect && asked === analysis.aspect) asked = analysis.channelAspect;
    // ("giấy chứng sinh của bệnh viện em làm mất rồi thì sao" in a birth-registration chat: a paper of the file missing
    // asks what to bring instead)
    // ("… cần giấy tờ gì" → "à nhầm, ý mình là tạm trú": the same question about what was meant)
    const corrected = asked === 'overview' && state.aspect && state.aspect !== 'overview' && correctsItself(analysis.tokens) && analysis.aspectScore < 2;
    // ("bé 4 tuổi ạ", "mẹ cháu đồng ý rồi" after a question of whether it may be done: a fact told for the question
    // just asked, which it still is)
    const keptTopic = asked === 'overview' && procedure === state.procedure;
    // (the same topic, after a question, with nothing asked of its own: no aspect cue, no question mark or word)
    const asksNothingNew = keptTopic && !!state.aspect && analysis.aspectScore === 0 && !text.includes('?') && !asksOpenly(analysis.tokens) && !asksYesNo(analysis.tokens);
    const factForLast = asksNothingNew && state.aspect !== 'overview' && analysis.keywordStrength === 0
      // (not a new matter, "mà cccd của em trai em bị gãy đôi rồi", nor a choice picked, "cái thứ hai ạ, …")
      && analysis.tokens[0] !== 'ma' && !/^(?:cai thu|cai so|so \d|cai \d)/.test(spacedWords.trim());
    // ("tạm trú nha ad", "giám hộ", "hộ chiếu ạ, passport" after a long voice-typed question: the topic's name said
    // again, to set a misheard word right — the question stands)
    // ("dạ em hỏi cái lý lịch tư pháp số 2 ạ": which one, said again — not a loss told, "thẻ bhyt của mẹ cháu bị mất rồi")
    const restated = asksNothingNew && analysis.keywordStrength > 0 && analysis.tokens.length <= RESTATED_MAX_WORDS && !analysis.tokens.some((t) => LOSS.has(t));
    const aspect = (corrected || factForLast || restated) && state.aspect ? state.aspect
      : keptTopic && asksForPapers(analysis.tokens, papers(procedure), plainWords(titles(procedure))) ? 'documents' : asked;
    if (state.procedure && procedure !== state.procedure) {
      next.earlierTopics = [state.procedure, ...(state.earlierTopics ?? []).filter((p) => p !== state.procedure && p !== procedure)].slice(0, MAX_EARLIER);
    }
    next.procedure = procedure;
    next.aspect = aspect;
    next.topicText = procedure === state.procedure && state.topicText ? state.topicText : topicText;
    // (a topic outside the choices offered leaves them: a later "số 2", "phiếu số 2", no longer picks one)
    if (state.offeredChoices && !state.offeredChoices.includes(procedure)) next.offeredChoices = undefined;
    next.pendingChoices = undefined;
    next.pendingAspect = undefined;
    return { analysis, next, resolution: { kind: 'answer', intent: 'procedure', procedure, aspect, confidence } };
  };

  // 1. a tapped button carries its meaning
  if (payload) {
    const p = /^procedure:([a-z0-9-]+)(?::([a-z]+))?$/.exec(payload);
    if (p && matcher.procedureIds.includes(p[1])) return answer(p[1], (p[2] as Aspect) ?? state.pendingAspect ?? 'overview', 1, titles(p[1]));
    const i = /^intent:([a-z_]+)$/.exec(payload);
    if (i && i[1] !== 'procedure') {
      return { analysis, next, resolution: { kind: 'intent', intent: i[1] as Exclude<Intent, 'procedure'>, confidence: 1 } };
    }
  }

  // 2a. "số 1 làm ở đâu", "còn cái thứ 2 thì sao": a numbered reference to the choices offered last (or listed by the
  //     citizen: "1. …, 2. …" then "2"; a bare number answering our question is 2b's)
  const offered = state.pendingChoices?.length ? state.pendingChoices : state.offeredChoices;
  const folded = fold(text.normalize('NFC').toLowerCase());
  // ("việc (2) thì nộp ở đâu", "việc thứ nhất thì sao")
  const ref = offered?.length ? /(?:^| )(?<!(?:phieu|phap|lich|muc|mau|loai|can|ban|phong|nha|to|tang|lan|be|dua|chau|thang|nam|ngay|tuan|lop|ky) )(?:so|cai thu|cai so|cai|thu|lua chon|viec so|viec thu|viec) ?\(?(\d)\)?(?=[\s,.;:!?]|$)/.exec(folded)
    ?? /(?:^| )(?:cai|viec) thu (nhat|hai|ba|tu)(?= |$)/.exec(folded) ?? /(?:^| )(?:cai|viec) (dau|cuoi)(?: tien| cung)?(?= |$)/.exec(folded)
    ?? (state.pendingChoices?.length ? null : /^\s*(\d)\s*$/.exec(folded)) : null;
  // (an item that names its procedure itself, "cái cuối là lên công ty TNHH thì hồ sơ gồm gì", is read by its words)
  // (so is one said to be something, "cái đầu tiên là CMND, giờ làm thẻ căn cước thay thì lệ phí bao nhiêu")
  const saysWhich = !!ref && /^,? la /.test(folded.slice(ref.index + ref[0].length));
  if (ref && offered && !(state.pendingChoices?.length && /^\s*\d+\s*$/.test(text)) && !(analysis.keywordStrength > 0 && analysis.intent === 'procedure') && !saysWhich) {
    // ("cái đầu tiên", "cái cuối cùng": the first and the last)
    const n = ref[1] === 'dau' ? 1 : ref[1] === 'cuoi' ? offered.length : NUMBER_WORDS[`thu ${ref[1]}`] ?? Number(ref[1]);
    if (n >= 1 && n <= offered.length) {
      const aspectNow = analysis.aspectScore >= 2 && analysis.aspect ? analysis.aspect : 'overview';
      const t = answer(offered[n - 1], aspectNow, 0.9, titles(offered[n - 1]));
      t.next.offeredChoices = offered;
      return t;
    }
  }

  // 2b. an answer to our clarification question
  if (state.pendingChoices?.length) {
    const choices = state.pendingChoices;
    const aspectNow = analysis.aspectScore >= 2 && analysis.aspect ? analysis.aspect : state.pendingAspect ?? 'overview';
    // ("thôi chào con" after the question: leaving, not answering it — "con" is no word of "nhận cha, mẹ, con" here)
    const leaving = (analysis.intent === 'goodbye' || analysis.intent === 'thanks') && analysis.confidence >= WEAK_INTENT;
    const picked = leaving ? null : pickChoice(text, choices, choices.map(titles));
    if (picked) {
      const t = answer(picked, aspectNow, 0.9, `${state.topicText ?? ''} ${titles(picked)}`);
      t.next.offeredChoices = choices; // "còn cái thứ 2 thì sao" later still refers to them
      return t;
    }
    if (/^\s*\d+\s*$/.test(text)) {
      // a number that is not one of the choices: ask again with the same choices
      return { analysis, next, resolution: { kind: 'clarify', intent: 'procedure', choices, aspect: state.pendingAspect ?? null, confidence: 0 } };
    }
    if (analysis.keywordStrength === 0 && analysis.intent !== 'complaint' && analysis.intent !== 'human' && analysis.intent !== 'status' && !leaving) {
      // "làm lần đầu" answers the question between the offered procedures, read with what was asked
      const joined = matcher.analyze(`${state.topicText ?? ''} ${text}`);
      const best = joined.candidates.find((c) => choices.includes(c.procedure));
      if (best && joined.procedure === best.procedure) return answer(best.procedure, aspectNow, Math.max(0.6, best.score), `${state.topicText ?? ''} ${text}`);
      if (analysis.confidence < WEAK_INTENT) {
        // still unclear: ask again with the same choices rather than guess
        return { analysis, next, resolution: { kind: 'clarify', intent: 'procedure', choices, aspect: state.pendingAspect ?? null, confidence: analysis.confidence } };
      }
    }
  }

  // 2c. "dạ của em là cấp đổi cccd ạ", "hồ sơ sang tên đất, nộp hôm 5/8" after a status check: which application
  //     it is about, told, not a question about the procedure
  const unplacedStory = analysis.intent === 'out_of_scope' && !analysis.outOfScopeEvidence;
  // ("hs trích lục kết hôn của e đó, nộp online tuần trước": the submission dated, however it was made)
  // (no question asked: "từ đầu tháng" is no "đâu")
  // ("e hông có mã", "tui không có giữ biên nhận": a thing one has not, told — that "không" asks nothing)
  const told = analysis.tokens.filter((t, i, ts) => !(t === 'co' && NOT.has(ts[i - 1])) && !(NOT.has(t) && ts[i + 1] === 'co'));
  const asksNothing = !asksOpenly(analysis.tokens.filter((t, i) => !(t === 'dau' && analysis.tokens[i - 1] === 'tu')))
    && !asksYesNo(told.length < analysis.tokens.length && !NOT.has(told[told.length - 1]) ? told : analysis.tokens);
  if (state.statusCheck && (analysis.intent === 'procedure' || unplacedStory) && asksNothing && (analysis.aspectScore === 0 || SUBMITTED_ON.test(spacedWords))
    && !turnsToAnother(analysis.tokens)) {
    if (!state.procedure && analysis.keywordStrength > 0 && analysis.procedure) {
      next.procedure = analysis.procedure;
      next.topicText = text;
    }
    return { analysis, next, resolution: { kind: 'intent', intent: 'status', confidence: Math.max(0.5, analysis.confidence) } };
  }

  const ctx = state.procedure;
  const namesNoProcedure = analysis.keywordStrength === 0;
  const asksAnAspect = analysis.aspectScore >= 2;
  /** A procedure's chance by these words alone. */
  const scoreOf = (id: string | null | undefined) => analysis.candidates.find((c) => c.procedure === id)?.score ?? 0;
  // 2a'. "*khai sinh ạ, máy nó ghi sai", "tư pháp*", "hợp đồng chứ ko phải hợp đồn" after a voice-typed question: a
  //     misheard word set right — the question stands, of the procedure the corrected word names (or the topic)
  // (the word said is read without the words about the mishearing: "máy" is no "mấy")
  const said = ctx && state.aspect && analysis.tokens.length <= CORRECTION_MAX_WORDS && (text.includes('*') || MISHEARD.test(spacedWords) || NOT_THAT.test(spacedWords))
    ? plainWords(text.replace(/\*/g, ' ')).trim().replace(MISHEARD_TAIL, ' ').trim() : null;
  if (ctx && state.aspect && said !== null && !asksOpenly(said.split(' '))) {
    const fixed = said ? matcher.analyze(said) : null;
    // ("cải chính ngày sinh trong giấy khai snh" → "*khai sinh": the word set right in the topic's own words, which
    // then name the procedure — not the word alone)
    const retold = said && state.topicText ? setRight(state.topicText, said) : null;
    const again = retold ? matcher.analyze(retold) : null;
    const named = again && again.intent === 'procedure' && again.keywordStrength > 0 ? again.procedure
      : fixed && fixed.intent === 'procedure' && fixed.keywordStrength > 0 ? fixed.procedure : null;
    // ("nhà e ở Gò Vấp chứ ko phải Q1": a fact set right, not a word — read as any other turn)
    if (named || !NOT_THAT.test(spacedWords)) {
      return answer(named ?? ctx, state.aspect, Math.max(0.6, fixed?.confidence ?? 0), named && named !== ctx ? `${titles(named)} ${said}` : state.topicText ?? text);
    }
  }

  // ("cư trú" after a voice-typed question about confirming residence that wrote "cư chú": the field the topic's name
  // holds, said alone to set a word right — the question stands; a field the topic is not in is a new opening)
  const field = ctx && state.aspect && analysis.intent === 'greeting' ? fieldAlone(analysis.tokens) : null;
  if (ctx && state.aspect && field && ` ${plainWords(titles(ctx))} `.includes(` ${field} `)) {
    return answer(ctx, state.aspect, Math.max(0.6, analysis.confidence), state.topicText ?? text);
  }

  const nonProcedure = analysis.intent !== 'procedure' && analysis.intent !== 'out_of_scope';
  // 2d. "con làm rồi nhưng bị ướt hỏng chip", "cấp lại mất mấy ngày" in a căn cước chat: words that mark a variant
  //     of the topic (re-issuing the card) move to it
  // ("bị mất ở bến xe hôm qua rồi ad ơi": the classifier hears a hello in "ad ơi", but the message opens with no hello)
  const calledOut = analysis.intent === 'greeting' && !opensWithHello(analysis.tokens) && !isOpening(analysis.tokens);
  // ("còn nếu đóng cửa luôn thì làm sao" in a household-business chat: closing the business, not the office's hours)
  const asksHours = / (?:may gio|gio lam viec|gio mo cua|gio dong cua|thu bay|chu nhat) /.test(spacedWords);
  const notHours = analysis.intent === 'office' && !asksHours;
  // ("dạ bị mất lúc đi chợ Cà Mau hôm qua đó": a story the classifier cannot place, no word of anything outside)
  const unplaced = analysis.intent === 'out_of_scope' && !analysis.outOfScopeEvidence;
  // (but not a loss the words plainly place elsewhere: "bằng tốt nghiệp cấp 3 của e bị mất, xin cấp lại thế nào" in a
  // căn cước chat is the diploma's)
  const placedElsewhere = (variant: string) => !!ctx && analysis.intent === 'procedure' && analysis.procedure !== ctx && analysis.confidence >= TRUST_ALONE
    && scoreOf(variant) < TOPIC_NO_CHANCE && scoreOf(ctx) < TOPIC_NO_CHANCE;
  const marked = ctx && namesNoProcedure && (analysis.intent === 'procedure' || calledOut || notHours || unplaced)
    ? analysis.marked.find((v) => matcher.movesTo(ctx, v) && !placedElsewhere(v)) : undefined;
  // ("cần mang gì ạ" → "bị mất ạ": a bare answer, the papers are still what is asked, now for the variant; a loss
  // told at length is a new story, asked from its overview)
  const bare = analysis.tokens.filter((t) => !['a', 'ad', 'admin', 'roi', 'da', 'vay', 'nha', 'nhe'].includes(t)).length <= 3;
  // ("còn nếu đóng cửa luôn thì làm sao" in the chat about changing or closing the business: its own marks)
  if (ctx && notHours && namesNoProcedure && analysis.marked.includes(ctx)) return answer(ctx, aspectAsked(analysis), Math.max(0.6, analysis.confidence), state.topicText ?? text);
  if (marked) return answer(marked, asksAnAspect || !bare || !state.aspect ? aspectAsked(analysis) : state.aspect, Math.max(0.6, analysis.confidence), `${titles(marked)} ${text}`);
  // "con e 13t làm được chưa", "làm lần đầu thì có mất tiền không" in a chat about re-issuing a lost căn cước: a first
  //     card — the variant's marks were the citizen's own, the base procedure is asked (for another person, or a
  //     first time, or due by age: "cccd đến hạn đổi", "còn vợ tôi đổi thẻ")
  const base = ctx ? matcher.baseOf(ctx) : null;
  if (ctx && base && analysis.intent === 'procedure' && !analysis.marked.includes(ctx) && (namesAgedKin(analysis.tokens) || firstTime(analysis.tokens) || dueForRenewal(analysis.tokens))
    && (namesNoProcedure || analysis.procedure === ctx || analysis.procedure === base)) {
    return answer(base, aspectAsked(analysis), Math.max(0.6, analysis.confidence), `${titles(base)} ${text}`);
  }

  // 2e. "ok còn cái kia thì mấy ngày xong": the other one is the topic before this one; "cái đầu tiên làm online dc ko":
  //     the first topic of the chat, the oldest one remembered
  const pointed = meansTheOther(analysis.tokens) ? state.earlierTopics?.[0] : meansTheFirst(analysis.tokens) ? state.earlierTopics?.at(-1) : undefined;
  if (ctx && pointed && namesNoProcedure && (analysis.intent === 'procedure' || analysis.followup)) {
    return answer(pointed, aspectAsked(analysis), Math.max(0.6, analysis.confidence), titles(pointed));
  }

  // 2f. "giấy đó xin ở đâu" after "hồ sơ có cần giấy xác nhận tình trạng hôn nhân không" in a marriage chat: the paper
  //     just named is now asked about
  if (ctx && state.mentioned && namesNoProcedure && PAPER_POINTED.test(spacedWords)) {
    return answer(state.mentioned, aspectAsked(analysis), Math.max(0.6, analysis.confidence), titles(state.mentioned));
  }

  // 2g. "cần mang theo giấy tờ gì ạ, giấy khai sinh bản gốc của e bị rách 1 góc rồi" in a căn cước chat: the topic
  //     asked about first ("bao lâu có thẻ mới ạ, em cần gấp để đăng ký hộ kinh doanh"), another procedure then told
  //     of, not asked about
  if (ctx && analysis.intent === 'procedure' && analysis.procedure !== ctx && !namesNoProcedure && !text.includes('?')) {
    const [asked, ...told] = text.split(/[,.;!]/).filter((c) => c.trim());
    const first = told.length ? matcher.analyze(asked) : null;
    const asks = (c: string) => { const a = matcher.analyze(c); return a.aspectScore >= 2 || asksOpenly(a.tokens) || asksYesNo(a.tokens) || / (?:duoc|dc) (?:khong|ko|k|hong|chua) /.test(spaced(a.tokens)); };
    // (a guess checked asks too, "nộp trực tiếp ở đâu, phòng xuất nhập cảnh công an thành phố à" — unless it guesses the
    // papers just asked for: "cần giấy gì ạ, giấy chứng sinh với giấy đăng ký kết hôn hả")
    const guesses = (c: string) => first?.aspect !== 'documents' && /(?:^|\s)(?:à|hả|ha|ak|ah)\s*$/iu.test(c.normalize('NFC'));
    if (first && first.keywordStrength === 0 && first.aspect && first.aspectScore >= ASKS_PLAINLY && !told.some((c) => asks(c) || guesses(c))) {
      return answer(ctx, first.aspect, Math.max(0.6, analysis.confidence), state.topicText ?? text);
    }
  }

  // ("còn cái bằng hồi nãy thì cần mang theo gì" after a judicial-record question: of the earlier topics, the one these
  // words favour well over the present one, when none is among the likely ones — no bare follow-up then)
  const wentBack = goesBack(analysis.tokens);
  const favouredEarlier = wentBack && ctx ? state.earlierTopics?.filter((p) => p !== ctx).map((p) => ({ p, m: matcher.marginPerWord(analysis.tokens, ctx, p) }))
    .filter((x) => x.m >= BACK_MARGIN).sort((x, y) => y.m - x.m)[0]?.p : undefined;

  // 3. a bare follow-up keeps the topic and changes the aspect ("còn lệ phí thì sao", "nộp ở đâu")
  const unsure = analysis.confidence < WEAK_INTENT;
  // ("nộp rồi thì bao lâu có kết quả" in a chat: how long it takes, unless a receipt code or "tới đâu rồi" says status)
  const waitingInChat = analysis.intent === 'status' && analysis.aspect === 'duration' && asksAnAspect && analysis.confidence < SURE_STATUS;
  // ("giấy tờ?", "phí?" alone: a guess at a procedure with almost no chance, the aspect plainly asked)
  const bareAspect = asksAnAspect && bare && analysis.intent === 'procedure' && analysis.confidence < PLAUSIBLE;
  if (ctx && namesNoProcedure && !favouredEarlier && (analysis.followup || waitingInChat || bareAspect || (asksAnAspect && unsure && analysis.intent !== 'procedure'))) {
    return answer(ctx, analysis.aspect ?? 'overview', Math.max(analysis.confidence, 0.6), state.topicText ?? '');
  }

  // 4. intents that are not about a procedure: complaint, human, status, office, greetings…
  //    ("nộp ở UBND xã hả" in a procedure chat asks where to submit it, not for the office's address)
  //    (but "nếu cần nộp bản giấy thì một cửa phường làm tới mấy giờ" asks the office's hours)
  // ("ra chỗ nào làm vậy ad, công an phường hay bộ phận một cửa": where to do it — "làm", not "làm việc", the hours)
  const doesItWhere = DO_IT_WHERE.test(spacedWords);
  if (ctx && analysis.intent === 'office' && (analysis.tokens.includes('nop') || doesItWhere) && !asksHours) return answer(ctx, 'where', analysis.confidence, state.topicText ?? text);
  // "làm trên điện thoại được không, em làm cả ngày không xin nghỉ được": the classifier leans to office hours, but
  // no word names the office or its hours; a question about the topic
  if (ctx && analysis.intent === 'office' && !analysis.voiced && asksAnAspect) return answer(ctx, analysis.aspect ?? 'overview', analysis.confidence, state.topicText ?? text);
  // "giờ hành chính em không ghé được, có bấm trên điện thoại được không", "chờ lâu hông, chị sợ đóng cửa lâu mất mối":
  // the office's hours are the reason, the question is the topic's (online, how long, cost, papers)
  if (ctx && analysis.intent === 'office' && !asksHours && analysis.aspectScore >= ASKS_PLAINLY && analysis.aspect && TOPIC_ASPECTS.has(analysis.aspect)) {
    return answer(ctx, analysis.aspect, Math.max(0.5, analysis.confidence), state.topicText ?? text);
  }
  // "má con nằm một chỗ đi hông nổi, con đem hồ sơ nộp ở đâu, ấp hay xã": the classifier leans to a service (status,
  // complaint) that no word voices, and the message plainly asks about the topic
  if (ctx && (analysis.intent === 'status' || analysis.intent === 'complaint') && !analysis.voiced && analysis.aspectScore >= ASKS_PLAINLY) {
    return answer(ctx, analysis.aspect ?? 'overview', Math.max(0.5, analysis.confidence), state.topicText ?? text);
  }
  // "ông đi lại khó, công an có xuống tận nhà làm không": the classifier hears a grievance in the hardship, but no
  // word voices one; service at home for this procedure is asked (where, if a place is weighed, else may they)
  // (or an office in the "trụ sở" the service would spare: "… hay vẫn phải đưa cụ lên trụ sở?")
  if (ctx && ((analysis.intent === 'complaint' && !analysis.voiced) || analysis.intent === 'office') && asksServiceAtHome(analysis.tokens)) {
    return answer(ctx, analysis.aspect === 'where' || OFFICE_WEIGHED.test(spacedWords) ? 'where' : 'eligibility', Math.max(0.5, analysis.confidence), state.topicText ?? text);
  }
  // "chờ lấy luôn hay phải hẹn hôm sau": the classifier hears a farewell in "hẹn", but the message asks about the
  // topic in words (a clear cue) and says no goodbye, greeting or thanks
  // (nor opens by agreeing: "ok để tui gom giấy tờ rồi lên" tells a plan)
  // ("dạ ok ad, để em ra xã hỏi": an agreement after "dạ")
  const courtesyWord = ['ok', 'vang', 'thoi'].includes(analysis.tokens[0] ?? '') || (analysis.tokens[0] === 'da' && ['ok', 'vang', 'thoi'].includes(analysis.tokens[1] ?? ''))
    || analysis.tokens.some((t, i) => t === 'bye' || t === 'chao' || (t === 'gap' && analysis.tokens[i + 1] === 'lai') || (t === 'tam' && analysis.tokens[i + 1] === 'biet') || thanksAt(analysis.tokens, i));
  const courtesy = analysis.intent === 'goodbye' || analysis.intent === 'greeting' || analysis.intent === 'thanks';
  if (ctx && courtesy && analysis.aspectScore >= ASKS_PLAINLY && analysis.aspect && !courtesyWord) {
    return answer(ctx, analysis.aspect, Math.max(0.5, analysis.confidence), state.topicText ?? text);
  }
  // ("nhờ ba cầm lên ký giúp được hông hay phải chính em đi": an unsure courtesy guess, whether someone else may)
  if (ctx && courtesy && analysis.confidence < WEAK_INTENT && namesNoProcedure && asksOnBehalf(analysis.tokens)) {
    return answer(ctx, 'eligibility', 0.5, state.topicText ?? text);
  }
  if (nonProcedure) {
    next.pendingChoices = undefined;
    // "dạ em chào ad" after a few questions is a farewell, not a new hello (one the next day is a hello again)
    // (but "dạ cho em hỏi với ạ" later on announces another question)
    // (a call or a knock is no farewell: "alo ad ơi còn đó k ạ", "ad ơi ad ơiii")
    const farewell = analysis.intent === 'greeting' && !isOpening(analysis.tokens) && state.turns >= 2 && next.updatedAt.getTime() - state.updatedAt.getTime() < SAME_SITTING_MS
      && analysis.tokens.some((t) => FAREWELL_WORDS.has(t));
    const intent = farewell ? 'goodbye' : analysis.intent;
    // ("hồ sơ cấp lại căn cước của ba em nộp từ 10/9 giờ tới đâu rồi": the application named is the topic of what
    // follows, "lúc nhận thẻ ba em phải đi cùng không")
    // (so is the application complained about: "làm căn cước mà 2 tháng rồi chưa có thẻ" → "lần sau cấp đổi thì nộp ở đâu")
    const applied = (analysis.intent === 'status' || analysis.intent === 'complaint') && analysis.keywordStrength > 0 && !ctx ? analysis.candidates[0]?.procedure : undefined;
    if (applied) {
      next.procedure = applied;
      next.topicText = text;
    }
    if (intent === 'status') next.statusCheck = extractReceiptCode(text) ? 'code' : 'no-code';
    return { analysis, next, resolution: { kind: 'intent', intent: intent as Exclude<Intent, 'procedure'>, confidence: analysis.confidence } };
  }

  // 4a. "tôi là mẹ, xin thay cho cháu được không" in a lý lịch tư pháp chat: whether someone else may do this one
  //     (the classifier hears guardianship in "thay cho cháu", but no word names it)
  if (ctx && analysis.intent === 'procedure' && namesNoProcedure && asksOnBehalf(analysis.tokens)) {
    // ("nộp giùm trên mạng được không": on their behalf, online)
    // (on the portal procedure itself, "trên cổng" is where it is done anyway: whether someone else may)
    const asked = analysis.aspect && analysis.aspect !== 'overview' && !(analysis.aspect === 'online' && matcher.isChannel(ctx)) ? analysis.aspect : 'eligibility';
    return answer(ctx, asked, Math.max(0.6, analysis.confidence), state.topicText ?? text);
  }

  // 4b. "nộp ở xã hay phải lên Sở Tư pháp", "hay phải về nơi đăng ký khai sinh hồi xưa": a place to go, named by
  //     its agency or by what was done there, is not a new topic, unless the message says so without it
  if (ctx && analysis.intent === 'procedure' && analysis.procedure !== ctx && namesNoProcedure) {
    const places = [...agencyPlaces(analysis.tokens), ...recordPlaces(analysis.tokens, analysis.accents)];
    if (places.length) {
      const masked = outsideSpans(analysis.tokens, places).join(' ');
      const rest = matcher.analyze(masked);
      const elsewhere = rest.intent === 'procedure' && !rest.followup && rest.procedure !== ctx && rest.confidence >= TRUST_ALONE;
      if (!elsewhere) return answer(ctx, aspectAsked(analysis), Math.max(0.5, rest.confidence), state.topicText ?? text);
    }
  }

  // 4c. "quay lại cái căn cước của con gái hồi nãy": back to a topic discussed earlier in this conversation
  // ("quay lại chuyện đổi họ, …": the earlier topic among the likely ones, even when another leads)
  const back = wentBack ? analysis.candidates.find((c) => c.score >= LOOSE_TOPIC && state.earlierTopics?.includes(c.procedure))?.procedure ?? favouredEarlier : undefined;
  const earlier = back ?? analysis.candidates[0]?.procedure;
  // ("còn học bằng lái ô tô ở trường nào uy tín": back to the licence's words, but out of scope by its own)
  const outByWords = analysis.intent === 'out_of_scope' && analysis.outOfScopeEvidence;
  if (ctx && namesNoProcedure && earlier && earlier !== ctx && state.earlierTopics?.includes(earlier) && !outByWords
    && (wentBack || (analysis.namesTopic && turnsToAnother(analysis.tokens)))) {
    return answer(earlier, aspectAsked(analysis), Math.max(0.6, analysis.confidence), titles(earlier));
  }
  // ("cái hộ kinh doanh lúc nãy có làm online được không": an earlier topic named and gone back to; "quay lại cái khai
  // sinh cho cháu" after the combined birth procedure: named by a part of it)
  // (the lexicon reads "quay lại cái" as "còn cái", a turn to another topic: the going back is read in the plain words)
  const namedNow = ctx && !namesNoProcedure && analysis.intent === 'procedure' && analysis.procedure !== ctx ? analysis.procedure : null;
  const namedBack = namedNow && (wentBack || goesBack(plainWords(text).trim().split(' ')))
    ? state.earlierTopics?.find((p) => p === namedNow) ?? state.earlierTopics?.find((p) => matcher.includes(p, namedNow)) : undefined;
  if (namedBack) return answer(namedBack, aspectAsked(analysis), Math.max(0.6, analysis.confidence), titles(namedBack));

  // 5. in a topic, a message that names no procedure is read together with the topic text:
  //    "bị mất ạ" after "cho hỏi về căn cước" means re-issuing the card; "lệ phí sao" keeps the topic.
  let a = analysis;
  let joinedTopic: string | null = null;
  // "à mà mai trời có mưa không ad" in the middle of a procedure chat: out of scope by its own words
  // (out-of-scope words decide even when a procedure's name is loosely there: "vay vốn … lãi suất thấp không")
  // (not a fee paid by a bank's or a wallet's means: "thanh toán lệ phí bằng ví momo được ko")
  const plainlyOut = analysis.intent === 'out_of_scope' && !FEE_PAID_BY.test(spacedWords) && (analysis.namesTopic
    ? analysis.outOfScopeEvidence && analysis.confidence >= TRUST_ALONE
    : analysis.outOfScopeEvidence || analysis.confidence >= SURE_OUT_OF_SCOPE);
  // (an aside the words alone read as out of scope is not carried to the topic, however unsure the reading)
  const asideOut = analysis.intent === 'out_of_scope' && namesNoProcedure && OFF_TOPIC.test(spacedWords);
  if (ctx && !state.pendingChoices?.length && (plainlyOut || asideOut)) {
    return { analysis, next, resolution: { kind: 'intent', intent: 'out_of_scope', confidence: analysis.confidence } };
  }
  // ("cần giấy tờ chi để chứng minh, mẹ chỉ còn cái chứng minh nhân dân cũ": identity papers held say nothing of
  // the topic, so the words alone are trusted only when they lean the same way without them)
  // (nor "có đủ điều kiện ko" in an insurance chat: conditions asked, whatever certificate of conditions the words recall)
  const ids = namesNoProcedure ? [...heldIdentityPapers(analysis.tokens), ...conditionWords(analysis.tokens), ...copyForms(analysis.tokens)] : [];
  const withoutIds = ids.length && analysis.intent === 'procedure' ? matcher.analyze(outsideSpans(analysis.tokens, ids).join(' ')) : analysis;
  // ("đang ở Sài Gòn, có phải về quê làm không": where to do the topic, whatever the home town's words suggest)
  // (not another paper named by its own name, the topic's not: "thẻ căn cước của e đến hạn đổi, làm ở chỗ trọ được ko hay
  // phải về quê" in a temporary-absence chat — a residence's name tells where one lives: "thường trú ở Nghệ An")
  // (a procedure unrelated to the topic, named by its own name and the topic's not)
  const namesUnrelatedByName = !!ctx && !!analysis.procedure && analysis.procedure !== ctx && !matcher.related(ctx, analysis.procedure)
    && matcher.namesOwnName(analysis.tokens, analysis.procedure) && !matcher.namesOwnName(analysis.tokens, ctx);
  const namesOtherPaper = namesUnrelatedByName && !RESIDENCE_PROCEDURES.has(analysis.procedure ?? '');
  const backHome = analysis.aspect === 'where' && analysis.aspectScore >= 2 && analysis.tokens.includes('que') && !turnsToAnother(analysis.tokens) && !namesOtherPaper;
  // ("chủ trọ không chịu ký xác nhận thì có đăng ký được không" in a tạm trú chat: the owner's consent the topic needs)
  // (unless the topic is told done: "nhận cha xong em muốn đổi họ bé…" asks the next step)
  const topicDone = / (?:xong|sau khi) /.test(spacedWords);
  const ctxOwn = scoreOf(ctx); // the topic's chance by these words
  // ("đóng bhxh được 14 tháng thì được hưởng không" in an unemployment chat: the contributions paid are the story of
  // any insurance benefit, not a turn to the one-off payout)
  const contributed = CONTRIBUTED.test(spacedWords);
  // ("người già 75 tuổi như tui làm được hông" in a passport chat: whether one may do it — the topic, its object left
  // out; the story words alone lean elsewhere)
  // (a procedure of the topic's own family may still be meant: "xoá tên … thì họ tự làm được không")
  const doesIt = (DOES_IT.test(spacedWords) || (PRESENT.test(spacedWords) && namesNoProcedure)) && !!ctx && !!analysis.procedure && !matcher.related(ctx, analysis.procedure);
  // ("trẻ dưới 6 tuổi thì có mất đồng nào ko" in a health-insurance card chat: the words recall the combined procedure
  // that includes the topic, but name none of its other parts and nothing done together — the topic is asked)
  const partOfWhole = !!ctx && namesNoProcedure && analysis.intent === 'procedure' && !!analysis.procedure && matcher.includes(analysis.procedure, ctx)
    && !TOGETHER.test(spacedWords);
  if (partOfWhole) return answer(ctx, aspectAsked(analysis), Math.max(0.5, analysis.confidence), state.topicText ?? text);
  // ("còn vụ hộ khẩu ở quê tui muốn chuyển lên đây thì làm sao" in a tạm trú chat: a turn to another topic in words, a
  // topic's name there — its reading leading plainly is enough)
  // (not "con" the child, typed unmarked among marked words, nor "còn em …", "còn tui …": the citizen's own case, nor
  // "còn lệ phí …": an aspect of the topic)
  const typedMarks = hasDiacritics(text);
  const childOrSelf = analysis.tokens.slice(0, 4).some((t, i) => t === 'con' && (NO_TOPIC_AFTER_CON.has(analysis.tokens[i + 1] ?? '') || (typedMarks && analysis.accents[i] !== 'con2')));
  const trustBar = turnsToAnother(analysis.tokens) && !childOrSelf && analysis.namesTopic && !backHome ? TURNED_TO : TRUST_ALONE;
  const trustedAlone = analysis.intent === 'procedure' && analysis.confidence >= trustBar && (ctxOwn < TOPIC_NO_CHANCE || topicDone) && !backHome && !ownersConsent(analysis.tokens) && !contributed && !doesIt
    && withoutIds.procedure === analysis.procedure && withoutIds.confidence >= trustBar;
  // ("sổ hộ khẩu nhà tui mất rồi, xin cấp lại cuốn khác được không" in a chat about removing a name from it: the words
  // alone carry the marks of a procedure that refines another — the household book lost — and that procedure leads,
  // however the words split between the residence procedures: "cuốn hộ khẩu nhà tui làm mất tiêu rồi, giờ sao")
  // ("Tết này con gái về chơi nhà tôi 5 hôm thì có phải báo công an không" in a birth chat: a visit's marks, surely read,
  // and nothing of the topic in the words)
  const ownMarks = analysis.intent === 'procedure' && !!analysis.procedure && analysis.procedure !== ctx && analysis.marked.includes(analysis.procedure)
    && !matcher.baseOf(analysis.procedure) && ((analysis.confidence >= LOOSE_TOPIC && PAPER_LOST.test(spacedWords)) || (analysis.confidence >= MARKED_ALONE && ctxOwn < TOPIC_NO_CHANCE));
  // ("cảm ơn. nhân tiện hỏi luôn cái thẻ căn cước của tôi …": an aside that names another paper — a new topic, read by
  // its own words)
  const aside = ASIDE.test(spacedWords) && analysis.namesTopic && analysis.intent === 'procedure' && !!analysis.procedure && analysis.procedure !== ctx
    && analysis.confidence >= WEAK_INTENT;
  // ("luôn tiện căn cước của ông cũng mất, làm lại qua vneid được không" in a health-insurance card chat: another
  // paper named by its own name, the topic's not — read by its own words, not joined to the topic's)
  const otherPaper = analysis.intent === 'procedure' && namesUnrelatedByName && analysis.confidence >= WEAK_INTENT && analysis.marked.includes(analysis.procedure ?? '');
  if (ctx && namesNoProcedure && state.topicText && !trustedAlone && !ownMarks && !aside && !otherPaper) {
    // read by the words alone: the topic's own keyword ("làm căn cước") would otherwise outvote what the new
    // words say about it ("bị mất ạ" → re-issue)
    const joined = matcher.analyze(`${state.topicText} ${text}`, { keywords: false });
    // a refinement moves to a related procedure ("căn cước" → re-issuing it); an unrelated one needs the new
    // words themselves to say so ("nghe nói lên Sở Tư pháp" in a marriage chat is about where, not a new topic)
    const askedAspect = aspectAsked(analysis);
    // "cái của tui bị mất rồi": the new words alone lean clearly to a related procedure the topic words outweigh
    //    (a statement, not a follow-up question: "lệ phí sao" leans nowhere)
    const leaning = joined.procedure === ctx && analysis.aspectScore === 0 ? matcher.leaning(analysis.tokens, ctx) : null;
    if (leaning) joined.procedure = leaning;
    // ("có mất tiền ko" after "khai sinh xong làm thẻ bhyt cho bé ở đâu": the topic's own words make the combined
    // procedure that includes it, the new words say nothing of the other parts)
    const wholeOfTopic = joined.procedure && joined.procedure !== ctx && matcher.includes(joined.procedure, ctx)
      && scoreOf(joined.procedure) < PLAUSIBLE;
    // ("rứa tốn bao nhiêu" after "… bị rớt mất cái căn cước …": the topic's own words mark the topic, the new words mark
    // nothing — the topic's other story words, an age, cannot move it)
    // (nor back to the base of a variant the topic became: "nộp ở phường cũ hay phường mới" after "chuyển cửa hàng qua
    // phường khác" stays the change of the household business)
    const topicMarked = joined.procedure !== ctx && (joined.marked.includes(ctx) || matcher.baseOf(ctx) === joined.procedure) && !analysis.marked.includes(joined.procedure ?? '');
    if (topicMarked) return answer(ctx, askedAspect, Math.max(0.5, analysis.confidence), state.topicText);
    if (joined.intent === 'procedure' && joined.procedure && !joined.followup && !wholeOfTopic) {
      const allowed = joined.procedure === ctx || matcher.related(ctx, joined.procedure);
      if (!allowed) return answer(ctx, askedAspect, Math.max(0.5, analysis.confidence), state.topicText);
      a = { ...joined, aspect: analysis.aspect, aspectScore: analysis.aspectScore, confidence: Math.max(joined.confidence, analysis.confidence) };
      // after a refinement the old topic words would pull the next turn back: the topic is now the refined one
      joinedTopic = leaning ? `${titles(leaning)} ${text}` : `${state.topicText} ${text}`;
    } else if (analysis.intent === 'out_of_scope' || analysis.confidence < WEAK_INTENT) {
      return answer(ctx, askedAspect, 0.5, state.topicText);
    }
  }

  if (a.intent === 'out_of_scope') {
    // "cho hỏi về căn cước với ạ": a topic named loosely, an unsure out-of-scope guess with no out-of-scope
    // words — ask which procedure
    const choices = a.candidates.filter((c) => c.score >= Math.max(LOOSE_TOPIC, (a.candidates[0]?.score ?? 0) / 3)).slice(0, 3).map((c) => c.procedure);
    if (!a.outOfScopeEvidence && a.namesTopic && a.confidence < WEAK_INTENT && choices.length >= 1) {
      next.pendingChoices = choices;
      next.pendingAspect = aspectAsked(a);
      next.topicText = text;
      return { analysis: a, next, resolution: { kind: 'clarify', intent: 'procedure', choices, aspect: next.pendingAspect, confidence: a.confidence } };
    }
    return { analysis, next, resolution: { kind: 'intent', intent: 'out_of_scope', confidence: analysis.confidence } };
  }

  if (a.followup) {
    // a generic question with no topic yet: ask which procedure
    next.pendingAspect = a.aspect ?? undefined;
    return { analysis, next, resolution: { kind: 'ask_topic', intent: 'procedure', aspect: a.aspect, confidence: a.confidence } };
  }

  const [first, second] = a.candidates;
  const procedure = a.procedure!;
  const aspect = aspectAsked(a);
  // close scores, or an unsure guess from a loosely named topic ("cho hỏi về bảo hiểm với ạ": which insurance?)
  const loose = a.keywordStrength === 0 && a.namesTopic && !!second && second.score >= PLAUSIBLE;
  const close = loose || (second && first && first.score - second.score < CLOSE_MARGIN);
  // context that names another procedure keeps the topic, unless the citizen turns to it ("còn khai sinh thì sao"):
  // a paper to bring ("có phải đem theo giấy khai sinh của cháu không" in a căn cước chat), words that echo the
  // topic's own name ("khai sinh đăng ký ở Hậu Giang, xin ở đâu" in a chat about a copy of the birth record), or
  // whether a paper of the topic is needed, asked yes or no
  // (but an earlier topic named again by its keyword is gone back to: "làm xong thường trú cho cả nhà bao lâu" after a
  // question about removing the old one)
  const namedEarlier = a.keywordStrength > 0 && !a.contextMention && !!state.earlierTopics?.includes(procedure) && matcher.echoes(ctx ?? '', a.namedBy);
  const copyOffered = COPY_OFFERED.test(spacedWords);
  // ("thẻ của mẹ em bị rách nát rồi, làm lại cần gì" in a health-insurance card chat: "thẻ" alone is the topic's card,
  // not the căn cước the word leans to)
  const topicsCard = a.keywordStrength === 0 && namesBareCard(a.tokens, a.accents) && matcher.echoes(ctx ?? '', ['the']) && !matcher.related(ctx ?? '', procedure);
  // a procedure named in passing, as a story's background, that is not a variant of the topic (or is one already done)
  // (but a paper asked when it comes, "bao lâu có giấy chứng nhận ĐKDN" in a passport chat, is its own procedure asked —
  // not the paper the topic yields once done, "làm xong thì bao lâu có giấy khai sinh mới")
  const inPassing = (topic: string) => a.contextMention && (!matcher.related(topic, procedure) || a.pastMention)
    && !(a.keywordStrength > 0 && RESULT_WHEN.test(spacedWords) && !topicDone);
  const keepsTopic = (topic: string) => topicsCard || inPassing(topic) || matcher.echoes(topic, a.namedBy)
    || asksTopicPaper(matcher, a, topic, aspect, papers) || copyOffered;
  const context = !!ctx && procedure !== ctx && !turnsToAnother(a.tokens) && !namedEarlier && keepsTopic(ctx);
  // ("có cần giấy xác nhận độc thân không" in a marriage chat: whether a paper goes in the topic's file — its papers)
  if (context) {
    const t = answer(ctx, (aspect === 'eligibility' && PAPER_NEEDED.test(spacedWords)) || copyOffered ? 'documents' : aspect, a.confidence, state.topicText ?? text);
    if (a.keywordStrength > 0) t.next.mentioned = procedure;
    return t;
  }
  // "làm trên dịch vụ công được không" in a passport chat asks whether the passport can be done online; how to use
  // the portal itself ("đăng nhập kiểu gì") is its own topic
  if (ctx && procedure !== ctx && matcher.isChannel(procedure) && !matcher.isChannel(ctx) && asksIfOnline(a.tokens)) return answer(ctx, 'online', a.confidence, state.topicText ?? text);
  // ("đổi online trên dịch vụ công với lên trực tiếp cái nào nhanh hơn", "làm online trên cổng dịch vụ công được chứ" in
  // a chat about a driving licence or a business: the portal named as the way to do the topic, with no word of using
  // the portal itself — the topic, asked as the message asks; whether it can be done there is its online question)
  // (not submitting files on it, "xong rồi nộp hồ sơ trên cổng dvc có mất phí gì không", the portal's own topic, nor in a
  // chat about what the portal needs, the VNeID account)
  if (ctx && procedure !== ctx && matcher.isChannel(procedure) && !matcher.isChannel(ctx) && !usesPortal(a.tokens) && !turnsToAnother(a.tokens)
    && !FILES_SUBMITTED.test(spacedWords) && !PORTAL_GUIDE.test(spacedWords) && !matcher.related(ctx, procedure)) {
    return answer(ctx, aspect === 'eligibility' || aspect === 'overview' ? 'online' : aspect, a.confidence, state.topicText ?? text);
  }
  // in a khai sinh chat, "nghe nói làm 1 lần là có luôn thẻ bảo hiểm y tế": two parts together, the combined procedure
  const bundle = ctx && procedure !== ctx && TOGETHER.test(spaced(a.tokens)) ? matcher.bundleOf(ctx, procedure) : null;
  if (bundle) return answer(bundle, aspect, a.confidence, `${titles(bundle)} ${text}`);
  // in a combined procedure's chat, "bao lâu thì có thẻ BHYT" asks about its BHYT part, not a new topic
  // (unless only that part is wanted: "nếu bác chỉ muốn xoá tên ông trong hộ khẩu thôi")
  // (but not a card of its own, lost, torn or wrong, or someone else's: "còn thẻ bhyt của chồng mình bị mất")
  // (nor a part turned to by its name: "còn đăng ký khai sinh trễ quá 60 ngày thì có bị phạt ko")
  // (or its own deadline and fine: "mà khai tử thì hạn chót mấy ngày, trễ có bị phạt hông" — the part's registration)
  const partByName = (turnsToAnother(analysis.tokens) || LATE_OR_FINED.test(spacedWords)) && analysis.keywordStrength > 0 && analysis.procedure === procedure;
  if (ctx && matcher.includes(ctx, procedure) && !onlyPart(a.tokens) && !ownCardAgain(analysis.tokens) && !partByName) return answer(ctx, aspect, a.confidence, state.topicText ?? text);
  // ("có bắt buộc phải có tài khoản VNeID mới vô được không", "đăng nhập bằng tk VNeID mức 1 được ko hay phải mức 2" in
  // a chat about submitting on the portal: the account is the way in, asked as the portal's condition — unless getting
  // it is asked, "làm cái đó ở đâu")
  if (ctx && procedure !== ctx && matcher.isChannel(ctx) && ACCOUNT_AS_MEANS.test(spacedWords) && !GETS_ACCOUNT.test(spacedWords)) {
    return answer(ctx, aspect === 'online' || aspect === 'overview' ? 'eligibility' : aspect, a.confidence, state.topicText ?? text);
  }
  // ("nộp hồ sơ online trên cổng nào ạ" in a chat about founding a company: which site the topic is done on — its own
  // online question, not the portal's guide)
  if (ctx && procedure !== ctx && matcher.isChannel(procedure) && !matcher.isChannel(ctx) && WHICH_SITE_ASKED.test(spacedWords)) {
    return answer(ctx, 'online', a.confidence, state.topicText ?? text);
  }
  // ("bao lau co giay dkkd" in a chat about founding a company: the paper the topic yields, asked when it comes, by the
  // everyday name a related procedure's paper shares)
  // (only the paper names it: "nếu mở công ty thì bao lâu có giấy chứng nhận" names the company before)
  if (ctx && procedure !== ctx && a.keywordStrength > 0 && matcher.related(ctx, procedure) && RESULT_WHEN.test(spacedWords) && !turnsToAnother(a.tokens)
    && matcher.analyze(spacedWords.replace(/ giay .*$/, ' ')).keywordStrength === 0) return answer(ctx, aspect, a.confidence, state.topicText ?? text);
  if (a.confidence < OOS_BELOW && a.keywordStrength === 0) {
    return { analysis: a, next, resolution: { kind: 'intent', intent: 'out_of_scope', confidence: a.confidence } };
  }
  if (a.confidence < CLARIFY_BELOW && close) {
    next.pendingChoices = a.candidates.filter((c) => c.score >= (loose ? Math.min(PLAUSIBLE, first.score / 3) : first.score / 3)).slice(0, 3).map((c) => c.procedure);
    next.pendingAspect = aspect;
    next.topicText = text;
    return { analysis: a, next, resolution: { kind: 'clarify', intent: 'procedure', choices: next.pendingChoices, aspect, confidence: a.confidence } };
  }
  return answer(procedure, aspect, a.confidence, joinedTopic ? lastWords(joinedTopic) : text);
}
