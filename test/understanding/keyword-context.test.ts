/** Words around a keyword or an agency's name that make it context rather than a topic (pure, folded tokens). */
import { askedEarlierSpans, deniedSpans, ownStaff, agencyPlaces, letsAsk, ownContact, carriedPaper, contactedAgencies, askedAsRequired, namesPaperOf, asksForThatPaper, heldIdentityPapers, heldPaper, notYetDone, ownLateness, identityPapers, placeNoLonger, purpose, recordPlaces, renamedPlace, residenceStatement, prerequisite, hadAlready, beingReceived, thatFile, toldDone, toldToDoIt, TOGETHER } from '../../src/understanding/keyword-context';

const places = (folded: string) => {
  const tokens = folded.split(' ');
  return agencyPlaces(tokens).map(([s, e]) => tokens.slice(s, e).join(' '));
};

describe('agencies named as the place to go', () => {
  test.each([
    ['nop o xa hay phai len tinh a truoc em nghe noi len so tu phap', ['so tu phap']],
    ['o dau cap bao hiem xa hoi huyen ha', ['bao hiem xa hoi huyen']],
    ['lam lai o xa hay ben bao hiem xa hoi huyen', ['bao hiem xa hoi huyen']],
    ['nop o phuong hay phai len so ke hoach dau tu nhu hoi truoc a', ['so ke hoach dau tu']],
    ['ra cong an xa lam duoc khong', ['cong an xa']],
  ])('%s → %j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  test.each([
    'rut bao hiem xa hoi mot lan can giay to gi', // the procedure itself, not a place
    'so tu phap cap ly lich tu phap mat bao lau', // the agency as the subject, no level, nothing leading to it
    'so ho khau cu con dung duoc khong', // sổ (book), not Sở
  ])('not a place: %s', (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('where the citizen lives, told as context', () => {
  const said = (folded: string, keyword: string) => {
    const tokens = folded.split(' ');
    const n = keyword.split(' ').length;
    const start = tokens.findIndex((_, i) => tokens.slice(i, i + n).join(' ') === keyword);
    return residenceStatement(tokens, start, start + n);
  };

  test.each([
    ['thuong tru o quang binh thi lam lai o dau', 'thuong tru'],
    ['khai o cong an xa noi thuong tru ha', 'thuong tru'],
    ['khai o xa noi ba mat hay xa thuong tru vay', 'thuong tru'],
    ['nop o xa noi dang ky thuong tru hay noi dang o', 'dang ky thuong tru'],
    ['lam o xa cho e tam tru duoc hong hay phai ve que', 'tam tru'], // the person between
    ['nop o noi em dang tam tru duoc khong', 'tam tru'],
    ['co phai ve que cho thuong tru moi lam duoc khong', 'thuong tru'],
    ['lam o xa cho tam tru hay phai ve cho thuong tru', 'tam tru'],
    ['em thuong tru nghe an anh o ha tinh thi dang ky o cho nao', 'thuong tru'], // a person's residence and its place (dialogs-tune-202)
    ['lam o cong an xa noi em no dang ky thuong tru phai khong', 'dang ky thuong tru'], // "em nó" between (dialogs-tune-224)
    ['dang ky o uy ban cho minh tam tru duoc ko hay phai ve que', 'tam tru'], // "ủy ban chỗ mình tạm trú" (dialogs-tune-318)
    ['thuong tru em o thanh hoa lam lai o ben cat duoc ko', 'thuong tru'], // whose residence between it and the place (dialogs-tune-318)
    ['lam o xa cho be o hay cho anh em dang ky thuong tru', 'thuong tru'], // the second of two places, "đăng ký" before it (dialogs-tune-315)
    ['lam o xa noi thuong tru hay tam tru', 'tam tru'], // the second of two residences named as places (dialogs-tune-334)
  ])('%s: "%s" is context', (text, keyword) => {
    expect(said(text, keyword)).toBe(true);
  });

  test.each([
    ['dang ky thuong tru o dau', 'dang ky thuong tru'],
    ['thuong tru o dau', 'thuong tru'],
    ['em thuong tru duoc khong', 'thuong tru'],
    ['chu nha khong cho em tam tru thi sao', 'tam tru'], // "cho" (let), not "chỗ" (place)
    ['bao lau thi dang ky thuong tru xong a', 'thuong tru'], // "thì", not "thị" (dialogs-tune-181)
    ['dang ky thuong tru hay tam tru thi tot hon', 'tam tru'], // two registrations weighed, no place
    ['chu muon dang ky lai thuong tru o nha ma thi lam rang', 'thuong tru'], // registering it there again (dialogs-tune-134)
  ])('%s: "%s" asks about it', (text, keyword) => {
    expect(said(text, keyword)).toBe(false);
  });

  test('a residence with a place named right after it is told, whoever is named before (dialogs-tune-205)', () => {
    const tokens = 'em thuong tru tra vinh tam tru binh duong 5 nam roi can giay gi'.split(' ');
    const placeAt = (i: number) => tokens[i] === 'binh' && tokens[i + 1] === 'duong';
    expect(residenceStatement(tokens, 5, 7, placeAt)).toBe(true);
    expect(residenceStatement(tokens, 5, 7)).toBe(false); // no place known there
  });
});

describe('a place named by what was done there', () => {
  const named = (folded: string) => {
    const tokens = folded.split(' ');
    return recordPlaces(tokens).map(([s, e]) => tokens.slice(s, e).join(' '));
  };

  test('after a word leading to it, up to where its name ends', () => {
    expect(named('lam o phuong cho em dang o hay phai ve noi dang ky khai sinh hoi xua a')).toEqual(['noi dang ky khai sinh']);
    expect(named('nop o xa noi dang ky ket hon duoc khong')).toEqual(['noi dang ky ket hon']);
    expect(named('hay phai ve dung noi da dang ky khai sinh hoi xua')).toEqual(['noi da dang ky khai sinh']);
  });

  test('after "quê", or as "chỗ" (a place)', () => {
    expect(named('co phai ve que noi dang ky khai sinh khong')).toEqual(['noi dang ky khai sinh']);
    expect(named('sua thi den dau cho dang ky khai sinh hoi do hay cho dang o')).toEqual(['cho dang ky khai sinh']);
    expect(named('sua o xa noi lam khai sinh truoc day hay o dau cung duoc')).toEqual(['noi lam khai sinh']); // ("trước" ends it)
  });

  test('after a commune named by its name (dialogs-tune-154)', () => {
    expect(named('xin o xa hoa thuy noi me dang ky khai sinh hay o dau cung duoc')).toEqual(['noi me dang ky khai sinh']);
  });

  test('"nơi đăng ký khai sinh" alone asks where to register', () => {
    expect(named('cho hoi noi dang ky khai sinh cho con')).toEqual([]);
  });

  test('typed with its diacritics, "xã nói" (said) is no "xã nơi" (the commune where)', () => {
    const tokens = 'thi xa noi so goc bi chay'.split(' ');
    const typed = (noi: string) => recordPlaces(tokens, [undefined, 'xa4', noi, undefined, undefined, undefined, undefined]);
    expect(typed('noi1')).toEqual([]);
    expect(typed('nơi')).toEqual([[2, 7]]);
    expect(recordPlaces(tokens)).toEqual([[2, 7]]); // typed without diacritics: it may be either
  });
});

test('identity papers named in a message', () => {
  const tokens = 'co can mang chung minh nhan dan theo khong hay can cuoc cong dan'.split(' ');
  expect(identityPapers(tokens).map(([s, e]) => tokens.slice(s, e).join(' '))).toEqual(['chung minh nhan dan', 'can cuoc cong dan']);
  expect(identityPapers('lam ban sao bang tot nghiep'.split(' '))).toEqual([]);
});

test('words of togetherness, not "chứng" folded to "chung"', () => {
  expect(TOGETHER.test(' lam khai sinh la co luon the bao hiem y te ')).toBe(true);
  expect(TOGETHER.test(' hai vo chong dang ky chung duoc khong ')).toBe(true);
  expect(TOGETHER.test(' co can giay chung tu khong ')).toBe(false);
  expect(TOGETHER.test(' chung thuc ban sao o dau ')).toBe(false);
});

test('the paper just named, asked for after all', () => {
  expect(asksForThatPaper('phai co giay xac nhan doc than gi do xin cai do o dau'.split(' '))).toBe(true);
  expect(asksForThatPaper('co can mang theo giay khai sinh khong'.split(' '))).toBe(false);
  expect(asksForThatPaper('ben han yeu cau nop giay xac nhan doc than nua cai do em xin o dau a'.split(' '))).toBe(true);
  expect(asksForThatPaper('cai do lam mat bao lau'.split(' '))).toBe(false); // the topic itself, how long
  expect(asksForThatPaper('gia dinh yeu cau co giay xac nhan doc than cai do xin kieu gi'.split(' '))).toBe(true);
});

test('a procedure not done, told as the situation', () => {
  const t = 'co con chung nhung chua dang ky ket hon'.split(' ');
  expect(notYetDone(t, t.indexOf('dang'))).toBe(true);
  expect(notYetDone(t, t.indexOf('ket'))).toBe(true); // "kết hôn" inside "chưa đăng ký kết hôn"
  const u = 'dang ky ket hon o dau'.split(' ');
  expect(notYetDone(u, 0)).toBe(false);
  // what it gives, not had ("không có VNeID mức 2 thì …")
  const v = 'khong co vneid muc 2 thi nop ho so duoc khong'.split(' ');
  expect(notYetDone(v, v.indexOf('vneid'))).toBe(true);
  expect(notYetDone('co vneid muc 2 roi'.split(' '), 1)).toBe(false);
});

describe('a place renamed by the mergers', () => {
  const renamed = (folded: string) => {
    const tokens = folded.split(' ');
    const at = tokens.indexOf('doi');
    return renamedPlace(tokens, at, at + 2);
  };
  test.each([
    ['nghe noi sap nhap doi ten roi', true],
    ['xa doi ten thi can cuoc co phai doi khong', true],
    ['muon doi ten cho con thi lam sao', false],
    ['con toi doi ten duoc khong', false],
    ['cho minh hoi vai chuyen ve vu doi ten phuong', true], // the place after the renaming (dialogs-tune-452)
  ])('"%s" → %s', (text, expected) => expect(renamed(text)).toBe(expected));
});

describe('a level of government gone, not a paper lost (dialogs-tune-452, -377)', () => {
  const gone = (folded: string) => { const t = folded.split(' '); return placeNoLonger(t, t.indexOf('khong')); };
  test.each([
    ['cccd ghi dia chi phuong 12 quan go vap gio khong con quan', true],
    ['chu huyen gio khong con nua phai khong', true],
    ['gio khong con cong an huyen thi lam o dau', true], // the level's office named after it (dialogs-tune-456)
    ['neu ubnd xa khong con luu so goc thi sao', false], // the register the commune kept, lost
    ['can cuoc cua em khong con nua', false],
  ])('"%s" → %s', (text, expected) => expect(gone(text)).toBe(expected));
});

describe('what the paper is needed for', () => {
  const forIt = (folded: string, word: string) => { const t = folded.split(' '); return purpose(t, t.indexOf(word)); };
  test.each([
    ['bao lau thi co the moi em can gap de mo tai khoan ngan hang', 'tai', true],
    ['lam sao de mo the atm', 'the', false], // how to do it: the topic itself
    ['can giay to gi de vay tien ngan hang', 'vay', false],
    ['mo tai khoan ngan hang o dau', 'tai', false],
    ['le phi tra bang the atm duoc khong', 'the', true], // the means of paying
    ['bao lau thi co the moi a em dang can mo tai khoan ngan hang gap', 'tai', true], // the need told after the question
    ['em can mo tai khoan ngan hang', 'tai', false], // asked for itself
  ])('"%s" (%s) → %s', (text, word, expected) => expect(forIt(text, word)).toBe(expected));
});

describe('a paper held or carried along', () => {
  const held = (folded: string, first: string, n: number) => { const t = folded.split(' '); const at = t.indexOf(first); return heldPaper(t, at, at + n); };
  test.each([
    ['me em chi con cai chung minh nhan dan cu', 'chung', 4, true],
    ['co can mang cmnd theo khong', 'cmnd', 1, true],
    ['con cai can cuoc no cung bi rach', 'can', 2, false], // "còn cái căn cước…" turns to it
    ['chung minh nhan dan het han roi', 'chung', 4, false],
    ['can giay chi chung minh nhan dan cu co duoc khong', 'chung', 4, true], // whether it will do as a paper
    ['can cuoc lam o dau duoc khong', 'can', 2, false],
    ['ba chi co cmnd cu het han roi', 'cmnd', 1, true], // "chỉ có" (dialogs-tune-184)
    ['toi chi co the can cuoc thoi', 'can', 2, true], // "chỉ có thẻ căn cước" (dialogs-tune-395)
  ])('"%s" → %s', (text, first, n, expected) => expect(held(text, first as string, n as number)).toBe(expected));

  test('papers listed after a held one are held too; "chứng minh thư" is an identity paper (dialogs-tune-246)', () => {
    const t = 'can giay to chi me chi co cai chung minh thu cu voi so ho khau thoi'.split(' ');
    expect(heldIdentityPapers(t).map(([s, e]) => t.slice(s, e).join(' '))).toEqual(['chung minh thu', 'so ho khau']);
    const u = 'chung minh thu het han roi voi so ho khau cung mat'.split(' ');
    expect(heldIdentityPapers(u)).toEqual([]);
  });
});

describe("the citizen's own lateness", () => {
  const late = (folded: string) => { const t = folded.split(' '); const at = t.findIndex((w, i) => (w === 'tre' || w === 'qua') && (t[i + 1] === 'han' || t[i + 1] === 'hen')); return ownLateness(t, at, at + 2); };
  test.each([
    ['nghi bao lau thi phai nop tre han co bi mat quyen loi khong', true],
    ['qua han thi sao', true],
    ['ho so cua toi tre hen 2 tuan roi', false], // the office is late: a grievance
    ['be da hon 1 tuoi roi co bi phat tre han khong', true], // the fine for registering late
    ['tre han 3 thang roi co bi thi lai ko', true], // how late, then the question (dialogs-tune-164)
    ['tuc la tre han vay co sao khong co bi phat tien hay khong', true], // a filler word between (dialogs-tune-378)
    ['ho so cua toi tre han 3 thang roi', false],
    ['tre han nop chua', true], // asked whether one is late (dialogs-tune-172)
    ['tre han sang ten co bi phat ko', true], // what is late, then the question (dialogs-tune-185)
    ['tre han phat khong', true], // the fine asked, "trễ hạn phạt hông" (dialogs-tune-440)
    ['ho so tre han phat ai bay gio', false],
  ])('"%s" → %s', (text, expected) => expect(late(text)).toBe(expected));
});

test('"ho so do" typed bare is "hồ sơ đó" (that file), not a red book (dialogs-tune-358)', () => {
  const at = (folded: string) => { const t = folded.split(' '); const i = t.findIndex((w, k) => w === 'so' && t[k + 1] === 'do'); return thatFile(t, i, i + 2); };
  expect(at('gio tra cuu ho so do o dau')).toBe(true);
  expect(at('lam so do lan dau')).toBe(false);
  expect(at('ho so so do nop o dau')).toBe(false); // a file for the red book
});

test('a paper had already, its certificate words between ("có giấy chứng nhận ĐKDN rồi"; dialogs-tune-353)', () => {
  const had = (folded: string, keyword: string) => { const t = folded.split(' '); const i = t.indexOf(keyword); return hadAlready(t, i, i + 1); };
  expect(had('co giay chung nhan dkdn roi ho kinh doanh cu toi muon cham dut', 'dkdn')).toBe(true);
  expect(had('co the vneid roi thi nop online duoc khong', 'vneid')).toBe(true);
  expect(had('can giay chung nhan dkdn roi moi lam duoc', 'dkdn')).toBe(false); // needed, not had
  expect(had('ho so gom nhung gi a toi da co vneid', 'vneid')).toBe(true); // "đã có", the message ending on it (dialogs-tune-363)
  expect(had('nha minh da co hkd ban tap hoa roi gio muon bo sung nganh', 'hkd')).toBe(false); // what is had is changed next
});

describe('a procedure told done, with words between it and "xong"/"rồi" (dialogs-tune-353)', () => {
  const done = (folded: string, keyword: string) => {
    const t = folded.split(' ');
    const k = keyword.split(' ');
    const at = t.findIndex((_, i) => k.every((w, j) => t[i + j] === w));
    return toldDone(t, at, at + k.length);
  };
  test.each([
    ['em da xin ly lich tu phap va lam ho chieu xong de di xuat khau lao dong con khai bao tam vang thi sao', 'ly lich tu phap', true],
    ['vua chung thuc hop dong mua ban xe o xa xong gio sang ten thi nop cho ai', 'chung thuc hop dong', true],
    ['con em da lam thu tuc nhan cha con voi chong em o xa roi gio muon doi ho cho be', 'nhan cha con', true],
    ['da lam khai sinh cho be chua vay', 'khai sinh', false], // asked whether it was done
    ['em da nop ho so khai sinh xong roi', 'khai sinh', false], // nothing follows: the story is the message
    ['nha minh da co ho kinh doanh roi gio muon bo sung nganh', 'ho kinh doanh', false], // had, and changed next
    ['muon lam khai sinh xong roi nhap khau cho be', 'khai sinh', false], // not told done
    ['em da photo cong chung bang cap voi can cuoc cong dan xong roi gio nop ho so tren cong the nao', 'photo cong chung', true], // what was copied between
    ['toi moi doi can cuoc cong dan gan chip tuan truoc gio bang lai b2 thang 9 het han doi bang thi lam nhu nao', 'doi can cuoc', true], // dated in the past
    ['vua lam can cuoc tuan nay thi bao lau co the', 'lam can cuoc', false], // this week is no past date
    ['em bi mat can cuoc tuan truoc di lam lai roi gio em can lam ho chieu', 'mat can cuoc', true], // dated and done, then now (dialogs-tune-407)
    ['em bi mat can cuoc tuan truoc gio lam lai o dau', 'mat can cuoc', false], // dated, not done
  ])('"%s" (%s) → %s', (text, keyword, expected) => expect(done(text, keyword)).toBe(expected));
});

describe('"bao tu" before a verb is "bảo tự" (told to do it oneself), from dialogs-tune-135', () => {
  const told = (folded: string) => { const t = folded.split(' '); const at = t.findIndex((w, i) => w === 'bao' && t[i + 1] === 'tu'); return toldToDoIt(t, at, at + 2); };
  test.each([
    ['chu nha bao tu len cong an xa ma lam can mang gi', true],
    ['cua hang bao tu di dang ky bien', true],
    ['ba tui mat 3 thang roi chua di bao tu gio lam co bi phat hong', false],
    ['co can giay bao tu cua benh vien hong', false],
    ['thu tuc bao tu cho nguoi nha moi mat lam sao', false],
    ['bao tu lam o dau', false],
    ['bao tu di dau lam', false],
  ])('"%s" → %s', (text, expected) => expect(told(text)).toBe(expected));
});

describe('what the topic requires, named (dialogs-tune-24/123)', () => {
  const req = (folded: string, keyword: string) => { const t = folded.split(' '); const n = keyword.split(' ').length; const at = t.findIndex((_, i) => t.slice(i, i + n).join(' ') === keyword); return prerequisite(t, at, at + n); };
  test.each([
    ['co bat buoc phai co tai khoan dinh danh muc 2 moi nop duoc khong', 'dinh danh', true],
    ['phai co giay xac nhan doc than thi moi dang ky duoc', 'giay xac nhan doc than', true],
    ['co can tai khoan dinh danh muc 2 khong', 'dinh danh', false], // no "mới …": may be asked for itself
    ['kich hoat dinh danh muc 2 o dau', 'dinh danh', false],
    ['ai cung nop duoc hay phai co tk dinh danh muc 2', 'dinh danh', true], // the fallback of doing it (dialogs-tune-201)
    ['lam vneid hay phai co tk dinh danh muc 2', 'dinh danh', false], // nothing done "được" before it
  ])('%s: "%s" → %s', (text, keyword, expected) => expect(req(text, keyword)).toBe(expected));
});

test('a thing the procedure requires, asked ("có cần sim chính chủ không", dialogs-tune-142)', () => {
  const t = 'ra do thi mang theo nhung gi co can sim chinh chu khong a'.split(' ');
  expect(askedAsRequired(t, t.indexOf('sim'))).toBe(true);
  const u = 'mua sim o dau'.split(' ');
  expect(askedAsRequired(u, u.indexOf('sim'))).toBe(false);
});

test('an out-of-scope word after "sổ", "giấy", "phiếu" names a paper held ("chỉ còn sổ tiêm chủng", dialogs-tune-414)', () => {
  const t = 'can giay to gi a be chi con so tiem chung thoi'.split(' ');
  expect(namesPaperOf(t, t.indexOf('tiem'))).toBe(true);
  const u = 'tiem chung cho be o dau'.split(' ');
  expect(namesPaperOf(u, u.indexOf('tiem'))).toBe(false);
});

test('"con cho ba hoi" unaccented lets grandma ask; it is no dog (dialogs-tune-315)', () => {
  const t = 'con cho ba hoi may ngay thi phai khai'.split(' ');
  expect(letsAsk(t, 2)).toBe(true);
  const u = 'lam giay khai sinh cho con cho moi de'.split(' ');
  expect(letsAsk(u, 6)).toBe(false);
});

test('"có phải dịch thuật ko" after the papers asks whether translation is required (dialogs-tune-211)', () => {
  const t = 'anh ay can nhung giay gi co phai dich thuat khong'.split(' ');
  expect(askedAsRequired(t, t.indexOf('dich'))).toBe(true);
  const u = 'cho nao dich thuat re'.split(' ');
  expect(askedAsRequired(u, u.indexOf('dich'))).toBe(false);
});

test('an agency whose contact is asked is a place named ("số hotline phòng xuất nhập cảnh")', () => {
  const t = 'cho em xin so hotline phong xuat nhap canh ha noi voi'.split(' ');
  expect(contactedAgencies(t)).toEqual([[5, 9]]);
  expect(contactedAgencies('lam ho chieu o phong xuat nhap canh'.split(' '))).toEqual([]);
  // …or its hours (dialogs-tune-236)
  expect(contactedAgencies('gio lam viec cua phong xuat nhap canh cong an tinh the nao'.split(' '))).toEqual([[4, 9]]);
});

test('a birth certificate one has nothing but, or offers as a copy, is carried along (dialogs-tune-69/92/111)', () => {
  const at = (folded: string) => { const t = folded.split(' '); const i = t.indexOf('giay', t.indexOf('khai') - 1); return carriedPaper(t, i, i + 3); };
  expect(at('di lam can mang gi chau chua co giay to gi ngoai giay khai sinh')).toBe(true);
  expect(at('no can mang theo gi giay khai sinh ban goc hay photo cung duoc')).toBe(true);
  expect(at('lam giay khai sinh cho be o dau')).toBe(false);
});

test('a phone number one has, changes or lends is the citizen\'s own, not the office\'s (dialogs-tune-157/273/275)', () => {
  const own = (folded: string, words: string) => {
    const tokens = folded.split(' ');
    const start = tokens.indexOf(words.split(' ')[0]);
    return ownContact(tokens, start, start + words.split(' ').length);
  };
  expect(own('ko co sdt rieng thi dung sdt cua con chau dc ko', 'sdt')).toBe(true);
  expect(own('khong co sdt chinh chu thi co lam duoc khong', 'sdt')).toBe(true);
  expect(own('e moi doi so dien thoai vneid dang nhap ko dc', 'so dien thoai')).toBe(true);
  expect(own('cho xin so dien thoai bo phan mot cua', 'so dien thoai')).toBe(false);
  expect(own('phuong sap nhap roi thi tru so moi o dau', 'tru so')).toBe(false);
});

test('a certificate listed as what the file holds ("chỉ cần giấy khai sinh", "mang theo gì, giấy khai sinh hay gì") is carried, not asked for (dialogs-tune-7/120)', () => {
  const carried = (folded: string, words: string) => {
    const t = folded.split(' ');
    const i = t.indexOf(words.split(' ')[0]);
    return carriedPaper(t, i, i + words.split(' ').length);
  };
  expect(carried('be duoi 6 tuoi co bat buoc phai co the khong hay chi can giay khai sinh', 'giay khai sinh')).toBe(true);
  expect(carried('neu cho no lam thi can mang gi theo giay khai sinh hay gi', 'giay khai sinh')).toBe(true);
  expect(carried('lam giay khai sinh cho con o dau', 'giay khai sinh')).toBe(false);
  // a residence's paper asked of as part of another file (dialogs-tune-330)
  expect(carried('ho so gom gi em thue nha thi co can giay tam tru khong', 'giay tam tru')).toBe(true);
  // a paper held, told after a question of papers; a paper besides which more is asked (dialogs-tune-351)
  expect(carried('can nhung giay to gi chau co ho chieu voi hoc ba cu', 'ho chieu')).toBe(true);
  expect(carried('co ho chieu roi thi can giay to gi', 'ho chieu')).toBe(false);
  expect(carried('ngoai so do thi can them giay to gi', 'so do')).toBe(true);
  expect(carried('em can giay xac nhan cu tru de nop cong ty thi xin o dau', 'giay xac nhan cu tru')).toBe(false);
});

test('a paper someone still has ("tui còn cái căn cước", "mạ còn sổ hộ khẩu") is held, not asked for (dialogs-tune-302)', () => {
  const held = (folded: string, words: string) => {
    const t = folded.split(' ');
    const i = t.indexOf(words.split(' ')[0]);
    return carriedPaper(t, i, i + words.split(' ').length);
  };
  expect(held('mang theo giay gi toi con cai can cuoc gan chip', 'can cuoc')).toBe(true);
  expect(held('can giay gi me con so ho khau cu', 'so ho khau')).toBe(true);
  // ("còn căn cước thì làm ở đâu": "còn" turning to it)
  expect(held('con can cuoc thi lam o dau', 'can cuoc')).toBe(false);
});

test('a paper joined by "với" to a paper held ("có giấy chứng sinh với cái giấy đăng ký kết hôn") is held too (dialogs-tune-299)', () => {
  const carried = (folded: string) => {
    const t = folded.split(' ');
    const i = t.lastIndexOf('giay');
    return carriedPaper(t, i, i + 5);
  };
  expect(carried('ba co giay chung sinh cua benh vien voi cai giay dang ky ket hon cua tui han')).toBe(true);
  expect(carried('em mang theo giay chung sinh va giay dang ky ket hon')).toBe(true);
  // (not papers asked for: "cần giấy chứng sinh với giấy đăng ký kết hôn không")
  expect(carried('lam khai sinh can giay chung sinh va giay dang ky ket hon khong')).toBe(false);
});

test('"chủ nhà bảo tự làm trên vneid" typed without diacritics: told by someone to do it oneself, not a death notice (dialogs-tune-272)', () => {
  const told = (folded: string) => { const t = folded.split(' '); const i = t.indexOf('bao'); return toldToDoIt(t, i, i + 2); };
  expect(told('chu nha bao tu lam tren vneid duoc ma em khong biet lam')).toBe(true);
  expect(told('giay bao tu lam o dau')).toBe(false);
  expect(told('thu tuc bao tu lam o dau')).toBe(false);
});

test('an identity paper listed after another paper said held ("chỉ còn giấy xuất ngũ với cái CMND cũ") is held too (dialogs-tune-293)', () => {
  const t = 'can nhung giay to gi a ong em chi con giay xuat ngu voi cai chung minh nhan dan cu'.split(' ');
  expect(heldIdentityPapers(t).length).toBe(1);
  expect(heldIdentityPapers('lam chung minh nhan dan o dau'.split(' ')).length).toBe(0);
});

describe('a benefit being received, told as the situation', () => {
  const received = (folded: string) => { const t = folded.split(' '); return beingReceived(t, t.indexOf('tro')); };
  test.each([
    ['co duoc nhan ca tien mai tang khong cu dang huong tro cap nguoi cao tuoi hang thang', true],
    ['ba em dang duoc lanh tro cap nguoi cao tuoi thi co duoc mai tang phi ko', true],
    ['em trai em dang nhan tro cap khuyet tat hang thang gio em la giam ho thi co duoc nhan thay khong', false], // receiving it is asked
    ['me toi muon huong tro cap nguoi cao tuoi', false], // wanted, not received
  ])('"%s" → %s', (text, expected) => expect(received(text)).toBe(expected));
});

describe('the citizen\'s own employees ("của nhân viên", "có 3 đứa nhân viên", "nhân viên có cần …") are no staff asked for (dialogs-tune-187/409)', () => {
  const own = (folded: string) => { const t = folded.split(' '); const at = t.findIndex((w, i) => w === 'nhan' && t[i + 1] === 'vien'); return ownStaff(t, at, at + 2); };
  test.each([
    ['ho so can giay kham suc khoe cua nhan vien ha', true],
    ['nhan vien co can giay kham suc khoe trong ho so khong', true],
    ['quan an nha toi co 3 dua nhan vien que thanh hoa', true],
    ['cho em noi chuyen voi nhan vien', false],
    ['co nhan vien nao truc khong', false],
    ['nhan vien oi cho hoi', false],
  ])('"%s" → %s', (text, expected) => expect(own(text)).toBe(expected));
});

/** The words of the spans `find` reads in `text` (folded words, clauses starting at `starts`). */
const spanWords = (find: typeof deniedSpans, text: string, starts: number[] = []) => {
  const t = text.split(' ');
  return find(t, new Set(starts)).map((d) => t.slice(d.start, d.end).join(' '));
};

test('what the citizen says the matter is not: after "chứ", before "là", or a paper lost denied (dialogs-tune-464)', () => {
  const said = (text: string, starts?: number[]) => spanWords(deniedSpans, text, starts);
  expect(said('day la lam lan dau chu khong phai cap lai')).toEqual(['cap lai']);
  expect(said('khong phai la khai sinh lai dau a')).toEqual(['khai sinh lai dau a']);
  // the clause ends the denial
  expect(said('hong phai mat giay gio di khai sinh tre', [4])).toEqual(['mat giay']);
  // need not, costs nothing, asked: no denial
  expect(said('doi ten thi khong phai lam lai the ha')).toEqual([]);
  expect(said('lam the nay khong phai mat phi gi')).toEqual([]);
  expect(said('co phai cap lai khong')).toEqual([]);
});

test('what the citizen says they asked before and is done with: after a past time and "hỏi", up to "rồi" (dialogs-tune-486)', () => {
  const asked = (text: string, starts?: number[]) => spanWords(askedEarlierSpans, text, starts);
  expect(asked('hom qua chau co hoi ve lam so do roi gio bo chau muon sang ten')).toEqual(['ve lam so do']);
  expect(asked('luc nay e hoi vu ly lich tu phap r gio lam ho chieu')).toEqual(['vu ly lich tu phap']);
  // not told done ("rồi" missing, or past the clause): the earlier question may be the one still asked
  expect(asked('hom qua em hoi cai lam khai sinh nhap khau the bhyt cho be gio em hoi lam tren vneid')).toEqual([]);
  expect(asked('hom qua em hoi khai sinh gio hoi tiep roi', [5])).toEqual([]);
  // no past time: asking now
  expect(asked('em hoi ve lam so do roi sang ten')).toEqual([]);
});

test('an agency offered beside another office ("bảo hiểm xã hội hay ở xã", "xã hay bảo hiểm xã hội") is a place (dialogs-tune-481/439)', () => {
  const places = (text: string) => { const t = text.split(' '); return agencyPlaces(t).map(([s, e]) => t.slice(s, e).join(' ')); };
  expect(places('xin o dau bao hiem xa hoi hay o xa')).toEqual(['bao hiem xa hoi']);
  expect(places('nop o xa hay bao hiem xa hoi')).toEqual(['bao hiem xa hoi']);
  expect(places('rut bao hiem xa hoi mot lan')).toEqual([]);
});

test('a residence held there ("có tạm trú trong đó") is told, not asked; "có tạm trú ở đâu" is no such thing (dialogs-tune-469)', () => {
  const t = 'no dang o tro o da nang co tam tru trong do thi xin o dau'.split(' ');
  const at = t.indexOf('tam');
  expect(residenceStatement(t, at, at + 2)).toBe(true);
  const u = 'em co tam tru o dau'.split(' ');
  expect(residenceStatement(u, 2, 4)).toBe(false);
});
