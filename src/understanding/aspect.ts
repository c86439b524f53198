/**
 * Aspect detection: which part of a procedure the citizen asks about. Cues are matched on the
 * normalised, folded text ("het bao nhieu tien"), each with a weight; the strongest aspect wins.
 * Returns null when the text carries no aspect cue (the dialog then keeps or defaults the aspect).
 */
import type { Aspect } from './types';

/**
 * `first`: a word the cue cannot match without (its first word when that is a plain word; or any of several), so
 * cues whose word is absent are skipped without running the expression.
 */
interface Cue { aspect: Aspect; re: RegExp; weight: number; first?: string | readonly string[] }

const cue = (aspect: Aspect, weight: number, ...patterns: string[]): Cue[] =>
  patterns.map((p) => {
    const first = p.split(' ')[0];
    return { aspect, weight, re: new RegExp(`(?:^| )(?:${p})(?: |$)`), first: /^[a-z0-9]+$/.test(first) ? first : undefined };
  });

/** "có cho con làm dùm không", "có cho vợ tôi nộp giùm trước không": whether someone else is let do it (also a dialog cue). */
export const LET_SOMEONE = / co cho (?:\S+ ){0,3}(?:lam|nop|xin|ky|nhan|lay|di) (?:\S+ ){0,2}(?:gium|giup|dum|ho|thay)(?: \S+){0,4} (?:khong|ko|k|hong|hok)(?: |$)/;

const CUES: Cue[] = [
  // fee
  // "bn", "bao nhiêu ạ" alone: how much
  { aspect: 'fee', weight: 2, re: /^ ?bao nhieu(?: (?:a|ad|admin|vay|the|ha|nhi|ban|chi|anh|em))* $/, first: 'nhieu' },
  // ("hỗ trợ kinh phí chăm sóc": a benefit paid, not a charge)
  { aspect: 'fee', weight: 3, re: /(?<! kinh) phi(?: |$)/, first: 'phi' },
  ...cue('fee', 3, 'le phi', 'bao nhieu tien', 'mat tien', 'ton tien', 'het bao nhieu', 'mat bao nhieu tien', 'ton phi', 'mat phi',
    'chi phi', 'tien phi', 'dong tien', 'nop tien', 'mien phi', '(?<!(?:linh|lanh|nhan|rut|huong) (?:may |cac |nhung |het )?)khoan tien', 'khoan phi', 'tien gi', 'bao nhieu mot ban', 'tinh tien',
    'bao nhieu 1 trang', 'bao nhieu mot trang', 'thanh toan', 'nop thue', 'thue gi'),
  // ("tới giờ chưa lãnh đồng nào": not a single đồng, told)
  { aspect: 'fee', weight: 3, re: /(?<! chua(?: \S+){0,2}) dong nao(?: |$)/, first: 'nao' },
  // "bản vẽ có phải thuê công ty thiết kế không hay tự vẽ được": who may draw the plan that goes in the file — its papers
  { aspect: 'documents', weight: 4, re: / ban ve (?:\S+ ){0,8}(?:thue|tu ve|cong ty|cty|don vi)(?: |$)/, first: 've' },
  // "tiền chuyển lên thổ cư tính sao": how a sum is reckoned is its cost, not how to go about the procedure
  { aspect: 'fee', weight: 4, re: / tien (?:\S+ ){0,5}tinh (?:sao|the nao|nhu the nao|ra sao|kieu gi|nhu nao)(?: |$)/, first: 'tinh' },
  // "có mất thuế không", "tốn thuế phí gì": taxes due on the procedure are its cost; "lệ phí online có được giảm": a cheaper fee
  ...cue('fee', 3, 'mat thue', 'ton thue'),
  { aspect: 'fee', weight: 4, re: / (?:le phi|phi) (?:\S+ ){0,6}(?:duoc giam|giam|re hon)(?: |$)/, first: ['giam', 'hon'] },
  // ("photo công chứng cccd luôn thì bn": a price asked bare at the end — what it costs)
  { aspect: 'fee', weight: 3, re: / thi (?:het |mat |ton )?bao nhieu(?: (?:a|ad|admin|vay|z|tien|ha))? $/, first: 'nhieu' },
  // "được làm trước sinh nhật mấy tháng": how early one may — a condition, not processing time
  { aspect: 'eligibility', weight: 4, re: / (?:duoc|co the) (?:lam|doi|nop|dang ky) truoc (?:\S+ ){0,3}(?:may|bao lau|bao nhieu)(?: |$)/, first: 'truoc' },
  // "đi nước ngoài bao lâu thì bị xoá thường trú": how long until something befalls one — a condition
  { aspect: 'eligibility', weight: 4, re: / (?:bao lau|may thang|may nam|bao nhieu (?:thang|nam|ngay)) (?:thi )?(?:se )?bi /, first: 'bi' },
  // "đóng mấy năm mới rút được": how long one must contribute — a condition, not how long it takes
  { aspect: 'eligibility', weight: 4, re: / dong (?:\S+ ){0,3}(?:may|bao nhieu) (?:nam|thang) (?:thi |moi )/, first: 'dong' },
  // "chủ trọ không chịu đưa giấy tờ nhà thì em có đăng ký được không": a condition told, then whether it can still be
  // done — the condition's words (papers) are not what is asked
  { aspect: 'eligibility', weight: 3.5, re: / thi (?:em |e |toi |minh |tui |con |chau )?(?:co |con )(?:(?!(?:tren|qua|online|onl|truc|o|tai|lien|luon|ngay|mang)\b)\S+ ){1,3}(?:duoc|dc) (?:khong|ko|k|hong|hok)(?: (?:a|ad|admin|vay|z))? ?$/, first: 'thi' },
  // ("tui có được lãnh hông", "được lãnh trợ cấp hàng tháng hông", "thì có được nhận nữa không": whether one is entitled —
  // not what it pays, whatever "tiền" the story names)
  { aspect: 'eligibility', weight: 4, re: / (?:co )?duoc (?:lanh|linh|nhan|huong)(?: (?!(?:o|tai|bao|may|khi|luc)\b)\S+){0,4} (?:khong|ko|k|hong|hok|chua)(?: (?:a|ad|admin|vay|z|con|chau|em|anh|chi))? $/, first: ['khong', 'ko', 'k', 'hong', 'hok', 'chua'] },
  // ("có bị phạt vì để lâu quá ko": a fine asked about, whatever it is for — a condition, not how long)
  { aspect: 'eligibility', weight: 4, re: / (?:co )?bi phat (?:\S+ ){0,6}(?:khong|ko|k|hong|hok|chua)(?: (?:a|ad|admin|vay|z))? $/, first: ['khong', 'ko', 'k', 'hong', 'hok', 'chua'] },
  // ("o không có lương hưu chi hết, …, rứa có được không con": a situation told, then whether it may be had)
  { aspect: 'eligibility', weight: 3, re: / (?:vay|the|thi) (?:\S+ )?co duoc (?:khong|ko|k|hong|hok)(?: \S+)? $/, first: 'duoc' },
  // "họ tự đăng ký hay chủ nhà phải làm", "chủ trọ báo hay mình phải tự báo": who must do it
  { aspect: 'eligibility', weight: 3.5, re: / (?:tu (?:\S+ ){0,5}hay (?:\S+ ){0,3}phai (?:tu )?|hay (?:\S+ ){0,3}phai tu )(?:lam|dang ky|bao|khai|nop)(?! (?:o|tai|ngoai|tren|dau|cho))(?: |$)/, first: 'hay' },
  // "có cho con làm dùm không", "có cho ba em làm giùm không": whether someone else is let do it
  { aspect: 'eligibility', weight: 3.5, re: LET_SOMEONE, first: 'cho' },
  // ("là em làm hay tụi nó tự làm", "chủ trọ làm giùm hay em phải tự đi làm": who must do it)
  { aspect: 'eligibility', weight: 3.5, re: / (?:em|toi|minh|chu tro|chu nha|no|ho|chau|con|ong|ba|bo|me|chi|anh)(?: phai)? (?:lam|nop|dang ky|khai) (?:\S+ ){0,2}hay (?:\S+ ){0,3}(?:phai )?tu (?:di )?(?:lam|nop|dang ky|khai|den)(?: |$)(?! ?(?:o nha|tren))/, first: 'hay' },
  // "chủ trọ làm hay tui", "em nộp hay chồng em": which of two people does it
  { aspect: 'eligibility', weight: 2.5, re: / (?:em|toi|tui|minh|chu tro|chu nha|no|ho|vo|chong|con|khach|nguoi thue) (?:phai )?(?:lam|nop|dang ky|khai|di lam|di nop|ky) hay (?:la )?(?:em|toi|tui|minh|chu tro|chu nha|no|ho|vo|chong|con|khach|nguoi thue)(?: (?:em|toi|tui|minh|lam|nop|a|ad|admin|vay))* ?$/, first: 'hay' },
  // "trường có cấp lại bằng mới ko": whether a lost diploma is issued again at all
  { aspect: 'eligibility', weight: 3, re: / co cap lai (?:bang|van bang)(?: (?!qua|tren|online|truc)\S+){0,3} (?:khong|ko|hong|hok|k)(?: a| ad)?(?: |$)(?!\S)/, first: 'lai' },
  // "hạn báo muộn nhất là khi nào", "bằng A1 có thời hạn ko": a deadline or a validity — whether it still applies
  ...cue('eligibility', 4, 'muon nhat', 'cham nhat', 'tre nhat', 'co thoi han'),
  ...cue('fee', 3, 'tra tien', 'mat dong nao', 'dong mo', 'thue phi', 'phai dong phi', 'phai dong tien', 'may chuc nghin', 'may tram nghin', 'bao nhieu 1 ban',
    're hon', 'duoc mien', 'co mien', 'mien giam', 'giam phi', 'mat bao nhieu 1', 'ton xu', 'mat xu', 'xu nao', 'nop khoan'),
  // ("phải đóng khoản gì" — not "đăng nhập bằng tài khoản gì", an account)
  { aspect: 'fee', weight: 3, re: /(?<!tai) khoan (?:gi|j|chi)(?: |$)/, first: 'khoan' },
  // "thuế phí … có phải đóng không": must it be paid
  { aspect: 'fee', weight: 3.5, re: / phai dong (?:khong|ko|k|hong|chua|ha)(?: |$)/, first: 'dong' },
  // "đóng thuế" (pay tax) folds like "hợp đồng thuê" (lease)
  { aspect: 'fee', weight: 3, re: /(?<!hop) dong thue(?: |$)/, first: 'thue' },
  // "GPXD giá?" — but "gia" is also gia hạn, quốc gia, gia đình: only as the last word, and not "quốc gia",
  // "tham gia", "chuyên gia" ("cổng dịch vụ công quốc gia")
  { aspect: 'fee', weight: 3, re: /(?<!nguoi| cu| quoc| tham| chuyen) gia(?: bao nhieu| nhieu| sao)? $/, first: 'gia' },
  ...cue('fee', 2, 'ton bao nhieu', 'mat bao nhieu', 'gia bao nhieu', 'bao nhieu vay'),
  // "còn tiền thì sao": the money, as a topic of its own
  { aspect: 'fee', weight: 3, re: /^ *(?:(?:con|vay|the|va|roi|the con) )?tien (?:thi )?(?:sao|the nao|ra sao|nhu the nao)(?: |$)/, first: 'tien' },
  // a bare "tiền" — but not money received ("nhận tiền mai táng", "tiền trợ cấp")
  // (nor "tiện thể", "tiện hỏi", "tiện đường": tiện folds like tiền; nor the money a procedure's name follows, "tiền
  // [trợ cấp mai táng]": the benefit it pays)
  // (nor the benefit's own name: "chế độ tiền người già", "tiền người cao tuổi")
  { aspect: 'fee', weight: 1, re: /(?<! nhan| duoc| lanh| linh| rut| gui| vay| che do) tien(?! (?:_|mai tang|tro cap|bao hiem|luong|thai san|huu|the|hoi|loi|duong|gia|nguoi gia|nguoi cao tuoi))(?: |$)/, first: 'tien' },
  // "có chát không", "đắt đỏ lắm không": is it expensive
  ...cue('fee', 3.5, 'bo dong', 'bo dong nao', 'lo lot', 'bot tien', 'giam tien', 'giam con', 'duoc bot', 'cam theo tien', 'mang theo tien'),
  ...cue('fee', 3, 'hau bao', 'dap heo', 'co chat', 'chat khong', 'chat ko', 'chat hong', 'dat do lam', 'mac lam', 'co nao', 'bo tien', 'tinh theo gia', 'thu nhieu',
    'thu bao nhieu', 'thu tien', 'thu phi', 'dong cho nha nuoc'),
  // "mỗi người đóng bao nhiêu", "có mất chi không": what one pays (not "đóng bao nhiêu năm", how long one contributed)
  { aspect: 'fee', weight: 3, re: / dong bao nhieu(?! (?:nam|thang|ngay|tuan|lau|ky|lan))(?: |$)/, first: 'dong' },
  ...cue('fee', 3, 'co mat chi', 'co ton chi', 'ton chi'),
  // "tiền nong thế nào", "tiền nong hết bây nhiêu": the money asked
  ...cue('fee', 3, 'tien nong'),
  // "mỗi tờ người ta lấy răng": what each sheet costs
  { aspect: 'fee', weight: 3, re: / moi (?:to|ban|trang|bo) (?:\S+ ){0,3}(?:lay|tinh|thu|het|mat) /, first: 'moi' },
  // "mất nhiêu ngày" is how long, not how much
  { aspect: 'fee', weight: 3, re: / (?:ton|het|mat) nhieu(?! (?:ngay|thang|tuan|bua|hom|lau|thoi gian|nam))(?: |$)/, first: 'nhieu' },
  ...cue('duration', 3, 'nhieu ngay', 'nhieu bua', 'nhieu hom', 'doi may', 'doi bao lau', 'trong buoi',
    // "sợ không kịp", "không biết xin kịp không": will it be ready in time
    'so khong kip', 'so ko kip', 'so khong lay kip', 'xin kip', 'lay kip'),
  // "sợ không được chứng thực": may it be done at all
  ...cue('eligibility', 3.5, 'so khong duoc', 'so ko duoc'),
  // "cần mang những gì lên ủy ban": the papers, before where they go
  ...cue('documents', 3.5, 'mang nhung gi', 'can mang nhung', 'dem nhung giay', 'dem nhung gi'),
  // "khi nào thì biết có được công nhận không": when the answer comes; "làm liền hay phải chờ": on the spot or later
  ...cue('duration', 4, 'khi nao thi biet', 'khi nao biet', 'bao gio biet', 'bao gio thi biet', 'lam lien hay', 'lay lien hay'),
  // "cầm giấy về liền" (but "hỏi về liên thông")
  { aspect: 'duration', weight: 3, re: / ve lien(?! thong)(?: |$)/, first: 'lien' },
  // "đợi mấy tuần mới được khởi công": how long until (not "mới được", a condition)
  // ("nộp rồi thì bao lâu má mới được lãnh tiền")
  { aspect: 'duration', weight: 4.5, re: / (?:(?:doi|cho) (?:may|vai|\d+(?!\d| tuoi)|bao lau|bao nhieu)|bao lau) (?:\S+ ){0,2}moi /, first: 'moi' },
  ...cue('fee', 3, 'nhieu tien', 'co mac', 'mac khong', 'mac ko', 'co dat khong', 'tien su dung dat'),
  // duration
  // ("ở nhà bác mấy tháng để mổ mắt", "đi mấy tháng nay rồi": a few months, told)
  ...cue('duration', 3, 'bao lau', 'may ngay(?! de| nay| roi)', 'bao nhieu ngay', 'may thang(?! de| nay| roi)', 'may tuan(?! de| nay| roi)', 'bao nhieu lau', 'khi nao co', 'khi nao thi co',
    'bao gio co', 'bao gio thi co', 'bao gio lay', 'khi nao lay', 'lay lien', 'lay ngay', 'trong ngay', 'thoi gian giai quyet',
    'thoi han giai quyet', 'thoi gian xu ly', 'nhanh nhat', 'lau khong', 'lau ko', 'lau qua(?! (?:la|thi|se|ma) (?:bi|phai|mat))', 'co ket qua(?! (?:adn|xet nghiem|kham|giam dinh))', 'ngay lam viec',
    'may hom(?! de| nay| roi)', 'bao nhieu hom', 'may bua(?! de| nay| roi)', 'bao lau co', 'khi nao xong', 'bao gio xong', 'chung nao', 'chung nao lay', 'bua nao(?! ranh| tien| co dip| co thoi gian)',
    'lien khong', 'lien duoc khong', 'cho bao lau', 'may phut', 'bao nhieu phut', 'may tieng', 'bao nhieu tieng'),
  // "xã hay tỉnh" — but not "tính theo đầu người hay tính 1 lần" (tính folds like tỉnh)
  { aspect: 'where', weight: 3, re: / hay tinh(?! (?:1|mot|theo|tien|phi|sao|the|gia|luon))(?: |$)/, first: 'tinh' },
  // "công an có xuống tận nhà làm cho không": may it be done at home
  { aspect: 'eligibility', weight: 2.5, re: / (?:xuong|den|toi|ve|qua) tan nha (?:\S+ ){0,2}(?:lam|cap|chup|nhan)/, first: 'tan' },
  // "nghỉ việc bao lâu thì được rút": how long one must wait is a condition (not how long it takes)
  // ("nghỉ việc bao lâu thì mới rút bhxh 1 lần được": the procedure's masked name, "_", is what may be done)
  { aspect: 'eligibility', weight: 4.5, re: / (?:nghi viec|nghi|dong|song|cu tru|tham gia|o|di lam xa|di xa|vang|di) (?:\S+ ){0,2}bao lau (?:thi |moi |thi moi )(?:duoc|phai|bat buoc|_) /, first: 'lau' },
  // "tiền mai táng có tới lượt nhà em không": is one entitled
  ...cue('eligibility', 3, 'toi luot', 'den luot'),
  // "bằng có còn giá trị không", "sổ cũ còn hiệu lực không": whether an old paper still holds (not a law in force, "Luật
  // … 2009 còn hiệu lực không": the procedure's legal basis)
  { aspect: 'eligibility', weight: 3.5, re: /(?<!(?:luat|nghi dinh|thong tu|van ban|quyet dinh)(?: \S+){0,5}) (?:con|het|mat) (?:gia tri|hieu luc)(?: |$)/, first: ['con', 'het', 'mat'] },
  // "từ lúc nộp tới lúc cầm sổ chắc cũng cả năm hả": that long? (not a stay told, "cả năm mới về quê một lần")
  { aspect: 'duration', weight: 3, re: / ca (?:nam|thang|tuan) (?:ha|a|luon|troi|moi(?! (?:ve|di|len|xuong|vo|ra) ))(?: |$)/, first: 'ca' },
  // "xét vào cuối năm thôi hả", "chắc phải chờ tới cuối năm": at the year's end? (a time guessed)
  { aspect: 'duration', weight: 4, re: / (?:cho|doi) (?:toi|den) (?:cuoi|dau|giua) (?:nam|thang|quy)(?: |$)/, first: ['toi', 'den'] },
  { aspect: 'duration', weight: 2.5, re: / vao (?:cuoi|dau|giua) (?:nam|thang|quy)(?: thoi)? (?:ha|_|a|khong|chu)(?: |$)/, first: 'vao' },
  // "khai tử hạn 15 ngày hả": the deadline
  { aspect: 'eligibility', weight: 3.5, re: / han (?:la |co )?(?:\d+|may|bao nhieu) (?:ngay|thang|tuan)(?: |$)/, first: 'han' },
  // "hay phải chờ" — but not "hay phải chở ông lên phường" (carry someone)
  { aspect: 'duration', weight: 3, re: / hay phai cho(?! (?:ong|ba|me|bo|con|chau|em|anh|chi|nguoi|xe)(?: |$))/, first: 'cho' },
  // "rút luôn được hông hay phải chờ": whether it is allowed now or only after a wait — a condition
  // (not the result taken at once or after days: "lấy liền được không hay đợi mấy ngày", "chiều lãnh được hông hay phải chờ")
  { aspect: 'eligibility', weight: 3.5, re: /(?<! (?:lay|lanh|linh|nhan|ngay|chieu|sang|mai)(?: lien| luon| ngay)?) (?:duoc|dc) (?:khong|hong|ko|k|hok) hay (?:phai )?(?:cho|doi)(?! (?:may|nhieu|bao))(?: |$)/, first: ['cho', 'doi'] },
  // "làm từ giờ thì cuối năm có cầm được sổ không": will it be ready by then
  { aspect: 'duration', weight: 3, re: / (?:cuoi nam|truoc tet|kip tet|tet nay|tuan sau|thang sau|cuoi thang|(?:dau|đâu2) nam|nam nay|ra tet) (?:co )?(?:cam|lay|nhan|co) duoc /, first: 'duoc' },
  // "bao lâu thì được hưởng": how long until it is granted (but "bao lâu phải" is a deadline: eligibility)
  ...cue('duration', 4, 'bao lau thi duoc', 'bao lau moi duoc', 'bao lau duoc', 'bao gio thi duoc', 'khi nao thi duoc', 'bao gio moi duoc', 'khi nao moi duoc'),
  // "ngày nào đi lấy được", "tháng mô thì bắt đầu nhận": when the result comes
  ...cue('duration', 3, 'ngay nao di lay', 'ngay nao lay', 'ngay nao thi', 'thang nao thi', 'thang mo thi', 'bao gio di lay', 'ngay nao duoc'),
  ...cue('duration', 2, 'khi nao', 'bao gio', 'thoi gian', 'lau'),
  // "còn thời gian thì sao": what about the time it takes
  ...cue('duration', 3, 'thoi gian thi sao', 'thoi gian the nao', 'thoi gian ra sao'),
  // ("cái nào có giấy nhanh hơn", "có nhanh hơn ra xã không": which way gets the result sooner — how long it takes)
  { aspect: 'duration', weight: 3.5, re: / (?:cai nao (?:\S+ ){0,4}nhanh hon|nhanh hon (?:ra|len|di|nop|lam|den|toi) (?:\S+ ){0,4}(?:khong|ko|k|hong|hok))(?: |$)/, first: ['hon'] },
  // "nộp bây giờ có kịp không": will the result come in time ("còn kịp không" asks about a deadline)
  // ("làm bây giờ thì kịp có thẻ mới ko", "kịp lấy trước Tết không": whether the result comes in time)
  { aspect: 'duration', weight: 3, re: / kip (?:co|lay|nhan|cam)(?: \S+){0,3} (?:khong|ko|k|hong|hok|chua)(?: |$)/, first: 'kip' },
  ...cue('duration', 3, 'bao gio cam', 'bao gio nhan', 'khi nao cam', 'khi nao nhan', 'kip truoc', 'dai co', 'cho dai', 'co kip', 'lay duoc luon', 'lay luon', 'co luon khong'),
  // "nộp hôm nay mai có lấy được chưa": when the result comes
  { aspect: 'duration', weight: 3, re: / (?:mai|chieu|hom sau|tuan sau|ngay mai|sang mai) (?:co )?lay /, first: 'lay' },
  // where
  // ("ra chỗ mô làm", "nộp mô": Central "mô" typed without marks; not a bare "cho mo", also "cho mở")
  ...cue('where', 3, 'ra cho mo', 'toi cho mo', 'den cho mo', 'nop mo(?! cua)', 'nop o mo'),
  ...cue('where', 3, 'o dau', 'cho nao', 'noi nao', 'co quan nao', 'nop o', 'den dau', 'toi dau',
    'len dau', 'ra dau', 've dau', 'o xa hay', 'xa hay tinh', 'hay phai len', 'phai len', 'len tinh', 'cap nao',
    'ben nao', 'hay ben(?! (?:mua|ban|thue|cho thue|vo|chong|nha trai|nha gai))', 'o cong an', 'bao o dau', 'nop ho so o', 'phong nao', 'don vi nao', 'thuoc tham quyen', 'dau vay',
    'xa nao', 'phuong nao', 'tinh nao', 'hay phai ra', 'hay ra', 'hay len', 'hay noi', '(?<!nghe )noi nop', 'nop tai',
    'hay cong an', 'hay so', 'hay ubnd', 'hay uy ban', 'hay truong', 'nop cho ai', 'bao cho ai', 'cho ai', 'lien he ai', 'lien he dau',
    'lien he truong', 'tim ai', 'o uy ban', 'o ubnd', 'tai uy ban', 'gui ai', 'nop ai', 'ra uy ban', 'ra ubnd', 'len uy ban',
    'ra xa', 'len xa', 'ra phuong', 'hay bhxh', 'hay buu dien', 'hay tram', 'hay qua cong an', 'hay qua so', 'hay qua xa',
    'hay qua ubnd', 'hay qua phuong', 'cho cong an(?! (?:\\S+ )?(?:the nao|kieu gi|ra sao|nhu the nao|bang cach nao|sao))', 'o so', 'len so', 'hay sang', 'sang ben', 'qua ben', 'nha nao', 'hay van phong', 'di ubnd', 'di uy ban'),
  // "có phải về quê làm không", "hay về quê": going home to do it — but "về quê sinh con" is only the story
  { aspect: 'where', weight: 3, re: / (?:phai|hay|co phai|lai|duoc|di) ve (?:que|ben|tan que|lai que) /, first: 've' },
  // ("có phải lặn lội về quê làm k", "co phai ve noi thuong tru ko": whether one must go to a place — where, more than
  // the "có phải" of a yes-or-no question; not a report made there, "có phải báo lên xã", nor a step before, "… trước")
  { aspect: 'where', weight: 3.5, re: / co phai (?:(?!bao |khai |thong |cung |ca )\S+ ){0,2}(?:ve|vo|vao|ra|len|xuong)(?: tan| lai)? (?:que|noi|xa|phuong|tinh|huyen|dia phuong) (?!(?:\S+ ){0,5}truoc )/, first: 'phai' },
  // ("đăng ký lại ở HN đc ko", "có đăng ký ở xã được ko": whether it may be done at a place)
  // (or away from home: "xin ngoài Hà Nội được không", "làm trong Sài Gòn được hông" — not in a time, "làm trong ngày
  // được không", nor out of the office, "chứng thực ngoài trụ sở")
  { aspect: 'where', weight: 3, re: / (?:dang ky|lam|nop|xin|chung thuc|doi|cap)(?: lai)? (?:o|tai(?! khoan)|ngoai(?! (?:tru so|gio|le))|trong(?! (?:ngay|buoi|tuan|thang|nam|vong|\d|\S+ (?:ngay|tuan|thang|hom)))) (?:\S+ ){1,3}(?:duoc|dc) (?:khong|ko|k|hong|chua|ha)(?: |$)/, first: 'duoc' },
  // "lên phường làm đc ko", "ra xã nộp được không": whether that office does it
  { aspect: 'where', weight: 3, re: / (?:len|ra|ve|toi|den|xuong) (?:xa|phuong|uy ban|ubnd|cong an)(?: \S+)? (?:lam|nop|xin|dang ky) (?:duoc|dc) (?:khong|ko|k|hong|hok)(?: |$)/, first: 'duoc' },
  // "có cần về đúng xã nơi đăng ký ngày xưa ko": the very office, not any
  { aspect: 'where', weight: 4, re: / (?:phai|can|bat buoc) (?:ve|ra|len|den|toi|vao|vo) dung (?:xa|phuong|noi|tinh|cho|que)(?: |$)/, first: 'dung' },
  // (not the story, "nghỉ việc về quê", "đã về quê")
  ...cue('where', 1.5, '(?<!(?:nghi|viec|da|moi|roi|han) )ve que'),
  // "phải về quê làm hả", "có cần về quê làm ko", "khỏi phải về quê hả": whether one must go to a place — where it is done
  // (not a step to take there first, "về quê cắt khẩu trước", nor going in person against doing it online)
  { aspect: 'where', weight: 4, re: /^(?!.*(?:online|truc tuyen|(?:tren|qua|bang) (?:mang|vneid|app|vssid|dich vu cong|dvc|dien thoai|dt))).* (?:phai|can|bat buoc) (?:ve|ra|len|xuong|den|toi) (?:que|xa|phuong|tinh|huyen|truong|cong an|uy ban|ubnd|so)(?: (?:lam|xin|nop|dang ky))? (?:khong|ko|k|hong|hok|ha|chu)(?: |$)/, first: ['khong', 'ko', 'k', 'hong', 'hok', 'ha', 'chu'] },
  // "lên công an xã hả": where, unless the sentence asks something else too ("mang những gì lên công an")
  ...cue('where', 2.5, 'len cong an', 'ra cong an', 'toi cong an', 'den cong an'),
  ...cue('where', 4, 'vao dau'),
  // "nộp ngay xã luôn hả": right at that office; "ai xét duyệt": which body decides
  ...cue('where', 3, 'ngay xa', 'ngay phuong', 'ngay uy ban', 'ngay cong an', 'ai xet duyet', 'ai duyet', 'ben nao duyet', 'ai xet', 'ai cap (?:cai|giay|the|so|phieu)'),
  // ("đi đâu" asks where to go — but "chủ cũ đi đâu ko liên lạc được", "bỏ đi đâu mất" tell someone's whereabouts unknown)
  { aspect: 'where', weight: 3, re: / di dau(?! (?:khong|ko|k|mat|het|biet|roi|luon|bat|chua))(?: |$)/, first: 'dau' },
  // ("ứng dụng" the app — not "tin học ứng dụng", a certificate's name)
  { aspect: 'online', weight: 3, re: /(?<! tin hoc) ung dung(?: |$)/, first: 'dung' },
  // ("tới mô làm rứa": to where, in the Centre — a bare "tới mô" may be how far a file has got)
  ...cue('where', 3, 'toi mo lam', 'den mo lam', 'ra mo lam', 'len mo lam', 'di mo lam', 'toi mo nop', 'den mo nop', 'ra mo nop', 'len mo nop', 'di mo nop'),
  // "vào trang nào": which website — how to do it online
  ...cue('online', 4, 'trang web nao', 'trang nao', 'web nao'),
  // "photo công chứng ở đâu nhanh nhất": the place is asked, "fastest" only qualifies it
  // "công an huyện Thanh Liêm có làm hộ chiếu không": does this agency do it
  // (a department, "Sở", is gone to; "sổ" folds alike and is a book: "sổ ghi địa danh cũ vậy có làm được không")
  { aspect: 'where', weight: 3.5, re: / (?:cong an|uy ban nhan dan|uy ban|so tu phap|(?<=(?:len|o|tai|ra|den|toi|ve|qua|hay) )so(?! \d)|phong|bo phan mot cua|bao hiem xa hoi|buu dien)(?: \S+){0,6} co (?:lam(?! viec)|nhan|cap|giai quyet)(?: \S+){1,6} (?:khong|ko|k|hong|hok)(?: |$)/ },
  // "bấm điện thoại làm được hông": on the phone (the app), not a phone number
  ...cue('online', 3, 'bam dien thoai', 'bam dt', 'tren dien thoai', 'tren dt', 'qua dt'),
  // "nếu phải xin thì hồ sơ sao", "cần chi": which papers
  ...cue('documents', 3, 'ho so sao', 'can chi', 'mang chi', 'co can dua', 'dua gi', 'dua nhung gi', 'may thu', 'phai photo', 'lay gi chung minh', 'thu gi', 'nhung thu', 'cai gi nua',
    'photo gi', 'photo nhung'),
  // "…với tờ sơ đồ vẽ tay, rứa có đủ không": are these papers enough
  { aspect: 'documents', weight: 3, re: / (?:co )?du (?:khong|ko|k|hong|chua)(?: |$)/, first: 'du' },
  // "thế nhà em phải cầm những gì ra xã": which papers, before where they go
  ...cue('documents', 3.5, 'cam nhung gi', 'cam gi', 'cam nhung giay'),
  // "hồ sơ đổi gồm cái chi": what the dossier holds
  ...cue('documents', 3, 'gom cai chi', 'gom cai gi', 'gom chi', 'gom nhung chi'),
  // "hồ sơ … cần thêm gì", "bổ sung những gì": what else goes in the dossier
  ...cue('documents', 3, 'can them gi', 'can them nhung gi', 'can them giay', 'bo sung gi', 'bo sung nhung gi', 'them giay gi'),
  // "bản photo thường có được không hay phải đi chứng thực": is a copy good enough
  { aspect: 'documents', weight: 3, re: / (?:photo|pho to)(?: \S+){0,2} (?:thoi )?(?:co )?duoc (?:khong|ko|k|hong|chua)(?: |$)/, first: 'duoc' },
  ...cue('documents', 3, 'mang ban goc', 'mang ban chinh', 'cam ban goc'),
  // "có phải mang cccd bản gốc ko": whether a paper is to be brought (not "mang con theo": whether the child comes)
  // ("có phải nộp kèm trích lục khai tử của chồng không", "có cần nộp lại giấy chứng nhận đăng ký không": whether a
  // paper goes in the file)
  // ("rứa phải làm hồ sơ chi", "cần chứng cứ gì": the file's papers)
  ...cue('documents', 3.5, '(?<!phi |tien )ho so (?:chi|gi|j|nhung gi)', 'chung cu (?:gi|chi|j|nao)', 'chung cu chung minh'),
  // ("có phải nộp lại hộ chiếu cũ không", "hộ chiếu cũ có phải nộp lại ko": the old paper handed back or brought, the
  // procedure's own name masked — not whether one must apply)
  { aspect: 'documents', weight: 3.5, re: / (?:phai|can) (?:nop lai|nop kem|mang|dem|cam) (?:theo )?_(?: _)*(?: cu| goc)?(?: \S+){0,3} (?:khong|ko|k|hong|hok|ha)(?: |$)/, first: ['khong', 'ko', 'k', 'hong', 'hok', 'ha'] },
  { aspect: 'documents', weight: 3.5, re: / (?:cu|goc) (?:co )?(?:phai|can) (?:nop lai|mang theo|mang|dem theo) (?:khong|ko|k|hong|hok|ha)(?: |$)/, first: ['khong', 'ko', 'k', 'hong', 'hok', 'ha'] },
  { aspect: 'documents', weight: 3.5, re: / (?:phai|can) (?:mang|dem|cam|nop kem|nop lai|nop|kem) (?:theo |kem |lai )?(?:ban (?:goc|chinh|sao)|giay|so|the|can cuoc|chung minh|ho chieu|ho khau|anh|hinh|hop dong|bang|trich luc|to khai|don)(?: \S+){0,5} (?:khong|ko|k|hong|hok|ha)(?: |$)/, first: ['khong', 'ko', 'k', 'hong', 'hok', 'ha'] },
  // "hồ sơ gồm mấy thứ", "giấy chứng sinh lạc mất thì lấy gì thế vô": which papers, or what stands in for one
  ...cue('documents', 3, 'gom may', 'may thu giay', 'lay gi the', 'lay gi thay', 'thay the bang', 'gi the vo', 'gi the vao'),
  // "ai quyết cho chuyển, xã hay tỉnh": which level decides
  { aspect: 'where', weight: 3.5, re: / (?:xa|phuong) hay (?:tinh|huyen|so)(?: |$)/, first: 'hay' },
  // "còn chứng thực chữ ký thì làm luôn chỗ đó được chứ", "có làm cùng chỗ không": the same place
  // ("cũng nói", "cũng cho" fold like "cùng nơi", "cùng chỗ": only after the doing)
  ...cue('where', 3.5, 'chung cho', 'luon cho do', 'cung mot cho'),
  // "có phải về tận Kon Tum không", "phải ra tận công an xã hả": how far one must go (not "xuống tận nhà", done at home)
  { aspect: 'where', weight: 3.5, re: / phai (?:\S+ ){0,2}(?:ve|ra|vao|len) tan (?!nha|noi)\S/, first: 'tan' },
  // "chứng thực ở xã được không hay bắt buộc ra văn phòng công chứng": one place or another
  { aspect: 'where', weight: 3.5, re: / (?:o|tai) (?:\S+ ){1,6}(?:duoc|dc) (?:khong|hong|ko|k) hay (?:phai |bat buoc )?(?:ra|len|ve|den|toi|vao|gui) /, first: 'hay' },
  { aspect: 'where', weight: 3.5, re: / (?:lam|nop|xin|chung thuc|ky) (?:\S+ )?cung cho /, first: 'cung' },
  // "làm ở bển hay ở quê": which of two places
  ...cue('where', 3, 'o ben hay', 'o day hay', 'o que hay', 'o tren nay hay'),
  // "làm tại xã" (but "làm tài khoản", an account)
  { aspect: 'where', weight: 3, re: / lam tai(?! khoan)(?: |$)/, first: 'tai' },
  // "nộp xã hả", "làm phường được k": the place named bare after the verb, a guess checked
  { aspect: 'where', weight: 3, re: /^ (?:\S+ )?(?:nop|lam|xin) (?:xa|phuong|tinh|huyen|uy ban|ubnd|cong an) (?:ha|a|ak|ah|dung khong|phai khong|duoc khong|dc k|dc ko|duoc ko|dc khong)(?: (?:ad|admin|a|vay|z))? $/ },
  // "đăng ký biển số thì công an xã làm luôn được không": does this agency do it
  { aspect: 'where', weight: 3.5, re: / (?:cong an|uy ban|ubnd|bo phan mot cua)(?: xa| phuong| tinh| huyen)? (?:lam|nhan|giai quyet|cap) (?:luon |duoc |dc ){1,2}(?:khong|ko|k|hong|hok)(?: |$)/ },
  // "thanh toán lệ phí trên cổng bằng cách nào": paying is about the fee, wherever it is paid
  ...cue('fee', 3.5, 'thanh toan', 'tra le phi', 'nop le phi', 'chuyen khoan'),
  ...cue('fee', 3, 'ton kem', 'gia nhieu', 'gia nhiu', 'dong khoan', 'khong lay tien', 'lay tien khong', 'co lay tien'),
  // "phải lên công an hả", "có cần ra bhxh huyện không hay ở xã làm được", "có làm ở phường luôn được hông": which place
  { aspect: 'where', weight: 3.5, re: / phai (?:len|ra|ve|den|toi) (?:tai )?(?:cong an|xa|phuong|huyen|tinh|so|ubnd|uy ban|bao hiem xa hoi|buu dien)/, first: 'phai' },
  // ("phải dẫn bà lên công an xã hả", "phải chở ra công an xã làm hả": taking someone or something along to the office)
  // ("có phải vô Sài Gòn xin xác nhận không hay xin ở xã nhà là được": one place or the other, asked)
  { aspect: 'where', weight: 4, re: /^(?!.*(?:online|truc tuyen|(?:tren|qua|bang) (?:mang|vneid|app|vssid|dich vu cong|dvc|dien thoai|dt))).* phai (?:ve|ra|len|xuong|vo|vao|den|toi) (?:\S+ ){1,5}(?:khong|ko|k|hong|hok) hay (?:\S+ ){0,3}(?:o|tai) (?:xa|phuong|nha|que|day|tinh|huyen|cho) /, first: 'hay' },
  { aspect: 'where', weight: 4, re: / phai (?:dan|cho|dat|dua|don) (?:\S+ ){0,2}(?:len|ra|toi|den|ve|vo|vao) (?:tan )?(?:cong an|xa|phuong|uy ban|ubnd)(?: \S+){0,3} (?:ha|a|hay|khong|ko|k|hong)(?: |$)/, first: 'phai' },
  { aspect: 'where', weight: 3.5, re: / (?:ra|len|ve|den|toi) (?:\S+ ){1,6}(?:khong|ko|k|hong) hay (?:o|tai|ra|len|ve) /, first: 'hay' },
  { aspect: 'where', weight: 3, re: / co (?:lam|nop|xin|chung thuc) o (?:xa|phuong|huyen|tinh|day|que)(?: \S+){0,2} duoc /, first: 'duoc' },
  // "ở đâu (làm) nhanh nhất": which place is quickest
  { aspect: 'where', weight: 4, re: / (?:o dau|cho nao|noi nao)(?: \S+){0,2} nhanh /, first: 'nhanh' },
  // "về xã nhà đăng ký được không hay phải đăng ký ở chỗ bệnh viện": one place or another
  { aspect: 'where', weight: 4, re: / (?:o|tai|len|ve|ra|den|toi) (?:cho|noi|xa|phuong|tinh|benh vien|que|uy ban|ubnd|cong an)(?: \S+){0,7} (?:duoc|dc) (?:khong|ko|k|hong|hok) hay (?:la )?(?:phai|bat buoc) (?:\S+ ){0,3}(?:o|tai|len|ve|ra|den|toi) (?:cho|noi|xa|phuong|tinh|benh vien|que|uy ban|ubnd|cong an)(?: |$)/, first: 'hay' },
  // "nếu ko có giấy chứng sinh vì bé sinh ở nhà thì sao": a paper lacked, what instead
  { aspect: 'documents', weight: 3.5, re: / (?:khong|ko|k|chua) co (?:giay|ket qua|ban|so|cccd|can cuoc|cmnd|xac nhan|_)(?: (?!muon|lam|gio)\S+){0,10} thi sao(?: (?:a|ad|admin|vay|z|chi|anh|em|_))* $/, first: 'sao' },
  // "làm online trên dịch vụ công rồi có phải mang xe đến không": whether doing it online spares the trip (papers
  // brought along are the papers: "nộp online rồi có phải mang bản gốc lên không")
  { aspect: 'online', weight: 4, re: / (?:online|truc tuyen|tren (?:mang|vneid|dich vu cong|cong dich vu|app)) (?:\S+ ){0,4}(?:co )?(?:can|phai) (?:len|den|di|ra|ve|toi|mang (?!(?:theo |them )?(?:giay|ban|ho so|_)))/, first: ['online', 'tuyen', 'tren'] },
  // "bao lâu sau tài khoản mới được kích hoạt": how long, not on what condition
  { aspect: 'duration', weight: 4.5, re: / bao lau (?:sau )?(?:\S+ ){0,6}moi (?:duoc|co|nhan) /, first: 'lau' },
  // "chứng thực hợp đồng có cần ảnh ấy có mặt không": whether someone must be there in person
  { aspect: 'eligibility', weight: 3.5, re: / (?:can|phai) (?:\S+ ){0,3}co mat (?:khong|ko|k|hong|hok|luon|truc tiep|ca)(?: |$)/, first: 'mat' },
  // "nghỉ bao lâu rồi thì không nộp được nữa": the deadline
  { aspect: 'eligibility', weight: 4.5, re: / bao lau (?:\S+ ){0,4}(?:thi )?(?:khong|ko|het|mat quyen) (?:\S+ ){0,2}(?:duoc|dc) nua /, first: 'lau' },
  // "cần giấy chứng sinh với gì nữa": which other papers
  { aspect: 'documents', weight: 3.5, re: / can (?:\S+ ){0,5}(?:voi|va|them) (?:gi|j|chi) nua(?: |$)/, first: 'nua' },
  // ("tạm ngưng kinh doanh cần làm đơn gì", "cần viết tờ khai nào": which form to fill in — the papers)
  { aspect: 'documents', weight: 3.5, re: / (?:can|phai) (?:lam|viet|dien|ghi) (?:to |mau )?(?:don|to khai|mau) (?:gi|nao|chi)(?: |$)/, first: ['gi', 'nao', 'chi'] },
  // "khách ở có 1 đêm cũng phải báo à", "quán nhỏ xíu vậy cũng phải xin hả": a duty guessed and checked
  { aspect: 'eligibility', weight: 3, re: / cung phai (?!(?:\S+ )*(?:le phi|phi|tien) )(?:\S+ ){0,3}(?:a|ha|ak|ah) $/, first: 'phai' },
  // "mất mấy đồng", "hết mấy đồng": how much money (not "mấy đồng chí"); "còn sang tên thì nhiêu": how much, the South's
  // "nhiêu" closing the question (not "cảm ơn nhiều")
  { aspect: 'fee', weight: 3, re: / (?:may|bao nhieu|nhieu|nhiu) dong(?! (?:chi|ho|bao|loat|nghiep|hanh|thoi|y|phuc|ruong|lua))(?: |$)/, first: 'dong' },
  { aspect: 'fee', weight: 3, re: / (?:thi|la|het|ton|gia) (?:nhieu|nhiu)(?: (?:vay|dzay|z|v|a|ha|em|chi|anh|ad|admin|con|chau|ba)){0,2} ?$/, first: ['nhieu', 'nhiu'] },
  // papers of the file weighed: "mang cmnd cũ được không", "bố chỉ còn cmnd cũ với sổ hộ khẩu thôi có đc ko", "hay chỉ
  // cần mang giấy khai sinh theo", "chủ trọ có phải ký xác nhận gì ko", "bản photo cũng được" (not "xin bản sao được không": may one), "giấy tờ gốc có phải
  // scan lên ko", "có cần dịch ra tiếng Việt hông"
  { aspect: 'documents', weight: 3.5, re: / mang (?:theo )?(?:cmnd|chung minh|can cuoc|cccd|the|giay|so|ban|hop dong|ho chieu)(?: \S+){0,3} (?:duoc|dc) (?:khong|ko|k|hong|hok|chu)(?: |$)/, first: ['duoc', 'dc'] },
  { aspect: 'documents', weight: 3.5, re: / chi (?:con|co) (?:cai )?(?:cmnd|chung minh|can cuoc|cccd|the|giay|so|ban|hop dong|ho chieu)(?: \S+){0,8} (?:co )?(?:duoc|dc) (?:khong|ko|k|hong|hok|chu)(?: |$)/, first: ['duoc', 'dc'] },
  { aspect: 'documents', weight: 3.5, re: / hay chi can (?:mang|nop|co|dem) /, first: 'chi' },
  { aspect: 'documents', weight: 4, re: / ky xac nhan (?:gi|j|chi)(?: |$)/, first: 'ky' },
  { aspect: 'documents', weight: 3.5, re: / (?:ban )?photo (?:\S+ )?cung (?:duoc|dc)(?: |$)| (?:giay to|giay|ban goc|ban chinh) (?:\S+ ){0,2}(?:co )?(?:can|phai) scan| dich (?:ra|sang) tieng (?:viet|anh)/, first: ['photo', 'scan', 'dich'] },
  // "giấy khám sức khoẻ có bắt buộc không": whether a paper is part of the file (not a permit, "giấy phép xây dựng có
  // bắt buộc không", nor a contract to certify, "hợp đồng … có bắt buộc chứng thực không": duties)
  { aspect: 'documents', weight: 3.5, re: / (?:giay(?! phep)|anh|hinh)(?: \S+){0,4} (?:co )?bat buoc(?: phai)?(?: (?:co|nop|mang))? (?:khong|ko|k|hong|hok|ha)(?: |$)/, first: ['khong', 'ko', 'k', 'hong', 'hok', 'ha'] },
  // "cần giấy tờ gì mới được": which papers it takes (stronger than "mới được", only then allowed)
  { aspect: 'documents', weight: 4.5, re: / (?:giay to|giay|ho so) (?:gi|j|chi|nao) (?:thi )?moi (?:duoc|dc|lam duoc|lam dc)(?: |$)/, first: 'moi' },
  // "còn thiếu gì nữa không": which papers are still missing
  { aspect: 'documents', weight: 3, re: / thieu (?:giay |giay to )?(?:gi|j|chi)(?! (?:het|ca|cung))(?: |$)/, first: 'thieu' },
  // "làm gấp được không": in a hurry, asked (told, "cần làm khai tử gấp" is urgency, no question of time)
  { aspect: 'duration', weight: 3, re: / gap(?= (?:\S+ )*?(?:khong|ko|k|hong|hok|chua|lau|may|duoc|dc|ha|nhe|kip|nhanh|sao|khi nao)(?: |$))/, first: 'gap' },
  // "nộp dịch vụ công có nhanh hơn không": quicker is a question of time (weaker than the channel named:
  // "làm qua VNeID có nhanh hơn không" weighs doing it online)
  ...cue('duration', 2.5, 'nhanh hon', 'lau hon', 'cham hon'),
  // "liên thông khai tử ai nộp": who may or must do it
  ...cue('eligibility', 3, 'ai (?:trong nha |trong gia dinh )?(?:nop|di nop|dung ra|dung ten|ky|di lam|di dang ky|dang ky)'),
  // "hồ sơ thì sao": what the file holds
  { aspect: 'documents', weight: 3, re: /^ *(?:(?:con|vay|the|the con) )?ho so (?:thi )?(?:sao|the nao|ra sao|gom gi|gom nhung gi|gom chi|co gi|co chi|co nhung gi|co nhung chi)(?: |$)/, first: 'so' },
  ...cue('where', 2, 'o xa', 'o phuong', 'tai xa', 'tai phuong', 'o tinh', 'xin o', 'lay o', 'dang ky o'),
  // "làm ở xã được không" — but not "đi làm ở Hàn", "đang làm ở Bình Dương": where the citizen works
  { aspect: 'where', weight: 2, re: /(?<! di| dang| van| hien| di lam| cong nhan)(?:^| )lam o(?: |$)/, first: 'lam' },
  // a bare "đâu" — but not "lần đầu", "ban đầu", "bắt đầu", "đầu tiên", "đầu tư" (đầu folds like đâu)
  // (nor "dấu" and "Dầu", which fold alike: "ghi sai dấu", "đóng dấu", "Thủ Dầu Một", "dầu ăn")
  { aspect: 'where', weight: 1, re: /(?<! lan| ban| bat| hang| tu| dot| sai| dong| bo| danh| thu| co| con| go| thieu| mat| nhan)(?:^| )dau(?! tien| tu| nam| thang| tuan| mot| an| nhot| moi| do)(?: |$)/, first: 'dau' },
  // online
  ...cue('online', 3, 'truc tuyen', 'qua mang', 'tren mang', 'xai mang', 'dung mang', 'tren dien thoai', 'vneid', 'dich vu cong', 'cong dich vu', 'qua ung dung', 'tren ung dung',
    'dien thoai duoc', 'qua dien thoai', 'khong can den', 'khong can len', 'qua buu dien', 'buu chinh',
    'nop tu xa', 'qua zalo', 'nhan zalo', 'nhan tin zalo', 'gui zalo', 'tren may1', 'dang nhap', 'vssid', 'trang web', 'website'),
  // "trên máy" is the phone or computer — not "trên máy bay" (on a plane)
  { aspect: 'online', weight: 3, re: / tren may(?! bay)(?: |$)/, first: 'may' },
  // "có cần ra tận nơi không", "ngồi nhà làm được không": whether one must come in person
  ...cue('online', 5, 'bam vao dau', 'bam vo dau', 'bam vao cho nao'),
  // "bấm trên đt có xin được ko": doing it on the phone, whether one may (stronger than "có xin được")
  ...cue('online', 4.5, 'bam tren dien thoai', 'bam dien thoai', 'bam tren app', 'bam tren mang'),
  // "không có máy tính, điện thoại làm được không": done with a phone
  ...cue('online', 4, 'dien thoai (?:co )?lam (?:duoc|dc)', 'lam bang dien thoai', 'dung dien thoai lam', 'xai dien thoai lam'),
  // "có app nào khai không", "phần mềm nào": which application (a website, "trang nào", is where it is filed)
  ...cue('online', 4, 'app nao', 'ung dung nao', 'phan mem nao'),
  // "báo qua zalo được không hay phải ra công an": the online way asked first, going in the fallback
  { aspect: 'online', weight: 4, re: / (?:qua|tren) (?:zalo|mang|app|vneid|dien thoai|dt|dich vu cong|cong dich vu|may) (?:\S+ )?(?:duoc|dc) (?:khong|ko|k|hong|hok|ha) hay /, first: 'hay' },
  // "có phải ra công an không hay tự làm trên app được": the alternative asked about is the online one
  { aspect: 'online', weight: 4, re: / hay (?:\S+ ){0,3}(?:tren (?:mang|app|dien thoai|vneid|ung dung|dich vu cong|cong dich vu)|qua mang|truc tuyen)(?: |$)/, first: 'hay' },
  // ("ở nhà tự cái đt ni bấm là được hay phải lên công an": doing it oneself on the phone, against going in)
  { aspect: 'online', weight: 4, re: / (?:tu|o nha|tai nha) (?:\S+ ){0,3}(?:dt|dien thoai|app|may) (?:\S+ ){0,2}(?:bam|lam|dang ky|khai|cai) /, first: ['dt', 'thoai', 'app', 'may'] },
  // "xin online ở đâu": which site, not which office
  { aspect: 'online', weight: 4, re: / (?:truc tuyen|qua mang|tren mang) (?:o dau|cho nao)(?: |$)/, first: ['dau', 'nao'] },
  // "có được làm trên mạng không": whether it can be done online (stronger than "có được làm", may one)
  { aspect: 'online', weight: 4.5, re: / co (?:duoc|the) (?:lam|nop|dang ky|khai|xin|bao) (?:\S+ ){0,2}(?:tren mang|qua mang|online|truc tuyen|tren vneid|qua vneid|tren dich vu cong|tren app)(?: |$)/, first: ['mang', 'online', 'tuyen', 'vneid', 'cong', 'app'] },
  // ("ở nhà làm" online from home — but "bố ở nhà làm hộ": someone at home does it on one's behalf)
  // (not a trade done at home: "ở nhà làm ruộng cả đời", "ở nhà làm nội trợ")
  { aspect: 'online', weight: 4, re: / o nha lam(?! (?:ho|giup|gium|dum|thay|ruong|ray|vuon|noi tro|may|nong|thue|an|viec nha|bep))(?: |$)/, first: 'lam' },
  ...cue('online', 4, 'bam vao', 'bam vo', 'bam nut', 'ngoi nha', 'khoi phai di', 'khong phai di', 'khong can di', 'khong phai len', 'khoi phai len', 'do phai len', 'do phai di'),
  // "khỏi đi" — but "để khỏi đi lại nhiều lần" wants everything ready in one trip
  { aspect: 'online', weight: 4, re: / khoi di(?! lai (?:nhieu|may))(?: |$)/, first: 'khoi' },
  // "phải lên tận nơi": in person — but "về tận nơi cũ" is going back to a place
  { aspect: 'online', weight: 4, re: / tan noi(?! (?:cu|dang ky|thuong tru|o|sinh))(?: |$)/, first: 'noi' },
  // "tức là khỏi cầm giấy ra xã hả": no need to come in
  { aspect: 'online', weight: 4, re: / khoi (?:\S+ ){0,3}(?:ra|len|den|toi|xuong) (?:xa|phuong|uy ban|ubnd|cong an)(?: |$)/, first: 'khoi' },
  // "làm trên cổng đăng ký doanh nghiệp được không": on the portal (not "qua công an")
  { aspect: 'online', weight: 3, re: / (?:tren|qua) cong(?! an| ty)(?: |$)/, first: 'cong' },
  // "có cách nào khỏi xin nghỉ làm mà vẫn xong", "có cách nào khỏi đi lại nhiều lần": without coming in
  { aspect: 'online', weight: 4, re: / co cach nao (?:\S+ ){0,5}(?:khoi|khong phai|do phai|khong can) /, first: 'cach' },
  // documents
  // ("mất hết giấy tờ rồi", "photo công chứng giấy tờ", "chưa có giấy tờ gì": papers lost, lacked or to be copied are the
  // story, not a question of them)
  { aspect: 'documents', weight: 3, re: /(?<! mat| het| chung| y| photo| chua co| khong co| ko co| khong con| chang con) giay to(?: |$)/, first: 'giay' },
  // ("giờ cần đem gì lên xã": what to bring to the office — the papers, not where)
  { aspect: 'documents', weight: 4, re: / (?:mang|dem|cam) (?:theo )?(?:gi|nhung gi|chi|nhung chi|j) (?:theo )?(?:len|ra|toi|den|qua|ve|vo|xuong) /, first: ['gi', 'chi', 'j'] },
  ...cue('documents', 3, 'ho so gom', 'ho so can', 'can gi', 'can nhung gi', 'can nhung', 'mang theo', 'mang gi', 'can mang',
    'thanh phan', 'can chuan bi', 'chuan bi gi', 'chuan bi nhung', 'giay chi', 'mau don', 'to khai', 'gom nhung gi',
    'gom gi', 'nhung gi', 'can nhung giay', 'giay gi', '(?<!(?:chua|khong|ko) co )giay to gi', 'can co gi', 'xet nghiem', 'ho so gi', 'can ho so',
    'dem theo', 'dem gi', 'can dem', 'nop nhung gi', 'giay to can', 'mau nao', 'theo mau', 'ban ve', 'can hop dong',
    'giay kham', 'khai thong tin gi', 'can khai', 'file', 'scan', 'ban scan', 'anh chup', 'cam theo', 'cung cap thong tin',
    'thong tin gi', 'con gi nua', 'con giay gi', 'kep theo', 'kep gi'),
  ...cue('documents', 4, 'co can giay', 'co can ban', 'co can mang', 'ho so co can', 'giay to can co', 'co can photo', 'co can kem', 'can nop kem', 'phai kem theo'),
  // "giấy tờ chứng minh quan hệ cha con là gì": which papers, not what the procedure is
  { aspect: 'documents', weight: 4, re: / giay to (?:\S+ ){0,8}la (?:gi|nhung gi|j|chi)(?: |$)/, first: ['gi', 'j', 'chi'] },
  // "có cần hộ khẩu ko hay chỉ cần cccd", "có phải kèm bản án không", "có cần làm đơn ko", "có cần chụp ảnh ko": whether a
  // paper or a photo goes in the file
  { aspect: 'documents', weight: 3.5, re: / (?:co )?(?:can|phai|bat buoc)(?: phai)?(?: (?:co|chup|dan|scan|kem|nop kem|nop lai))? (?:ban an|ket qua adn|ho khau|so ho khau|cmnd|anh|hinh|lam don|don|giay to|trich luc|ban goc|ban chinh)(?: \S+){0,5} (?:khong|ko|k|hong|hok|ha|chu)(?: |$)/, first: ['khong', 'ko', 'k', 'hong', 'hok', 'ha', 'chu'] },
  // which copies to hand in; a bare "bản sao"/"bản chính" usually just sets the scene
  ...cue('documents', 1.5, 'gui ban sao', 'nop ban sao', 'ban sao cong chung', 'ban photo', 'ban chinh de doi chieu'),
  // "cần sổ hộ khẩu cũ không hay chỉ cần căn cước": is this paper needed
  { aspect: 'documents', weight: 3, re: / (?:can|chi can) (?:so|giay|ban|the|can cuoc|chung minh|ho chieu|ho khau|hop dong|anh|hinh)(?: \S+){0,5} (?:khong|ko|k|hong|hay|thoi)(?: |$)/, first: ['khong', 'ko', 'k', 'hong', 'hay', 'thoi'] },
  // "mang … theo" (bring along)
  { aspect: 'documents', weight: 3, re: / mang (?:\S+ ){1,6}theo /, first: 'theo' },
  { aspect: 'documents', weight: 2, re: / ho so $/, first: 'so' },
  // eligibility
  // "bán thêm bánh mì thì cần giấy attp ko" (the permit masked as the procedure's own name): whether it is required
  { aspect: 'eligibility', weight: 3, re: / (?:can|phai co|bat buoc co|can co|phai xin|can xin) _(?: _)* (?:khong|ko|k|hong|hok|ha|chua)(?: (?:a|ad|admin|vay|z))? ?$/, first: '_' },
  // "hạn nộp?": the deadline (not "kết hôn vs ng Hàn nộp đâu", Korea)
  { aspect: 'eligibility', weight: 4, re: /(?<! (?:nguoi|ng|voi|vs|ben|o|sang|qua|di|tai)) han nop(?! (?:o |tai |dau|cho |ben ))/, first: 'nop' },
  // "không có giấy tờ gì thì có được cấp sổ không": having no papers is the condition asked about
  ...cue('eligibility', 4, 'khong co giay to gi', 'khong co giay to', 'khong co giay gi', 'khong giay to'),
  ...cue('eligibility', 4, 'thoi han nop', 'neu tre', 'tre may', 'neu qua han', 'nhieu tieng phai', 'may tieng phai', 'trong bao lau phai',
    'bao lau phai', 'may ngay phai', 'may thang phai', 'bao nhieu tuoi', 'phat khong', 'phat ko', 'bao nhieu ngay phai', 'co han bao lau', 'han bao lau', 'toi da bao lau',
    'toi da may', 'co xin duoc', 'xin thay duoc', 'lam thay duoc', 'co duoc lam', 'moi duoc', 'han chot', 'han cuoi', 'truong hop nao',
    // a notice period: "phải báo trước bao lâu"
    'truoc bao lau', 'truoc bao nhieu ngay', 'truoc may ngay', 'truoc may thang',
    // "hạn nộp là bao lâu sau khi nghỉ": the deadline
    'han nop la', 'han nop trong', 'co han nop', 'han nop khong', 'han nop ko',
    // "không đăng ký thì phạt bao nhiêu": the penalty, not a price
    'phat bao nhieu', 'phat nhieu', 'bi phat bao nhieu', 'phat may',
    // "chậm nhất mấy giờ phải thông báo": the deadline
    'cham nhat', 'tre nhat', 'bao lau thi phai', 'may ngay thi phai', 'toi da duoc',
    // "để tới giờ mới đi làm có bị trễ hạn không"
    'bi tre han', 'tre han khong', 'tre han ko', 'tre han hong', 'co bi tre'),
  // "theo quy định bao lâu phải có", "mấy ngày phải có quyết định": the time the office is allowed, not the citizen's
  // deadline ("bao lâu thì phải đăng ký")
  { aspect: 'duration', weight: 5, re: / (?:bao lau|may ngay|bao nhieu ngay|may thang) (?:thi )?(?:phai|moi) co(?: (?:ket qua|quyet dinh|giay|so|the|bang))?(?: |$)/, first: 'co' },
  // "… thì mấy nghìn": how many thousand dong
  ...cue('fee', 3.5, 'may nghin', 'may ngan', 'may tram nghin', 'may chuc nghin'),
  // "phải đi khai tử trong bao lâu": within how long it must be done
  { aspect: 'eligibility', weight: 4, re: / (?:phai|bat buoc) (?:\S+ ){0,4}trong (?:vong )?(?:bao lau|may ngay|bao nhieu ngay)/, first: 'trong' },
  // "hạn đăng ký khai tử là mấy ngày kể từ lúc mất": the citizen's deadline (not "thời hạn giải quyết", how long it takes)
  { aspect: 'eligibility', weight: 4, re: / (?<!thoi )han (?!giai quyet|xu ly|tra)(?:\S+ ){0,4}la (?:may|bao nhieu) (?:ngay|thang|tuan)/, first: 'han' },
  // "quá 60 ngày r": the deadline passed, told as the question
  { aspect: 'eligibility', weight: 3, re: /^ ?(?:da |bi )?(?:qua|tre) (?:\d+|may|hai|ba|mot) (?:ngay|thang|nam)(?: (?:roi|r))?(?: (?:thi sao|a|ad|admin|vay))? ?$/, first: ['qua', 'tre'] },
  // "ai cấp": which office issues it
  { aspect: 'where', weight: 3, re: /^ ?ai (?:cap|giai quyet|duyet|xu ly)(?: (?:vay|a|ha|ad|admin|nhi|v))? ?$/, first: 'ai' },
  // "có giới hạn thời gian nộp không": a deadline
  ...cue('eligibility', 4, 'gioi han thoi gian', 'han chot nop', 'thoi han cuoi', 'tieu chi', 'tieu chuan'),
  // "1 bản bao nhiêu", "mỗi trang mấy nghìn": the price per copy, the count first
  { aspect: 'fee', weight: 3, re: / (?:1|mot|moi) (?:ban|trang|to|bo) (?:\S+ )?(?:bao nhieu|nhieu|may nghin|may ngan|may chuc)(?! (?:ngay|lau|thang|tuan))(?: |$)/, first: ['nhieu', 'nghin', 'ngan', 'chuc'] },
  // "mấy nghìn 1 trang", "bao nhiêu một bản": the price per page or copy
  { aspect: 'fee', weight: 3, re: / (?:bao nhieu|may nghin|may ngan|nhieu|may chuc) (?:tien )?(?:1|mot) (?:trang|ban|to|bo|chu ky|lan) /, first: ['1', 'mot'] },
  // "nộp hồ sơ cho sở nào": which agency ("sở" folds like "số", a number: only after a word that leads to it)
  ...cue('where', 3, 'cho so nao', 'len so nao', 'o so nao', 'so nao giai quyet', 'co quan nao giai quyet'),
  // "thời hạn đi khai tử là bao lâu": the citizen's deadline (not "thời hạn giải quyết", how long it takes)
  { aspect: 'eligibility', weight: 4, re: / thoi han (?:phai |de |di |cho )?(?:di |phai )?(?:khai|dang ky|lam|nop|bao|xin|doi|_) /, first: 'han' }, // ("_": the procedure's name, masked)
  // "nghỉ việc bao nhiêu ngày thì phải nộp": the deadline, not how long it takes
  { aspect: 'eligibility', weight: 4.5, re: / (?:bao nhieu|may) (?:ngay|thang|tuan|hom|bua|nam) thi (?:phai|bat buoc|moi phai|het han|qua han)/, first: 'thi' },
  // "rút bhxh 1 lần thì phải nghỉ việc bao lâu", "phải đóng bhxh bao lâu mới được hưởng", "phải chờ bao lâu sau khi ly hôn mới được kết hôn": how long one must wait — a condition
  { aspect: 'eligibility', weight: 5, re: / phai (?:(?:nghi viec|nghi|o|song|cu tru|dong) (?:\S+ ){0,4}bao lau(?! (?:thi |moi )?(?:xong|co ket qua|lay|nhan|co tien|duoc cap))|(?:cho|doi) (?:\S+ ){0,2}bao lau (?:\S+ ){0,6}moi (?:duoc|dc))/, first: 'lau' },
  // "bé 5 tuổi có được cấp miễn phí không": who is exempt
  { aspect: 'eligibility', weight: 4, re: / tuoi (?:\S+ ){0,4}duoc (?:\S+ ){0,7}mien (?:phi|giam|tien) /, first: 'tuoi' },
  // "vậy bả có được cấp thẻ miễn phí không", "cả nhà có được …": a person who may be exempt
  { aspect: 'eligibility', weight: 4, re: / (?:ba|ong|me|bo|con|be|chau|nha|nguoi|ho|toi|minh|thi) co duoc (?:\S+ ){0,7}mien (?:phi|giam|tien) /, first: 'mien' },
  ...cue('eligibility', 3, 'co phai(?! (?:\\S+ )*thi (?:phai )?lam (?:the nao|sao|ntn|nhu the nao|gi))', 'phai khong', 'bat buoc', 'bi phat', 'ai duoc', 'ai phai', 'doi tuong', 'co can(?! cuoc| bo(?: (?:a|admin|oi|nao|o|chau|em|anh|chi))? *$)', 'co quyen',
    'can phai', 'con duoc', 'con dung(?! (?:chung minh|cmnd|cmt|the|so|giay|can cuoc|cccd|bang|ho chieu))', 'toi da(?! (?:dinh|di|lam|nop|mua|ban|ve|len|ra|o|co|gui|xin|hoi|nghe|biet|dang|chuyen|ket|ly|sinh|mat|bi|duoc cap)(?: |$))', 'toi thieu', 'truoc may gio', 'may tuoi', 'du tuoi', 'chua du',
    'co bi(?! (?:mat|hong|rach|roi|rot|danh roi|that lac|moc tui|cuop|chay|uot|gay|lay cap|trom))', 'ai cung phai', 'phai co mat', 'duoc huong(?! dan)', 'con huong(?! dan)', 'gioi han tuoi', 'do tuoi', 'ai dung ra', 'ai dung ten', 'ai dung don', 'khong co giay', 'co sao', 'con kip', 'con lam duoc', 'duoc nua khong', 'duoc nua ko', 'duoc nua k'),
  ...cue('eligibility', 2, 'phat', 'qua han', 'tre han', 'het han', 'co the', 'khong du', 'thi duoc'),
  // "chủ trọ không chịu ký thì sao", "nếu không có giấy khai sinh thì sao": what if (a condition)
  { aspect: 'eligibility', weight: 3, re: / (?:khong chiu|khong co|khong duoc|khong cho|khong dong y|chua|tre|qua han|qua \d+|lo|neu khong|neu mat|nuoc ngoai|vang mat|di tu|o tu|tranh chap|dang bi|ma co|khong (?:\S+ ){1,2}duoc|nguoi (?:han|nhat|trung quoc|dai loan|lao|campuchia|thai|my|uc|phap|duc|viet kieu)) (?:\S+ ){0,8}thi (?:lam )?sao(?: \S+){0,4} $/, first: 'sao' },
  // "nghỉ việc bao lâu thì rút được": how long one must wait to be allowed (not "bao lâu thì có": the result)
  // (not "bao lâu thì đăng ký thường trú xong", how long it takes)
  { aspect: 'eligibility', weight: 4.5, re: / bao lau (?:thi |moi )+(?:duoc )?(?:rut|dang ky|xin|nop)(?!(?: \S+){0,5} (?:xong|co ket qua|lay duoc|nhan duoc)(?: |$))/, first: 'lau' },
  // "điều kiện để được xét cận nghèo là gì": the conditions asked for, not what the procedure is
  { aspect: 'eligibility', weight: 4, re: / dieu kien (?:\S+ ){0,8}la (?:gi|j|nhung gi|sao)/, first: 'kien' },
  // (not in "giấy chứng nhận đủ điều kiện …", the food-safety paper's name)
  { aspect: 'eligibility', weight: 3, re: /(?<!chung nhan du|chung nhan|giay du|cn du) dieu kien(?: |$)/, first: 'dieu' },
  // "thay mái tôn cần xin phép không": whether a permit is needed at all
  { aspect: 'eligibility', weight: 3, re: / (?:can|phai) xin phep(?: \S+)? (?:khong|hong|hok)(?: |$)/, first: 'phep' },
  // "phải làm trong mấy ngày": a deadline
  { aspect: 'eligibility', weight: 4, re: / phai (?:\S+ ){0,2}trong (?:vong )?(?:may|bao nhieu|bao lau)/, first: 'trong' },
  // "em đóng được 10 tháng thì đủ chưa": enough paid in to qualify
  { aspect: 'eligibility', weight: 4, re: / dong (?:\S+ ){0,2}\d+ (?:thang|nam)(?: \S+){0,3} (?:du|huong) /, first: 'dong' },
  // "nghe nói đủ 75 là được trợ cấp hả": an age or a count reached is a condition
  { aspect: 'eligibility', weight: 3, re: / du \d+ (?!thu |cai |loai |giay |ban |mon |bo |cuon )/, first: 'du' },
  // "bé 5 tuổi có làm được không": an age, then may it be done
  // (not "… có làm trên VNeID được không", "… có làm online được không": that asks about doing it online)
  { aspect: 'eligibility', weight: 3.5, re: / tuoi (?:(?!tren |qua |o |tai |truc |vneid )\S+ ){0,4}duoc (?:(?!tren |qua |o |tai )\S+ ){0,5}?(?:khong|ko|k|chua|hong) /, first: 'tuoi' },
  // "đất không có giấy tờ, chỉ có giấy tay thì có làm được không": only this paper held, may it be done
  { aspect: 'eligibility', weight: 4, re: / chi (?:co|con) (?:\S+ ){1,8}(?:thi |vay )?(?:co )?(?:lam|cap|dang ky|xin|sang ten|chung thuc)? ?(?:duoc|dc) (?:(?:cap|lam|cong nhan)(?: \S+){0,2} )?(?:khong|hong|chua) /, first: 'chi' },
  // "không có bản chính, chỉ còn bản photo thì chứng thực được không": without X, may I still
  { aspect: 'eligibility', weight: 4, re: / khong co (?:\S+ ){1,8}thi (?:\S+ ){0,6}duoc (?:khong|ko|k|hong|chua) /, first: 'thi' },
  // "ai đi khai cũng được hay phải con ruột": who may
  { aspect: 'eligibility', weight: 3, re: / ai (?:\S+ ){0,4}(?:cung )?duoc /, first: 'ai' },
  // "vậy phải đk tạm trú hay gì": must one do it (or what)
  { aspect: 'eligibility', weight: 3, re: / phai (?:\S+ ){1,5}hay (?:gi|j|sao|chi)(?: |$)/, first: 'hay' },
  // who must go: "nó tự đi làm hay bố mẹ đi được", "phải có mặt cả hai hay một người đi cũng được", "cả nhà phải có
  // mặt đủ không"
  { aspect: 'eligibility', weight: 3.5, re: / (?:tu di|mot nguoi di|(?:di|lam|nop|dang ky)(?: \S+)? (?:1|mot) minh|hay (?:\S+ ){0,3}di) (?:\S+ ){0,4}(?:duoc|dc)(?: |$)/, first: ['duoc', 'dc'] },
  ...cue('eligibility', 3.5, 'co mat du', 'co mat ca', 'co mat het', 'deu phai co mat'),
  // "bà đi làm giùm được không", "ký giùm cho em trai được không", "con cái dẫn ra phường làm giùm đc ko": done on
  // someone's behalf, wherever it is done
  // (not "nộp giùm trên mạng được không": that asks about doing it online)
  // ("tui phải tới tận nơi ký hay con đi thay được": the other way is someone going instead — whether one may, not online)
  { aspect: 'eligibility', weight: 5, re: / hay (?:\S+ ){0,3}(?:di|lam|ky|nop) (?:thay|gium|giup|dum)(?: |$)/, first: 'hay' },
  { aspect: 'eligibility', weight: 3.5, re: / (?:lam|ky|nop|xin|lay|nhan|di) (?:giup|gium|dum|thay|ho)(?! so)(?: (?!tren |qua |online )\S+){0,3} (?:duoc|dc)(?: |$)/, first: 'duoc' },
  // "hai đứa có phải cùng lên xã không", "bắt buộc bố mẹ nó phải lên": who must go
  { aspect: 'eligibility', weight: 3.5, re: / (?:phai|deu|bat buoc) cung (?:len|ra|di|den|toi|co mat)(?: |$)/, first: 'cung' },
  // "e phải đi cùng bố mẹ hok", "có cần lên cùng chồng không": must someone come along
  { aspect: 'eligibility', weight: 3, re: / (?:phai|can) (?:di|len|ra|den|toi) cung (?:\S+ ){0,3}(?:khong|ha|_|chu)(?: |$)/, first: 'cung' },
  { aspect: 'eligibility', weight: 3.5, re: / bat buoc (?:\S+ ){1,3}phai (?:len|ra|di|den|toi|co mat)(?: |$)/, first: 'buoc' },
  // "tạm nghỉ 3 tháng thì có phải báo lên xã không": whether it must be reported (not where)
  // (but "có phải báo cho bên nào không" asks to whom)
  { aspect: 'eligibility', weight: 3.5, re: / co phai (?:bao|khai bao|thong bao|xin phep|trinh bao) (?:len|voi|cho|toi|den|ra) (?!(?:ben |co quan |phong |noi |cho )?(?:nao|dau|ai)(?: |$))/, first: 'phai' },
  // "tôi là con trai đi làm giấy tờ thay có được không": the papers are what is done on someone's behalf
  { aspect: 'eligibility', weight: 3.5, re: / (?:lam|xin|nop|lo) (?:giay to|ho so|giay|thu tuc) (?:thay(?! doi)|gium|giup|dum|ho(?! so))(?: |$)/, first: ['giay', 'so', 'tuc'] },
  // "phải khai báo tạm vắng hả", "cả hai đều phải có mặt à": must I
  // (not a condition: "nếu phải khai thì khai ở công an xã hả" checks the place)
  { aspect: 'eligibility', weight: 3, re: /(?<! neu) phai (?:\S+ ){1,8}ha(?: admin| nhi| vay)? $/, first: 'ha' },
  // "có <làm X> được không": can I do it — but a bare "có được không" only asks yes/no about what came before
  { aspect: 'eligibility', weight: 2.4, re: / co (?!duoc )\S+(?: \S+)* duoc (?:khong|ko|k|hong|chua|ha) /, first: 'duoc' },
  { aspect: 'eligibility', weight: 2.4, re: / co duoc \S+(?: \S+)* (?:khong|ko|k|hong|chua) /, first: 'duoc' },
  // "đang nợ xấu có làm được hộ chiếu không": may it be done (the procedure's name in between)
  { aspect: 'eligibility', weight: 2.4, re: / co (?:lam|xin|dang ky|cap|nhan) duoc (?:\S+ ){1,5}(?:khong|ko|k|hong|chua) /, first: 'duoc' },
  // a bare "được không" asks yes/no about whatever else the sentence names (online, here, today…)
  ...cue('eligibility', 1, 'co duoc khong', 'duoc khong', 'duoc chua', 'co duoc', 'duoc ko', 'thi co'),
  // indirect wordings (tune-26, dialogs-tune-124…128):
  // "khai tử xách theo gì", "ôm theo những cái chi": what to bring
  ...cue('documents', 3, 'xach theo', 'om theo', 'xach gi', 'van ban gi', 'nhung van ban', 'soan nhung', 'soan gi'),
  // "ngoài căn cước ra có phải kèm giấy khám sức khoẻ không": another paper besides one named
  { aspect: 'documents', weight: 4, re: / ngoai (?:\S+ ){1,5}ra (?:thi )?(?:co )?(?:phai|can) (?:kem|mang|nop|co|them|dem|cam|photo) /, first: 'ngoai' },
  // "cầm giấy về luôn được hông hay phải hẹn hôm khác": on the spot or another day
  ...cue('duration', 3.5, 'hay phai hen', 'hen hom khac', 'hen hom sau', 'hen ngay khac', 'cam ve luon', 'lay ve luon', 'cam giay ve luon'),
  // "bao giờ mới có thẻ mới": when it finally comes
  { aspect: 'duration', weight: 4.5, re: / bao gio (?:thi )?moi (?:co|lay|nhan|cam|xong|ra) (?!nguoi)/, first: 'moi' },
  // "cỡ nào cầm được phiếu", "tầm nào lấy được": around when
  { aspect: 'duration', weight: 4, re: / (?:co|tam|chung) nao (?:thi )?(?:cam|lay|nhan|co) (?:duoc|dc) /, first: 'nao' },
  // "có phải đóng góp khoản nào không", "chuẩn bị tiền lẻ", "tốn khoảng bao nhiêu", "mấy trăm": money
  ...cue('fee', 3.5, 'dong gop', 'tien le', 'chuan bi tien', 'may tram'),
  // ("đăng nhập bằng tài khoản nào" asks for an account, not a charge)
  { aspect: 'fee', weight: 3.5, re: /(?<! tai) khoan nao(?: |$)/, first: 'khoan' },
  // ("mất khoảng bao lâu" is how long)
  { aspect: 'fee', weight: 3.5, re: / (?:ton|het|mat) khoang (?:bao nhieu|nhieu)(?! (?:ngay|thang|tuan|hom|bua|lau|thoi gian|nam))(?: |$)/, first: 'khoang' },
  // "tạm vắng trình diện với ai", "cắt khẩu đến cửa nào", "tới trung tâm nào", "xin sở nào": to whom, which door
  ...cue('where', 3, 'cua nao', 'go cua', 'trung tam nao', 'xin so nao', 'den so nao', 'toi so nao', 'ra so nao'),
  // (but "có phải báo với ai không" asks whether it must be reported)
  { aspect: 'where', weight: 3, re: /(?<! co phai| co can| phai) (?:trinh dien|khai bao|bao) voi ai(?! (?:khong|ko|k|hong|hok)(?: |$))/, first: 'ai' },
  // "đã tới tuổi làm căn cước chưa": old enough
  // ("lệ phí đổi thẻ đến tuổi" names the card's case: a weak cue)
  ...cue('eligibility', 2.5, 'toi tuoi', 'den tuoi'),
  // "trên vneid có chỗ nào bấm để xin": where to tap in the application
  ...cue('online', 4, 'cho nao bam', 'bam o dau', 'bam cho nao', 'muc nao'),
  // "làm bằng đt ở phòng trọ luôn đc ko": by phone
  // (not "chụp bằng điện thoại", a photo of a paper)
  { aspect: 'online', weight: 3.5, re: / (?:lam|nop|khai|dang ky|xin|bam|bao) (?:\S+ ){0,3}bang (?:dien thoai|dt)(?: |$)/, first: 'bang' },
  // "có cần về quê … không hay chỗ đang ở cũng được": here or there
  { aspect: 'where', weight: 3.5, re: / hay (?:o )?(?:cho|noi) (?:dang o|hien o|dang song|tam tru|minh o|em o)(?: |$)/, first: 'hay' },
  // "chờ tới chừng nào mới được duyệt": until when
  { aspect: 'duration', weight: 4.5, re: / (?:cho|doi) (?:toi|den) (?:chung nao|khi nao|bao gio|luc nao)(?: |$)/, first: ['nao', 'gio'] },
  // "khi nào thì xét": when the review is held
  ...cue('duration', 3.5, 'khi nao thi xet', 'khi nao xet', 'bao gio xet', 'bao gio thi xet'),
  // "chắc phải xin thêm giấy … nữa đúng không", "quán nhỏ xíu vậy cũng phải có à": must one have it too
  ...cue('eligibility', 3, 'phai xin them', 'chac phai xin', 'cung phai co', 'chac phai co', 'cung phai xin'),
  // "phải đi xác định mức độ khuyết tật trước à": must one do something first
  // (not "như hồi trước", as before)
  { aspect: 'eligibility', weight: 3, re: / phai (?:\S+ ){1,8}(?<! hoi | nhu | luc | ngay )truoc (?:a|ha|khong|hong|chua)(?: |$)/, first: 'truoc' },
  // "nghỉ việc bao lâu thì hết hạn nộp": the deadline
  ...cue('eligibility', 4, 'bao lau thi het han', 'bao lau het han', 'bao lau thi qua han'),
  // ("có bắt buộc cả bố cả mẹ ra xã ký không", "cả 2 phải ký à": whether both must come or sign — who, not where)
  { aspect: 'eligibility', weight: 4, re: / ca (?:2|hai|bo ca me|vo ca chong|hai vo chong|2 vo chong|hai nguoi|2 nguoi|2 dua|hai dua) (?:\S+ ){0,2}(?:phai|deu phai|cung|cung phai|ra|len|di|ky|co mat)(?: |$)/, first: 'ca' },
  // ("tới chừng nào là hết hạn nhận đơn": the deadline asked with "when")
  { aspect: 'eligibility', weight: 4.5, re: / (?:toi|den) (?:chung nao|bao gio|khi nao|luc nao|ngay nao) (?:\S+ ){0,2}het han (?:nhan|nop|dang ky)(?: |$)/, first: 'han' },
  // "nghe nói được tiền trợ cấp người già hàng tháng phải không": entitled, as heard
  { aspect: 'eligibility', weight: 3, re: / nghe (?:nguoi ta |ai do |ho |moi nguoi )?noi (?:la )?(?:(?:tu|tren|duoi) \d+ tuoi (?:la |thi )?)?(?:\S+ ){0,2}(?:duoc|dc) (?:nhan|lanh|linh|huong|cap|mien|tien|tro cap|ho tro)(?: |$)/, first: 'noi' },
  // "có cần khai báo gì không": must it be declared at all
  { aspect: 'eligibility', weight: 4, re: / (?:co )?(?:can|phai) khai bao (?:gi )?(?:khong|ko|k|hong|hok)(?: |$)/, first: 'bao' },
  // "cán bộ có đến nhà chứng thực không": may it be done at home
  { aspect: 'eligibility', weight: 3, re: / (?:xuong|den|toi) (?:tan |tai )?nha (?:\S+ ){0,3}(?:lam|chung thuc|cap|chup|nhan|ky)(?: \S+){0,3} (?:khong|hong|hok|duoc)(?: |$)/, first: 'nha' },
  // "có thuộc diện được cấp thẻ bhyt miễn phí ko": within the group entitled
  ...cue('eligibility', 4.5, 'thuoc dien', 'co thuoc dien'),
  // "ai trong nhà đi làm": who goes
  { aspect: 'eligibility', weight: 3.5, re: / ai (?:trong nha )?(?:\S+ ){0,2}(?:di lam|dung ra|di nop|di khai)(?: |$)/, first: 'ai' },
  // a paper in the file: the paper copy after filing online, a health check ("có phải nộp bản giấy nữa không", "có
  // phải khám sức khoẻ lại không")
  ...cue('documents', 3.5, 'ban giay'),
  ...cue('documents', 3, 'kham suc khoe'),
  // "hợp đồng thuê trọ viết tay có được không", "giấy mua bán … có xài được ko": will this paper do
  { aspect: 'documents', weight: 4, re: / viet tay (?:\S+ ){0,5}(?:duoc|dc) (?:khong|hong|hok|chua)(?: |$)/, first: 'tay' },
  ...cue('documents', 3.5, 'dung lam ho so'),
  // "phải ra tận công an xã mới được hả": the place one must go to
  { aspect: 'where', weight: 4.5, re: / (?:ra|len|ve|den|toi|vao) tan (?:\S+ ){1,3}moi (?:duoc|dc)(?: |$)/, first: 'tan' },
  // "hạn nộp hồ sơ là bao nhiêu ngày kể từ khi nghỉ việc": the deadline
  { aspect: 'eligibility', weight: 4.5, re: / han (?:chot |cuoi )?(?:nop|dang ky|khai|bao|lam)(?: \S+){0,3} (?:la )?(?:bao nhieu|may|bao lau|bao gio|khi nao)(?: |$)/, first: 'han' },
  // "giấy chứng sinh bên Nhật có phải dịch thuật công chứng ko", "giấy tờ bên ảnh có phải hợp pháp hoá lãnh sự ko": a
  // foreign paper in the file, translated or legalised (certifying a contract is a procedure of its own)
  { aspect: 'documents', weight: 3.5, re: / (?:giay|ban|so|bang|hoc ba|_) (?:\S+ ){0,8}(?:co )?(?:can|phai|bat buoc) (?:phai )?(?:dich|hop phap hoa)(?: |$)/, first: ['dich', 'hoa'] },
  // "ảnh cỡ bao nhiêu", "nền trắng hay nền xanh", "đeo kính được ko": the photo for the file
  { aspect: 'documents', weight: 4, re: / (?:anh|hinh) (?:the )?(?:co|kich thuoc|kich co|size) (?:bao nhieu|nao|may)| nen (?:trang|xanh) (?:hay|hoac)| deo kinh (?:duoc|dc|co duoc)/, first: ['nhieu', 'nao', 'may', 'hay', 'hoac', 'duoc', 'dc', 'co'] },
  // "đóng bhxh được 14 tháng thôi thì có đủ ko": enough months paid to qualify
  { aspect: 'eligibility', weight: 4, re: / (?:dong|tham gia) (?:\S+ ){0,5}(?:duoc )?(?:\d+|may|hai|ba|bon|nam|muoi) (?:thang|nam) (?:\S+ ){0,3}(?:co )?du (?:khong|ko|k|hong|hok|chua|dieu kien)(?: |$)/, first: 'du' },
  // "quán nhỏ như quán tui thì ko cần xin hả ad", "ở xã thì ko cần xin hả": no need, checked
  { aspect: 'eligibility', weight: 3.5, re: / (?:khong|ko|k|hong) (?:can|phai|bat buoc) (?:(?!gi |j |chi |nao |dau )\S+ ){0,3}(?:ha|ak|ah|chu)(?: (?:admin|em|anh|chi|chau|co|chu|bac))? (?:\| |$)/, first: ['ha', 'ak', 'ah', 'chu'] },
  // "mất mấy nghìn", "hết mấy trăm": how much
  { aspect: 'fee', weight: 3, re: / (?:mat|het|ton|tra|dong) (?:may|vai) (?:nghin|ngan|tram|chuc)(?: |$)/, first: ['nghin', 'ngan', 'tram', 'chuc'] },
  // "nghỉ được 2 tháng rồi còn nộp kịp không": still in time
  { aspect: 'eligibility', weight: 3.5, re: / con (?:\S+ )?kip (?:khong|ko|k|hong|hok|ha|chu|a)(?: |$)/, first: 'kip' },
  // "cho hỏi về giấy tờ xây nhà", "ba mất hôm qua, cho hỏi giấy tờ cần làm": the paperwork, how to go about it
  { aspect: 'overview', weight: 3.5, re: / hoi (?:\S+ ){0,2}?(?:ve |thu tuc |cai )*giay to(?! (?:gi|j|chi|nao|gom|can (?:mang|nop|chuan bi|co)|phai))| giay to can lam(?: |$)/, first: ['to', 'lam'] },
  // "trễ hạn nộp chưa": whether one is still in time
  { aspect: 'eligibility', weight: 4, re: / (?:tre|qua) han (?:(?:nop|dang ky|lam|khai|doi|bao) )?(?:chua|khong|ko|hong|hok)(?: |$)/, first: 'han' },
  // "có phải đem bản gốc theo không", "phải mang sổ hộ khẩu với cmnd cũ theo hả": a paper to bring, asked yes or no
  { aspect: 'documents', weight: 3.5, re: / (?:phai|can) (?:mang|dem|cam|kem) (?:\S+ ){1,8}theo (?:khong|ko|k|hong|hok|ha|a|chu|_)(?: |$)/, first: 'theo' },
  // "tui đem lên xã ký chứng thực thay nó được hông": whether one may do it for someone (not "lấy giấy khai sinh thay
  // được ko", a paper in place of another)
  { aspect: 'eligibility', weight: 3.5, re: / thay (?:cho )?(?:no|ma|ba|bo|me|anh|chi|em|con|ong|vo|chong|anh ay|chi ay|co ay|nguoi khac|nguoi nha) (?:duoc|dc) (?:khong|ko|k|hong|hok|chu|ha|chua)(?: |$)/, first: 'thay' },
  // "khi nào mới biết có được công nhận hay không": when the answer comes, whatever it is
  { aspect: 'duration', weight: 3, re: / (?:khi nao|bao gio|chung nao|bao lau) (?:thi )?moi (?:biet|co ket qua|nhan duoc ket qua|co thong bao)(?: |$)/, first: 'moi' },
  // "về quê có lãnh thất nghiệp ở quê được hông", "đăng ký lại ở đây được hay bắt buộc về Kon Tum": whether here will do
  // ("làm lại ở chỗ em ở trọ được hok")
  { aspect: 'where', weight: 3, re: / o (?:que|day|cho (?:(?!tren |qua |online |bang )\S+ ){1,4}?) ?(?:duoc|dc) (?:khong|ko|k|hong|hok|ha|chu|hay)(?: |$)/, first: ['que', 'day', 'cho'] },
  // "có cần về quê không hay làm ở chỗ đang ở cũng được": the place, weighed against another
  { aspect: 'where', weight: 3.5, re: / hay (?:lam |nop |xin )?(?:o|tai) (?:\S+ ){1,4}cung (?:duoc|dc)(?: |$)/, first: 'cung' },
  // "cụ thể là giấy gì vậy": which paper exactly
  ...cue('documents', 4.5, 'cu the la giay', 'cu the la nhung giay'),
  // "cái đó tui đi làm được hay chủ cũ phải tự làm", "một mình tôi là bố đi khai được chứ": who may go (not "ở nhà 1
  // mình với bé không đi được", why one cannot)
  { aspect: 'eligibility', weight: 3.5, re: / (?:di lam|lam|di) (?:duoc|dc) hay (?:\S+ ){0,3}(?:phai )?tu (?:lam|di)(?: |$)/, first: 'tu' },
  { aspect: 'eligibility', weight: 3.5, re: / (?:1|mot) minh (?:(?!khong |hong |ko |chua )\S+ ){0,4}(?:di|lam|nop|khai|ky)(?: \S+)? (?:duoc|dc)(?: |$)/, first: 'minh' },
  // "ly hôn rồi thì vẫn đăng ký được chứ": still allowed
  { aspect: 'eligibility', weight: 3, re: / van (?:\S+ ){0,5}(?:duoc|dc) (?:chu|khong|ko|hong|ha)(?: |$)/, first: 'van' },
  // overview
  ...cue('overview', 2, 'lam sao', 'the nao', 'nhu the nao', 'ra sao', 'thu tuc', 'cach lam', 'huong dan', 'quy trinh',
    'lam gi', 'phai lam gi', 'tu van', 'sua sao', 'tinh sao', 'the sao', 'nhu nao', 'kieu gi', 'che do gi', 'noi ro',
    'chua hieu', 'lam thu tuc', 'buoc'),
  // ("nghe nói được nhận tiền hằng tháng mần răng để nhận": how to get it, the hearsay only its story)
  ...cue('overview', 3.5, '(?:lam sao|lam the nao|lam ntn|the nao) de (?:duoc )?(?:nhan|lanh|linh|huong)'),
  // ("con cháu về chơi mấy bữa thì phải khai báo răng": how it is declared, "mấy bữa" the stay told)
  ...cue('overview', 5, 'thi phai (?:khai bao|khai|bao|dang ky|lam) (?:cai )?(?:sao|the nao|ra sao|nhu the nao)(?= (?:o|a|admin|vay|chau|con|em|anh|chi|nhi)? *$)'),
  // ("gồm những bước nào", "mấy bước": the steps — how it goes, whatever place the procedure names)
  ...cue('overview', 4, 'la giay gi', 'la giay chi', 'la che do gi', 'cac buoc', 'nhung buoc nao', 'nhung buoc gi', 'may buoc', 'gom nhung buoc'),
  // "muốn được xét hộ nghèo thì phải làm những gì": the steps, not the papers
  ...cue('overview', 4, 'phai lam nhung gi', 'phai lam nhung chi'),
  // "muốn làm trợ cấp thất nghiệp thì bắt đầu từ đâu": where to begin ("đầu", typed, is kept as "đâu2": see matcher)
  { aspect: 'overview', weight: 4, re: / bat (?:dau|đâu2) (?:tu |o )?(?:dau|buoc nao|cho nao|the nao)(?: |$)/, first: 'bat' },
  // "trường đòi giấy chứng minh nơi ở thì xin giấy gì", "… thì xin cái gì", "mất sổ hộ khẩu thì làm giấy gì thay":
  // which paper to apply for — what to do, not what to bring ("cần làm giấy gì" lists the papers)
  // (but "không có giấy báo tử thì xin giấy gì thay vào" asks for a paper to put in the file in its place, and "xin
  // cái gì ở đâu" where)
  { aspect: 'overview', weight: 4, re: / (?:xin|(?<!can )lam) (?:giay|cai|to) (?:gi|chi|j)(?! thay vao| o dau| cho nao| o mo| khong| hong| hok)(?: |$)/, first: ['gi', 'chi', 'j'] },
  // "X là gì" asks what it is, as surely as a specific cue asks its aspect (the first asked wins a tie)
  // "thường trú khác tạm trú chỗ nào": what tells them apart
  { aspect: 'overview', weight: 4, re: / khac (?:\S+ ){0,3}(?:cho nao|o cho nao|cho dau)(?: |$)| khac nhau (?:gi|cho nao|the nao)(?: |$)/, first: 'khac' },
  // "khai báo tạm vắng là khai cái chi rứa": what it is
  { aspect: 'overview', weight: 3, re: / la (?:\S+ ){1,2}cai (?:gi|chi)(?: |$)/, first: 'cai' },
  ...cue('overview', 3, 'la gi', 'la cai gi', 'la cai chi', 'la the nao', 'la sao', 'thu tuc gi', 'lam thu tuc gi', 'lam nhu the nao', 'la lam sao', 'chi cach',
    'cach nop', 'cach dang ky', 'cach nhan', 'cach xin'),
  // A guess checked by its value: "đổi gplx 135k hả", "cắt khẩu free hả" (the cost), "sang tên 10 ngày đúng k",
  // "đk hộ kinh doanh 3 ngày là có giấy" (the time), "rút 1 lần chỉ cần sổ bhxh với cccd à", "giấy chứng sinh là đủ
  // chứ" (the papers). (An income per month, a deadline or a stay is no such value: "dưới 2 triệu/tháng", "hạn 15 ngày",
  // "ở quá 30 ngày".)
  { aspect: 'fee', weight: 2.5, re: / (?:\d+(?:[.,]\d+)? ?(?:k|nghin|ngan|dong|trieu|tr)|free|mien phi)(?! (?:\S+ )?(?:thang|nam|mot thang|moi thang|1 thang))(?: \S+){0,3} (?:ha|a|ak|ah|(?:co )?_|dung|phai|chu|khong)(?: admin)? $/, first: ['ha', 'a', 'ak', 'ah', '_', 'dung', 'phai', 'chu', 'khong'] },
  { aspect: 'duration', weight: 2.5, re: /(?<! (?:han|truoc|trong|qua|sau|nghi|o|dong|vang|tre|tren|duoi|hon|vong|toi|den|khoi|di|ve)) (?:\d+|mot|hai|ba|bon|nam|vai|muoi) (?:ngay|tuan|thang|hom|bua|tieng)(?: lam viec)?(?: (?:la|thi|moi))? (?:(?:co|xong|lay|nhan|ra)(?: \S+){0,2} )?(?:ha|a|ak|ah|(?:co )?_|dung|phai|chu)(?: admin)? $/, first: ['ngay', 'tuan', 'thang', 'hom', 'bua', 'tieng'] },
  { aspect: 'duration', weight: 3, re: /(?<! (?:han|truoc|trong|qua|sau|nghi|o|dong|vang|tre|tren|duoi|hon|vong|khoi)) (?:\d+|mot|hai|ba|bon|nam|vai|muoi) (?:ngay|tuan|thang|hom|bua)(?: lam viec)? (?:la |thi |moi )?(?:co|xong|lay duoc|nhan duoc|ra) (?:giay|the|so|tien|ket qua|quyet dinh|ban|roi|luon)/, first: ['ngay', 'tuan', 'thang', 'hom', 'bua'] },
  { aspect: 'documents', weight: 3.5, re: / (?:chi )?(?:can|mang|kem|co) (?:(?!tien |bao |nop |xong )\S+ ){1,8}(?:la|thi) du(?: roi)? (?:a|ha|ak|chu|chua|_|khong)(?: \S+)? $/, first: 'du' },
  { aspect: 'documents', weight: 3.5, re: / chi can (?:mang (?:theo )?|co |nop |kem )?(?:so|giay|ban (?:sao|chinh|goc)|the|can cuoc|chung minh|hop dong|quyet dinh|don|to khai|anh|hinh|ho chieu|bang|hoc ba)(?: \S+){0,12} (?:thoi )?(?:a|ha|ak|_)(?: admin)? $/, first: 'chi' },
  // (not where they are taken, "mang bản gốc ra xã là làm được luôn hả", nor with a question word: "nộp giấy báo tử xong
  // thì chừng nào…"; "nộp sở tài chính" is the department)
  { aspect: 'documents', weight: 3, re: /^(?!.* (?:o|ra|len|tai|ve|xuong|den) (?:xa|phuong|huyen|tinh|so|uy ban|ubnd|cong an|thon) )(?!.* (?:chung nao|bao gio|khi nao|bao lau|o dau|may ngay|bao nhieu|the nao|ra sao|nhu nao|cho nao|gi|chi) ).* (?:can|mang(?: theo)?|kem(?: theo)?|nop(?: lai)?) (?:ban (?:sao|chinh|goc)|giay(?! phep)|so(?! (?:tai|tu|ke|y|lao|xay|giao|noi|khoa) )|the|can cuoc|chung minh|hop dong|quyet dinh|don|to khai|anh|hinh|ho chieu|bang|hoc ba|van ban) (?:\S+ ){0,12}(?:thoi )?(?:(?:la|thi) (?:duoc|xong|du) )?(?:ha|ak|_)(?: a| admin)? $/, first: ['can', 'mang', 'kem', 'nop'] },
  // "cần giấy tờ chứng minh nơi ở thì làm sao": the paper is what is sought, how to get it
  { aspect: 'overview', weight: 4, re: / can (?:giay|giay to|cai giay) (?:chung minh|xac nhan) (?:\S+ ){0,6}(?:thi )?(?:lam (?:sao|the nao|nhu the nao|ra sao)|xin (?:gi|cai gi|giay gi))(?: |$)/, first: ['sao', 'nao', 'gi'] },
  // "hộ cận nghèo có được cấp thẻ bhyt miễn phí không": who is given it free — a benefit for some (a fee waived is
  // "miễn lệ phí", "miễn thuế")
  { aspect: 'eligibility', weight: 4, re: / (?:duoc|dc) (?:nha nuoc )?cap (?:\S+ ){0,6}(?:mien phi|khong mat tien|mien tien)(?: |$)/, first: 'cap' },
  // a question ending in a bare "sao" asks how ("làm hộ chiếu cho con sao")
  { aspect: 'overview', weight: 2, re: /(?<!ban|bao) sao(?: a| admin| vay| nhi| ta| ha| may chu| ca nha| moi nguoi| mn)? $/, first: 'sao' },
];

/** "…online được không hay phải lên xã": the first alternative is the question, the second its fallback. */
const ALTERNATIVE = / hay (?:\S+ ){0,2}?(?:la |phai |van |chi |can |di |len |ra |den |toi |bat buoc |de )/;

/** Separates clauses in the text given to detectAspect (see clauseText). */
export const CLAUSE_SEPARATOR = ' | ';

/** A cue this strong is a question of its own, so the first clause with one is what the citizen asks first. */
const FIRST_QUESTION_WEIGHT = 3;

/** "bản chính hay bản sao": a choice between two asks which one */
const ONE_OR_OTHER = /^ *\S+(?: \S+)* hay \S/;
const NEVER = / chua (?:\S+ ){0,2}bao gio | chua (?:\S+ ){3,6}bao gio (?=(?:ca |het |a |ad |admin |vay |nen |luon )?$)/; // ("chưa nộp hồ sơ online bao giờ" closing a clause)
/**
 * "lên xã hỏi thì họ bảo…", "uỷ ban thì nói…": the office that told the citizen something, not where to go ("nói" only
 * after its speaker or "thì": "xã nơi thường trú" folds alike; "ở xã thì bao lâu xong" asks how long, "bảo lâu" is no phrase)
 */
const TOLD_BY = / (?:(?:o|len|ra|ve|toi|den|xuong|tren) )?(?:xa|phuong|uy ban|ubnd|cong an)(?: (?:cu|moi|minh|nha|que|toi|em|tui|do))? (?:(?:(?:hoi )?thi (?:(?:ho|nguoi ta|can bo|ben do|ben) )?|(?:ho|nguoi ta|can bo|ben do|ben) )(?:noi|bao|keu|tra loi)|bao|keu|tra loi)(?! (?:o|len|ra|ve|nop|lam|lau|nhieu) )/;
/** "rớt đâu mất", "thất lạc đâu rồi": lost somewhere, not a question of where */
const SOMEWHERE = / (?:rot|roi|lac|that lac|danh roi|de quen|bo quen) dau | dau mat (?:tieu |roi |het )?| o dau (?:khong|chang|cha) biet | (?:chua|khong|ko|hong|cha) (?:di )?dau (?:duoc|het|ca) | di dau cung /;
/** "đất trồng cây lâu năm", "mất lâu rồi": long-standing, long ago — not a question of how long */
/** "bằng do nước ngoài cấp", "giấy tờ toàn tiếng Anh": a paper issued abroad — whether it is accepted is a condition */
const FOREIGN_PAPER = / (?:(?:do |o |tai |ben )?nuoc ngoai cap|cap (?:o |tai |ben )?nuoc ngoai|(?:bang|giay|giay to|ho chieu|ban chinh|ban goc|van bang)(?: \S+){0,3} (?:nuoc ngoai|tieng anh|tieng nuoc ngoai|ngoai ngu)|(?:toan|bang) tieng (?:anh|nuoc ngoai)) /;
/** "… có được không", "… cho không": whether it may be done */
const MAY_IT = / (?:duoc|dc|cho) (?:\S+ ){0,2}(?:khong|ko|k|hong|hok|hem)(?: (?:a|ad|admin|vay|z|chi|anh|em))? $/;
/** "… hết hạn rồi", "sắp hết hạn": a paper's state told — with no word that asks whether */
const EXPIRED_TOLD = /^(?!.* (?:duoc|dc|khong|ko|k|hong|hok|chua|phai|co bi|bi phat)(?= )).* (?:het han|qua han)(?= )/;
const LONG_AGO = /(?<! bao) (?:lau nam|lau roi|tu lau|lau lam roi|lau dai) /;
/** "…trên VNeID cũng xin được phải không": a closing "right?" confirms what came before, it asks nothing itself */
const TAG = / (?:(?:co )?(?:phai vay|dung vay|dung roi)|phai|dung) (?:khong|ko|k|hong|hok)(?: a| admin| vay| ha| nhi| he| hi| ban| can bo| chau| co| chu| bac| anh| chi| em| con| rua| o)? $/;
/** "quán ăn thì còn phải xin giấy an toàn thực phẩm nữa đúng không": whether one must, checked by a closing tag */
const MUST_CHECKED = new RegExp(` phai (?:(?!phai |khong |ko |hong )\\S+ ){1,10}?${TAG.source.slice(1)}`);
/** "ký sẵn ở nhà mang lên ko dc đúng ko", "… là được xét hộ cận nghèo phải ko ạ": whether it is allowed, checked */
// ("thế thì xin bản sao là được phải không": doing that is all, the procedure itself)
const ALLOWED_CHECKED = new RegExp(` (?<! la )(?:duoc|dc) (?:(?!khong |ko |hong )\\S+ ){0,6}?${TAG.source.slice(1)}`);
/** "nghe nói …", "chủ trọ bảo …", "nó nói …", "trên face nói …": something heard, told */
const HEARSAY = / (?:nghe (?:\S+ ){0,3}(?:noi|bao|don)|(?:\S+ )(?:noi|bao|keu))(?= )/;
/** "… được à", "… luôn à", "… đúng ko", "?": a statement checked */
const CHECKS_A_PLACE = new RegExp(`\\?| (?:duoc|dc|luon|nhan|roi) a $|${TAG.source.slice(1)}`);
/** A rule: must, need not, may not, is fined */
const DUTY = / (?:phai|bat buoc|(?:khong|ko|k|hong) (?:can|duoc|dc|phai)|bi phat|phat) /;
/** "(nghe nói …), có đúng không ạ", "rứa có đúng không", "thật không ad": a clause that only checks what was heard */
const ONLY_CHECKS = /^ *(?:\S+ )?(?:co (?:phai|dung)(?: vay| roi)?|dung|that) (?:khong|ko|k|hong|hok)(?: (?:a|ad|admin|vay|ha|nhi|ban|chi|anh|em|chau|co|chu|bac|con|rua|o))? *$/;
/** "muốn tạm ngưng mấy tháng", "lên chơi mấy hôm": a few months or days, told — not a question of how long */
const STATED_PERIOD = / (nghi|ngung|o|o voi \S+|o voi \S+ \S+|choi|vang|tru|song|doanh|ban|(?<=(?:gia|het|qua|tre) )han|bien|ghe|tau|nuoc ngoai) may (?:thang|tuan|hom|ngay|bua|nam) /;
/** "mấy năm nay", "mấy hôm nay": these past years or days, told */
const THESE_PAST = / may (?:nam|thang|tuan|hom|bua|ngay) (?:nay|qua|gan day) /g;
/** "bán online", "kinh doanh trực tuyến": a trade done online, not the procedure */
const SELLS_ONLINE = / (ban|ban hang|kinh doanh|buon ban) truc tuyen /g;
/** "để làm giấy tờ thừa kế", "để bổ sung hồ sơ xin việc": the papers it is for, not papers asked about */
const FOR_PAPERS = / de (lam|lo|bo sung|hoan thien|hoan tat|nop) (?:giay to|ho so) (?!gi |j |chi |nao |_ )/g;
/** The clause with what it only tells blanked out; kept for the clauses just seen (one message asks for each several times). */
const PLAIN = new Map<string, string>();
function plainClause(clause: string): string {
  let plain = PLAIN.get(clause);
  if (plain !== undefined) return plain;
  plain = ` ${clause} `.replace(NEVER, ' chua tung ').replace(SOMEWHERE, ' _ ').replace(TOLD_BY, ' _ ').replace(LONG_AGO, ' _ ').replace(TAG, ' _ ')
    .replace(STATED_PERIOD, ' $1 _ ').replace(THESE_PAST, ' _ ').replace(SELLS_ONLINE, ' $1 _ ').replace(FOR_PAPERS, ' de $1 _ ');
  if (PLAIN.size >= 512) PLAIN.clear();
  PLAIN.set(clause, plain);
  return plain;
}
/** Words that make a clause a question (folded). Not "hỏi": "lên xã hỏi thì…" tells the story (see courtesy.ts). */
const QUESTION_WORDS = new Set(['khong', 'chua', 'gi', 'chi', 'sao', 'dau', 'nao', 'bao', 'nhieu', 'may', 'ha', 'hong', 'hok', 'nhi', 'ai', 'khi']);
/** "em chưa có tài khoản" tells; "xong chưa", "có chưa ạ" ask: "chưa" asks only at the end of a clause. */
const NOT_YET_ASKED = / chua(?: (?:a|ad|admin|vay|nhi|ha|nhe|nha|ban|chi|anh|em|ta|mn|moi nguoi|ca nha|bac|co|chu)){0,2} $/;
/** ("không có giấy tờ chi hết": "gì/chi" before "hết/cả" is "at all", not a question; "cái gì cũng phải có": everything) */
const atAll = (w: string, next: string | undefined) => ((w === 'gi' || w === 'chi') && (next === 'het' || next === 'ca' || next === 'cung'))
  // ("năm nào cũng đóng thuế": every year)
  || (w === 'nao' && next === 'cung');
/** "không tranh chấp với ai": with no one, denied, not asked */
const noOne = (ws: readonly string[], i: number) => ws[i] === 'ai' && (i === ws.length - 1 || ws[i + 1] === 'ca' || ws[i + 1] === 'het')
  && ws.slice(0, i).some((w) => w === 'khong' || w === 'chang');
/** "chị cán bộ bảo…", "anh chị ơi", "chồng chị", "của chị": "chị", a person, not "chi" (gì) */
const sister = (w: string, prev: string | undefined, next: string | undefined) => w === 'chi'
  && (prev === 'anh' || prev === 'cac' || prev === 'chong' || prev === 'vo' || prev === 'cua' || next === 'can' || next === 'oi' || next === 'ay' || next === 'gai' || next === 'hang');
/** "cán bộ bảo sổ gốc mất rồi": "bảo" (said), unless "bao lâu", "bao nhiêu", "bao giờ" */
const said = (w: string, next: string | undefined) => w === 'bao' && next !== 'nhieu' && next !== 'lau' && next !== 'gio' && next !== 'nhiu';
/**
 * "không" asks at the end of a clause (before words of address: "… không mọi người", "… ko cán bộ") or before an
 * alternative ("… không hay phải tự mua"); "sổ gốc cũng không còn", "không lên xã được" deny.
 */
const NO = new Set(['khong', 'hong', 'hok']);
const ADDRESS = new Set(['a', 'ad', 'admin', 'vay', 'nhi', 'ha', 'nhe', 'nha', 'ban', 'chi', 'anh', 'em', 'ta', 'mn', 'moi', 'nguoi', 'ca',
  'can', 'bo', 'ong', 'ba', 'co', 'chu', 'bac', 'chau', 'o', 'me', 'cau', 'thim', 'duong', 'nghe', 'nghen', 'he', 'oi', 'the', 'troi', 'ne', 'z', 'ah', 'ak', 'day', 'u', '_', '']);
const denies = (ws: readonly string[], i: number) => NO.has(ws[i]) && ws[i + 1] !== 'hay' && ws.slice(i + 1).some((w) => !ADDRESS.has(w));
/** "chồng đi ghe mấy tháng mới về": back only after a few months, told ("mấy ngày mới có" asks) */
const backAfter = (ws: readonly string[], i: number) => ws[i] === 'may' && ['thang', 'tuan', 'ngay', 'nam', 'bua', 'hom'].includes(ws[i + 1])
  && ws[i + 2] === 'moi' && ['ve', 'tro', 'quay'].includes(ws[i + 3]);
/** "bản sao", "sao y", "sao lục": a copy, not "sao" (how) */
const copy = (w: string, prev: string | undefined, next: string | undefined) => w === 'sao' && (prev === 'ban' || next === 'y' || next === 'luc' || next === 'ke');
/** ("mua xe máy", "không rành máy móc", typed without marks: a machine, not "mấy") */
const machine = (w: string, prev: string | undefined, next: string | undefined) => w === 'may' && (prev === 'xe' || MACHINE_KINDS.has(next ?? ''));
const MACHINE_KINDS = new Set(['moc', 'tinh', 'in', 'lanh', 'giat', 'bay', 'photo', 'cay']);
// ("khi" asks only as "khi nào": "trước khi bay", "sau khi nộp" tell when)
const asks = (clause: string) => clause.split(' ').some((w, i, ws) => w !== 'chua' && QUESTION_WORDS.has(w) && !(w === 'khi' && !['nao', 'mo', 'dau'].includes(ws[i + 1] ?? '')) && !atAll(w, ws[i + 1]) && !noOne(ws, i)
  && !sister(w, ws[i - 1], ws[i + 1]) && !said(w, ws[i + 1]) && !denies(ws, i) && !copy(w, ws[i - 1], ws[i + 1]) && !machine(w, ws[i - 1], ws[i + 1]) && !backAfter(ws, i))
  || NOT_YET_ASKED.test(` ${clause} `);
/** ("xong rồi sang tên…" opening a clause is "after that", not "done") */
const SETTLED = / (?:biet|hieu|ro|nam duoc) roi |(?<=\S) xong roi | da (?:biet|hieu|ro) /;

/** `checked`: read from a closing "… phải không" alone (MUST), which gives way to any clause that asks in words */
interface Hit { aspect: Aspect; weight: number; score: number; checked?: boolean }

/** "(chủ trọ bảo) tự làm trên VNeID được", "nghe nói đăng ký trên mạng được": done online, told ("_": the topic's own words, masked) */
const DONE_ONLINE = / (?:(?:lam|dang ky|khai|nop|bao|xin|cap|_) (?:\S+ ){0,3}?(?:(?:tren|qua) (?:vneid|mang|app|ung dung|dich vu cong|cong dich vu|dien thoai)|truc tuyen)(?: \S+){0,3} (?:duoc|cung duoc)|(?:co the|cung duoc) (?:lam|dang ky|khai|nop|bao|xin|_) (?:\S+ ){0,5}?(?:online|truc tuyen|(?:tren|qua) (?:vneid|mang|app|ung dung|dich vu cong|cong dich vu))|(?:bao|keu|noi|bieu)(?: \S+)? tu (?:lam|dang ky|khai|nop|bao|_) (?:\S+ ){0,2}?(?:tren|qua) (?:vneid|mang|app|ung dung|dich vu cong|cong dich vu)) /;

/** "à thôi", "thôi khỏi": a clause that takes back what was asked before it */
const RETRACTS = /^ (?:a |u |ah |ma )?thoi (?:khoi|bo qua|khong can|cai do|cai nay|vu do|(?:em|toi|minh|tui) (?:\S+ )?(?:biet|tra|tim hieu|hieu|hoi) roi)/;

/** A clause that checks a guess ("phải làm trước hả", "… đúng không"), and one that asks with a question word. */
const CONFIRMS = / (?:ha|(?:phai|dung) (?:khong|hong)) $/;
const WH_WORD = / (?:o dau|dau|cho nao|bao lau|bao nhieu|bao gio|khi nao|nhu the nao|the nao|ra sao|lam sao|lam rang|gi|chi|nao|may ngay) /;

/**
 * Within a clause the strongest cue wins; between cues of equal weight the later one, because a Vietnamese
 * question ends with its question words ("…thuê trọ có phải đăng ký tạm trú không" asks about eligibility).
 */
/** The cues by the word they need (`first`), and those that need none: a clause tries only the cues its words allow. */
const CUES_BY_WORD = new Map<string, number[]>();
const CUES_ALWAYS: number[] = [];
CUES.forEach((c, i) => {
  if (c.first === undefined) { CUES_ALWAYS.push(i); return; }
  for (const w of typeof c.first === 'string' ? [c.first] : c.first) CUES_BY_WORD.set(w, [...(CUES_BY_WORD.get(w) ?? []), i]);
});
/** The cues a text may match, in their order in CUES (ties between equal scores go to the earlier cue). */
// (gathered into one typed array and sorted there, duplicates skipped on the way out: this runs for every clause of every
// message, a clause allows a few dozen of the ~900 cues, and building sets of them took a tenth of a parse)
function cuesFor(text: string): Cue[] {
  const words = text.split(' ');
  let n = CUES_ALWAYS.length;
  for (const w of words) n += CUES_BY_WORD.get(w)?.length ?? 0;
  const at = new Int32Array(n);
  at.set(CUES_ALWAYS);
  n = CUES_ALWAYS.length;
  for (const w of words) {
    const ids = CUES_BY_WORD.get(w);
    if (ids) for (const i of ids) at[n++] = i;
  }
  at.sort();
  const out: Cue[] = [];
  for (let k = 0; k < at.length; k++) if (k === 0 || at[k] !== at[k - 1]) out.push(CUES[at[k]]);
  return out;
}

const MUST: Cue = { aspect: 'eligibility', weight: 3, re: MUST_CHECKED };
const ALLOWED: Cue = { aspect: 'eligibility', weight: 2.5, re: ALLOWED_CHECKED };

function bestInClause(clause: string): Hit | null {
  // "em chưa làm bao giờ" (never) is not "bao giờ" (when)
  const text = plainClause(clause);
  const alt = ALTERNATIVE.exec(text);
  const altAt = alt ? alt.index : Infinity;
  let best: Hit | null = null;        // the strongest cue of a specific aspect
  let overview: Hit | null = null;    // the strongest "how / what is it" cue
  // "giấy uỷ quyền cho mẹ đi nộp hồ sơ thay thì chứng thực chữ ký ở đâu": a question word after the last "thì" asks;
  // what comes before it sets the scene
  const thiAt = text.lastIndexOf(' thi ');
  const tailAsks = thiAt > 0 && WH_WORD.test(text.slice(thiAt));
  const matches = cuesFor(text).map((c) => ({ c, m: c.re.exec(text) })).filter((x): x is { c: Cue; m: RegExpExecArray } => x.m !== null);
  // (the tag is blanked in `text`, so the check reads the clause as typed)
  const atEnd = () => Object.assign([' _ '], { index: text.length - 3, input: text, groups: undefined }) as RegExpExecArray;
  if (MUST_CHECKED.test(` ${clause} `)) matches.push({ c: MUST, m: atEnd() });
  // ("nghe nói làm chung … một lần được phải không": what was heard of the procedure, not a permission)
  else if (ALLOWED_CHECKED.test(` ${clause} `) && !/ nghe /.test(` ${clause} `)) matches.push({ c: ALLOWED, m: atEnd() });
  const inTail = tailAsks && matches.some(({ c, m }) => m.index >= thiAt && c.aspect !== 'overview' && c.weight >= 2);
  // ("cần giấy tờ chứng minh nơi ở thì làm thế nào": a paper needed, then how to get it — unlike "làm trên VNeID thì
  // làm thế nào" or "lệ phí thì tính kiểu gì", where the how is of the thing named before)
  const howInTail = tailAsks && !inTail && matches.some(({ c, m }) => m.index >= thiAt && c.aspect === 'overview' && c.weight >= 2);
  for (const { c, m } of matches) {
    const beforeTail = m.index + m[0].length <= thiAt + 1;
    if (beforeTail && (inTail || (howInTail && c.aspect === 'documents'))) continue;
    const position = (m.index + m[0].length) / text.length; // 0..1, end of the cue
    const firstAlternative = m.index < altAt && m.index + m[0].length <= altAt + 1 && altAt !== Infinity;
    const score = c.weight + 0.5 * position + (firstAlternative ? 1 : 0);
    const hit = { aspect: c.aspect, weight: c.weight, score, checked: c === MUST || c === ALLOWED };
    if (c.aspect === 'overview') { if (!overview || score > overview.score) overview = hit; }
    else if (!best || score > best.score) best = hit;
  }
  // "làm trên VNeID như thế nào": how to do it online
  if (overview && best?.aspect === 'online' && best.weight >= 3 && overview.weight <= 3) return best;
  if (overview && (!best || overview.score > best.score)) return overview;
  return best;
}

/**
 * "… thì lên đâu làm và làm lại có mất tiền không", "hồ sơ gồm những gì và có phải nộp tiền sử dụng đất không": two
 * questions typed (or spoken) in one run, joined by "và", "với lại" — each a clause of its own, so the first asked
 * leads as it does across commas.
 */
function splitJoinedQuestions(clause: string): string[] {
  for (const m of clause.matchAll(QUESTIONS_JOINED)) {
    const [left, right] = [clause.slice(0, m.index), clause.slice(m.index + m[0].length)];
    if (asks(left) && asks(right) && (bestInClause(left)?.weight ?? 0) >= 2) return [left, right];
  }
  return [clause];
}
const QUESTIONS_JOINED = / (?:va|voi lai|voi ca) (?=\S)/g;

/**
 * The aspect of a message whose clauses are joined by CLAUSE_SEPARATOR. Across clauses, the first one
 * that asks as strongly as any other wins: "cần giấy gì, có làm online được không" asks first about
 * the papers; a weaker cue earlier ("thời gian") gives way to a stronger one later.
 */
export function detectAspect(folded: string): { aspect: Aspect; score: number } | null {
  // "… cần giấy tờ gì… à thôi cái đó em tra rồi, chỉ hỏi nộp ở đâu thôi": what comes before a "thôi" that takes it back
  // asks nothing any more
  const all = folded.split(CLAUSE_SEPARATOR).flatMap(splitJoinedQuestions);
  let retracted = 0;
  all.forEach((c, i) => { if (i > 0 && RETRACTS.test(` ${c} `)) retracted = i; });
  const clauses = retracted > 0 ? all.slice(retracted) : all;
  // "lệ phí thì em biết rồi, giờ nộp ở đâu": a clause the citizen has settled asks nothing
  const unsettled = clauses.filter((c) => !SETTLED.test(` ${c} `));
  // "tôi lên xã hỏi thì cán bộ nói sổ gốc cũng mất, giờ phải làm sao": when some clause asks (a question word),
  // the clauses that ask nothing only tell the story
  // ("xã hay tỉnh" asks which of two; a clause that opens with "hay" is the fallback of the one before)
  // ("nghe nói làm trên VNeID cũng được, có đúng không": a clause that only confirms asks nothing of its own)
  const hearsay = unsettled.some((c) => HEARSAY.test(` ${c} `) && (bestInClause(c)?.weight ?? 0) >= 3);
  const questions = unsettled.filter((c) => (asks(c) || ONE_OR_OTHER.test(c)) && !(hearsay && ONLY_CHECKS.test(c)) && !/^ *_? *$/.test(plainClause(c).replace(/ (?:a|admin|ad|nhe|nha|vay|em|anh|chi)(?= )/g, ' ')));
  // ("… có làm trên mạng được không, hay vẫn phải lên Sở": the clause after "hay" is the fallback of the question before)
  const asked = questions.filter((c, i) => !(i > 0 && /^ *hay /.test(c) && questions[i - 1] === unsettled[unsettled.indexOf(c) - 1]));
  const open = asked.length ? asked : unsettled;
  let hits = (open.length ? open : clauses).map((c) => {
    const h = bestInClause(c);
    const wh = WH_WORD.test(` ${c} `);
    return h && { ...h, confirms: CONFIRMS.test(` ${c} `) && !wh, wh };
  }).filter((h): h is Hit & { confirms: boolean; wh: boolean } => h !== null);
  // ("chị hàng xóm nói bán quán nhỏ ko cần đăng ký hộ kinh doanh, có đúng ko": a rule heard, checked — whether it applies)
  const heardRule = !hits.some((h) => h.weight >= 2 && h.aspect !== 'overview') && unsettled.some((c) => HEARSAY.test(` ${c} `) && DUTY.test(plainClause(c)))
    && unsettled.some((c) => ONLY_CHECKS.test(c) || TAG.test(` ${c} `));
  if (heardRule) return { aspect: 'eligibility', score: 3 };
  if (!hits.length) return null;
  // ("vợ mình phải xin giấy xác nhận độc thân đúng ko, xin có lâu không": the guess checked first, then the question)
  if (hits.some((h) => !h.checked)) hits = hits.filter((h) => !h.checked);
  const strongest = Math.max(...hits.map((h) => h.weight));
  // ("phải xin giấy xác nhận độc thân trước hả, cái đó làm ở đâu": a guess checked, then the question in words)
  const tied = hits.filter((h) => h.weight >= strongest);
  // (so is a yes-or-no question before one in words: "có cần giấy ATTP ko, xin ở đâu")
  const asking = tied.length > 1 && (tied[0].confirms || (!tied[0].wh && (tied[0].aspect === 'eligibility' || tied[0].aspect === 'documents'))) && tied.some((h) => h.wh) ? tied.filter((h) => h.wh) : tied;
  // weak cues ("có thể", "làm sao") also set the scene: among those the last clause is the question
  const pick = strongest >= FIRST_QUESTION_WEIGHT ? asking[0] : asking[asking.length - 1];
  // ("tôi mới mua nhà ở phường khác, muốn chuyển hộ khẩu về đây": nothing asked, a place told — where things are)
  // (but "làm lại ở xã được à", "… ở xã cũng nhận, đúng ko" check a place)
  if (!questions.length && pick.aspect === 'where' && pick.weight <= 2 && !CHECKS_A_PLACE.test(` ${folded.replace(/ \| /g, ' ')} `)) return null;
  // ("bằng lái B2 của tui hết hạn 2 tháng rồi", "hộ chiếu cũ hết hạn rồi": a state told, nothing asked — what to do next)
  if (!questions.length && pick.aspect === 'eligibility' && pick.weight <= 2 && EXPIRED_TOLD.test(` ${folded.replace(/ \| /g, ' ')} `)) return null;
  // ("bằng tốt nghiệp bên Úc toàn tiếng Anh, ra xã chứng thực bản sao đc hông": the paper told, then whether the office
  // takes it — not which office)
  if ((pick.aspect === 'where' || pick.aspect === 'documents') && pick.weight <= 3 && FOREIGN_PAPER.test(` ${folded.replace(/ \| /g, ' ')} `)
    && questions.some((c) => MAY_IT.test(` ${c} `))) return { aspect: 'eligibility', score: 3 };
  // "chủ trọ bảo em tự đăng ký trên VNeID được, làm kiểu gì": the story says it is done online, the question asks how
  if (pick.aspect === 'overview' && questions.length && unsettled.some((c) => !questions.includes(c) && DONE_ONLINE.test(` ${c} `))) {
    return { aspect: 'online', score: 3 };
  }
  return { aspect: pick.aspect, score: pick.weight };
}

/**
 * The aspect asked once the cues of `aspect` are blanked: for a procedure done online by its nature (the portal, the
 * VNeID account), "có nộp online được không", "làm vneid giùm được không" name the channel the procedure is, and ask
 * whether it may be done (or what it costs, where the account is raised…).
 */
const GLOBAL_CUES = new Map<Aspect, RegExp[]>();
export function aspectBeside(folded: string, aspect: Aspect): { aspect: Aspect; score: number } | null {
  let own = GLOBAL_CUES.get(aspect);
  if (!own) GLOBAL_CUES.set(aspect, own = CUES.filter((c) => c.aspect === aspect).map((c) => new RegExp(c.re.source, 'g')));
  return detectAspect(folded.split(CLAUSE_SEPARATOR).map((clause) => own.reduce((t, re) => t.replace(re, ' _ '), ` ${clause} `).trim()).join(CLAUSE_SEPARATOR));
}

/**
 * Some clause asks in words (a question word, "chưa" at its end), once "rớt đâu mất", "chưa … bao giờ" and a closing
 * "phải không" are read as the story they tell.
 */
export const asksInWords = (folded: string): boolean => folded.split(CLAUSE_SEPARATOR).some((c) => asks(plainClause(c).trim()) || ONE_OR_OTHER.test(c));

/**
 * Some clause asks how ("làm sao", "hướng dẫn", "kiểu gì"): for a procedure done online by its nature (the portal,
 * the VNeID account), how to do it is its overview, not whether it can be done online.
 */
export const asksHow = (folded: string): boolean => folded.split(CLAUSE_SEPARATOR)
  .some((c) => {
    const text = plainClause(c).replace(/ bat buoc /g, ' _ '); // ("bắt buộc" is not "bước", a step)
    return CUES.some((cue) => cue.aspect === 'overview' && cue.weight >= 2 && cue.re.test(text));
  });

/** Every cue found in a text, for explaining a decision (`scripts/why.ts`). */
export function aspectCues(folded: string): { aspect: Aspect; weight: number; match: string; clause: number }[] {
  return folded.split(CLAUSE_SEPARATOR).flatMap((clause, i) => {
    const text = plainClause(clause);
    return CUES.flatMap((c) => {
      const m = c.re.exec(text);
      return m ? [{ aspect: c.aspect, weight: c.weight, match: m[0].trim(), clause: i }] : [];
    });
  });
}
