/**
 * Sentence patterns that signal a non-procedure intent whatever procedure is named: "hồ sơ sang tên
 * xe … giờ tới đâu rồi" asks for the status of an application, not about the procedure. Added to the
 * intent's score (in log-likelihood units) before normalisation; folded text in.
 */
import type { Intent } from './types';

interface IntentCue { intent: Intent; weight: number; re: RegExp }

/** No grievance word anywhere in the text ("chậm", "lâu", "bực", "phản ánh"…): a delay told, not protested. */
const UNPROTESTED = String.raw`(?!.*\b(?:cham|lau|buc|hen mai|hen hoai|phan anh|khieu nai|kien nghi|bat cong|vo ly|met qua|ai chiu|troi|qua han|qua dang|tre qua|bi tre|lan khac)\b)`;
/** A span of time gone: "10 ngày", "hơn tháng", "2 tuần". */
const TIME_SPENT = String.raw`(?:(?:hon|gan|ca|\d+|may|mot|hai|ba|bon|nam|nua) )+(?:ngay|tuan|thang|bua|hom)`;

const CUES: IntentCue[] = [
  // "ty ad", "ty nha": "thank you" shortened to its letters, the whole message
  { intent: 'thanks', weight: 99, re: /^(?:ty|tyvm)(?: (?:admin|nha|nhe|nhieu|ban|a|shop|mn|nhen|nghe))*$/ },
  // "ad còn đó không", "ad con do hong 😅": whether anyone is still there — a greeting, nothing asked
  { intent: 'greeting', weight: 99, re: /^(?:(?:alo|ad|admin|a|oi|ban|anh|chi|em|co|chu) )*con (?:o )?(?:do|day) (?:khong|ko|k|hong|hok|ha|hem|vay|a|ad|admin|nha)(?: (?:vay|a|ad|admin|nha|oi))*$/ },
  // where one checks an application told submitted ("… nộp hôm 10/7, giấy hẹn 8 ngày mà giờ chưa nhận được, e check ở
  // đâu", "làm sao biết hồ sơ đang tới đâu", "hồ sơ … có thẻ chưa"): its status, even with the lateness told
  { intent: 'status', weight: 99, re: /\b(?:nop (?:\S+ ){0,25}(?:tra cuu|check|kiem tra|coi|xem) (?:\S+ ){0,4}(?:o dau|cho nao|kieu gi|the nao|bang cach nao)|lam sao (?:de )?biet (?:\S+ ){0,3}(?:toi|den|o) (?:dau|buoc nao)|ho so (?:\S+ ){0,8}co (?:the|so|ket qua|quyet dinh) chua)\b/ },
  // (just under a grievance said outright: "hẹn 3 ngày mà chưa thấy gọi, làm ăn kiểu gì vậy" complains)
  // (a file number: "mã số 250915-0012", "hồ sơ … số 2507150123" — a long number that is not a phone number)
  { intent: 'status', weight: 99, re: /\b((?:ma ho so|so bien nhan|ma bien nhan|ma tra cuu|ho so ma|ho so so|bien nhan so|bien nhan ma) (?:la |cua em |cua toi |cua minh )?\S*\d|(?<!dien thoai |sdt |dt |zalo |hotline )(?:ma so|so ho so|so) (?:la )?(?!0\d{9}\b)\d{6,}\b|(?:da duoc |duoc )?giai quyet chua|xu ly chua|xem tien do|(?:hien|bao) trang thai|cho (?:em|e|toi|minh|chau) tra (?:cuu )?ho so|tra cuu (?:tinh trang )?ho so|(?:da )?duyet (?:hay |duoc )?chua|(?:da )?duoc ky chua|tra ve chua|(?:bao|van bao|hien) dang xu ly|(?:xem|tra|tra cuu|coi) tinh trang(?! hon nhan)|tinh trang (?:ho so|xu ly|giai quyet)|hay dang xu ly|(?:con )?dang xu ly hay (?:rang|sao|chua|the nao|gi)|toi dau roi|den dau roi|(?:ho so|hs) (?:\S+ ){0,3}dang (?:toi|den) dau|(?<!ban )sao roi|o buoc nao|buoc nao roi|dang o buoc|xong chua(?! (?:duoc )?(?:\d+|may|mot|hai|ba|nua) (?:ngay|tuan|thang|nam))|co ket qua chua|xu ly toi dau|giai quyet toi dau|tien do ho so|dang xu ly hoai|(?<!mai co |mai |chieu |chieu co |trua |hom sau )lay duoc chua|gio co chua|co chua de|(?:xem|coi|kiem tra|tra) (?:giup|gium|dum|ho) (?:\S+ )?ho so|(?:xem|coi) (?:(?:giup|gium|dum) )?(?:\S+ )?(?:toi|den) dau|ho so (?:\S+ ){0,6}nop (?:\S+ ){0,15}(?:tra cuu|tra|coi|xem|kiem tra) (?:o dau|cho nao|the nao|bang cach nao)|tra cuu (?:giup|gium|dum) (?:\S+ )?ho so|(?:da )?co quyet dinh chua|trang thai ho so|trang thai van|cho tiep nhan|dang cho xu ly|(?:toi|den) buoc nao|o khau nao|khau nao roi|(?<!(?:uy ban|ubnd|tru so|xa|phuong|cong an|van phong|bo phan|trung tam|chi nhanh)(?: \S+){0,5} )(?:gio|dang) nam o dau|chua thay goi|co the chua(?= (?:vay|a|ha|nhi|ad|admin)$|$)|kiem tra (?:giup |gium |dum |lai )?(?:\S+ )?ho so|(?:toi|em|minh|tui) nop (?:\S+ ){0,3}thi tra (?:the nao|sao|o dau|kieu gi|nhu the nao)|(?:tra|kiem tra) (?:giup|gium|dum) (?:toi|em|minh|tui|chau)(?! cach)|(?:cho \S+ )?hoi tien do|ho so (?:\S+ ){0,8}(?:tra cuu|tra|coi) (?:o dau|cho nao|bang cach nao)|(?:so|ma) (?:giay hen|phieu hen|phieu) (?:la )?\S*\d|ho so (?:\S+ ){0,10}(?:da )?ky chua|nop (?:\S+ ){0,6}(?:tu )?(?:tuan|hom|thang) truoc (?:\S+ ){0,2}chua (?:thay|co) (?:gi|tin|ket qua)|(?:nop|ho so) (?:\S+ ){0,14}(?:roi|hom qua|hom truoc|tuan truoc|khong co ma|ko co ma|mat giay hen) (?:\S+ ){0,4}(?:tra|tra cuu|xem|coi|check) (?:ho so |ket qua )?(?:sao|the nao|kieu gi|o dau|dau|cho nao|bang cach nao)|nop (?:\S+ ){0,20}(?:ma )?(?:gio|toi gio|den gio|toi nay|den nay) (?:sao )?(?:van )?chua (?:thay|co|nhan duoc|biet) (?:gi|chi|tin|ket qua|the nao)|nop (?:\S+ ){0,15}(?:xem|coi|tra|tra cuu|kiem tra) ket qua (?:o dau|cho nao|the nao|bang cach nao)|(?:xem|coi|tra|tra cuu|kiem tra) trang thai|ho so (?:\S+ ){0,16}sao (?:van )?chua thay (?:bao|goi|tin|tra loi|phan hoi)|(?:lam|nop) (?:\S+ ){0,4}(?:bua truoc|hom truoc|tuan truoc|hom bua|bua bua) (?:da )?co chua)\b/ },
  // "e nộp hồ sơ nhập khẩu cho con hôm 3/9 rồi mà giờ chưa thấy gì": an application filed and not heard of — where it
  // stands, unless grievances pile up ("sao lâu quá vậy, …", "làm ăn kiểu gì")
  // ("… nộp trên dịch vụ công hôm thứ 2, sao giờ chưa thấy gì hết", "… chưa thấy trả lời", "giờ chưa biết thế nào rồi")
  // ("… mà giờ vẫn chưa thấy ai gọi", "hồ sơ ở đâu rồi")
  { intent: 'status', weight: 20, re: /\b(?:nop (?:\S+ ){0,20}(?:roi )?(?:ma )?(?:sao )?(?:gio |den gio |toi gio |den nay |toi nay |toi h |h )?(?:van |sao )?chua (?:thay|biet|nhan duoc) (?:gi|chi|tin|ket qua|tra loi|phan hoi|the nao|ai (?:goi|bao|lien lac|lien he|tra loi))|(?:ho so|hs) (?:\S+ ){0,3}o dau roi)\b/ },
  // ("tra trên vneid thấy vẫn đang xử lý", "hồ sơ … đã chuyển lên tỉnh chưa", "đã trình lên chưa", "nộp xong thì theo dõi hồ sơ ở đâu")
  // ("hồ sơ cấp đổi cccd của tôi trả về xã chưa", "xem giúp đã ký chưa", "hs của mẹ e, trích lục khai tử, có chưa ạ", a
  // bare receipt number — a card's or a phone's number starts with 0)
  { intent: 'status', weight: 99, re: /(?:\b(?:tra|chuyen|gui) ve (?:xa|phuong|uy ban|ubnd|huyen|tinh|bo phan \S+ \S+)? ?chua\b(?! (?:ranh|quen|biet|hieu|lau))|\b(?:xem|coi|kiem tra|check) (?:giup|gium|dum|ho) (?:\S+ ){0,2}(?:da )?(?:ky|xong|duyet) chua\b|\b(?:ho so|hs) (?:\S+ ){0,12}co chua(?: (?:a|ad|admin|vay|ha|nhi))?$|^(?!0)\d{8,14}$)/ },
  // ("giờ hồ sơ đang ở đâu", "giờ trạng thái là gì", "thẻ về xã chưa", "nộp qua bưu điện đã tới sở chưa", "hồ sơ đó xét
  // chưa", "nhờ kiểm tra dùm": where an application stands)
  { intent: 'status', weight: 99, re: /\b(?:ho so (?:\S+ ){0,3}(?:dang|gio|bay gio|hien) (?:nam )?o dau|trang thai (?:la gi|la sao|sao|the nao|ra sao)|(?:the|so|giay|ket qua|ho so|phieu) (?:da )?ve (?:xa|phuong|uy ban|ubnd|huyen|tinh|cong an)(?: \S+)? chua|(?:da )?toi (?:so|xa|phuong|tinh|huyen|bo phan|noi|cong an) (?:\S+ )?chua|(?:da |duoc )?xet chua|(?:nho|kinh nho) (?:\S+ )?kiem tra (?:giup|gium|dum|ho))\b/ },
  // ("e nộp hồ sơ làm căn cước cho con hôm 3/3 …, giờ hỏi xem đã có chưa ạ": a filed application asked after)
  { intent: 'status', weight: 99, re: /\bnop (?:\S+ ){0,20}(?:hoi|coi|xem) (?:xem |thu )?(?:da )?co chua\b/ },
  // ("hồ sơ làm căn cước cho con tui đã có chưa", "hồ sơ rút bhxh 1 lần có tiền chưa", "đang ở khâu thẩm định hay sao")
  { intent: 'status', weight: 99, re: /\b(?:(?:ho so|hs) (?:\S+ ){0,12}(?:da co chua|co tien chua)|dang o khau|(?:ho so|hs) (?:\S+ ){0,12}co chua (?:rua|ru|the|ko|khong)$)\b/ },
  // ("hồ sơ … nộp 2 tuần rồi chưa có, kiểm tra hộ em", "… 3 ngày chưa duyệt, coi giùm", "nộp 3 hôm rồi, chừ ra răng": a
  // file handed in, then a check asked or how it stands)
  { intent: 'status', weight: 99, re: /\b(?:(?:nop|gui) (?:\S+ ){0,15}(?:(?:xem|coi|tra|kiem tra|check) (?:giup|gium|dum|ho)(?: (?:em|toi|tui|minh|chau|con|voi|nha|a|ad))?|(?:chu|gio|h|bay gio) (?:ra rang|ra sao|sao roi|the nao roi))$)/ },
  // ("giấy phép xây dựng nhà tôi đã ký chưa", "đã có trích lục chưa", "đã có kết quả lý lịch tư pháp chưa", "đã in bằng
  // chưa", "hồ sơ … giờ nằm ở xã hay chuyển lên")
  { intent: 'status', weight: 99, re: /\b(?:(?:da|duoc) (?:ky|in|cap|duyet|xet) (?:\S+ ){0,2}chua|da co (?:ket qua|trich luc|giay|the|so|bang|phieu|quyet dinh)(?: \S+){0,5} chua|nam o (?:xa|phuong|huyen|tinh|so) hay)\b/ },
  // ("hộ chiếu của con tui có chưa ad": the paper applied for, ready yet)
  { intent: 'status', weight: 99, re: /\b(?:ho chieu|the|so|giay|ket qua|can cuoc|cccd|bang|phieu)(?: \S+){0,4} co chua(?: (?:a|ad|admin|vay|ha|nhi|em|chi|anh|con|chau))?$/ },
  // "nộp trên dịch vụ công 10 ngày rồi chưa thấy gì", "nộp đơn từ tháng 6 đến giờ chưa nghe gì": time gone since filing
  // and nothing heard — where it stands, whatever procedure it names (not when the delay is protested: "chậm quá",
  // "sao cái gì cũng lâu", "ai chịu trách nhiệm", nor "bao lâu" asked)
  { intent: 'status', weight: 99, re: new RegExp(`^${UNPROTESTED}.*\\bnop (?:\\S+ ){0,15}?(?:${TIME_SPENT} (?:roi )?|(?:tu|hoi|ngay) (?:\\S+ ){1,3}(?:den|toi) (?:h|gio|nay|ni|bay gio|chu) )(?:ma )?(?:sao )?(?:van )?(?:chua (?:thay|nghe|co|nhan duoc)\\b|(?:thay )?dang xu ly\\b)`) },
  // "sao chưa có thẻ bhyt của bé vậy ad, nộp 2 tuần rồi": nothing yet, the time since filing told after
  { intent: 'status', weight: 99, re: new RegExp(`^${UNPROTESTED}.*\\bsao (?:van )?chua (?:co|thay) (?:\\S+ ){0,10}nop (?:\\S+ ){0,3}?${TIME_SPENT} roi\\b`) },
  // "thẻ căn cước e làm ở công an xã Yên Phong đã có chưa ạ": what was applied for, ready yet
  { intent: 'status', weight: 99, re: /\b(?:lam|nop) (?:\S+ ){0,6}da co chua(?: (?:a|ad|admin|vay|ha|nhi|em|chi|anh))?$/ },
  // "sao e tra trên cổng dvc ko thấy nhỉ", "tra trên vneid thì không thấy gì hết": one's application looked up and not
  // found — where it stands (not the procedure looked for: "… không thấy thủ tục khai sinh đâu")
  { intent: 'status', weight: 99, re: /\b(?:tra|tra cuu|check|kiem tra) (?:ho so |lai )?(?:tren|o|qua) (?:cong|dich vu cong|dvc|vneid|app|ung dung|web|trang)(?: \S+){0,4} (?:(?:thi|ma|lai|van) )*(?:khong|chang|chua) thay\b(?! (?:\S+ ){0,2}(?:thu tuc|muc|cho))/ },
  // "e tra hồ sơ của e ở đâu": where to look up one's own application
  { intent: 'status', weight: 99, re: /\b(?:tra|tra cuu|xem|coi|check|kiem tra) (?:lai )?ho so (?:cua (?:em|e|toi|tui|minh) )(?:o dau|cho nao|bang cach nao|the nao|kieu gi)\b/ },
  { intent: 'status', weight: 20, re: /\b(?:van (?:con )?dang xu ly|(?:da )?(?:chuyen|trinh|gui) len (?:\S+ )?chua|theo doi (?:tien do |tinh trang )?ho so)\b/ },
  // what the insurance pays for a treatment ("đi khám ở Chợ Rẫy thì bảo hiểm trả được bao nhiêu phần trăm"): the hospital's and the fund's matter
  { intent: 'out_of_scope', weight: 40, re: /\b(?:bao hiem|bhyt)(?: \S+){0,3} (?:tra|chi tra|thanh toan|chiu) (?:duoc )?(?:bao nhieu|may) phan tram\b/ },
  // a person asked for outright outweighs the grievance that comes with it ("…không ai nghe máy, cho em gặp cán bộ"; "có ai
  // đang trực ko, cho e gặp": someone asked after, then to meet — not "cho e gấp", which folds alike but names no one;
  // "cho em số điện thoại cán bộ tư pháp để gọi hỏi trực tiếp": an official's own line, not the office's)
  { intent: 'human', weight: 100, re: /\b((?:chi|huong dan|ho tro|giup) truc tiep|(?:goi|noi chuyen|trao doi|hoi|lam viec) truc tiep (?:voi |cho )?(?:chuyen vien|can bo|nhan vien|nguoi|lanh dao|dong chi|cong chuc)|(?:noi chuyen|trao doi) truc tiep$|(?<!khoi (?:phai )?|khong muon |ko muon |khong can |ngai )gap (truc tiep )?(?:dong chi )?(can bo|nhan vien|nguoi|ng|truong bo phan|(?:lanh|linh) dao|chu tich|pho chu tich)|(?:goi|call|phone) (?:lai )?(?:cho|giup) (?:toi|em|minh|tui)|goi dien (?:lai )?(?:cho|giup|huong dan cho) (?:toi|em|minh|tui|bac|chu|co)|(?:can|muon|de) hoi truc tiep(?! (?:thi|o|tai))|(?:sdt|so dien thoai|so dt) (?:cua )?(?:chi|anh|co|chu|ong|ba) can bo|co (?:can bo|nhan vien|anh chi|nguoi that) nao (?:\S+ ){0,6}(?:khong|ko|k|hong|hok)(?: vay| a| ad)?(?= |$)|lien he lai (?:voi |cho )?(?:toi|em|minh|tui)|nguoi that|(?:ad|admin) that|(?:sdt|so dien thoai|so dt) (?:cua )?(?:can bo|nguoi|anh|chi) phu trach|(?:sdt|so dien thoai|so dt) (?:cua )?can bo (?:\S+ ){0,10}truc tiep|noi chuyen (?:truc tiep )?voi (can bo|nguoi|nhan vien)|cho (?:toi|em|minh|tui|chau|con) noi chuyen|cho (?:toi|em|minh|tui|chau|con) gap (?:anh|chi|co|chu|bac|ong|ba|o) |(?:ai|can bo|nguoi|nhan vien|truc) (?:\S+ ){0,10}cho (?:toi|em|minh|tui|chau|con) gap(?: (?:nha|nhe|nghe|a|ad|voi))?$|chuyen (cho|sang) (can bo|nguoi|nhan vien)|tong dai vien)\b/ },
  // an application told late, then where to look it up asked, is a status question ("hẹn 7 ngày mà giờ chưa nhận được,
  // tra cứu ở đâu", "nộp … mà giờ chưa thấy, e check ở đâu"): the lateness is why the citizen asks
  { intent: 'status', weight: 101, re: /\b(?:nop|hen|ho so) (?:\S+ )*(?:tra cuu|check|kiem tra) (?:ho so |tinh trang )?(?:o dau|cho nao|bang cach nao|kieu gi)\b/ },
  // (filed, nothing yet, and where to ask or look: "nộp … từ hồi tháng 3, không có mã biên nhận chi cả, chừ hỏi ở mô",
  // "… nộp bữa 15/7 đến chừ chưa có, tra ở mô", "… vneid vẫn hiện đang chờ phê duyệt, có tra ở đâu ko")
  { intent: 'status', weight: 101, re: /\b(?:nop|gui|lam|khai)\b (?:\S+ ){0,20}?(?:chua (?:co|thay|lay|nhan)|(?:khong|ko|k|chang) (?:thay|co (?:ma|bien nhan|phieu|giay hen))|dang cho (?:phe )?duyet)\b(?: \S+){0,12}? (?:tra|tra cuu|hoi|xem|coi|check) (?:\S+ )?(?:o dau|o mo|cho nao|dau)\b/ },
  // the whole message asks where to look a file up, or gives only its code ("nộp xong tra ở đâu", "tra hồ sơ ở đâu",
  // "mã 250814-0091"): its status, whatever the topic (not results handed back: "trả kết quả ở đâu")
  { intent: 'status', weight: 99, re: /^(?:(?:nop (?:xong|roi|r)|gio|vay|the|con) (?:thi )?)*(?:tra|tra cuu|check|kiem tra) (?:lai )?(?:ho so |hs )?(?:o dau|cho nao|bang cach nao)(?: (?:vay|a|ad|ha|nhi|v|z|the))*$|^ma (?:ho so )?(?:la )?\d{6,}\b/ },
  // a receipt code held and where to look the file up ("… nộp ở ubnd xã, có mã biên nhận thì tra ở đâu ạ"), its
  // progress looked up ("tra cứu tiến độ ở chỗ nào"), a file pending approval and where to check ("app vẫn báo đang chờ
  // phê duyệt, kiểm tra ở đâu"), or a filed file looked up online ("… nộp từ tháng 6, tra cứu online được không"): status
  { intent: 'status', weight: 99, re: /\b(?:co (?:ma|so) (?:bien nhan|ho so|phieu hen|giay hen)(?: roi)? (?:thi |ma )?(?:tra|tra cuu|xem|coi|check|kiem tra) (?:o dau|cho nao|o cho nao|the nao|sao|bang cach nao)|(?:tra cuu|tra|kiem tra|theo doi) tien do (?:ho so )?(?:o |tai )?(?:dau|cho nao|trang nao|the nao|bang cach nao)|dang cho (?:phe )?duyet(?: \S+){0,6}? (?:tra|tra cuu|xem|coi|check|kiem tra) (?:\S+ )?(?:o dau|cho nao|o cho nao)|(?:nop|ho so) (?:\S+ ){0,14}(?:tra cuu|check|kiem tra)(?: (?:online|truc tuyen|tren mang|qua mang))? (?:duoc (?:khong|ko|k|hong)|(?:o )?trang nao))\b/ },
  // only the days past the promise, said as the whole message ("quá hạn 10 ngày rồi", "trễ 5 bữa rồi đó"): a grievance
  { intent: 'complaint', weight: 99, re: /^(?:da |bi )?(?:qua han|tre han|tre) (?:\d+|may|vai|mot|hai|ba|bon|nam|muoi) (?:ngay|tuan|thang|bua|hom) (?:roi|luon roi|nay roi)(?: (?:do|day|ma|a|ad|nha|vay|nhe|ne))*$/ },
  // said outright, a complaint outweighs the procedure it is about ("…giấy hẹn ghi 3 ngày. làm việc kiểu gì vậy")
  { intent: 'complaint', weight: 100, re: /\b(khieu nai|sao (?:khong|chang) (?:co )?ai (?:bao|thong bao|goi|noi) (?:gi|chi|cho|het|ca|vay|\S+ (?:biet|hay))|sao (?:khong|chang) (?:co )?ai (?:bao|thong bao|goi|noi)$|buc (?:qua|minh|ghe|boi|ca minh|that|lam)|(?:bao loi|loi) (?:hoai|suot|mai)|lag qua|(?:lam|nop|doi|xin|dang ky|cho|hen) (?:\S+ ){0,6}(?:(?:\d+|may|hai|ba|bon|nam|sau) thang (?:roi |nay |nay roi )?(?:ma |ma van |van |toi gio |den gio )?(?:van )?chua (?:co|nhan|nhan duoc|lay duoc|thay) (?:the|so|giay|ket qua)|(?:\d+|may|hai|ba|bon|nam|sau) thang (?:truoc|nay) (?:toi|den) (?:gio|nay) (?:van )?chua (?:co|nhan|thay))|(?:rat|qua|that|toi|tui|em|minh) buc xuc|sao (?:khong|ko|hong) (?:noi|bao|huong dan) (?:mot|1) lan|lan nao cung (?:bao|noi|che) thieu|gui kien nghi|kien nghi xem (?:lai|xet)|khong cong bang|tu xung|(?:dua|doi) tien (?:ca phe|uong nuoc|boi duong)|doi \d+ ?(?:tr|trieu|k|nghin|ngan) moi|lam kho (?:dan|nguoi dan|nhau)|de nghi (?:kiem tra|xem xet|xu ly|giai quyet|lam ro)|khong ai nghe may|noi chuyen kho nghe|coc loc|(?<!yeu |ket |nhu |cay |cai )cau co|quat nat|dun day|to cao|lam an kieu gi|lam viec kieu gi|hach sach|nhung nhieu|doi phong bi|doi tien boi duong|(?<!ket )qua hen|tre hen|cu hen|hen lan|hen (?:ghi )?\d+ ngay (?:\S+ ){0,3}ma|qua han (?:\S+ ){0,4}(?:roi )?ma (?:van|chua|khong)(?! (?:\S+ ){0,2}(?:thi )?(?:co bi|bi phat)))\b/ },
  // (what the line above says outright is not repeated here: the stronger cue wins)
  // service judged in anger ("tệ quá", "quá đáng", "quá khắt khe", "hành dân quá", "vậy online để làm gì???", "bảo chưa
  // có kinh phí, vậy là sao", "không ai thông báo gì hết"): a grievance voiced, whatever procedure it names
  { intent: 'complaint', weight: 99, re: /\b(?:(?<!\by )te qua|qua te|(?<!(?:hom|bua|tuan|thang|nam|di|ngang|vuot|chay|moi|vua) )qua dang(?! (?:ky|nhap))|qua khat khe|hanh dan|(?:online|truc tuyen) de lam gi|chua co kinh phi|(?:ko|khong|k) ai (?:thong bao|bao|noi) (?:gi|chi)|(?:ko|khong|k) thong bao (?:gi|chi) (?:het|ca))\b/ },
  // ("… từ 01/08 tới nay hơn 20 ngày mà chẳng ai trả lời, quá chậm", "hẹn 15/8, giờ 26/8 rồi còn chưa có!!!", "đã 25 ngày
  // rồi, quy định có 8 ngày làm việc thôi mà": days counted past what was promised — a grievance, not the time asked)
  { intent: 'complaint', weight: 100, re: /\b(?:(?:\d+|may|hai|ba|bon|nam|muoi) (?:ngay|tuan|thang) (?:\S+ ){0,2}ma (?:chang|khong|ko|chua) (?:co )?ai (?:tra loi|goi|bao|lien lac|phan hoi)|hen (?:ngay )?\d{1,2}\/\d{1,2},? (?:ma )?(?:gio|nay|hom nay|toi nay|den nay) (?:da )?\d{1,2}\/\d{1,2} (?:roi )?(?:ma )?(?:con |van )?chua|quy dinh (?:co |chi )?(?:\d+|may) ngay (?:lam viec )?(?:thoi )?ma|qua (?:\d+|may|muoi) ngay (?:lam viec |theo quy dinh |theo hen )?(?:\S+ ){0,2}(?:roi )?(?:ma |day |a )*(?:(?:van )?(?:chua|khong|ko) (?:co|nhan|thay|xong|lay|tra|goi)(?! (?:\S+ ){0,10}(?:bi phat|phat))|cu )|(?:cu |bi )?treo (?:mai|hoai|hoai vay|mai vay))\b/ },
  { intent: 'complaint', weight: 24, re: /\b(lam kho|cho hoai|cham qua|khong ai tra loi|tra ve \d+ lan|khong ro ly do|khong noi ly do|van bi tu choi|khong hieu noi|ma lau (?:vay|the|qua)|khong co trong quy dinh|sai quy dinh|phan anh|kien nghi|buc xuc|that vong|cham tre|gay kho de|(?:bi|hay|can bo|cong an|xa|phuong|nhan vien) voi tien|voi tien (?:dan|nguoi dan|bo duong|an|moi)|doi them tien|doi tien moi (?:giai quyet|lam|ky|nhan)|thai do|bat binh|vo ly qua|qua dang|hen (?:(?:toi|tui|em|minh|nha toi|nha em|ba|ong|me|bo|chung toi) )?(?:\d+|may|nhieu|bao nhieu|hai|ba|bon|nam) lan(?! sau| toi| nua)|hen hoai|sao lau (?:the|vay|qua)(?!.* bao lau (?:thi|moi))|khong co ai (?:tiep|o|lam|ngoi|truc)|(?:ngoi |phai )?doi (?:\d+|may|mat|ca) (?:tieng|buoi)|cho (?:\d+|may|ca) (?:tieng|buoi)|khong ai bat may|noi cho hoai|(?:goi|dien) (?:\S+ ){0,3}(?:khong|ko) nghe may|hu hoai|khong ai huong dan|(?:khong|ko|chang) (?:co )?ai thong bao|(?:cho|doi|xep hang) tu \d+ ?h?(?: (?:sang|chieu))? (?:toi|den) (?:\d+h?|trua|chieu)|ai chiu trach nhiem|bat (?:em|toi|tui|minh|con) di lai|loi hoai|dua (?:them )?\d+ ?(?:tr|trieu|k|nghin|ngan) (?:thi|moi|cho nhanh)|chay lang|nat (?:em|toi|tui|con)|khong (?:co |dua |cho |xuat |ghi )?bien lai|noi trong khong|cham kinh khung|(?:can bo |ho )?(?:cu|chi) bao (?:cho|doi)(?: hoai| mai)?$|(?:da|day) qua (?:da|day) lai|dun day|(?:day|da) (?:qua|sang|ve) (?:\S+ ){1,8}(?:lai |thi )?(?:day|da) (?:qua|sang|ve)|(?:de nghi|yeu cau) (?:\S+ ){0,4}xem xet trach nhiem|(?:tra loi|noi|noi chuyen) (?:con |lai |thi )?(?:nhat gung|coc loc|cau cau|hach dich|kho chiu|cau gat|gat gong)|(?:\d+|may|hai|ba) thang (?:roi )?(?:ma )?(?:van )?chua (?:co|thay|nhan|lay duoc)|tu thang \d+ (?:\S+ ){0,3}(?:den|toi) (?:gio|nay) (?:\S+ )?(?:van )?chua|hen roi lai hen|hen (?:toi|qua) hen (?:lui|lai)|ky cuc (?:thiet|that|qua|ghe|vay)|vo ly (?:vay|the|ghe|qua)|bat (?:nop|mang|lam) (?:\S+ )?lai|(?:cu |hay )?bao loi (?:he thong |\S+ )?(?:suot|hoai|mai|hoai vay)|(?:dang nhap|vao) mai (?:khong|ko|chang) (?:vao|duoc)|lan sang (?:dat|nha|phan|ranh|ao|vuon|ruong)|quat (?:nguoi dan|dan|em|toi|tui|minh|ba con|nguoi ta)|(?:qua|that|rat) met moi|met moi (?:qua|lam|that)|(?:di|len|chay) (?:\d+|may|mot|hai|ba|bon|nam) (?:lan|chuyen|buoi) (?:roi )?(?:\S+ ){0,2}(?:van |ma )?(?:chua|khong|ko)|bao (?:len|ve|qua|sang|xuong) (?:\S+ ){1,7}bao (?:len|ve|qua|sang|xuong)|(?:chang|cha|khong|ko) (?:co )?ai (?:giai quyet|tiep|chiu giai quyet)|(?:ung dung|app|web|trang|trang web|cong) (?:gi|j) ma (?:kho (?:xai|dung|vao)|te|lag|cham|loi)|(?:lan nao|moi lan|moi nguoi) (?:cung )?(?:noi|bao|tra loi) (?:mot|1) (?:kieu|kieu khac)|bat (?:\S+ ){0,3}bo sung (?:\S+ ){0,3}(?:\d+|may|nhieu|hai|ba|bon) lan|(?:nop|thu|lam|bam|dang nhap) (?:\S+ )?(?:\d+|may|nhieu|hai|ba|bon|nam|may chuc) lan (?:roi )?(?:ma )?(?:van )?(?:khong|ko|chua|hong) (?:duoc|vao|nop duoc|xong)|mat ca (?:buoi|ngay)(?: \S+)?|(?:cham|lag|lang) qua(?: (?:admin|troi|vay|di|the))?$|(?:cham|tai|lag) nhu (?:rua|sen|cu rua)|(?:cham|lag|lang) qua (?:admin|troi|vay)|dang nhap hoai (?:khong|ko|chang) (?:vo|vao|duoc))\b/ },
  // (a bribe asked, "đòi thêm 500k mới làm nhanh"; sent back and forth, "đá qua đá lại", "cán bộ đẩy qua bhxh, bhxh lại
  // đẩy về phường"; rude talk, "nói chuyện rất khó nghe", "nói chuyện cục lắm"; "quá vô lý", "vô lý hết sức"): grievances
  // said outright, whatever procedure they name
  { intent: 'complaint', weight: 99, re: /\b(?:doi them (?:\d+ ?(?:k|nghin|ngan|tr|trieu)|tien)|(?:doi|bat) (?:\S+ ){0,3}dua (?:them )?\d+ ?(?:k|nghin|ngan|tr|trieu)|(?:xet|cham|duyet) kieu gi (?:ky|ki|ma|vay|the|ky vay)|(?:thu|lay) (?:phi |tien )?cao (?:vay|qua|the|ghe)|thu (?:\S+ ){0,3}\d+ ?(?:k|nghin|ngan|tr|trieu)(?: \S+){0,4} (?:khong|chang) (?:co |dua |cho |xuat |ghi )?bien lai|da qua da lai|day qua day lai|day (?:qua|sang|ve|len) (?:\S+ ){1,5}(?:lai )?day (?:qua|sang|ve|len|lai)|noi chuyen (?:\S+ ){0,2}(?:kho nghe|cuc lam|cuc qua|coc can|coc loc|hach dich|trong khong|hon voi|hon hao|hon qua)|(?:qua|that|rat) vo ly|vo ly het suc|(?:phat|thu|bat) vo ly|(?<!\d )(?<!doi )vo ly$|(?:sao|sao lai|qua|that|rat) bat cong|(?:muon|xin|can|toi|em) phan anh (?:viec|vu|chuyen|ve)|^(?:\S+ ){0,2}(?:toi|em|minh|tui|chau|con) (?:xin |muon |can )?phan anh (?!(?:\S+ ){0,3}(?:o dau|cho nao|the nao|qua dau|ai|sao))|yeu cau giai quyet|mong (?:\S+ ){0,3}xem lai|(?:bao|noi) (?:la )?(?:that lac|khong tim thay|lam mat) ho so|di toi di lui (?:(?:\d+|hai|ba|bon|nam|nhieu|may) lan roi|hoai|mai|ca (?:buoi|ngay|tuan))|di long vong|chay long vong|(?:hen|bao) (?:het )?lan nay (?:toi|den|qua|sang) lan khac|(?:\d+|hai|ba|may) lan (?:deu )?bi tru tien|ai hoan tien|(?:khong|ko|chang) (?:co )?ai chiu trach nhiem|(?:bi )?(?:tru|thu|tinh) (?:tien|phi) (?:\S+ ){0,2}(?:2|hai) lan|qua bat tien|co xe hoi (?:\S+ ){0,2}(?:van|ma|lai|cung) (?:duoc|dc|co ten|vo))\b/ },
  // ("hồ sơ … nộp 2 tháng chưa xong, quá hạn rồi", "… mà tới giờ chưa thấy tiền, bị trễ quá"; "cán bộ xã lớn tiếng với tui";
  // "xã làm mất hồ sơ, giờ bắt làm lại"; "nhà khá giả lại được còn nhà nghèo thì không", "rứa có công bằng không"; "đề
  // nghị xem lại"): lateness, rudeness, a file lost, unfairness, said outright
  // ("hẹn trả giấy khai sinh hôm thứ 2 mà tới nay thứ 6 chưa có": the day promised, passed, still nothing)
  // ("chờ ở bộ phận một cửa 2 tiếng mà không ai tiếp", "không có ai ngồi, chờ tới 9h rưỡi": a wait at the desk with
  // nobody there, told — a complaint, whatever office it names)
  { intent: 'complaint', weight: 99, re: /\b(?:(?:cho|doi|ngoi) (?:\S+ ){0,6}(?:\d+|may|ca|hai|ba|nua) (?:tieng|buoi|gio)(?: dong ho)? (?:\S+ ){0,3}(?:ma|van|cung) (?:khong|ko|chua|chang) (?:co )?ai|khong (?:co )?ai (?:tiep|ngoi|truc|lam viec) (?:\S+ ){0,4}(?:cho|doi|ngoi) (?:toi|den|tu|het|ca|\d))\b/ },
  // ("thanh toán rồi mà 20 ngày chưa có, quá hạn": days gone by without the result, past its deadline, told)
  { intent: 'complaint', weight: 99, re: /\b(?:\d+|may|hai|ba|bon|nam|muoi|nua) (?:ngay|tuan|thang) (?:roi )?(?:ma )?(?:van )?chua (?:co|thay|nhan|tra|xong)(?: (?:ket qua|giay|phieu|the|so))? (?:\S+ ){0,2}qua (?:han|hen)\b/ },
  // ("hẹn 8 ngày, giờ 3 tuần chưa có": the promise told, then the longer wait — a grievance, not a question of how long)
  // ("sao phân biệt vậy": treated unequally)
  { intent: 'complaint', weight: 99, re: /\b(?:hen (?:\d+|may|mot|hai|ba|bon|nam|muoi) (?:ngay|tuan|thang) (?:\S+ ){0,3}(?:gio|ma|nay|da) (?:da )?(?:\d+|may|hon|mot|hai|ba|bon|nam|muoi) (?:ngay|tuan|thang) (?:roi )?(?:ma )?(?:van )?chua (?:co|xong|thay|nhan|lay)|sao (?:lai )?phan biet (?:vay|the|doi xu|ky|qua))\b/ },
  { intent: 'complaint', weight: 60, re: /\bhen (?:tra |lay |nhan )?(?:\S+ ){0,8}ma (?:toi|den) (?:nay|gio|hom nay|bay gio) (?:\S+ ){0,3}(?:van )?chua (?:co|thay|nhan|lay|tra)\b/ },
  { intent: 'complaint', weight: 99, re: /\b((?:ho so|nop) (?:\S+ ){0,14}(?:(?<!hay )qua han roi|bi tre qua|tre qua roi|bi tre hen)(?! (?:thi|co|la|a$))|(?:can bo|nhan vien|ho|anh|chi|co|chu|cong an|xa|phuong) (?:\S+ ){0,3}(?:lon tieng|to tieng|quat thao|quat thang)|(?:xa|phuong|can bo|ho|ben do|uy ban|cong an|mot cua) (?:lai )?(?:lam|de) (?:mat|that lac) (?:ho so|giay to)|kha gia (?:\S+ ){0,4}(?:lai |cung )?(?:duoc|co ten)|(?:co|vay co|rua co) cong bang (?:khong|ko|hong|k)|de nghi (?:\S+ ){0,2}(?:xem|kiem tra) lai)\b/ },
  // lateness told as a grievance: "làm căn cước từ 2 tháng trước mà đến giờ vẫn chưa có thẻ" (a status question
  // asks where it stands: "… giờ tới đâu rồi"); roads left broken; the portal failing
  // ("bình xét toàn người nhà trưởng thôn", "ấp trưởng giữ hoài hổng đưa lên")
  // (a grievance said outright in other words: "xã làm ăn gì vậy", "đề nghị xã nạo vét gấp", "đề nghị xử lý trách
  // nhiệm", "đây là lần thứ 4 tôi bị hẹn lại", "hẹn lên hẹn xuống", "cán bộ quát ba mình")
  { intent: 'complaint', weight: 99, re: /\b(?:lam an gi (?:vay|the|ky)|de nghi (?:\S+ ){0,3}(?:nao vet|don dep|sua chua|sua lai|xu ly trach nhiem|xu ly nghiem)|bi hen lai|(?:gui|nop|lam) lai hoai|hen (?:len|toi) hen (?:xuong|lui)|(?:cho|doi|ngoi) (?:\S+ ){0,2}tu (?:sang|trua|chieu|som|\d+ ?h) (?:\S+ ){0,2}(?:den|toi) (?:trua|chieu|toi|\d+ ?h) (?:\S+ ){0,2}(?:khong|ko|k|chua|chang) (?:co )?ai|(?:can bo|nhan vien|cong an|ong|ba|chi|anh|co|chu) (?:\S+ ){0,2}(?:quat|nat|chui|mang) (?:ba|me|bo|ma|toi|tui|em|minh|nguoi dan|dan|ong|ba|chau|con)(?: |$))\b/ },
  // (treatment told as unfair: "lừa dân à", "hành dân quá", "cắt cổ", "quá khắt khe", "hướng dẫn sai", "trả lời lung tung",
  // "phản ánh cán bộ …")
  // ("cán bộ làm ăn tắc trách", "còn cáu gắt với dân", "hướng dẫn ko đến nơi đến chốn", "em thấy ko hợp lý")
  { intent: 'complaint', weight: 60, re: /\b(?:lua dan|hanh dan|cat co|khat khe|huong dan sai|(?:tra loi|noi) lung tung|mat tien mat cong|phan anh (?:can bo|nhan vien|xa|phuong|uy ban|cong an)|tac trach|cau gat|gat gong|(?:khong|chua) den noi den chon|thay (?:khong|ko|chang) hop ly)\b/ },
  // ("xếp hàng 1 tiếng chưa tới lượt", "đông vài chục người mà có 1 bàn tiếp nhận": a queue told)
  { intent: 'complaint', weight: 60, re: /\b(?:xep hang (?:\d+|may|mot|hai|ba|ca) (?:tieng|buoi)|co (?:1|mot) (?:ban|nguoi|cho) tiep nhan)\b/ },
  // ("không đồng ý việc từ chối", "ngồi chơi điện thoại", "lộn xộn", "cúp 3 ngày rồi không thông báo", "bị trả về chỉ vì
  // viết tắt", "khóa cửa giữa giờ hành chính", "trả kết quả sai tên", "xả khói đen", "góp ý", "phải tăng người lên")
  { intent: 'complaint', weight: 60, re: /\b(?:khong dong y (?:viec|voi|ve)|ngoi choi (?:dien thoai|game)|lon xon|cup (?:\S+ ){0,3}(?:khong|chua) (?:thong bao|bao)|bi tra (?:ve|lai) chi vi|khoa cua giua gio|tra (?:ket qua )?sai ten|xa khoi|gop y|tang (?:them )?nguoi)\b/ },
  // (public works and hygiene left undone: a pothole, a rubbish dump, waste water, a fallen tree nobody clears)
  { intent: 'complaint', weight: 60, re: /\b(?:o ga (?:to|lon|nhieu|qua)|bai rac|ruoi muoi|nuoc thai|o nhiem|tha rong|chua (?:co )?ai (?:don|sua|xu ly|giai quyet|den|toi|xuong)|bi gach ten|(?:khong|chua) thay (?:phat|chi tra|tra tien))\b/ },
  // a nuisance or danger reported: land or pavement taken, noise every night, a blocked drain, a bridge about to fall,
  // street racing and revved exhausts ("tối nào cũng có nhóm thanh niên đua xe nổ pô om sùm")
  { intent: 'complaint', weight: 60, re: /\b(lan chiem|dua xe|(?:no|net|bop|ru) (?:po|ga)|om (?:som|sum)|(?:dem nao|toi nao|ngay nao) cung (?:on|on ao|hat|nhau)|on ao (?:qua|lam|suot|ca dem)|tieng on (?:\S+ ){0,3}(?:ban dem|dem khuya|ca dem|suot dem|nua dem)|(?:bi )?nghet (?:\S+ ){0,3}(?:ngap|khong|ko)|(?:cong|muong|duong ong|ong nuoc|ong cong) (?:\S+ ){0,3}(?:bi )?nghet|nuoc tran (?:len|ra|vao) (?:duong|nha|hem)|sap (?:gay|sap|do) (?:\S+ ){0,6}nguy hiem|nguy hiem (?:lam|qua) (?:ma|khong|ko|chua)|do (?:\S+ )?(?:rac|vat lieu|xa ban|dat) ra (?:duong|le|hem))\b/ },
  // (staff never there: "toàn đi vắng", "lên 2 lần không gặp được cán bộ nào")
  { intent: 'complaint', weight: 60, re: /\b(?:toan (?:di )?vang|(?:khong|ko|chang) gap duoc (?:can bo|ai|nguoi) (?:nao|het|ca))\b/ },
  // ("… Tôi muốn phản ánh.", "cán bộ gõ sai mà bắt em tự đi sửa", "hướng dẫn mỗi lần một kiểu": a grievance said
  // outright, whatever procedure the story names)
  { intent: 'complaint', weight: 99, re: /\b(?:(?:toi|em|minh|tui|chau|con) (?:muon|xin|can) (?:phan anh|khieu nai|to cao)(?: (?:viec (?:nay|do)|chuyen (?:nay|do)|a|ad|admin|nhe|nha))*$|bat (?:\S+ ){0,2}tu (?:di |chay |lo )?sua|moi lan (?:mot|1) kieu)/ },
  // (cattle eating the crops, rubbish left to rot, a loudspeaker at dawn, a report left unanswered: "bò vô ăn phá lúa nhà
  // tui", "xe gom rác 4 ngày không vô hẻm … hôi thối", "mở loa kẹo kéo hát từ 6 giờ sáng, nhắc rồi không nghe", "đã báo
  // tổ trưởng mà chưa thấy xử lý")
  { intent: 'complaint', weight: 60, re: /\b(?:an pha (?:\S+ ){0,2}(?:lua|hoa mau|rau|vuon|cay|ruong)|hoi thoi (?:ca|qua|lam|kinh|khong chiu|nong nac)|xe (?:gom |thu gom |cho )?rac (?:\S+ ){0,6}(?:khong|ko|chua) (?:vo|vao|den|toi|lay|thu|gom)|loa keo keo|nhac (?:roi|may lan|hoai|nhieu lan)(?: \S+)? (?:ma )?(?:khong|ko|chang) (?:nghe|chiu)|bao (?:\S+ ){0,4}ma (?:van )?chua thay (?:xu ly|giai quyet|ai))\b/ },
  { intent: 'complaint', weight: 24, re: /\b(bat cong|thien vi|(?:giu|om|de) hoai|toan (?:la )?nguoi nha)\b/ },
  { intent: 'complaint', weight: 24, re: /\b((?:tu|hon|da) (?:\d+|may|mot|hai|ba) (?:thang|tuan) (?:\S+ ){0,3}(?:ma |den |toi |cho )*(?:gio|nay) (?:\S+ )?(?:van )?chua (?:co|thay|nhan|lay|duoc)|(?:chua|chang|khong) (?:co )?ai (?:den |toi |ve |xuong )?sua|sat lo|sut lun|(?:bao|bi) loi he thong|loi he thong)\b/ },
  // a hospital's discharge paper asked ("muốn xin giấy ra viện sớm thì hỏi ai"), a land's fair price ("giá bao nhiêu là
  // hợp lý"): the hospital's and the market's (a discharge paper held is a birth's document)
  { intent: 'out_of_scope', weight: 99, re: /\b(?:(?:xin|lam|cap|lay) (?:cai )?giay ra vien|gia (?:\S+ ){0,2}(?:bao nhieu|nhieu) (?:\S+ ){0,2}(?:la )?hop ly)\b/ },
  // an exam registered for, a school's student card, a football club ("đăng ký dự thi tốt nghiệp THPT", "mất thẻ học
  // sinh", "đội bóng … còn đá V-League"): the school's and nobody's procedure (not the students' health insurance card,
  // nor the card told as what a residence is for: "làm tạm trú để sau này làm lại thẻ sv")
  { intent: 'out_of_scope', weight: 99, re: /\b(?:(?:dang ky )?du thi (?:tot nghiep|dai hoc|vao lop|tuyen sinh|thpt)|dang ky du thi|dang ky thi (?:tot nghiep|dai hoc|vao lop|tuyen sinh|thpt)|the (?:hoc sinh|sinh vien)(?: \S+){0,2} (?:lam lai|cap lai|xin lai)|(?<!de (?:\S+ ){0,3})(?:lam lai|cap lai|xin lai) (?:cai )?the (?:hoc sinh|sinh vien)(?! (?:\S+ ){0,2}(?:bhyt|bao hiem))|doi bong|v ?league)\b/ },
  // a hospital's own prices ("bệnh viện tỉnh khám dịch vụ một lần hết bao nhiêu tiền")
  { intent: 'out_of_scope', weight: 99, re: /\b(?:kham dich vu(?: \S+){0,6} (?:bao nhieu|gia)|kham (?:benh|thuong) (?:\S+ ){0,3}(?:het|mat|ton) bao nhieu tien)\b/ },
  // a vaccination ("tiêm 6in1 cho bé ở trạm y tế có mất tiền ko", "lịch tiêm chủng"), a car hired ("thuê ô tô tự lái"):
  // the health station's and a trade's matters
  // (not the vaccination book, a paper held; nor a licence wanted to drive the hired car, "thuê xe tự lái, xin bằng lái
  // quốc tế ở đâu")
  { intent: 'out_of_scope', weight: 99, re: /\b(?:(?<!so )tiem (?:phong|chung|vac ?xin|vaccine|\d+ ?in ?1|\d+in1)|mui tiem|lich tiem)\b/ },
  { intent: 'out_of_scope', weight: 99, re: /^(?!.*\b(?:bang lai|giay phep lai xe|gplx)\b).*\bthue (?:xe|o to|oto|xe may|xe hoi)(?: \S+){0,2} (?:tu lai|gia|bao nhieu|o dau|re)\b/ },
  // a business recommended or a trade sought ("ad biết chỗ nào cho thuê trọ rẻ không", "ai có đất thổ cư bán lại ko"):
  // not the agency's to answer, whatever procedure words come with it
  { intent: 'out_of_scope', weight: 40, re: /\b((?:truong|lop|nha tre)(?: \S+){0,2} nao (?:\S+ ){0,6}(?:con nhan|nhan tre|tuyen sinh|con cho)|(?:tiem|quan|cua hang|cong ty|van phong|trung tam)(?: \S+){0,3} nao (?!cung )(?:\S+ ){0,8}(?:re|ngon|dep|uy tin|tot|tot nhat|lay lien)|(?:biet|gioi thieu|chi) (?:\S+ ){0,2}(?:cho|noi|tiem|quan|cong ty|benh vien|truong|homestay|khach san|ben)(?: \S+)? nao (?:\S+ ){0,8}(?:re|ngon|tot nhat|uy tin|dep|it dong|lay lien|gan day)|(?:co ai|ai) (?:co )?(?!duoc )(?:\S+ ){0,6}(?:ban lai|ban|cho thue|sang nhuong) (?:\S+ ){0,6}(?:khong|ko|k|hong)|(?:cho|noi|dau) (?:nao )?(?:con|co|dang) (?:cho )?(?:phong|phong tro|nha tro|can ho|nha) (?:\S+ )?(?:trong|cho thue)|(?:gio |neu )?ban (?:di |lai )?(?:thi )?(?:duoc|dc) (?:bao nhieu|may) (?:tien|trieu|ty|cay))\b/ },
  // a business recommended ("chỗ nào cho thuê xe tải", "văn phòng luật nào làm rẻ", "khách sạn nào giá rẻ", "mua vé xe ở
  // đâu rẻ", "tiêm 6in1 ở đâu rẻ ạ"): a trade's service, not the agency's
  { intent: 'out_of_scope', weight: 99, re: /\b(?:(?:cho|noi|thay|xe khach|nha xe|khach san|nha hang|cong ty|cty|van phong(?: luat)?|trung tam|luat su|goi|tiem|quan|truong) nao (?:\S+ ){0,6}(?:re|gia re|gioi|tot|uy tin|ngon|mien phi|dep)|cho nao (?:cho thue|sua|day|ban)|(?:nha xe|xe khach|hang xe) nao|(?:mieng dat|lo dat|can nha|dat|nha) nao (?:\S+ ){0,4}(?:dang ban|can ban|ban khong|ban ko)|(?:mua|thue|dat) (?:\S+ ){0,4}o dau (?:re|gia re)|o dau (?:re|gia re|uy tin|tot nhat)(?: (?:hon|nhat|v|vay|a|ad|nhi|z))*$)\b/ },
  // a sale or a rental sought among people ("ai có đất thổ cư bán lại ko", "ai cho thuê phòng trọ", "cần bán gấp",
  // "có quen ai mua không"): a market, not the agency
  { intent: 'out_of_scope', weight: 99, re: /\b(?:ai (?:co (?:\S+ ){0,9}ban(?: lai)? (?:khong|ko|hong|k)|cho thue (?:\S+ ){0,8}(?:khong|ko|hong|k)$|can mua (?:\S+ ){0,6}(?:khong|ko|hong|k)$)|can (?:ban|mua) gap|quen ai (?:mua|ban|cho thue))\b/ },
  // a price judged or a wage asked ("bên bán hét 500 triệu có đắt ko", "báo giá 6tr/m2 là đắt hay rẻ", "bán giá 2 tỷ có
  // hớ ko", "công nhân cạo mủ lương tháng được bao nhiêu", "đi Hàn lương nhiu 1 tháng"): the market's, not a fee
  // (not the pay collected for someone, "giấy ủy quyền nhận lương hộ tốn bao nhiêu": the certifying's fee)
  { intent: 'out_of_scope', weight: 99, re: /\b(?:(?:dat|mac) hay re|re hay (?:dat|mac)|co (?:bi )?ho (?:khong|ko|k|hong|hok)|(?<!(?:nhan|lanh|linh|di nhan) )(?:luong|tien cong)(?! (?:ho|thay|giup|gium)) (?:\S+ ){0,3}(?:duoc )?(?:bao nhieu|bn|nhieu|nhiu|may trieu|co(?:~| )?(?:nhieu|nhiu)))\b/ },
  // recruiting ("thi tuyển công chức xã năm nay bao giờ có thông báo", "bên mình có tuyển nhân viên"; not papers for
  // one's own application, "nộp hồ sơ thi tuyển viên chức … bổ sung giấy xác nhận cư trú"), a joke asked for, a foreign embassy's hours or
  // address, a sale advertised ("đăng tin bán ở đâu"): not the desk's procedures
  { intent: 'out_of_scope', weight: 99, re: /\b(?:(?:thi tuyen|tuyen) (?:cong chuc|vien chuc) (?:\S+ ){0,4}(?:bao gio|khi nao|thong bao|lich thi|diem|ket qua)|(?<!truc )tuyen (?:dung|nhan vien|nguoi|lao dong)|(?:can|muon|kiem) thue (?:them )?(?:\d+|may|vai|mot|hai|ba|bon|nam) (?:nguoi|tho|cong nhan|lao dong)|ke (?:\S+ ){0,2}(?:chuyen|truyen) (?:vui|cuoi)|(?<!(?:lam|nop|xin|ky|khai|dang ky) (?:o |tai )?)(?:dai su quan|lanh su quan|linh su quan) (?:\S+ ){0,4}(?:may gio|gio lam viec|mo cua|dia chi|o dau|so dien thoai)|dang tin (?:\S+ ){0,4}(?:ban|cho thue|mua)|(?:ban|cho thue) (?:\S+ ){0,8}dang tin)\b/ },
  // a divorce or the custody of a child sought ("ly hôn thì nộp đơn ở xã luôn hả", "giành quyền nuôi con", "còn ly hôn
  // thì sao"): the court's matter (not a divorce judgment carried as a paper: "có cần bản án ly hôn không")
  { intent: 'out_of_scope', weight: 99, re: /\b(?:thu tuc ly hon|(?<!sau khi |sau |da |khi )ly hon (?:thi )?(?:lam|nop) (?:o )?(?:dau|cho nao|o mo)|(?:nop|viet) don (?:xin )?ly hon|(?<!sau khi |sau |da |khi )ly hon (?:voi (?:(?!xong |roi )\w+ ){1,4}?)?(?:thi )?(?:cung )?(?:nop don|lam (?:o|thu tuc)|nop (?:o|tai))|(?:gianh|tranh|gianh lai|tranh chap)(?: duoc)? quyen nuoi con|(?:kien|khoi kien) (?:\S+ ){0,3}(?:thay doi )?(?:nguoi )?(?:truc tiep )?nuoi con|(?:xin lai|doi lai|lay lai|gianh lai) quyen nuoi)\b|^(?:(?:con|the con|vay con|con viec|con chuyen) )?ly hon (?:thi )?(?:sao|lam sao|the nao|ra sao|lam the nao)\b/ },
  // whom to marry, asked for advice ("nên kết hôn với ny cũ hay ny mới"): no registration is asked
  { intent: 'out_of_scope', weight: 99, re: /\bnen (?:cuoi|ket hon|lay) (?:\S+ ){0,5}hay\b/ },
  // what land sells for ("giá đất thổ cư ở ấp này giờ bao nhiêu 1 m2", "giá đất khu đó chừ bao nhiêu", "mua thêm miếng
  // đất nhà bên, giá bao nhiêu là hợp lý"), said outright: the land's words name no procedure
  // (not "tính theo giá đất": the fee's basis)
  { intent: 'out_of_scope', weight: 99, re: /(?<!theo |bang )\b(?:gia dat (?:\S+ ){0,8}(?:bao nhieu|nhieu) (?:1 ?|mot )(?:m|m2|met|sao|cong)\b|(?<!su dung )dat (?:\S+ ){0,8}(?<!theo |tinh )gia (?:\S+ ){0,2}(?:bao nhieu|nhieu|bn) (?:1 ?|mot )(?:m|m2|met|sao|cong)\b|gia dat (?:\S+ ){0,6}(?:con )?(?:len|tang|giam|xuong) (?:nua )?(?:khong|ko|k|hong|hok)\b|gia dat (?:\S+ ){0,6}(?:len|tang|sot) (?:du|ghe|qua|manh|nhieu) (?:lam|qua|ghe)?\b|mua ban (?:\S+ ){0,3}(?:bao nhieu|nhieu) (?:1 ?|mot )(?:m|m2|met|sao|cong)\b|gia dat (?:khu|vung|o|cho|ben) (?:\S+ ){0,4}(?:bao nhieu|nhieu|bn)\b|(?:muon|dinh|tinh) mua (?:them )?(?:mieng|manh|lo|thua|cuc|mau) dat (?:\S+ ){0,10}(?:gioi thieu gia|gia (?:bao nhieu|nhieu|bn|khoang))\b)/ },
  // a loan against the red book ("thế chấp sổ đỏ vay 500 triệu thì ngân hàng nào duyệt nhanh", "sổ đỏ đem thế chấp vay
  // được bao nhiêu"): the bank's matter — not land "đang thế chấp" told as the condition of a transfer
  { intent: 'out_of_scope', weight: 99, re: /(?<!(?:dang|de|da|dung) )\bthe chap (?:\S+ ){0,8}(?:vay (?:duoc )?(?:bao nhieu|may|nhieu)|ngan hang nao)\b/ },
  // another country's passport renewed or replaced ("gia hạn passport Mỹ giúp ko", "hộ chiếu Nhật của vợ tôi hết hạn thì
  // làm ở xã được ko"): that country's embassy, not the Vietnamese passport (not one only held or copied: "sao y hộ
  // chiếu Mỹ", "tôi chỉ có hộ chiếu Mỹ")
  { intent: 'out_of_scope', weight: 99, re: /\b(?:(?:gia han|lam lai|cap lai|doi|xin|lam) (?:\S+ )?(?:ho chieu|passport) (?:cua )?(?:nuoc ngoai|my|nhat|han quoc|han|uc|phap|duc|canada|dai loan|trung quoc|singapore|thai lan|anh quoc)|(?:ho chieu|passport) (?:nuoc ngoai|my|nhat|han quoc|han|uc|phap|duc|canada|dai loan|trung quoc|singapore|thai lan) (?:\S+ ){0,4}(?:het han|sap het han|bi mat|mat roi|lam mat)(?! (?:\S+ ){0,6}(?:giay to|ho so|nop giay|giay gi)))\b/ },
  // a paper asked again of the court ("bản án ly hôn bị mất, xin lại ở tòa thì làm sao", "xin trích lục bản án ở đâu"), bail or food for a detainee
  // ("bảo lãnh tại ngoại", "đang bị tạm giam, gửi đồ ăn vào"): the court's and the police's criminal matters
  { intent: 'out_of_scope', weight: 99, re: /\b(?:(?:xin|lay|cap) (?:lai )?(?:\S+ ){0,4}(?:o|tai|ben) toa|bao lanh (?:\S+ ){0,3}tai ngoai|trich luc ban an|ban an (?:\S+ ){0,8}(?:mat|that lac)(?: \S+){0,4} (?:xin|lay|cap) lai|(?:xin|cap|lay) (?:lai )?(?:ban sao )?ban an|(?:dang )?bi tam giam)\b/ },
  // another place's hours ("ngân hàng Agribank chỗ Tam Kỳ thứ bảy có mở cửa không", "bệnh viện huyện có khám ngày chủ
  // nhật không"): not the office's
  { intent: 'out_of_scope', weight: 60, re: /\b(?:(?:ngan hang|agribank|vietcombank|bidv|vietinbank|benh vien|phong kham|sieu thi)(?: \S+){0,8} co (?:mo cua|lam viec|kham|truc) (?:\S+ ){0,3}(?:khong|ko|k|hong|hok)|(?:benh vien|phong kham|ngan hang|sieu thi)(?: \S+){0,4} (?:so dien thoai|sdt|hotline|tong dai)(?! (?:\S+ ){0,4}(?:xa|phuong|uy ban|ubnd|mot cua|cong an)))\b/ },
  // a pension raised ("lương hưu năm nay có được điều chỉnh tăng không"; not "mai táng", the funeral allowance) and rent
  // raised by a landlord ("chủ trọ đòi tăng tiền phòng"): the social insurance fund's and a private matter
  { intent: 'out_of_scope', weight: 99, re: /\b(?:luong huu (?:\S+ ){0,8}(?<!mai )(?:tang|dieu chinh)(?! (?:\S+ )?(?:phi|tien))|(?:tang|doi tang) (?:tien|gia) (?:phong|thue|tro|mat bang|nha)|chu (?:nha|tro) (?:\S+ ){0,6}(?:doi )?tang (?:gia|tien))\b/ },
  // what buying on instalments needs ("mua iphone trả góp có cần căn cước ko", "mua xe máy trả góp cần giấy tờ gì"): the
  // shop's matter — not a vehicle bought so, then registered ("xe mua trả góp thì đăng ký thế nào"), nor the purpose of
  // a paper ("xin để vay ngân hàng mua nhà trả góp thì cần mang giấy tờ gì")
  { intent: 'out_of_scope', weight: 99, re: /(?<!\bde (?:\S+ ){0,4})\bmua (?:\S+ ){1,4}tra gop (?:thi )?(?:co )?(?:can|phai|mang|bat buoc)\b/ },
  // a business's own taxes asked ("thuế khoán hộ kinh doanh tính bao nhiêu", "tạm ngưng rồi thì thuế khoán mấy tháng đó có
  // phải đóng hông", "kê khai thuế GTGT theo quý hay tháng", "thuế môn bài năm đầu có phải đóng, đóng ở đâu"): the tax
  // office's — not the taxes of a land transfer, a registration's own fee beside them, or a tax paid told as the story
  { intent: 'out_of_scope', weight: 99, re: /^(?!.*\b(?:le phi (?:dang ky|thanh lap)|(?:dang ky|thanh lap) (?:\S+ ){0,4}(?:le phi|ton|het)|truoc ba|sang ten|tang cho|thua ke|so do|mua ban|chuyen nhuong|biet roi)\b).*\b(?:thue khoan (?:\S+ ){0,6}(?:bao nhieu|tinh|co phai|muc)|(?:dong|nop|tinh|muc) thue khoan(?! (?:deu|day du|dung han|hang nam|tu))|(?:ke khai|quyet toan) thue(?! xong)|thue (?:gtgt|vat|tndn|thu nhap doanh nghiep)|thue mon bai (?:\S+ ){0,10}(?:dong|nop|o dau|bao nhieu)|luong (?:\S+ ){0,4}thue (?:thu nhap ca nhan|tncn))\b/ },
  // a loan asked of a bank ("ngân hàng có duyệt cho vay không", "ngân hàng nào cho vay 500tr", "Agribank có gói vay ưu
  // đãi"): the bank's — not a paper asked so that the bank lends ("để ngân hàng cho vay")
  { intent: 'out_of_scope', weight: 99, re: /(?<!\bde )\b(?:ngan hang|agribank|vietcombank|vcb|bidv|vietinbank|techcombank|sacombank|acb|vpbank|tpbank)(?: nao)? (?:\S+ ){0,3}(?:co )?(?:duyet (?:cho )?vay|cho vay|goi vay|vay uu dai|lai suat)\b(?! (?:\S+ ){0,2}(?:doi|yeu cau|bat|can|muon) (?:\S+ ){0,2}(?:giay|xac nhan|ban sao|so|chung))|\bvay (?:\S+ ){0,6}ngan hang nao\b/ },
  // an employer's duties to staff ("báo giảm lao động, chốt sổ BHXH cho công nhân", "có bắt buộc đóng BHXH cho 2 bạn
  // bán hàng không"), a premarital check-up ("khám sức khoẻ tiền hôn nhân"), a licence of another trade ("giấy phép kinh
  // doanh dịch vụ bảo vệ", "chứng chỉ hành nghề dược"): the insurance agency's, the clinic's, other sectors'
  { intent: 'out_of_scope', weight: 99, re: /\b(?:bao giam lao dong|dong (?:bhxh|bhyt|bao hiem xa hoi|bao hiem y te) cho (?:\S+ ){0,2}(?:nhan vien|cong nhan|nguoi lao dong|ban|tho)|(?:bat|bi) tang ca|tang ca (?:\S+ ){0,6}(?:dung luat|co dung|tinh|may lan|bao nhieu)|luong tang ca|nghi phep (?:\S+ ){0,3}(?:co )?luong|western union|moneygram|kieu hoi|doi (?:tien|do la|usd|ngoai te) (?:\S+ ){0,3}(?:o dau|cho nao)|bong da|tran dau|doi tuyen|(?<!(?:can|co|phai|giay|nop) )kham (?:suc khoe )?tien hon nhan (?:\S+ ){0,6}(?:o dau|gia|bao nhieu|co lam|lam o)|(?:giay phep|chung chi|giay chung nhan du dieu kien) (?:\S+ ){0,4}(?:dich vu bao ve|karaoke|xang dau|ruou|thuoc la|cam do|lu hanh|hanh nghe duoc|nha thuoc|quay thuoc))\b/ },
  // military service itself ("giấy gọi khám nghĩa vụ quân sự … có được hoãn không", "lệnh gọi nhập ngũ ghi sai ngày
  // sinh"), a school's own records ("xin trường sửa học bạ", "xin bảng điểm ở phòng đào tạo"), a tax code updated ("mã số
  // thuế … cập nhật ở đâu"), a court's ruling awaited or enforced, child support ("bao giờ tòa xử", "không chịu cấp
  // dưỡng"), a detainee visited ("bị công an tạm giữ, muốn vào thăm"), a labour dispute ("hoà giải viên lao động",
  // "công ty cũ giữ sổ BHXH không trả … kiện ở đâu"), maternity pay and a hospital's price ("tiền thai sản công ty làm",
  // "sanh mổ phòng dịch vụ bao nhiêu"): other offices' and firms' matters — not a temporary absence declared before
  // enlisting, nor a birth record corrected to match a school record
  { intent: 'out_of_scope', weight: 99, re: /^(?!.*\b(?:tam vang|cat khau|xoa (?:ten|ho khau|thuong tru)|tam tru|thuong tru|ly lich|khai sinh|khai sanh|sao y|chung thuc|cong chung|photo|ban sao)\b).*\b(?:(?:kham|hoan|mien|goi|lenh goi|giay goi) (?:\S+ ){0,3}(?:nghia vu quan su|nhap ngu|di bo doi)|(?:nghia vu quan su|nhap ngu)(?: \S+){0,6} (?:hoan|mien|ghi sai)|(?:xin|sua) (?:\S+ ){0,3}(?:hoc ba|bang diem)|(?:ma so thue|mst)(?: \S+){0,10} cap nhat|(?:bao gio|khi nao|may thang) (?:thi )?toa (?:xu|xet xu|goi)|thi hanh an|(?:doi|kien|khong chiu|chiu) (?:\S+ ){0,3}cap duong|tien cap duong|(?:tam giu|tam giam) (?:\S+ ){0,8}(?:vao )?tham|hoa giai vien lao dong|giu so (?:bhxh|bao hiem)(?: \S+){0,6} (?:kien|doi)|(?:tien|che do) thai san|(?:sanh|sinh|de) mo (?:\S+ ){0,6}(?:bao nhieu|gia))\b/ },
  // a SIM moved to another owner ("sim của mình đang đứng tên chị gái, muốn chuyển sang tên mình", "sang tên sim"), a
  // data plan ("gói cước 4G nào rẻ"): the carrier's matter (not a SIM in another's name told as a VNeID condition)
  { intent: 'out_of_scope', weight: 99, re: /\b(?:sim (?:\S+ ){0,8}(?:chuyen (?:sang )?ten|sang ten)|sim (?:\S+ ){0,16}chuan hoa|chuan hoa (?:thong tin )?(?:thue bao|sim)|(?:sang ten|chuyen ten|chuyen chu) (?:\S+ )?sim|goi cuoc)\b/ },
  // a bank or wallet asking its customer to update or verify an identity paper ("VCB cứ nhắn bắt cập nhật giấy tờ tuỳ
  // thân trên app, bên mình cập nhật giúp được ko", "momo bắt xác thực lại bằng cccd gắn chip"): the bank's matter —
  // unless a card is to be had first ("… mà tui vẫn xài chứng minh 9 số, đổi sang thẻ căn cước ở đâu")
  { intent: 'out_of_scope', weight: 99, re: /^(?!.*\b(?:doi sang|doi the|cap lai|lam lai the|mat roi|lam roi|roi mat|bi mat|chua co|het han|lam can cuoc|lam the)\b).*\b(?:vcb|vietcombank|techcombank|tcb|mbbank|mb bank|bidv|agribank|vietinbank|acb|tpbank|vpbank|sacombank|momo|zalopay|vi dien tu|app ngan hang|ngan hang)\b(?: \S+){0,8} (?:cap nhat|xac thuc|doi ten|sua ten)\b/ },
  // a social app's account locked or hacked ("zalo e bị khoá tk thì mở khoá sao", "facebook bị hack"): the app's matter,
  // not an identity account's
  { intent: 'out_of_scope', weight: 99, re: /\b(?:zalo|facebook|fb|messenger|tiktok|gmail|instagram)(?: \S+){0,4} (?:bi )?(?:khoa|hack|mat tai khoan|mat tk)\b/ },
  // insurance sold by companies ("bảo hiểm sức khỏe của Manulife", "bảo hiểm em bé của AIA", "bảo hiểm tai nạn cá
  // nhân", "bảo hiểm du lịch"), a care home ("nhà dưỡng lão nào nhận người già"): the insurers' and the homes' matter,
  // not the health-insurance card or the allowance
  { intent: 'out_of_scope', weight: 99, re: /\b(?:(?:nha|vien|trung tam) duong lao (?:\S+ ){0,4}(?:nao|o dau|gia|bao nhieu|nhan)|manulife|prudential|dai ichi|generali|chubb|aia|bao hiem (?:suc khoe|nhan tho|tai nan|chay no|em be|tu nhan|du lich))\b/ },
  // money drawn from a savings book ("má có sổ tiết kiệm ở Sacombank, giờ anh em muốn rút thì ngân hàng giải quyết
  // sao"): the bank's matter — unless a civil-status paper is asked for it, or drawing it is the purpose told
  { intent: 'out_of_scope', weight: 99, re: /^(?!.*\b(?:trich luc|khai tu|chung tu|giam ho|ban sao|chung thuc|ket hon|khai sinh)\b)(?!.*\bde (?:\S+ ){0,3}(?:rut|lam|mo) so tiet kiem).*\b(?:(?:rut|lanh|lay)(?: \S+){0,4} so tiet kiem|so tiet kiem(?: \S+){0,12} (?:rut|lanh|lay tien))\b/ },
  // a school's own business ("con tui muốn chuyển trường từ Vinh vô Sài Gòn thì làm thủ tục chi với trường", "trường mầm
  // non công gần phường còn nhận trẻ 3 tuổi ko"): the school's — unless a paper the agency issues is asked for it
  { intent: 'out_of_scope', weight: 99, re: /^(?!.*\b(?:xac nhan|cu tru|ct07|khai sinh|ban sao|chung thuc|ho khau|tam tru|thuong tru|ho ngheo|can cuoc|dinh danh|giam ho)\b).*\b(?:chuyen truong|truong (?:mam non|tieu hoc|thcs|thpt|cap \d|dai hoc)(?: \S+){0,6} (?:nhan|tuyen sinh|con cho)|xin (?:cho \S+ )?(?:vao|vo) (?:hoc|lop))\b/ },
  // the electricity and water companies' business ("muốn sang tên hợp đồng nước thì làm ở đâu", "điện lực lắp công tơ 3
  // pha", "hôm nay có lịch cắt điện không")
  { intent: 'out_of_scope', weight: 99, re: /\b(?:(?:sang ten|dang ky|lap|lap dat|doi ten) (?:\S+ ){0,3}(?:dong ho|hop dong|cong to) (?:\S+ )?(?:nuoc|dien)|(?:lap|lap dat) cong to|lich (?:cat|cup) (?:dien|nuoc)|(?:dang ky|xin) lap (?:dat )?nuoc|(?:app|ung dung|tai khoan|tk) dien luc|tien (?:dien|nuoc) (?:\S+ ){0,4}(?:thanh toan|bi loi|tang))\b/ },
  // a bank card lost or locked and made again ("tui làm mất thẻ atm agribank rồi, làm lại thẻ ở đâu"): the bank's
  // matter — unless an identity paper is lost with it, a fee is paid with the card, or the card is what a paper is
  // for ("cty đòi để làm thẻ ngân hàng nhận lương")
  { intent: 'out_of_scope', weight: 99, re: /^(?!.*\b(?:can cuoc|cccd|cmnd|cmt|chung minh|bang lai|gplx|ho chieu|bhyt|bao hiem|le phi|phi|thanh toan|tra)\b).*(?<!\bde (?:lam |mo )?)\bthe (?:atm|ngan hang|tin dung)\b/ },
  // a lucky day picked ("coi giùm ngày đẹp động thổ", "năm ni bữa mô đẹp để đổ móng", "xem giờ tốt để đưa tang"), a
  // year or a direction that suits one's age for building ("tuổi Mão cất nhà được hông", "tuổi 1988 cất nhà hướng nào") and a SIM card's owner updated ("cập nhật cccd vào sim"): other trades' matters
  { intent: 'out_of_scope', weight: 40, re: /\b((?:coi|xem) (?:giup |gium |dum )?(?:\S+ ){0,2}(?:ngay|gio) (?:cuoi |cuoi hoi |\S+ )?(?:dep|tot)|(?:ngay|bua|gio|thang|nam) (?:(?:nao|mo|dau) )?(?:dep|tot)(?: nao| mo)? (?:de )?(?:dong tho|do mong|cat nha|xay nha|dung nha|lam nha|cai tang|dua tang|an tang|nhap trach|khoi cong|cuoi|dam cuoi)|(?:cat|xay|lam|dung) nha (?:\S+ ){0,2}huong nao|tuoi (?:\S+ ){0,2}co hop (?:\S+ ){0,2}(?:cat|xay|lam|dung) nha|tuoi (?:ty|suu|dan|mao|meo|thin|ti|ngo|mui|than|dau|tuat|hoi|(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy) \S+)(?: \S+){0,4} (?:cat|xay|lam|dung|sua) nha|(?:cat|xay|lam|dung|sua) nha (?:\S+ ){0,4}(?:hop|hap|trung|pham) tuoi|cap nhat (?:\S+ ){0,5}(?:vao |cho )?sim)\b/ },
  // a paper legalised for use abroad ("hợp pháp hoá lãnh sự bản đó để gửi qua Hàn"): the foreign ministry's business
  // (not asked as what the file requires: "giấy tờ bên Đức có phải hợp pháp hoá lãnh sự rồi nộp ko")
  { intent: 'out_of_scope', weight: 99, re: /(?<!\b(?:co phai|co can|can|bat buoc|yeu cau)(?: \S+){0,3} )\bhop phap hoa(?: lanh su)?\b/ },
  // the day a pension is paid out ("lương hưu tháng này bưu điện chi trả ngày nào"), or one paid abroad refunded
  // ("tiền hoàn lương hưu bên Hàn"): the insurance fund's business
  { intent: 'out_of_scope', weight: 99, re: /\b(?:luong huu(?: \S+){0,8} (?:chi tra|tra|phat|ve)(?: vao)? (?:ngay nao|bao gio|may gio|khi nao|hom nao)|luong huu (?:\S+ ){0,8}(?:van )?chua (?:ve|nhan duoc|thay)|(?:tra|kiem tra|check) (?:giup|gium|dum) (?:\S+ )?luong huu|hoan (?:lai )?(?:tien )?luong huu|luong huu (?:\S+ ){0,3}(?:ben )?(?:han|han quoc|nhat|dai loan|duc|uc)(?: \S+){0,6} (?:hoan|lay lai|rut))\b/ },
  // a neighbour building without a permit ("ông hàng xóm xây nhà 4 tầng mà ko có giấy phép, còn lấn ra hẻm"): reported
  { intent: 'complaint', weight: 99, re: /\b(?:hang xom|nha ben(?: canh)?|nha ke ben|nha ke|ben canh|nha hang xom)(?: \S+){0,6} xay (?:\S+ ){0,8}(?:khong|ko|k|chua) (?:co |xin )?(?:giay )?phep\b/ },
  // a clock time ("4h30", "11 giờ") is about opening hours
  { intent: 'office', weight: 10, re: /\b(\d{1,2}h\d{0,2}|\d{1,2} gio (sang|chieu|trua)|gio (mo|dong) cua|con kip nop)\b/ },
  // the office itself moved ("Uỷ ban xã mình giờ dời về chỗ nào rồi, sáp nhập xong tôi không biết đường")
  { intent: 'office', weight: 40, re: /\b(?:uy ban|ubnd|bo phan mot cua|tru so|mot cua)(?: \S+){0,4} (?:doi|chuyen|don) (?:\S+ )?(?:ve|sang|qua|den|toi) (?:dau|cho nao|noi nao|cho moi)\b/ },
  // "chiều nay công an xã có làm việc không": open today?
  { intent: 'office', weight: 40, re: /\b(?:chieu nay|sang nay|hom nay|trua nay|ngay mai|sang mai|chieu mai|thu \d|thu bay|chu nhat|cuoi tuan|ngay le|tet) (?:\S+ ){0,5}co (?:lam|lam viec|mo cua|truc|nhan ho so|tiep nhan ho so) (?:khong|ko|k|hong|hok)\b/ },
  // "phòng xuất nhập cảnh có làm thứ 7 ko": open on that day?
  { intent: 'office', weight: 40, re: /\b(?:co (?:lam|lam viec|mo cua|truc|tiep dan)|lam viec) (?:vao )?(?:(?:buoi )?(?:sang|chieu) )?(?:thu \d|thu bay|chu nhat|cuoi tuan|ngay le|buoi trua|buoi toi) (?:khong|ko|k|hong|hok)\b/ },
  // "trưa có ai trực không": someone on duty at an hour is the office's hours, not a request for a person
  { intent: 'office', weight: 40, re: /\b(?:trua|buoi trua|chieu|toi|buoi toi|sang som|thu bay|thu \d|chu nhat|cuoi tuan|ngay le|tet)(?: \S+)? co (?:ai|nguoi|can bo) (?:truc|lam viec|tiep dan) (?:khong|ko|k|hong|hok)\b/ },
  // "công an xã mới ở đâu": the office's address, no procedure named
  { intent: 'office', weight: 20, re: /^(?:(?:cho|em|toi|minh|hoi|ad|admin|oi|a|da|ma|con|vay|the|moi nguoi) ){0,4}(?:cong an|uy ban(?: nhan dan)?|ubnd|tru so)(?: (?:xa|phuong|tinh|thi tran))?(?: (?!hay|nop|lam|xin|dang)\S+){0,5} (?:o dau|cho nao|nam o dau|dia chi)\b/ },
  // "uỷ ban xã mới đóng ở chỗ mô", "văn phòng đăng ký đất đai giờ nằm ở đâu": where an office now is
  { intent: 'office', weight: 40, re: /\b(?:uy ban|ubnd|tru so|bo phan mot cua|van phong dang ky dat dai|cong an (?:xa|phuong))(?: (?:nhan dan|xa|phuong|moi|cu|tinh))* (?:gio |bay gio |hien )?(?:dong|nam|o) (?:o )?(?:dau|cho nao|cho dau|cho mo|mo)\b/ },
  // "trung tâm dịch vụ việc làm ở địa chỉ nào, sđt bao nhiêu": the address or the phone number of an office
  { intent: 'office', weight: 40, re: /\b(?:(?:o )?dia chi (?:nao|o dau|cho nao)|(?:sdt|so dien thoai|so dt|hotline) (?:la )?(?:bao nhieu|so may|so nao))\b/ },
  // "sdt của trung tâm dịch vụ việc làm tỉnh là bao nhiêu", "cho e xin địa chỉ phòng xuất nhập cảnh": an office's
  // phone number or address asked outright (not a school's or a shop's)
  { intent: 'office', weight: 40, re: /\b((?:sdt|so dien thoai|so dt|hotline|so hotline)(?: (?!(?:cua )?(?:toi|em|minh|tui|ba|me|con|chong|vo)\b)\S+){0,8} la (?:bao nhieu|gi|may)|xin (?:\S+ )?dia chi (?!(?:\S+ ){0,2}(?:truong|tiem|quan|cua hang|cong ty|trung tam day|benh vien|nha thuoc)))/ },
  // ("cho xin gặp chị Lan ở bộ phận một cửa", "cho xin liên lạc cán bộ lao động thương binh xã hội", "cho e gặp trưởng
  // công an xã": a named person or a head)
  { intent: 'human', weight: 40, re: /\b(?:cho (?:xin |em |e |toi |tui |minh )?(?:gap|lien lac|lien he) (?:voi )?(?:(?:chi|anh|co|chu|ba|ong|can bo) \S+|truong (?:cong an|ap|thon|khu pho|xom|ban)))/ },
  // ("số tổng đài hỗ trợ dịch vụ công là số nào", "ủy ban có chỗ gửi xe không", "tầng 1 hay tầng 2 là chỗ nộp hồ sơ",
  // "tối có làm thêm giờ không", "có làm chiều thứ 7 không", "ở số mấy phố nào": the office's phone, parking, floors,
  // hours, address)
  { intent: 'office', weight: 40, re: /\b(?:tong dai (?:\S+ ){0,5}(?:la )?so (?:nao|may|bao nhieu)|cho (?:gui|de|dau) xe|tang (?:1|2|3|mot|hai|ba) hay tang|lam them gio|(?:o )?so may (?:pho|duong) (?:nao|gi)|(?:lam|lam viec|nhan ho so|tiep dan) (?:sang |chieu |toi )?(?:thu (?:7|bay)|chu nhat|cn|ngay le) (?:khong|ko|k|hong|hok))\b/ },
  // ("gặp cô Lan cán bộ lao động", "toi can gap truong cong an xa", "cho em gặp bí thư", "xin chuyển tới cán bộ văn
  // phòng đăng ký đất đai": a person by name or role — not "e cần gấp", which folds alike, nor someone avoided: "để khỏi
  // phải lên đó gặp ổng nữa")
  { intent: 'human', weight: 60, re: /\b(?:(?:xin |muon |can |cho (?:em |e |toi |tui |minh |bac )?)?(?<!khoi (?:phai )?(?:\S+ ){0,3})gap (?:(?:anh|chi|co|chu|ong|ba|bac) (?!(?:ay|do|kia|nay|ta|oi|nua|luon|roi|lai|nha|nhe|vay|thi|de|ma)\b)[a-z]+|truong (?:cong an|ap|thon|khu pho|ban|phong)|bi thu|chu tich|pho chu tich)|xin chuyen (?:toi|cho|den|qua) (?:can bo|nhan vien|bo phan|phong))/ },
  // (the office's days, numbers and places: "30/4 xã có bố trí trực không", "thứ mấy đi làm lại", "lịch tiếp công dân",
  // "bảo hiểm xã hội huyện cũ giờ dời đi đâu", "số dt công an phường", "đường dây nóng … số mấy", "mấy giờ trả kết quả",
  // "cuối tuần có nhận hồ sơ trực tiếp không" — not "còn kịp nộp không", a deadline)
  { intent: 'office', weight: 40, re: /\b(?:bo tri truc|thu may di lam lai|lich tiep (?:cong )?dan|doi (?:di|ve|qua) dau|so (?:dt|dien thoai) (?:cua )?(?:cong an|uy ban|ubnd|xa|phuong|bo phan)|(?:cho|xin) (?:\S+ ){0,2}(?:so )?duong day nong|may gio tra ket qua|may gio (?:\S+ ){0,4}co mat|cuoi tuan co (?:nhan|lam|tiep))\b/ },
  // ("Tết dương lịch công an xã nghỉ mấy ngày": the office's holiday closing)
  { intent: 'office', weight: 60, re: /\b(?:tet|le|nghi le|quoc khanh)(?: \S+){0,4} (?:cong an|uy ban|ubnd|xa|phuong|bo phan mot cua|mot cua)(?: \S+){0,2} nghi (?:may ngay|bao lau|den ngay nao|tu ngay nao|het ngay nao|toi ngay nao)\b/ },
  // ("số đường dây nóng phòng quản lý xuất nhập cảnh là số nào": the hotline's number, whatever office it names)
  { intent: 'office', weight: 99, re: /\bduong day nong (?:\S+ ){0,10}so (?:may|nao|bao nhieu)\b/ },
  // ("công an phường Thuận Hóa ở đường mô", "trụ sở BHXH có số nhà đường nào": an office's street)
  { intent: 'office', weight: 60, re: /\b(?:tru so|cong an (?:xa|phuong)|uy ban|ubnd|bo phan mot cua)(?: \S+){0,7} (?:o |nam o |nam |co so nha )?(?:duong|so nha|pho) (?:nao|mo|gi|chi)\b/ },
  // ("mai lễ có ai trực một cửa không": whether the office is open on a holiday, not a request for staff)
  { intent: 'office', weight: 40, re: /\b(?:le|tet|thu bay|thu 7|chu nhat|ngay nghi) (?:\S+ ){0,3}co (?:ai|nguoi|can bo) (?:truc|lam|lam viec)\b/ },
  // ("phòng văn hoá xã hội của xã ở chỗ nào": a room of the commune's office, where it is)
  { intent: 'office', weight: 40, re: /\bphong (?:\S+ ){1,4}cua (?:xa|phuong|uy ban|ubnd)(?: (?:minh|nay|toi|em|ta))? (?:o|nam o) (?:dau|cho nao|cho mo|mo)\b/ },
  // the hours asked outright outweigh the office's name ("phòng xuất nhập cảnh công an tỉnh làm việc mấy giờ")
  { intent: 'office', weight: 40, re: /\b((?:so dien thoai|sdt|so dt|hotline) (?:ben|cua) (?:do|xa|phuong|uy ban|ubnd|bo phan|cong an|mot cua)|lam viec (?:tu )?may gio|(?:lam|lam viec|mo cua|lam toi|tiep dan) (?:toi|den|toi tan|den tan) may gio|(?:mo|dong) cua (?:tu |luc )?may gio|(?:xin|cho xin|cho em xin|cho toi xin|cho (?:em|toi|minh|tui|chau)) (?:so dien thoai|sdt|so dt|(?:so )?hotline)|may gio (?:mo cua|lam viec|dong cua|nghi trua)|may gio (?:nguoi ta |ho |can bo |xa |phuong )?(?:nghi|dong cua|mo cua|lam viec))\b/ },
];

/** An intent cue this strong says the intent outright, whatever procedure is named. */
export const OUTRIGHT = 99;
/**
 * Below the outright weights a second and a third grievance in other words add to the first ("bị từ chối mà không
 * nói lý do, bực mình ghê"; "cứ báo lỗi hệ thống, nộp 3 lần không được, mất cả buổi chiều"); a grievance only: two
 * clock times are no surer an hours question.
 */
const PILED = 3;
/** The grievance cues below the outright weights, each as a global pattern to count its distinct matches. */
const PILING = new Map(CUES.filter((c) => c.intent === 'complaint' && c.weight < OUTRIGHT).map((c) => [c, new RegExp(c.re.source, 'g')]));

/**
 * Shouting: three words in capitals in a row in a message that is not all capitals ("TỚI TRƯA BẢO HẾT SỐ THỨ TỰ"), or
 * "!!" — typed as it is, before folding. Alone it says nothing (some type every word in capitals); beside a grievance
 * cue too weak to decide ("ai chịu nổi", "thái độ phục vụ", "chạy tới chạy lui"), it says the grievance outright.
 */
const CAPS_RUN = /(?:^|[^\p{L}])\p{Lu}{2,}(?:[\s,.]+\p{Lu}{2,}){2}(?![\p{L}])/u;
export function shouts(text: string): boolean {
  const nfc = text.normalize('NFC');
  return (/\p{Ll}/u.test(nfc) && CAPS_RUN.test(nfc)) || /!{2,}/.test(nfc);
}

export function intentCue(folded: string): { intent: Intent; weight: number } | null {
  let best: { intent: Intent; weight: number } | null = null;
  for (const c of CUES) {
    if (!c.re.test(folded)) continue;
    const all = PILING.get(c);
    const distinct = all ? new Set([...folded.matchAll(all)].map((m) => m[0])).size : 1;
    const weight = c.weight * Math.min(PILED, distinct);
    if (!best || weight > best.weight) best = { intent: c.intent, weight };
  }
  return best;
}
