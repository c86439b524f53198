/** Greetings, thanks and acknowledgements that ask nothing, told apart from questions (pure, folded tokens). */
import { announcesQuestions, introducesThenAnnounces, asksAboutField, asksSomething, closingThanksAt, isAcknowledgement, isOpening, isSalutation, opensWithHello, opensWithThanks, saysFarewell, tellsAfterHello } from '../../src/understanding/courtesy';

const words = (folded: string) => folded.split(' ');

test('a short acknowledgement', () => {
  expect(isAcknowledgement(words('vang em doi a'))).toBe(true);
  expect(isAcknowledgement(words('duoc toi cho'))).toBe(true);
  expect(isAcknowledgement(words('cho em'))).toBe(false); // an unfinished request
  expect(isAcknowledgement(words('vang em doi lau qua roi do a'))).toBe(false); // longer, and says more
  expect(isAcknowledgement(words('da roi a'))).toBe(true); // "dạ rồi ạ": yes, got it
  expect(isAcknowledgement(words('o thoi duoc'))).toBe(true); // "ờ thôi được"
  expect(isAcknowledgement(words('roi sao nua'))).toBe(false); // "rồi" without the "dạ" goes on
});

test('thanks that open the message, or close a "thôi …"', () => {
  expect(opensWithThanks(words('da em cam on de mai em len xa'))).toBe(true);
  expect(opensWithThanks(words('thoi chac em linh that nghiep cam on admin'))).toBe(true);
  expect(opensWithThanks(words('lam can cuoc o dau cam on'))).toBe(false);
  expect(opensWithThanks(words('ha ha thoi cam on'))).toBe(true); // laughter before it
});

test('thanks that close a message after something else', () => {
  expect(closingThanksAt(words('xin truc tuyen duoc khong admin cam on'))).toBe(6);
  expect(closingThanksAt(words('lam o dau a cam on admin nhieu a'))).toBe(4);
  expect(closingThanksAt(words('cam on admin'))).toBe(-1); // nothing before them
  expect(closingThanksAt(words('cam on admin lam o dau'))).toBe(-1); // they open it
});

test('a hello after the address words', () => {
  expect(opensWithHello(words('em chao admin a'))).toBe(true);
  expect(opensWithHello(words('chao bo phan mot cua'))).toBe(true);
  expect(opensWithHello(words('cam on admin'))).toBe(false);
});

test('asking: a question mark or a question word', () => {
  expect(asksSomething('cảm ơn ad, cho em hỏi thêm', words('cam on admin cho em hoi them'))).toBe(true);
  expect(asksSomething('?', [])).toBe(true);
  expect(asksSomething('cảm ơn cán bộ đã hướng dẫn tận tình', words('cam on can bo da huong dan tan tinh'))).toBe(false);
  // thanked much asks no amount; "bao nhiêu" still asks (dialogs-tune-491)
  expect(asksSomething('dạ cảm ơn ad nhiều lắm nha, chúc ad mạnh khoẻ', words('da cam on admin nhieu lam nha chuc admin manh khoe'))).toBe(false);
  expect(asksSomething('cám ơn nhiều', words('cam on nhieu'))).toBe(false);
  expect(asksSomething('cảm ơn, mà phí bao nhiêu', words('cam on ma phi bao nhieu'))).toBe(true);
  expect(asksSomething('nhiều không', words('nhieu khong'))).toBe(true);
});

test('"anh chị", "chị ơi" address someone; "chi" (gì) alone asks', () => {
  expect(asksSomething('Chào anh chị bộ phận một cửa', words('chao anh chi bo phan mot cua'))).toBe(false);
  expect(asksSomething('chị ơi em chào chị', words('chi oi em chao chi'))).toBe(true); // the last "chị" may be "chi"
  expect(asksSomething('làm khai sinh cần chi', words('lam khai sinh can chi'))).toBe(true);
});

test('an opening that announces a question without asking it yet', () => {
  expect(isOpening(words('da cho em hoi voi a'))).toBe(true);
  expect(isOpening(words('admin oi cho hoi chut'))).toBe(true);
  expect(isOpening(words('cho em hoi lam can cuoc o dau'))).toBe(false);
  // the whole page addressed (dialogs-tune-145)
  expect(isOpening(words('moi nguoi oi cho hoi'))).toBe(true);
  expect(isOpening(words('ca nha cho hoi chut'))).toBe(true);
  expect(isOpening(words('cac ban cho hoi'))).toBe(true);
  // papers in general, no procedure named yet (dialogs-tune-153)
  expect(isOpening(words('chao admin minh muon hoi thu tuc giay to'))).toBe(true);
  expect(isOpening(words('admin oi cho em hoi chut viec giay to cho con'))).toBe(true);
  expect(isOpening(words('cho em hoi giay to lam can cuoc'))).toBe(false);
});

test('a farewell that closes a message asking nothing (from dialogs-tune-20)', () => {
  const says = (text: string) => saysFarewell(text, words(text));
  expect(says('ok de em ra xa hoi them tam biet')).toBe(true);
  expect(says('thoi em di lam bye admin')).toBe(true);
  expect(says('cam on ad nhieu tam biet')).toBe(false); // thanks as well: the classifier weighs them
  expect(says('nop o dau vay bye')).toBe(false);
  expect(says('tam biet la gi?')).toBe(false);
});

test('"xin cảm ơn" is not a hello; "thôi chào" takes leave (from tune-10, dialogs-tune-22)', () => {
  expect(opensWithHello(words('xin cam on da huong dan tan tinh'))).toBe(false);
  expect(opensWithHello(words('xin chao admin'))).toBe(true);
  expect(saysFarewell('thoi chao admin nhe', words('thoi chao admin nhe'))).toBe(true);
  expect(saysFarewell('thoi chao chau cam on nhieu', words('thoi chao chau cam on nhieu'))).toBe(true);
  expect(saysFarewell('thoi chao, nop o dau', words('thoi chao nop o dau'))).toBe(false);
});

test('a plan asks nothing: "thôi để bữa nào tui ra uỷ ban hỏi trực tiếp" (dialogs-tune-137)', () => {
  const t = (text: string) => text.split(' ');
  expect(asksSomething('', t('thoi de bua nao toi ra uy ban hoi truc tiep cam on nha'))).toBe(false);
  expect(asksSomething('', t('bua nao co ket qua'))).toBe(true);
  expect(asksSomething('', t('cho em hoi them'))).toBe(true);
});

test('"ok chào", "ok vậy chào": an acknowledgement closed by a farewell takes leave (dialogs-tune-17/136/146)', () => {
  const says = (text: string) => saysFarewell(text, words(text));
  expect(says('ok chao')).toBe(true);
  expect(says('ok vay chao')).toBe(true);
  expect(says('ok cam on chao')).toBe(false); // thanks in it: the classifier weighs the two
  expect(says('ok chao em can hoi them')).toBe(false);
});

test('"dạ ok ad, để e ra xã hỏi": agreed, going to ask there, nothing asked here; with a farewell it takes leave (dialogs-tune-149/152)', () => {
  expect(isAcknowledgement(words('da ok admin de em ra xa hoi'))).toBe(true);
  expect(isAcknowledgement(words('da roi de toi noi tui nho di lam'))).toBe(true);
  expect(isAcknowledgement(words('ok de em ra xa hoi them bye'))).toBe(false);
  expect(isAcknowledgement(words('ok de em ra xa thi nop o dau'))).toBe(false);
});

test('a letter\'s salutation sent alone asks nothing yet (dialogs-tune-206)', () => {
  expect(isSalutation(words('kinh gui uy ban xa'))).toBe(true);
  expect(isSalutation(words('kinh thua cac co chu can bo'))).toBe(true);
  expect(isSalutation(words('kinh gui uy ban xa cho toi hoi lam khai sinh o dau'))).toBe(false);
});

test('"thôi để hôm nào ra uỷ ban nhờ cán bộ chỉ cho. cảm ơn": a plan to go and be shown, and thanks (dialogs-tune-206)', () => {
  expect(asksSomething('', words('thoi de hom nao ra uy ban nho can bo chi cho'))).toBe(false);
  expect(asksSomething('', words('nho can bo chi cho'))).toBe(false);
  expect(asksSomething('', words('lam giay chi cho con'))).toBe(true); // "chi" (gì) asking, the paper for the child
});

test('an opening that names a whole field ("thủ tục đất đai", "giấy tờ cho bé") announces a question, no procedure yet; "hỏi về căn cước" names one (dialogs-tune-215/279/280/282)', () => {
  expect(isOpening(words('da xin chao anh chi em muon hoi thu tuc dat dai a'))).toBe(true);
  expect(isOpening(words('chao moi nguoi em hoi chut ve giay to cho be nha em'))).toBe(true);
  expect(isOpening(words('cho hoi ve can cuoc'))).toBe(false);
  expect(isOpening(words('xin giay to dat o dau'))).toBe(false);
});

test('leaving told the Central way ("bác tắt máy nghe", "thôi mệ đi nghe", "o đi nghe") is a farewell; "đi đâu nghe" asks (dialogs-tune-243/287/288)', () => {
  expect(saysFarewell('bác tắt máy nghe', words('bac tat may nghe'))).toBe(true);
  expect(saysFarewell('o đi nghe', words('o di nghe'))).toBe(true);
  expect(saysFarewell('thôi mệ đi nghe', words('thoi ba di nghe'))).toBe(true);
  expect(saysFarewell('đi đâu nghe', words('di dau nghe'))).toBe(false);
  // (the one addressed after it, or a wish: "bác nghỉ nghe cháu", "bác đi về nghe, chúc cháu khoẻ" — dialogs-tune-444)
  expect(saysFarewell('bac nghi nghe chau', words('bac nghi nghe chau'))).toBe(true);
  // (a closing particle after the farewell: "thôi để em hỏi ngân hàng, chào ad nha" — dialogs-tune-456)
  expect(saysFarewell('thôi để em hỏi ngân hàng, chào ad nha', words('thoi de em hoi ngan hang chao admin nha'))).toBe(true);
  expect(saysFarewell('bac di ve nghe, chuc chau khoe', words('bac di ve nghe chuc chau khoe'))).toBe(true);
});

test('an opening that names a field ("hỏi bên hộ tịch", "hỏi vụ bảo hiểm tí", "hỏi chút về chứng thực", "hỏi làm giấy cho con") announces a question (dialogs-tune-297/298)', () => {
  expect(isOpening(words('da chao admin em hoi ben ho tich a'))).toBe(true);
  expect(isOpening(words('chao admin hoi vu bao hiem ti'))).toBe(true);
  expect(isOpening(words('chao admin cho hoi chut ve chung thuc'))).toBe(true);
  expect(isOpening(words('em oi chi hoi lam giay cho con'))).toBe(true);
  expect(isOpening(words('cho hoi ve giay to xay nha'))).toBe(false);
});

test('a field asked about after "muốn/cần hỏi" ("e muốn hỏi về chuyện hôn nhân", "cần hỏi về sửa giấy tờ", "hỏi về trợ cấp") asks nothing yet; "trợ cấp cho người già" is one procedure (dialogs-tune-367)', () => {
  const field = (folded: string) => asksAboutField(folded, words(folded));
  expect(field('da chao admin em muon hoi ve chuyen hon nhan a')).toBe(true);
  expect(field('chao admin em can hoi ve sua giay to')).toBe(true);
  expect(field('chao chau bac muon hoi ve tro cap')).toBe(true);
  expect(field('hoi ve tro cap cho nguoi gia')).toBe(false);
  expect(field('em muon hoi ve bao hiem em muon rut mot lan')).toBe(false); // a want of its own
  expect(field('chao admin a em hoi ve giay to cho may dua nho trong nha')).toBe(true); // some children, no count asked
  expect(asksSomething('', words('giay to cho be mat may ngay'))).toBe(true); // "mấy ngày" asks
  expect(field('admin oi em hoi chuyen hon nhan gia dinh')).toBe(true); // "gia đình": no "định" (dialogs-tune-311)
  expect(field('chao admin cho toi hoi chut chuyen dat cat nha')).toBe(true); // "đất cát", land said loosely (dialogs-tune-415)
});

test('"xin chào cán bộ, tôi có mấy việc về đất đai muốn hỏi" announces questions; a person asked for does not (dialogs-tune-367)', () => {
  const announces = (folded: string) => announcesQuestions(folded, words(folded));
  expect(announces('xin chao can bo toi co may viec ve dat dai muon hoi')).toBe(true);
  expect(announces('em co may chuyen muon hoi can bo truc tiep')).toBe(false);
});

test('a letter\'s salutation opens a message like a hello; questions announced after who and where the citizen is, or with "xin hỏi" (dialogs-tune-371, tune-53)', () => {
  expect(opensWithHello(words('kinh gui bo phan mot cua uy ban nhan dan phuong'))).toBe(true);
  expect(opensWithHello(words('thua can bo toi la cuu chien binh'))).toBe(true);
  expect(opensWithHello(words('kinh phi bao nhieu'))).toBe(false);
  const announces = (folded: string) => announcesQuestions(folded, words(folded));
  expect(announces('thua can bo toi la cuu chien binh o xa tan phu huyen vinh tuong tinh vinh phuc toi co may viec ve dat dai xin hoi')).toBe(true);
  expect(announces('xin chao minh la me bim o phuong tan dinh quan 1 minh co may cau hoi ve giay to cho em be')).toBe(true);
  expect(announces('hello admin em sinh vien nam cuoi muon hoi may giay to de nop xin viec')).toBe(true); // papers in general (dialogs-tune-373)
  expect(announces('thoi cam on co hoi co may chuyen lat vat rua ma co cung tra loi')).toBe(false); // asked before, thanked now
});

test('a hello, then a situation told, asks nothing: "được" before a time, "chị" greeted, "cán bộ", a place or a trade named are no request or question (dialogs-tune-381)', () => {
  for (const folded of ['chao anh chi a nha em moi sinh be thu hai duoc hon 2 tuan hai me con van khoe', 'chao chi em dang cam quyen so ho khau cu cua nha em ne',
    'em chao anh chi a em vua nghi viec o cong ty may duoc 1 tuan da chot so bao hiem xong roi', 'chao can bo xa nha toi o thon 4 hoan canh kho khan chong toi bi tai nan giao thong']) {
    expect([folded, tellsAfterHello(folded, words(folded))]).toEqual([folded, true]);
  }
  expect(asksSomething('', words('toi o phuong thu dau mot'))).toBe(false);
  // …while a count asked, a place asked, or a need told is not a story
  expect(asksSomething('', words('chao chi may ngay thi co'))).toBe(true);
  expect(tellsAfterHello('chao chi em moi sinh be duoc hai tuan gio can lam giay to', words('chao chi em moi sinh be duoc hai tuan gio can lam giay to'))).toBe(false);
});

test('"like", "dạ noted ạ" acknowledge; "thôi bà nghỉ nghe" takes leave (dialogs-tune-402/403)', () => {
  expect(isAcknowledgement(words('like'))).toBe(true);
  expect(isAcknowledgement(words('da noted a'))).toBe(true);
  expect(saysFarewell('thôi bà nghỉ nghe', words('thoi ba nghi nghe'))).toBe(true);
  // (resting asked about is no farewell)
  expect(saysFarewell('nghỉ mấy ngày', words('nghi may ngay'))).toBe(false);
});

test('a hello, who writes, and questions or help announced at the end is an opening, however long (dialogs-tune-428)', () => {
  const opening = (...clauses: string[]) => introducesThenAnnounces(clauses.join(', '), clauses.map(words), (c) => / (?:o dau|bao lau|bao nhieu|gi) /.test(` ${c.join(' ')} `));
  expect(opening('chao anh chi a', 'em ten la lan', 'nam nay 30 tuoi', 'nha em o thon ha', 'em co may thac mac muon hoi a')).toBe(true);
  expect(opening('da chao admin', 'toi la hai', 'dang lam o binh duong', 'co chuyen giay to nho anh chi tu van giup a')).toBe(true);
  expect(opening('chao admin', 'em la vy', 'lan dau nhan tin nen khong biet hoi sao', 'admin thong cam nha')).toBe(true);
  expect(opening('da chao admin', 'chau o dien chau', 'cho chau hoi chuyen nay voi a')).toBe(true); // "chuyện ni" (dialogs-tune-421)
  // (not a matter named after the announcing words, nor a question told in the story, nor no hello)
  expect(opening('chao admin', 'em la vy', 'em muon hoi thu tuc ly hon')).toBe(false);
  expect(opening('chao admin', 'lam can cuoc o dau', 'em muon hoi may viec')).toBe(false);
  expect(opening('em la vy', 'em muon hoi may viec')).toBe(false);
});

test('"thôi em về nha", "bác đi": going home or going, told by who leaves, takes leave (dialogs-tune-411)', () => {
  expect(saysFarewell('thôi em về nha', words('thoi em ve nha'))).toBe(true);
  expect(saysFarewell('bác đi', words('bac di'))).toBe(true);
  // (going home as a matter asked about is no farewell)
  expect(saysFarewell('về quê nhập hộ khẩu', words('ve que nhap ho khau'))).toBe(false);
  expect(saysFarewell('em về quê', words('em ve que'))).toBe(false);
});

test('"xin được hỏi một việc như sau" announces a question (dialogs-tune-402)', () => {
  const text = 'Kính gửi: Uỷ ban nhân dân phường Hoà Khánh. Tôi tên là Nguyễn Văn Tâm, cư trú tại tổ 12, xin được hỏi một việc như sau.';
  expect(announcesQuestions(text, words('kinh gui uy ban nhan dan phuong hoa khanh toi ten la nguyen van tam cu tru tai to 12 xin duoc hoi mot viec nhu sau'))).toBe(true);
  // (one matter asked outright is a question)
  expect(announcesQuestions('hỏi một việc: làm căn cước ở đâu', words('hoi mot viec lam can cuoc o dau'))).toBe(false);
});

test('a hello, then who writes told with "không rành", "mắt mờ" or "nhờ tui nhắn hộ", asks nothing yet (dialogs-tune-62/391)', () => {
  expect(tellsAfterHello('chào bạn, mình lớn tuổi không rành điện thoại lắm', words('chao ban minh lon tuoi khong ranh dien thoai lam'))).toBe(true);
  expect(tellsAfterHello('Chào o chú, mạ tui già rồi mắt mờ, nhờ tui nhắn hộ', words('chao o chu me toi gia roi mat mo nho toi nhan ho'))).toBe(true);
  // ("không" closing a question still asks; a favour asked of us is wanted)
  expect(tellsAfterHello('chào bạn, mình lớn tuổi làm trên điện thoại được không', words('chao ban minh lon tuoi lam tren dien thoai duoc khong'))).toBe(false);
  expect(tellsAfterHello('chào bạn, mình lớn tuổi, nhờ bạn chỉ giúp làm căn cước', words('chao ban minh lon tuoi nho ban chi giup lam can cuoc'))).toBe(false);
});

test('a field\'s name sent alone ("bảo hiểm", "đất đai ạ", "KINH DOANH") is an opening that asks about the field (dialogs-tune-409)', () => {
  expect(asksAboutField('bảo hiểm', words('bao hiem'))).toBe(true);
  expect(asksAboutField('dat dai a', words('dat dai a'))).toBe(true);
  // (not "chứng thực" alone, nor a field with more said)
  expect(asksAboutField('chứng thực', words('chung thuc'))).toBe(false);
  expect(asksAboutField('bảo hiểm y tế', words('bao hiem y te'))).toBe(false);
  // (led by "về", "vụ": "về đất đai á", "vụ bảo hiểm" — dialogs-tune-442; "về đất đai thì sao" asks)
  expect(asksAboutField('về đất đai á', words('ve dat dai a'))).toBe(true);
  expect(asksAboutField('vụ bảo hiểm', words('vu bao hiem'))).toBe(true);
  expect(asksAboutField('về đất đai thì sao', words('ve dat dai thi sao'))).toBe(false);
});

test('"chào mấy cô, con dâu tui mới sanh thằng cháu nội": "mấy cô" greets many, "con dâu" is a daughter-in-law — nothing asked yet (dialogs-tune-410)', () => {
  expect(tellsAfterHello('chào mấy cô, con dâu tui mới sanh thằng cháu nội', words('chao may co con dau toi moi sinh thang chau noi'))).toBe(true);
  // ("mấy ngày" still asks)
  expect(tellsAfterHello('chào mấy cô, con dâu tui mới sanh, làm khai sinh mấy ngày', words('chao may co con dau toi moi sinh lam khai sinh may ngay'))).toBe(false);
});

test('"tôi có một việc cần hỏi về …, mong được hướng dẫn" announces a question (dialogs-tune-391)', () => {
  expect(announcesQuestions('Xin chào bộ phận một cửa, tôi có một việc cần hỏi về giấy tờ đất đai của gia đình, mong được hướng dẫn',
    words('xin chao bo phan mot cua toi co mot viec can hoi ve giay to dat dai cua gia dinh mong duoc huong dan'))).toBe(true);
});

test('"có mấy việc … muốn hỏi, nhờ ad chỉ giúp" announces questions — "chỉ giúp" shows, it asks no "gì" (dialogs-tune-391)', () => {
  expect(announcesQuestions('Mình đi làm bên Hàn mới về thăm nhà, có mấy việc cho gia đình muốn hỏi, nhờ ad chỉ giúp',
    words('minh di lam ben han moi ve tham nha co may viec cho gia dinh muon hoi nho admin chi giup'))).toBe(true);
  // ("cần giấy chi" still asks)
  expect(announcesQuestions('có mấy việc muốn hỏi, làm khai sinh cần giấy chi', words('co may viec muon hoi lam khai sinh can giay chi'))).toBe(false);
});
