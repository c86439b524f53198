/**
 * Words that say how a message relates to the conversation so far — a turn to another topic, a return to an
 * earlier one, a yes/no question about doing it online. Pure, on folded tokens; the dialog decides what follows.
 */

import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { LET_SOMEONE } from './aspect';
import { asksSomething } from './courtesy';
import { plainWords } from './vietnamese';

/** The tokens with a space at either end, so that " word " in a pattern matches whole words only. */
export const spaced = (tokens: readonly string[]): string => ` ${tokens.join(' ')} `;
/** A test of `re` against the spaced tokens. */
export const wordTest = (re: RegExp) => (tokens: readonly string[]): boolean => re.test(spaced(tokens));

/**
 * "còn … thì sao", "à còn …", "ok giờ còn …", "ok, vụ sang tên thì …", "căn cước của bé thì …": the citizen turns to
 * another topic.
 */
// ("à mà cho e hỏi thêm, e muốn chuyển hộ khẩu…": more asked, of whatever it names)
const TURN = /^(?:a |ua |vay |the |ma |da |oh |ok |roi |gio |bay gio |thoi |tien |nhan tien |em |toi |admin )*(?:(?:cho (?:\S+ )?)?hoi them (?:(?:chut|xiu|ti|nua|a|nha) )?(?:la |ve |vu |chuyen |viec )?(?=\S+ \S+)|con |(?:vu|chuyen|viec) (?:\S+ ){1,4}thi |(?:\S+ ){1,3}cua (?:be|chau|con|ong|ba|me|bo|em|anh|chi|vo|chong|ma|toi|minh)(?: (?:noi|ngoai|gai|trai|em|toi))? thi )/;
export const turnsToAnother = (tokens: readonly string[]): boolean => TURN.test(tokens.join(' '));

/** "hồi nãy", "quay lại": back to something said before. */
const BACK = / (?:hoi nay|luc nay|ban nay|luc dau|hoi dau|quay lai|tro lai) /;
export const goesBack = wordTest(BACK);

/**
 * "à nhầm nhầm, ý mình là tạm trú", "à nhầm, ko phải rách, mất luôn rồi", "nhầm, thường trú", "ý e là rút bhxh": a
 * correction of what was just said, no new question (not "lộn xộn")
 */
// (also "à không nhầm, …", "gõ nhầm, …", "*tạm trú, gõ nhầm", "e cần sao y cái bằng thôi, nhầm")
const CORRECTS = /^(?:a |da |oi |ui )*(?:(?:khong )?(?:go |viet |ghi )?(?=nham|lon))?(?:(?:nham|lon(?! xon))(?: nham| lon| roi| a)* (?:y (?:minh|em|toi|tui|con|chau) la |(?:khong|ko|k|hong) phai )?|y (?:minh|em|toi|tui|con|chau) la )/;
const CORRECTS_AFTER = / (?:go|viet|danh|bam) nham(?: roi| a)? | nham(?: roi| a)? $/;
export function correctsItself(tokens: readonly string[]): boolean {
  const text = `${tokens.join(' ')} `;
  const m = CORRECTS.exec(text);
  if (m) return !asksSomething('', text.slice(m[0].length).trim().split(' '));
  // (the correction said last: the rest is read without it)
  return CORRECTS_AFTER.test(` ${text}`) && !asksSomething('', ` ${text}`.replace(CORRECTS_AFTER, ' ').trim().split(' '));
}

/** "còn cái kia thì mấy ngày xong", "thôi chắc em làm cái kia": the other one, the topic before this one. */
const OTHER_ONE = / (?:cai|thu tuc|truong hop|vu|ho so|hop dong|giay) (?:\S+ )?kia (?!cai )/;
export const meansTheOther = wordTest(OTHER_ONE);

/** "cái đầu tiên làm online được ko", "cái thứ nhất ấy, …": the first topic of the chat. */
const FIRST_ONE = / (?:cai|thu tuc|vu|viec|chuyen|ho so|giay) (?:em |e |minh |toi |tui )?(?:hoi )?(?:dau tien|thu nhat|ban dau|luc dau) /;
export const meansTheFirst = wordTest(FIRST_ONE);

/** How to use the portal itself ("đăng nhập kiểu gì"), as opposed to whether something can be done on it. */
const PORTAL_USE = / (?:dang nhap|tai khoan|huong dan|cach|kieu gi|the nao|ra sao|lam sao|bat dau|mat khau|loi) /;
/** The portal itself used: logging in, an account, a password, its errors, how to go about it. */
export const usesPortal = wordTest(PORTAL_USE);
/** A message that opens with doing something on the portal ("làm trên cổng dịch vụ công thì…"). */
const DOING_IT_THERE = /^ (?:\S+ ){0,3}(?:lam|nop|dang ky|xin)(?: truc tuyen)? (?:tren|qua) (?:\S+ ){1,5}thi /;
const CHANNEL = '(?:vneid|dvc|dich vu cong|cong dich vu cong|cong dvc|app|ung dung|mang|online|vssid|zalo)';
const ONE_CHANNEL_OR_OTHER = new RegExp(` (?:tren|qua|bang) ${CHANNEL} (?:\\S+ ){0,2}hay (?:(?:tren|qua|bang|la) )?${CHANNEL} `);
const HOW_ONLINE = / (?:nop|lam|dang ky|khai) (?:online|truc tuyen|qua mang|tren mang) (?:\S+ ){0,2}(?:the nao|ra sao|lam sao|nhu nao|kieu gi|sao) /;
const ONLINE_REQUIRED = new RegExp(` (?:bat buoc|phai|can) (?:(?:lam|nop|dang ky|khai) )?(?:(?:tren|qua|bang) ${CHANNEL}|online|truc tuyen) (?:\\S+ ){0,2}(?:khong|ko|k|hong|hok|hay|ha) `);
/** "làm trên dịch vụ công được không": a yes/no question about doing something online, not about the portal. */
export function asksIfOnline(tokens: readonly string[]): boolean {
  const t = spaced(tokens);
  // "làm trên cổng dvc thì dùng tài khoản của bố hay của mẹ": doing it online, then how — still about doing it
  if (DOING_IT_THERE.test(t)) return true;
  // "làm trên vneid hay dvc": which of two online channels, for the topic
  // ("có bắt buộc làm trên mạng ko hay ra xã nộp giấy đc": whether it must be done online)
  if (ONE_CHANNEL_OR_OTHER.test(t) || ONLINE_REQUIRED.test(t)) return true;
  // ("con tôi bảo nộp trên cổng dịch vụ công, vậy nộp online thế nào": how to do it online, not how to log in)
  if (HOW_ONLINE.test(t) && !/ (?:dang nhap|tai khoan|mat khau) /.test(t)) return true;
  // ("có thể nộp qua cổng dịch vụ công không", "giờ làm online trên dvc được rồi hả")
  // ("có được đăng ký online trên dịch vụ công không")
  return / duoc (?:roi )?(?:khong|chua|ha|hong|hok|k|ko|a) | duoc (?:khong|ko|k)$|^ (?:\S+ ){0,2}co (?:the|duoc) (?:\S+ ){1,8}(?:khong|ko|k|hong|hok) /.test(t) && !PORTAL_USE.test(t);
}

/** Question words that ask for something open ("cần giấy gì", "nộp ở đâu"), as opposed to yes or no. */
// ("chỉ cần căn cước", "chỉ có": chỉ folds like the Central "chi" = gì, and so does "chị" after "của", "với", "anh";
// "làm rang" typed without marks is "làm răng")
const OPEN_QUESTION = / (?:gi|j|nao|dau|sao|bao nhieu|bao lau|may|ai|(?<!(?:cua|voi|cho|anh) )chi(?! (?:can|co|con|la|moi|duoc|de|lam|nop|xin|mang|muon|biet|thay|nho|nhanh|cuc))|mo|nhu the nao|the nao|ra sao|lam rang|ra rang) /;
export const asksOpenly = (tokens: readonly string[]): boolean => OPEN_QUESTION.test(spaced(tokens));
/** "có cần mang theo bản án ly hôn không", "phải có hợp đồng công chứng hả": a yes/no question about one thing. */
export function asksYesNo(tokens: readonly string[]): boolean {
  const t = spaced(tokens);
  return / (?:khong|chua|ha|hong|hok|k|ko|hay) /.test(t) && / (?:co|can|phai|bat buoc) /.test(t) && !OPEN_QUESTION.test(t);
}

/**
 * "còn thẻ bhyt của chồng mình bị mất", "thẻ bhyt của e bị in sai ngày sinh": a part of a combined procedure (the
 * child's first card) asked for someone else, or made again — the part's own procedure.
 */
const CARD_AGAIN = / (?:bi mat|lam mat|mat roi|bi rach|rach|bi hong|hu|bi sai|in sai|ghi sai|lam lai|cap lai|doi lai|het han|gia han)(?= )| cua (?:chong|vo|ck|vk|em|toi|minh|tui|ba|me|bo|ong|anh|chi)(?: (?:em|toi|minh|tui|ay))? /;
export const ownCardAgain = wordTest(CARD_AGAIN);

/** "chỉ muốn xoá tên ông trong hộ khẩu thôi", "riêng cái thẻ BHYT": only one thing is wanted. */
const ONLY = / chi (?:\S+ ){1,10}thoi | rieng /;
export const onlyPart = wordTest(ONLY);

/**
 * "tôi làm thay cho cháu được không", "nhờ người nhà nộp giùm được hông", "đi làm giấy tờ thay có được không":
 * whether someone else may do it (not "nộp hồ sơ online được không": "hộ" is not the "hồ" of "hồ sơ").
 */
const ON_BEHALF = / (?:lam|xin|nop|ky|nhan|lay|di) (?:(?:giay to|ho so|giay|thu tuc) )?(?:thay|gium|giup|ho(?! so))(?: cho)? (?:\S+ ){0,6}(?:duoc|dc) (?:khong|ko|k|hong|hok|chua|ha|khong a|chu)(?: |$)/;
/** "bà là bà nội thì có được đi làm cho cháu không": whether one may do it for someone. */
const FOR_SOMEONE = / (?:duoc|dc) (?:di )?(?:lam|nop|xin|ky|nhan|lay) (?:thay |ho )?cho (?:\S+ ){0,2}(?:khong|ko|k|hong|hok|ha)(?: |$)/;
/** "ai được đứng ra đi làm, tui là cháu nội được không": who may stand as the one who does it. */
const WHO_DOES = / ai (?:duoc|dc) dung ra (?:di )?(?:lam|nop|xin|khai|ky|dang ky|bao)(?: |$)/;
export const asksOnBehalf = wordTest(new RegExp(`${ON_BEHALF.source}|${FOR_SOMEONE.source}|${LET_SOMEONE.source}|${WHO_DOES.source}`));

/** "có ai xuống tận nhà làm dùm hông", "công an có xuống tận nhà làm không": service at home, asked for. */
const AT_HOME = / (?:xuong|den|toi|ve|qua|vo) (?:tan |tai )?nha (?:\S+ ){0,6}(?:khong|ko|k|hong|hok|duoc|chua|ha)(?: |$)/;
export const asksServiceAtHome = wordTest(AT_HOME);

/**
 * "con e 13t làm được chưa", "thằng con trai tôi 15t chưa làm thẻ lần nào", "thằng em út năm nay 14 tuổi": a child (or another relative) of a
 * stated age, the citizen's own business aside.
 */
const KIN_AGED = / (?:con|chau|be|cu|dua nho|ong|ba noi|ba ngoai|bo|me|ma|(?:thang|dua|con) em|em (?:trai|gai|ut)|anh trai|chi gai)(?: (?:e|em|toi|tui|t|minh|gai|trai|nha|nha em|nha toi|ut|lon|nho))* (?:\S+ ){0,3}\d{1,2} ?(?:t|tuoi) /;
export const namesAgedKin = wordTest(KIN_AGED);

/** "làm lần đầu", "chưa làm lần nào": a first one, not one made again. */
export const firstTime = wordTest(/ (?:lan dau|chua (?:lam|co|di lam) (?:\S+ )?lan nao|chua tung (?:lam|co)) /);

/** "cccd đến hạn đổi", "đủ 25 tuổi", "còn vợ tôi đổi thẻ": a card due by age, or another's replaced — not one lost or broken. */
export const dueForRenewal = wordTest(/ (?:den|toi) han doi | (?:du|tron) (?:14|25|40|60) ?(?:t|tuoi) |^ con (?:vo|chong|ck|vk|me|bo|ba|ma|em|anh|chi)(?: (?:toi|em|e|minh|tui))? doi the /);

/**
 * "chủ trọ không chịu ký xác nhận", "có phải có chữ ký đồng ý của chủ hộ không": the consent of the landlord or head
 * of household a residence needs — part of that procedure, not a signature to be certified.
 */
const OWNERS_SIGNATURE = / chu (?:tro|nha|ho|so huu|phong)(?: \S+){0,3} (?:ky|dong y)(?: |$)| chu ky (?:\S+ ){0,2}(?:cua )?chu (?:tro|nha|ho|so huu|phong) /;
export const ownersConsent = wordTest(OWNERS_SIGNATURE);

/**
 * The topic's words with a misspelt run of them set right by the words said ("giấy khai snh" + "khai sinh" →
 * "giấy khai sinh"), or null when no run is a near miss of them.
 */
export function setRight(topicText: string, said: string): string | null {
  const words = plainWords(topicText).trim().split(' ');
  const right = said.split(' ').filter(Boolean);
  if (!right.length || right.length > words.length) return null;
  let best: { at: number; cost: number } | null = null;
  for (let at = 0; at + right.length <= words.length; at++) {
    const cost = right.reduce((sum, w, k) => sum + DamerauLevenshteinDistance(w, words[at + k]), 0);
    if (!best || cost < best.cost) best = { at, cost };
  }
  // (a near miss: a letter or two wrong across the run, never the same words)
  if (!best || best.cost === 0 || best.cost > Math.min(2, right.length)) return null;
  return [...words.slice(0, best.at), ...right, ...words.slice(best.at + right.length)].join(' ');
}
