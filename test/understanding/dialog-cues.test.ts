/** Words that relate a message to the conversation so far (pure, folded tokens). */
import { asksIfOnline, asksOnBehalf, asksOpenly, asksServiceAtHome, asksYesNo, correctsItself, dueForRenewal, goesBack, namesAgedKin, onlyPart, ownCardAgain, ownersConsent, setRight, turnsToAnother } from '../../src/understanding/dialog-cues';

const words = (folded: string) => folded.split(' ');

test('a turn to another topic starts with "còn", after a few opening words', () => {
  expect(turnsToAnother(words('con ly lich tu phap thi sao'))).toBe(true);
  expect(turnsToAnother(words('ok gio con vu tam tru cua em'))).toBe(true);
  expect(turnsToAnother(words('a con cai kia'))).toBe(true);
  expect(turnsToAnother(words('le phi con bao nhieu'))).toBe(false); // "còn" later in the sentence
  // "vụ/chuyện X thì …" names the matter turned to (dialogs-tune-150)
  expect(turnsToAnother(words('ok vu sang ten thi nop qua mang duoc khong'))).toBe(true);
  expect(turnsToAnother(words('chuyen ho chieu thi sao'))).toBe(true);
  expect(turnsToAnother(words('nop qua mang thi sao'))).toBe(false);
  // "X của bé thì …": as for the child's X (dialogs-tune-169)
  expect(turnsToAnother(words('can cuoc cua be thi bao lau co'))).toBe(true);
  expect(turnsToAnother(words('tro cap cua ong noi thi bao lau moi nhan tien'))).toBe(true);
  expect(turnsToAnother(words('ho so cua toi nop roi thi bao lau'))).toBe(false);
  expect(turnsToAnother(words('roi con vu ket hon tui em dang ky tren vneid duoc khong'))).toBe(true); // "r quay lại vụ…" (dialogs-tune-169)
});

test('going back to something said before', () => {
  expect(goesBack(words('cai can cuoc hoi nay lam xong bao lau'))).toBe(true);
  expect(goesBack(words('quay lai chuyen ho chieu'))).toBe(true);
  expect(goesBack(words('lam can cuoc bao lau'))).toBe(false);
});

test('whether something can be done online, as opposed to how to use the portal', () => {
  expect(asksIfOnline(words('lam tren dich vu cong duoc khong'))).toBe(true);
  expect(asksIfOnline(words('nop truc tuyen tren cong dich vu cong duoc ko'))).toBe(true);
  expect(asksIfOnline(words('dang nhap dich vu cong kieu gi'))).toBe(false);
  expect(asksIfOnline(words('tai khoan dich vu cong dang nhap duoc khong'))).toBe(false);
  expect(asksIfOnline(words('co the nop qua cong dich vu cong khong toi ban di lam ca ngay'))).toBe(true);
  expect(asksIfOnline(words('bay gio lam online tren dich vu cong duoc roi ha'))).toBe(true);
  expect(asksIfOnline(words('lam tren cong dvc thi dung tai khoan cua bo hay cua me'))).toBe(true); // doing it there, then how
  // how to do it online, not how to log in (dialogs-tune-245)
  expect(asksIfOnline(words('con toi bao nop tren cong dich vu cong vay nop online the nao'))).toBe(true);
  expect(asksIfOnline(words('nop online thi dang nhap tai khoan the nao'))).toBe(false);
});

test('a yes/no question, as opposed to an open one', () => {
  // "chỉ cần" is no Central "chi" (= gì) (dialogs-tune-141/19/47)
  expect(asksYesNo(words('co can giay xac nhan doc than khong hay chi can can cuoc'))).toBe(true);
  expect(asksYesNo(words('can mang giay chi a co can can cuoc khong'))).toBe(false);
  expect(asksYesNo(words('co can mang theo ban an ly hon khong'))).toBe(true);
  expect(asksYesNo(words('phai co hop dong cong chung ha'))).toBe(true);
  expect(asksYesNo(words('can mang giay to gi khong'))).toBe(false); // which papers: open
  expect(asksYesNo(words('nop o dau'))).toBe(false);
});

test('only one thing is wanted', () => {
  expect(onlyPart(words('neu bac chi muon xoa ten ong trong ho khau thoi thi phai mang giay gi'))).toBe(true);
  expect(onlyPart(words('rieng the bao hiem y te thi lam o dau'))).toBe(true);
  expect(onlyPart(words('lam mot lan duoc ca the bao hiem y te luon'))).toBe(false);
});

test('whether someone else may do it for the citizen (from dialogs-tune-11/18)', () => {
  const t = (text: string) => text.split(' ');
  expect(asksOnBehalf(t('toi lam thay cho chau duoc khong chau dang o ha noi hoc tieng'))).toBe(true);
  expect(asksOnBehalf(t('toi la me co xin thay cho chau duoc khong'))).toBe(true);
  expect(asksOnBehalf(t('con nop gium tren mang duoc khong'))).toBe(true);
  expect(asksOnBehalf(t('toi muon lam giam ho cho chau'))).toBe(false);
  expect(asksOnBehalf(t('lam thay the can cuoc o dau'))).toBe(false);
  expect(asksOnBehalf(t('toi la con trai di lam giay to thay co duoc khong a'))).toBe(true); // the papers done for her
  expect(asksOnBehalf(t('nop ho so online duoc khong'))).toBe(false); // "hồ sơ", not "hộ"
  expect(asksOnBehalf(t('e ko di duoc thi vo di lam giup dc chu'))).toBe(true); // "được chứ"
  expect(asksOnBehalf(t('lam ho so o xa duoc khong'))).toBe(false);
  // "được đi làm cho cháu không": whether one may do it for someone (dialogs-tune-245)
  expect(asksOnBehalf(t('toi la ong noi thi co duoc di lam cho chau khong hay phai bo me no di'))).toBe(true);
  expect(asksOnBehalf(t('lam cho chau can giay gi'))).toBe(false);
  // who may stand as the one who does it (dialogs-tune-484)
  expect(asksOnBehalf(t('ai duoc dung ra di lam toi la chau noi duoc khong'))).toBe(true);
  expect(asksOnBehalf(t('ai duoc dung ra khai tu cho ong'))).toBe(true);
  // "có cho … làm giùm không": whether someone else is let do it (dialogs-tune-261)
  expect(asksOnBehalf(t('ba toi om nam vien co cho toi nop gium khong'))).toBe(true);
});

test('service at home, asked for (from dialogs-tune-14/21/26)', () => {
  const t = (text: string) => text.split(' ');
  expect(asksServiceAtHome(t('tui di dung kho khan lam co ai xuong tan nha lam dum hong'))).toBe(true);
  expect(asksServiceAtHome(t('ong di lai kho cong an co xuong tan nha lam khong hay phai cho ong len phuong'))).toBe(true);
  expect(asksServiceAtHome(t('can bo xuong tan nha doi tien'))).toBe(false);
});

test('a relative of a stated age (from dialogs-tune-67/87/117/132)', () => {
  const t = (text: string) => text.split(' ');
  expect(namesAgedKin(t('con em 13t lam duoc chua'))).toBe(true);
  expect(namesAgedKin(t('con em 10 tuoi lam the duoc chua'))).toBe(true);
  expect(namesAgedKin(t('tien thang con trai toi 15t chua lam the lan nao'))).toBe(true);
  expect(namesAgedKin(t('con gai em nam nay 12 tuoi may dua nho vay lam the duoc chua a'))).toBe(true);
  expect(namesAgedKin(t('a thang em ut nam nay 14 tuoi chua co can cuoc'))).toBe(true); // a younger brother (dialogs-tune-183)
  expect(namesAgedKin(t('em 13t lam duoc chua'))).toBe(false); // the citizen's own age
  expect(namesAgedKin(t('con the mat 3 ngay chua co'))).toBe(false);
});

test("the owner's consent a residence needs (from dialogs-tune-133)", () => {
  const t = (text: string) => text.split(' ');
  expect(ownersConsent(t('chu tro khong chiu ky xac nhan thi em co dang ky duoc khong'))).toBe(true);
  expect(ownersConsent(t('can giay to gi co phai co chu ky dong y cua chu ho khong'))).toBe(true);
  expect(ownersConsent(t('chung thuc chu ky o dau'))).toBe(false);
});

test('"có được đăng ký online trên dịch vụ công không" asks whether it can be done online (dialogs-tune-142)', () => {
  const t = (text: string) => text.split(' ');
  expect(asksIfOnline(t('co duoc dang ky truc tuyen tren dich vu cong khong'))).toBe(true);
  expect(asksIfOnline(t('co duoc huong dan dang nhap khong'))).toBe(false); // how to use the portal
});

test('a card of its own made again, or someone else\'s (dialogs-tune-16/166)', () => {
  expect(ownCardAgain(words('con the bhyt cua chong minh bi mat thi lam lai o dau'))).toBe(true);
  expect(ownCardAgain(words('the bhyt cua em bi in sai ngay sinh'))).toBe(true);
  expect(ownCardAgain(words('bao lau thi co the bhyt cho be'))).toBe(false);
});

test('whether it must be done online, or which of two online channels, asks the topic online (dialogs-tune-167/177)', () => {
  expect(asksIfOnline(words('tui gia roi khong ranh dien thoai co bat buoc lam tren mang khong hay ra xa nop giay duoc'))).toBe(true);
  expect(asksIfOnline(words('lam tren vneid hay dvc'))).toBe(true);
  expect(asksIfOnline(words('dang nhap cong dich vu cong kieu gi'))).toBe(false);
});

test('a card due by age or another\'s replaced ("cccd đến hạn đổi", "còn vợ tôi đổi thẻ")', () => {
  expect(dueForRenewal('cccd den han doi thi can mang gi'.split(' '))).toBe(true);
  expect(dueForRenewal('con vo toi doi the thi co mat tien khong'.split(' '))).toBe(true);
  expect(dueForRenewal('the bi gay doi the o dau'.split(' '))).toBe(false);
});

test('"làm rang" typed without marks asks how, like "làm răng" (dialogs-tune-287)', () => {
  expect(asksOpenly('doi qua the can cuoc thi lam rang con'.split(' '))).toBe(true);
  expect(asksOpenly('ba dang dung cmnd cu'.split(' '))).toBe(false);
});

test('a correction of what was just said, with or without "ý em là" (dialogs-tune-187/360)', () => {
  expect(correctsItself(words('a nham nham y minh la tam tru em trai minh moi thue phong tro'))).toBe(true);
  expect(correctsItself(words('nham thuong tru'))).toBe(true);
  expect(correctsItself(words('y em la giay doc than'))).toBe(true);
  expect(correctsItself(words('nham thuong tru thi phi bao nhieu'))).toBe(false); // a question of its own
  expect(correctsItself(words('lon xon qua'))).toBe(false);
  expect(correctsItself(words('thuong tru'))).toBe(false);
  // ("à không nhầm, khai sinh ạ", "* tam tru, go nham. e la sv thue tro" — dialogs-tune-447)
  expect(correctsItself(words('a khong nham khai sinh a vo em moi sinh be hom qua'))).toBe(true);
  expect(correctsItself(words('tam tru go nham em la sinh vien thue tro o thu duc'))).toBe(true);
  expect(correctsItself(words('giay xac nhan doc than thoi nham'))).toBe(true);
  expect(correctsItself(words('tam tru go nham thi le phi bao nhieu'))).toBe(false);
});

test('a misspelt run of the topic\'s words set right by the words said (dialogs-tune-447)', () => {
  expect(setRight('cho e hỏi cải chính ngày sinh trong giấy khai snh', 'khai sinh')).toBe('cho e hoi cai chinh ngay sinh trong giay khai sinh');
  expect(setRight('lam giay khai xinh cho be', 'khai sinh')).toBe('lam giay khai sinh cho be');
  // (the same words, or nothing near them: nothing to set right)
  expect(setRight('dang ky khai sinh cho be', 'khai sinh')).toBeNull();
  expect(setRight('dang ky tam tru o dau', 'ho chieu')).toBeNull();
});

test('"cho em hỏi thêm, …" turns to what follows; "hỏi thêm chút" alone does not (dialogs-tune-474)', () => {
  expect(turnsToAnother('a ma cho em hoi them em muon chuyen ho khau ve nha vo'.split(' '))).toBe(true);
  expect(turnsToAnother('cho em hoi them chut'.split(' '))).toBe(false);
});
