import fs from 'node:fs';
import { buildSnapshot } from '../../src/knowledge/kb';
import { loadSourceFromFiles } from '../../src/knowledge/source';
import { NaiveBayes } from '../../src/understanding/classifier';
import type { Analysis, Matcher } from '../../src/understanding/matcher';
import { fold } from '../../src/understanding/vietnamese';
import { intentCue } from '../../src/understanding/intent-cues';
import { asksSomething } from '../../src/understanding/courtesy';

/** The 42 procedure ids of the shared catalog (/work/shared/catalog/catalog.json), spelled exactly. */
const CATALOG_PROCEDURES = [
  'dang-ky-khai-sinh', 'dang-ky-khai-tu', 'dang-ky-ket-hon', 'xac-nhan-tinh-trang-hon-nhan', 'trich-luc-ho-tich',
  'thay-doi-cai-chinh-ho-tich', 'nhan-cha-me-con', 'dang-ky-giam-ho', 'dang-ky-lai-khai-sinh', 'lien-thong-khai-sinh',
  'lien-thong-khai-tu', 'chung-thuc-ban-sao', 'chung-thuc-chu-ky', 'chung-thuc-hop-dong', 'dang-ky-thuong-tru',
  'dang-ky-tam-tru', 'khai-bao-tam-vang', 'thong-bao-luu-tru', 'xoa-dang-ky-thuong-tru', 'xac-nhan-cu-tru',
  'cap-the-can-cuoc', 'cap-lai-the-can-cuoc', 'dinh-danh-dien-tu', 'cap-ho-chieu', 'ly-lich-tu-phap',
  'cap-giay-chung-nhan-dat-lan-dau', 'dang-ky-bien-dong-dat-dai', 'chuyen-muc-dich-su-dung-dat', 'giay-phep-xay-dung-nha-o',
  'dang-ky-ho-kinh-doanh', 'thay-doi-ho-kinh-doanh', 'thanh-lap-doanh-nghiep', 'an-toan-thuc-pham', 'tro-cap-that-nghiep',
  'tro-cap-xa-hoi', 'ho-ngheo', 'cap-the-bhyt', 'bhxh-mot-lan', 'doi-giay-phep-lai-xe', 'dang-ky-xe', 'ban-sao-van-bang',
  'nop-ho-so-truc-tuyen',
];
const CATALOG_FILE = '/work/shared/catalog/catalog.json';

/** What the citizen meant: the procedure id for procedure questions, else the intent. */
type Case = [expected: string, text: string];

// One message with diacritics and one without, per procedure. Written for this test, not taken from training data.
const PROCEDURE_CASES: Case[] = [
  ['dang-ky-khai-sinh', 'Vợ em mới sinh bé được 1 tuần, giờ làm giấy khai sinh cho cháu thế nào ạ'],
  ['dang-ky-khai-sinh', 'con toi moi de, can dang ky khai sinh thi lam gi'],
  ['trich-luc-ho-tich', 'cho hỏi mấy bản sao chứng tử có tốn phí ko'],
  ['cap-ho-chieu', 'còn hộ chiếu của mạ bị mất luôn, làm lại có phải trình báo mất trước không'],
  ['cap-ho-chieu', 'hộ chiếu làm mấy ngày thì có, con cần gấp để nộp visa du học'],
  ['cap-ho-chieu', 'mất bao lâu có passport ạ, e có deadline nộp visa cuối tháng'], // due after it (dialogs-tune-209)
  ['trich-luc-ho-tich', 'tôi mất giấy khai sinh bản chính, cần nộp cho bên Úc để xin visa cho vợ'], // applied for after it (dialogs-tune-368)
  ['dang-ky-ho-kinh-doanh', 'e bán đồ online trên shopee thôi có cần đăng ký không'], // a marketplace one sells on (dialogs-tune-238) // a marker told as the purpose (dialogs-tune-25/130) // another paper lost: its own procedure, not the căn cước's re-issue (dialogs-tune-162)
  ['dang-ky-khai-sinh', 'dạ em cảm ơn ạ. giờ em mới sinh bé, anh chị chỉ em cách làm khai sinh cho bé với'], // a request after thanks still asks
  ['cap-the-can-cuoc', 'căn cước ông bị sai năm sinh thì sửa ở mô'],
  // a registered business with a line added, a detail written wrong, or the old one closed (dialogs-tune-327/448/42)
  ['thay-doi-ho-kinh-doanh', 'tiệm tôi có giấy hộ kinh doanh rồi, giờ muốn đăng ký thêm bán cà phê thì làm sao'],
  ['thay-doi-ho-kinh-doanh', 'giấy chứng nhận hộ kinh doanh bị ghi sai tên chủ hộ, sửa thế nào'],
  ['thay-doi-ho-kinh-doanh', 'hộ kinh doanh cũ của mẹ tôi thì đóng ở đâu'],
  ['thay-doi-ho-kinh-doanh', 'Quán đang đứng tên ông xã, ổng đi rồi thì chị muốn chuyển qua chị đứng tên chủ hộ kinh doanh, làm sao em'],
  ['thay-doi-ho-kinh-doanh', 'tiệm tạp hoá có đăng ký hộ kinh doanh, ngung may thang thi phai bao truoc bao nhieu ngay'], // stopping for a while (dialogs-tune-320) // the owner changed (dialogs-tune-323)
  ['trich-luc-ho-tich', 'còn giấy đăng ký kết hôn của tui với bả cũng mất, mà sổ còn, xin bản sao được hông'], // a copy from the register (dialogs-tune-217)
  ['dinh-danh-dien-tu', 'VNeID là cái chi, làm răng cháu?'],
  ['dinh-danh-dien-tu', 'mất căn cước rồi thì có kích hoạt đc ko ad'], // activating is the account's (dialogs-tune-319) // what the account is, not the channel (dialogs-tune-299)
  ['cap-the-can-cuoc', 'CCCD ghi sai ngày sinh muốn làm lại thì lên đâu làm'], // the wrong card made again, not re-issued as lost (tune-42)
  ['thay-doi-cai-chinh-ho-tich', 'khai sinh con lon 6 tuoi bi sai ho, sua sao'], // "con lon 7 tuoi" unmarked: the elder child, no pig (dialogs-tune-173/309) // the card printed wrong is made again (dialogs-tune-303) // "bản sao khai tử": a copy from the register (dialogs-tune-300)
  ['dang-ky-xe', 'cho hỏi thủ tục đăng ký xe'], // "thủ tục" then a procedure is no field
  ['cap-the-can-cuoc', 'ad oi cho hoi chut ve can cuoc'], // "hỏi chút về": a word between, still the topic asked about
  ['dang-ky-khai-tu', 'Bố tôi vừa mất hôm qua, gia đình cần đăng ký khai tử ở đâu'],
  ['dang-ky-khai-tu', 'ong noi moi qua doi, lam giay chung tu can nhung gi'],
  ['dang-ky-ket-hon', 'Hai đứa em muốn đăng ký kết hôn thì cần giấy tờ gì'],
  ['dang-ky-ket-hon', 'minh sap cuoi, dang ky ket hon o xa nao'],
  ['xac-nhan-tinh-trang-hon-nhan', 'Xin giấy xác nhận tình trạng hôn nhân để mua nhà thì làm sao'],
  ['xac-nhan-tinh-trang-hon-nhan', 'can giay xac nhan doc than de lam ho so vay ngan hang'],
  ['trich-luc-ho-tich', 'Tôi cần trích lục bản sao giấy khai sinh thì xin ở đâu'],
  ['trich-luc-ho-tich', 'xin ban sao trich luc ket hon mat bao nhieu tien'],
  ['thay-doi-cai-chinh-ho-tich', 'Giấy khai sinh của con bị sai ngày sinh, muốn cải chính lại'],
  // a death record written wrong, a sex written wrong, far from "sửa" (dialogs-tune-448)
  ['thay-doi-cai-chinh-ho-tich', 'giấy chứng tử của bà nội tôi ghi sai năm sinh, sửa giấy chứng tử ở đâu'],
  ['thay-doi-cai-chinh-ho-tich', 'giay khai sinh cua be nha e ghi gioi tinh nam ma be la con gai, sua sao ad'],
  ['thay-doi-cai-chinh-ho-tich', 'muon doi ten cho con trong giay khai sinh thi lam sao'],
  ['nhan-cha-me-con', 'Tôi muốn làm thủ tục nhận con ngoài giá thú'],
  ['nhan-cha-me-con', 'dang ky nhan cha cho con can giay to gi'],
  ['dang-ky-giam-ho', 'Cháu mồ côi, tôi muốn đăng ký giám hộ cho cháu'],
  ['dang-ky-giam-ho', 'dang ky giam ho nop o dau'],
  ['dang-ky-lai-khai-sinh', 'Giấy khai sinh bản gốc bị cháy mất, sổ hộ tịch cũng không còn, đăng ký lại khai sinh được không'],
  ['dang-ky-lai-khai-sinh', 'dang ky lai khai sinh can nhung gi'],
  ['lien-thong-khai-sinh', 'Làm liên thông khai sinh, thường trú và thẻ bảo hiểm y tế cho bé dưới 6 tuổi'],
  ['lien-thong-khai-sinh', 'lien thong khai sinh tren vneid lam sao'],
  ['lien-thong-khai-tu', 'Liên thông khai tử, xóa thường trú và hưởng mai táng phí cho bà'],
  ['lien-thong-khai-tu', 'lam lien thong khai tu cho nguoi mat'],
  ['chung-thuc-ban-sao', 'Tôi cần sao y bản chính bằng tốt nghiệp 5 bản'],
  ['chung-thuc-ban-sao', 'chung thuc ban sao tu ban chinh het bao nhieu'],
  ['chung-thuc-ban-sao', 'có bản sao rồi thì đem ra xã chứng thực thêm vài bản được ko'], // more copies certified, not a contract (dialogs-tune-139)
  // "hồi trước ba tui" is "before", never "trước bạ", the registration fee that marks a transfer (dialogs-tune-452)
  ['chung-thuc-hop-dong', 'còn hợp đồng mua bán nhà thì chứng thực ở đâu, hồi trước ba tui làm ở huyện'],
  ['dang-ky-bien-dong-dat-dai', 'hợp đồng mua bán nhà chứng thực xong rồi, đóng trước bạ ở đâu'],
  // one's own lateness past a deadline, asked about the fine; "level 2" is the account's "mức 2" (dialogs-tune-446)
  ['cap-the-can-cuoc', 'e sap 25t roi, co phai update CCCD ko a, qua deadline ma chua doi thi co bi phat ko'],
  ['dinh-danh-dien-tu', 'e mới 16t, muốn lên level 2 VNeID để check giấy tờ trên app thì làm sao ạ'],
  ['chung-thuc-chu-ky', 'Chứng thực chữ ký trên giấy ủy quyền làm ở đâu'],
  ['chung-thuc-chu-ky', 'can chung thuc chu ky tren don xin viec'],
  ['chung-thuc-hop-dong', 'Chứng thực hợp đồng mua bán nhà ở xã được không'],
  ['chung-thuc-hop-dong', 'chung thuc hop dong tang cho dat o xa'],
  ['dang-ky-thuong-tru', 'Tôi mới mua nhà, muốn nhập hộ khẩu về nhà mới'],
  ['dang-ky-thuong-tru', 'dang ky thuong tru cho vo ve nha chong'],
  ['dang-ky-tam-tru', 'Em là sinh viên thuê trọ, có phải đăng ký tạm trú không'],
  ['dang-ky-tam-tru', 'dang ky tam tru online tren vneid'],
  ['khai-bao-tam-vang', 'Tôi đi làm xa vài tháng, có cần khai báo tạm vắng không'],
  ['khai-bao-tam-vang', 'khai bao tam vang o dau'],
  // come to stay a few days, whatever the citizen calls it (dialogs-tune-289/473)
  ['thong-bao-luu-tru', 'em gái tôi ngoài Huế vào ở nhà tôi khoảng 5 hôm, có cần đăng ký tạm trú không'],
  ['thong-bao-luu-tru', 'mấy đứa cháu ở Sài Gòn về ở nhà mệ chừng 10 ngày, có phải làm tạm trú không'],
  ['thong-bao-luu-tru', 'Nhà có họ hàng ở quê lên chơi vài hôm, phải thông báo lưu trú không'],
  ['thong-bao-luu-tru', 'thong bao luu tru cho khach o homestay'],
  ['xoa-dang-ky-thuong-tru', 'Xóa đăng ký thường trú khi đã chuyển đi nơi khác'],
  ['xoa-dang-ky-thuong-tru', 'xoa dang ky thuong tru can gi'],
  ['xac-nhan-cu-tru', 'Xin giấy xác nhận thông tin cư trú để nộp cho trường'],
  ['xac-nhan-cu-tru', 'xin xac nhan cu tru mau ct07 o dau'],
  ['cap-the-can-cuoc', 'Con tôi 14 tuổi, làm thẻ căn cước lần đầu thế nào'],
  ['cap-the-can-cuoc', 'lam the can cuoc cho con 15 tuoi'],
  ['cap-lai-the-can-cuoc', 'Tôi bị mất thẻ căn cước, làm lại ở đâu'],
  ['cap-lai-the-can-cuoc', 'the can cuoc bi gay, cap lai het bao nhieu'],
  ['dinh-danh-dien-tu', 'Đăng ký tài khoản định danh điện tử mức 2 cho mẹ'],
  ['dinh-danh-dien-tu', 'kich hoat tai khoan dinh danh dien tu muc do 2'],
  ['cap-ho-chieu', 'Làm hộ chiếu phổ thông lần đầu mất bao lâu'],
  ['cap-ho-chieu', 'xin cap ho chieu de di du lich nuoc ngoai'],
  ['ly-lich-tu-phap', 'Xin phiếu lý lịch tư pháp số 1 để đi xin việc'],
  ['ly-lich-tu-phap', 'lam ly lich tu phap bao lau co'],
  ['cap-giay-chung-nhan-dat-lan-dau', 'Đất ông bà để lại chưa có sổ đỏ, giờ làm sổ lần đầu thế nào'],
  ['cap-giay-chung-nhan-dat-lan-dau', 'cap giay chung nhan quyen su dung dat lan dau'],
  ['dang-ky-bien-dong-dat-dai', 'Mua đất rồi, giờ sang tên sổ đỏ ở đâu'],
  ['dang-ky-bien-dong-dat-dai', 'sang ten so do sau khi mua het bao nhieu'],
  ['chuyen-muc-dich-su-dung-dat', 'Tôi muốn chuyển đất vườn lên đất ở để xây nhà'],
  ['chuyen-muc-dich-su-dung-dat', 'chuyen muc dich su dung dat nong nghiep len tho cu'],
  ['giay-phep-xay-dung-nha-o', 'Xin giấy phép xây dựng nhà ở 3 tầng'],
  ['giay-phep-xay-dung-nha-o', 'xin phep xay nha o nong thon co can khong'],
  ['dang-ky-ho-kinh-doanh', 'Tôi muốn mở quán cà phê, đăng ký hộ kinh doanh thế nào'],
  ['dang-ky-ho-kinh-doanh', 'dang ky ho kinh doanh ca the can gi'],
  ['thay-doi-ho-kinh-doanh', 'Tạm ngừng hộ kinh doanh 6 tháng thì làm sao'],
  ['thay-doi-ho-kinh-doanh', 'doi dia chi ho kinh doanh sang cho moi'],
  ['thanh-lap-doanh-nghiep', 'Thành lập công ty TNHH 2 thành viên cần gì'],
  ['thanh-lap-doanh-nghiep', 'dang ky thanh lap doanh nghiep o dau'],
  ['an-toan-thuc-pham', 'Quán ăn của tôi cần giấy chứng nhận an toàn thực phẩm'],
  ['an-toan-thuc-pham', 'xin giay chung nhan co so du dieu kien an toan thuc pham'],
  ['tro-cap-that-nghiep', 'Tôi mới nghỉ việc, làm hồ sơ hưởng trợ cấp thất nghiệp thế nào'],
  ['tro-cap-that-nghiep', 'nhan tro cap that nghiep can giay to gi'],
  ['tro-cap-xa-hoi', 'Mẹ tôi 82 tuổi, có được trợ cấp xã hội hằng tháng không'],
  ['tro-cap-xa-hoi', 'tro cap cho nguoi khuyet tat hang thang'],
  ['ho-ngheo', 'Gia đình khó khăn, muốn được công nhận hộ nghèo'],
  ['ho-ngheo', 'xet ho can ngheo can dieu kien gi'],
  ['cap-the-bhyt', 'Làm lại thẻ bảo hiểm y tế bị mất'],
  ['cap-the-bhyt', 'cap the bao hiem y te cho con'],
  ['bhxh-mot-lan', 'Nghỉ làm công ty rồi, rút bảo hiểm xã hội một lần được không'],
  ['bhxh-mot-lan', 'huong bao hiem xa hoi 1 lan can gi'],
  ['doi-giay-phep-lai-xe', 'Bằng lái xe sắp hết hạn, đổi ở đâu'],
  ['doi-giay-phep-lai-xe', 'doi giay phep lai xe het han'],
  ['dang-ky-xe', 'Mới mua xe máy, đăng ký xe ở công an xã được không'],
  ['dang-ky-xe', 'dang ky xe may moi mua bam bien so'],
  ['ban-sao-van-bang', 'Mất bằng tốt nghiệp cấp 3, xin bản sao từ sổ gốc'],
  ['ban-sao-van-bang', 'xin ban sao van bang dai hoc tu so goc'],
  ['nop-ho-so-truc-tuyen', 'Hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công'],
  ['nop-ho-so-truc-tuyen', 'cach nop ho so tren cong dich vu cong quoc gia'],
];

const INTENT_CASES: Case[] = [
  // complaints told as a story, without the word "phản ánh"
  ['complaint', 'hẹn tôi mấy lần rồi vẫn chưa có giấy khai tử cho bố, làm việc kiểu gì không biết'],
  ['complaint', 'sáng nay ra phường nộp hồ sơ mà không có ai trực, ngồi đợi 3 tiếng'],
  // a long wait told from one hour to another, and who is answerable (dialogs-tune-305, tune-47)
  ['complaint', 'bữa qua tui lên xã nộp giấy, đợi từ 7h tới 11h rồi bị kêu chiều lên lại'],
  ['complaint', 'trang dịch vụ công báo lỗi mấy ngày nay không nộp được lệ phí, ai chịu trách nhiệm'],
  ['status', 'ad ơiii coi giùm hồ sơ đăng ký xe của tui nộp tuần rồi'], // "coi giùm" (dialogs-tune-186)
  ['status', 'con hồ sơ HKD nộp tuần trước tra cứu ở đâu'], // (dialogs-tune-191)
  ['status', 'tra cuu giup ho so dang ky ket hon nop hom thu 2'], // (tune-29)
  // a receipt code yyyy-sector-seq; "coi giùm tới đâu"; open on a Saturday; agreed and leaving; a bank's app, a
  // hospital bill, seeing a doctor out of one's registered place (dialogs-tune-185/188)
  ['status', 'hồ sơ tạm trú nộp hôm qua, mã 2025-TT-004512, giờ tra ở đâu'],
  ['status', 'à bữa trước tui có nộp hồ sơ xin sổ cho miếng ruộng khác rồi, coi giùm tới đâu'],
  ['office', 'phong xuat nhap canh cong an tinh co lam thu 7 ko'],
  ['goodbye', 'ok e hiểu r, chào ad'],
  ['goodbye', 'pai pai'], ['goodbye', 'goodbye'], // bye as teenagers and English type it (dialogs-tune-429/432)
  ['out_of_scope', 'app ngân hàng bắt xác thực sinh trắc học bằng căn cước mà quét mãi ko được, chỉ e với'],
  ['out_of_scope', 'ba tui suc khoe yeu nam vien may bua nay, tien vien phi bao hiem chi tra bao nhieu %'],
  ['out_of_scope', 'khám trái tuyến ở bệnh viện tỉnh đc hưởng bao nhiêu % vậy'],
  // receipt codes TN-0712-334 and 2508010045-HKD; a named official asked for; the office's phone asked with "cho em";
  // a promised time long passed (dialogs-tune-182)
  ['status', 'e nộp hôm 12/7 ở trung tâm dịch vụ việc làm, số phiếu TN-0712-334'],
  ['status', 'mã: 2508010045-HKD'],
  // receipt codes 11.25.07.0098, HS2025-08-0412 and 2507-CMĐ-114; "cho em hỏi tiến độ"; "hồ sơ … tra ở đâu" (dialogs-tune-260)
  ['status', 'tui làm rồi nè, mã 11.25.07.0098, sao chưa thấy báo'],
  ['status', 'HS2025-08-0412'],
  ['status', 'muốn lên lấy kết quả mà không biết có chưa, mã 2507-CMĐ-114'],
  ['status', 'hồ sơ xin giấy phép xây dựng của tôi đó, cho em hỏi tiến độ'],
  ['complaint', 'cán bộ địa chính xuống đo đất rồi thu thêm 500k, thu vô lý'], // "thu vô lý" (dialogs-tune-418)
  // street racing and revved exhausts reported (dialogs-tune-577)
  ['complaint', 'ad ơi đầu hẻm nhà em khuya nào cũng có mấy thanh niên đua xe nẹt pô'],
  ['complaint', 'ad oi xom tro co dam thanh nien bop po om som toi khuya'],
  ['complaint', 'nộp online rồi mà ra xã còn bắt photo nộp lại, mất công 2 lần, vô lý'], // "vô lý" closing the grievance
  ['complaint', 'nhà hàng xóm đang xây 3 tầng mà không có giấy phép xây dựng'], // a neighbour building without a permit (dialogs-tune-339, tune-51)
  ['status', 'hồ sơ cấp đổi thẻ căn cước của mẹ tra ở đâu vậy'],
  ['status', 'tuần trước nộp hồ sơ đăng ký xe, hẹn 3 ngày mà giờ vẫn chưa thấy gì, tra cứu ở đâu ạ'], // late, then where to look (dialogs-tune-414)
  ['human', 'cho mình gặp anh Phong ở Sở Tư pháp được không'],
  ['office', 'cho e sdt phong xuat nhap canh cong an tinh voi'],
  ['out_of_scope', 'xây năm nay tuổi Giáp Tý có phạm hạn ko ad'], // an unlucky year to build (dialogs-tune-200)
  // a child's name, a zodiac year; "hẹn dịp khác" takes leave (tune-36)
  ['out_of_scope', 'khai sinh cho con nên đặt tên gì hay, họ Nguyễn'],
  ['out_of_scope', 'sinh năm 1995 là tuổi con gì'],
  ['goodbye', 'chào ad nhé, hẹn dịp khác'],
  ['out_of_scope', 'ai có đất thổ cư gần chợ bán lại ko, tầm 1 tỷ'],
  // market prices of rice and fertiliser; days past a deadline without the result (dialogs-tune-332/334)
  ['out_of_scope', 'ad oi gia phan ure hom nay bao nhieu'],
  // a car's inspection, a film show, a SIM registered, a leave request to an employer (tune-51)
  ['out_of_scope', 'dang kiem o to o dau gan nhat'],
  ['out_of_scope', 'Ad có biết thầy nào coi ngày hay không?'],
  ['out_of_scope', 'Tui đã là hộ cận nghèo. Ad biết thuốc trị rầy nào hiệu quả không?'],
  ['out_of_scope', 'Học nâng hạng bằng lái thì đăng ký ở trường nào?'],
  ['out_of_scope', 'ad có biết thầy nào xem bói giỏi không, năm nay tui tuổi Dần có hạn không 🙏'],
  ['out_of_scope', 'bán xe máy cũ ở đâu được giá vậy mấy bạn'],
  ['out_of_scope', 'đất ở Long An giờ bao nhiêu 1 mét vậy ad'], // a land price (tune-54)
  ['out_of_scope', 'dat ruong nha em trong sau rieng co loi ko'],
  ['out_of_scope', 'đau bụng dưới bên phải là bị gì vậy'],
  ['out_of_scope', 'thứ 7 này xã có chiếu phim lưu động không'],
  ['out_of_scope', 'đăng ký sim bằng căn cước gắn chip ở đâu'],
  ['out_of_scope', 'viet giup em don xin nghi phep gui cong ty'],
  ['out_of_scope', 'giá gạo dạo này lên quá ad ơi, bên mình có hỗ trợ bình ổn giá cho quán ăn ko'],
  ['complaint', 'xin lý lịch tư pháp online, thanh toán rồi mà 20 ngày chưa có, quá hạn'],
  // a nuisance or a danger reported, a land taken (tune-51); status asked of a file sent back, signed, ready; a bare receipt number
  ['complaint', 'quán nhậu đầu hẻm đã đăng ký kinh doanh mà lấn chiếm hết vỉa hè'],
  ['complaint', 'cái cầu khỉ qua kênh sắp gãy rồi, con nít đi học nguy hiểm lắm'],
  ['complaint', 'cống trước trụ sở một cửa bị nghẹt, mưa là ngập không vào được'],
  ['status', 'ho so cap doi cccd cua toi tra ve xa chua'],
  ['status', 'mình làm xác nhận cư trú online 2 hôm trước, xem giúp đã ký chưa'],
  ['status', 'hs cua me e, trich luc khai tu, co chua a'],
  ['status', '2509010045'],
  // a blocked drain reported; a passport asked of "có chưa"; a holiday's duty asked (tune-52)
  ['complaint', 'cống ngay chợ nghẹt, nước tràn lên đường hôi quá trời'],
  // grievances in other words; public works and hygiene left undone (tune-9/45/51, dialogs-tune-167/339)
  ['complaint', 'trợ cấp người cao tuổi của ba tui 3 tháng nay không thấy phát, xã làm ăn gì vậy'],
  ['complaint', 'mương thuỷ lợi đầu xóm bị bồi lấp, mưa lớn là nước tràn vô nhà, đề nghị xã nạo vét gấp'],
  ['complaint', 'bai rac tu phat ngay dau cau, ruoi muoi kinh khung'],
  ['complaint', 'cây xanh bị bão làm gãy đè lên dây điện trước nhà mấy hôm rồi chưa ai dọn'],
  ['complaint', 'dang ky tam tru online ma xa tu choi khong noi ly do, bat gui lai hoai'],
  ['status', 'hộ chiếu của con tui có chưa ad'],
  // where an application stands, asked in other words (dialogs-tune-182/260, tune-45/46/50/53)
  ['status', 'Tôi đăng ký xe máy mới ở công an xã hôm 20/7, bảo 2 ngày có biển mà chưa thấy tin nhắn, hồ sơ đang ở đâu vậy'],
  ['status', 'bé nhà e làm hộ chiếu nộp hôm thứ 3, giờ trạng thái là gì vậy'],
  ['status', 'xin hoi ho so ly lich tu phap nop qua buu dien da toi so chua'],
  ['status', 'ngay 12/6 toi co nop ho so xin xac nhan tinh trang hon nhan o xa, den nay chua thay ai goi, nho kiem tra dum'],
  // (tune-55: people in the middle of something)
  ['status', 'kt gium ho so dang ky lai khai sinh cua ong noi voi, nop cuoi thang 8'],
  // a file handed in, then a check asked or how it stands (dialogs-tune-347)
  ['status', 'Hồ sơ xin LLTP số 2 của em nộp Sở Tư pháp 2 tuần rồi chưa có, kiểm tra hộ em'],
  ['status', 'mà hồ sơ đăng ký xe máy mới của con tui bên công an xã, nộp 3 hôm rồi, chừ ra răng'],
  ['status', 'ho so rut bhxh 1 lan cua toi co tien chua vay, toi dang o ben Dai Loan'],
  ['status', 'hồ sơ cải chính ngày sinh của mạ nộp ở xã tuần rồi, chừ đã có chưa rứa'],
  ['status', 'Hồ sơ mã: DN-250915-0442 (thành lập cty) đã cấp giấy chưa ạ'],
  ['complaint', 'tin nhan bao ho so hoan thanh ma len lay thi bao chua co, lua dan a'],
  ['complaint', 'nhân viên hướng dẫn sai làm tui nộp nhầm thủ tục, mất tiền mất công'],
  ['human', 'cho xin liên lạc cán bộ lao động thương binh xã hội của xã'],
  ['office', 'so tong dai ho tro dich vu cong la so nao'],
  ['office', 'tầng 1 hay tầng 2 là chỗ nộp hồ sơ'],
  ['human', 'cho e gặp trưởng công an xã'], // a head asked for (dialogs-tune-347)
  ['human', 'cho tui sđt cán bộ địa chính hay công an xã để gọi trực tiếp'],
  // formal requests for a person, and the status asked formally (dialogs-tune-615)
  ['human', 'Đề nghị cho tôi được làm việc trực tiếp với cán bộ địa chính đang thụ lý hồ sơ.'],
  ['human', 'Tôi có nội dung kiến nghị, đề nghị bố trí cho tôi gặp đồng chí lãnh đạo xã.'],
  ['status', 'Tôi đã nộp hồ sơ cấp phiếu lý lịch tư pháp hôm 03/10. Kính đề nghị cho biết tình trạng giải quyết hồ sơ hiện nay.'], // an official's own line (dialogs-tune-586)
  ['office', 'xa co lam t7 ko'], // "t7": thứ 7 (dialogs-tune-352)
  ['complaint', 'xep hang 1 tieng chua toi luot'],
  ['complaint', 'dong vai chuc nguoi ma co 1 ban tiep nhan'],
  // (tune-56: service requests in many words)
  ['human', 'Bác muốn gặp cô Lan cán bộ lao động thương binh xã hội'],
  ['human', 'cho em gặp bí thư đảng ủy xã'],
  ['human', 'Xin chuyển tới cán bộ văn phòng đăng ký đất đai'],
  ['office', 'Tuần tới chủ tịch xã có lịch tiếp công dân vào ngày nào ạ'],
  ['status', 'Cho hỏi giấy phép xây dựng nhà tôi đã ký chưa, tên chủ hộ Trần Văn Lự'],
  ['status', 'cho e hỏi đã có kết quả lý lịch tư pháp chưa, e nộp online ngày 2/8'],
  ['complaint', 'nhân viên bộ phận một cửa ngồi chơi điện thoại, để dân đứng chờ'],
  ['office', 'Sở Tư pháp HN ở số mấy phố nào ạ'], // the address
  ['out_of_scope', 'phòng khám thú y nào gần đây mở cửa chủ nhật ko mn'],
  ['office', 'mai lễ có ai trực một cửa không'],
  // "làm xong chưa được 6 tháng" tells how new the road is, it asks no status (tune-53)
  ['complaint', 'Con đường bê tông mới làm xong chưa được 6 tháng đã nứt và lún nhiều chỗ. Chúng tôi muốn kiến nghị kiểm tra chất lượng công trình.'],
  ['status', 'hồ sơ của tôi xong chưa'],
  // a call answered first, then "có ai trực không": a knock (dialogs-tune-74/79); without the "alo" it asks for staff
  ['greeting', 'alo co ai truc ko a'],
  // a wait at the desk with nobody there, whatever office it names (dialogs-tune-334, tune-51)
  ['complaint', 'chờ ở bộ phận một cửa 2 tiếng đồng hồ mà không ai tiếp, bấm số cũng không gọi'],
  ['complaint', '8h sáng lên phường mà bộ phận một cửa không có ai ngồi, chờ tới 9h rưỡi, vậy mà được à??'],
  ['human', 'có ai trực không ạ'],
  // a receipt code dd.mm-sector-seq; a land's price; charity (dialogs-tune-174)
  ['status', '12.05-TCXH-0417'],
  ['out_of_scope', 'ad có biết nhóm từ thiện nào tặng sữa bỉm cho trẻ sơ sinh ko, nhà e khó quá 😞'],
  // a person asked for "trực tiếp"; a farewell closed by "nghe"; interest rates, a storm at sea (dialogs-tune-170/171)
  ['human', 'Tôi đề nghị được nói chuyện trực tiếp với cán bộ đang thụ lý hồ sơ của tôi'],
  ['goodbye', 'ok ad, chào nghe'],
  ['goodbye', 'dạ cháu cảm ơn, tạm biệt cô ạ'], // thanks, then leave taken: it ends the chat (writers split 20 to 15)
  ['thanks', 'dạ cháu cảm ơn cô ạ'],
  ['out_of_scope', 'à ad coi giùm mấy bữa tới ngoài biển có áp thấp không để tụi tui tính ra khơi'],
  // a postal code; a photo shop recommended (dialogs-tune-175/178)
  ['out_of_scope', 'cho hỏi mã bưu chính mới của phường Thủ Dầu Một là bao nhiêu để ghi địa chỉ gửi hàng'],
  // an office's phone number or address; seeing a doctor on the card; a job offer (dialogs-tune-112/166/167)
  ['office', 'sdt cua trung tam dich vu viec lam tinh la bao nhieu'],
  ['office', 'cho e xin địa chỉ phòng xuất nhập cảnh công an tỉnh'],
  ['out_of_scope', 'bv đa khoa tỉnh có khám bhyt ngày thứ 7 ko ad'],
  // dragged along from one appointment to the next; the application looked up; a receipt code prefix.yyyy.mm.seq;
  // a hello with wishes of health; an opening telling where one lives (dialogs-tune-113/167)
  ['status', 'HC.2025.08.114523'],
  ['greeting', 'Chào anh chị ạ, chúc ad khoẻ'],
  ['greeting', 'Chào anh chị, em tên Mai, 30 tuổi, nhà em ở xóm 4, mới chuyển về đây ở nên chưa rành, em có mấy việc muốn nhờ anh chị tư vấn ạ'], // who writes, then help announced (dialogs-tune-428)
  ['greeting', 'chào ad, e ở phường Hoà Phú, cho e hỏi xíu'],
  ['greeting', 'Chào cán bộ, cán bộ khoẻ hông'], // how one is (dialogs-tune-175)
  ['greeting', 'Chào cháu, bà ở Duy Xuyên. Trời hôm ni nắng đẹp, bà hỏi cháu mấy chuyện nghe'], // questions announced to "cháu" (dialogs-tune-465)
  // a weak grievance cue, shouted (dialogs-tune-476)
  ['complaint', 'Đi đăng ký xe máy mà xếp hàng từ 6h sáng tới trưa, RỒI BẢO HẾT SỐ THỨ TỰ. Ai chịu nổi'],
  ['complaint', 'Làm lại căn cước lên phường thì bảo về xã, về xã lại bảo lên phường!!! Chạy tới chạy lui cả tuần'],
  ['complaint', 'hồ sơ khai sinh cho bé nộp từ tuần trước mà giờ chưa có kết quả, quá hạn rồi sao không ai báo gì hết'], // no one told: a grievance over the wait (dialogs-tune-466)
  ['thanks', 'thôi cảm ơn cháu, hỏi cháu mấy chuyện lặt vặt mà cháu cũng chỉ cho, cháu giỏi quá'], // looking back, not announcing (dialogs-tune-299)
  // a hello and wishes, the news between asking nothing — whatever the classifier leans to (dialogs-tune-465)
  ['greeting', 'chao co, bac o Nghi Xuan, nam ni lua tot lam, co co khoe khong'],
  ['greeting', 'Kính gửi các đồng chí cán bộ. Lời đầu tiên cho tôi gửi lời chúc sức khoẻ đến các đồng chí, chúc năm mới an khang.'],
  ['greeting', 'Chào con, chú ở Điện Bàn, có mở cái quán cà phê nhỏ. Trước tiên chúc con với gia đình năm mới bình an.'],
  ['goodbye', 'chào nhé, hẹn hôm khác'],
  // sent back again and again, told differently each time; the portal failing, tried again and again (dialogs-tune-69/165)
  ['complaint', 'cán bộ ở bộ phận một cửa bắt tôi bổ sung hồ sơ 3 lần, lần nào nói một kiểu, mất thời gian'],
  ['complaint', 'hôm qua đăng nhập cổng dvc cứ báo lỗi hệ thống, nộp 3 lần không được, mất cả buổi chiều 😤'],
  ['complaint', 'tôi muốn gửi kiến nghị về việc bình xét hộ nghèo ở thôn không công bằng'], // a petition sent
  ['complaint', 'tôi kiến nghị xem lại việc bình xét hộ nghèo ở thôn, nhà khá giả lại được'],
  ['complaint', 'kiến nghị: lên phường làm giấy tờ bị bắt photo công chứng nhiều thứ không cần thiết, gây khó cho dân'], // a petition
  ['complaint', 'THẬT SỰ QUÁ THẤT VỌNG VỚI CÁCH LÀM VIỆC CỦA PHƯỜNG'], // disappointment said outright
  ['complaint', 'Cán bộ tiếp nhận hồ sơ ở phường hẹn tôi 3 lần mà vẫn chưa trả kết quả, tôi muốn khiếu nại'],
  ['complaint', 'toi muon phan anh viec cong an xa doi tien moi lam ho so'],
  // lateness told as a grievance, a road left broken, the portal failing (dialogs-tune-28/54/96/106)
  ['complaint', 'đổi căn cước từ 3 tháng trước mà tới giờ vẫn chưa có thẻ'],
  ['complaint', 'con đường xóm tôi sạt lở cả tháng nay mà chưa ai đến sửa'],
  ['complaint', 'bấm nộp hoài toàn báo lỗi hệ thống, mất cả buổi sáng'],
  // a status question said with a grievance outright: the grievance (dialogs-tune-112)
  ['complaint', 'nộp 2 tuần rồi vẫn chưa thấy gọi, làm việc kiểu gì vậy'],
  ['complaint', 'hẹn 7 ngày trả kết quả mà 3 tuần rồi chưa thấy, gọi không ai nghe'], // the promise broken, a grievance (tune-25)
  ['complaint', 'hồ sơ xử lý chưa mà lâu vậy, làm ăn kiểu gì'],
  // someone posing as an official asking for money; an application's number given without a full code (from dialogs-tune-17/18)
  ['complaint', 'có người tự xưng cán bộ xã tới nhà đòi 500k phí làm hồ sơ'],
  ['status', 'chưa nhận được tiền trợ cấp thất nghiệp, hồ sơ nộp từ tháng 6, số biên nhận 2507'],
  // a long file number ("mã số", "số …") with a procedure named: its status (from dialogs-tune-19/20)
  ['status', 'e nop ho so dk thuong tru 2 tuan r, ma so 250915-0012, sao chua co kq'],
  ['status', 'minh nop 1 ho so hom thu 2, gio xem tinh trang o dau'], // "xem tình trạng" (not "tình trạng hôn nhân")
  ['status', 'hồ sơ xác nhận cư trú nộp trên vneid từ thứ 2 mà giờ vẫn báo đang xử lý'],
  ['status', 'ad check giúp e hồ sơ mã 2507-HT-0455 vs ạ 🙏'], // a receipt code with a sector, "hồ sơ mã" (tune-18)
  ['status', 'BP1C.2506.00481'], // a receipt code alone: desk.yymm.sequence
  ['status', 'PT-2025-0917-0088'],
  ['status', 'CC-0925-771204'],
  ['status', 'H52.25-0917-000873'],
  ['status', 'BB2406180045'],
  ['status', 'K05.12.3-251104-0217'], // an agency code of several levels
  ['status', 'giấy phép xây dựng của nhà tôi nộp tháng trước được ký chưa ạ'], // signed yet (tune-24)
  ['status', 'MHS 2508-0412-HKD'], // yymm-sequence-sector, after "mã hồ sơ" abbreviated
  ['human', 'gặp ng trực dc ko ạ'], // "ng", người
  ['status', 'ad ơi cho e tra hồ sơ'], // look it up
  ['status', 'e nộp hs thất nghiệp tuần trước, giờ xem tiến độ ở đâu ạ'], // progress
  ['status', "sao trên cổng dịch vụ công hồ sơ của e hiện trạng thái 'chờ bổ sung' là sao ạ"],
  ['status', 'e nop ho so that nghiep roi, lam sao biet duoc da duyet hay chua'], // approved yet?
  ['status', 'giấy phép xây dựng nhà tôi đã ký chưa, biên nhận số 118 ngày 2/7'],
  ['out_of_scope', 'cong thuc lam banh mi que cho quan an sang'], // a recipe (tune-10)
  // asked in words, the status outweighs even a long procedure name (from tune-10)
  ['status', 'cái hồ sơ trợ cấp thất nghiệp nộp đầu tháng giờ tới đâu rồi ad'],
  ['status', 'hồ sơ trợ cấp thất nghiệp nộp đầu tháng giờ nằm ở đâu rồi, sao chưa thấy gọi'],
  ['status', 'hồ sơ đăng ký xe tháng trước của thằng em số 2507150123 sao giờ chưa có biển'],
  ['greeting', 'hello ad 🙏'],
  // an application overdue, told with exasperation (from dialogs-tune-13/14)
  ['complaint', 'nộp hồ sơ đăng ký thường trú hơn 15 ngày chưa có, giấy hẹn ghi 7 ngày, làm việc kiểu gì vậy'],
  // the office's lateness is a grievance (one's own, past a deadline, is asked among the procedures: dialogs-tune-446)
  ['complaint', 'nộp hồ sơ quá hạn 2 tuần mà chưa có kết quả'],
  // days counted past what was promised (dialogs-tune-463)
  ['complaint', 'em nộp hồ sơ xin phép xây nhà từ 01/08 tới nay hơn 20 ngày mà chẳng ai trả lời, quá chậm'],
  ['complaint', 'đã 25 ngày rồi ạ, quy định có 8 ngày làm việc thôi mà, e sắp bay rồi'],
  ['complaint', 'giấy hẹn ghi 15 ngày mà 1 tháng rồi chưa thấy gì, sao lâu vậy'],
  ['complaint', 'hẹn trả giấy khai sinh hôm thứ 2 mà tới nay thứ 6 chưa có, đi lên đi xuống mấy lần rồi tốn công'], // the day promised, passed (tune-49)
  ['complaint', 'hồ sơ đất nhà tôi nộp từ năm ngoái tới giờ chưa có, xã cứ hẹn lần hẹn lữa'],
  ['complaint', 'nop ho so tre hen hon 1 thang roi ma chua ai tra loi'],
  ['complaint', 'cán bộ phường thái độ quá tệ, quát cả người già'],
  ['complaint', 'mẹ em lên hỏi thì bị nhân viên quát, bảo về đi, mẹ em già rồi mà đối xử vậy'], // staff rude, sending her home (dialogs-tune-325)
  ['complaint', 'bữa trước sáng thứ 7 lên xã ko thấy ai trực một cửa, không ai trực, đợi mãi'],
  ['human', 'gọi cho tôi theo số 0912345678 nhé'],
  ['human', 'Cho tôi nói chuyện với cán bộ được không'],
  ['human', 'gap nhan vien tu van truc tiep'],
  ['human', 'toi muon gap truong bo phan mot cua'], // the head of the desk, not its address (dialogs-tune-44)
  ['human', 'cho tôi gặp lãnh đạo xã'], // ("lãnh" reads as "lĩnh")
  ['human', 'có anh chị nào trực ko ạ, e cần hỏi gấp 🙏'], // the 🙏 is the request's courtesy, not thanks
  ['human', 'tôi muốn gặp người thật, không muốn nói chuyện với máy'],
  ['human', 'cho e nc vs ng thật dc k ad'], // "nc vs" talking with, "ng thật" a real person (dialogs-tune-314)
  ['status', 'Hồ sơ mã H30.12-250101-0042 của tôi đến đâu rồi'],
  ['status', 'kiem tra giup ho so 000.00.12.H30-251111-0001'],
  ['status', 'H30.12-250101-0042'],
  ['status', 'Tôi nộp hồ sơ tuần trước, giờ muốn tra cứu tình trạng hồ sơ'],
  ['status', 'ho so cua toi da duoc duyet chua'],
  ['status', 'nộp hồ sơ thất nghiệp tháng trước, giờ muốn biết đã được giải quyết chưa'],
  ['office', 'Bộ phận một cửa làm việc mấy giờ'],
  ['office', 'thu 7 co lam viec khong ad'],
  ['office', 'ad oi chieu nay cong an xa co lam viec ko'],
  ['office', 'chieu nay ba ra xa duoc ko, may gio nguoi ta nghi'],
  ['office', 'cho e xin sdt phong dang ky kinh doanh cua so KH-DT'], // open this afternoon? (not where to do the topic)
  ['office', 'Uỷ ban xã mình giờ dời về chỗ nào rồi, sáp nhập xong tôi không biết đường'], // the office itself moved (dialogs-tune-44)
  ['office', 'Địa chỉ ủy ban xã ở đâu vậy'],
  ['office', 'phòng quản lý xuất nhập cảnh làm việc chiều thứ 7 không'], // an office's Saturday, named by a procedure's keyword (dialogs-tune-305)
  ['office', 'so dien thoai bo phan mot cua la gi'],
  ['greeting', 'Xin chào'],
  ['greeting', 'chao ad'],
  ['greeting', 'Chào anh chị bộ phận một cửa'],
  ['greeting', 'alo co ai ko'], // knocking on the door (dialogs-tune-48, tune-20)
  ['greeting', 'admin ơi có ai ở đó không ạ'], // a knock after a call, or alone (dialogs-tune-153/301)
  ['greeting', 'co do hok ad'],
  ['greeting', 'cốc cốc, có ai ở đó hông 😅'], // the knock typed as a sound (dialogs-tune-311)
  ['greeting', 'chào mấy cháu bên xã'], // a short hello to people, no procedure named (dialogs-tune-107)
  ['greeting', 'CHAO CAC CHAU O UBND'],
  ['greeting', 'hello có ai không ạ'],
  ['greeting', 'Chào mấy anh chị ở bộ phận một cửa'], // "mấy anh chị": several, not "mấy" asking // "anh chị" addresses, it asks nothing (dialogs-tune-44)
  ['greeting', 'alo alo, có ai không ạ'],
  ['greeting', 'alo có ai đó không'], // (dialogs-tune-459)
  ['greeting', 'Chào buổi sáng'],
  ['greeting', 'anh ơi em hỏi chút về bảo hiểm, em đang làm công nhân ở Bắc Ninh'], // a field asked about, who writes told (dialogs-tune-215/216/301)
  ['greeting', 'hello mn, cho mình hỏi chút về đất đai'], // a whole field after "hello" or "alo" too (dialogs-tune-215/297)
  ['greeting', 'chào cán bộ, tôi hỏi chút về giấy tờ cho cháu nội tôi'], // "cán bộ" is no "cần" (dialogs-tune-215)
  ['greeting', 'cho e hỏi về bằng cấp với ạ'],
  ['greeting', 'CHÀO ĐỒNG CHÍ. TÔI HỎI VỀ BẢO HIỂM'], // "đồng chí" addressed, no "chi" asking (dialogs-tune-327) // diplomas, a field: the copy, the certified copy… (dialogs-tune-311)
  // a hello, then who writes and from where: no leave taken, no procedure (dialogs-tune-300)
  ['greeting', 'Em chào cán bộ, nhà em ở Hương Khê'],
  ['greeting', 'cháu chào bác, cháu ở Đức Thọ'],
  ['greeting', 'Chào cán bộ, tui ở Ayun Pa'], // a town's name, no "pa" (phản ánh) complaint (dialogs-tune-321)
  ['out_of_scope', 'thời tiết Sa Pa tuần sau có tuyết không'], // nor Sa Pa's (dialogs-tune-521)
  ['greeting', 'Dạ con chào cô. Bà nội con ở Nam Đàn'],
  // a hello, then a situation told that asks and wants nothing, no procedure named (dialogs-tune-308)
  ['greeting', 'Xin chào, cho em hỏi chút ạ. Em đang đi XKLĐ ở Hàn, vợ em mới sanh bé ở quê Thái Bình'],
  ['greeting', 'Chào ad. Em từng làm công ty ở Bình Dương đóng BHXH được 6 năm, giờ qua Đài Loan làm hợp đồng 3 năm rồi'], // "xã hội", "được 6 năm" ask and want nothing
  // questions announced, none asked yet (dialogs-tune-301); a person asked for is no announcement
  ['greeting', 'tôi sắp chuyển vào Sài Gòn làm, có vài việc muốn hỏi'],
  ['greeting', 'bác có mấy câu hỏi muốn hỏi cháu'],
  ['human', 'thôi khỏi hỏi máy, chuyển em qua anh chị cán bộ đi'],
  ['greeting', 'tôi cần được tư vấn chút'], // advice asked of us; from a person is a request for one
  ['human', 'tôi cần tư vấn trực tiếp với cán bộ'],
  ['greeting', '👋 chào ad'],
  ['thanks', 'Cảm ơn nhiều ạ'],
  ['thanks', 'ok e hieu roi, cam on ad'],
  ['thanks', 'uk'], // teencode for "ừ", all right (dialogs-tune-48)
  ['thanks', 'ukm e cam on'],
  ['thanks', 'dạ'], // yes
  ['thanks', 'tks ad nhiều'],
  ['thanks', 'kamsahamnida ad'], // thanks and hellos of the countries where many work or study (dialogs-tune-308)
  ['greeting', 'guten tag ad'],
  // thanks, then praise or news in clauses that ask nothing (dialogs-tune-299)
  ['thanks', 'Dạ ông cảm ơn cháu nhiều. Mấy cái giấy tờ ni rắc rối quá, may mà có cháu chỉ cho tận tình.'],
  ['thanks', 'cảm ơn ad 🙏🙏🙏'],
  // a short acknowledgement while staff look into it (from dialogs-tune-11)
  ['thanks', 'vâng e đợi ạ'],
  ['thanks', 'được, tôi chờ'],
  ['goodbye', 'Tạm biệt nhé'],
  ['goodbye', 'bye ad'],
  ['goodbye', 'oki e cảm ơn ad, chào ad'], // "oki" is ok; thanks, then leave taken (dialogs-tune-323)
  ['goodbye', 'oki bai'],
  ['goodbye', 'Dạ con chào, bữa khác con hỏi tiếp'], // the rest asked another day (tune-49)
  ['goodbye', 'thôi chào nhé, hẹn gặp lại'],
];

const OUT_OF_SCOPE_CASES: Case[] = [
  ['out_of_scope', 'tôi trúng số Vietlott, đi lãnh thưởng có cần mang căn cước không'], // a lottery prize, whatever paper it is claimed with (dialogs-tune-482)
  ['out_of_scope', 'bố em trúng vé số, giờ lãnh thưởng thì có phải khai báo tạm trú gì không'],
  ['out_of_scope', 'có sổ cận nghèo rồi thì vay ngân hàng chính sách được bao nhiêu'], // the social policy bank's loan (dialogs-tune-472)
  ['ho-ngheo', 'tôi muốn vay vốn ngân hàng chính sách, họ bảo phải có giấy xác nhận hộ nghèo, làm ở đâu'], // what the bank requires, asked (dialogs-tune-338)
  ['out_of_scope', 'nhà tui mới cất xong, giờ muốn đăng ký lắp điện kế thì lên điện lực hay ra xã'], // a meter: the power company (dialogs-tune-466)
  ['out_of_scope', 'mà ad ơi đăng ký chính chủ sim cho ông thì mang căn cước ra mô làm'], // the SIM's owner registered, at the carrier (dialogs-tune-465)
  ['out_of_scope', 'đăng ký tài khoản bán hàng trên tiktok thế nào'], // the shop's own account on it stays out of scope
  ['out_of_scope', 'còn đổi tên fb bị khóa 60 ngày thì ad giúp dc hk 😂'], // "fb" is Facebook: its name, not one's own (dialogs-tune-314)
  ['out_of_scope', 'con lợn 2 tuổi nhà tui có cần giấy tờ gì không'], // with its marks it is a pig, whatever its age
  ['out_of_scope', 'xin visa du học Hàn thì nộp ở đâu'], // the marker asked about itself, not told as a purpose
  ['out_of_scope', 'luyện thi toeic ở đâu tốt, bằng có thời hạn bao lâu'], // a language certificate, not a diploma copy
  ['out_of_scope', 'xin visa đi Nhật nộp hồ sơ ở đâu'],
  ['out_of_scope', 'tài khoản momo bị khóa phải định danh lại'],
  ['out_of_scope', 'vay tín chấp bằng căn cước lãi suất bao nhiêu'],
  ['out_of_scope', 'tôi muốn bán mảnh đất 100m2, ai mua không'], // selling land is not a procedure
  ['out_of_scope', 'tôi cần bán đất gấp giá rẻ'],
  ['out_of_scope', 'làm thẻ ngân hàng ở đâu'], // bank card
  ['out_of_scope', 'mở thẻ atm vietcombank cần gì'],
  ['out_of_scope', 'mất thẻ ATM phải làm sao'],
  ['out_of_scope', 'Đăng ký SIM chính chủ ở đâu'], // SIM
  ['out_of_scope', 'sim viettel bị khóa phải làm sao'],
  ['out_of_scope', 'thủ tục ly hôn'], // divorce is for the court
  ['out_of_scope', 'muốn ly hôn thì nộp đơn ở đâu'],
  ['out_of_scope', 'Tôi muốn ly hôn, thủ tục thế nào'],
  ['out_of_scope', 'Mai trời có mưa không'], // weather
  ['out_of_scope', 'à tiện hỏi mai HN có mưa ko ad'],
  ['out_of_scope', 'ad oi toi nay co da bong ko'],
  ['out_of_scope', 'đổi tên facebook sao vậy'], // not a name changed in the civil register
  ['out_of_scope', 'nhờ ad xem ngày cưới giúp em với'],
  ['out_of_scope', 'mua bảo hiểm xe máy ở đâu rẻ ad'], // insurance sold by companies
  ['out_of_scope', 'ly hôn thuận tình thì nộp đơn ở toà nào vậy'], // a divorce is for the court
  ['out_of_scope', 'lương hưu của mẹ tôi tháng này bưu điện chi trả vào ngày nào vậy'], // the pension's pay day (dialogs-tune-420)
  ['out_of_scope', 'tiền lương hưu đóng bên Đài Loan về nước muốn xin hoàn lại thì làm sao'], // a pension abroad refunded (dialogs-tune-417/328)
  ['out_of_scope', 'bản trích lục đó muốn hợp pháp hoá lãnh sự để gửi qua Nhật thì làm ở xã được không'], // the foreign ministry's business (dialogs-tune-417)
  ['out_of_scope', 'Bệnh viện huyện số điện thoại đặt lịch khám là bao nhiêu vậy'], // a hospital's phone, not the office's (dialogs-tune-425)
  ['out_of_scope', 'còn vụ ly hôn của con gái tôi thì ủy ban xã giải quyết được không'], // "vụ ly hôn" (dialogs-tune-417)
  ['out_of_scope', 'chị tôi muốn ly hôn chồng, làm giấy ly hôn ở phường luôn được không'], // the question's clause goes on with the divorce (dialogs-tune-416)
  ['out_of_scope', 'bằng lái máy bay học ở đâu vậy ad'], // a pilot's licence
  ['out_of_scope', 'bên mình có dịch vụ làm bằng nhanh ko'], // a diploma bought
  ['out_of_scope', 'nhà em có mảnh đất ở quê muốn bán, ad có biết ai cần mua đất không'], // a buyer wanted
  ['out_of_scope', 'dự báo thời tiết Hà Nội ngày mai'],
  ['out_of_scope', 'tối nay Việt Nam đá với Thái Lan mấy giờ'], // football
  ['out_of_scope', 'kết quả bóng đá hôm qua'],
  ['out_of_scope', 'xem bóng đá ở đâu'],
  ['out_of_scope', 'cho mèo nhà em đi tiêm phòng ở đâu'], // pets
  ['out_of_scope', 'làm giấy tờ cho con chó cảnh'],
  ['out_of_scope', 'kể chuyện cười đi'],
  ['out_of_scope', 'giá vàng hôm nay bao nhiêu'],
  ['out_of_scope', 'đặt vé máy bay đi Đà Nẵng'],
  // jokes, fakes, dating, gambling and shops that share words with procedures (from tune-4/5)
  ['out_of_scope', 'nên kết hôn với ny cũ hay ny mới ạ 🤣'],
  ['out_of_scope', 'em muốn in giấy chứng nhận kết hôn giả làm quà troll bạn thân'],
  ['out_of_scope', 'đổi tên zalo sao mn'],
  ['out_of_scope', 'tìm khách sạn ở Vũng Tàu cuối tuần, giá phòng bnhieu 1 đêm'],
  ['out_of_scope', 'ad tư vấn giúp e nên bán cà phê muối hay cà phê trứng đắt hàng hơn 😂'],
];

const REGIONAL_CASES: Case[] = [
  ['dang-ky-khai-sinh', 'tui mún làm giấy khai sanh cho thằng nhỏ'],
  ['dang-ky-khai-sinh', 'con tui mới sanh, làm khai sanh ở mô'],
  ['dang-ky-tam-tru', 'đăng ký tạm trú hông cần giấy tờ chi hết hả'],
  ['dang-ky-tam-tru', 'làm tạm trú răng rứa ad'],
  ['dang-ky-tam-tru', 'tạm trú dzậy phải làm sao hả ad'],
  ['dang-ky-thuong-tru', 'nhập hộ khẩu cho ba má tui về ở chung'],
  ['dang-ky-thuong-tru', 'răng nhập hộ khẩu cho mạ tui rứa'],
  ['dang-ky-khai-tu', 'má tui mới mất, làm khai tử ở mô'],
  ['cap-the-can-cuoc', 'tui muốn làm căn cước cho con hông biết làm ở mô'],
  ['cap-the-can-cuoc', 'làm căn cước dzậy cần gì'],
  ['cap-the-can-cuoc', 'bé nhà em 9 tuổi chưa có thẻ bao giờ, làm lần đầu chứ không phải cấp lại, vậy bé làm căn cước được chưa'], // re-issue denied (dialogs-tune-464)
  ['dang-ky-khai-sinh', 'con tui 6 tuổi chưa từng đăng ký lần nào, hổng phải mất giấy. Giờ đi khai sanh trễ có bị phạt hông'], // the loss denied (dialogs-tune-464)
  ['cap-ho-chieu', 'lúc nãy mình hỏi về lý lịch tư pháp rồi, giờ mình làm hộ chiếu đi xklđ thì nộp online được không'], // the earlier topic set aside (dialogs-tune-486)
  ['dang-ky-ho-kinh-doanh', 'luc sang e hoi thanh lap cong ty roi, thoi gio e mo ho kinh doanh thoi thi can gi'], // the earlier topic set aside (dialogs-tune-486)
  ['cap-lai-the-can-cuoc', 'Da chao anh chi, chuc ca nha buoi sang an lanh. Me em di cho bi moc tui mat luon the can cuoc, chu lam lai rang a'], // "làm lại rang" unmarked asks how (dialogs-tune-465)
];

const OLD_NAME_CASES: Case[] = [
  ['cap-the-can-cuoc', 'đổi chứng minh nhân dân sang căn cước ở mô'],
  ['cap-the-can-cuoc', 'đổi giấy chứng minh nhân dân cũ'],
  ['cap-the-can-cuoc', 'cmnd cu het han roi doi sang cccd sao'],
  ['dang-ky-thuong-tru', 'chuyển hộ khẩu về quê chồng'],
  ['dang-ky-thuong-tru', 'làm sổ hộ khẩu cho con'],
  ['dang-ky-bien-dong-dat-dai', 'sang tên sổ đỏ do bố mẹ cho'],
  ['cap-giay-chung-nhan-dat-lan-dau', 'đất chưa có bìa đỏ, xin cấp lần đầu'],
  ['cap-giay-chung-nhan-dat-lan-dau', 'làm bìa đỏ lần đầu cho đất ông bà để lại'],
  ['dang-ky-khai-tu', 'xin giấy chứng tử cho ông nội'],
  ['dang-ky-khai-tu', 'lam giay bao tu cho me'],
];

// Place names from before the 1 July 2025 reorganisation (districts, old provinces) in context.
const OLD_PLACE_CASES: Case[] = [
  ['cap-the-can-cuoc', 'Tôi ở quận Ba Đình cũ, giờ làm căn cước ở đâu'],
  ['dang-ky-tam-tru', 'Tôi ở huyện Thanh Trì, Hà Nội, đăng ký tạm trú nộp ở phường hay quận'],
  ['dang-ky-khai-sinh', 'Trước đây tôi ở huyện Củ Chi, bây giờ làm khai sinh cho con ở đâu'],
  ['xac-nhan-cu-tru', 'em ở thị xã Sơn Tây cũ, xin xác nhận cư trú ở đâu'],
  ['dang-ky-khai-sinh', 'tôi ở quận 9 cũ TP Thủ Đức, làm khai sinh cho con ở phường nào'],
  ['cap-the-can-cuoc', 'ở thành phố Thủ Dầu Một tỉnh Bình Dương cũ, làm căn cước ở đâu'],
  ['dang-ky-ket-hon', 'tôi quê Hà Tây cũ, chồng ở quận Hoàn Kiếm, đăng ký kết hôn ở đâu'],
  ['dang-ky-ho-kinh-doanh', 'trước đây đăng ký kinh doanh ở phòng tài chính quận, giờ mở hộ kinh doanh ở đâu'],
];

const RUN_ON_CASES: Case[] = [
  ['dang-ky-khai-sinh', 'Chào anh chị, em ở xã bên, vợ em mới sinh cháu đầu lòng hôm thứ 3, nhà em đang bận lo cho vợ con nên chưa kịp làm gì, giờ em muốn hỏi làm giấy khai sinh cho cháu cần mang gì ạ, em cảm ơn'],
  ['dang-ky-tam-tru', 'Dạ chào ad ạ, em là sinh viên năm nhất từ Nghệ An ra Hà Nội học, đang ở trọ với mấy đứa bạn, chủ nhà bảo phải đi làm tạm trú, cho em hỏi làm ở đâu ạ'],
  ['cap-the-bhyt', 'Chào bạn, mình là mẹ bỉm sữa, bé nhà mình được 3 tháng rồi mà chưa có thẻ bảo hiểm y tế, mình bận quá chưa đi làm được, giờ làm thẻ bhyt cho bé thế nào vậy bạn'],
  ['dang-ky-ket-hon', 'Xin chào cán bộ, tôi và bạn gái quen nhau 5 năm, cuối năm nay tính cưới, gia đình hai bên đã đồng ý, giờ muốn hỏi đăng ký kết hôn ở xã cần chuẩn bị giấy tờ gì'],
  ['tro-cap-that-nghiep', 'Chào ad, em làm công nhân được 3 năm thì công ty cắt giảm, em mới nghỉ tháng trước, nghe nói được hưởng trợ cấp thất nghiệp, vậy em phải nộp hồ sơ ở đâu ạ'],
  // the one procedure named in a last clause asking whether it may be done is what is asked (dialogs-tune-484/279)…
  ['dang-ky-khai-tu', 'Hồi đó nhà nghèo nên không ai đi khai tử cho bà nội. Giờ mấy chú muốn làm sổ đỏ cho miếng đất bà để lại, chú út nói phải làm sổ trước. Bà mất 15 năm rồi, giờ còn khai tử được không'],
  ['cap-ho-chieu', 'Chị tôi muốn làm hộ chiếu, lý lịch tư pháp rồi sao y bằng cấp để đi Nhật. Hộ chiếu làm online được không'],
  ['dang-ky-ket-hon', 'Hai đứa tôi ở với nhau từ 2012 mà chưa đăng ký kết hôn. Ngân hàng đòi giấy xác nhận tình trạng hôn nhân để vay. Giờ mới đi đăng ký kết hôn thì có được không hay bị phạt'], // "… hay bị phạt" closing it (dialogs-tune-484)
  // …but not the portal named as the way, an earlier step or the ground of a claim (tune-27, dialogs-tune-211/327)
  ['trich-luc-ho-tich', 'Vợ chồng tôi kết hôn ở quê năm 2019, giờ làm hồ sơ vay ngân hàng bị đòi bản sao trích lục kết hôn. Tôi xin trên cổng dịch vụ công rồi nhận qua bưu điện được không'],
  ['tro-cap-xa-hoi', 'mẹ em đang hưởng trợ cấp khuyết tật, sau khi giám hộ thì em có nhận thay mẹ đc ko'],
  ['cap-the-bhyt', 'thẻ bhyt công ty cắt rồi, giờ em xin cấp thẻ mới theo diện hưởng thất nghiệp được không'],
];

const CAPS_EMOJI_NOISE_CASES: Case[] = [
  ['dang-ky-ket-hon', 'XIN CHÀO, CHO HỎI ĐĂNG KÝ KẾT HÔN CẦN GÌ'],
  ['dang-ky-tam-tru', 'DANG KY TAM TRU HET BAO NHIEU TIEN'],
  ['cap-ho-chieu', 'LÀM HỘ CHIẾU BAO LÂU THÌ CÓ'],
  ['cap-lai-the-can-cuoc', 'MẤT CCCD RỒI LÀM LẠI SAO AD'],
  ['dang-ky-khai-sinh', 'làm giấy khai sinh cho bé 👶🙏'],
  ['dang-ky-ket-hon', '🥰 sắp cưới rồi, đăng ký kết hôn ở đâu vậy ạ ❤️'],
  ['cap-ho-chieu', '✈️ làm hộ chiếu đi du lịch mất bao lâu 😊'],
  ['dang-ky-tam-tru', 'đăng ký tạm trú 🏠 cần gì ạ 🙏'],
  ['cap-lai-the-can-cuoc', 'mat cccd thi lam lai o dau'],
  ['doi-giay-phep-lai-xe', 'gplx het han doi o dau'],
  ['ly-lich-tu-phap', 'lltp so 2 xin o dau'],
  ['cap-the-bhyt', 'bhyt cho tre em lam sao'],
  ['dang-ky-ho-kinh-doanh', 'dk hkd can gi'],
  ['xac-nhan-cu-tru', 'xin giấy ct07 ở đâu'],
  ['dinh-danh-dien-tu', 'kích hoạt vneid mức 2 ko đc'],
  ['dang-ky-khai-sinh', 'lamf giaays khai sinh cho con'],
  ['dang-ky-tam-tru', 'ddang kys tamj trus o ddaau'],
  ['dang-ky-khai-sinh', 'đăng kí khai sinh cho con'], // "kí" spelling
  ['dang-ky-thuong-tru', 'Đăng ký thường trú'.normalize('NFD')],
];

// Genuine matcher weaknesses found while writing this file (see the report). They are expected to fail
// today; when the matcher is fixed, jest reports them as passing and `.failing` must be removed.
// Former hard cases, fixed: near-miss markers, "bìa đỏ" = "sổ đỏ", a closing thanks after a question.
const FIXED_HARD_CASES: Case[] = [
  ['out_of_scope', 'làm giấy khai sinh cho con mèo được không'],
  ['dang-ky-bien-dong-dat-dai', 'sang tên bìa đỏ cho con'],
  ['cap-lai-the-can-cuoc', 'alo ad oi, hom qua di cho bi moc tui mat het vi, trong do co the can cuoc, gio lam lai the nao a, cam on ad nhieu'],
  // a pet's "khai sinh": "chó" typed with its diacritics is an exact marker, and a marker outweighs the procedure's keywords
  ['out_of_scope', 'Con chó nhà tôi mới đẻ, làm giấy khai sinh cho chó con được không'],
  ['out_of_scope', 'đăng ký khai sinh cho chó'],
  // a fish, a student card, a friend request on Zalo (tune-28)
  ['out_of_scope', 'con cá koi chết rồi có cần khai tử ko hehe'],
  ['out_of_scope', 'thẻ sinh viên bị mất thì trường có làm lại ko'],
  ['out_of_scope', 'ad ơi đăng ký kết bạn zalo với e đi'],
  ['out_of_scope', 'làm hộ chiếu cho chó đi nước ngoài'],
  // a karaoke licence: another trade's licence, the province culture office's (dialogs-tune-560)
  ['out_of_scope', 'xin giấy phép kinh doanh karaoke'],
  // a vaccination: the health station's (dialogs-tune-592); not the vaccination book held, nor a licence to drive a
  // hired car
  ['out_of_scope', 'tiêm 5in1 cho bé ở trạm y tế có mất tiền không ad'],
  // an exam registered for, a school's card, a football club (dialogs-tune-609/608); "đủ thì", "đăng ký thì" are no exam
  ['out_of_scope', 'đăng ký dự thi tốt nghiệp THPT cho con thì làm ở đâu ạ'],
  ['out_of_scope', 'con bị mất thẻ học sinh, làm lại ở đâu'],
  ['out_of_scope', 'đội bóng Hà Nội còn đá V-League không ad'],
  ['bhxh-mot-lan', 'nếu ko đủ thì rút bhxh 1 lần được không'],
  // a filed application asked after; a weekday's hours (dialogs-tune-609)
  ['status', 'e nộp hồ sơ làm căn cước cho con tuần trước ở công an phường, giờ hỏi xem đã có chưa ạ'],
  ['office', 'công an xã làm căn cước cho trẻ em vào giờ nào, chủ nhật có làm không'],
  // a hospital's own prices, a bank account renamed (dialogs-tune-603/604)
  ['out_of_scope', 'khám dịch vụ ở bệnh viện huyện giá bao nhiêu một lần'],
  ['out_of_scope', 'tài khoản ngân hàng của quán vẫn còn tên cũ, giờ đổi tên tài khoản sao'],
  // an office's street (dialogs-tune-603/602)
  ['office', 'trụ sở bảo hiểm xã hội tỉnh nằm đường nào vậy, tôi lên trực tiếp'],
  // a loudspeaker as a nuisance (dialogs-tune-605)
  ['complaint', 'quán nhậu đầu hẻm mở loa kẹo kéo tới khuya'],
  ['thanks', 'Cảm ơn em nhiều. Tụi trẻ ngại hỏi, thôi ông già hỏi giùm. Chúc em sức khỏe'],
  // a land's fair price (dialogs-tune-596); not an account made to see one's pension
  ['out_of_scope', 'có người bán lô đất sau nhà, giá bao nhiêu là hợp lý ad'],
  ['dinh-danh-dien-tu', 'bà muốn làm tài khoản định danh điện tử để coi lương hưu, bà không có điện thoại thông minh thì làm được không'],
  ['chung-thuc-ban-sao', 'em cần sao y giấy khai sinh với sổ tiêm chủng của bé, mang bản gốc theo là được hả'],
  ['doi-giay-phep-lai-xe', 'sắp sang Hàn du lịch, muốn thuê xe tự lái thì xin bằng lái quốc tế làm ở đâu'],
  // someone on duty on a weekday afternoon: the office's hours (dialogs-tune-594)
  ['office', 'chieu thu 5 co ai truc ko ad'],
  // grievances said outright after a story that names a procedure (dialogs-tune-595/594/582/285)
  ['complaint', 'Tôi lên xã xin xác nhận tình trạng hôn nhân, cán bộ bảo về bổ sung 3 lần. Tôi muốn phản ánh.'],
  ['complaint', 'giấy khai sinh con em bị ghi sai năm sinh của mẹ, cán bộ gõ sai mà bắt em tự đi sửa là sao'],
  ['complaint', 'lần trước nộp lý lịch tư pháp, cán bộ hướng dẫn mỗi lần 1 kiểu, về bổ sung 4 lần'],
  ['out_of_scope', 'mèo nhà em mới đẻ 4 bé, làm giấy khai sinh cho tụi nó được không'],
  // …but the everyday "cho" is not "chó", and a complaint about a dog is still a complaint
  ['dang-ky-khai-sinh', 'cho em hỏi đăng ký khai sinh cho con'],
  ['dang-ky-khai-sinh', 'dang ky khai sinh cho con cho em'],
  ['complaint', 'phản ánh nhà hàng xóm thả chó cắn người'],
  // an out-of-scope word in the story, the question about a procedure in a clause of its own (from tune-6)
  ['cap-lai-the-can-cuoc', 'hôm qua bị móc túi mất cả ví, có căn cước, thẻ atm, thẻ atm e gọi ngân hàng khoá rồi, còn căn cước làm lại cần giấy tờ gì ạ'],
  ['out_of_scope', 'thẻ atm bị nuốt rồi, làm lại thẻ atm cần giấy tờ gì ạ'],
  // working for Grab is context, booking a Grab is not an agency matter (from tune-4/5)
  ['doi-giay-phep-lai-xe', 'em chạy grab, bằng B2 cũ loại giấy bìa, công ty bắt đổi sang thẻ mới thì làm sao'],
  ['out_of_scope', 'ad có bán bánh tráng trộn ko, ship dìa Gò Vấp hông'],
  // weather and lotteries (from dialogs-tune-13/14)
  ['out_of_scope', 'cho hỏi luôn xổ số miền Bắc hôm qua ra số mấy'],
  // a shop's customer writing to the wrong page (from tune-7/8)
  ['out_of_scope', 'quần jean size 30 còn hàng không bạn'],
  ['dang-ky-ho-kinh-doanh', 'mình muốn mở shop quần áo online thì có phải đăng ký kinh doanh không'],
  // from tune-7: other domains, staff making it hard, an application sent back
  ['out_of_scope', 'cho hỏi số điện thoại bệnh viện đa khoa tỉnh'],
  ['out_of_scope', 'đăng ký kết hôn với nhân vật anime được ko 😂'],
  ['out_of_scope', 'cách đăng ký tài khoản facebook mới'],
  // business taxes and wholesale prices; a shop moved is a change of the household business (dialogs-tune-161)
  ['out_of_scope', 'thuế gtgt lên công ty rồi tính sao ad'],
  ['thay-doi-ho-kinh-doanh', 'tui có cái hộ kinh doanh bán phân bón, giờ dời tiệm qua ấp bên cạnh thì phải mần thủ tục gì'],
  // a household business moved to another commune (dialogs-tune-175)
  ['thay-doi-ho-kinh-doanh', 'mình có hộ kinh doanh tạp hoá đăng ký ở huyện Dầu Tiếng cũ, nay dời lên phường Bình Thạnh thì làm sao'],
  ['thay-doi-ho-kinh-doanh', 'tiem sua xe cua tui co giay phep ho kinh doanh roi, gio don qua cho khac thi phai lam gi'], // "dọn qua": moving (dialogs-tune-205)
  // a deadline counted from the day one stopped working (dialogs-tune-175/179)
  ['tro-cap-that-nghiep', 'thoi han nop la bao lau ke tu ngay nghi'],
  // the birth record written as another name is corrected (dialogs-tune-168)
  ['thay-doi-cai-chinh-ho-tich', 'con tui tên Thuỷ mà hồi làm khai sinh cán bộ ghi thành Thùy, giờ lên cấp 3 thầy cô nói phải thống nhất với học bạ'],
  // other accounts and cards (tune-34)
  ['out_of_scope', 'mất điện thoại rồi, làm sao lấy lại tài khoản Zalo'],
  ['out_of_scope', 'bị rớt cái thẻ tín dụng ngoài chợ, khoá thẻ làm lại răng'],
  ['out_of_scope', 'đăng ký cho con vào lớp 1 trường nào gần'],
  ['out_of_scope', 'trường nào ở Hà Nội đang tuyển sinh hệ vừa học vừa làm không'],
  ['complaint', 'nhân viên bộ phận 1 cửa bắt photo công chứng thêm đủ thứ không có trong quy định, làm khó dân'],
  ['status', 'hs giấy phép xây dựng của e bị trả về chưa ạ hay đang xử lý'],
  // a status question that names its procedure at length is still a status question (from tune-4)
  ['status', 'em nộp hs xin giấy phép xây dựng 20 ngày rồi, giờ đang nằm ở khâu nào vậy'],
  ['status', 'hồ sơ đổi bằng lái em nộp trên dvc tới bước nào rồi vậy'],
  // the card named alone is the base procedure; re-issuing says the card is lost or broken (variantOf/marks)
  ['cap-the-can-cuoc', 'căn cước làm có lâu không ad'],
  ['cap-the-can-cuoc', 'cccd làm online được hông'],
  ['cap-lai-the-can-cuoc', 'ad ơi em bị giật túi, mất luôn cái căn cước rồi, giờ làm sao ạ'],
  ['cap-lai-the-can-cuoc', 'thẻ căn cước bị bể góc thì làm sao'],
  // a one-word mark only as written: "bé" (a child) is not "bể" (broken)
  ['cap-the-can-cuoc', 'làm căn cước cho bé 5 tuổi ở đâu vậy ad'],
  // a household business named with words of pausing or closing it is that procedure, not registering one
  ['thay-doi-ho-kinh-doanh', 'quán phở nhà em có đăng ký hộ kinh doanh, giờ muốn nghỉ bán 2 tháng thì có phải báo không'],
  ['thay-doi-ho-kinh-doanh', 'cái hộ kinh doanh cũ của em muốn đóng luôn thì làm sao'],
  // more ways to say closing or handing over (from tune-10, dialogs-tune-19)
  ['thay-doi-ho-kinh-doanh', 'quán có đăng ký hộ kinh doanh mà ế quá, muốn dẹp nghỉ luôn thì phải báo với nhà nước sao'],
  ['thay-doi-ho-kinh-doanh', 'giấy phép hộ kinh doanh đang đứng tên ba em, ba mới mất, giờ muốn chuyển tên qua em'],
  ['dang-ky-ho-kinh-doanh', 'mở quán cà phê thì đăng ký hộ kinh doanh ở đâu'],
  // "với tiền" (and the money) is not "vòi tiền" (demanding bribes)
  ['complaint', 'cán bộ địa chính vòi tiền mới chịu làm sổ cho dân'],
  // a procedure not yet done is the situation when another is named for itself
  ['nhan-cha-me-con', 'hai đứa có con chung nhưng chưa đăng ký kết hôn, giờ bố cháu muốn làm thủ tục nhận con thì cần gì'],
  ['dang-ky-ket-hon', 'chưa đăng ký kết hôn thì làm ở đâu'],
  // "kết quả hẹn" is not "quá hẹn" (overdue)
  ['dang-ky-tam-tru', 'đk tạm trú nộp xong mấy bữa có kết quả hen'],
  // "bản sao rồi" is not "sao rồi" (how is it going)
  ['chung-thuc-ban-sao', 'co ban sao roi thi e muon chung thuc them vai ban de nop cty, lam o xa duoc khong'],
  // a statement of need after an out-of-scope question is not a question of its own
  ['out_of_scope', 'có công ty nào tuyển công nhân ko ad, e đang thất nghiệp cần việc gấp'],
  // "làm giả" is a marker only as written: "lam gia han" (extend) is not it
  ['out_of_scope', 'muốn làm giả giấy khai sinh thì ở đâu'],
  ['out_of_scope', 'cách làm giấy khai sinh giả'],
  ['dang-ky-khai-sinh', 'giả sử bố mẹ chưa đăng ký kết hôn thì khai sinh cho con thế nào'], // "giả sử" is not "giả"
  ['dang-ky-tam-tru', 'lam gia han tam tru o dau'],
  // agencies named as the place to go for a named procedure: where to do it, not the office's own details
  ['dang-ky-khai-tu', 'khai tử thì ra công an xã hay ubnd xã ạ'],
  ['office', 'công an xã ở đâu vậy'],
  // the citizen's own phone number is not a question about the office's
  ['dang-ky-tam-tru', 'số điện thoại của tôi là 0912345678, làm tạm trú ở đâu'],
  ['cap-the-can-cuoc', 'sdt em la 0987654321 lam the can cuoc o dau'],
  ['office', 'so dien thoai cua xa la bao nhieu'],
  // football: the classifier leans to complaint at 0.3, but nothing in it asks for anything
  ['out_of_scope', 'trận MU với Chelsea tối nay ai thắng'],
  ['out_of_scope', 'cần tìm người mua nhà đất'],
  ['out_of_scope', 'đổi tiền mới ở đâu'],
  ['out_of_scope', 'cho hỏi kết hôn trong game có cần đăng ký không'],
  // two parts of a combined procedure asked for together name it; one part as context does not
  ['lien-thong-khai-sinh', 'làm khai sinh cho bé có làm luôn thẻ bảo hiểm y tế được không'],
  ['lien-thong-khai-tu', 'khai tu cho ba xong thi xoa thuong tru luon duoc khong'],
  ['dang-ky-khai-sinh', 'bố mẹ thường trú ở xã khác thì khai sinh cho con ở xã nào'],
  // where the citizen lives, told as context, is not a question about registering residence
  ['cap-lai-the-can-cuoc', 'mất căn cước, đang ở trọ Bình Dương mà thường trú ở Quảng Bình thì làm lại ở đâu'],
  ['dang-ky-thuong-tru', 'đăng ký thường trú ở đâu vậy'],
  // divorce is a court matter, but having divorced is a situation of an in-scope question
  ['out_of_scope', 'ad cho hỏi thủ tục ly hôn với người nước ngoài'],
  ['xac-nhan-tinh-trang-hon-nhan', 'đã ly hôn, giờ xin giấy xác nhận độc thân được không'],
];

let matcher: Matcher;
beforeAll(() => {
  const { source, errors } = loadSourceFromFiles();
  expect(errors).toEqual([]);
  matcher = buildSnapshot(source).matcher;
});

const labelOf = (a: Analysis) => (a.intent === 'procedure' ? a.procedure : a.intent);
const expectLabel = (expected: string, text: string) => {
  const a = matcher.analyze(text);
  expect({ text, got: labelOf(a) }).toEqual({ text, got: expected });
  return a;
};

describe('catalog coverage', () => {
  test('the catalog list used here is the shared catalog (when it is available)', () => {
    if (!fs.existsSync(CATALOG_FILE)) return;
    const catalog = JSON.parse(fs.readFileSync(CATALOG_FILE, 'utf8')) as { procedures: { id: string }[] };
    expect([...CATALOG_PROCEDURES].sort()).toEqual(catalog.procedures.map((p) => p.id).sort());
  });

  test('the matcher knows every catalog procedure', () => {
    expect([...matcher.procedureIds].sort()).toEqual(expect.arrayContaining(CATALOG_PROCEDURES));
  });

  test('every catalog procedure has at least one test message with and one without diacritics', () => {
    for (const id of CATALOG_PROCEDURES) {
      const texts = PROCEDURE_CASES.filter(([p]) => p === id).map(([, t]) => t);
      expect({ id, accented: texts.some((t) => fold(t) !== t) }).toEqual({ id, accented: true });
      expect({ id, plain: texts.some((t) => fold(t) === t) }).toEqual({ id, plain: true });
    }
  });
});

describe('procedure questions', () => {
  test.each(PROCEDURE_CASES)('%s ← %s', (id, text) => {
    const a = expectLabel(id, text);
    expect(a.intent).toBe('procedure');
    expect(a.candidates[0]?.procedure).toBe(id);
  });

  test('with and without diacritics give the same procedure', () => {
    for (const [id, text] of PROCEDURE_CASES) expect({ text, got: matcher.analyze(fold(text)).procedure }).toEqual({ text, got: id });
  });
});

describe('non-procedure intents', () => {
  test.each(INTENT_CASES)('%s ← %s', (intent, text) => {
    const a = expectLabel(intent, text);
    expect(a.procedure).toBeNull();
  });

  test('a receipt code alone makes it a status question, with high confidence', () => {
    for (const text of ['H30.12-250101-0042', 'mã hồ sơ 000.00.12.H30-251111-0001 sao rồi', 'ho so g22.35-250716-0042 xong chua']) {
      const a = matcher.analyze(text);
      expect({ text, intent: a.intent }).toEqual({ text, intent: 'status' });
      expect(a.confidence).toBeGreaterThan(0.9);
    }
  });

  test('a long number that is not a receipt code does not make it a status question', () => {
    expect(matcher.analyze('làm tạm trú ở đâu, sđt của tôi 0912345678').procedure).toBe('dang-ky-tam-tru');
    expect(matcher.analyze('làm tạm trú ở đâu, sđt của tôi 0912345678').intent).toBe('procedure');
  });
});

describe('out of scope, including near misses', () => {
  test.each(OUT_OF_SCOPE_CASES)('%s ← %s', (intent, text) => {
    expectLabel(intent, text);
  });
});

test('a variant\'s mark told done ("sổ hồng đã sang tên xong") is the story, not the variant (dialogs-tune-426)', () => {
  expect(matcher.analyze('mới mua căn nhà mặt đường, sổ hồng đã sang tên xong, giờ muốn mở tiệm tạp hoá thì đăng ký hộ kinh doanh ở đâu').procedure).toBe('dang-ky-ho-kinh-doanh');
  expect(matcher.analyze('hộ kinh doanh của mẹ muốn sang tên cho tôi thì làm sao').procedure).toBe('thay-doi-ho-kinh-doanh');
});

test('legalising a paper for abroad is out of scope, unless asked as what the file requires (dialogs-tune-417/61)', () => {
  expect(matcher.analyze('giấy khai sinh bên Nhật cấp thì có phải dịch với hợp pháp hoá lãnh sự không').intent).toBe('procedure');
});

test("one's own house built without a permit asks about the permit (tune-51)", () => {
  expect(matcher.analyze('nhà tôi xây không có giấy phép thì có bị phạt không').procedure).toBe('giay-phep-xay-dung-nha-o');
});

test('"y tế quá hạn", "y tế qua mạng" are no "tệ quá" (dialogs-tune-424)', () => {
  expect(matcher.analyze('cấp lại thẻ bhyt qua mạng đc ko').intent).toBe('procedure');
  expect(matcher.analyze('thẻ bảo hiểm y tế quá hạn rồi thì làm lại sao').intent).toBe('procedure');
  expect(matcher.analyze('thái độ cán bộ tệ quá').intent).toBe('complaint');
});

test('"chỉ còn sổ tiêm chủng" is a paper held, asked what to bring; vaccination asked is out of scope (dialogs-tune-414)', () => {
  expect(matcher.analyze('cần những giấy tờ gì ạ, cháu chỉ còn sổ tiêm chủng với giấy ra viện thôi').intent).not.toBe('out_of_scope');
  expect(matcher.analyze('tiêm chủng cho bé ở trạm y tế nào ạ').intent).toBe('out_of_scope');
});

test('"con cho ba hoi…" unaccented is a grandmother asking, not a dog (dialogs-tune-315)', () => {
  expect(matcher.analyze('con cho ba hoi may ngay thi phai khai, qua ngay co bi phat tien ko').intent).toBe('procedure');
  expect(matcher.analyze('con chó nhà em mới đẻ, làm giấy khai sinh cho nó được ko').intent).toBe('out_of_scope');
});

describe('regional words', () => {
  test.each(REGIONAL_CASES)('%s ← %s', (id, text) => {
    expectLabel(id, text);
  });
});

describe('old names of papers', () => {
  test.each(OLD_NAME_CASES)('%s ← %s', (id, text) => {
    expectLabel(id, text);
  });
});

describe('pre-2025 place names in context', () => {
  test.each(OLD_PLACE_CASES)('%s ← %s', (id, text) => {
    expectLabel(id, text);
  });
});

describe('long run-on messages with greeting and life context', () => {
  test.each(RUN_ON_CASES)('%s ← %s', (id, text) => {
    expectLabel(id, text);
  });
});

test('a marker matches by its letters unless every word typed with diacritics disagrees ("còn bố" is no "con bò")', () => {
  expect(matcher.analyze('à còn bố tôi năm nay tròn 60, có bắt buộc đi đổi thẻ không').outOfScopeEvidence).toBe(false);
  expect(matcher.analyze('làm khai sinh cho con bò được không').outOfScopeEvidence).toBe(true);
  expect(matcher.analyze('lam khai sinh cho con bo duoc khong').outOfScopeEvidence).toBe(true); // typed without: letters decide
});

describe('a procedure done online by its nature (onlineByNature)', () => {
  test.each([
    ['kích hoạt định danh mức 2 trên vneid thì làm sao vậy ad', 'dinh-danh-dien-tu', 'overview'], // how to do it
    ['hướng dẫn em nộp hồ sơ trên cổng dịch vụ công với, em không rành', 'nop-ho-so-truc-tuyen', 'overview'],
    ['đăng nhập cổng dịch vụ công bằng tài khoản vneid như thế nào', 'nop-ho-so-truc-tuyen', 'online'], // logging in
    ['muốn nộp hồ sơ lên cổng dịch vụ công mà đăng nhập kiểu gì vậy ad', 'nop-ho-so-truc-tuyen', 'overview'], // submitting too
    ['nop ho so tren cong dvc thi dang nhap ra sao, chi giup toi', 'nop-ho-so-truc-tuyen', 'overview'],
    ['có mức 2 rồi, đăng nhập cổng dịch vụ công bằng vneid để nộp hồ sơ được không', 'nop-ho-so-truc-tuyen', 'online'], // whether
    ['tự đăng ký định danh mức 2 ngay trên app được không hay bắt buộc ra công an', 'dinh-danh-dien-tu', 'online'], // whether
    ['làm lý lịch tư pháp trên vneid như thế nào', 'ly-lich-tu-phap', 'online'], // another procedure, done online
  ])('%s → %s/%s', (text, procedure, aspect) => {
    const a = matcher.analyze(text);
    expect([a.procedure, a.aspect]).toEqual([procedure, aspect]);
  });
});

test('a procedure named with the portal is as sure as the portal\'s own keyword was (no clarification)', () => {
  const a = matcher.analyze('doi bang lai tren dvc online dc k');
  expect([a.procedure, a.aspect]).toEqual(['doi-giay-phep-lai-xe', 'online']);
  expect(a.confidence).toBeGreaterThan(0.5);
  expect(a.candidates[0].procedure).toBe('doi-giay-phep-lai-xe');
});

describe('diacritics, when typed, tell apart words that fold alike', () => {
  test.each([
    ['chủ trọ bảo tự lên công an phường', []], // "bảo tự" is not "báo tử" (a death notice)
    ['ông tôi mới mất, báo tử làm ở đâu', ['bao tu']],
    ['bao tu lam o dau', ['bao tu']], // typed without diacritics: the letters decide
    ['làm căn cươc mất bao lâu', ['lam can cuoc']], // the other words agree: a slip of the tone
    ['cho mk hoi ddang ky ket hon caanf giaasy tờ gì', ['dang ky ket hon']], // Telex decoded: a guess, the letters decide
  ])('%s → named by %j', (text, named) => {
    expect(matcher.analyze(text).namedBy).toEqual(named);
  });
});

describe('ALL CAPS, emoji, abbreviations, Telex, NFD', () => {
  test.each(CAPS_EMOJI_NOISE_CASES)('%s ← %s', (id, text) => {
    expectLabel(id, text);
  });

  test('emoji-only and empty messages are out of scope with zero confidence', () => {
    for (const text of ['', '   ', '😀😀😀', '???']) {
      const a = matcher.analyze(text);
      expect(a.intent).toBe('out_of_scope');
      expect(a.confidence).toBe(0);
      expect(a.candidates).toEqual([]);
    }
  });
});

test('emoji that carry a meaning are read through the lexicon (👍 ok, 🙏 thanks)', () => {
  expect(matcher.analyze('👍').intent).toBe('thanks');
  expect(matcher.analyze('🙏🙏🙏').intent).toBe('thanks');
  expect(matcher.analyze('Đăng Ký TẠM TRÚ ở đâu vậy 🙏').procedure).toBe('dang-ky-tam-tru');
});

describe('hard cases (former matcher weaknesses, now read right)', () => {
  test.each(FIXED_HARD_CASES)('%s ← %s', (expected, text) => {
    expectLabel(expected, text);
  });

  test('overall accuracy on every example of this file is at least 90%', () => {
    const all = [...PROCEDURE_CASES, ...INTENT_CASES, ...OUT_OF_SCOPE_CASES, ...REGIONAL_CASES, ...OLD_NAME_CASES,
      ...OLD_PLACE_CASES, ...RUN_ON_CASES, ...CAPS_EMOJI_NOISE_CASES];
    const ok = all.filter(([expected, text]) => labelOf(matcher.analyze(text)) === expected).length;
    expect(ok / all.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('analysis fields', () => {
  test('keywordStrength > 0 when a procedure name or alias is typed, 0 when none is', () => {
    for (const text of ['đăng ký khai sinh', 'dang ky tam tru', 'làm hộ chiếu', 'sang tên sổ đỏ', 'nhập hộ khẩu', 'lý lịch tư pháp', 'hộ kinh doanh']) {
      expect({ text, strong: matcher.analyze(text).keywordStrength > 0 }).toEqual({ text, strong: true });
    }
    for (const text of ['xin chào', 'hết bao nhiêu tiền', 'thời tiết hôm nay']) {
      expect({ text, kw: matcher.analyze(text).keywordStrength }).toEqual({ text, kw: 0 });
    }
  });

  test('the longest keyword wins: "đăng ký lại khai sinh" is not "đăng ký khai sinh"', () => {
    const a = matcher.analyze('đăng ký lại khai sinh');
    expect(a.procedure).toBe('dang-ky-lai-khai-sinh');
    expect(a.keywordStrength).toBeGreaterThanOrEqual(5);
    expect(matcher.analyze('xóa đăng ký thường trú').procedure).toBe('xoa-dang-ky-thuong-tru');
  });

  // A procedure's official name, and the everyday short names "kết hôn" / "thường trú", are keyword cues:
  // the dialog relies on keywordStrength to tell a topic switch from a follow-up.
  test.each([
    'Cấp lại thẻ căn cước (bị mất, hư hỏng)',
    'Xác nhận thông tin về cư trú',
    'Cấp, cấp đổi thẻ căn cước',
    'Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu',
    'kết hôn',
    'thường trú',
  ])('keywordStrength > 0 for the procedure name "%s"', (text) => {
    expect(matcher.analyze(text).keywordStrength).toBeGreaterThan(0);
  });

  test('candidates are procedures, sorted best first, scores in [0,1]; confidence in [0,1]', () => {
    for (const [, text] of [...PROCEDURE_CASES.slice(0, 20), ...INTENT_CASES, ...OUT_OF_SCOPE_CASES.slice(0, 5)]) {
      const a = matcher.analyze(text);
      expect(a.confidence).toBeGreaterThanOrEqual(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
      expect(a.candidates.length).toBeLessThanOrEqual(3);
      let sum = 0;
      a.candidates.forEach((c, i) => {
        expect(CATALOG_PROCEDURES).toContain(c.procedure);
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(1);
        if (i > 0) expect(c.score).toBeLessThanOrEqual(a.candidates[i - 1].score);
        sum += c.score;
      });
      expect(sum).toBeLessThanOrEqual(1 + 1e-9); // probabilities from one softmax
    }
  });

  test('an ambiguous topic spreads the probability over its procedures', () => {
    const a = matcher.analyze('căn cước');
    expect(a.candidates.map((c) => c.procedure).slice(0, 2).sort()).toEqual(['cap-lai-the-can-cuoc', 'cap-the-can-cuoc']);
    expect(a.confidence).toBeLessThan(0.6);
  });

  test('an aspect is reported for procedure questions, from the explicit cue or overview by default', () => {
    expect(matcher.analyze('đăng ký tạm trú hết bao nhiêu tiền').aspect).toBe('fee');
    expect(matcher.analyze('đăng ký tạm trú nộp ở đâu').aspect).toBe('where');
    expect(matcher.analyze('đăng ký tạm trú').aspect).toBe('overview');
    expect(matcher.analyze('xin chào').aspect).toBeNull();
  });

  test('a generic follow-up is flagged and names no procedure', () => {
    const a = matcher.analyze('còn lệ phí thì sao');
    expect(a.followup).toBe(true);
    expect(a.keywordStrength).toBe(0);
    expect(a.aspect).toBe('fee');
  });

  test('normalized is the folded token string', () => {
    const a = matcher.analyze('Đăng Ký TẠM TRÚ ko đc hả 😀');
    expect(a.normalized).toBe('dang ky tam tru khong duoc ha');
    expect(a.tokens).toEqual(a.normalized.split(' '));
  });

  test('stats report a built model', () => {
    expect(matcher.stats.classes).toBeGreaterThanOrEqual(CATALOG_PROCEDURES.length + 8);
    expect(matcher.stats.phrases).toBeGreaterThan(100);
    expect(matcher.stats.vocabulary).toBeGreaterThan(100);
  });

  test('analysis is fast enough for chat (well under 5 ms a message)', () => {
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) matcher.analyze(PROCEDURE_CASES[i % PROCEDURE_CASES.length][1]);
    expect((performance.now() - t0) / 200).toBeLessThan(5);
  });
});

describe('NaiveBayes', () => {
  const nb = new NaiveBayes();
  beforeAll(() => {
    nb.train([
      { label: 'fruit', features: ['apple', 'banana', 'sweet'] },
      { label: 'fruit', features: ['mango', 'sweet', 'yellow'] },
      { label: 'vehicle', features: ['car', 'wheel', 'engine'] },
      { label: 'vehicle', features: ['bike', 'wheel', 'yellow'] },
      { label: 'weather', features: ['rain', 'cloud', 'wind'], weight: 2 },
    ]);
  });

  test('classes and features are known after training', () => {
    expect(nb.classCount).toBe(3);
    expect(nb.has('apple')).toBe(true);
    expect(nb.has('rocket')).toBe(false);
  });

  test('scores favour the class that shares the features, best first, one entry per class', () => {
    const fruit = nb.score(['sweet', 'banana']);
    expect(fruit.map((s) => s.label).sort()).toEqual(['fruit', 'vehicle', 'weather']);
    expect(fruit[0].label).toBe('fruit');
    for (let i = 1; i < fruit.length; i++) expect(fruit[i].score).toBeLessThanOrEqual(fruit[i - 1].score);
    expect(nb.score(['wheel', 'engine'])[0].label).toBe('vehicle');
    expect(nb.score(['rain'])[0].label).toBe('weather');
  });

  test('more evidence for a class raises its lead', () => {
    const lead = (f: string[]) => {
      const s = nb.score(f);
      return s[0].score - s[1].score;
    };
    expect(lead(['wheel', 'car', 'engine'])).toBeGreaterThan(lead(['wheel']));
  });

  test('unknown features are ignored', () => {
    expect(nb.score(['sweet', 'banana', 'rocket', 'zzz'])).toEqual(nb.score(['sweet', 'banana']));
    const none = nb.score(['rocket']);
    expect(none.every((s) => s.score === 0)).toBe(true);
  });

  test('a feature shared by two classes counts for both', () => {
    const s = nb.score(['yellow']);
    const byLabel = Object.fromEntries(s.map((x) => [x.label, x.score]));
    expect(byLabel.fruit).toBeGreaterThan(byLabel.weather);
    expect(byLabel.vehicle).toBeGreaterThan(byLabel.weather);
  });

  test('retraining replaces the model', () => {
    const m = new NaiveBayes();
    m.train([{ label: 'a', features: ['x'] }, { label: 'b', features: ['y'] }]);
    expect(m.score(['x'])[0].label).toBe('a');
    m.train([{ label: 'c', features: ['x'] }]);
    expect(m.classCount).toBe(1);
    expect(m.has('y')).toBe(false);
    expect(m.score(['x'])[0].label).toBe('c');
  });
});

test('"cho em hỏi về <topic>" after a call asks about the topic, not hello (from dialogs-tune-22)', () => {
  for (const text of ['ad oi cho e hoi ve can cuo8c', 'ad ơi cho e hỏi về căn cước']) {
    const a = matcher.analyze(text);
    expect([a.intent, a.procedure]).toEqual(['procedure', 'cap-the-can-cuoc']);
  }
  expect(matcher.analyze('ad ơi cho em hỏi với').intent).toBe('greeting');
  // "hỏi vụ …", "hỏi chuyện …" name what is asked as "hỏi về" does (dialogs-tune-136)
  const vu = matcher.analyze('ad ơiii cho e hỏi vụ thẻ căn cước');
  expect([vu.intent, vu.procedure]).toEqual(['procedure', 'cap-the-can-cuoc']);
  expect(matcher.analyze('chào ad cho em hỏi chuyện tạm trú').procedure).toBe('dang-ky-tam-tru');
  // "mất tiu" is "mất tiêu" (gone)
  expect(matcher.analyze('e lm rớt đâu mất tiu r').normalized).toContain('mat tieu');
});

test('the father to be named on the birth record of a child born before the marriage: recognising the child (refines)', () => {
  expect(matcher.analyze('con em sinh khi chưa đăng ký kết hôn, giờ chồng em muốn ghi tên cha trong giấy khai sinh của con').procedure).toBe('nhan-cha-me-con');
  expect(matcher.analyze('bo chau muon de ten minh la cha trong giay khai sinh cua chau thi lam sao').procedure).toBe('nhan-cha-me-con');
  expect(matcher.analyze('giấy khai sinh của bé để trống, giờ muốn ghi tên bố vào giấy khai sinh thì làm sao').procedure).toBe('nhan-cha-me-con');
  expect(matcher.analyze('làm giấy khai sinh cho con cần gì').procedure).toBe('dang-ky-khai-sinh');
  // a father recognised for a grandchild, told without "con", is no guardianship (tune-4/33/39)
  expect(matcher.analyze('chồng chị mất rồi, ông bà nội có làm nhận cha cho cháu được ko').procedure).toBe('nhan-cha-me-con');
});

test('a birth record written wrong or to be completed is a correction (refines; tune-16/19, dialogs-tune-64)', () => {
  expect(matcher.analyze('con mới làm giấy khai sinh tháng trước mà bị ghi sai tên lót, giờ làm sao').procedure).toBe('thay-doi-cai-chinh-ho-tich');
  expect(matcher.analyze('sửa năm sinh trong giấy khai sinh có tốn tiền không').procedure).toBe('thay-doi-cai-chinh-ho-tich');
  expect(matcher.analyze('làm giấy khai sinh cho bé mới sinh cần gì').procedure).toBe('dang-ky-khai-sinh');
});

test('a procedure\'s account or paper not had is the condition of another question (tune-16, dialogs-tune-91)', () => {
  expect(matcher.analyze('ko co tai khoan dinh danh muc 2 thi nop ho so tren cong dich vu cong duoc ko').procedure).toBe('nop-ho-so-truc-tuyen');
  expect(matcher.analyze('kích hoạt tài khoản định danh mức 2 ở đâu').procedure).toBe('dinh-danh-dien-tu');
});

test('a permit named by the procedure itself ("có cần giấy vsattp không") asks whether it is required (dialogs-tune-20/32/54…)', () => {
  for (const text of ['quán bún của tui có cần giấy vệ sinh an toàn thực phẩm không', 'ban them nuoc mia thi co can giay chung nhan attp ko']) {
    const a = matcher.analyze(text);
    expect([text, a.procedure, a.aspect]).toEqual([text, 'an-toan-thuc-pham', 'eligibility']);
  }
  // …while a civil-status record one holds is a paper to bring, even typed "đăng kí"
  expect(matcher.analyze('làm khai sinh có cần giấy đăng kí kết hôn của bố mẹ không').aspect).toBe('documents');
});

test('"VP ĐKĐĐ" is the land registration office (data/lexicon/abbreviations.yaml; dialogs-tune-110)', () => {
  expect(matcher.analyze('nộp ở VP ĐKĐĐ hay ở xã').normalized).toContain('van phong dang ky dat dai');
  expect(matcher.analyze('vpdkdd o dau').normalized).toContain('van phong dang ky dat dai');
});

test('"tthn" is tình trạng hôn nhân (data/lexicon/abbreviations.yaml; tune-25)', () => {
  expect(matcher.analyze('xin xac nhan tthn o dau').procedure).toBe('xac-nhan-tinh-trang-hon-nhan');
  expect(matcher.analyze('lam giay tthn mat bao lau').procedure).toBe('xac-nhan-tinh-trang-hon-nhan');
});

test('"giấy xn", "xn cư trú" are xác nhận; "xn" alone may be "xin" and stays (data/lexicon/abbreviations.yaml; dialogs-tune-358)', () => {
  const a = matcher.analyze('e can giay xn cu tru nop cho cty, xin onl dc k ad');
  expect(a.normalized).toContain('giay xac nhan cu tru');
  expect(a.procedure).toBe('xac-nhan-cu-tru');
  expect(matcher.analyze('xn lỗi ad').normalized).toContain('xn loi');
});

test('what the citizen means instead of what they wrote first decides: "à không, ý mình là …", "à em nhầm, …" (dialogs-tune-599)', () => {
  expectLabel('dang-ky-ho-kinh-doanh', 'cho mình hỏi thủ tục thành lập công ty, à không, ý mình là hộ kinh doanh thôi, bán tạp hoá nhỏ');
  // (the aspect corrected, the procedure kept)
  const timed = matcher.analyze('lệ phí chứng thực chữ ký bao nhiêu ạ, à em nhầm, em muốn hỏi làm mất bao lâu');
  expect([timed.procedure, timed.aspect]).toEqual(['chung-thuc-chu-ky', 'duration']);
  // (the procedure corrected in a few words: the question asked first still stands)
  const renamed = matcher.analyze('làm hộ chiếu mất bao lâu ạ, à không ý em là cấp lại căn cước, em làm rơi thẻ ở chợ');
  expect([renamed.procedure, renamed.aspect]).toEqual(['cap-lai-the-can-cuoc', 'duration']);
});

test('whether one must come in person, or someone may go instead, asks a condition, not for a person (dialogs-tune-610)', () => {
  expect(matcher.analyze('mẹ có phải đi trực tiếp ko, tôi đi thay được không').intent).not.toBe('human');
  // (a person asked for outright still is)
  expect(matcher.analyze('cho em gặp cán bộ trực tiếp').intent).toBe('human');
});

test('"để khỏi phải lên gặp ổng nữa" wants to avoid someone, not to meet them (dialogs-tune-594)', () => {
  expect(matcher.analyze('có nộp online được không, để khỏi phải lên đó gặp ổng nữa').intent).not.toBe('human');
});

test('everyday words the phrases lack stay as typed (data/lexicon/known-words.yaml), not "corrected" into others', () => {
  // ("khoảng" is no "không", "phía" no "phải", "các" no "cần", "trăm" no "tạm")
  expect(matcher.analyze('le phi khoang 2 tram nghin phai ko').normalized).toBe('le phi khoang 2 tram nghin phai khong');
  expect(matcher.analyze('nop o phia ben kia hay cac quay trong').normalized).toBe('nop o phia ben kia hay cac quay trong');
  // ("hk" after a residence verb is the household book, elsewhere "không"; a sale contract and a notary's office
  // shortened: dialogs-tune-601)
  expect(matcher.analyze('chuyển hk từ Nam Định lên HN cần đk gì').normalized).toContain('chuyen ho khau');
  expect(matcher.analyze('hk bt nua').normalized).toContain('khong');
  expect(matcher.analyze('hdmb ra vpcc hay ubnd phuong chung thuc cung dc').normalized).toContain('hop dong mua ban ra van phong cong chung');
  // ("thao tác" is no "thất", "om sùm" no "sửa": dialogs-tune-583/577)
  expect(matcher.analyze('thao tac tren dien thoai kieu gi').normalized).toContain('thao tac');
  expect(matcher.analyze('hang xom mo loa om sum').normalized).toContain('om sum');
});

test('"nha" typed without diacritics is nhà or the particle: it stays as typed (from dialogs-tune-21)', () => {
  expect(matcher.analyze('cong an co xuong tan nha lam ko').normalized).toContain('tan nha lam');
});

test('grievances said in other words are voiced complaints (from dialogs-tune-5/13/17/25/27)', () => {
  for (const text of ['hom truoc e ra xa hoi thi can bo bao ve di, bat e di lai 3 lan roi', 'mà tui gọi điện lên xã mấy bữa ni không ai bắt máy, dân chờ mệt lắm rứa',
    'ông cán bộ địa chính xã nói đưa 20tr thì làm nhanh cho, vậy là sao', 'mà web lỗi hoài ko upload file dc, thử 3 hôm r, bực ghê']) {
    expect([text, intentCue(matcher.analyze(text).normalized)?.intent]).toEqual([text, 'complaint']);
  }
});

test('a file handed in, then "tra cứu hồ sơ đó ở đâu" typed bare, asks its status, not about a red book (dialogs-tune-358)', () => {
  expect(matcher.analyze('chao ad, me e nop ho so xin trich luc giup e tuan truoc, gio tra cuu ho so do o dau').intent).toBe('status');
});

test('a civil-status paper lost is a copy from the register; a death told is registering it (dialogs-tune-357, README conventions)', () => {
  for (const text of ['giây chứng tử của ba bi mât rồi, xin lại ỏ đâu', 'em làm mất bản chính giấy khai sinh rồi', 'giấy chứng tử của anh chị em bị thất lạc hết trong lúc lo tang, giờ cần nộp thì tính sao a']) {
    expect([text, matcher.analyze(text).procedure]).toEqual([text, 'trich-luc-ho-tich']);
  }
  expect(matcher.analyze('bà mất rồi, làm giấy chứng tử ở đâu').procedure).toBe('dang-ky-khai-tu');
  // damaged as well as lost (dialogs-tune-56/377)
  for (const text of ['Giấy đăng ký kết hôn của vợ chồng tôi bị mối xông mất một nửa, có phải đi đăng ký kết hôn lại không', 'Giay khai sinh cua ba toi bi chay mat roi, ba 70 tuoi, gio xin lai sao ad']) {
    expectLabel('trich-luc-ho-tich', text);
  }
});

test('a card made again for details told changed is a new card, not a re-issue (dialogs-tune-211/235)', () => {
  expect(matcher.analyze('đổi tên xong thì thẻ căn cước có phải làm lại ko').procedure).toBe('cap-the-can-cuoc');
  expect(matcher.analyze('bên hộ tịch sửa ngày sinh cho em xong rồi, thẻ căn cước có cần làm lại không').procedure).toBe('cap-the-can-cuoc');
  // (lost, it is re-issued)
  expect(matcher.analyze('căn cước bị mất rồi làm lại ở đâu').procedure).toBe('cap-lai-the-can-cuoc');
});

test('"xin phép được hỏi đôi điều" opens politely, asks no permit; "mình phản ánh: …" complains; a Zalo account locked is out of scope (dialogs-tune-363/364)', () => {
  expect(matcher.analyze('Kính chào Quý cơ quan. Tôi là giáo viên đã nghỉ hưu. Xin phép được hỏi đôi điều ạ.').intent).toBe('greeting');
  expect(matcher.analyze('xin phép xây nhà cấp 4 cần gì').procedure).toBe('giay-phep-xay-dung-nha-o');
  expect(matcher.analyze('Mình phản ánh: nộp hồ sơ lý lịch tư pháp trên cổng, thanh toán báo lỗi mà tài khoản đã bị trừ tiền').intent).toBe('complaint');
  expect(matcher.analyze('à mà zalo e bị khoá tk thì mở khoá sao ad').intent).toBe('out_of_scope');
  expect(matcher.analyze('tài khoản vneid bị khóa thì mở sao').procedure).toBe('dinh-danh-dien-tu');
});

test('what replaces a household book lost, asked in another procedure\'s file, is the residence confirmation (dialogs-tune-366)', () => {
  expect(matcher.analyze('Làm sổ đỏ lần đầu xã kêu nộp hộ khẩu mà sổ hộ khẩu nhà tôi mất lâu rồi, giờ lấy giấy gì thay, làm sao').procedure).toBe('xac-nhan-cu-tru');
  // (the file's own procedure when the paper lost is no refinement's: a vehicle's registration)
  expect(matcher.analyze('chủ cũ làm mất cà vẹt rồi thì hồ sơ sang tên thay bằng giấy gì').procedure).toBe('dang-ky-xe');
  // (and without the replacement asked, the file's procedure stays)
  expect(matcher.analyze('làm sổ đỏ lần đầu cần giấy gì, sổ hộ khẩu nhà tôi bị mất rồi thì có sao không').procedure).not.toBe('xac-nhan-cu-tru');
});

test('unfairness asked "sao lại bất công", rude talk ("nói chuyện hỗn"), noise at night are complaints; "xem hộ e hồ sơ" asks the status; "call cho em" asks for a person (tune-58/59)', () => {
  for (const text of ['tôi nộp hồ sơ trợ cấp thất nghiệp đúng hạn mà tới giờ chưa nhận, bạn tôi nộp sau đã nhận rồi, sao lại bất công như vậy',
    'cán bộ xã nói chuyện hỗn với người già', 'tiếng ồn công trình ban đêm']) {
    expect([text, matcher.analyze(text).intent]).toEqual([text, 'complaint']);
  }
  expect(matcher.analyze('ad xem hộ e hồ sơ HKD đứng tên chồng em').intent).toBe('status');
  expect(matcher.analyze('call cho em nhé').intent).toBe('human');
});

test('money sent to the wrong account, a school\'s entrance marks, property split in a divorce, a loan against the red book, buying on instalments, the court, criminal matters, other places\' hours, a pension raised and rent raised are out of scope (intents/_out_of_scope.yaml; tune-25/42/58, dialogs-tune-361)', () => {
  for (const text of ['ad ơi chuyển tiền nhầm tài khoản thì đòi lại sao', 'con em sắp thi vào lớp 10, điểm chuẩn trường Lê Quý Đôn năm ngoái bao nhiêu ạ',
    'Chào ad, em muốn hỏi chia tài sản khi ly hôn, nhà đất đứng tên chồng thì em có được phần không']) {
    expect([text, matcher.analyze(text).intent]).toEqual([text, 'out_of_scope']);
  }
  expect(matcher.analyze('rút bhxh 1 lần thì bao lâu tiền về tài khoản').procedure).toBe('bhxh-mot-lan');
  // (a loan against the red book is the bank's; land "đang thế chấp" is the condition of a transfer)
  expect(matcher.analyze('ad cho hỏi muốn thế chấp sổ đỏ vay 500 triệu thì ngân hàng nào duyệt nhanh').intent).toBe('out_of_scope');
  expect(matcher.analyze('sổ đỏ đem thế chấp ngân hàng thì vay được bao nhiêu tiền').intent).toBe('out_of_scope');
  expect(matcher.analyze('đất đang thế chấp ngân hàng có sang tên được ko').procedure).toBe('dang-ky-bien-dong-dat-dai');
  expect(matcher.analyze('sáng thứ bảy xã có làm việc không').intent).toBe('office');
  // (the funeral allowance of one who had a pension is the combined death registration's)
  expect(matcher.analyze('ba em đang hưởng lương hưu thì có được tiền mai táng không').intent).toBe('procedure');
  // (what buying on instalments needs is the shop's; the paper wanted for a loan is the paper's procedure)
  expect(matcher.analyze('mua iphone 16 trả góp có cần căn cước ko').intent).toBe('out_of_scope');
  expect(matcher.analyze('xin giấy độc thân để vay ngân hàng mua nhà trả góp thì cần mang giấy tờ gì').procedure).toBe('xac-nhan-tinh-trang-hon-nhan');
  // (a paper asked again of the court, bail, a detainee's food: the court's and the police's criminal matters)
  for (const text of ['Bản án ly hôn của tôi bị mất, xin lại ở tòa thì làm sao', 'em trai tui bi cong an bat vi danh nhau, gio muon bao lanh cho no tai ngoai thi lam sao',
    'chong toi dang bi tam giam, gia dinh muon gui do an vao thi lien he ai',
    // (another place's hours: a bank's, a hospital's)
    'cho tui hỏi ngân hàng Agribank chỗ Tam Kỳ thứ bảy có mở cửa không', 'Tiện hỏi luôn, bệnh viện huyện có khám ngày chủ nhật không',
    // (a pension raised, rent raised by a landlord)
    'Ngoài ra tôi muốn hỏi mức lương hưu năm nay có được điều chỉnh tăng thêm không?', 'Mà chủ trọ đòi tăng tiền phòng từ 1 triệu 5 lên 2 triệu, rứa có được không',
    // (where it is cheapest, asked last: a trade's service)
    'ad ơi bé nhà mình 2 tháng tiêm 6in1 ở đâu rẻ ạ',
    // (a divorce in everyday words, a school's bonus marks, a broker's fee, a pension's monthly payment: dialogs-tune-485/487/490/491)
    'chị tui muốn ly dị thì làm đơn ở xã được hông', 'con học sinh dân tộc thi cấp 3 được mấy điểm ưu tiên ạ',
    'con tôi đi Hàn, môi giới đòi phí 120 triệu vậy có đúng không', 'sao tháng này bưu điện chưa chi trả lương hưu cho ba tui vậy']) {
    expectLabel('out_of_scope', text);
  }
});

test('"chào ad em đi làm đây" takes leave; "chào ad, em đang ở đây" greets (tune-58)', () => {
  expect(matcher.analyze('chào ad em đi làm đây').intent).toBe('goodbye');
  expect(matcher.analyze('thôi em đi ngủ đây').intent).toBe('goodbye');
  expect(matcher.analyze('chào ad, em đang ở đây').intent).toBe('greeting');
});

test('a call alone ("cán bộ ơi", "chị ơi") opens the conversation; "cán bộ ơi cho em gặp người thật" asks for a person (dialogs-tune-293)', () => {
  expect(matcher.analyze('Cán bộ ơi').intent).toBe('greeting');
  expect(matcher.analyze('chị ơi').intent).toBe('greeting');
  expect(matcher.analyze('cán bộ ơi cho em gặp người thật').intent).toBe('human');
});

test('the one called named in several words, or an apology for the hour that asks nothing, opens the conversation (dialogs-tune-371/375)', () => {
  for (const text of ['Anh cán bộ ơiiii', 'anh chi can bo oi', 'Chú công an khu vực ơi', 'Xin lỗi làm phiền ad giờ này khuya rồi ạ 🙏',
    'Dạ con xin lỗi nhắn khuya, mà con lo quá ngủ không được', 'Em xin lỗi nhắn muộn ạ, mai em đi sớm nên hỏi luôn']) {
    expectLabel('greeting', text);
  }
  // the staff addressed after a hello, not asked for (dialogs-tune-245/375)
  expect(matcher.analyze('Kính gửi anh/chị cán bộ trực, em chào anh chị ạ.').intent).toBe('greeting');
  expect(matcher.analyze('Chào anh chị trực tổng đài').intent).toBe('greeting');
  expect(matcher.analyze('chào anh, cho em nói chuyện với cán bộ trực').intent).toBe('human');
  // …not one that asks already, nor a call that asks for a person
  expect(matcher.analyze('xin lỗi làm phiền ad giờ này, cho e hỏi làm căn cước mất bao lâu').intent).toBe('procedure');
  expect(matcher.analyze('anh cán bộ ơi cho em gặp người thật').intent).toBe('human');
});

test('careless or rude staff and guidance left half-done are complaints; "cho e gặp" asks for a person; what time someone is there asks the hours (dialogs-tune-353/354/355)', () => {
  for (const text of ['giờ ngta bảo thiếu tờ khai, sao lúc nộp ko nói, cán bộ làm ăn tắc trách quá', 'làm lại căn cước mà hẹn 1 tháng mới trả, cán bộ còn cáu gắt với dân',
    'lúc đầu ko nói, hướng dẫn ko đến nơi đến chốn, em thấy ko hợp lý']) {
    expect([text, matcher.analyze(text).intent]).toEqual([text, 'complaint']);
  }
  expect(matcher.analyze('có ai ở bộ phận một cửa đang trực ko, cho e gặp').intent).toBe('human');
  expect(matcher.analyze('o mo o xa lo vu bao hiem, cho tui gap o nghe').intent).toBe('human');
  expect(matcher.analyze('may gio thi o do co mat o uy ban').intent).toBe('office');
  // (an urgency is no person: "cho e gấp" folds alike but asks nothing of staff)
  expect(matcher.analyze('làm căn cước cho con mất bao lâu, cho e gấp với').intent).toBe('procedure');
});

test('a card ruined in the wash is re-issued; wedding photos are out of scope (from dialogs-tune-25)', () => {
  expect(matcher.analyze('cái thẻ căn cước bỏ quên trong túi quần, vợ quăng vô máy giặt giờ cong queo bong tróc hết').procedure).toBe('cap-lai-the-can-cuoc');
  expect(matcher.analyze('bạn biết chỗ nào chụp hình cưới đẹp mà rẻ không').intent).toBe('out_of_scope');
});

test('the hours asked outright are an office question, whichever office is named (from dialogs-tune-30)', () => {
  expect(matcher.analyze('phòng xuất nhập cảnh công an tỉnh làm việc mấy giờ ạ').intent).toBe('office');
  expect(matcher.analyze('làm hộ chiếu ở phòng xuất nhập cảnh mất mấy ngày').intent).toBe('procedure');
});

test('intents said in other words (from tune-11)', () => {
  const cases: [string, string][] = [
    ['máy bấm số ở bộ phận một cửa hư hoài, sáng nay tui ngồi chờ từ 7h tới 11h mà không ai hướng dẫn', 'complaint'],
    ['hôm bữa nộp giấy tờ làm căn cước cho ba, giờ có chưa để con lên lấy', 'status'],
    ['cần tiền gấp, ai có sổ đỏ cầm cố vay nhanh trong ngày liên hệ 09xx', 'out_of_scope'],
    ['tiệm nào ép plastic thẻ căn cước đẹp mà rẻ vậy mn', 'out_of_scope'],
    ['ad ơi giải giúp em bài hình học lớp 7 với, mai kiểm tra rồi 🙏', 'out_of_scope'],
    ['dạ em xin phép đi làm đây, chào anh chị ạ', 'goodbye'],
  ];
  for (const [text, intent] of cases) expect([text, matcher.analyze(text).intent]).toEqual([text, intent]);
});

test('a person to guide in person, a phone nobody answers, tours, translation, cement (from dialogs-tune-31/32)', () => {
  const cases: [string, string][] = [
    ['cô nộp rồi mà nó báo lỗi hoài, bực quá, có ai chỉ trực tiếp cho cô được không', 'human'],
    ['ca tuan ko ai goi, goi sdt thi ko nghe may, qua te', 'complaint'],
    ['ad biết tour Thái nào rẻ ko giới thiệu với', 'out_of_scope'],
    ['trung tâm còn hỏi có cần dịch thuật ko, ad có biết chỗ dịch nào rẻ ko', 'out_of_scope'],
    ['nhân tiện cho hỏi xi măng loại nào tốt', 'out_of_scope'],
  ];
  for (const [text, intent] of cases) expect([text, matcher.analyze(text).intent]).toEqual([text, intent]);
  expect(matcher.analyze('trợ cấp thất nghiệp có hạn nộp ko ad, e nghỉ đc 20 ngày rồi').aspect).toBe('eligibility');
});

test('petitions, a decision asked for, leave-taking, homework, domain names (from tune-12)', () => {
  const cases: [string, string][] = [
    ['hồ sơ trợ cấp thất nghiệp của tôi bị trả về 3 lần, mỗi lần một lý do khác nhau, làm khó dân quá', 'complaint'],
    ['de nghi kiem tra lai danh sach ho ngheo nam nay, nha kha gia co oto van co ten', 'complaint'],
    ['hồ sơ thất nghiệp của chồng em nộp tháng trước, giờ đã có quyết định chưa ạ', 'status'],
    ['dạ vậy em xin phép nha, chúc anh chị buổi tối vui vẻ', 'goodbye'],
    ['viết giùm em bài văn tả cô giáo với', 'out_of_scope'],
    ['Cho tôi hỏi đăng ký tên miền .vn cho website công ty ở đâu rẻ', 'out_of_scope'],
  ];
  for (const [text, intent] of cases) expect([text, matcher.analyze(text).intent]).toEqual([text, intent]);
  expect(matcher.analyze('llttp bao lâu có vậy ad, công ty hối quá').procedure).toBe('ly-lich-tu-phap');
});

test('"thôi em chào ad" takes leave; "rước" is not "được" (from tune-13)', () => {
  expect(matcher.analyze('thôi e chào ad nhé').intent).toBe('goodbye');
  expect(matcher.analyze('moi ruoc con SH ve gio dang ky bien so lam sao mn').normalized).toContain('ruoc');
});

test('"mất nhiêu ngày" is how long; a fee demanded before listing is a complaint; dollars; an original diploma (from dialogs-tune-35)', () => {
  expect(matcher.analyze('đăng ký tạm trú mat nhiu ngay di chi').aspect).toBe('duration');
  expect(matcher.analyze('làm tạm trú mất nhiêu tiền').aspect).toBe('fee');
  expect(matcher.analyze('năm ngoái tui nộp rồi mà ông trưởng thôn đòi 500 ngàn mới đưa vô danh sách hộ nghèo, vậy là sao').intent).toBe('complaint');
  expect(matcher.analyze('tiện hỏi đổi tiền đô la Úc ở đâu được giá').intent).toBe('out_of_scope');
  expect(matcher.analyze('mà bằng gốc của e mất rồi thì sao, trường vẫn còn lưu sổ gốc').procedure).toBe('ban-sao-van-bang');
});

test('opening hours asked as "mở cửa mấy giờ"; wholesale suppliers are out of scope (from dialogs-tune-38)', () => {
  expect(matcher.analyze('đi làm trực tiếp thì phòng xuất nhập cảnh công an tỉnh mở cửa mấy giờ').intent).toBe('office');
  expect(matcher.analyze('mà em ơi bên em có mối bán sỉ bánh kẹo nước ngọt hông, chỉ cô với').intent).toBe('out_of_scope');
});

test('"dạ thưa cán bộ", "cháu ơi" call out; "thôi để mai em lên xã hỏi, chào ad" takes leave (from dialogs-tune-39)', () => {
  expect(matcher.analyze('dạ thưa cán bộ').intent).toBe('greeting');
  expect(matcher.analyze('chau oi').intent).toBe('greeting');
  expect(matcher.analyze('thôi để mai e lên xã hỏi, chào ad').intent).toBe('goodbye');
});

test('the office\'s phone asked as "số điện thoại bên đó"; a soup recipe is out of scope (from dialogs-tune-40)', () => {
  expect(matcher.analyze('số điện thoại bên đó là bao nhiêu').intent).toBe('office');
  expect(matcher.analyze('mà nấu nồi nước lèo 50 tô thì bao nhiêu ký xương là vừa hả bạn').intent).toBe('out_of_scope');
  // the citizen's own number is still not a question about the office
  expect(matcher.analyze('số điện thoại của tôi là 0912345678, làm tạm trú ở đâu').intent).toBe('procedure');
});

test('a discount, a deadline "trễ nhất", a bribe for coffee, closing a household business "dẹp hộ" (from dialogs-tune-41)', () => {
  expect(matcher.analyze('lý lịch tư pháp sinh viên thì có được bớt tiền ko ạ').aspect).toBe('fee');
  expect(matcher.analyze('khách tới lúc 12h đêm thì trễ nhất khi nào phải báo lưu trú ạ').aspect).toBe('eligibility');
  expect(matcher.analyze('em đi ca suốt không có thời gian lên phường, làm tạm trú trên app vneid được không chị').aspect).toBe('online');
  expect(matcher.analyze('hồi trước tui lên xã hỏi mà có ông biểu phải đưa tiền cà phê mới làm nhanh').intent).toBe('complaint');
  expect(matcher.analyze('trước giờ e có hộ kinh doanh bán online, giờ muốn dẹp cái hộ đó thì làm sao').procedure).toBe('thay-doi-ho-kinh-doanh');
});

test('"xem giúp hồ sơ" asks status; a certificate of no criminal record is the judicial record (from tune-16)', () => {
  expect(matcher.analyze('xem giup ho so chuyen muc dich dat cua ba toi, ten Nguyen Van Tam, nop thang 7').intent).toBe('status');
  expect(matcher.analyze('công ty Nhật yêu cầu giấy chứng nhận không phạm tội, bên mình gọi là gì và xin như nào vậy').procedure).toBe('ly-lich-tu-phap');
});

test('changing a household business\'s trade "đổi ngành nghề"; "syll", "bnhieu", "hộ kd" (tune-26, dialogs-tune-127)', () => {
  expect(matcher.analyze('doi nganh nghe hkd mat phi ko').procedure).toBe('thay-doi-ho-kinh-doanh');
  expect(matcher.analyze('dong dau syll mat xu nao ko').procedure).toBe('chung-thuc-chu-ky');
  expect(matcher.analyze('len tho cu ton khoang bnhieu').normalized).toContain('bao nhieu');
  expect(matcher.analyze('mình muốn đóng hộ kd lại').normalized).toContain('ho kinh doanh');
  // "xách" is a word of its own, not a typo of "xác"
  expect(matcher.analyze('khai tu xach theo j').normalized).toContain('xach');
});

test('no receipt given complains; "cho tôi nói chuyện" asks for a person; "có thẻ chưa" asks status; "cám ơn nhiều nghen" thanks (tune-26, dialogs-tune-128)', () => {
  expect(matcher.analyze('công an khu vực làm tạm trú mà bắt nộp 300k không có biên lai gì hết').intent).toBe('complaint');
  expect(matcher.analyze('ai tiếp nhận phản ánh thì cho tôi nói chuyện với').intent).toBe('human');
  expect(matcher.analyze('can cuoc lam ngay 5/8 co the chua vay').intent).toBe('status');
  expect(matcher.analyze('ok vậy mai e mang giấy chứng sinh lên nộp, cám ơn nhiều nghen').intent).toBe('thanks');
  // (a question before the thanks is still the question; "có thể" in a question is no status)
  expect(matcher.analyze('ok vậy giấy chứng sinh nộp ở đâu, cám ơn nhiều nghen').intent).toBe('procedure');
  expect(matcher.analyze('căn cước có thể làm online chưa vậy').intent).toBe('procedure');
});

test('a status said outright outweighs a long procedure name; "HKD-2025-10-3312" (dialogs-tune-129/130)', () => {
  expect(matcher.analyze('hồ sơ xin phiếu lý lịch tư pháp của tôi tới đâu rồi').intent).toBe('status');
  expect(matcher.analyze('kiểm tra giúp tôi hồ sơ xin phiếu lý lịch tư pháp').intent).toBe('status');
  expect(matcher.analyze('À còn hồ sơ căn cước tôi nộp tuần trước thì tra thế nào').intent).toBe('status');
  expect(matcher.analyze('HKD-2025-10-3312').intent).toBe('status');
  // (when the result comes, asked for this afternoon, is how long it takes)
  expect(matcher.analyze('sáng nay đi chứng thực bản sao thì chiều lấy đc chưa ạ').aspect).toBe('duration');
});

test('more wordings: ra tận … mới được, cụ thể là giấy gì, who may go, still allowed, báo với ai (dialogs-tune-129…132)', () => {
  expect(matcher.analyze('kích hoạt định danh phai ra tan cong an xa moi dc ha, cong an xa nao').aspect).toBe('where');
  expect(matcher.analyze('chủ trọ bảo phải có giấy tờ chứng minh chỗ ở hợp pháp, cụ thể là giấy j vậy').aspect).toBe('documents');
  expect(matcher.analyze('xoá thường trú cái đó tui đi làm được hay chủ cũ phải tự làm').aspect).toBe('eligibility');
  expect(matcher.analyze('vợ tôi còn ở cữ không đi được, một mình tôi là bố đi khai sinh được chứ').aspect).toBe('eligibility');
  expect(matcher.analyze('ny e có 1 đời vợ, ly hôn có quyết định toà r thì vẫn đk kết hôn đc chứ ạ').aspect).toBe('eligibility');
  expect(matcher.analyze('cuoi tuan me e len choi o lai 2 dem thi co phai bao voi ai ko').aspect).toBe('eligibility');
  expect(matcher.analyze('khách ở lại qua đêm thì báo với ai').aspect).toBe('where');
});

test('a runaround told with weariness complains; "uh" acknowledges (dialogs-tune-135)', () => {
  expect(matcher.analyze('xã bảo lên tỉnh, tỉnh bảo về xã, đi 3 lần rồi vẫn chưa nộp được cái hồ sơ, quá mệt mỏi').voiced).toBe(true);
  expect(matcher.analyze('đi 2 lần rồi mà vẫn chưa làm được').intent).toBe('complaint');
  expect(matcher.analyze('phường bảo qua công an, công an bảo về phường').intent).toBe('complaint');
  expect(matcher.analyze('uh').intent).toBe('thanks');
  // the fine for one's own lateness is asked, not a grievance
  expect(matcher.analyze('bé đã hơn 1 tuổi rồi có bị phạt trễ hạn k').voiced).toBe(false);
});

test('"HS2509-001873" is a receipt code; rudeness at the desk complains; a football score is out of scope (dialogs-tune-133)', () => {
  expect(matcher.analyze('HS2509-001873').intent).toBe('status');
  expect(matcher.analyze('E240912-3381').intent).toBe('status'); // one letter, yymmdd, sequence (dialogs-tune-210)
  expect(matcher.analyze('so ho so TN-BD-25-7712').intent).toBe('status'); // sector, province, yy, sequence (dialogs-tune-205)
  expect(matcher.analyze('cán bộ tiếp nhận còn nói trống không, quát người dân nữa').intent).toBe('complaint');
  expect(matcher.analyze('ad có biết tỉ số trận MU tối qua ko 😂').intent).toBe('out_of_scope');
});

test('grievances piled up outweigh the procedure named; lateness, runarounds and portal errors complain; "tra giúp tôi" asks status (tune-25/27, dialogs-tune-95/100/112)', () => {
  expect(matcher.analyze('ho so tam tru nop tren vneid bi tu choi ma ko noi ly do gi, buc minh ghe').intent).toBe('complaint');
  expect(matcher.analyze('CCCD 3 THÁNG CHƯA CÓ').intent).toBe('complaint');
  expect(matcher.analyze('sao nộp hs online r mà ra xã vẫn bắt nộp giấy lại, vô lý vậy').intent).toBe('complaint');
  expect(matcher.analyze('Trang dvc cứ báo lỗi suốt, đăng nhập mãi không vào, bực cả mình').intent).toBe('complaint');
  expect(matcher.analyze('CÒN TÔI LÀM CĂN CƯỚC TỪ THÁNG 5 MÀ TỚI GIỜ CHƯA CÓ THẺ, TRA GIÚP TÔI, SỐ GIẤY HẸN 0235.071').intent).toBe('status');
  // (two clock times are no surer an hours question than one)
  expect(matcher.analyze('e làm ca từ 6h sáng tới 8h tối, có cách nào nằm ở phòng trọ bấm bấm là xong ko ad').intent).toBe('procedure');
});

test('a lucky hour, month or direction for a house or a funeral is out of scope, with evidence (dialogs-tune-415/416/417)', () => {
  for (const text of ['xem giúp giờ tốt để đưa tang ông nội', 'tháng nào tốt để dựng nhà vậy ad', 'tuổi 1990 năm nay làm nhà hướng nào thì hợp']) {
    expect(intentCue(matcher.analyze(text).normalized)?.intent).toBe('out_of_scope');
  }
  // (a permit for the house is the procedure's)
  expect(intentCue(matcher.analyze('tháng sau làm nhà thì xin giấy phép ở đâu').normalized)?.intent).not.toBe('out_of_scope');
});

test('a business recommended or a trade sought is out of scope, whatever procedure words come with it (tune-25, dialogs-tune-68/80/92)', () => {
  for (const text of ['ad biet cho nao cho thue phong tro re gan DH Bach Khoa ko 😁', 'có ai bán lô đất thổ cư gần chợ ko', 'mà ad có biết chỗ nào làm bằng cấp 3 lấy liền ko 😂']) {
    const a = matcher.analyze(text);
    expect([a.intent, a.outOfScopeEvidence]).toEqual(['out_of_scope', true]);
  }
  // who may sell is a question about the transfer; where to register one's stay is the procedure's
  expect(intentCue('ai duoc ban dat nong nghiep khong')).toBeNull();
  expect(matcher.analyze('đăng ký tạm trú chỗ nào vậy ad').intent).toBe('procedure');
});

test('"thêm 2 ngành nghề" changes a household business; "hồ sơ … đã ký chưa, mã phiếu 0234" asks status (tune-30)', () => {
  expect(matcher.analyze('hkd đăng ký thêm 2 ngành nghề có mất phí không').procedure).toBe('thay-doi-ho-kinh-doanh');
  expect(matcher.analyze('Cho mình hỏi hồ sơ chứng thực hợp đồng nộp sáng 20/11 đã ký chưa, mã phiếu 0234').intent).toBe('status');
});

test('overdue "quá hạn … mà vẫn" and a wall built onto one\'s land complain (dialogs-tune-143)', () => {
  expect(matcher.analyze('sao qua han 5 ngay r ma van bao dang xu ly, qua te that su').intent).toBe('complaint');
  expect(matcher.analyze('mà nhà bên cạnh đang xây tường lấn sang đất nhà tôi gần nửa mét, báo lên xã mấy lần không ai xuống').intent).toBe('complaint');
  // the citizen's own lateness is asked
  expect(matcher.analyze('quá hạn 5 ngày có bị phạt không').intent).toBe('procedure');
});

test('"hồ sơ … nộp tuần trước chưa thấy gì" asks status (dialogs-tune-141)', () => {
  expect(matcher.analyze('con cai ho so doi gplx minh nop tuan truoc chua thay gi').intent).toBe('status');
  // submitted, then how to look it up (dialogs-tune-339, tune-35)
  expect(matcher.analyze('hồ sơ đăng ký kết hôn của e nộp hôm qua, ko có mã, tra sao ạ').intent).toBe('status');
  expect(matcher.analyze('nộp tạm trú rồi xem kết quả đâu').intent).toBe('status');
  // what was submitted between "nộp" and when (dialogs-tune-378)
  expect(matcher.analyze('mà em nộp cái hồ sơ thất nghiệp từ tháng trước rồi mà chưa thấy gì giờ tra ở đâu chị').intent).toBe('status');
});

test('"ae cho hỏi" opens a question; a curt answer at the desk complains; a vacant room sought is out of scope (dialogs-tune-145/147)', () => {
  expect(matcher.analyze('ae cho hỏi').intent).toBe('greeting');
  expect(matcher.analyze('mn ơi cho hỏi').intent).toBe('greeting');
  expect(matcher.analyze('hôm trước lên phường hỏi thì chị cán bộ trả lời nhát gừng').intent).toBe('complaint');
  expect(matcher.analyze('gần kcn có chỗ nào còn phòng trọ trống ko ad').intent).toBe('out_of_scope');
  expect(matcher.analyze('ở phòng trọ gần kcn thì đăng ký tạm trú cần gì').intent).toBe('procedure');
});

test('a photo shop, a law firm, a lawsuit and whether land will rise are out of scope (tune-31, dialogs-tune-50)', () => {
  expect(matcher.analyze('tiệm chụp hình hộ chiếu gần đây?').intent).toBe('out_of_scope');
  expect(matcher.analyze('ad giới thiệu giúp em văn phòng luật sư nào giỏi, phí bao nhiêu').intent).toBe('out_of_scope');
  expect(matcher.analyze('nếu bố nó quay về đòi nuôi thì tôi có kiện ra tòa giành quyền nuôi được ko').intent).toBe('out_of_scope');
  expect(matcher.analyze('đất có sổ đỏ rồi, khu đó sau này có lên giá không, có nên xuống tiền bây giờ không').intent).toBe('out_of_scope');
  expect(matcher.analyze('làm hộ chiếu cần ảnh không').intent).toBe('procedure');
});

test('the commune police asked for by itself is the office; "trưa có ai trực" asks its hours; "ad thật" asks for a person (tune-31, dialogs-tune-17)', () => {
  expect(matcher.analyze('công an xã mới ở đâu dzậy').intent).toBe('office');
  expect(matcher.analyze('trưa có ai trực ko ad').intent).toBe('office');
  expect(matcher.analyze('ad thật đâu rồi').intent).toBe('human');
  // a place to go for the topic is not the office's address
  expect(matcher.analyze('làm căn cước ở công an xã hay ở đâu').intent).toBe('procedure');
  // "hđ" is a contract
  expect(matcher.analyze('chứng thực hđ online đc chưa').procedure).toBe('chung-thuc-hop-dong');
});

test('an official who talks "cáu gắt" complains (dialogs-tune-22)', () => {
  expect(matcher.analyze('cán bộ nói chuyện còn cáu gắt nữa').intent).toBe('complaint');
});

test('a laminated original ("bản chính bị ép plastic") is the certification\'s question; a shop that laminates is out of scope (dialogs-tune-147, tune-11)', () => {
  expect(matcher.analyze('bản chính bị ép plastic rồi thì có chứng thực được không').intent).toBe('procedure');
  expect(matcher.analyze('tiệm nào ép plastic thẻ căn cước đẹp mà rẻ vậy mn').intent).toBe('out_of_scope');
});

test('one\'s own lateness asked yes or no is no grievance; a language centre recommended is out of scope; "ai trong nhà đi đăng ký" asks who may (dialogs-tune-34/148)', () => {
  expect(matcher.analyze('bé sinh từ tháng 5, giờ mới đk có trễ hạn ko').voiced).toBe(false);
  expect(matcher.analyze('hồ sơ của tôi trễ hạn 2 tuần rồi mà chưa ai trả lời').intent).toBe('complaint');
  expect(matcher.analyze('ad có biết trung tâm nào luyện N3 tốt ko 😁').intent).toBe('out_of_scope');
  expect(matcher.analyze('ông nội tôi vừa mất, ai trong nhà đi đăng ký khai tử được').aspect).toBe('eligibility');
});

test('money sent to the wrong account, a debt suit, tips for a driving test are out of scope; "đề nghị xem xét trách nhiệm" complains (tune-32)', () => {
  expect(matcher.analyze('chuyen khoan nham cho nguoi la 5 trieu thi lam sao lay lai').intent).toBe('out_of_scope');
  expect(matcher.analyze('bị người ta kiện đòi nợ thì có cần thuê luật sư không').intent).toBe('out_of_scope');
  expect(matcher.analyze('mẹo thi lý thuyết bằng lái xe máy A1 cho dễ đậu').intent).toBe('out_of_scope');
  expect(matcher.analyze('giấy hẹn ghi tháng 5 mà giờ đã tháng 8 vẫn chưa có sổ đỏ, đề nghị xã xem xét trách nhiệm').intent).toBe('complaint');
  // a court named as a place to go is still the procedure's question
  expect(matcher.analyze('đăng ký giám hộ làm ở xã hay phải ra tòa').intent).toBe('procedure');
});

test('"Cái Răng" is a place, not "cái sao"; feng shui for a house and a university major are out of scope; a runaround complains (dialogs-tune-152/151)', () => {
  expect(matcher.analyze('cái thẻ căn cước tui làm rớt hồi đi chợ nổi Cái Răng rồi, kiếm hông ra').intent).toBe('procedure');
  expect(matcher.analyze('ad coi giùm tui năm nay tuổi Mậu Thân cất nhà hướng nào hạp hông').intent).toBe('out_of_scope');
  expect(matcher.analyze('ad oi con tui thi dai hoc nam nay nen chon nganh gi').intent).toBe('out_of_scope');
  expect(matcher.analyze('lên phường thì cán bộ đá qua đá lại hoài').intent).toBe('complaint');
});

test('taxes, a court, a fraud, a drink-driving fine, a lucky day and a clinic\'s hours are out of scope (tune-28/33, dialogs-tune-112)', () => {
  for (const text of ['QUYẾT TOÁN THUẾ TNCN NĂM 2024 LÀM Ở ĐÂU', 'thuế khoán mỗi tháng quán nhỏ vậy đóng khoảng nhiêu ad', 'tra ma so thue ca nhan cua minh o dau',
    'mất bản án ly hôn thì xin lại ở toà án huyện cũ hay toà tỉnh', 'bị lừa chuyển khoản 30 triệu qua mạng, giả danh công an gọi điện, giờ trình báo ở đâu',
    'bị lập biên bản nồng độ cồn, nộp phạt ở kho bạc hay chuyển khoản được', 'xem giúp ngày tốt khởi công làm nhà năm nay cho người tuổi Ngọ 🙏',
    'bệnh viện tỉnh thứ 7 có khám ngoài giờ ko ạ, bé nhà em sốt']) {
    expect([text, matcher.analyze(text).intent]).toEqual([text, 'out_of_scope']);
  }
  // a divorce judgment brought as a paper stays the procedure's
  expect(matcher.analyze('xin xác nhận độc thân, đã ly hôn thì có cần mang theo bản án ly hôn không').intent).toBe('procedure');
});

test('"chậm kinh khủng", "cán bộ cứ bảo chờ" complain; "giấy phép xd" is a building permit (dialogs-tune-155)', () => {
  expect(matcher.analyze('lần trc làm cccd chờ gần 3 tháng ms có, chậm kinh khủng, cán bộ hỏi thì cứ bảo chờ').intent).toBe('complaint');
  expect(matcher.analyze('hỏi thì cán bộ cứ bảo chờ').intent).toBe('complaint');
  expect(matcher.analyze('giấy phép xd nộp online được không ad').procedure).toBe('giay-phep-xay-dung-nha-o');
});

test('the phone number of the officer in charge asks for a person; a school that still takes children is out of scope (dialogs-tune-149)', () => {
  expect(matcher.analyze('cho e xin sđt cán bộ phụ trách để e gọi trực tiếp').intent).toBe('human');
  expect(matcher.analyze('cho xin số điện thoại của xã').intent).toBe('office');
  expect(matcher.analyze('trường mầm non nào gần phường mình còn nhận trẻ 3 tuổi ko ạ').intent).toBe('out_of_scope');
});

test('of two procedures named, the one named in the clause that asks is asked about (dialogs-tune-203/204)', () => {
  expect(matcher.analyze('e o Binh Duong ko ve dc, muon lam giay uy quyen cho ma e o Ben Tre lanh tien bhxh 1 lan thay, chung thuc chu ky o dau').procedure).toBe('chung-thuc-chu-ky');
  expect(matcher.analyze('thang con tui sap di xuat khau lao dong Nhat, cty noi phai co ho chieu voi ly lich tu phap. Ho chieu lam o dau vay').procedure).toBe('cap-ho-chieu');
  // (not the parts of a combined procedure listed one per clause, nor a comparison, nor what befalls one)
  expect(matcher.analyze('bé nhà mình mới đẻ, muốn làm gộp khai sinh, nhập khẩu, thẻ bhyt 1 lần thì nộp chỗ nào vậy ạ').procedure).toBe('lien-thong-khai-sinh');
  expect(matcher.analyze('đăng ký thường trú là như thế nào, khác tạm trú chỗ nào vậy').procedure).toBe('dang-ky-thuong-tru');
  expect(matcher.analyze('nghe nói đi khỏi nơi thường trú lâu thì phải khai báo tạm vắng, không khai thì có bị xoá hộ khẩu hay bị phạt gì không ạ').procedure).toBe('khai-bao-tam-vang');
});

test('an office\'s contact asked by its name: procedure words in the agency\'s name name the office (dialogs-tune-159/211)', () => {
  expect(matcher.analyze('cho e xin số hotline phòng xuất nhập cảnh HN với').intent).toBe('office');
  expect(matcher.analyze('có sđt phòng xuất nhập cảnh công an tỉnh ko ad').intent).toBe('office');
  expect(matcher.analyze('làm hộ chiếu ở phòng xuất nhập cảnh mất bao lâu').procedure).toBe('cap-ho-chieu');
});

test('whether the combined procedure\'s parts are done in one go is its overview, one part named by the whole\'s own words (dialogs-tune-127/146)', () => {
  const a = matcher.analyze('có làm luôn cắt hộ khẩu với lãnh tiền mai táng cùng một lúc được không ạ');
  expect([a.procedure, a.aspect]).toEqual(['lien-thong-khai-tu', 'overview']);
  expect(matcher.analyze('làm chung với cắt hộ khẩu và lãnh tiền mai táng 1 lần được không').aspect).toBe('overview');
  // (a clear cue still asks its own aspect)
  expect(matcher.analyze('làm chung 1 lần khai tử, cắt hộ khẩu với tiền mai táng thì cần giấy tờ gì').aspect).toBe('documents');
});

test('with no cue, a yes-or-no question of must or may asks whether it applies (dialogs-tune-155/178/88)', () => {
  expect(matcher.analyze('nhà có khách ở quê lên chơi 3 hôm thì phải báo ko').aspect).toBe('eligibility');
  expect(matcher.analyze('bé nhà e 5 tuổi cũng làm hộ chiếu dc chứ').aspect).toBe('eligibility');
  expect(matcher.analyze('con be nha e 13t thi da phai lam cccd chua').aspect).toBe('eligibility');
  expect(matcher.analyze('thủ tục làm hộ chiếu thế nào').aspect).toBe('overview'); // a question, no must or may
  // (a procedure's long name between the modal and the question word: dialogs-tune-238)
  expect(matcher.analyze('dời tiệm qua phường bên kia thì phải đăng ký thay đổi hộ kinh doanh ko').aspect).toBe('eligibility');
});

test('what land sells for, a lucky day picked and a SIM card updated are out of scope (dialogs-tune-121/188/216, tune-37)', () => {
  for (const text of ['giá đất thổ cư ở ấp này giờ bao nhiêu 1 m2 ad biết ko', 'gia dat o xa minh bay gio bao nhieu 1m2', 'coi giùm tôi ngày đẹp để động thổ trong tháng này',
    'xem giup ngay dep de cai tang cho bo', 'ủa vậy cập nhật cccd vào sim thì làm sao', 'còn thuế môn bài năm đầu đóng bao nhiêu tiền vậy ad']) {
    expect(matcher.analyze(text).intent).toBe('out_of_scope');
  }
  // (the land's price as the fee's basis is still the fee)
  expect(matcher.analyze('chuyển đất vườn lên thổ cư thì tiền sử dụng đất tính theo giá đất bao nhiêu 1 m2').procedure).toBe('chuyen-muc-dich-su-dung-dat');
});

test('where an application stands, asked in more words (dialogs-tune-127/206, tune-21)', () => {
  for (const text of ['e tra tren vneid thay van dang xu ly, v la sao a', 'hom trc tau nop ho so tam tru cho no tren dich vu cong roi ma chua thay tra loi, coi ho', 'ho so xin tro cap cho ba noi da chuyen len tinh chua vay can bo']) {
    expect(matcher.analyze(text).intent).toBe('status');
  }
});

test('favouritism and a file held back are grievances (dialogs-tune-21/152)', () => {
  expect(matcher.analyze('mà năm ngoái thôn em bình xét toàn người nhà trưởng thôn được, nhà khó thật thì không ai ngó, em thấy bất công lắm').intent).toBe('complaint');
  expect(matcher.analyze('mà năm ngoái tui đưa hồ sơ cho ổng rồi, ấp trưởng giữ hoài hổng thấy đưa lên xã, vậy là sao 😡').intent).toBe('complaint');
});

test('for a procedure done online by its nature, its own online word is no question of the channel (dialogs-tune-205/208)', () => {
  const a = matcher.analyze('bọ em 65 tuổi, dùng điện thoại cục gạch, làm vneid mức 2 được không');
  expect([a.procedure, a.aspect]).toEqual(['dinh-danh-dien-tu', 'eligibility']);
  expect(matcher.analyze('người già ko biết xài máy tính thì con cái nộp hồ sơ online giùm đc ko').aspect).toBe('eligibility');
  // (another procedure done online is still asked about its channel)
  expect(matcher.analyze('đăng ký kết hôn trực tuyến được không').aspect).toBe('online');
});

test('"xin phép off" takes leave (dialogs-tune-94)', () => {
  expect(matcher.analyze('em xin phép off ạ').intent).toBe('goodbye');
  expect(matcher.analyze('e off nha, chào ad').intent).toBe('goodbye');
});

test('"căn cướp", a slip of the tone mark, is the căn cước (dialogs-tune-171)', () => {
  const a = matcher.analyze('hỏi về căn cướp với ad');
  expect(a.normalized).toContain('can cuoc');
  expect(a.procedure).toBe('cap-the-can-cuoc');
});

test('a debt to sue for and a job sought are out of scope (tune-38)', () => {
  expect(matcher.analyze('muốn kiện người ta quỵt nợ 50 triệu thì nộp đơn ra tòa sao').intent).toBe('out_of_scope');
  expect(matcher.analyze('ở đây có chỗ nào tuyển lao động phổ thông không ạ, e đang cần việc').intent).toBe('out_of_scope');
});

test('more outside matters, an office\'s own whereabouts and land encroached (dialogs-tune-221/222/223)', () => {
  for (const text of ['mà đất vùng ni bây chừ người ta mua bán bao nhiêu một sào hè', 'À bên mình có xem giúp ngày cưới đẹp trong tháng 10 không 😄',
    'Theo bạn giá đất Long Thành năm sau còn lên nữa không?', 'bên mình có giới thiệu việc làm ở KCN Amata không ạ', 'Còn thị thực sang Úc thì có làm ở đây không?',
    'mà bản án đó ba e muốn kháng cáo lại phần tài sản thì hỏi ai ạ']) {
    expect(matcher.analyze(text).intent).toBe('out_of_scope');
  }
  expect(matcher.analyze('Uỷ ban xã Tân Phú Trung giờ nằm ở đâu vậy, mới sáp nhập tui không biết đường').intent).toBe('office');
  expect(matcher.analyze('hồ sơ của tôi giờ nằm ở đâu vậy').intent).toBe('status');
  expect(matcher.analyze('nhà bên cạnh đổ đất lấn sang ao nhà em, em báo ai được ạ').intent).toBe('complaint');
});

test('property split after a divorce and the insurance\'s share of a treatment are out of scope; following a file is status (dialogs-tune-112/221/222/223)', () => {
  expect(matcher.analyze('mà bên mình có giải quyết vụ chia tài sản sau ly hôn không, chồng cũ em không chịu chia').intent).toBe('out_of_scope');
  expect(matcher.analyze('đi khám ở Chợ Rẫy thì bảo hiểm trả được bao nhiêu phần trăm vậy').intent).toBe('out_of_scope');
  expect(matcher.analyze('nop xong thi theo doi ho so o dau').intent).toBe('status');
});

test('a procedure told done ("nhận con xong thì …") is the story when another is named after it (dialogs-tune-101)', () => {
  expect(matcher.analyze('nhận con xong thì đổi họ trong giấy khai sinh của cháu thế nào').procedure).toBe('thay-doi-cai-chinh-ho-tich');
});

test('a procedure told done with words between ("đã làm khai sinh cho bé xong r") is neither counted nor read when another is asked (dialogs-tune-353, tune-42)', () => {
  expect(matcher.analyze('dạ e đã làm khai sinh cho bé xong r, có giấy khai sinh rồi. giờ e muốn nhập khẩu cho bé vào nhà chồng thì cần giấy tờ gì').procedure).toBe('dang-ky-thuong-tru');
  expect(matcher.analyze('Em đã xin lý lịch tư pháp và làm hộ chiếu xong để đi XKLĐ Nhật, còn khai báo tạm vắng thì có bắt buộc không ạ').procedure).toBe('khai-bao-tam-vang');
  // (every span of the procedure told done, and a certificate of it had: "… công ty TNHH xong, có giấy chứng nhận ĐKDN rồi")
  expect(matcher.analyze('tôi vừa đăng ký thành lập công ty TNHH xong, có giấy chứng nhận ĐKDN rồi. Hộ kinh doanh cũ tôi muốn chấm dứt thì cần những giấy gì').procedure).toBe('thay-doi-ho-kinh-doanh');
  expect(matcher.analyze('e đã photo công chứng bằng cấp với CCCD xong rồi, giờ nộp hồ sơ trên Cổng dịch vụ công thế nào').procedure).toBe('nop-ho-so-truc-tuyen');
  // (the one procedure named and told done is still the topic: "đã nộp hồ sơ khai sinh xong rồi, bao lâu có")
  expect(matcher.analyze('em đã nộp hồ sơ khai sinh cho bé xong rồi, bao lâu thì có ạ').procedure).toBe('dang-ky-khai-sinh');
});

test('"rút bh 1 lần" is the insurance, not "bao giờ" (dialogs-tune-228)', () => {
  const a = matcher.analyze('giờ muốn rút bh 1 lần thì có được không');
  expect(a.normalized).toContain('rut bao hiem');
  expect(a.procedure).toBe('bhxh-mot-lan');
});

test('"tôi đã …" typed with its marks is no "tối đa" (a maximum) (tune-38)', () => {
  expect(matcher.analyze('Tôi đã đăng ký khai tử cho mẹ ở xã cũ trước khi sáp nhập, giờ cần thêm mấy bản sao trích lục khai tử thì xin ở đâu').aspect).toBe('where');
  expect(matcher.analyze('sang tên đất tối đa bao nhiêu ngày').aspect).not.toBe('where');
});

test('"tạm chú", "thường chú" ("tr" typed "ch") are tạm trú, thường trú (dialogs-tune-235)', () => {
  expect(matcher.analyze('tạm chú của em sắp hết hạn gia hạn thì làm sao ạ').procedure).toBe('dang-ky-tam-tru');
  expect(matcher.analyze('dang ky thuong chu cho con o dau').normalized).toContain('thuong tru');
});

test('"ngày tốt lành" is a wish, not a lucky day picked (dialogs-tune-230)', () => {
  expect(matcher.analyze('chúc chị ngày tốt lành, e chào chị').intent).toBe('goodbye');
  expect(matcher.analyze('chào ad, chúc ad ngày tốt lành, cho e hỏi làm căn cước ở đâu').procedure).toBe('cap-the-can-cuoc');
  expect(matcher.analyze('tháng này có ngày tốt nào để cất nhà không').intent).toBe('out_of_scope');
});

test('for the VNeID account or the portal, whether it may be done is asked beside its channel words, unless against going in person (dialogs-tune-218, tune-15)', () => {
  expect(matcher.analyze('con tui 12 tuổi có làm tài khoản VNeID được hông').aspect).toBe('eligibility');
  expect(matcher.analyze('người không có tài khoản vneid có nộp hồ sơ trên cổng dvc được ko').aspect).toBe('eligibility');
  expect(matcher.analyze('tự làm trên app VNeID được không hay phải ra công an').aspect).toBe('online');
});

test('a status said outright is not outvoted by a long story of the procedure; "yêu cầu có" is no "cáu có" (dialogs-tune-240, tune-6)', () => {
  expect(matcher.analyze('tiệm bánh mì của tôi nộp hồ sơ xin giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm hồi đầu tháng trước ở xã, giờ tới đâu rồi').intent).toBe('status');
  const r = matcher.analyze('cháu nó đi làm bên Hàn, công ty yêu cầu có lý lịch tư pháp, tôi không rành, làm như thế nào');
  expect(r.intent).toBe('procedure');
  expect(r.procedure).toBe('ly-lich-tu-phap');
  // nor "kết cấu có", "nhu cầu có" (dialogs-tune-240)
  expect(matcher.analyze('chỉ thay mái tôn, không đụng tới kết cấu có cần xin phép xây dựng không').intent).toBe('procedure');
  expect(matcher.analyze('cán bộ xã cau có, hỏi gì cũng gắt').intent).toBe('complaint');
});

test('"hồ sơ … nộp ở <a long place name> từ tháng 3, giờ kiểm tra ở đâu" asks where the application stands (dialogs-tune-240)', () => {
  expect(matcher.analyze('hồ sơ xin sổ đỏ của ba tui nộp ở xã Tân Thạnh Tây huyện Củ Chi cũ từ tháng 4, giờ kiểm tra ở đâu').intent).toBe('status');
});

test('enrolling in first grade is the reason papers are needed, not a topic of its own; which school is out of scope (dialogs-tune-241)', () => {
  expect(matcher.analyze('chào ad, con e tên Trần Minh Khang mà lúc làm khai sinh xã ghi sai thành Minh Khan, giờ nộp hồ sơ vào lớp 1 mới biết, sửa lại thế nào').procedure).toBe('thay-doi-cai-chinh-ho-tich');
  expect(matcher.analyze('cho con vào lớp 1 trường nào tốt ad').intent).toBe('out_of_scope');
});

test('an ID card printed wrong is made again (cấp thẻ), not a civil-status correction; a wrong birth record is corrected (dialogs-tune-236)', () => {
  expect(matcher.analyze('căn cước in sai năm sinh của mẹ tôi thì sửa ở đâu').procedure).toBe('cap-the-can-cuoc');
  expect(matcher.analyze('cccd của ba em bị in sai quê thì sửa sao').procedure).toBe('cap-the-can-cuoc');
  expect(matcher.analyze('giấy khai sinh của tôi bị ghi sai năm sinh thì sửa ở đâu').procedure).toBe('thay-doi-cai-chinh-ho-tich');
});

test('a copy of the marriage or death certificate is an extract from the register (dialogs-tune-244)', () => {
  expect(matcher.analyze('giấy kết hôn của ba mẹ bị mối ăn rồi, xin bản sao giấy kết hôn ở đâu').procedure).toBe('trich-luc-ho-tich');
  expect(matcher.analyze('xin bản sao giấy chứng tử của ông để làm thừa kế').procedure).toBe('trich-luc-ho-tich');
});

test('a child had with a former partner is the story of recognising it; whom to marry is out of scope (dialogs-tune-120, tune-5)', () => {
  expect(matcher.analyze('bạn em có con với người yêu cũ, giờ người đó muốn nhận con thì làm sao').procedure).toBe('nhan-cha-me-con');
  expect(matcher.analyze('nên cưới người yêu cũ hay người mới vậy ad').intent).toBe('out_of_scope');
});

test('a grievance voiced ("tui rất bức xúc", "lần nào cũng bảo thiếu", "sao không nói một lần") outweighs the story of the procedure (tune-20, tune-40)', () => {
  expect(matcher.analyze('hồ sơ trợ cấp xã hội cho ba nộp từ tháng 2 mà giờ vẫn chưa được duyệt, tôi rất bức xúc').intent).toBe('complaint');
  expect(matcher.analyze('đi nộp hồ sơ đăng ký hộ kinh doanh 3 lần rồi, lần nào cũng bảo thiếu giấy, sao không hướng dẫn một lần cho xong').intent).toBe('complaint');
});

test('"gọi trực tiếp cho chuyên viên …" asks for a person, whatever office is named (dialogs-tune-248)', () => {
  expect(matcher.analyze('muốn gọi trực tiếp cho chuyên viên phòng đăng ký kinh doanh hỏi thêm').intent).toBe('human');
});

test('whether submitting online needs a level-2 identity account is a question about the portal, unless getting the account is asked (tune-24/28/32/34/36)', () => {
  for (const text of ['muốn nộp hồ sơ trực tuyến thì có bắt buộc tài khoản định danh mức 2 không', 'chua co tk vneid muc 2 thi nop online dc ko ad', 'nộp trên cổng dịch vụ công ai cũng được hay phải mức 2']) {
    const r = matcher.analyze(text);
    expect([r.procedure, r.aspect]).toEqual(['nop-ho-so-truc-tuyen', 'eligibility']);
  }
  expect(matcher.analyze('nộp online phải có vneid mức 2, mà tôi chưa có thì kích hoạt ở đâu').procedure).toBe('dinh-danh-dien-tu');
});

test('a business recommended ("chỗ nào cho thuê", "luật sư nào giỏi", "mua … ở đâu rẻ") is out of scope; where to submit is not (dialogs-tune-17/157/163, tune-28/35)', () => {
  expect(matcher.analyze('luật sư nào giỏi về đất đai ad giới thiệu').intent).toBe('out_of_scope');
  expect(matcher.analyze('báo lưu trú cho chỗ nào, nhắn zalo công an được không').intent).toBe('procedure');
});

test('a sale or a rental sought among people is out of scope, whatever land words come with it (dialogs-tune-16/248, tune-20/36)', () => {
  for (const text of ['ai có miếng đất thổ cư ở Củ Chi bán lại không', 'nhà cần bán gấp miếng đất có sổ đỏ, ad đăng giùm', 'ba tôi muốn bán đất, ad có quen ai mua không']) {
    expect(matcher.analyze(text).intent).toBe('out_of_scope');
  }
  expect(matcher.analyze('mua đất có sổ đỏ rồi thì sang tên ở đâu').intent).toBe('procedure');
});

test('recruiting, a joke, a foreign embassy and a sale advertised are out of scope; papers for one\'s own recruitment file are not (tune-27, tune-41)', () => {
  for (const text of ['kỳ thi tuyển viên chức giáo dục năm nay khi nào có lịch thi', 'xã mình có tuyển nhân viên văn thư không ạ', 'kể chuyện cười cho tui nghe đi ad', 'lãnh sự quán Hàn ở Sài Gòn địa chỉ ở đâu', 'nhà muốn bán đất thì đăng tin ở đâu', 'có luật sư nào tư vấn miễn phí về đất đai không']) {
    expect([text, matcher.analyze(text).intent]).toEqual([text, 'out_of_scope']);
  }
  expect(matcher.analyze('mai phải nộp hồ sơ thi tuyển viên chức mà thiếu giấy xác nhận cư trú, xin ở đâu cho nhanh').procedure).toBe('xac-nhan-cu-tru');
});

test('a person asked for outright is not a "thôi … cảm ơn" decline; "muốn nói chuyện trực tiếp" asks for a person (dialogs-tune-251/256)', () => {
  expect(matcher.analyze('thôi cho tui gặp cán bộ đi ad 🙏').intent).toBe('human');
  expect(matcher.analyze('thôi cảm ơn ad').intent).toBe('thanks');
  expect(matcher.analyze('cho tôi số điện thoại của lãnh đạo phụ trách hộ tịch, tôi muốn nói chuyện trực tiếp').intent).toBe('human');
});

test('a card or paper months late is a complaint, said outright (README: a late ID card; tune-28/35/36, dialogs-tune-82/250)', () => {
  for (const text of ['làm căn cước cho mẹ 4 tháng rồi chưa có thẻ', 'đổi cccd từ 3 tháng trước tới giờ vẫn chưa có, hẹn hoài']) {
    expect([text, matcher.analyze(text).intent]).toEqual([text, 'complaint']);
  }
  // (a baby's age is no wait: "bé được 3 tháng rồi mà chưa có thẻ bhyt")
  expect(matcher.analyze('bé nhà em được 2 tháng rồi mà chưa có thẻ bảo hiểm y tế, làm thế nào').intent).toBe('procedure');
});

test('the portal failing, told with annoyance ("báo lỗi hoài", "bực mình"), is a complaint said outright (dialogs-tune-159/197/231)', () => {
  for (const text of ['vào cổng dịch vụ công báo lỗi hoài không đăng nhập được', 'cổng dvc không vào được từ sáng, bực mình quá']) {
    expect([text, matcher.analyze(text).intent]).toEqual([text, 'complaint']);
  }
});

test('an application told submitted and not heard of since ("nộp … từ tháng 4 tới giờ chưa thấy gì") asks its status (dialogs-tune-26/48/168/174/215)', () => {
  for (const text of ['hồ sơ xin trợ cấp cho ba tôi nộp ở xã từ đầu tháng 6 tới giờ vẫn chưa thấy gì', 'tui nop ho so dang ky ket hon tu tuan truoc ma gio chua biet the nao']) {
    expect([text, matcher.analyze(text).intent]).toEqual([text, 'status']);
  }
});

test('a mark of adjacent words stays within a clause: "giấy khai sinh bị mất, sổ gốc ở xã vẫn còn" is a copy from the register (dialogs-tune-182)', () => {
  expect(matcher.analyze('giấy khai sinh bản chính của tôi bị mất, sổ gốc ở xã vẫn còn, xin lại thế nào').procedure).toBe('trich-luc-ho-tich');
  expect(matcher.analyze('giấy khai sinh mất, xã nói mất sổ gốc luôn rồi thì làm sao').procedure).toBe('dang-ky-lai-khai-sinh');
  // (the loss told first, of both: dialogs-tune-440)
  expect(matcher.analyze('mất GKS lẫn sổ gốc').procedure).toBe('dang-ky-lai-khai-sinh');
  expect(matcher.analyze('mất giấy khai sinh, ở xã còn sổ gốc không').procedure).toBe('trich-luc-ho-tich');
});

test('a household business closed ("đóng lại") or moved to new premises is changing it, not registering one (dialogs-tune-22/60/126/189)', () => {
  expect(matcher.analyze('giờ chuyển lên công ty rồi thì hộ kinh doanh cũ có phải đóng lại không').procedure).toBe('thay-doi-ho-kinh-doanh');
  expect(matcher.analyze('hộ kinh doanh tiệm may của tôi chuyển qua mặt bằng mới thì làm gì').procedure).toBe('thay-doi-ho-kinh-doanh');
});

test('the combined procedure named by its own word ("liên thông", "3 trong 1") with one part asked about is the combined one (tune-6/20/25/33)', () => {
  for (const [text, id] of [['làm liên thông cho bé thì bao lâu mới có thẻ bảo hiểm y tế', 'lien-thong-khai-sinh'], ['lam 3 trong 1 cho con thi bao lau co the bhyt', 'lien-thong-khai-sinh'], ['liên thông khai tử với xoá thường trú làm ở đâu', 'lien-thong-khai-tu']]) {
    expect([text, matcher.analyze(text).procedure]).toEqual([text, id]);
  }
  expect(matcher.analyze('bé nhà em bị mất thẻ bhyt thì làm lại ở đâu').procedure).toBe('cap-the-bhyt');
});

test('how to raise a VNeID account to level 2, named without its keyword, asks how to do it, not about the channel (dialogs-tune-34/167/178/236)', () => {
  const r = matcher.analyze('cài vneid rồi mà muốn lên mức 2 thì làm sao ad');
  expect([r.procedure, r.aspect]).toEqual(['dinh-danh-dien-tu', 'overview']);
});

test('"… thì cần giấy attp ko": whether the procedure\'s own permit is required, not which papers to bring (dialogs-tune-135/137/249)', () => {
  const r = matcher.analyze('tiệm em bán thêm xôi buổi sáng thì cần giấy attp ko');
  expect([r.procedure, r.aspect]).toEqual(['an-toan-thuc-pham', 'eligibility']);
  expect(matcher.analyze('xin giấy attp cần mang gì').aspect).toBe('documents');
});

test('a long story of an application submitted, then "đến nay chưa nhận được tin gì" or "giờ coi kết quả ở đâu", asks its status (dialogs-tune-263/265/267)', () => {
  for (const text of ['Tôi nộp hồ sơ xin cấp phiếu lý lịch tư pháp hôm 10/6, hẹn trả 20/6 mà đến nay chưa nhận được tin nhắn gì',
    'cho hỏi tui nộp hồ sơ xin giấy phép cất nhà bữa mùng 3 tây, giờ coi kết quả ở đâu',
    'o ơi cho con hỏi hồ sơ khai tử cho ôn nội con nộp bữa thứ hai tuần trước, tới chừ chưa thấy chi hết']) {
    expect([text, matcher.analyze(text).intent]).toEqual([text, 'status']);
  }
});

test('a condition told and left open ("người bán mất rồi thì...") asks whether it can still be done; "đi thi" is no "thì" (dialogs-tune-265/266)', () => {
  expect(matcher.analyze('giấy đăng ký xe còn đứng tên người bán, người bán mất rồi thì...').aspect).toBe('eligibility');
  expect(matcher.analyze('đất đang tranh chấp ranh với nhà bên cạnh thì…').aspect).toBe('eligibility');
  expect(matcher.analyze('làm căn cước cho con, cháu cần để đi thi').aspect).not.toBe('eligibility');
});


test('grievances told as such (staff raising their voice, unfair lists), a call asked for, a state checked and a party venue are what they say (dialogs-tune-135/284, tune-43/44)', () => {
  const intents: [string, string][] = [
    ['Tui hỏi thủ tục khai sinh mà cán bộ xã lớn tiếng với tui, vậy là sao', 'complaint'],
    ['ấp trưởng nói năm nay hết chỉ tiêu rồi, mà tui thấy mấy nhà khá giả còn được, nhà tui hông được, vậy là sao', 'complaint'],
    ['Tôi già rồi nhắn không rành, có ai gọi điện cho tôi được không con', 'human'],
    ['cho tui hỏi giấy đăng ký kết hôn tụi tui làm bữa trước có chưa', 'status'],
    ['e nop ho so bhxh 1 lan tren dich vu cong roi, gio xem trang thai o dau', 'status'],
    ['đăng ký kết hôn xong thì tổ chức đám cưới ở nhà hàng nào đẹp', 'out_of_scope'],
    // (late by the deadline, asked: a condition)
    ['co thoi han nop ko, tre qua co mat quyen huong tro cap that nghiep ko', 'procedure'],
  ];
  for (const [text, intent] of intents) expect([text, matcher.analyze(text).intent]).toEqual([text, intent]);
});

test('other trades\' matters asked mid-chat are out of scope: a bus company, land for sale, a job opening, a booking site, an e-invoice, a trademark, a supplier sued, a sale advertised (dialogs-tune-266/270/273/284/285/286)', () => {
  for (const text of ['mà ad biết nhà xe nào về Bạc Liêu tết còn vé hông', 'ad oi co bt mieng dat nao gan cho dang ban ko e muon mua',
    'chị có biết chỗ mô đang tuyển thợ may không', 'còn vụ đăng ký homestay lên booking với airbnb thì bên ad có hỗ trợ ko',
    'mà làm hóa đơn điện tử cho công ty thì đăng ký với ai, bên ad có làm không', 'còn đăng ký thương hiệu trà sữa độc quyền thì làm ở đâu',
    'à còn vụ nhà cung cấp bột mì giao thiếu hàng cho tôi thì kiện ở đâu', 'mà bán luôn miếng đất lúa đó thì đăng tin ở đâu cho nhiều người thấy ad']) {
    expect([text, matcher.analyze(text).intent]).toEqual([text, 'out_of_scope']);
  }
  expect(matcher.analyze('đăng ký hộ kinh doanh có cần điều kiện gì không').intent).toBe('procedure');
});

test('a file lost by the office, a request to review an unfair list, a submitted file overdue are complaints said outright, whatever procedure they name (tune-43/44, dialogs-tune-264)', () => {
  for (const text of ['Tui nộp hồ sơ trợ cấp người khuyết tật cho con mà xã làm mất hồ sơ, giờ bắt làm lại từ đầu',
    'tui đề nghị xem lại việc xét hộ nghèo ở ấp, nhà khá giả lại được còn nhà nghèo thì không', 'ho so sang ten so do nop 2 thang chua xong, qua han roi']) {
    expect([text, matcher.analyze(text).intent]).toEqual([text, 'complaint']);
  }
  // (whether a deadline has passed, asked; one's own book lost)
  expect(matcher.analyze('nghỉ việc 4 tháng rồi giờ mới nộp hồ sơ thất nghiệp còn được ko hay quá hạn rồi').intent).toBe('procedure');
  expect(matcher.analyze('sổ bhxh e làm mất rồi, hồ sơ rút 1 lần thiếu sổ thì sao').intent).toBe('procedure');
});

test('a house built on residential land ("trên đất thổ cư") asks for a building permit, not a change of land use (dialogs-tune-283, tune-44)', () => {
  expect(matcher.analyze('Tui tính cất cái nhà 2 tầng trên đất thổ cư ở xã, có phải xin giấy phép không hay cứ cất').procedure).toBe('giay-phep-xay-dung-nha-o');
  expect(matcher.analyze('đất vườn muốn lên thổ cư thì làm sao').procedure).toBe('chuyen-muc-dich-su-dung-dat');
});

test('"hồ sơ … sao chưa thấy báo": an application not heard of asks its status (tune-43)', () => {
  expect(matcher.analyze('Hồ sơ xin giấy phép xây dựng của tôi có cần bổ sung gì không, sao chưa thấy báo').intent).toBe('status');
});

test('a lost birth certificate whose register is still kept ("xã nói sổ hộ tịch còn lưu") is a copy from the register; one whose register is lost is registered again (dialogs-tune-263/282/286/291)', () => {
  expect(matcher.analyze('e mất bản chính giấy khai sinh, nhưng xã nói sổ hộ tịch còn lưu').procedure).toBe('trich-luc-ho-tich');
  expect(matcher.analyze('giấy khai sinh bản chính của tui mất rồi, ở xã vẫn còn sổ lưu, làm lại sao').procedure).toBe('trich-luc-ho-tich');
  expect(matcher.analyze('giấy khai sinh mất, xã nói sổ gốc không còn nữa, làm lại sao').procedure).toBe('dang-ky-lai-khai-sinh');
});

test('a VNeID account locked or its phone number changed is the account\'s own procedure, not the portal (dialogs-tune-268/270)', () => {
  expect(matcher.analyze('vneid cua e bi khoa, dang nhap hok dc, muon mo lai thi ra dau').procedure).toBe('dinh-danh-dien-tu');
  expect(matcher.analyze('e mới đổi số đt, vneid đăng nhập ko dc, đổi số điện thoại trong vneid sao ad').procedure).toBe('dinh-danh-dien-tu');
});

test('a shop renamed or moved ("đổi tên quán", "chuyển cửa hàng qua phường khác") changes the household business, not a name in the civil register (dialogs-tune-266/272/279)', () => {
  expect(matcher.analyze('sau này muốn đổi tên quán thì sao').procedure).toBe('thay-doi-ho-kinh-doanh');
  expect(matcher.analyze('e co hkd ban dien thoai o Vinh, gio chuyen cua hang qua phuong khac thi phai lam thu tuc j').procedure).toBe('thay-doi-ho-kinh-doanh');
  expect(matcher.analyze('muốn đổi tên cho con thì làm sao').procedure).toBe('thay-doi-cai-chinh-ho-tich');
});

test('a teacher\'s or college diploma lost ("bằng sư phạm", "bằng cao đẳng") is a copy from the register of diplomas, not a driving licence (dialogs-tune-290)', () => {
  expect(matcher.analyze('tui là giáo viên về hưu, cái bằng sư phạm năm 1980 bị mối ăn hết rồi, có xin cấp lại được không').procedure).toBe('ban-sao-van-bang');
  expect(matcher.analyze('mất bằng cao đẳng thì xin lại ở đâu').procedure).toBe('ban-sao-van-bang');
});

test('a diploma whose original is still held ("bằng gốc em vẫn còn giữ") has its copy certified, not issued from the register (dialogs-tune-278/281)', () => {
  expect(matcher.analyze('cần sao y bằng tốt nghiệp cấp 3, bằng gốc em vẫn còn giữ').procedure).toBe('chung-thuc-ban-sao');
  expect(matcher.analyze('em là giáo viên, cần bản sao bằng đại học để nộp hồ sơ thi viên chức, bằng bản chính vẫn còn').procedure).toBe('chung-thuc-ban-sao');
  expect(matcher.analyze('em làm mất bằng tốt nghiệp đại học thì xin lại thế nào').procedure).toBe('ban-sao-van-bang');
});

test('a certificate listed as what a file holds names the other procedure asked about ("đkkh thì mang theo gì ạ, cccd với giấy xác nhận độc thân phải ko") (tune-4/8/29)', () => {
  expect(matcher.analyze('đkkh thì mang theo gì ạ, cccd với giấy xác nhận độc thân phải ko').procedure).toBe('dang-ky-ket-hon');
  expect(matcher.analyze('kết hôn chỉ cần giấy độc thân với căn cước là xong à').procedure).toBe('dang-ky-ket-hon');
  expect(matcher.analyze('cần giấy xác nhận độc thân để kết hôn, xin ở đâu').procedure).toBe('xac-nhan-tinh-trang-hon-nhan');
});

test('"em cần hỏi trực tiếp", "để hỏi trực tiếp" ask for a person, whatever office is named (tune-19/21)', () => {
  expect(matcher.analyze('Có anh chị nào ở bộ phận một cửa đang online ko, em cần hỏi trực tiếp').intent).toBe('human');
  expect(matcher.analyze('ad oi cho e xin so dien thoai can bo tu phap de hoi truc tiep dc ko').intent).toBe('human');
});

test('the phone number of a named officer ("số điện thoại chị cán bộ tư pháp") asks for a person, not the office (dialogs-tune-270)', () => {
  expect(matcher.analyze('cho e số điện thoại chị cán bộ tư pháp xã').intent).toBe('human');
  expect(matcher.analyze('cho xin số điện thoại bộ phận một cửa').intent).toBe('office');
});

test('family home for Tết or staying some days ("về ăn tết ở nhà tui chừng mươi ngày", "ở chung 10 ngày") is a stay to notify (dialogs-tune-293/296)', () => {
  expect(matcher.analyze('tết ni con cháu ở Hà Nội với Sài Gòn về ăn tết ở nhà tui chừng mươi ngày, có phải báo với công an không').procedure).toBe('thong-bao-luu-tru');
  expect(matcher.analyze('thang con trai toi o duc ve tham nha dan theo vo nguoi duc o chung 10 ngay co phai bao voi cong an khong').procedure).toBe('thong-bao-luu-tru');
  expect(matcher.analyze('muốn chuyển hộ khẩu về nhà chồng thì làm sao').procedure).toBe('dang-ky-thuong-tru');
});

test('a visit of a week or two ("về quê chơi với bà chừng 2 tuần", "lên thăm … 1 tuần") is a stay to notify, though "tạm trú" is said (dialogs-tune-414)', () => {
  expect(matcher.analyze('hè này 2 đứa cháu nội ở Hà Nội về quê chơi với ông chừng 2 tuần, có phải làm tạm trú cho tụi nó không').procedure).toBe('thong-bao-luu-tru');
  expect(matcher.analyze('mẹ em ở quê lên thăm, ở phòng trọ với em 1 tuần thì có phải đăng ký tạm trú không').procedure).toBe('thong-bao-luu-tru');
  // (a tenant's weeks are no visit)
  expect(matcher.analyze('em mới thuê trọ được 2 tuần, có phải đăng ký tạm trú không').procedure).toBe('dang-ky-tam-tru');
});

test('a household book soaked, rotten or washed away ("sổ hộ khẩu … ngâm nát hết") is replaced by the residence confirmation (dialogs-tune-295)', () => {
  expect(matcher.analyze('so ho khau cua nha toi bi nuoc lut ngam nat het roi gio lam rang chu').procedure).toBe('xac-nhan-cu-tru');
});

test('where one checks an application told submitted ("… giờ kiểm tra ở đâu", "làm sao biết hồ sơ đang tới đâu", "hồ sơ … có thẻ chưa") asks its status; how to pay online does not (dialogs-tune-283/286, tune-14/29)', () => {
  for (const text of ['tháng trước e có nộp xin lý lịch tư pháp trên mạng mà chưa thấy trả, giờ kiểm tra ở đâu ạ',
    'mình nộp từ 3 tuần trước mà chưa có quyết định, làm sao biết hồ sơ đang tới đâu', 'hồ sơ cấp đổi căn cước có thẻ chưa, e muốn biết để đi lấy']) {
    expect([text, matcher.analyze(text).intent]).toEqual([text, 'status']);
  }
  expect(matcher.analyze('nộp online thì trả lệ phí kiểu gì, có phải chuyển khoản không').intent).toBe('procedure');
});

test('a bribe asked, being sent back and forth, rude talk and "quá vô lý" are complaints said outright, whatever procedure they name (dialogs-tune-91/151/178/248/254/292)', () => {
  for (const text of ['lần trước làm có ông cán bộ đòi thêm 500k mới làm nhanh, vậy là sao',
    'ra phường hỏi thì cán bộ đẩy qua bhxh, bhxh lại đẩy về phường, đá qua đá lại hoài',
    'Lần trước tôi lên xã hỏi thì cán bộ lao động xã hội nói chuyện rất khó nghe, còn bắt tôi về viết lại đơn 3 lần',
    'hôm trước tôi lên xã xin giấy xác nhận độc thân cho con, cán bộ bắt về photo 5 bộ căn cước, đi lại mấy lần, quá vô lý']) {
    expect([text, matcher.analyze(text).intent]).toEqual([text, 'complaint']);
  }
});

test('"tôi muốn phản ánh việc này", "yêu cầu giải quyết", "mong xem lại", "quá bất tiện", a rich house on the poor list are complaints said outright (dialogs-tune-60/124/260, tune-12/17/39)', () => {
  for (const text of ['làm đổi chứng minh nhân dân sang cccd từ tháng 9 năm ngoái tới giờ chưa có thẻ, lên hỏi thì công an xã bảo chờ, tôi muốn phản ánh việc này',
    'trích lục khai tử của ông tui nộp 2 tuần, hẹn 3 ngày, đi 4 lần vẫn chưa có, yêu cầu giải quyết',
    'nop online tren dich vu cong roi ma xa van bat len nop ban giay, vay nop online lam chi cho met, mong xem lai',
    'nam ngoai can bo thon noi nha tui ko du dieu kien ma nha ong truong thon co xe hoi van dc ho ngheo, vay la sao']) {
    expect([text, matcher.analyze(text).intent]).toEqual([text, 'complaint']);
  }
});

test('"alo có cán bộ nào đó ko, tui hỏi chút": asking whether an officer is there asks for a person (tune-28)', () => {
  expect(matcher.analyze('alo có cán bộ nào đó ko, tui hỏi chút').intent).toBe('human');
});


test('health, work contracts, exams, family feasts, customs, parcels, pawnshops and warranties are out of scope, whatever procedure words they share (tune-45)', () => {
  for (const text of ['có ai biết bác sĩ châm cứu giỏi ở Huế ko', 'lịch tiêm vắc xin 6 trong 1 cho bé 2 tháng tuổi', 'cong ty no luong 2 thang roi gio em lam sao',
    'hợp đồng thử việc tối đa được mấy tháng', 'phúc khảo bài thi tốt nghiệp thì làm đơn gửi ai', 'tiệc thôi nôi cho bé cần chuẩn bị những gì ạ',
    'em dat coc thue nha roi gio ko muon thue nua co lay lai coc duoc ko', 'tiem cam do nhan cam CCCD ko vay', 'sổ bảo hành máy giặt bị mất còn bảo hành được ko']) {
    expect([text, matcher.analyze(text).intent]).toEqual([text, 'out_of_scope']);
  }
  expect(matcher.analyze('ông nội em mất hơn 1 tháng rồi, nhà bận lo đám với cúng 49 ngày giờ mới đi khai tử thì có bị phạt không ạ').intent).toBe('procedure');
  // (the month-old party is out of scope; waiting till the baby is a month old is only a time — dialogs-tune-429)
  expect(matcher.analyze('cúng đầy tháng cho bé trai cần mâm gì').intent).toBe('out_of_scope');
  // (a tenant's unpaid rent, the price of electricity for rooms let — dialogs-tune-455)
  expect(matcher.analyze('ma co 1 dua no thieu tien phong 3 thang roi goi ko nghe may, ad co cach nao doi dum ko').intent).toBe('out_of_scope');
  expect(matcher.analyze('giá điện cho cơ sở lưu trú tính giá bậc thang hay giá kinh doanh vậy ad').intent).toBe('out_of_scope');
  // (a fishing boat's licence and registration — dialogs-tune-449)
  expect(matcher.analyze('tui có chiếc ghe cào, giấy phép khai thác thủy sản sắp hết hạn, gia hạn ở đâu vậy').intent).toBe('out_of_scope');
  expect(matcher.analyze('còn ghe máy chở hàng trên sông có phải đăng ký biển như xe không').intent).toBe('out_of_scope');
  expect(matcher.analyze('tui tính đợi đầy tháng mới đi làm khai sinh, để lâu vậy có bị phạt không').intent).toBe('procedure');
});

test('an advert closed by "ib mình", "ib e" (write to my inbox) is out of scope (tune-45)', () => {
  expect(matcher.analyze('Can ban lo dat 5x20 tho cu, so hong rieng, duong o to, ib e').intent).toBe('out_of_scope');
  expect(matcher.analyze('ban cho corgi thuan chung ib minh nha').intent).toBe('out_of_scope');
});

test('where the citizen lives leans to no procedure: "mình ở Bình Dương cũ thì nộp chỗ nào" names none (dialogs-tune-280/287)', () => {
  for (const text of ['mình ở Bình Dương cũ thì nộp chỗ nào', 'ở Bình Dương thì nộp chỗ nào', 'tui ở Đà Lạt, nộp ở đâu']) {
    const a = matcher.analyze(text);
    expect({ text, sure: (a.candidates[0]?.score ?? 0) >= 0.3 }).toEqual({ text, sure: false });
  }
  // (but "ở Bình Dương hay về quê" still asks where)
  expect(matcher.analyze('rút bảo hiểm một lần ở Bình Dương hay về Hậu Giang').aspect).toBe('where');
});

test('a procedure told done in a first clause, another asked with "thì làm sao", "thì sao" in the last: the one asked (dialogs-tune-338)', () => {
  const a = matcher.analyze('nhà e đã làm giám hộ cho thằng cháu mồ côi rồi, giờ muốn làm căn cước cho cháu nó 13 tuổi thì làm sao ạ');
  expect([a.intent, a.procedure]).toEqual(['procedure', 'cap-the-can-cuoc']);
  const b = matcher.analyze('con e dc cap the bhyt roi, gio lam ho chieu cho be di du lich Thai Lan thi sao ad');
  expect([b.intent, b.procedure]).toEqual(['procedure', 'cap-ho-chieu']);
});

test('which of two procedures, the message ending on the second after "hay", asks what each is (overview); a yes-or-no question of the first does not (dialogs-tune-343)', () => {
  expect(matcher.analyze('cả nhà chuyển về ở luôn, vậy tôi đăng ký thường trú hay tạm trú?')).toMatchObject({ procedure: 'dang-ky-thuong-tru', aspect: 'overview' });
  expect(matcher.analyze('con tui khai sinh chỉ có tên mẹ, giờ ba cháu muốn bổ sung tên vào. làm nhận cha con hay làm bổ sung hộ tịch?')).toMatchObject({ procedure: 'nhan-cha-me-con', aspect: 'overview' });
  expect(matcher.analyze('ở nhà thuê thì có đăng ký thường trú được không hay chỉ được tạm trú thôi').aspect).toBe('eligibility');
});

test('"bé làm căn cước" is a child\'s first card, not the card "bể làm đôi" (dialogs-tune-331/345)', () => {
  expect(matcher.analyze('vậy bé làm căn cước ở đâu').procedure).toBe('cap-the-can-cuoc');
  expect(matcher.analyze('con bé làm có tốn tiền hông, làm căn cước đó').procedure).toBe('cap-the-can-cuoc');
  expect(matcher.analyze('thẻ căn cước bể làm đôi rồi thì làm sao').procedure).toBe('cap-lai-the-can-cuoc');
});

test('a procedure had already ("đã có vneid mức 2 rồi") gives way to the one asked (tune-51)', () => {
  expect(matcher.analyze('đã có vneid mức 2 rồi, giờ nộp hồ sơ trên cổng dịch vụ công như thế nào').procedure).toBe('nop-ho-so-truc-tuyen');
});

test('"e cần gấp" folds as "cần gặp": haste, no person asked for (dialogs-tune-52/314)', () => {
  expect(matcher.analyze('bao lau thi lay dc giay xac nhan doc than, e can gap').intent).toBe('procedure');
});

test('a benefit being received is the situation: the funeral allowance asked beside it is the combined death procedure (dialogs-tune-29/304/377)', () => {
  for (const text of ['Có được nhận cả tiền mai táng không, cụ đang hưởng trợ cấp người cao tuổi hằng tháng', 'ông e đang hưởng trợ cấp người cao tuổi hàng tháng thì mới được mai táng phí đúng ko ạ']) {
    expectLabel('lien-thong-khai-tu', text);
  }
  // …and a death to register, told after it, is that registration (dialogs-tune-31)
  expect(matcher.analyze('Bà nội tôi mới mất, năm nay 89 tuổi, đang hưởng trợ cấp người cao tuổi ở xã. Giờ muốn làm giấy báo tử thì làm ở đâu?').procedure).toBe('dang-ky-khai-tu');
});

test('a visit of a few days asked as "đăng ký tạm trú" is a stay notice; a room rented for years stays temporary residence (dialogs-tune-189/377, README conventions)', () => {
  for (const text of ['Cho tui hỏi chút, con gái tui dưới quê lên ở chơi chừng một tuần, có phải đăng ký tạm trú cho nó hông?', 'ông bà ngoại từ quê lên chơi nhà mình khoảng 1 tuần, có phải đăng ký tạm trú ko ạ']) {
    expectLabel('thong-bao-luu-tru', text);
  }
  expect(matcher.analyze('em lên thành phố thuê trọ ở chơi 2 tuần rồi mới đi làm, có phải đăng ký tạm trú không').procedure).toBe('dang-ky-tam-tru');
});

test('a card made again for details changed, out of date or wrong, nothing lost or broken, is a new card (dialogs-tune-124/216/226/376)', () => {
  for (const text of ['cccd van ghi ngay sinh cu, muon lam lai cccd cho dung thi can mang gi a', 'doi ten xong co phai lam lai can cuoc ko', 'căn cước ghi sai quê quán, làm lại cần gì']) {
    expectLabel('cap-the-can-cuoc', text);
  }
  // …while a card lost or broken is re-issued, whatever details it carried
  expect(matcher.analyze('cccd ghi ngày sinh cũ mà giờ bị mất rồi, làm lại cần gì').procedure).toBe('cap-lai-the-can-cuoc');
});

test('whether the old household registration must be removed, the book named apart from the verb, asks its removal; a step before the move stays (dialogs-tune-15/27/215/295)', () => {
  for (const text of ['còn hộ khẩu cũ ở quê Hậu Giang có phải về cắt ko ad, xa quá', 'ho khau cu o que Hau Giang co phai di xoa ko hay tu dong', 'neu chuyen thi ho khau cu o que em co phai ve lam thu tuc cat khong hay tu dong xoa']) {
    expectLabel('xoa-dang-ky-thuong-tru', text);
  }
  expect(matcher.analyze('nhập hộ khẩu về nhà chồng thì có phải về quê cắt khẩu trước không').procedure).toBe('dang-ky-thuong-tru');
});

test('the card dropped or lost, marked, is re-issued even when the classifier leans to the base card; an old CMND worn out is a new card (dialogs-tune-275, tune-47)', () => {
  expect(matcher.analyze('mình làm rơi căn cước ở bến xe Miền Đông hôm qua rồi, giờ làm sao đây').procedure).toBe('cap-lai-the-can-cuoc');
  expect(matcher.analyze('Tui ở Hội An, cái chứng minh nhân dân cũ mục hết rồi, chữ mờ không đọc được. Chừ đi đổi qua căn cước thì tui phải lên đâu').procedure).toBe('cap-the-can-cuoc');
});

test('a price judged or a wage asked is out of scope; the fee for certifying an authorisation to collect pay is not (dialogs-tune-161/309/332/361/380, tune-41/45)', () => {
  for (const text of ['cty xây dựng báo giá 6tr/m2 phần thô là đắt hay rẻ vậy', 'mà có người hỏi mua miếng đất đó, bán giá 2 tỷ có hớ ko ad 😅',
    'công nhân cạo mủ cao su lương tháng được bao nhiêu a', 'bố cháu nghỉ hưu từ 2020, lương hưu giờ được bao nhiêu một tháng ạ']) {
    expectLabel('out_of_scope', text);
  }
  expect(matcher.analyze('chứng thực chữ ký trên giấy ủy quyền nhận lương hộ tốn bao nhiêu').procedure).toBe('chung-thuc-chu-ky');
});

test('service judged in anger ("tệ quá", "quá đáng", "hành dân quá", "online để làm gì") is a complaint; "hôm qua đăng ký", "quá, đăng nhập" are not (tune-55/56, dialogs-tune-283/334)', () => {
  for (const text of ['bị từ chối chứng thực bản sao vì "bản chính cũ quá", giấy của tôi vẫn đọc rõ mà, quá đáng', 'hồ sơ nộp online rồi mà vẫn bắt lên nộp bản giấy, vậy online để làm gì???',
    'thang nay ko nhan duoc tien that nghiep, ko ai thong bao gi het', 'đi làm căn cước bị bắt về quê xác nhận cư trú trong khi có trên hệ thống rồi, hành dân quá']) {
    expectLabel('complaint', text);
  }
  expect(matcher.analyze('Ông em mới mất hôm qua, đăng ký khai tử cần những giấy gì ạ').procedure).toBe('dang-ky-khai-tu');
  expect(matcher.analyze('con tôi hướng dẫn vào cổng dịch vụ công để nộp hồ sơ mà tôi lớ ngớ quá, đăng nhập xong không biết bấm vào đâu, chỉ giúp tôi cách nộp').procedure).toBe('nop-ho-so-truc-tuyen');
});

test('"phòng đăng ký kinh doanh" is the office that registers companies, not a household business (dialogs-tune-122/177/382)', () => {
  for (const text of ['Nộp tại Phòng Đăng ký kinh doanh thuộc Sở Tài chính phải không?', 'nop ho so o dau, phong dang ky kinh doanh cua so nao']) {
    expectLabel('thanh-lap-doanh-nghiep', text);
  }
  expect(matcher.analyze('đăng ký kinh doanh hộ cá thể bán tạp hoá nộp ở đâu').procedure).toBe('dang-ky-ho-kinh-doanh');
});

test('hiring workers ("cần thuê 5 người hái cà phê") is out of scope, not a grievance (dialogs-tune-380)', () => {
  expect(matcher.analyze('chủ vườn bên e cần thuê 5 người hái cà phê, ad biết ai giới thiệu ko').intent).toBe('out_of_scope');
});

test('an outing told as where a loss happened ("tối qua đi đá banh bị móc túi") is the story of a card question, not football (dialogs-tune-377)', () => {
  const a = matcher.analyze('ad oi cho e hoi lam can cuoc moi the nao, toi qua di da banh bi moc tui mat ca vi r 😭');
  expect(a.intent).toBe('procedure');
  expect(['cap-the-can-cuoc', 'cap-lai-the-can-cuoc']).toContain(a.procedure);
  expect(matcher.analyze('tối nay có trận đá banh không ad').intent).toBe('out_of_scope');
});

test('a bank card lost or locked and made again is the bank\'s matter, even asked in a clause of its own (dialogs-tune-381/384/387)', () => {
  expectLabel('out_of_scope', 'e đi Malay về, thẻ ATM ngân hàng bị khoá rồi mất luôn, làm lại thẻ ở đâu');
  expectLabel('out_of_scope', 'tui lam mat the atm agribank roi, lam lai the o dau');
  // (an identity card lost with it, a fee paid with it, or the card as a paper's purpose is still the procedure)
  expectLabel('cap-lai-the-can-cuoc', 'hôm qua bị móc túi mất căn cước với thẻ atm, làm lại căn cước ở đâu');
  expect(matcher.analyze('bao lâu thì có thẻ mới ạ, cty đang đòi để làm thẻ ngân hàng nhận lương').intent).toBe('procedure');
});

test('the weather asked ("mai Đà Lạt mưa không nhỉ", "ad ơi ngoài đó mưa hông") and small talk ("ad ăn cơm chưa rứa") are out of scope; rain that wet a paper is its story (dialogs-tune-388/283)', () => {
  expectLabel('out_of_scope', 'mai Đà Lạt mưa không nhỉ');
  expectLabel('out_of_scope', 'ăn cơm chưa ad');
  expectLabel('out_of_scope', 'ad ơi ngoài đó mưa hông, tui tính mai lên xã');
  expectLabel('trich-luc-ho-tich', 'giấy khai sinh của em bị mưa ướt rách, chữ mờ hết, sổ ở xã vẫn còn, xin lại bản khác thế nào');
});

test('after someone else\'s matter, "còn tui …" turns to the citizen\'s own, which decides when it names a procedure (dialogs-tune-384)', () => {
  expectLabel('dang-ky-khai-tu', 'ong chu ke nha moi mat, nha ong lam khai tu voi cat khau va nhan tien mai tang 1 lan. con ba noi tui mat hom qua thi lam giay chung tu o dau');
  expectLabel('dang-ky-khai-tu', 'Ông chú kế nhà mới mất, nhà ông làm liên thông khai tử với cắt khẩu. Còn bà nội tui mất hôm qua thì làm giấy chứng tử ở đâu');
  // (the neighbour's matter alone stays what it is)
  expectLabel('lien-thong-khai-tu', 'ong chu ke nha moi mat, nha ong lam khai tu voi cat khau va nhan tien mai tang 1 lan, lam o dau');
});

test('a civil-status paper lost with the register said kept ("sổ gốc ở xã vẫn còn lưu") asks a copy from the register (dialogs-tune-388/74/178)', () => {
  expectLabel('trich-luc-ho-tich', 'chào ad, nhà em đợt lũ năm ngoái ngập sâu, giấy tờ trôi hết, trong đó có giấy khai sinh bản chính của em, cán bộ tư pháp nói sổ gốc ở xã vẫn còn lưu, giờ em cần giấy khai sinh thì làm sao ạ');
  expectLabel('trich-luc-ho-tich', 'giấy khai sinh bản chính cũng thất lạc luôn, hồi đó đăng ký ở xã quê, sổ ở xã vẫn còn');
  // (the register said gone, or re-registering named, stays re-registration)
  expectLabel('dang-ky-lai-khai-sinh', 'giấy khai sinh của cháu bị cháy mất, uỷ ban nói sổ gốc lưu ở xã cũng không còn');
  expectLabel('dang-ky-lai-khai-sinh', 'Sổ hộ tịch ở xã còn mà tui làm mất bản chính thì có được đăng ký lại khai sinh không');
});

test('the household book told lost or burnt is the residence confirmation, whatever else the words lean to, when nothing names that (dialogs-tune-178/75/204)', () => {
  expectLabel('xac-nhan-cu-tru', 'Sổ hộ khẩu nhà tôi bị cháy mất rồi, giờ phải làm sao');
  expectLabel('xac-nhan-cu-tru', 'tui làm mất cuốn sổ hộ khẩu rồi, giờ xin cấp lại cuốn mới sao ạ');
  // (a procedure named for itself keeps it)
  expectLabel('dang-ky-ket-hon', 'sổ hộ khẩu nhà em bị mất rồi, giờ đăng ký kết hôn cần giấy gì');
});

test('the price of land asked, the land named before the price ("đất thổ cư ở phường bên cạnh giờ giá bao nhiêu 1m2"), is out of scope (dialogs-tune-390/332)', () => {
  expectLabel('out_of_scope', 'hỏi chút, đất thổ cư ở phường bên cạnh giờ giá bao nhiêu 1m2 vậy ad');
  expectLabel('out_of_scope', 'có sổ rồi tui tính bán luôn, ad coi giùm đất ruộng ở Đức Hoà giờ giá nhiu 1 công');
  // (the land-use fee asked per square metre is the procedure's)
  expectLabel('chuyen-muc-dich-su-dung-dat', 'chuyển mục đích sử dụng đất lên thổ cư thì tiền sử dụng đất tính bao nhiêu 1m2');
});

test('a thumbs-up typed as "like" is thanks, not a misspelt "live" (dialogs-tune-402)', () => {
  expectLabel('thanks', 'like');
});

test('a surname changed after a paternity acknowledged ("nhận cha xong thì bé có được đổi sang họ của bố không") is the civil-status change; "đợi họ về" names nothing (exactKeywords, dialogs-tune-153/353/22)', () => {
  expectLabel('thay-doi-cai-chinh-ho-tich', 'nhận cha xong thì bé có được đổi sang họ của bố không');
  expectLabel('thay-doi-cai-chinh-ho-tich', 'nhận con xong rồi đổi họ cho nó theo họ tui thì làm sao');
  expect(matcher.analyze('tôi là chủ mới tự đề nghị xoá được không hay phải đợi họ về').keywordStrength).toBe(0);
});

test('a hello, then who writes and who types for them ("… thằng cháu nội nó cầm điện thoại gõ giùm tôi"), is an opening, not out of scope (dialogs-tune-245)', () => {
  expectLabel('greeting', 'Chào các cô các chú ở xã ạ, tôi là bà Sáu ở xóm Bàu năm nay 81 tuổi, mắt kém nên thằng cháu nội nó cầm điện thoại gõ giùm tôi');
  // (out-of-scope words still decide)
  expectLabel('out_of_scope', 'Chào các cô các chú, tôi 81 tuổi, thằng cháu nội gõ giùm, cho hỏi giá vàng hôm nay');
});

test('a monthly allowance told received ("có lãnh tiền người già hằng tháng", "đang lãnh trợ cấp", "đang hưởng trợ cấp") is the story of the funeral allowance asked (dialogs-tune-307/183/189)', () => {
  expectLabel('lien-thong-khai-tu', 'ba tui có lãnh tiền người già hằng tháng thì có được tiền mai táng hông');
  expectLabel('lien-thong-khai-tu', 'má tui đang lãnh trợ cấp người cao tuổi hằng tháng, vậy có được hỗ trợ tiền mai táng hông');
  expectLabel('lien-thong-khai-tu', 'bố tôi là người khuyết tật đang hưởng trợ cấp hằng tháng ở xã thì có được hỗ trợ mai táng ko');
  // (receiving it asked is the allowance)
  expectLabel('tro-cap-xa-hoi', 'mẹ tôi 76 tuổi có lãnh trợ cấp người cao tuổi được không');
});

test('"sang tên" of a car or a motorbike ("mua oto cũ muốn sang tên") is registering the vehicle, not the land (refines, dialogs-tune-273)', () => {
  expectLabel('dang-ky-xe', 'e mua oto cu muon sang ten qua tinh khac thi lam sao ad');
  expectLabel('dang-ky-xe', 'mới mua lại chiếc xe máy cũ, sang tên ở đâu vậy');
  // (the vehicle named by its make or model, or "sang tên đổi chủ": dialogs-tune-593/381)
  expectLabel('dang-ky-xe', 'mua lai con Vision cu cua ban, gio sang ten sao ad');
  expectLabel('dang-ky-xe', 'thủ tục sang tên đổi chủ làm ở đâu');
  // (land named: the land's transfer)
  expectLabel('dang-ky-bien-dong-dat-dai', 'mua đất rồi muốn sang tên thì làm sao');
});

test('English and chat words: "gặp staff, real person" asks for a person, "hey ad" greets, "dạ vg" agrees, a page that "load chậm như rùa" is complained about (dialogs-tune-494)', () => {
  expectLabel('human', 'cho e gap staff dc k, real person ấy');
  expectLabel('greeting', 'hey ad');
  expectLabel('thanks', 'dạ vg');
  expectLabel('complaint', 'web load chậm như rùa 🐢 tệ thật');
  expectLabel('status', 'HS250912003'); // a prefix and nine digits, sent alone
});

test('"máy ngày" (and Telex "mays ngayf") is "mấy ngày" mistyped: how long it takes, while "trên máy" stays the phone (dialogs-tune-493/196)', () => {
  expect(matcher.analyze('máy ngày thì có thẻ bhyt cho bé').aspect).toBe('duration');
  expect(matcher.analyze('lý lịch tư pháp mays ngayf cos').aspect).toBe('duration');
});

test('"còn thời gian thì sao" asks how long; "có khác nhau giữa online với trực tiếp" after the fee asks the fee (dialogs-tune-497)', () => {
  expect(matcher.analyze('hộ chiếu còn thời gian thì sao').aspect).toBe('duration');
  expect(matcher.analyze('làm hộ chiếu phí bn vậy ad, có khác nhau giữa làm online với nộp trực tiếp ko').aspect).toBe('fee');
});

test('"xin được hướng dẫn thủ tục" asks how, not who may receive ("được hưởng") (dialogs-tune-495)', () => {
  expect(matcher.analyze('Kính gửi UBND xã. Cha tôi đã từ trần ngày 03/7 tại nhà. Gia đình xin được hướng dẫn thủ tục khai tử, xoá thường trú và hưởng trợ cấp mai táng cho cha tôi.').aspect).toBe('overview');
  expect(matcher.analyze('mẹ tôi 80 tuổi có được hưởng trợ cấp xã hội không').aspect).toBe('eligibility');
});

test('a paper told issued ("bệnh viện đã cấp giấy báo tử, …") and a procedure told done are the story of the one asked next, the words inside the paper\'s name too (dialogs-tune-493)', () => {
  expectLabel('xoa-dang-ky-thuong-tru', 'Ba em mất tuần trước ạ. Bệnh viện đã cấp giấy báo tử, nhà em cũng đã làm khai tử ở UBND xã xong rồi. Giờ em muốn cắt khẩu cho ba thì làm răng ạ');
  // (asked whether it was: not told done)
  expectLabel('dang-ky-khai-tu', 'bệnh viện đã cấp giấy báo tử chưa thì mới làm khai tử được');
});

test('a hamlet\'s name ("trưởng thôn Hạ") asks nothing: a hello and a question announced is an opening; "thôn nào" still asks (dialogs-tune-495)', () => {
  expectLabel('greeting', 'Chào ad, tôi là trưởng thôn Hạ, xin phép hỏi một việc ạ.');
  expect(asksSomething('', ['o', 'thon', 'nao'])).toBe(true);
});

test('"trao đổi trực tiếp với đồng chí công chức" asks for a person ("trao" stays itself, not "trò") (dialogs-tune-495)', () => {
  expectLabel('human', 'Tôi xin được trao đổi trực tiếp với đồng chí công chức tư pháp - hộ tịch, vì việc của tôi có nhiều chi tiết khó trình bày qua tin nhắn.');
});

test('a hospital\'s records, a school\'s certificate of study, a blocked phone line and the yearly land tax are other bodies\' matters (markers, dialogs-tune-498/433)', () => {
  expectLabel('out_of_scope', 'cho e xin lai ho so benh an cua ba e o benh vien huyen dc ko ad');
  expectLabel('out_of_scope', 'cho e hoi xin giay xac nhan dang hoc cua con o truong thi xa cap cho dc ko a');
  expectLabel('out_of_scope', 'số thuê bao của em bị khoá 1 chiều do chưa cập nhật căn cước, ra đâu để mở ạ');
  expectLabel('out_of_scope', 'thue dat phi nong nghiep nam nay nop o dau vay a');
  // (the rent asked is no subscriber: "thuê bao nhiêu")
  expectLabel('dang-ky-tam-tru', 'em thuê phòng trọ, thuê bao nhiêu tháng thì phải đăng ký tạm trú');
});

test('insurance sold by companies, company and rental taxes, food-delivery apps and bus tickets are out of scope; "hỏi về xe" is not (markers, dialogs-tune-161/415/361/371)', () => {
  expectLabel('out_of_scope', 'bảo hiểm sức khoẻ Bảo Việt tui mua có xài chung với bhyt được hông');
  expectLabel('out_of_scope', 'tiền thuế cho thuê phòng trọ phải đóng bao nhiêu % ad');
  expectLabel('out_of_scope', 'còn đăng ký bán món lên grabfood với shopeefood thì làm sao ạ');
  expectLabel('out_of_scope', 'cho hoi mua ve xe khach ve que an tet o dau');
  expectLabel('dang-ky-xe', 'cho hoi ve xe may moi mua thi dang ky bien so o dau');
  // (a scholarship or a savings book is the purpose of a record asked for)
  expectLabel('trich-luc-ho-tich', 'xin trich luc khai tu cua me de ra ngan hang rut so tiet kiem thi can mang theo gi');
});

test('a keyword or marker the bot would read as another word is listed ("pvi" read as "phí" would fire on every fee question); the shipped data has none', () => {
  expect(matcher.misread).toEqual([]);
  const { source } = loadSourceFromFiles();
  const withSlip = buildSnapshot({ ...source, intents: source.intents.map((d) => (d.intent === 'out_of_scope' ? { ...d, markers: [...(d.markers ?? []), 'pvi'] } : d)) }).matcher;
  expect(withSlip.misread).toEqual(['pvi → phi']);
});

test('"hẹn tôi 3 lần rồi mà vẫn chưa …" voices a complaint (not "hẹn bà lần sau") (dialogs-tune-505)', () => {
  const a = expectLabel('complaint', 'cán bộ địa chính hẹn tôi 3 lần rồi mà vẫn chưa xuống đo đất, thế là thế nào');
  expect(a.voiced).toBe(true);
  expect(matcher.analyze('cán bộ hẹn bà lần sau quay lại').voiced).toBe(false);
});

test('"được không hay phải chờ" asks whether it is allowed now, "phải đóng bhxh bao lâu mới được hưởng" the condition; "lấy liền được không hay đợi mấy ngày" still asks how long (dialogs-tune-502/505)', () => {
  expect(matcher.analyze('còn rút bhxh 1 lần thì có đc hông hay phải chờ 1 năm').aspect).toBe('eligibility');
  expect(matcher.analyze('bhxh mot lan rut luon duoc hong hay phai cho').aspect).toBe('eligibility');
  expect(matcher.analyze('trợ cấp thất nghiệp phải đóng bhxh bao lâu mới đc hưởng dzậy').aspect).toBe('eligibility');
  expect(matcher.analyze('chứng thực bản sao lấy liền dc k hay đợi mấy ngày').aspect).toBe('duration');
  expect(matcher.analyze('làm giấy khai sanh nộp buổi sáng thì chiều lãnh được hông hay phải chờ').aspect).toBe('duration');
});

test('"có mấy việc muốn nhờ tư vấn" announces questions (a greeting); a SIM\'s subscriber details are the network\'s matter (dialogs-tune-503/505)', () => {
  expectLabel('greeting', 'Chào ad ạ, e có mấy việc muốn nhờ tư vấn giúp ông ngoại e');
  expectLabel('out_of_scope', 'sim cua toi chua chuan hoa thong tin thue bao, bi khoa 1 chieu roi lam sao');
});

test('complaints about being sent back and forth ("bảo sang công an, sang công an thì bảo về xã … chả ai giải quyết") and about the app ("bug hoài", "app gì mà khó xài") (dialogs-tune-506/509)', () => {
  expectLabel('complaint', 'e lên UBND xã thì bảo sang công an, sang công an thì bảo về xã, đi đi về về 2 buổi chả ai giải quyết. Xã em mới sáp nhập nên loạn hết cả');
  expectLabel('complaint', "app cứ báo 'Hệ thống đang bận, vui lòng thử lại sau' ko vô dc, bug hoài 😤");
  expectLabel('complaint', "nộp 3 lần rồi mà bị từ chối vì 'file đính kèm không hợp lệ', ko hiểu sai chỗ nào, app gì mà khó xài z");
});

test('an office\'s address or phone asked ("ở địa chỉ nào, sđt bao nhiêu", "ủy ban ở đâu v"), one\'s own application looked up ("e tra hồ sơ của e ở đâu") and "có cán bộ nào ở xã làm giúp cho không" voice their intents (dialogs-tune-508/494/509)', () => {
  expect(expectLabel('office', 'trung tâm dịch vụ việc làm tỉnh ở địa chỉ nào, sđt bao nhiêu').voiced).toBe(true);
  expect(expectLabel('office', 'ủy ban ở đâu v, phường e mới sáp nhập 🤔').voiced).toBe(true);
  expect(expectLabel('status', 'mà e đăng ký hơn tháng r app vẫn báo đang chờ duyệt, e tra hồ sơ của e ở đâu').voiced).toBe(true);
  expect(expectLabel('human', 'tôi có tuổi rồi không rành điện thoại, có cán bộ nào ở xã làm giúp cho không').voiced).toBe(true);
});

test('"nghe nói đăng ký xe online đc, làm sao": the story says it is done online, the question asks how (dialogs-tune-508)', () => {
  expect(matcher.analyze('nghe nói đăng ký xe online đc, làm sao').aspect).toBe('online');
});

test('time gone since filing and nothing heard ("nộp trên dịch vụ công 10 ngày rồi chưa thấy gì", "nộp đơn từ tháng 6 đến giờ chưa nghe gì") asks the status, whatever procedure it names; protested, it stays a complaint (dialogs-tune-339/272/461/192)', () => {
  expect(expectLabel('status', 'ho so doi bang lai, nop tren dich vu cong 10 ngay roi chua thay gi').voiced).toBe(true);
  expectLabel('status', 'nha e nop don xin ho ngheo tu thang 6 den h chua nghe gi');
  expectLabel('status', 'Cho mình hỏi hồ sơ đổi GPLX mình nộp trên VNeID 20 ngày rồi vẫn thấy đang xử lý');
  expectLabel('complaint', 'TRỜI ƠI SAO CÁI GÌ CŨNG LÂU, HỒ SƠ ĐẤT CỦA EM TÔI NỘP 4 THÁNG CHƯA CÓ');
});

test('where an office now is ("uỷ ban xã mới đóng ở chỗ mô", "văn phòng đăng ký đất đai giờ nằm ở đâu") is the office, not an application; "nộp hơn tháng rồi chưa thấy gì", "nộp 5 ngày rồi sao chưa có" ask the status (dialogs-tune-510/511)', () => {
  expect(expectLabel('office', 'xã tui sáp nhập rồi, giờ uỷ ban xã mới đóng ở chỗ mô rứa').voiced).toBe(true);
  expectLabel('office', 'van phong dang ky dat dai gio nam o dau, truoc o huyen Ben Luc Long An do');
  expectLabel('status', 'ho so cua toi gio nam o dau');
  expectLabel('status', 'hồ sơ chuyển mục đích đất của nhà em đó ạ, nộp hơn tháng rồi chưa thấy gì');
  expectLabel('status', 'ddos laf hoof sow ddang kys HKD cuar tooi, nop 5 ngay roi sao chua co');
});

test('"đem chứng thực chữ ký ở đâu" takes a paper to be certified: the procedure asked, not a paper carried (dialogs-tune-513)', () => {
  expect(matcher.analyze('nó ký giấy uỷ quyền rồi gửi về, thì đem chứng thực chữ ký ở đâu hả cháu').contextMention).toBe(false);
  // (a card carried by name still is)
  expect(matcher.analyze('làm hộ chiếu có cần mang cmnd theo không').procedure).toBe('cap-ho-chieu');
});

test('"đi nước ngoài lâu quá là bị cắt khẩu hả" tells a condition, not how long it takes (dialogs-tune-513)', () => {
  expect(matcher.analyze('nghe hang xom noi di nuoc ngoai lau qua la bi cat khau ha ad, chong e co bi xoa thuong tru ko').aspect).toBe('eligibility');
  expect(matcher.analyze('xoá thường trú lâu quá, mấy ngày mới xong vậy').aspect).toBe('duration');
});

test('a shop moved to another ward ("tiệm sửa xe chuyển từ phường Phú Hoà sang phường bên cạnh … giấy đăng ký kinh doanh") changes the household business (marks, dialogs-tune-512)', () => {
  expectLabel('thay-doi-ho-kinh-doanh', 'tiem sua xe cua toi chuyen tu phuong Phu Hoa sang phuong ben canh thi phai lam thu tuc gi voi giay dang ky kinh doanh');
});

test('"theo quyết định của tòa án" is a court decision held, the story of the marriage asked; "chuyển về chưa rành" is no transfer asked; "gặp nv", "ô kê" (dialogs-tune-514/515)', () => {
  expectLabel('dang-ky-ket-hon', 'chao ad, toi ly hon tu nam 2021 theo quyet dinh cua toa an, nay muon ket hon lai thi can nhung giay to gi');
  expectLabel('out_of_scope', 'kiện ra tòa án thì nộp đơn ở đâu');
  expectLabel('office', 'bộ phận một cửa nằm ở đâu dạ, tui mới chuyển về chưa rành');
  expectLabel('status', 'hồ sơ chuyển về xã chưa ad');
  expectLabel('human', 'gặp nv đc k');
  expectLabel('thanks', 'ô kê');
});

test('"hạn đăng ký khai tử là mấy ngày" asks the deadline ("thời hạn giải quyết là mấy ngày" how long it takes); "thẻ … e làm ở công an xã … đã có chưa" asks the status (dialogs-tune-517/516)', () => {
  expect(matcher.analyze('con han dang ky khai tu la may ngay ke tu luc mat').aspect).toBe('eligibility');
  expect(matcher.analyze('đăng ký khai tử thời hạn giải quyết là mấy ngày').aspect).toBe('duration');
  expectLabel('status', 'cho e hỏi thẻ căn cước e làm ở công an xã Yên Phong đã có chưa ạ');
});

test('very short follow-ups: "ai cấp" asks which office, "quá 60 ngày r" the deadline passed, "trợ cấp cho ng già" is no price, "sổ gốc cũng mất thì sao" marks the register lost (dialogs-tune-515/278)', () => {
  expect(matcher.analyze('ai cấp').aspect).toBe('where');
  expect(matcher.analyze('quá 60 ngày r').aspect).toBe('eligibility');
  expect(matcher.analyze('trợ cấp cho ng già').aspect).not.toBe('fee');
  expect(matcher.analyze('sổ gốc cũng mất thì sao').marked).toContain('dang-ky-lai-khai-sinh');
  // (who may receive it still asks a condition)
  expect(matcher.analyze('ai được cấp thẻ bhyt miễn phí').aspect).toBe('eligibility');
});

test('the paper named right after a certified copy ("photo công chứng giấy đăng ký kết hôn làm ở đâu") is what is copied, not its procedure; its words ask nothing ("cần sao y giấy chứng sinh ra mấy bản" is no question of papers) (dialogs-tune-514/176)', () => {
  expectLabel('chung-thuc-ban-sao', 'cho hỏi photo công chứng giấy đăng ký kết hôn làm ở đâu vậy');
  // (with the paper's own leading words between: dialogs-tune-587)
  expectLabel('chung-thuc-ban-sao', 'cần sao y cái giấy chứng nhận đăng ký hộ kinh doanh 3 bản thì tới đâu');
  expect(matcher.analyze('vk e cũng cần sao y giấy chứng sinh ra mấy bản để nộp chế độ thai sản ở cty').aspect).not.toBe('documents');
  // (a copy from the register is still its own procedure)
  expectLabel('trich-luc-ho-tich', 'xin bản sao trích lục kết hôn ở đâu');
});

test('"làm cấp đổi hay cấp lại ạ", "cấp lại hay cấp mới ạ" ask which kind applies — what the procedure is (dialogs-tune-517)', () => {
  expect(matcher.analyze('Mình bị mất ví, mất luôn cả thẻ căn cước gắn chip, vậy giờ làm cấp đổi hay cấp lại ạ?').aspect).toBe('overview');
  expect(matcher.analyze('thẻ bhyt của mẹ cháu bị rách mất một góc, vậy làm cấp lại hay cấp mới ạ').aspect).toBe('overview');
  // (not a fee or a place asked after it)
  expect(matcher.analyze('thẻ bhyt bị rách, cấp lại hay cấp mới thì phí bao nhiêu').aspect).toBe('fee');
});

test('"sao chưa có thẻ bhyt của bé vậy ad, nộp 2 tuần rồi" asks the status; land that others are selling ("người ta đang rao bán") is out of scope (dialogs-tune-510/512/495)', () => {
  expect(expectLabel('status', 'sao chưa có thẻ bhyt của bé vậy ad, nộp 2 tuần rồi').voiced).toBe(true);
  expectLabel('out_of_scope', 'ke ben co lo dat nguoi ta dang rao ban, ad biet gia dat khu do khoang nhieu ko');
  // (protested, no status check)
  expect(matcher.analyze('sao chưa có thẻ bhyt của bé, nộp 2 tuần rồi, chậm quá').intent).not.toBe('status');
});

test('"làm thẻ căn cước" names making a card, even beside a paper already held or a guardianship told before (dialogs-tune-383)', () => {
  const a = expectLabel('cap-the-can-cuoc', 'bé nhà em 8 tuổi, có giấy khai sinh rồi, giờ làm thẻ căn cước cho bé thì cần giấy gì');
  expect([a.aspect, a.keywordStrength > 0]).toEqual(['documents', true]);
  // (a lost card is still its re-issue)
  expectLabel('cap-lai-the-can-cuoc', 'em làm thẻ căn cước bị mất rồi giờ sao ạ');
});

test('a hello to the office ("chào các anh chị ở uỷ ban ạ"), who writes, and "cho tôi hỏi một việc" open the chat: nothing is asked yet (dialogs-tune-518)', () => {
  expectLabel('greeting', 'Chào các anh chị ở phường ạ. Em tên Hà, nhà em ở tổ 3 khu phố Bình Minh, quận 9 cũ. Cho em hỏi một việc với ạ');
  // (the hello that asks where is a question)
  expect(matcher.analyze('Chào anh chị, làm khai sinh ở đâu ạ. Em tên Hà, nhà ở tổ 3. Cho em hỏi một việc với ạ').intent).not.toBe('greeting');
});

test('filed, nothing yet, and where to ask or look it up ("gửi … hôm thứ 2 mà chưa lấy được, … hỏi ở đâu", "… vẫn đang chờ duyệt, tra ở đâu") asks the status (dialogs-tune-529)', () => {
  expectLabel('status', 'con gửi hồ sơ xin giấy độc thân hôm thứ 2 mà chưa lấy được, không có phiếu hẹn, giờ con hỏi ở đâu');
  expectLabel('status', 'nộp đơn xin trợ cấp từ tháng 4 mà không thấy xã trả lời gì, hỏi ở đâu');
  expectLabel('status', 'e lam the bhyt cho be o xa 2 tuan r ma van dang cho duyet, tra o dau a');
  // (not filed yet, or papers missing: where to go)
  expectLabel('dang-ky-khai-sinh', 'em chưa làm khai sinh cho con, làm ở đâu');
});

test('time since filing and nothing heard asks the status even when the procedure is named ("hs lltp của e, nộp 12 ngày r chưa thấy gì"), unless the delay is protested ("quá hạn rồi", "bị trễ quá") (dialogs-tune-528)', () => {
  expectLabel('status', 'hồ sơ cấp lại thẻ bhyt của mạ, nộp 3 tuần rồi chưa thấy chi');
  expectLabel('status', 'ho so trich luc khai sinh cua e nop 10 ngay r chua thay gi ca');
  expect(matcher.analyze('hồ sơ trích lục khai sinh nộp 2 tháng rồi chưa có, quá hạn rồi').intent).not.toBe('status');
  expect(matcher.analyze('ho so tro cap cua me nop tu thang 2 ma den gio chua thay tien, bi tre qua').intent).not.toBe('status');
});

test('grievances said outright beside a procedure: money asked to hurry it ("đòi … đưa 3 triệu"), "xét kiểu gì kỳ vậy", "thu cao vậy", money taken with no receipt; an office\'s hotline or room asked is an office question (dialogs-tune-522/520/521)', () => {
  expectLabel('complaint', 'cán bộ xã đòi nhà tôi đưa 3 triệu bồi dưỡng thì mới ký giấy phép xây dựng, vậy có đúng không');
  expectLabel('complaint', 'nhà tui làm đơn xin trợ cấp cho má mà bị loại, xét kiểu gì kỳ vậy');
  expectLabel('complaint', 'chung thuc ban sao 10 trang ma thu cao vay, nguoi ngheo lay dau ra tien');
  expectLabel('complaint', 'làm trích lục khai sinh ở xã, cán bộ thu 100 nghìn mà không đưa biên lai gì cả');
  expectLabel('office', 'cho em số đường dây nóng công an phường');
  // (a receipt asked for, or a fee asked, is no grievance)
  expectLabel('chung-thuc-ban-sao', 'chứng thực thu 2k một trang có biên lai không');
});

test('the register said kept however far its place is told ("sổ gốc ở UBND xã quê e vẫn còn") asks a copy from it, not a registration again (dialogs-tune-519)', () => {
  expectLabel('trich-luc-ho-tich', 'bản chính khai sinh mất rồi, sổ gốc ở UBND xã quê tui vẫn còn, xin lại sao ạ');
  // (the register lost: registered again)
  expectLabel('dang-ky-lai-khai-sinh', 'giấy khai sinh bản chính của em mất rồi, sổ gốc ở UBND phường Tân Phong cũ cũng mất luôn, làm sao ạ');
});

test('days counted past the promise with nothing yet ("quá 10 ngày làm việc rồi mà vẫn chưa có thẻ"), or a file left hanging ("cứ treo mãi"), protest the delay; late registration asked is no grievance (dialogs-tune-529)', () => {
  expectLabel('complaint', 'qua 10 ngay lam viec roi ma van chua co the can cuoc, tuan sau e di lam xa roi');
  expectLabel('complaint', 'nộp hồ sơ trợ cấp thất nghiệp quá 20 ngày theo quy định rồi đó, em cần tiền mà cứ treo mãi');
  expectLabel('dang-ky-khai-sinh', 'quá 30 ngày mà chưa có giấy khai sinh cho con thì có bị phạt không');
});

test('more copies of a civil-status paper asked ("cần thêm bản giấy chứng tử", "xin thêm 2 bản giấy khai sinh") are copies from the register (dialogs-tune-518)', () => {
  expectLabel('trich-luc-ho-tich', 'làm hồ sơ thừa kế cần thêm bản giấy chứng tử của ông thì xin ở đâu ạ');
  expectLabel('trich-luc-ho-tich', 'con muốn xin thêm 2 bản giấy khai sinh để nộp hồ sơ nhập học thì làm sao');
  // (registering the death itself)
  expectLabel('dang-ky-khai-tu', 'ông mới mất, làm giấy chứng tử ở đâu ạ');
});

test('the card itself wrong or mended ("căn cước của em ghi tên … thiếu dấu, khai sinh ghi đúng", "sửa ngày sinh trên thẻ căn cước") is a new card; the birth record said wrong is its correction (dialogs-tune-531/255)', () => {
  expectLabel('cap-the-can-cuoc', 'Căn cước của tôi ghi họ Lê thiếu dấu thành Le, giấy khai sinh thì ghi đúng. Giờ sửa lại thẻ thì làm sao');
  expectLabel('cap-the-can-cuoc', 'giấy khai sinh ghi ngày 5/8 mà căn cước ghi 1/1, sửa năm sinh trên thẻ căn cước thì làm sao');
  expectLabel('thay-doi-cai-chinh-ho-tich', 'giấy khai sinh của con ghi sai tên đệm, căn cước thì chưa làm, sửa thế nào ạ');
});

test('one\'s application looked up on the portal and not found ("sao e tra trên cổng dvc ko thấy nhỉ") asks the status; a procedure not found there does not (dialogs-tune-519/534)', () => {
  expectLabel('status', 'làm lý lịch tư pháp rồi mà tra trên cổng dvc ko thấy nhỉ');
  expectLabel('status', 'sao tôi tra trên vneid thì không thấy gì hết vậy, hồ sơ trợ cấp của mẹ tôi');
  expect(matcher.analyze('tra trên cổng dịch vụ công không thấy thủ tục khai sinh đâu').intent).not.toBe('status');
});

test('another paper lost after a civil-status one is named ("… so với khai sinh, mà tui làm mất bằng luôn rồi") is that paper\'s loss, not the record\'s (dialogs-tune-531)', () => {
  expectLabel('ban-sao-van-bang', 'bằng cấp 3 của tui ghi sai ngày sinh so với khai sinh, mà tui làm mất bằng luôn rồi, giờ xin lại bằng thì làm sao');
  // (the record itself lost)
  expectLabel('trich-luc-ho-tich', 'giấy khai sinh của tui bị mất rồi, xin lại ở đâu');
});

test('an opening that asks for someone else ("con chào ad, con hỏi giùm mạ con chút", "cho em hỏi thay bố em với") asks nothing yet (dialogs-tune-534)', () => {
  expectLabel('greeting', 'con chào cô, con hỏi giùm mẹ con chút');
  expectLabel('greeting', 'chào ad, cho cháu hỏi thay ông nội với ạ');
});

test('the price of land one wants to buy ("muốn mua thêm miếng đất nhà bên, giá bao nhiêu là hợp lý", "giá đất khu đó chừ bao nhiêu") is out of scope; land bought at an agreed price, to be transferred, is not (dialogs-tune-521/527/465)', () => {
  expectLabel('out_of_scope', 'nhà tui muốn mua thêm mảnh đất của hàng xóm, giá bao nhiêu thì vừa ad');
  expectLabel('out_of_scope', 'ad biết giá đất khu chợ mới giờ bao nhiêu không');
  expectLabel('dang-ky-bien-dong-dat-dai', 'mới mua miếng đất của ông chú, giá cả thoả thuận xong rồi, giờ sang tên ở đâu');
});

test('a question wholly in English names its procedure and aspect ("what documents do I need to marry my fiancée", "how much does the criminal record cost") (dialogs-tune-539)', () => {
  const a = expectLabel('dang-ky-ket-hon', 'I am Canadian and want to marry my Vietnamese girlfriend in Hue. What documents do I need?');
  expect(a.aspect).toBe('documents');
  expect(expectLabel('ly-lich-tu-phap', 'how much does a criminal record certificate cost for a foreigner').aspect).toBe('fee');
});

test('the land title itself wrong ("sổ đỏ ghi sai năm sinh của tôi, muốn đính chính") is a change registered on it, not a correction of the civil record (dialogs-tune-540)', () => {
  expectLabel('dang-ky-bien-dong-dat-dai', 'sổ hồng nhà tôi ghi sai tên đệm của vợ, muốn đính chính thì làm ở đâu');
  expectLabel('thay-doi-cai-chinh-ho-tich', 'giấy khai sinh ghi sai tên đệm của vợ, muốn cải chính thì làm ở đâu');
});

test('a paper an out-of-scope business asks for ("bên dịch vụ visa kêu nộp giấy xác nhận cư trú", "ngân hàng yêu cầu nộp …") is asked, "phải" unsaid (dialogs-tune-537)', () => {
  expectLabel('xac-nhan-cu-tru', 'Em tính đi du lịch Hàn, bên dịch vụ visa kêu nộp giấy xác nhận cư trú. Giấy đó là gì vậy ad?');
  // (the visa itself asked stays out of scope)
  expectLabel('out_of_scope', 'làm visa đi Hàn cần những giấy gì');
});
