import { buildSnapshot } from '../../src/knowledge/kb';
import { loadSourceFromFiles } from '../../src/knowledge/source';
import { detectAspect } from '../../src/understanding/aspect';
import type { Matcher } from '../../src/understanding/matcher';
import type { Aspect } from '../../src/understanding/types';

// detectAspect works on normalised, folded text: fold with the real normaliser (lexicon + vocabulary).
let matcher: Matcher;
beforeAll(() => {
  matcher = buildSnapshot(loadSourceFromFiles().source).matcher;
});
const aspectOf = (text: string) => detectAspect(matcher.analyze(text).normalized);

const PHRASINGS: Record<Aspect, string[]> = {
  fee: ['lệ phí làm cái này là bao nhiêu', 'có tốn tiền không ạ', 'nộp phí hết nhiêu vậy ad', 'co mien phi khong', 'mất bao nhiêu tiền vậy', 'phải đóng tiền gì không'],
  duration: ['bao lâu thì lấy được kết quả', 'mấy ngày thì có thẻ', 'khi nào thì có', 'thoi gian giai quyet la bao lau', 'LÂU KHÔNG AD'],
  where: ['nộp hồ sơ ở đâu', 'phải lên tỉnh hay làm ở xã', 'co quan nao giai quyet', 'lam o mo vay', 'đến chỗ nào để nộp'],
  online: ['có làm online được không', 'nộp qua mạng được không', 'lam tren vneid duoc ko', 'nop qua dich vu cong', 'gửi qua bưu điện được không'],
  documents: ['cần giấy tờ gì', 'hồ sơ gồm những gì', 'can mang theo gi', 'phải chuẩn bị những gì', 'có cần bản chính không'],
  eligibility: ['có bắt buộc không', 'có hạn chót không ạ', 'điều kiện là gì', 'quá hạn có bị phạt không', 'bao nhiêu tuổi thì được làm', 'ai được đứng tên'],
  overview: ['thủ tục như thế nào', 'hướng dẫn em với', 'làm sao để đăng ký', 'quy trình ra sao', 'lam ntn'],
};

describe('each aspect, several phrasings (diacritics, no diacritics, teencode, caps)', () => {
  for (const [aspect, texts] of Object.entries(PHRASINGS)) {
    test.each(texts)(`${aspect}: %s`, (text) => {
      expect(aspectOf(text)?.aspect).toBe(aspect);
    });
  }
});

test('"không có máy tính, điện thoại làm được không": done with a phone, online (dialogs-tune-472)', () => {
  expect(aspectOf('nha khong co may tinh dien thoai lam duoc khong')?.aspect).toBe('online');
  expect(aspectOf('lam bang dien thoai duoc khong')?.aspect).toBe('online');
});

test('"… thì mấy nghìn", "mấy ngàn ạ" ask the fee (dialogs-tune-477/385)', () => {
  expect(aspectOf('con chung thuc chu ky tren so yeu ly lich thi may nghin')?.aspect).toBe('fee');
  expect(aspectOf('may ngan a')?.aspect).toBe('fee');
});

test('"bao lâu phải có", "mấy ngày phải có quyết định": the time the office is allowed; "bao lâu thì phải đăng ký" is the citizen\'s deadline (dialogs-tune-476)', () => {
  expect(aspectOf('theo quy dinh cap so do lan dau thi bao lau phai co')?.aspect).toBe('duration');
  expect(aspectOf('theo luat may ngay phai co quyet dinh')?.aspect).toBe('duration');
  expect(aspectOf('bao lau thi phai dang ky khai sinh')?.aspect).toBe('eligibility');
});

test('"ở nhà làm ruộng" is a trade done at home, not doing it from home online (dialogs-tune-481)', () => {
  expect(matcher.analyze('ba toi 79 tuoi, o nha lam ruong ca doi khong co luong huu gi, thi co duoc huong tro cap khong').aspect).toBe('eligibility');
  expect(aspectOf('o nha lam duoc khong hay phai len xa')?.aspect).toBe('online');
});

test('whether an old paper still holds is eligibility, a law in force is not; "sổ" is no "Sở" (dialogs-tune-478)', () => {
  expect(aspectOf('bang lai cap o so gtvt quang binh gio nhap vo quang tri roi thi bang co con gia tri khong')?.aspect).toBe('eligibility');
  expect(aspectOf('so do con ghi dia danh cu vay co lam duoc khong')?.aspect).toBe('eligibility');
  expect(aspectOf('thu tuc nay theo luat ly lich tu phap 2009 con hieu luc khong')?.aspect).not.toBe('eligibility');
  expect(aspectOf('len so tu phap co lam duoc khong')?.aspect).toBe('where');
});

test('"có cần kèm CT07 không" asks for papers; "bên mua đóng hay bên bán" asks who pays, not where (dialogs-tune-468, -470)', () => {
  expect(aspectOf('xin ly lich tu phap co can kem xac nhan cu tru khong')?.aspect).toBe('documents');
  expect(aspectOf('thue voi le phi truoc ba khi sang ten thi ben mua dong hay ben ban chiu')?.aspect).toBe('fee');
  expect(aspectOf('nop o xa hay ben cong an')?.aspect).toBe('where');
});

test('"nghe nói nộp online được giảm còn 115k" asks the fee: "nói nộp" is no "nơi nộp" (dialogs-tune-439)', () => {
  expect(aspectOf('nghe noi nop online dc giam con 115k dung ko')?.aspect).toBe('fee');
  expect(aspectOf('noi nop ho so la o dau')?.aspect).toBe('where');
});

test('"báo cho công an thế nào" asks how, "nộp cho công an khu vực hay ai" asks where (dialogs-tune-455, -213, -106)', () => {
  expect(aspectOf('nhà em làm homestay, khách ở vài đêm thì khai báo cho công an thế nào ạ')?.aspect).toBe('overview');
  expect(aspectOf('khách tới ở 2 3 đêm thì e phải báo cho công an phường kiểu gì ạ')?.aspect).toBe('overview');
  expect(aspectOf('tạm trú thì nộp cho công an khu vực hay ai')?.aspect).toBe('where');
});

test('which of two people does it is eligibility: "chủ trọ làm hay tui", "em nộp hay chồng em" (dialogs-tune-440)', () => {
  expect(aspectOf('chủ trọ làm hay tui')?.aspect).toBe('eligibility');
  expect(aspectOf('em nộp hay chồng em')?.aspect).toBe('eligibility');
  // (not two ways of doing it, nor where first and who after)
  expect(aspectOf('làm online hay trực tiếp')?.aspect).toBe('online');
  expect(aspectOf('khai báo ở đâu ạ, chủ trọ khai hay em')?.aspect).toBe('where');
});

test('whether a person is exempt is eligibility; whether the procedure is free is its fee (from dialogs-tune-12/13)', () => {
  expect(aspectOf('vậy bả có được cấp thẻ bảo hiểm y tế miễn phí không')?.aspect).toBe('eligibility');
  expect(aspectOf('cả nhà có được cấp thẻ bhyt miễn phí ko ạ')?.aspect).toBe('eligibility');
  expect(aspectOf('làm thẻ có miễn phí không')?.aspect).toBe('fee');
});

test('more ways to ask (from dialogs-tune-16)', () => {
  expect(aspectOf('làm cái ni có mất đồng mô không')?.aspect).toBe('fee');
  expect(aspectOf('tiền trước bạ có phải đóng không')?.aspect).toBe('fee');
  expect(aspectOf('có cần giấy khai sinh bản chính ko hay chỉ cần bản sao')?.aspect).toBe('documents');
  expect(aspectOf('để quá 2 tháng mới đi khai thì sao')?.aspect).toBe('eligibility');
  expect(aspectOf('cháu dưới 14 tuổi thì ai đứng ra ký')?.aspect).toBe('eligibility');
  expect(aspectOf('người khuyết tật thì có được cấp thẻ miễn phí không')?.aspect).toBe('eligibility');
  expect(aspectOf('trường hợp nào thì được miễn')?.aspect).toBe('eligibility');
  expect(aspectOf('e đóng đc 10 tháng thì đủ chưa')?.aspect).toBe('eligibility');
  expect(aspectOf('chủ nhà không cho thì sao')?.aspect).toBe('eligibility');
  expect(aspectOf('bé bị khuyết tật không đi được thì sao')?.aspect).toBe('eligibility');
  expect(aspectOf('vợ em người Nhật thì sao')?.aspect).toBe('eligibility');
  expect(aspectOf('anh ấy đang đi tù thì sao')?.aspect).toBe('eligibility');
  expect(aspectOf('đất đang tranh chấp thì sao')?.aspect).toBe('eligibility');
  expect(aspectOf('công ty chưa chốt sổ thì sao')?.aspect).toBe('eligibility');
  expect(aspectOf('nghỉ hưu rồi thì còn hưởng không')?.aspect).toBe('eligibility');
  expect(aspectOf('có giới hạn tuổi không')?.aspect).toBe('eligibility');
  expect(matcher.analyze('công an huyện Thanh Liêm Hà Nam có làm hộ chiếu ko').aspect).toBe('where'); // does this agency do it
  expect(matcher.analyze('hộ chiếu là gì, có cần không').aspect).toBe('overview'); // the first clause asked
  expect(aspectOf('điều kiện để được xét hộ cận nghèo là gì')?.aspect).toBe('eligibility');
  expect(aspectOf('nghỉ việc bao lâu thì rút được')?.aspect).toBe('eligibility'); // how long one must wait to be allowed
  expect(aspectOf('nộp hồ sơ bao lâu thì được hưởng')?.aspect).toBe('duration'); // when the money comes
  expect(aspectOf('nộp rồi thì bao lâu má mới được lãnh tiền')?.aspect).toBe('duration'); // "mới được": until, not a condition
  expect(aspectOf('mấy phút là xong ạ')?.aspect).toBe('duration');
  expect(aspectOf('con mình đã 20 tuổi, nó tự đi làm hay bố mẹ đi được')?.aspect).toBe('eligibility'); // who must go
  expect(aspectOf('cả nhà phải có mặt đủ không, anh chị em tôi ở xa')?.aspect).toBe('eligibility'); // not "đủ" papers
  expect(aspectOf('tự làm trên đt được không hay phải ra công an')?.aspect).toBe('online'); // doing it oneself, online
  expect(aspectOf('tôi là con trai đi làm giấy tờ thay có được không ạ')?.aspect).toBe('eligibility'); // on her behalf
  expect(aspectOf('ba mất bao nhiêu ngày thì phải đi khai tử')?.aspect).toBe('eligibility'); // the deadline
  expect(matcher.analyze('thời hạn đi khai tử là bao lâu vậy ad').aspect).toBe('eligibility'); // the citizen's deadline
  expect(matcher.analyze('thời hạn giải quyết khai tử là bao lâu').aspect).toBe('duration'); // how long it takes
  expect(aspectOf('có bắt buộc làm trong mấy ngày không')?.aspect).toBe('eligibility'); // a deadline
  expect(aspectOf('có giới hạn thời gian nộp không')?.aspect).toBe('eligibility');
  expect(aspectOf('chứng thực mấy nghìn 1 trang vậy')?.aspect).toBe('fee'); // per page
  expect(aspectOf('mấy nghìn 1 chữ ký')?.aspect).toBe('fee');
  expect(matcher.analyze('đk để dc công nhận hộ cận nghèo là j ạ').aspect).toBe('eligibility'); // "đk để" is điều kiện
  expect(aspectOf('muốn xét hộ cận nghèo thì tiêu chí sao')?.aspect).toBe('eligibility');
  expect(aspectOf('thanh toán lệ phí trên cổng bằng cách nào')?.aspect).toBe('fee'); // paying, wherever it is paid
  expect(aspectOf('đăng ký biển số thì công an xã làm luôn đc ko')?.aspect).toBe('where'); // does this agency do it
  expect(aspectOf('ngày nào đi lấy được')?.aspect).toBe('duration');
  expect(aspectOf('con tôi 15 tuổi có tự làm tài khoản được không')?.aspect).toBe('eligibility'); // "làm tài khoản", not "làm tại"
  // ("hạn nộp?" is the deadline; "người Hàn nộp đâu" is Korea, a place; "nộp xã hả" guesses the place — dialogs-tune-611)
  expect(aspectOf('hạn nộp?')?.aspect).toBe('eligibility');
  expect(aspectOf('kết hôn với người Hàn nộp đâu')?.aspect).toBe('where');
  expect(aspectOf('nộp phường hả')?.aspect).toBe('where');
  // (an age, then "done online?": the online aspect — dialogs-tune-584/574)
  expect(aspectOf('bé nhà em 6 tuổi có làm online được không')?.aspect).toBe('online');
  expect(aspectOf('bé nhà em 6 tuổi có làm được không')?.aspect).toBe('eligibility');
  expect(aspectOf('làm tại xã được không')?.aspect).toBe('where');
  expect(aspectOf('hồ sơ hưởng mai táng phí cần thêm gì')?.aspect).toBe('documents');
  expect(aspectOf('còn sơ yếu lý lịch cần xác nhận chữ ký thì có làm cùng chỗ ko ạ')?.aspect).toBe('where'); // the same place
  expect(aspectOf('định danh mức 2 là cái gì vậy, ai cũng nói phải làm')?.aspect).not.toBe('where'); // "cũng nói", not "cùng nơi"
  expect(aspectOf('nghỉ việc bao nhiêu ngày thì hết hạn nộp hồ sơ thất nghiệp')?.aspect).toBe('eligibility');
  expect(aspectOf('sang tên miếng đất ba để lại cho mấy anh em thì lên văn phòng đăng ký đất đai hay ở xã')?.aspect).toBe('where'); // "cho mấy anh em", not "chờ mấy"
  expect(aspectOf('nộp xong chờ mấy ngày thì có')?.aspect).toBe('duration');
  expect(aspectOf('hồ sơ đổi gồm cái chi')?.aspect).toBe('documents');
  expect(matcher.analyze('sổ hộ khẩu mất rồi, giờ cần giấy chứng minh nơi ở thì xin cái gì').aspect).toBe('overview'); // which paper
  expect(matcher.analyze('sổ hộ khẩu mất rồi, cần giấy chứng minh nơi ở thì xin cái gì ở đâu').aspect).toBe('where');
  expect(aspectOf('e dang o tphcm ma que o nghe an, co phai ve ben lam ko')?.aspect).toBe('where'); // "về bển", back there
  expect(aspectOf('LLTP số 2 thì có làm qua vneid đc ko')?.aspect).not.toBe('where'); // "số 2", not "Sở"
  expect(aspectOf('người bà con lên ở 3 tháng, vậy phải đk tạm trú hay gì')?.aspect).toBe('eligibility');
  expect(aspectOf('phải mang thoe gì')?.aspect).toBe('documents'); // "thoe" is "theo"
  expect(aspectOf('chồng đi làm xa, em đi làm 1 mình được hông')?.aspect).toBe('eligibility'); // alone
  expect(aspectOf('làm trên VNeID đc hk, em ở nhà 1 mình với bé không đi được')?.aspect).toBe('online'); // alone at home
  expect(aspectOf('bao giờ thì được xét')?.aspect).toBe('duration');
  // "có phải vậy không" confirms what was heard, it does not ask whether one must
  expect(matcher.analyze('nghe người ta nói khai tử xong là xoá thường trú luôn, có phải vậy hông cán bộ').aspect).not.toBe('eligibility');
  expect(aspectOf('thành lập công ty thì nộp hồ sơ cho sở nào')?.aspect).toBe('where'); // "sở nào", not "số nào"
  expect(aspectOf('cấp hộ chiếu gắn chíp giá nhiêu z')?.aspect).toBe('fee');
  expect(aspectOf('làm khai tử có phải đóng khoản nào không hay không lấy tiền')?.aspect).toBe('fee');
  expect(aspectOf('giấy phép lái xe hết hạn mấy tháng rồi, giờ đổi thì mang theo gì')?.aspect).toBe('documents'); // a period told
  // a clause that tells what someone said asks nothing: "chị cán bộ bảo" is no "chi" (gì) nor "bao" (bao nhiêu)
  expect(matcher.analyze('em lên xã hỏi thì chị cán bộ bảo sổ gốc hồi đó bị lũ cuốn mất rồi, vậy giờ sao ạ').aspect).toBe('overview');
  expect(matcher.analyze('khai sinh thì chị cán bộ bảo lên xã nộp, mà bao lâu thì có').aspect).toBe('duration');
  expect(aspectOf('đổi địa chỉ thì nộp hồ sơ thay đổi ở đâu')?.aspect).toBe('where'); // "thay đổi", not "thay" // ("phut" is a known word: not corrected to "phạt")
  expect(aspectOf('may phut la xong')?.aspect).toBe('duration');
  expect(aspectOf('ở đâu làm nhanh nhất')?.aspect).toBe('where');
  expect(aspectOf('cho hỏi xin lý lịch tư pháp để đi làm ở Nhật')?.aspect).not.toBe('where'); // where one will work
  expect(aspectOf('làm ở xã được không')?.aspect).toBe('where');
});

test('"lần đầu", "ban đầu", "đầu tư" are not "đâu" (where)', () => {
  expect(aspectOf('làm căn cước lần đầu cho con 14 tuổi')).toBeNull();
  expect(aspectOf('đăng ký đầu tư thì sao')?.aspect).not.toBe('where');
  expect(aspectOf('lam o dau')?.aspect).toBe('where');
});

test('indirect follow-ups (from dialogs-tune-18)', () => {
  expect(aspectOf('bấm điện thoại làm được hông')?.aspect).toBe('online');
  expect(aspectOf('phải làm trong mấy ngày')?.aspect).toBe('eligibility');
  expect(aspectOf('chung mo thi co')?.aspect).toBe('duration');
  expect(aspectOf('có tốn kém nhiều không')?.aspect).toBe('fee');
  expect(aspectOf('ai cũng phải có mặt hết hả')?.aspect).toBe('eligibility');
  expect(aspectOf('thì hồ sơ sao')?.aspect).toBe('documents');
  expect(aspectOf('xin vô thì cần chi')?.aspect).toBe('documents');
  expect(aspectOf('ai quyết, xã hay tỉnh')?.aspect).toBe('where');
  expect(aspectOf('đang hưởng mà có việc làm mới thì sao')?.aspect).toBe('eligibility');
  expect(aspectOf('giấy tờ chụp hình bằng điện thoại cũng được ạ')?.aspect).not.toBe('online'); // a photo, not the app
  expect(aspectOf('lam mat can cuoc tren may bay roi')?.aspect).not.toBe('online'); // on a plane, not on the computer (dialogs-tune-335)
  expect(aspectOf('khai trên máy được không')?.aspect).toBe('online');
  expect(aspectOf('vậy cải chính năm sinh cần giấy tờ gì mới được')?.aspect).toBe('documents'); // which papers (dialogs-tune-334)
  expect(aspectOf('bao nhiêu tuổi mới được làm')?.aspect).toBe('eligibility');
  expect(matcher.analyze('báo qa zalo dc ko hay phải ra cong an').aspect).toBe('online'); // the online way asked first (dialogs-tune-337)
  expect(matcher.analyze('nộp qua mạng được không hay phải lên xã').aspect).toBe('online');
  expect(aspectOf('cắt khẩu thì mất mấy đồng')?.aspect).toBe('fee'); // how many đồng (dialogs-tune-329)
  expect(aspectOf('còn sang tên thì nhiêu')?.aspect).toBe('fee'); // the South's "nhiêu" closing it (dialogs-tune-331)
  expect(aspectOf('làm cái này thì nhiêu vậy em')?.aspect).toBe('fee');
  expect(aspectOf('mấy đồng chí ở xã làm mất bao lâu')?.aspect).toBe('duration');
  expect(aspectOf('giấy khám sức khoẻ có bắt buộc không')?.aspect).toBe('documents'); // a paper of the file (dialogs-tune-87)
  expect(matcher.analyze('giay ma gi vay ad').aspect).toBe('documents'); // "giấy má": papers, colloquially (dialogs-tune-344)
  expect(matcher.analyze('giấy má lỉnh kỉnh ko em').aspect).toBe('documents');
  expect(matcher.analyze('xài mạng đăng ký đc k, lười đi quá').aspect).toBe('online');
  expect(matcher.analyze('bấm trên đt có xin được ko').aspect).toBe('online');
  // papers of the file weighed (dialogs-tune-109/117/179/328)
  expect(matcher.analyze('mang cmnd cũ được không hay phải căn cước mới').aspect).toBe('documents');
  expect(matcher.analyze('dang ky khai tu mat xien nao ko').aspect).toBe('fee'); // "xiền": tiền (tune-54)
  expect(matcher.analyze('dang nhap cong dich vu cong bang tai khoan gi').aspect).toBe('online'); // an account, no fee item
  expect(aspectOf('phải đóng thêm khoản gì nữa không')?.aspect).toBe('fee');
  expect(matcher.analyze('bố chỉ còn cmnd cũ với sổ hộ khẩu thôi có đc ko').aspect).toBe('documents');
  expect(matcher.analyze('chủ trọ có phải ký xác nhận gì trong hồ sơ ko').aspect).toBe('documents');
  expect(matcher.analyze('giấy chứng sinh ghi tiếng Trung thì có cần dịch ra tiếng Việt hông').aspect).toBe('documents');
  expect(matcher.analyze('tôi làm mất giấy khai sinh bản chính, sổ gốc ở xã vẫn còn, xin bản sao được không ạ').aspect).toBe('eligibility'); // may one
  expect(aspectOf('giấy phép xây dựng có bắt buộc không')?.aspect).toBe('eligibility'); // a permit: the duty
  expect(matcher.analyze('có phải nộp kèm trích lục khai tử của chồng không').aspect).toBe('documents'); // a paper of several words named (dialogs-tune-168)
  expect(aspectOf('kích hoạt mức 2 thì phải lên công an hả ad')?.aspect).toBe('where');
  expect(aspectOf('có cần ra bhxh huyện ko hay ở xã làm đc')?.aspect).toBe('where');
  expect(aspectOf('có làm ở phường luôn được hông')?.aspect).toBe('where');
  expect(matcher.analyze('ai quyết cho chuyển, xã hay tỉnh').aspect).toBe('where'); // a clause asking which of two
  expect(matcher.analyze('lltp làm trên vneid được không, hay phải lên công an tỉnh').aspect).toBe('online'); // "hay …" is the fallback
});

describe('within a clause, later question words win between cues of equal weight', () => {
  test.each<[string, Aspect]>([
    ['em đang thuê trọ có phải đăng ký tạm trú không', 'eligibility'],
    ['làm ở xã được không hay phải lên tỉnh', 'where'],
    ['giay to gi mat may ngay', 'duration'],
  ])('%s → %s', (text, aspect) => {
    expect(aspectOf(text)?.aspect).toBe(aspect);
  });

  test('position decides only between equal weights: a strong early cue beats a weak late one', () => {
    // "lệ phí" (3) early, bare "thời gian" (2) late
    expect(aspectOf('lệ phí bao nhiêu, thời gian')?.aspect).toBe('fee');
    // "ở đâu" (3) early, bare "tiền" (1) late
    expect(aspectOf('nộp ở đâu, có tiền')?.aspect).toBe('where');
  });
});

describe('clauses that ask nothing tell the story', () => {
  test.each<[string, Aspect]>([
    // the place in the story is not the question (from dialogs-tune-6/11)
    ['giấy khai sinh của tôi bị cháy, tôi lên xã hỏi thì cán bộ nói sổ lưu cũng mất luôn rồi, vậy thì tôi phải làm sao', 'overview'],
    ['mẹ tôi năm nay 62 tuổi, giấy khai sinh gốc mất từ lâu, giờ làm hồ sơ hưu thì phải làm thế nào', 'overview'],
    // …but with no question word anywhere, the clauses are read as before
    ['em cần giấy tờ để làm tạm trú', 'documents'],
    // Central "chi" (gì) asks too: the first question stays the first (from tune-5)
    ['khai báo tạm vắng cần giấy tờ chi, rồi khai ở mô', 'documents'],
    // a question closed by a kin word ("… không cháu", "… không o") asks; the clause before that only says the old man
    // cannot go out (dialogs-tune-310)
    ['ông nằm liệt không ra xã được, rứa có bắt buộc ông phải ký trước mặt cán bộ không cháu', 'eligibility'],
    // "cán bộ" addressed at the end is no "có cần" (dialogs-tune-310)
    ['mất mấy ngày thì có cán bộ', 'duration'],
  ])('%s → %s', (text, aspect) => {
    expect(matcher.analyze(text).aspect).toBe(aspect);
  });
});

describe('across clauses, the first clear question is what the citizen asks first', () => {
  const aspectInContext = (text: string) => matcher.analyze(text).aspect;
  test.each<[string, Aspect]>([
    ['làm căn cước cần giấy tờ gì, mất mấy ngày', 'documents'],
    ['làm căn cước mất mấy ngày, cần giấy tờ gì', 'duration'],
    ['xin trich luc khai sinh le phi bao nhieu, lam online dc ko', 'fee'],
    ['đổi bằng lái làm trên vneid được không, có phải lên tận nơi không', 'online'],
    // a settled clause asks nothing
    ['làm căn cước lệ phí thì tôi biết rồi, giờ nộp ở đâu', 'where'],
    ['làm căn cước nộp ở đâu thì em biết rồi, còn lệ phí bao nhiêu', 'fee'],
    // weak cues set the scene: among them the last clause is the question
    ['nghe nói có thể làm khai tử chung với xóa thường trú, vậy làm sao', 'overview'],
  ])('%s → %s', (text, aspect) => {
    expect(aspectInContext(text)).toBe(aspect);
  });

  test('detectAspect reads clause breaks from the separator', () => {
    expect(detectAspect('can giay to gi | mat may ngay')?.aspect).toBe('documents');
    expect(detectAspect('can giay to gi mat may ngay')?.aspect).toBe('duration');
  });
});

describe('phrasings that name no aspect word', () => {
  test.each<[string, Aspect]>([
    ['làm căn cước có phải ra tận nơi không', 'online'],
    ['đăng ký tạm trú trên vneid bấm vào đâu', 'online'],
    ['trợ cấp xã hội bao lâu thì được nhận', 'duration'],
    ['mua xe bao lâu phải sang tên', 'eligibility'],
    ['ong nha toi bi liet nua nguoi, co tro cap khuyet tat ko', 'eligibility'], // "có <the benefit> không": whether he gets it (dialogs-tune-311)
    ['nó ở nhiều chỗ rứa thì có phải vô Sài Gòn xin xác nhận không hay xin ở xã nhà là được', 'where'], // one place or the other (dialogs-tune-310)
    ['mạ tui năm ni tròn 80 tuổi nghe nói được nhận tiền người cao tuổi hằng tháng mần răng để nhận', 'overview'], // how to get it; the hearsay is its story (dialogs-tune-290)
    ['Rứa con cháu về chơi ở nhà mình mấy bữa thì phải khai báo răng o', 'overview'], // how it is declared; "mấy bữa" is the stay told (dialogs-tune-310)
    ['khai báo tạm vắng là chi, khác tạm trú chỗ mô rứa ad', 'overview'], // how two differ, "chỗ mô" read as "chỗ đâu" (tune-48)
    ['con gái tui làm công ty giày ở bình dương 6 năm giờ nghỉ dìa quê muốn rút bảo hiễm xã hội một lần được không', 'eligibility'], // "nghỉ về quê" is the story (dialogs-tune-320)
    ['e làm may ở Long An 5 năm, giờ nghỉ hẳn về quê muốn rút bảo hiểm 1 lần đc ko', 'eligibility'], // "nghỉ hẳn về quê" too (dialogs-tune-413)
    ['tôi bị mất ví giờ muốn làm lại căn cước thì lên đâu làm và làm lại có mất tiền không', 'where'], // two questions joined by "và": the first (dialogs-tune-423)
    ['muốn làm sổ đỏ lần đầu thì hồ sơ gồm những gì và có phải nộp tiền sử dụng đất không', 'documents'],
    ['bằng lái B2 sắp hết hạn thì đổi ở đâu với lại có đổi online được không', 'where'],
    ['mấy đứa nhỏ đi làm công ty ở Bắc Ninh cả năm mới về, có phải khai báo tạm vắng cho tụi nó không', 'eligibility'], // "cả năm mới về": a stay told (dialogs-tune-422)
    ['Xóm tôi có mấy cụ còn dùng chứng minh nhân dân 9 số, muốn đổi sang thẻ căn cước cho các cụ thì làm thế nào', 'overview'], // "còn dùng" a paper told held, not its validity asked (dialogs-tune-422)
    ['chứng minh nhân dân 9 số còn dùng được không', 'eligibility'],
    ['tui phai toi tan noi ky hay con di thay dc', 'eligibility'], // the other way is someone going instead, not online (dialogs-tune-320)
    ['con gai toi da dinh cu ben My may nam nay, gio muon cat khau no thi lam o dau', 'where'], // "tôi đã định cư", no "tối đa" (tune-49)
    ['e chưa nộp hồ sơ online bao giờ, hướng dẫn e tạo tài khoản với', 'overview'], // "chưa … bao giờ" closing a clause is never, no "when" (dialogs-tune-323)
    ['vậy năm nay tui nộp đơn thì tới chừng nào là hết hạn nhận đơn', 'eligibility'], // the deadline, asked with "tới chừng nào" (dialogs-tune-325)
    ['mẹ em ốm nằm một chỗ thì có bắt buộc cả bố cả mẹ ra xã ký không ạ', 'eligibility'], // whether both must come — who, not where (dialogs-tune-324)
    ['nếu phải khai thì khai ở công an xã hả', 'where'], // "nếu phải" is the condition; the check is of the place (dialogs-tune-321)
    ['với trước khi bay e phải lên HN học tiếng 3 tháng, ở trọ thì có phải đăng ký tạm trú hok', 'eligibility'], // "trước khi" tells when; it asks nothing (dialogs-tune-328)
    ['khach den luc 11h dem thi han bao la bao gio', 'eligibility'], // the deadline to report, asked by "bao giờ" (dialogs-tune-313)
    ['người già bao nhiêu tuổi thì được thẻ bhyt miễn phí', 'eligibility'],
    ['sắp đi làm xa thì phải khai báo tạm vắng hả', 'eligibility'],
    ['hỏi về trợ cấp cho người già', 'overview'],
    ['khai báo tạm vắng là gì, em chưa nghe bao giờ', 'overview'],
    ['căn cước bị mất rồi, hôm qua rớt đâu mất tiêu', 'overview'],
    ['làm hộ chiếu cho bé 3 tuổi có được không', 'eligibility'],
    ['làm căn cước cho bé dưới 6 tuổi trên vneid được không', 'online'],
    ['không có bản chính, chỉ có bản photo thì chứng thực được không', 'eligibility'],
    ['trợ cấp xã hội chừng mô thì có', 'duration'],
    ['đăng ký tạm trú mất mấy ngàyy', 'duration'],
    ['thông báo lưu trú thì báo cho công an xã hả', 'where'],
    // the steps asked, a place the procedure is done told; a Central "tới mô làm" (to where)
    ['thủ tục sang tên xe tại uỷ ban xã gồm những bước nào ạ', 'overview'],
    ['o Hue muon doi bang lai thi toi mo lam rua', 'where'],
    // a paper to bring, asked yes or no (dialogs-tune-209)
    ['mk có phải mang cccd bản gốc ko', 'documents'],
    ['có phải nộp lại giấy chứng nhận đăng ký không', 'documents'], // (dialogs-tune-219)
    ['co phai nop anh ko', 'documents'], // (dialogs-tune-178)
    // whether one must go to a place (dialogs-tune-142/205); not a step taken there first, nor in person against online
    ['toi o Dong Nai ma que o Nghe An, phai ve que lam ha', 'where'],
    // taxes and a cheaper fee are the cost; the latest time and a validity are whether it still applies (dialogs-tune-214/217/220)
    ['có mất thuế không', 'fee'],
    ['được làm trước sinh nhật mấy tháng', 'eligibility'], // how early one may (dialogs-tune-235)
    ['nếu chứng thực hợp đồng mua bán đó ở UBND xã thì bao lâu xong', 'duration'], // "xã thì bao lâu" is no "xã thì bảo" (dialogs-tune-232)
    ['nộp ngay xã luôn hả', 'where'], // right at that office (dialogs-tune-67)
    ['ai xet duyet', 'where'], // which body decides (dialogs-tune-206)
    ['tien chuyen len tho cu tinh sao a', 'fee'], // how a sum is reckoned (dialogs-tune-107/183)
    // someone's whereabouts unknown, and a certificate's name, ask nothing of place or channel (dialogs-tune-229)
    ['chu cu di dau ko lien lac duoc thi co xoa duoc khong', 'eligibility'],
    ['e làm mất chứng chỉ tin học ứng dụng cơ bản, giờ xin cấp bản sao từ sổ gốc thì cần gì ạ', 'documents'],
    ['làm trên ứng dụng được không', 'online'],
    ['e đang ở Nhật r, nhờ bố ở nhà làm hộ được không', 'eligibility'], // someone at home on one's behalf, not online (dialogs-tune-218)
    ['ngồi nhà bấm điện thoại làm được không', 'online'],
    ['bản vẽ có phải thuê cty thiết kế ko hay tự vẽ đc', 'documents'], // who may draw the plan in the file (dialogs-tune-210/228)
    ['người đi nước ngoài bao lâu thì bị xóa thường trú ạ', 'eligibility'], // how long until it befalls one (tune-38)
    // papers lost or to be copied are the story; a paper needed, then "thì làm sao", asks how (dialogs-tune-108/203)
    ['cho hoi photo cong chung giay to', 'overview'],
    ['huhu em đánh rơi ví mất hết giấy tờ cả cccd 😭 giờ làm lại thì làm sao ạ', 'overview'],
    ['giờ cần giấy tờ chứng minh nơi ở để nộp hồ sơ cho con vào lớp 1 thì làm sao', 'overview'],
    ['lệ phí nộp online có được giảm so với nộp trực tiếp không', 'fee'],
    ['khách đến lúc nửa đêm thì hạn báo muộn nhất là khi nào', 'eligibility'],
    ['bằng A1 có thời hạn ko ad', 'eligibility'],
    ['truong e hoc o Can Tho, e o Binh Tan, phai ve truong xin ha', 'where'],
    ['vợ tôi ở tỉnh khác thì có phải về quê cắt khẩu trước không', 'eligibility'],
    ['co can len xa ko hay lam tren vssid dc', 'online'],
    ['chuyển đất vườn lên thổ cư, tiền sử dụng đất có mắc không', 'fee'],
    ['khai tử cho bố, nếu trễ mấy bữa mới đi khai thì sao', 'eligibility'],
    ['đăng ký tạm trú mà chủ nhà không chịu ký thì sao', 'eligibility'],
    ['liên thông khai tử là làm một lần nhận luôn tiền mai táng hả', 'overview'],
    // a closing "phải không" confirms what came before (from dialogs-tune-9)
    ['nghe nói giờ ngồi nhà bấm trên vneid cũng xin được phải không', 'online'],
    ['lý lịch tư pháp làm ở công an tỉnh phải không ạ', 'where'],
    ['thuê trọ có phải đăng ký tạm trú không', 'eligibility'],
    ['photo công chứng căn cước ở đâu nhanh nhất', 'where'],
    ['tuần sau hết hạn nộp hồ sơ rồi, làm bây giờ có kịp không', 'duration'],
    ['nghỉ việc 4 tháng rồi mới nộp thất nghiệp thì còn kịp không', 'eligibility'],
    ['nghe nói đủ 75 là được trợ cấp xã hội hàng tháng hả', 'eligibility'],
    ['liên thông khai sinh bao lâu thì có đủ 3 thứ', 'duration'],
    // long-standing and somewhere are not questions (from tune-6)
    ['chuyển đất vườn lên thổ cư thì làm như nào, nhà tui có 300m2 đất trồng cây lâu năm', 'overview'],
    ['làm rớt bằng lái xe máy ở đâu ko biết, cấp lại cần giấy tờ gì', 'documents'],
    ['đăng kí khai sinh nộp buổi sáng thì chiều có lấy đc luôn ko ạ', 'duration'],
    ['xác nhận cư trú nộp hôm ni mai có lấy đc chưa ad', 'duration'],
    // diacritics disambiguate: "mặt tiền" (frontage) is not "mất tiền" (costs), "đóng bh" is insurance, not "bao giờ"
    ['mở quán cà phê ở mặt tiền nhà, đăng ký hộ kinh doanh cần giấy tờ gì', 'documents'],
    ['làm căn cước có mat tien ko', 'fee'],
    ['nghỉ việc 6 tháng rồi, đóng bh được 5 năm, rút bhxh 1 lần được chưa', 'eligibility'],
    // "lên công an xã hả" asks where, but gives way to another question in the sentence
    ['đăng ký biển số thì lên công an xã hả', 'where'],
    ['giờ công ty đòi giấy xác nhận cư trú, em phải mang những gì lên công an ạ', 'documents'],
    // a situation, then "thì (làm) sao": may it be done in that situation (from dialogs-tune-7)
    ['chồng em là người nước ngoài thì sao ạ, anh ấy quốc tịch Hàn', 'eligibility'],
    ['cháu nó đang ở nước ngoài rồi thì làm sao', 'eligibility'],
    // the first alternative is the question, also when it follows the procedure's name (from tune-5)
    ['xin phieu ly lich tu phap tren vneid dc ko hay phai len tinh', 'online'],
    ['đăng ký kết hôn online được không hay phải lên xã', 'online'],
    ['DANGKY KETHON ONLINE DC KO HAY 2 DUA PHAI LEN XA', 'online'], // a subject between "hay" and its verb
    // going home as a question, not as the story
    ['làm căn cước có phải về quê làm không', 'where'],
    ['tiệm may của em muốn tạm ngừng 6 tháng để về quê sinh con thì làm sao ạ', 'overview'],
    // a notice period and an exemption by age are conditions (from dialogs-tune-10/11)
    ['tạm ngưng hộ kinh doanh phải báo trước bao lâu', 'eligibility'],
    ['tam ngung co phai bao truoc bao nhieu ngay khong', 'eligibility'],
    ['mà bé 5 tuổi thì có được cấp thẻ bhyt miễn phí hông!!', 'eligibility'],
    ['làm thẻ bhyt cho bé có mất phí không', 'fee'],
    ['Nam 19 tuổi đã được đăng ký kết hôn chưa?', 'eligibility'], // the procedure's name between "được" and "chưa"
    ['làm căn cước cho bé 5 tuổi được làm trên vneid không', 'online'],
    ['tạm trú bao nhiêu xèng vậy ae', 'fee'],
    ['đang bị nợ xấu ngân hàng có làm được hộ chiếu ko', 'eligibility'],
  ])('%s → %s', (text, aspect) => {
    expect(matcher.analyze(text).aspect).toBe(aspect);
  });
});

describe('a bare "được không" is weak', () => {
  test('alone it is a weak eligibility cue (score 1)', () => {
    expect(detectAspect('duoc khong')).toEqual({ aspect: 'eligibility', score: 1 });
    expect(aspectOf('được ko ad')).toEqual({ aspect: 'eligibility', score: 1 });
  });

  test.each<[string, Aspect]>([
    ['nộp trực tuyến được không', 'online'],
    ['làm trên vneid được không', 'online'],
    ['làm ở xã được không', 'where'],
    ['gửi bản sao được không', 'documents'],
    ['hôm nay lấy liền được không', 'duration'],
    ['không đóng tiền được không', 'fee'],
  ])('what else the sentence names wins: %s → %s', (text, aspect) => {
    const hit = aspectOf(text);
    expect(hit?.aspect).toBe(aspect);
    expect(hit!.score).toBeGreaterThan(1);
  });
});

describe('no cue → null', () => {
  test.each(['tôi muốn đăng ký tạm trú', 'xin chào', 'con tôi mới sinh', 'sổ đỏ', 'căn cước', 'ok', ''])('%s', (text) => {
    expect(aspectOf(text)).toBeNull();
  });

  test('raw detectAspect on an empty string', () => {
    expect(detectAspect('')).toBeNull();
  });
});

test('scores are the cue weights (1..3)', () => {
  expect(aspectOf('lệ phí')?.score).toBe(3);
  expect(aspectOf('thủ tục')?.score).toBe(2);
  expect(aspectOf('có tiền')?.score).toBe(1);
});

test('cues match whole words only: "phi" inside "phim" or "Philippines" is not a fee', () => {
  expect(detectAspect('xem phim')).toBeNull();
  expect(detectAspect('philippines')).toBeNull();
  expect(detectAspect('xem phim phi bao nhieu')?.aspect).toBe('fee');
});

test('"giá" closing a question asks the price, "quốc gia" closing a clause does not (from dialogs-tune-17)', () => {
  expect(aspectOf('giấy phép xây dựng giá')?.aspect).toBe('fee');
  expect(aspectOf('em chưa có tài khoản cổng dịch vụ công quốc gia')?.aspect).toBe('online');
  expect(aspectOf('mấy ông chuyên gia nói vậy')?.aspect).not.toBe('fee');
});

test('"chưa" mid-clause tells ("em chưa có tài khoản"), at the end of a clause it asks (from dialogs-tune-17)', () => {
  expect(matcher.analyze('e chưa có tài khoản cổng dịch vụ công quốc gia, ad hướng dẫn e cách tạo tài khoản với nộp hồ sơ luôn nha').aspect).toBe('overview');
  expect(matcher.analyze('đổi giấy phép lái xe trên VNeID được chưa mn, làm kiểu gì').aspect).toBe('online');
  expect(matcher.analyze('hồ sơ khai sinh có kết quả chưa vậy ad, hay phải lên xã').aspect).toBe('duration');
});

test('the portal named in a question about the portal procedure asks nothing about going online (from dialogs-tune-11)', () => {
  const a = matcher.analyze('ad ơi e muốn nộp hồ sơ trên cổng dịch vụ công mà ko biết bắt đầu từ đâu');
  expect([a.procedure, a.aspect]).toEqual(['nop-ho-so-truc-tuyen', 'overview']);
  // the portal in another procedure's question still asks whether it can be done online
  expect(matcher.analyze('đăng ký kết hôn trên cổng dịch vụ công được không').aspect).toBe('online');
  // and signing in with VNeID is the portal procedure's online part
  expect(matcher.analyze('đăng nhập dịch vụ công bằng tài khoản vneid thế nào').aspect).toBe('online');
  expect(matcher.analyze('dang nhap dich vu cong bang vneid the nao').aspect).toBe('online'); // (tune-9)
});

test('papers asked as "gồm mấy thứ", or what stands in for a lost one (from dialogs-tune-19)', () => {
  expect(aspectOf('hồ sơ lên thổ cư gồm mấy thứ')?.aspect).toBe('documents');
  expect(aspectOf('giấy chứng sinh lạc mất rồi thì lấy gì thế vô')?.aspect).toBe('documents');
  expect(aspectOf('mất sổ hộ khẩu thì lấy gì thay thế')?.aspect).toBe('documents');
});

test('colloquial ways to ask (from dialogs-tune-21)', () => {
  const cases: [string, Aspect][] = [
    ['co chat ko ad, e can tan 10 ban', 'fee'],
    ['lên thổ cư cỡ 100m2 có đắt đỏ lắm không ad', 'fee'],
    ['có tốn xiền ko ad', 'fee'],
    ['làm từ giờ thì cuối năm có cầm được sổ không ạ', 'duration'],
    ['nhắn zalo cho anh công an khu vực là được hả con', 'online'],
    ['co can dua the can cuoc tui nho len hong', 'documents'],
    ['thế nhà em phải cầm những gì ra xã để làm cho bà', 'documents'],
    ['cầm cmnd cũ photo thôi được không hay phải mang bản gốc', 'documents'],
    ['giờ đổi bằng thì lên sở giao thông vận tải như trước hay sang bên công an', 'where'],
  ];
  for (const [text, aspect] of cases) expect([text, aspectOf(text)?.aspect]).toEqual([text, aspect]);
});

test('"tiện thể", "tiện hỏi" are not money; "chở ông lên phường" is not waiting (from dialogs-tune-21)', () => {
  expect(aspectOf('à tiện thể căn cước của mình bị rơi đâu mất rồi')?.aspect).not.toBe('fee');
  expect(aspectOf('ông đi lại khó, có xuống tận nhà làm không hay phải chở ông lên phường')?.aspect).not.toBe('duration');
  expect(aspectOf('nộp xong lấy luôn hay phải chờ')?.aspect).toBe('duration');
});

test('older and regional ways to ask (from dialogs-tune-22)', () => {
  const cases: [string, Aspect][] = [
    ['hồi đó tui nộp cái biên lai đóng thuế đất năm 1992 với tờ sơ đồ vẽ tay, rứa có đủ không hả', 'documents'],
    ['vậy tui phải chuẩn bị sẵn mấy thứ chi đem lên cho người ta', 'documents'],
    ['nop cai do co phai photo so bao hiem voi quyet dinh nghi viec gi hong em', 'documents'],
    ['chuyển lên thổ cư thì đóng cho nhà nước cỡ nào, tui nghe đồn mắc lắm', 'fee'],
    ['mỗi tờ người ta lấy răng', 'fee'],
    ['thẻ bảo hiểm y tế cho mấy đứa nhỏ có phải bỏ tiền ra mua không', 'fee'],
    ['xin cái đó nhà nước thu nhiều không', 'fee'],
    ['khai tam vang bam tren vneid dc ko hay de ma e o nha len xa khai gium', 'online'],
  ];
  for (const [text, aspect] of cases) expect([text, aspectOf(text)?.aspect]).toEqual([text, aspect]);
  // "đủ điều kiện" is eligibility, not whether the papers are enough
  expect(aspectOf('bà nội em có đủ điều kiện không')?.aspect).toBe('eligibility');
});

test('indirect ways to ask (from tune-10)', () => {
  const cases: [string, Aspect][] = [
    ['anh ấy quê Quảng Bình, em quê Nghệ An, giờ đăng ký kết hôn về bên nhà nào làm ạ', 'where'],
    ['nop to khai dang ky ket hon sang nay thi bao gio cam duoc giay, co kip truoc dam cuoi', 'duration'],
    ['đăng ký lại khai sinh thì lấy gì chứng minh, tôi chỉ còn học bạ cấp 1', 'documents'],
    ['đổi từ CMND sang căn cước mới có phải móc hầu bao ko', 'fee'],
    ['làm bìa đỏ lần đầu cần gom đủ những thứ gì để khỏi đi lại nhiều lần', 'documents'],
    ['làm sổ đỏ lần đầu có chờ dài cổ không mn', 'duration'],
    ['xin chuyen muc dich dat thi ho so co can trich do dia chinh ko', 'documents'],
    ['rút bảo hiểm một cục thì cần sổ bhxh với cái gì nữa ạ', 'documents'],
    ['giờ đổi bằng lái ra sở giao thông vận tải như hồi trước hay qua bên công an rồi', 'where'],
  ];
  for (const [text, aspect] of cases) expect([text, aspectOf(text)?.aspect]).toEqual([text, aspect]);
  // "khỏi đi" alone still asks about not going in person; "ra sổ" (issuing the book) and "bị móc túi" are not asked
  expect(aspectOf('làm online cho khỏi đi được không')?.aspect).toBe('online');
  expect(aspectOf('chủ đầu tư chưa ra sổ hồng thì có đăng ký thường trú được không')?.aspect).toBe('eligibility');
  expect(aspectOf('mình bị móc túi mất ví, mất luôn thẻ rồi')?.aspect).not.toBe('fee');
});

describe('the aspect learnt from intents/_aspect-*.yaml, where no cue names it', () => {
  let without: Matcher;
  beforeAll(() => {
    const source = loadSourceFromFiles().source;
    without = buildSnapshot({ ...source, intents: source.intents.filter((d) => d.intent !== 'aspect') }).matcher;
  });

  test('reads the aspect of wordings no cue covers (from tune-6, tune-9)', () => {
    const cases: [string, Aspect][] = [
      ['nộp hồ sơ thất nghiệp thì quyết định nghỉ việc nộp bản chính hay bản sao', 'documents'],
      ['mấy thợ hồ ở lại công trình ngủ vài đêm thì báo lưu trú với ai, công an khu vực hả', 'where'],
    ];
    for (const [text, aspect] of cases) {
      expect([text, matcher.analyze(text).aspect]).toEqual([text, aspect]);
      expect([text, without.analyze(text).aspect]).toEqual([text, 'overview']);
    }
  });

  test('a statement that asks nothing gets no aspect from them, and a cue still decides', () => {
    for (const text of ['cái của tui bị mất rồi', 'căn cước bị mất rồi, hôm qua rớt đâu mất tiêu']) expect(matcher.analyze(text).aspect).toBe(without.analyze(text).aspect);
    expect(matcher.analyze('làm căn cước mất bao lâu').aspect).toBe('duration');
  });

  test('they change only the aspect: intent, procedure and confidence are those of the classifier without them', () => {
    for (const text of ['làm giấy khai sinh cho con cần gì', 'hồ sơ của tôi tới đâu rồi', 'khai sinh cho con mèo', 'cho em gặp cán bộ']) {
      const a = matcher.analyze(text);
      const b = without.analyze(text);
      expect([a.intent, a.procedure, a.confidence]).toEqual([b.intent, b.procedure, b.confidence]);
    }
  });
});

test('deadlines, "cho đỡ phải lên", "đk gì" (from dialogs-tune-23)', () => {
  const cases: [string, Aspect][] = [
    ['phải đi khai tử trong bao lâu ạ, tụi con lo đám xong mới đi được', 'eligibility'],
    ['nhận trợ cấp thất nghiệp thì hạn nộp là bao lâu sau khi nghỉ ạ', 'eligibility'],
    ['the gio e nop qua mang dc ko cho do phai len', 'online'],
    ['nhập hộ khẩu về nhà vợ thì cần đk gì', 'eligibility'],
  ];
  for (const [text, aspect] of cases) expect([text, matcher.analyze(text).aspect]).toEqual([text, aspect]);
  // "đk" alone is still đăng ký
  expect(matcher.analyze('đk tạm trú ở đâu').procedure).toBe('dang-ky-tam-tru');
});

test('a few months or days told ("tạm ngưng mấy tháng", "lên chơi mấy hôm") is not a question of how long (from dialogs-tune-18/24)', () => {
  expect(aspectOf('cho hỏi hộ kinh doanh muốn tạm ngưng mấy tháng vì về quê chăm mẹ thì làm sao')?.aspect).toBe('overview');
  expect(aspectOf('nhà có họ hàng dưới quê lên chơi mấy hôm thì thông báo lưu trú kiểu gì')?.aspect).toBe('overview');
  expect(aspectOf('làm mất mấy tháng')?.aspect).toBe('duration');
  expect(aspectOf('nộp rồi mấy hôm thì có')?.aspect).toBe('duration');
});

test('more wordings and folded collisions (from dialogs-tune-25)', () => {
  const cases: [string, Aspect][] = [
    ['nhà đang lo đám chưa đi đâu được, trễ vài bữa có sao ko ad', 'eligibility'],
    ['ba e là cán bộ hưu trí thì tiền mai táng có tới lượt nhà e không', 'eligibility'],
    ['tu luc nop toi luc cam so chac cung ca nam ha', 'duration'],
    ['cái này giờ là bên tư pháp hay bên công an làm vậy', 'where'],
    ['nhà e 4 người nhập chung, vậy lệ phí tính theo đầu người hay tính 1 lần thôi ad', 'fee'],
  ];
  for (const [text, aspect] of cases) expect([text, matcher.analyze(text).aspect]).toEqual([text, aspect]);
  expect(aspectOf('mùa mưa vắng khách quá, quán muốn ngừng kinh doanh mấy tháng')?.aspect).not.toBe('duration');
  // "rút tiền" is not what it costs; "xã hay tỉnh" is still where
  expect(aspectOf('e cần chứng thực chữ ký trên giấy uỷ quyền cho mẹ rút tiền tiết kiệm')?.aspect).not.toBe('fee');
  expect(aspectOf('làm ở xã hay tỉnh')?.aspect).toBe('where');
});

test('"xong rồi" opening a clause is "after that"; "có cách nào khỏi…" asks for a way without coming in (from dialogs-tune-28)', () => {
  expect(matcher.analyze('xong rồi sang tên trên sổ đỏ qua tên tui thì có phải đóng thuế chi không ad, nhà tui cũng nghèo').aspect).toBe('fee');
  expect(matcher.analyze('lệ phí thì em biết rồi, nộp ở đâu').aspect).toBe('where'); // a settled clause still asks nothing
  expect(aspectOf('em tan ca 8h tối mới về tới phòng, có cách nào khỏi xin nghỉ làm mà vẫn xong hông chị')?.aspect).toBe('online');
  expect(aspectOf('mẹ e bảo làm lại tốn lắm, e có phải đập heo đất k ad')?.aspect).toBe('fee');
});

test('more indirect wordings (from tune-11)', () => {
  const cases: [string, Aspect][] = [
    ['nghe nói giờ có chứng thực bản sao điện tử, tức là khỏi cầm giấy ra xã hả', 'online'],
    ['xin bản sao bằng từ sổ gốc thì có phải bỏ đồng nào hông hay trường cho không', 'fee'],
    ['khai báo tạm vắng là khai cái chi rứa, đi làm ăn xa có phải khai không', 'overview'],
    ['xoa thuong tru mat mi ngay a', 'duration'],
    ['xóa hộ khẩu ở nhà cũ thì phải về tận nơi cũ làm hay ở đâu cũng được', 'where'],
    ['có phải lên tận nơi không hay làm online được', 'online'],
  ];
  for (const [text, aspect] of cases) expect([text, matcher.analyze(text).aspect]).toEqual([text, aspect]);
});

test('a penalty asked as "phạt bao nhiêu", on the portal "trên cổng" (from dialogs-tune-33)', () => {
  expect(matcher.analyze('đăng ký tạm trú mà ko đăng ký thì phạt bnhiu vậy ạ').aspect).toBe('eligibility');
  expect(matcher.analyze('thành lập doanh nghiệp làm trên cổng đăng ký doanh nghiệp quốc gia dc ko').aspect).toBe('online');
  // "qua công an" is an office, not the portal
  expect(aspectOf('giờ lý lịch tư pháp xin ở sở tư pháp như hồi trước hay chuyển qua công an rồi')?.aspect).not.toBe('online');
});

test('"gì hết" is "at all"; "chậm nhất", "bao lâu thì phải" are deadlines (from tune-13)', () => {
  expect(matcher.analyze('bé nhà em 7 tuổi rồi mà chưa làm giấy gì hết, còn làm liên thông khai sinh với bhyt được không').aspect).toBe('eligibility');
  expect(matcher.analyze('khách đến lúc 11 giờ đêm thì chậm nhất mấy giờ phải thông báo lưu trú vậy').aspect).toBe('eligibility');
  expect(matcher.analyze('nghỉ việc bao lâu thì phải nộp hồ sơ thất nghiệp').aspect).toBe('eligibility');
  expect(matcher.analyze('hồ sơ gồm giấy gì').aspect).toBe('documents'); // "gì" still asks
});

test('"khác … chỗ nào" asks what it is, "đi đâu cũng" is everywhere, "lo lót" is cost (from tune-14)', () => {
  expect(matcher.analyze('đăng ký thường trú là như thế nào, khác tạm trú chỗ nào vậy').aspect).toBe('overview');
  expect(matcher.analyze('tài khoản vneid mức 2 là cái gì mà đi đâu cũng đòi vậy').aspect).toBe('overview');
  expect(matcher.analyze('cấp giấy phép xây nhà thì nộp cho nhà nước bao nhiêu, có phải lo lót gì không').aspect).toBe('fee');
  expect(matcher.analyze('xóa thường trú cho người đã chuyển đi nơi khác cần giấy tờ gì').aspect).toBe('documents');
  expect(matcher.analyze('xóa hộ khẩu ở nhà cũ thì phải về tận nơi cũ làm hay ở đâu cũng được').aspect).toBe('where');
});

test('a clause that only confirms asks nothing; service at home; "gởi ai" (from dialogs-tune-38)', () => {
  expect(matcher.analyze('nghe nói nộp hộ chiếu trực tuyến được giảm lệ phí, đúng không ad').aspect).toBe('fee');
  expect(matcher.analyze('làm căn cước mà mạ tui nằm một chỗ, đi không nổi, rứa công an có xuống tận nhà làm cho không').aspect).toBe('eligibility');
  expect(matcher.analyze('xin hộ nghèo thì làm đơn gởi ai, ấp hay xã').aspect).toBe('where');
});

test('how long one must wait before being entitled is a condition; "đi UBND xã hay văn phòng" is where (from tune-11/15)', () => {
  expect(matcher.analyze('nghi viec bao lau thi duoc rut bao hiem xa hoi 1 lan').aspect).toBe('eligibility');
  expect(matcher.analyze('nộp hồ sơ rút bhxh 1 lần rồi bao lâu thì được nhận tiền').aspect).toBe('duration');
  expect(matcher.analyze('tam ngung ho kinh doanh toi da duoc bao lau').aspect).toBe('eligibility');
  expect(matcher.analyze('em muốn chứng thực chữ ký trên giấy uỷ quyền thì đi UBND xã hay văn phòng công chứng').aspect).toBe('where');
});

test('more wordings of when, what it costs, which papers and doing it without going (from tune-16)', () => {
  const cases: [string, Aspect][] = [
    ['2 đứa e tính cuối tuần đi đăng kis kết hôn, nộp xong là cầm giấy về liền hay phải đợi ạ', 'duration'],
    ['nộp xin phép xây nhà rồi thì đợi mấy tuần mới được khởi công', 'duration'],
    ['ký hợp đồng tặng cho xe cho con ở ubnd xã thì làm trong buổi được ko', 'duration'],
    ['đi làm giấy chứng tử cho má, có cần cầm theo tiền không hay nhà nước miễn cho', 'fee'],
    ['dang ky giam ho cho dua chau mo coi thi giay to can co la j', 'documents'],
    ['co cach nao xin giay doc than ma ko can chay len xa khong, em di ca ca ngay', 'online'],
  ];
  for (const [text, aspect] of cases) expect([text, matcher.analyze(text).aspect]).toEqual([text, aspect]);
  expect(matcher.analyze('cho mình hỏi về liên thông khai tử').aspect).not.toBe('duration'); // "về liên thông"
});

test('a worry about time or about being refused; the papers before where they go (from dialogs-tune-42)', () => {
  expect(matcher.analyze('xác nhận cư trú mà trường hạn chót thứ 6 này, e đi làm ca suốt, lo quá ko biết xin kịp ko').aspect).toBe('duration');
  expect(matcher.analyze('Tôi bị tai biến, tay run, chữ ký giờ không giống chữ ký cũ, tôi sợ không được chứng thực chữ ký').aspect).toBe('eligibility');
  expect(matcher.analyze('đăng ký giám hộ cần mang những gì lên ủy ban').aspect).toBe('documents');
});

test('"là giấy chi" asks what it is; "đem những giấy gì lên" the papers (from tune-17)', () => {
  expect(matcher.analyze('giấy xác nhận cư trú là giấy chi rứa, có thay được sổ hộ khẩu không').aspect).toBe('overview');
  expect(matcher.analyze('bà nội em vừa mất tối qua, giờ nhà em đi làm khai tử cho bà thì cần đem những giấy gì lên xã').aspect).toBe('documents');
});

test('done on someone\'s behalf, who must go, whether it must be reported: eligibility, not the place (dialogs-tune-103…112)', () => {
  expect(aspectOf('ông già rồi, con ra phường nộp giùm cho ông được không')?.aspect).toBe('eligibility');
  expect(aspectOf('ky gium cho chi gai dc ko, chi o xa ko ve duoc')?.aspect).toBe('eligibility');
  expect(aspectOf('vợ chồng có phải cùng lên xã không')?.aspect).toBe('eligibility');
  expect(aspectOf('ông đi làm thay được không hay bắt buộc mẹ nó phải lên')?.aspect).toBe('eligibility');
  expect(aspectOf('quán nghỉ bán 2 tháng thì có phải báo lên phường không')?.aspect).toBe('eligibility');
  // but asked online, or to whom, the cue steps aside
  expect(aspectOf('con nộp giùm trên mạng được không')?.aspect).toBe('online');
  expect(aspectOf('nghỉ bán ít bữa có phải báo cho bên nào không')?.aspect).toBe('where');
});

test('a result that is a paper ("phải có kết quả ADN không") is no question about when the result comes (tune-25)', () => {
  expect(aspectOf('làm giấy nhận con có cần kết quả xét nghiệm ADN không')?.aspect).not.toBe('duration');
  expect(aspectOf('nhan cha con phai co ket qua adn ko')?.aspect).not.toBe('duration');
  expect(aspectOf('nộp rồi bao giờ có kết quả')?.aspect).toBe('duration');
});

test('which paper to apply for ("thì xin giấy gì") asks what to do, not what to bring (dialogs-tune-48/85/94, tune-24)', () => {
  expect(aspectOf('mất sổ hộ khẩu rồi, công ty đòi giấy chứng minh nơi ở thì xin giấy gì')?.aspect).toBe('overview');
  expect(aspectOf('truong doi giay xac nhan cho o thi xin cai gi vay')?.aspect).toBe('overview');
  expect(matcher.analyze('mất cuốn sổ hộ khẩu rồi, giờ phải làm giấy gì để thay').aspect).toBe('overview');
  expect(matcher.analyze('làm trợ cấp cho bà thì cần làm giấy gì').aspect).toBe('documents'); // "cần" lists papers
  // …while a paper to put in the file in place of one lacked is a paper to bring
  expect(aspectOf('không có giấy chứng sinh thì xin giấy gì thay vào')?.aspect).toBe('documents');
  expect(aspectOf('làm hồ sơ cần giấy gì')?.aspect).toBe('documents');
});

test('a guess checked ("phải … hả"), then a question in words: the question (dialogs-tune-3/35/51/73/87)', () => {
  expect(matcher.analyze('vậy là phải đăng ký tạm vắng trước hả, rồi làm ở đâu').aspect).toBe('where');
  expect(matcher.analyze('bà không đi được, vậy phải có giấy ủy quyền hả, giấy đó làm ở đâu').aspect).toBe('where');
  // a first question in words still comes first ("… được không ạ, làm ntn")
  expect(matcher.analyze('đăng ký thường trú trên vneid được không ạ, làm ntn').aspect).toBe('online');
});

test('how far one must go ("phải về tận quê"), one place or another ("ở xã được không hay phải ra …"): where', () => {
  expect(matcher.analyze('đang ở Sài Gòn mà quê ở Cà Mau, có phải về tận quê làm không').aspect).toBe('where');
  expect(matcher.analyze('chung thuc hop dong o xa duoc ko hay bat buoc ra phong cong chung').aspect).toBe('where');
  // (done at home is not a place to go to)
  expect(matcher.analyze('ông liệt giường, công an có xuống tận nhà làm căn cước không').aspect).not.toBe('where');
});

test('which application ("có app nào"), and the online way offered as the alternative: online (dialogs-tune-66/72/82/106)', () => {
  expect(matcher.analyze('khách tới ở thì báo lưu trú bằng phần mềm nào').aspect).toBe('online');
  expect(matcher.analyze('co phai len xa khong hay tu khai tren dien thoai dc').aspect).toBe('online');
  expect(matcher.analyze('có phải lên xã không hay làm ở nhà cũng được').aspect).not.toBe('online');
});

test('price per copy with the count first, when the answer comes, papers named in "cần X không" (dialogs-tune-110…116)', () => {
  expect(aspectOf('trích lục 1 bản bao nhiêu vậy')?.aspect).toBe('fee');
  expect(aspectOf('mỗi trang mấy nghìn')?.aspect).toBe('fee');
  expect(aspectOf('nop roi khi nao thi biet co duoc duyet ko')?.aspect).toBe('duration');
  expect(aspectOf('mang bản chính tới là làm liền hay hẹn hôm khác')?.aspect).toBe('duration');
  expect(aspectOf('co can photo cmnd ko')?.aspect).toBe('documents');
  expect(aspectOf('đăng ký xe có cần hộ khẩu không')?.aspect).toBe('documents');
  // (not a count of days: "1 bản mấy ngày")
  expect(aspectOf('làm 1 bản nhiêu ngày')?.aspect).toBe('duration');
});

test('indirect wordings of each aspect (tune-26, dialogs-tune-124…128)', () => {
  expect(matcher.analyze('khai tu xach theo j').aspect).toBe('documents');
  expect(matcher.analyze('dkkh ngoai cccd ra co phai kem giay kham suc khoe hay gi nua ko').aspect).toBe('documents');
  expect(matcher.analyze('hồ sơ thành lập phải soạn những văn bản gì').aspect).toBe('documents');
  expect(matcher.analyze('đăng kí kết hôn đi 1 buổi cầm giấy về luôn được hông hay phải hẹn hôm khác').aspect).toBe('duration');
  expect(matcher.analyze('làm lại thẻ cc bị mất thì bao giờ mới có thẻ mới').aspect).toBe('duration');
  expect(matcher.analyze('LLTP cỡ nào cầm được phiếu').aspect).toBe('duration');
  expect(matcher.analyze('đi đăng ký kết hôn có phải đóng góp khoản nào không ạ').aspect).toBe('fee');
  expect(matcher.analyze('xin to xac nhan cu tru thi co phai chuan bi tien le ko').aspect).toBe('fee');
  expect(matcher.analyze('len tho cu 100m2 ton khoang bnhieu').aspect).toBe('fee');
  expect(matcher.analyze('đổi gplx sang thẻ pet mấy trăm').aspect).toBe('fee');
  expect(matcher.analyze('tam vang trinh dien voi ai').aspect).toBe('where');
  expect(matcher.analyze('cat khau den cua nao').aspect).toBe('where');
  expect(matcher.analyze('giờ đi lãnh thất nghiệp thì tới trung tâm nào').aspect).toBe('where');
  expect(matcher.analyze('giay attp bep an xin so nao').aspect).toBe('where');
  expect(matcher.analyze('con e học lớp 4, đã tới tuổi làm căn cước chưa hay đợi 14 tuổi mới làm').aspect).toBe('eligibility');
  expect(matcher.analyze('mất căn cước thì trên vneid có chỗ nào bấm để xin cấp lại không').aspect).toBe('online');
  expect(matcher.analyze('muốn được xét hộ nghèo thì phải làm những gì').aspect).toBe('overview');
  expect(matcher.analyze('nghi viec bao lau thi moi rut bhxh 1 lan dc').aspect).toBe('eligibility');
  // (how long, not how much; the fee of a card's case, not whether one is old enough; "qua công ty" is no portal)
  expect(matcher.analyze('mất khoảng bao lâu thì cầm được sổ').aspect).toBe('duration');
  expect(matcher.analyze('lệ phí đổi thẻ đến tuổi là bao nhiêu').aspect).toBe('fee');
  expect(matcher.analyze('muốn đóng hộ kd lại để chuyển qua công ty thì làm sao').aspect).toBe('overview');
});

test('"không" in the middle of a clause denies ("sổ gốc cũng không còn"); at its end, or before "hay", it asks', () => {
  expect(matcher.analyze('bố tôi sinh năm 1958, giấy khai sinh mất từ lâu, lên xã hỏi thì bảo sổ gốc cũng không còn do lũ lụt năm xưa, giờ tính sao').aspect).toBe('overview');
  expect(matcher.analyze('mẹ tôi năm nay 70 tuổi, giấy khai sinh mất từ hồi chiến tranh, ở xã cũng không còn sổ lưu, giờ làm lại được không').aspect).toBe('eligibility');
  // (it still asks before words of address, or an alternative)
  expect(matcher.analyze('nhà có mấy đứa cháu lên chơi chừng 1 tuần, có phải đi báo công an không mọi người').aspect).toBe('eligibility');
  expect(matcher.analyze('mạ tui có thuộc diện được cấp thẻ bhyt không hay phải tự mua').aspect).toBe('eligibility');
  // (only a paper held, may it be granted: "được cấp không")
  expect(matcher.analyze('không có giấy tờ mua bán gì hết, chỉ còn mấy tờ biên lai đóng thuế đất thì có được cấp sổ đỏ không').aspect).toBe('eligibility');
});

test('more indirect wordings: by phone, until when, must one have it too, entitled as heard (dialogs-tune-124…128)', () => {
  expect(matcher.analyze('làm bằng đt ở phòng trọ luôn đc ko ạ, e ngại lên công an phường lắm').aspect).toBe('online');
  expect(matcher.analyze('nộp hồ sơ online thì giấy tờ scan hay chụp hình bằng điện thoại cũng được ạ').aspect).toBe('documents');
  expect(matcher.analyze('tạm trú nộp r thì chờ tới chừng nào mới đc duyệt').aspect).toBe('duration');
  expect(matcher.analyze('hộ nghèo khi nao thi xet, nam nay con kip ko').aspect).toBe('duration');
  expect(matcher.analyze('ban do an thi chac phai xin them giay ve sinh an toan thuc pham nua dung ko').aspect).toBe('eligibility');
  expect(matcher.analyze('quán cơm nhỏ xíu vậy cũng phải có giấy an toàn thực phẩm hả').aspect).toBe('eligibility');
  expect(matcher.analyze('trợ cấp khuyết tật phai di xac dinh muc do khuyet tat truoc a').aspect).toBe('eligibility');
  expect(matcher.analyze('thất nghiệp thì nghỉ việc bao lâu thì hết hạn nộp hồ sơ').aspect).toBe('eligibility');
  expect(matcher.analyze('bác 81 tuổi nghe nói được tiền trợ cấp người già hàng tháng phải không').aspect).toBe('eligibility');
  expect(matcher.analyze('nha tui co ba ma o duoi que len choi may bua thi co can khai bao gi ko').aspect).toBe('eligibility');
  expect(matcher.analyze('bố mẹ già yếu không đi được thì cán bộ có đến nhà chứng thực hợp đồng không').aspect).toBe('eligibility');
  expect(matcher.analyze('e trai e co thuoc dien dc cap the bhyt mien phi ko').aspect).toBe('eligibility');
  expect(matcher.analyze('xoá thường trú cho chỉ thì ai trong nhà đi làm').aspect).toBe('eligibility');
  expect(matcher.analyze('cấp lại căn cước có cần về quê chỗ thường trú để làm không hay chỗ đang ở cũng được').aspect).toBe('where');
  expect(matcher.analyze('thẻ bhyt bị mất, xin cấp lại ở trong ni được không hay phải gửi về').aspect).toBe('where');
  expect(matcher.analyze('tạm trú có phải về quê xin giấy chi không hay ở trong ni làm luôn được').aspect).toBe('where');
  expect(matcher.analyze('nhà em cách xã gần chục cây, văn phòng công chứng tư ngoài thị trấn có làm được không').aspect).toBe('where');
  // (as before, "như hồi trước", is no "first"; heard entitled, then asked where: where)
  expect(matcher.analyze('đăng ký biển số ở đâu, có phải lên huyện như hồi trước không').aspect).toBe('where');
  expect(matcher.analyze('em nghe nói được lãnh trợ cấp thất nghiệp mà không biết nộp giấy ở đâu ạ').aspect).toBe('where');
});

test('papers in the file: the paper copy after filing online, a health check, a handwritten paper (dialogs-tune-22/32/44/81/95)', () => {
  expect(matcher.analyze('nộp trên đó rồi có phải mang bản giấy lên nữa không').aspect).toBe('documents');
  expect(matcher.analyze('đổi bằng lái có phải khám sức khỏe lại ko').aspect).toBe('documents');
  expect(matcher.analyze('đăng ký tạm trú mà hợp đồng thuê trọ viết tay có được hông').aspect).toBe('documents');
  // (but a handwritten contract, then may it be certified or registered: whether it may be done)
  expect(matcher.analyze('em chỉ có tờ giấy viết tay vs chủ nhà thì có đăng kí tạm trú đc hk ạ').aspect).toBe('eligibility');
  expect(matcher.analyze('giấy mua bán viết tay hồi xưa có dùng làm hồ sơ được khôg').aspect).toBe('documents');
  // (how to do it online, the health check asked after: online first)
  expect(matcher.analyze('doi gplx online tren dich vu cong the nao, co can kham suc khoe ko').aspect).toBe('online');
});

test('diacritics typed tell "đầu" from "đâu" and "bảo giờ" from "bao giờ"; unaccented, both readings stay open', () => {
  expect(matcher.analyze('Chào anh chị, em định mở quán cơm bình dân ở đầu chợ, nghe nói phải đăng ký hộ kinh doanh, thủ tục ra sao ạ').aspect).toBe('overview');
  expect(matcher.analyze('em mở quán cơm, đăng ký hộ kinh doanh ở đâu ạ').aspect).toBe('where');
  expect(matcher.analyze('dang ky ho kinh doanh o dau').aspect).toBe('where');
  expect(matcher.analyze('ba mẹ lớn tuổi, xã bảo giờ cái gì cũng phải có vneid mức 2, vậy kích hoạt cho ổng bả thì ra đâu làm ạ').aspect).toBe('where');
  expect(matcher.analyze('muon lam tro cap that nghiep thi bat dau tu dau').aspect).toBe('overview');
  expect(matcher.analyze('muốn làm trợ cấp thất nghiệp thì bắt đầu từ đâu').aspect).toBe('overview');
});

test('"bản sao", "sao y" are copies, not "sao" (how); a choice "X hay Y" asks which; "loay hoay" is no "lay hay" (tune-27)', () => {
  const long = 'Sáng nay em đi phỏng vấn, chiều 4h là hạn chót nộp hồ sơ mà còn thiếu bản sao chứng thực căn cước với bằng tốt nghiệp, tiệm photo gần nhà nói phải lên phường. Giờ em lên phường sao y thì lấy liền được ko hay phải hẹn hôm sau ạ';
  expect(matcher.analyze(long).aspect).toBe('duration');
  expect(matcher.analyze('nộp hồ sơ thất nghiệp thì quyết định nghỉ việc nộp bản chính hay bản sao').aspect).toBe('documents');
  expect(matcher.analyze('cho e hỏi cách nộp hồ sơ trên cổng dịch vụ công quốc gia ạ, e loay hoay mãi ko được').normalized).toContain('loay hoay');
});

test('"mấy tháng nay" (these past months) asks nothing; "máy", typed, is no "mấy" (tune-7, dialogs-tune-42/100)', () => {
  expect(matcher.analyze('ông già nhà em nằm liệt giường mấy tháng nay, giờ cần ký giấy ủy quyền cho em đi rút tiền, mà ổng không ra xã được, vậy chứng thực chữ ký tại nhà có được không anh chị').aspect).toBe('eligibility');
  expect(matcher.analyze('thẻ bhyt của chồng e bị mất mấy tháng nay, làm lại thế nào').aspect).toBe('overview');
  expect(matcher.analyze('mua xe máy cũ của người ta mà chưa sang tên, giờ người bán đi nước ngoài mất liên lạc luôn').aspect).toBe('overview');
  // ("trên máy", typed, is still on the phone)
  expect(matcher.analyze('khai báo tạm vắng làm trên máy được không').aspect).toBe('online');
});

test('a trade done online ("bán online") is no question about doing the procedure online (tune-22/27, dialogs-tune-29)', () => {
  expect(matcher.analyze('giờ mình muốn bổ sung thêm ngành nghề bán hàng online vào giấy hộ kinh doanh thì làm sao').aspect).toBe('overview');
  expect(matcher.analyze('chị bán online, muốn xin giấy an toàn thực phẩm thì cần chuẩn bị hồ sơ gì').aspect).toBe('documents');
  expect(matcher.analyze('đăng ký hộ kinh doanh online được không').aspect).toBe('online');
});

describe('a guess checked by its value asks about that value (tune-29)', () => {
  test.each([
    ['đổi gplx 135k hả', 'fee'],
    ['cắt khẩu free hả', 'fee'],
    ['HỘ CHIẾU 200K PHẢI KO AD', 'fee'],
    ['sang tên 10 ngày đúng k', 'duration'],
    ['đk hộ kinh doanh 3 ngày là có giấy đúng ko', 'duration'],
    ['xin LLTP mất 10 ngày hả ad', 'duration'],
    ['rút 1 lần chỉ cần sổ bhxh với cccd à', 'documents'],
    ['gks can giay chung sinh la du chu j', 'documents'],
    ['thất nghiệp thì cần quyết định nghỉ việc với sổ bhxh phải k', 'documents'],
    ['khai tử hạn 15 ngày hả', 'eligibility'], // the deadline
    ['ho ngheo chi xet vao cuoi nam thoi ha', 'duration'],
    ['chac phai cho toi cuoi nam moi xet ha', 'duration'],
    ['lam vneid muc 2 cho vai ngay moi kich hoat ha', 'duration'],
    ['the can cuoc bi gay lam lai chac ca thang moi co ha', 'duration'],
    ['đăng ký hkd cần cccd với hợp đồng thuê mặt bằng thôi phải không', 'documents'],
  ])('%s → %s', (text, aspect) => expect(aspectOf(text)?.aspect).toBe(aspect));

  test.each([
    ['khai tử hạn 15 ngày hả', 'duration'], // a deadline
    ['thu nhập dưới 2 triệu/tháng là được xét hộ cận nghèo phải ko ạ', 'fee'], // an income
    ['chỉ cần xin bản sao thôi đúng ko, mất mấy ngày', 'documents'], // the question follows the guess
    ['xin lý lịch tư pháp thì mang theo bao nhiêu tiền là đủ', 'documents'], // money is the fee
    ['mình cần sao y bằng đại học với học bạ, mang bản gốc ra xã là làm được luôn hả', 'documents'], // where
    ['lap cty nop so tai chinh ha', 'documents'], // the department (Sở)
    ['con e học lớp 4, đã tới tuổi làm căn cước chưa hay đợi 14 tuổi mới làm', 'duration'], // an age, not a wait
    ['nộp giấy báo tử xong thì chừng nào mới lấy được trích lục khai tử ạ', 'documents'], // when
  ])('%s is not %s', (text, aspect) => expect(aspectOf(text)?.aspect).not.toBe(aspect));
});

test('the money a procedure is named after ("tiền [trợ cấp mai táng]") is the benefit, not a fee', () => {
  expect(matcher.analyze('nghe nói làm một lần luôn cả xoá hộ khẩu với tiền mai táng phí').aspect).not.toBe('fee');
  expect(matcher.analyze('khai tử có mất tiền không').aspect).toBe('fee');
});

test('the office that told the citizen something is no question of where to go (dialogs-tune-69/74/116)', () => {
  expect(aspectOf('lên xã hỏi thì họ bảo sổ hộ tịch năm 1962 thất lạc hết rồi, không tra được')?.aspect).not.toBe('where');
  expect(aspectOf('ra xã thì cán bộ nói sổ gốc cũng không còn')?.aspect).not.toBe('where');
  // "xã nơi thường trú" is a place (nơi folds like nói)
  expect(aspectOf('làm ở xã nơi e đang ở đc ko')?.aspect).toBe('where');
  expect(aspectOf('xin ở xã nơi đang thường trú đúng ko')?.aspect).toBe('where');
});

test('a paper sought, then how to get it, asks how ("cần giấy tờ chứng minh cư trú thì làm sao", dialogs-tune-138)', () => {
  expect(aspectOf('sổ hộ khẩu nhà tui bị thất lạc luôn rồi, giờ cần giấy tờ chứng minh cư trú thì làm sao')?.aspect).toBe('overview');
  expect(aspectOf('đăng ký tạm trú cần giấy tờ gì')?.aspect).toBe('documents');
});

test('"vào trang nào" asks how to do it online; for the portal itself, which website is where (dialogs-tune-36/69/87)', () => {
  expect(matcher.analyze('đăng ký hộ kinh doanh online được không mn, làm trên trang nào').aspect).toBe('online');
  expect(matcher.analyze('dang ky ho kinh doanh online dc hok, lam tren trang nao').aspect).toBe('online');
  expect(matcher.analyze('nộp hồ sơ trực tuyến thì vào trang web nào vậy').aspect).toBe('where');
  expect(matcher.analyze('có app hay web nào khai online không').aspect).toBe('online');
});

test('"được cấp … miễn phí" asks who is given it free; "được miễn lệ phí" is a fee waived', () => {
  expect(matcher.analyze('con tui 7 tuổi rồi, còn được cấp thẻ bảo hiểm y tế miễn phí nữa không hen').aspect).toBe('eligibility');
  expect(matcher.analyze('nguoi ngheo co duoc cap the bhyt mien phi ko').aspect).toBe('eligibility');
  expect(matcher.analyze('thằng cu nhà tui 4 tuổi, có được nhà nước cấp thẻ bảo hiểm y tế không mất tiền không').aspect).toBe('eligibility');
  expect(matcher.analyze('nghe nói đăng ký qua mạng thì được miễn lệ phí đúng ko').aspect).toBe('fee');
});

test('a stay at sea or abroad "mấy tháng" is told, not asked (dialogs-tune-119)', () => {
  expect(matcher.analyze('Con trai tui đi làm ghe biển mấy tháng, có phải khai báo tạm vắng không').aspect).toBe('eligibility');
  expect(matcher.analyze('khai báo tạm vắng mất mấy ngày').aspect).toBe('duration');
});

test('whether someone must come along ("e phải đi cùng bố mẹ hok") asks eligibility; papers asked first stay first (dialogs-tune-72/143)', () => {
  expect(aspectOf('e phai di cung bo me hok')?.aspect).toBe('eligibility');
  expect(matcher.analyze('can giay to gi a, chu tro co phai di cung ko').aspect).toBe('documents');
});

test('told that it is done online, then "làm sao" asks how to do it online (dialogs-tune-19/51/73)', () => {
  expect(matcher.analyze('chủ trọ bảo em tự đăng ký tạm trú trên VNeID được, làm kiểu gì ạ').aspect).toBe('online');
  expect(matcher.analyze('chu tro keu tu lam tam tru tren vneid, lam sao z ad').aspect).toBe('online');
  expect(matcher.analyze('nghe nói làm hộ chiếu trên mạng cũng được, làm sao vậy').aspect).toBe('online');
  // wanting to do it oneself is no fact told; a trade done online is no procedure done online
  expect(matcher.analyze('đăng ký tạm trú thủ tục thế nào ạ').aspect).toBe('overview');
  expect(matcher.analyze('mình có hộ kinh doanh bán quần áo online, giờ muốn lên công ty thì thủ tục ntn').aspect).toBe('overview');
});

test('"tiền thì sao" asks the fee, unless the money is a benefit ("tiền mai táng thì sao")', () => {
  expect(aspectOf('tiền thì sao')?.aspect).toBe('fee');
  expect(aspectOf('còn tiền thì sao ạ')?.aspect).toBe('fee');
  expect(aspectOf('tiền mai táng thì sao')?.aspect).not.toBe('fee');
});

test('"cần xin phép không" asks whether a permit is needed at all (dialogs-tune-67, tune-31)', () => {
  expect(matcher.analyze('cất nhà cấp 4 cần xin phép ko').aspect).toBe('eligibility');
  expect(matcher.analyze('thay mái tôn cần xin phép?').aspect).toBe('eligibility');
  expect(matcher.analyze('xin phép xây dựng cần giấy tờ gì').aspect).toBe('documents');
});

test('"nhanh hơn" asks the time, unless a channel is weighed; "ai nộp" asks who may (tune-31)', () => {
  expect(matcher.analyze('nộp dvc có nhanh hơn ko').aspect).toBe('duration');
  expect(matcher.analyze('xin lý lịch tư pháp trên vneid có nhanh hơn không').aspect).toBe('online');
  expect(matcher.analyze('liên thông khai tử ai nộp?').aspect).toBe('eligibility');
});

test('"năm nào cũng" (every year) and "không … với ai" (with no one) tell, they do not ask (tune-31)', () => {
  expect(matcher.analyze('nhà em ở đất khai hoang từ năm 1998, không tranh chấp với ai, năm nào cũng đóng thuế đầy đủ, giờ làm sổ đỏ lần đầu thì có đủ điều kiện được cấp không').aspect).toBe('eligibility');
  expect(matcher.analyze('làm sổ đỏ lần đầu nộp ở xã nào').aspect).toBe('where');
});

test('"còn thiếu gì nữa không" asks the papers; "nghe nói có thể làm trên VNeID, làm sao" asks how online (tune-19/31)', () => {
  expect(matcher.analyze('khai sinh cho con em có giấy chứng sinh, căn cước hai vợ chồng, vậy còn thiếu gì nữa không ạ, nhà nội có phải ký đồng ý không').aspect).toBe('documents');
  expect(matcher.analyze('nghe nói đăng ký xe có thể làm trên vneid rồi ra lấy biển thôi, làm sao vậy').aspect).toBe('online');
  expect(matcher.analyze('đăng ký xe thủ tục làm sao vậy').aspect).toBe('overview');
});

test('"cô bị mất", typed "co bi mat", tells a loss; "có bị phạt không" still asks (dialogs-tune-144)', () => {
  expect(matcher.analyze('cai the can cuoc cua co bi mat hom di cho roi gio lam lai the nao chau').aspect).toBe('overview');
  expect(matcher.analyze('lam the can cuoc tre co bi phat khong').aspect).toBe('eligibility');
});

test('"cô phải đi làm … thì làm thế nào" asks how, the duty is told; one place or another asks where (dialogs-tune-144)', () => {
  expect(matcher.analyze('chào cháu ông nhà cô mới mất hôm kia giờ cô phải đi làm giấy khai tử cho ông thì làm thế nào').aspect).toBe('overview');
  expect(matcher.analyze('có phải đăng ký khai tử không').aspect).toBe('eligibility');
  expect(matcher.analyze('ông mất ở bệnh viện tỉnh thì cô về xã nhà đăng ký khai tử được không hay phải đăng ký ở chỗ bệnh viện').aspect).toBe('where');
  // the office against doing it online weighs the channel
  expect(matcher.analyze('khai tử làm trên mạng được không hay phải lên xã').aspect).toBe('online');
});

test('"… phải không cháu": a guess checked with a word of address asks nothing of its own; a benefit heard of at an age asks who qualifies (dialogs-tune-43/144)', () => {
  expect(matcher.analyze('nghe người ta nói có cái thủ tục làm một lần cả khai tử xoá hộ khẩu với lĩnh tiền mai táng phí có phải không cháu').aspect).toBe('overview');
  expect(matcher.analyze('Bà năm nay 79 tuổi, không có lương hưu, nghe người ta nói từ 75 tuổi là được nhận trợ cấp hàng tháng phải không cháu').aspect).toBe('eligibility');
  expect(matcher.analyze('ở trọ có phải đăng ký tạm trú không chị').aspect).toBe('eligibility');
});

test('"… à thôi cái đó em tra rồi, chỉ hỏi nộp ở đâu": a question taken back asks nothing (dialogs-tune-146)', () => {
  expect(matcher.analyze('Em định mở quán cà phê nhỏ, hỏi đăng ký hộ kinh doanh cần giấy tờ gì... à thôi cái đó em tra rồi, chỉ hỏi nộp ở đâu thôi ạ').aspect).toBe('where');
  expect(matcher.analyze('đăng ký hộ kinh doanh cần giấy tờ gì, nộp ở đâu').aspect).toBe('documents');
});

test('"giấy chứng nhận đủ điều kiện" names the food-safety paper; it does not ask about conditions (dialogs-tune-147, tune-25)', () => {
  expect(matcher.analyze('còn giấy chứng nhận đủ điều kiện vệ sinh an toàn thực phẩm cho quán ni thì xin ở cơ quan mô').aspect).toBe('where');
  expect(matcher.analyze('cap giay chung nhan du dieu kien attp mat bn').aspect).toBe('fee');
  expect(matcher.analyze('quán ăn cần điều kiện gì để được cấp giấy an toàn thực phẩm').aspect).toBe('eligibility');
});

test('"nếu ko có giấy chứng sinh … thì sao" asks which papers instead; "chưa có sổ đỏ, giờ muốn làm sổ thì làm sao" asks how (dialogs-tune-94/117/149)', () => {
  expect(matcher.analyze('khai sinh cho bé, nếu ko có giấy chứng sinh vì bé sinh ở nhà thì sao ad').aspect).toBe('documents');
  expect(matcher.analyze('nhận cha con nếu ko có kết quả xét nghiệm ADN thì sao ạ').aspect).toBe('documents');
  expect(matcher.analyze('đất ông bà để lại chưa có sổ đỏ, giờ muốn làm sổ lần đầu thì làm sao').aspect).toBe('overview');
});

test('"hồ sơ thì sao" asks what the file holds (dialogs-tune-148)', () => {
  expect(aspectOf('hồ sơ thì sao')?.aspect).toBe('documents');
  expect(aspectOf('còn hồ sơ thì sao ạ')?.aspect).toBe('documents');
});

test('done online, must one still go in person: online; papers brought along stay the papers; "bao lâu sau … mới được" asks the time (tune-31/32)', () => {
  expect(matcher.analyze('dang ky xe online tren dich vu cong roi co phai mang xe den khong').aspect).toBe('online');
  expect(matcher.analyze('làm hộ chiếu online trên dịch vụ công có cần lên chụp ảnh không').aspect).toBe('online');
  expect(matcher.analyze('nộp hồ sơ trực tuyến rồi có phải mang giấy tờ bản gốc lên nữa không').aspect).toBe('documents');
  expect(matcher.analyze('làm định danh mức 2 tại công an thì thường bao lâu sau tài khoản mới được kích hoạt ạ').aspect).toBe('duration');
});

test('a question word after the last "thì" asks; what comes before sets the scene (dialogs-tune-29/111/150)', () => {
  expect(aspectOf('còn giấy uỷ quyền cho mẹ e đi nộp hồ sơ thay thì chứng thực chữ ký ở đâu')?.aspect).toBe('where');
  expect(aspectOf('nha e moi dc cong nhan ho can ngheo thi the bhyt nhan o dau a')?.aspect).toBe('where');
  expect(aspectOf('có được nộp hồ sơ thay cho mẹ không')?.aspect).toBe('eligibility');
});

test('"để làm giấy tờ thừa kế", "để nộp hồ sơ": the papers it is for, not papers asked about (tune-18/32, dialogs-tune-92/120)', () => {
  expect(matcher.analyze('Em là cháu nội, có được xin trích lục khai tử của bà để làm giấy tờ thừa kế không hay phải con ruột mới xin được ạ').aspect).toBe('eligibility');
  expect(matcher.analyze('bằng cấp 3 em vẫn giữ bản gốc, muốn sao y chứng thực vài bản để nộp hồ sơ').aspect).toBe('overview');
  expect(matcher.analyze('sao y bằng để nộp hồ sơ thì cần giấy tờ gì').aspect).toBe('documents');
});

test('"gấp" told ("cần làm khai tử gấp") is urgency, not a question of time; asked ("làm gấp được không") it is (dialogs-tune-148/151)', () => {
  expect(matcher.analyze('ba em mới mất hôm qua, cần làm khai tử gấp').aspect).toBe('overview');
  expect(matcher.analyze('cần lý lịch tư pháp số 1 gấp để nộp hồ sơ đi xklđ').aspect).toBe('overview');
  expect(matcher.analyze('làm lý lịch tư pháp gấp được không').aspect).toBe('duration');
});

test('"có cần ảnh ấy có mặt không" asks whether someone must be there; "có mất phí không" is still the fee (tune-33)', () => {
  expect(matcher.analyze('bán đất đứng tên 2 vợ chồng mà ck đi làm xa thì chứng thực hợp đồng có cần ảnh ấy có mặt ko').aspect).toBe('eligibility');
  expect(matcher.analyze('chứng thực hợp đồng có cần mất phí không').aspect).toBe('fee');
});

test('a paper needed, then "thì làm thế nào", asks how to get it; the how of a channel or a fee named before stays theirs (dialogs-tune-78/151, tune-9/12)', () => {
  expect(aspectOf('sổ hộ khẩu giấy cũ nhà e bị thất lạc rồi, giờ cần giấy tờ chứng minh nơi ở thì làm thế nào')?.aspect).toBe('overview');
  expect(aspectOf('tụi e chưa đăng ký kết hôn, ck muốn đứng tên cha trong giấy tờ của bé thì làm thủ tục nào')?.aspect).toBe('overview');
  expect(aspectOf('làm trên vneid thì làm thế nào')?.aspect).toBe('online');
  expect(aspectOf('còn lệ phí trước bạ với thuế thì tính kiểu gì')?.aspect).toBe('fee');
});

test('"bao lâu rồi thì ko nộp được nữa" asks the deadline ("bao lâu rồi" is no "lâu rồi", long ago); "cần X vs gì nữa" asks the papers (dialogs-tune-155)', () => {
  expect(aspectOf('nghỉ việc bao lâu rồi thì ko nộp được nữa ạ')?.aspect).toBe('eligibility');
  expect(matcher.analyze('khai sinh cho bé can giay chung sinh vs gi nua a').aspect).toBe('documents');
  expect(aspectOf('mất lâu rồi, giờ làm lại thì làm sao')?.aspect).toBe('overview');
});

test('"… cũng phải báo à" checks a duty (dialogs-tune-153)', () => {
  expect(aspectOf('khach o co 1 dem cung phai bao a')?.aspect).toBe('eligibility');
  expect(aspectOf('quan nho xiu vay cung phai xin ha')?.aspect).toBe('eligibility');
});

test('"… phải X đúng không" checks a duty, unless another clause asks in words (tune-29, dialogs-tune-47/69/119)', () => {
  expect(matcher.analyze('bán đồ ăn thì phải có giấy vệ sinh an toàn thực phẩm nữa đúng không').aspect).toBe('eligibility');
  expect(matcher.analyze('đi xklđ nước ngoài thì phải khai báo tạm vắng phải không ad').aspect).toBe('eligibility');
  expect(matcher.analyze('vợ mình phải xin giấy xác nhận độc thân ở xã bên đó đúng ko, xin có lâu không').aspect).toBe('duration');
  expect(matcher.analyze('lý lịch tư pháp làm ở công an tỉnh phải không ạ').aspect).toBe('where');
});

test('"có phải đem bản gốc theo không" asks for a paper to bring, not whether one must (dialogs-tune-156/161)', () => {
  expect(aspectOf('co phai dem ban goc theo ko')?.aspect).toBe('documents');
  expect(aspectOf('phai mang ban goc theo ha')?.aspect).toBe('documents');
  expect(aspectOf('có phải đi cùng không')?.aspect).toBe('eligibility');
});

test('doing it for someone named, "… thay nó được hông", asks who may; "khi nào mới biết" asks when (tune-28/34, dialogs-tune-157)', () => {
  expect(aspectOf('so yeu ly lich cua con tui, tui dem len xa ky chung thuc thay no duoc hong')?.aspect).toBe('eligibility');
  expect(aspectOf('khi nào mới biết có được công nhận hay không')?.aspect).toBe('duration');
});

test('"ở quê được hông" asks whether it can be done there; "chồng chị … mấy tháng mới về" tells (tune-34)', () => {
  expect(matcher.analyze('Tui nghỉ việc công ty giày ở Bình Dương rồi, dìa quê Trà Vinh có lãnh thất nghiệp ở quê được hông').aspect).toBe('where');
  expect(matcher.analyze('Chồng chị đi làm ghe lưới ở Kiên Giang mấy tháng mới dìa, khai báo tạm vắng cho ảnh thì khai ở đâu, công an xã hả em').aspect).toBe('where');
  expect(aspectOf('khai tử mấy ngày mới có kết quả')?.aspect).toBe('duration');
});

test('"… hay làm ở chỗ đang ở cũng được", "làm ở chỗ em ở trọ được hok" weigh a place (dialogs-tune-143/163, tune-20)', () => {
  expect(aspectOf('co can ve que noi thuong tru ko hay lam o cho dang o cung dc')?.aspect).toBe('where');
  expect(aspectOf('lam lai o cho e o tro dc hok')?.aspect).toBe('where');
  expect(aspectOf('vậy đk tạm trú ở chỗ mới trên vneid đc ko')?.aspect).toBe('online');
});

test('"đăng nhập bằng tài khoản nào" asks for an account, not a charge (dialogs-tune-164)', () => {
  expect(aspectOf('muốn nộp hồ sơ trên cổng dịch vụ công thì đăng nhập bằng tài khoản nào mới đúng')?.aspect).toBe('online');
  expect(aspectOf('phải đóng những khoản nào')?.aspect).toBe('fee');
});

test('a benefit paid ("kinh phí chăm sóc", "chưa lãnh đồng nào") is no charge; "có được làm trên mạng không" asks online (dialogs-tune-166/168)', () => {
  expect(aspectOf('con em la me truc tiep cham chau thi co duoc ho tro them kinh phi cham soc khong a')?.aspect).toBe('eligibility');
  expect(aspectOf('em toi co duoc tro cap khuyet tat hang thang khong | toi gio chua lanh dong nao')?.aspect).toBe('eligibility');
  expect(aspectOf('co duoc lam tren mang khong')?.aspect).toBe('online');
  expect(aspectOf('phai dong nao')?.aspect).toBe('fee');
});

test('"hạn mấy ngày phải đk" asks the deadline ("hết hạn mấy tháng rồi" tells); "bn" alone asks how much; "trễ hạn nộp chưa" asks whether still in time (dialogs-tune-172)', () => {
  expect(aspectOf('han may ngay phai dang ky')?.aspect).toBe('eligibility');
  expect(matcher.analyze('bằng lái B2 của tui hết hạn mấy tháng rồi, đổi thì cần mang gì').aspect).toBe('documents');
  expect(aspectOf('bao nhieu a')?.aspect).toBe('fee');
  expect(aspectOf('tre han nop chua')?.aspect).toBe('eligibility');
});

test('"hạn nộp hồ sơ là bao nhiêu ngày" asks the deadline (dialogs-tune-170)', () => {
  expect(aspectOf('han nop ho so la bao nhieu ngay ke tu khi nghi viec a')?.aspect).toBe('eligibility');
});

test('a foreign paper to be translated or legalised is a question about the papers (dialogs-tune-61/110/134/164)', () => {
  expect(matcher.analyze('giấy chứng sinh của bệnh viện bên Nhật có phải dịch ra tiếng việt rồi công chứng ko ạ').aspect).toBe('documents');
  expect(aspectOf('giấy tờ bên ảnh có phải hợp pháp hoá lãnh sự ko')?.aspect).toBe('documents');
  expect(matcher.analyze('hop dong cho thue nha co bat buoc phai chung thuc khong').aspect).toBe('eligibility');
});

test('"… được đúng không" checks a permission; "xin bản sao là được phải không" and what was heard do not (tune-29, dialogs-tune-84/170)', () => {
  expect(aspectOf('chung thuc chu ky phai ky truoc mat can bo | ky san o nha mang len ko dc dung ko')?.aspect).toBe('eligibility');
  expect(aspectOf('xin ly lich tu phap so 2 thi khong uy quyen cho nguoi khac duoc dung khong')?.aspect).toBe('eligibility');
  expect(aspectOf('the thi xin ban sao la duoc phai khong')?.aspect ?? 'overview').toBe('overview');
  expect(aspectOf('nghe noi co lam chung xoa ho khau voi tien mai tang luon duoc phai ko')?.aspect ?? 'overview').toBe('overview');
});

test('something heard, then "có đúng không": what was heard is asked, when it says something specific (dialogs-tune-77/170/173)', () => {
  expect(matcher.analyze('Em nghe nói giờ làm trên VNeID được, có đúng không ạ').aspect).toBe('online');
  expect(matcher.analyze('nghe bà hàng xóm nói làm giấy khai sinh cho con quá 60 ngày là bị phạt, có đúng ko ạ').aspect).toBe('eligibility');
  expect(matcher.analyze('nghe noi lam lai phai cho 3 thang moi co, that ko ad').aspect).toBe('duration');
  // (nothing specific heard: the check asks for the overview)
  expect(matcher.analyze('nghe nói có thủ tục mới, có đúng không').aspect ?? 'overview').toBe('overview');
});

test('a rule heard ("phải", "không cần", "không được") and checked asks whether it applies (dialogs-tune-30/92/173)', () => {
  expect(matcher.analyze('chị hàng xóm nói bán quán cà phê nhỏ ko cần đăng ký hộ kinh doanh, có đúng ko ạ').aspect).toBe('eligibility');
  expect(matcher.analyze('trên face nói giờ rút bhxh 1 lần ko được nữa, thật ko ad').aspect).toBe('eligibility');
  expect(matcher.analyze('thang sau e di lam o Dai Loan 3 nam, nghe noi phai khai bao tam vang, co dung ko').aspect).toBe('eligibility');
  // (the combined procedure heard of, "… một lần phải không": what it is)
  expect(matcher.analyze('nghe nói làm chung cắt khẩu với tiền mai táng luôn một lần được phải không').aspect ?? 'overview').toBe('overview');
});

test('told it is done on the phone, then "làm sao": how to do it online (dialogs-tune-174)', () => {
  expect(matcher.analyze('thằng út nó bảo làm trên điện thoại được, có đúng không cháu, làm sao').aspect).toBe('online');
});

test('a place told in a statement that asks nothing is no question of where; a place checked still is (dialogs-tune-117/156, tune-29)', () => {
  expect(matcher.analyze('Tôi mới mua nhà ở phường khác, muốn chuyển hộ khẩu cả nhà về đây').aspect ?? 'overview').toBe('overview');
  expect(matcher.analyze('ở xã nói sổ gốc bị trôi hồi lũ năm 99 ko còn nữa').aspect ?? 'overview').toBe('overview');
  expect(matcher.analyze('mất thẻ bảo hiểm y tế làm lại ở xã được à').aspect).toBe('where');
  expect(matcher.analyze('nghe nói làm passport giờ ở xã cũng nhận, đúng ko').aspect).toBe('where');
});

test('"cho hỏi về giấy tờ xây nhà" asks how to go about it; "mất mấy nghìn" asks the fee; "còn nộp kịp không" whether still in time (dialogs-tune-180, tune-36)', () => {
  expect(aspectOf('cho hoi ve giay to xay nha')?.aspect).toBe('overview');
  expect(aspectOf('ba em moi mat hom qua | cho hoi giay to can lam')?.aspect).toBe('overview');
  expect(aspectOf('cho hoi giay to gi can mang')?.aspect).toBe('documents');
  expect(aspectOf('xac nhan chu ky ly lich mat may nghin')?.aspect).toBe('fee');
  expect(aspectOf('nghi duoc 2 thang roi con nop kip khong a')?.aspect).toBe('eligibility');
});

test('the photo for the file: its size, its background, glasses (dialogs-tune-178)', () => {
  expect(aspectOf('cho hoi lam ho chieu can anh co bao nhieu')?.aspect).toBe('documents');
  expect(aspectOf('nen trang hay nen xanh | deo kinh duoc khong')?.aspect).toBe('documents');
});

test('"bao lâu thì đăng ký thường trú xong" asks how long; "đóng bhxh được 14 tháng thì có đủ ko" whether it qualifies (dialogs-tune-181)', () => {
  expect(matcher.analyze('bao lâu thì đăng ký thường trú xong ạ').aspect).toBe('duration');
  expect(matcher.analyze('e đóng bhxh được 14 tháng thôi thì có đủ ko').aspect).toBe('eligibility');
  expect(aspectOf('bao lau thi duoc rut bhxh mot lan')?.aspect).toBe('eligibility');
});

test('"ở với con mấy tháng" tells a stay (dialogs-tune-191)', () => {
  expect(matcher.analyze('ông đi vô Nam ở với con mấy tháng, có phải khai báo tạm vắng không').aspect).toBe('eligibility');
});

test('"… thì ko cần xin hả" checks there is no need (dialogs-tune-190)', () => {
  expect(aspectOf('vay la o xa thi ko can xin ha admin')?.aspect).toBe('eligibility');
  expect(aspectOf('ko can mang gi ha')?.aspect).toBe('documents');
});

test('a clause opening with "hay" is the fallback of the question before it (dialogs-tune-189/190)', () => {
  expect(matcher.analyze('Cho tôi hỏi đổi bằng lái giờ có làm trên mạng được không, hay vẫn phải lên Sở?').aspect).toBe('online');
  expect(matcher.analyze('hkd thì có được thuê trên 10 lao động ko, hay thuê nhiều thì phải lên cty').aspect).toBe('eligibility');
});

test('"kẹp theo gì" asks for the papers (tune-26)', () => {
  expect(matcher.analyze('chứng thực chữ kí kẹp theo gì').aspect).toBe('documents');
});

test('"mỗi người đóng bao nhiêu" and "có mất chi không" ask the cost; "đóng bao nhiêu năm" does not (dialogs-tune-237/238)', () => {
  expect(aspectOf('bảo hiểm y tế hộ gia đình thì một người đóng bao nhiêu')?.aspect).toBe('fee');
  expect(aspectOf('làm cái ni có mất chi không o')?.aspect).toBe('fee');
  expect(aspectOf('phải đóng bao nhiêu năm mới được lãnh')?.aspect).not.toBe('fee');
});

test('"chế độ tiền người già" names the benefit, not its cost (dialogs-tune-245, tune-3)', () => {
  expect(aspectOf('hỏi về chế độ tiền người cao tuổi cho mẹ')?.aspect).not.toBe('fee');
  expect(aspectOf('tiền người già')?.aspect).not.toBe('fee');
  expect(aspectOf('làm cái này mất tiền không')?.aspect).toBe('fee');
});

test('"bữa nào rảnh tôi ghé" tells a plan, "bữa nào lấy được" asks when (dialogs-tune-245)', () => {
  expect(aspectOf('bữa nào rảnh tôi ghé')?.aspect).not.toBe('duration');
  expect(aspectOf('bữa nào lấy được vậy')?.aspect).toBe('duration');
});

test('Central "mô" typed without marks asks where ("ra cho mo lam", "nop mo"); "cho mở" does not (tune-40, dialogs-tune-240)', () => {
  expect(aspectOf('dinh danh muc 2 thi ra cho mo lam')?.aspect).toBe('where');
  expect(aspectOf('nop mo')?.aspect).toBe('where');
  expect(aspectOf('co cho mo quan an o nha khong')?.aspect).not.toBe('where');
});

test('"dấu", "dâu" and "Dầu" fold like "đâu" but ask nowhere ("ghi sai dấu", "con dâu", "Thủ Dầu Một"; dialogs-tune-107/167/249)', () => {
  expect(aspectOf('tên bé trên khai sinh bị ghi sai dấu')?.aspect).not.toBe('where');
  expect(aspectOf('con dâu tôi mới sinh cháu')?.aspect).not.toBe('where');
  expect(aspectOf('mới mua nhà ở Thủ Dầu Một muốn chuyển hộ khẩu về')?.aspect).not.toBe('where');
  expect(aspectOf('làm ở đâu')?.aspect).toBe('where');
});

test('"đóng mấy năm mới rút được" and "trường có cấp lại bằng không" ask whether one qualifies (dialogs-tune-67/198/237)', () => {
  expect(aspectOf('phải đóng bảo hiểm mấy năm mới được rút')?.aspect).toBe('eligibility');
  expect(aspectOf('mất bằng cao đẳng rồi trường có cấp lại bằng không ạ')?.aspect).toBe('eligibility');
  expect(aspectOf('mất thẻ có cấp lại qua app được không')?.aspect).not.toBe('eligibility');
});

test('whether a paper or a photo goes in the file asks for the papers ("có cần hộ khẩu ko", "có phải kèm bản án không", "có cần làm đơn ko"; dialogs-tune-62/118/220, tune-25)', () => {
  for (const text of ['có cần sổ hộ khẩu không hay chỉ cần căn cước', 'đã ly hôn thì có phải nộp kèm bản án không', 'xin trợ cấp có cần làm đơn ko', 'nhận con có bắt buộc kết quả adn không']) {
    expect(aspectOf(text)?.aspect).toBe('documents');
  }
  expect(aspectOf('có bắt buộc phải đăng ký không')?.aspect).toBe('eligibility');
});

test('a condition told, then "thì có <làm> được không": whether it can still be done, whatever papers the condition names (dialogs-tune-65/78/90/239)', () => {
  expect(aspectOf('chủ nhà không chịu đưa giấy tờ nhà thì em có đăng ký được không')?.aspect).toBe('eligibility');
  expect(aspectOf('ở Hà Nội thì có xin online được không')?.aspect).toBe('online');
  expect(aspectOf('có giấy tờ nhà rồi thì cần mang gì')?.aspect).toBe('documents');
});

test('papers lacked ("chưa có giấy tờ gì") are the condition, not a question of papers (dialogs-tune-33/108, tune-28/40)', () => {
  expect(aspectOf('đất ở từ năm 1985 mà chưa có giấy tờ gì, giờ làm sổ đỏ được không')?.aspect).toBe('eligibility');
  expect(aspectOf('làm sổ đỏ lần đầu cần giấy tờ gì')?.aspect).toBe('documents');
});

test('"có cho … làm giùm không" asks whether someone else may do it (dialogs-tune-261)', () => {
  expect(aspectOf('mẹ tôi già yếu đi không nổi, có cho con làm dùm không')?.aspect).toBe('eligibility');
});

test('"tiền nong thế nào" asks the cost (dialogs-tune-261)', () => {
  expect(aspectOf('làm cái này tiền nong thế nào hả cháu')?.aspect).toBe('fee');
});

test('"họ tự đăng ký hay chủ nhà phải làm" asks who must do it; "làm ở xã hay phải làm ngoài đó" asks where (dialogs-tune-161/235/262)', () => {
  expect(aspectOf('người thuê tự đăng ký tạm trú hay chủ nhà phải làm')?.aspect).toBe('eligibility');
  expect(aspectOf('chủ trọ báo hay mình phải tự báo')?.aspect).toBe('eligibility');
  expect(aspectOf('làm khai sinh ở quê hay phải làm ngoài đó')?.aspect).not.toBe('eligibility');
});

test('"giấy tờ chứng minh … là gì" asks which papers (dialogs-tune-201/262)', () => {
  expect(aspectOf('giấy tờ chứng minh mình là người giám hộ là gì')?.aspect).toBe('documents');
});

test('a paper issued abroad, then whether the office takes it, is a condition, not which office (tune-5/11/19/34/38)', () => {
  expect(aspectOf('bằng tốt nghiệp bên Úc toàn tiếng Anh, ra xã chứng thực bản sao đc hông')?.aspect).toBe('eligibility');
  expect(aspectOf('giấy tờ do nước ngoài cấp thì có đem ra xã sao y được không')?.aspect).toBe('eligibility');
  expect(aspectOf('bằng đại học thì ra xã sao y được không')?.aspect).toBe('where');
});

test('how long one must be out of work, or how many years until a renewal is due, is a condition (dialogs-tune-265/274)', () => {
  expect(aspectOf('e muon rut bhxh 1 lan thi phai nghi viec bao lau')?.aspect).toBe('eligibility');
  expect(aspectOf('tạm trú được mấy năm thì phải gia hạn')?.aspect).toBe('eligibility');
  expect(aspectOf('làm sổ đỏ lần đầu phải đợi bao lâu')?.aspect).toBe('duration');
});

test('a paper told expired, nothing asked ("hộ chiếu cũ của em hết hạn rồi"), asks no condition; "hết hạn thì có bị phạt không" does (dialogs-tune-18/28/249/276)', () => {
  expect(aspectOf('hộ chiếu cũ của em hết hạn rồi')?.aspect).not.toBe('eligibility');
  expect(aspectOf('bang b2 cua em sap het han')?.aspect).not.toBe('eligibility');
  expect(aspectOf('bằng lái hết hạn có bị phạt không')?.aspect).toBe('eligibility');
});

test('how long one must be away or out of work before something applies ("nghỉ việc bao lâu mới được rút", "đi làm xa bao lâu thì mới phải khai báo", "đi bao lâu thì mới bắt buộc khai") is a condition (dialogs-tune-234/260/429/483, tune-22/43)', () => {
  expect(aspectOf('nghỉ việc bao lâu mới được rút bảo hiểm 1 lần vậy mn')?.aspect).toBe('eligibility');
  expect(aspectOf('đi làm xa bao lâu thì mới phải khai báo tạm vắng ạ')?.aspect).toBe('eligibility');
  expect(aspectOf('di lam xa bao lau thi moi bat buoc khai tam vang')?.aspect).toBe('eligibility');
  expect(aspectOf('o tro bao lau moi bat buoc dang ky')?.aspect).toBe('eligibility');
  expect(aspectOf('nộp xong bao lâu thì được cấp')?.aspect).toBe('duration');
  expect(aspectOf('dang ky bao lau thi co')?.aspect).toBe('duration');
});

test('"phải dẫn bà lên công an xã hả": taking someone along to the office asks where (dialogs-tune-100/285)', () => {
  expect(aspectOf('phải dẫn bà lên công an xã hả ad')?.aspect).toBe('where');
  expect(aspectOf('phải chở ra công an xã làm hả, hay ra bển làm')?.aspect).toBe('where');
});

test('"cần làm đơn gì": which form to fill in asks the papers (dialogs-tune-282, tune-43)', () => {
  expect(aspectOf('tam ngung kinh doanh 3 thang can lam don gi')?.aspect).toBe('documents');
  expect(aspectOf('can lam don gi')?.aspect).toBe('documents');
});

test('"hồ sơ có chi" (Central "gì") asks the papers (dialogs-tune-290)', () => {
  expect(aspectOf('hồ sơ có chi')?.aspect).toBe('documents');
});

test('"tui có được lãnh hông", "thì có được nhận nữa không": whether one is entitled, not what it pays (dialogs-tune-267/269/290)', () => {
  expect(aspectOf('nghe mấy bà trong xóm nói được lãnh tiền già, tui có được lãnh hông')?.aspect).toBe('eligibility');
  expect(aspectOf('mạ tui có tiền tuất tháng mấy trăm thì có được nhận nữa không')?.aspect).toBe('eligibility');
  expect(aspectOf('được lãnh bao nhiêu tiền một tháng')?.aspect).toBe('fee');
});

test('"giờ cần đem gì lên xã": what to bring to the office asks the papers (dialogs-tune-268)', () => {
  expect(aspectOf('giờ cần đem gì lên xã')?.aspect).toBe('documents');
  expect(aspectOf('làm khai sinh lên xã hay lên huyện')?.aspect).toBe('where');
});

test('"để lo giấy tờ đất đai": papers as the purpose, not a question of papers (dialogs-tune-266/268/71/73)', () => {
  expect(aspectOf('tui xin thêm mấy bản trích lục khai tử để lo giấy tờ ngân hàng được hông')?.aspect).toBe('eligibility');
  expect(aspectOf('cần thêm mấy bản sao trích lục khai tử để lo giấy tờ đất đai, mỗi bản mất bao nhiêu')?.aspect).toBe('fee');
});

test('"có bị phạt vì để lâu quá ko": a fine asked about is a condition, not how long it takes (dialogs-tune-284)', () => {
  expect(aspectOf('có bị phạt vì để lâu quá ko')?.aspect).toBe('eligibility');
});

test('"nộp online với nộp trực tiếp cái nào có giấy nhanh hơn": which way is sooner asks how long (dialogs-tune-276)', () => {
  expect(aspectOf('nộp online với nộp trực tiếp cái nào có giấy nhanh hơn')?.aspect).toBe('duration');
});

test('a check closed the Central way ("… phải không hè") is still a check of what was heard (dialogs-tune-289)', () => {
  expect(aspectOf('tui nghe nói có cách làm một lần luôn cả khai tử cắt khẩu với tiền mai táng phải không hè')?.aspect).not.toBe('eligibility');
});

test('"… thì có được không" after a situation told asks whether it may be done (dialogs-tune-210/229/265, tune-11)', () => {
  expect(aspectOf('Tui muốn làm thủ tục nhận con thì có được không')?.aspect).toBe('eligibility');
  expect(aspectOf('còn hđ mua bán mà chứng thực ở phường thay vì công chứng thì có đc ko')?.aspect).toBe('eligibility');
});

test('"… thì bn" (bao nhiêu) at the end asks the price (dialogs-tune-272)', () => {
  expect(aspectOf('photo cong chung cccd luon thi bao nhieu')?.aspect).toBe('fee');
});

test('"ở nhà tự cái đt ni bấm là được hay phải lên công an": doing it oneself on the phone asks the online way (dialogs-tune-295)', () => {
  expect(aspectOf('o nha tu cai dt ni bam la dc hay phai len cong an')?.aspect).toBe('online');
});

test('"là cái chi" (Central "cái gì") asks what it is; "là chị ruột" tells who one is (dialogs-tune-287/295, tune-21)', () => {
  expect(aspectOf('khai báo tạm vắng là cái chi rứa, khi mô thì phải làm')?.aspect).toBe('overview');
  expect(aspectOf('tôi là chị ruột thì có đương nhiên được làm giám hộ không')?.aspect).toBe('eligibility');
});

test('"mấy tháng để …", "mấy hôm nay" tell a few months or days, asking nothing of how long (dialogs-tune-300)', () => {
  expect(matcher.analyze('còn ba em sắp vô Đà Nẵng ở nhà chú mấy tháng để mổ, rứa có phải khai báo tạm vắng không').aspect).toBe('eligibility');
  expect(matcher.analyze('nhà em có khách ở mấy hôm nay rồi, có phải báo lưu trú không').aspect).toBe('eligibility');
  expect(aspectOf('khai báo tạm vắng mất mấy ngày')?.aspect).toBe('duration');
});

test('money received, "lãnh mấy khoản tiền thay bà", tells the story and asks no fee (dialogs-tune-299)', () => {
  expect(aspectOf('bố em muốn làm giấy ủy quyền cho em nhận mấy khoản tiền thay ông')?.score ?? 0).toBeLessThan(2);
  expect(aspectOf('ngoài lệ phí còn khoản tiền nào phải nộp không')?.aspect).toBe('fee');
});

test('the old paper handed back or brought, named by the procedure itself ("có phải nộp lại hộ chiếu cũ không"), asks the papers (dialogs-tune-159/226/236)', () => {
  expect(matcher.analyze('đổi bằng lái có cần nộp lại bằng lái cũ không').aspect).toBe('documents');
  expect(matcher.analyze('căn cước cũ có phải nộp lại không').aspect).toBe('documents');
  // (whether one must apply at all stays eligibility)
  expect(matcher.analyze('bé 5 tuổi có phải làm căn cước không').aspect).toBe('eligibility');
});

test('"làm hồ sơ chi", "chứng cứ gì" ask the papers; "phí hồ sơ chi" the fee (dialogs-tune-153/199)', () => {
  expect(aspectOf('vậy con phải làm hồ sơ chi')?.aspect).toBe('documents');
  expect(aspectOf('cần đưa chứng cứ gì')?.aspect).toBe('documents');
  expect(aspectOf('có mất phí hồ sơ chi không')?.aspect).toBe('fee');
});

test('"ai xét", "ai cấp cái giấy đó" ask which body decides or issues: where (dialogs-tune-263/295/308)', () => {
  expect(aspectOf('hộ nghèo thì ai xét vậy')?.aspect).toBe('where');
  expect(aspectOf('ai cấp giấy đó cho mình')?.aspect).toBe('where');
  // (who may do it on one's behalf stays eligibility)
  expect(aspectOf('tui không đi được thì ai làm thay')?.aspect).not.toBe('where');
});

test('who must do it, "chủ trọ làm hay em tự làm", asks eligibility; the office or oneself at home is another matter (dialogs-tune-284/301)', () => {
  expect(aspectOf('khai tạm trú thì chủ nhà làm hay tụi em phải tự đi làm')?.aspect).toBe('eligibility');
  expect(aspectOf('lên công an xã làm hay tự làm ở nhà trên điện thoại được')?.aspect).not.toBe('eligibility');
});

test('a rule heard then checked with "có đúng không con", "có đúng không rứa" asks whether it applies (dialogs-tune-287/295)', () => {
  expect(matcher.analyze('nghe noi toi 70 tuoi la phai di doi the can cuoc, co dung khong con').aspect).toBe('eligibility');
});

describe('whether one must go to a place, or may do it at a place, asks where (dialogs-tune-153/174/211/217/223)', () => {
  test.each([
    ['mà e đang ở trọ Bình Dương, hộ khẩu thì tận Cà Mau, có phải lặn lội về quê làm k', 'where'],
    ['co phai ve noi thuong tru ko, toi dang o Can Tho', 'where'],
    ['e đang ở HN thì đăng ký lại ở HN đc ko', 'where'],
    ['vợ sắp cưới của e là người Hàn, có đăng ký ở xã được ko', 'where'],
    // (away from home, at an office, the very office, or here rather than there: dialogs-tune-484/486/488/489/490)
    ['tui đang làm ở Đà Nẵng không về quê được, xin ngoài ni được không', 'where'],
    ['nhà tôi chuyển ra Hà Nội ở rồi, xin ngoài Hà Nội được không', 'where'],
    ['e cần sao y 5 tờ bằng đại học để nộp hs xin việc, lên phường làm đc ko ạ', 'where'],
    ['có cần về đúng xã nơi đăng ký ngày xưa ko, cháu giờ ở hà nội', 'where'],
    ['làm ở Đồng Nai chỗ tôi thường trú được không hay phải ra Quảng Trị', 'where'],
    // …but within a time, or outside the office, is not a place asked
    ['lam trong ngay lay luon duoc ko', 'duration'],
    ['chứng thực ngoài trụ sở được không', 'eligibility'],
    // …not a report made there, a step before the move, who must go together
    ['tiệm tạp hoá nhà mình muốn tạm nghỉ 3 tháng thì có phải báo lên xã không', 'eligibility'],
    ['vợ tôi ở tỉnh khác thì có phải về quê cắt khẩu trước không', 'eligibility'],
    ['vợ chồng có phải cùng lên xã không', 'eligibility'],
  ])('%s → %s', (text, aspect) => expect(aspectOf(text)?.aspect).toBe(aspect));
});

test('whether the result comes in time ("kịp có thẻ mới ko") asks how long; "còn kịp không" stays the deadline (dialogs-tune-382)', () => {
  expect(aspectOf('tuan sau me toi phai di kham roi, lam bay gio thi kip co the moi ko')?.aspect).toBe('duration');
  expect(aspectOf('qua 60 ngay roi thi con kip khong')?.aspect).toBe('eligibility');
});

test('"xe may", "may moc" typed without marks are a machine, not "mấy" asking, so the story clause asks nothing (dialogs-tune-384/169)', () => {
  expect(detectAspect('bac tui moi mua xe may moi ra cong an bam bien so lien | con tui mua lai chiec xe cu cua nguoi quen | sang ten xe thi lam sao')?.aspect).toBe('overview');
  // ("mấy ngày" still asks how long)
  expect(aspectOf('mua xe may cu thi sang ten may ngay xong')?.aspect).toBe('duration');
});

test('a yes-or-no question of need before one in words asks the question in words ("có cần giấy ATTP ko, xin ở đâu") (dialogs-tune-390/384/393)', () => {
  expect(matcher.analyze('co can giay ATTP ko, xin o dau').aspect).toBe('where');
  expect(matcher.analyze('hợp đồng thuê mặt bằng có cần chứng thực ở xã không, chứng thực mất bao nhiêu tiền').aspect).toBe('fee');
  // (a question of cost asked yes or no is a question itself: the first one)
  expect(matcher.analyze('thế có mất tiền k, mất mấy ngày').aspect).toBe('fee');
});
