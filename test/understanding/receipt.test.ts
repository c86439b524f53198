import { extractReceiptCode } from '../../src/understanding/receipt';

describe('receipt codes of the one-stop system', () => {
  test.each([
    ['mã hồ sơ 000.00.36.H40-250703-0055', '000.00.36.H40-250703-0055'],
    ['mã: 2508010045-HKD', '2508010045-HKD'],
    ['0001.2025.GPLX.4471', '0001.2025.GPLX.4471'], // desk.yyyy.sector.sequence (dialogs-tune-339)
    ['2509010045', '2509010045'], // yymm and a six-digit sequence alone (tune-51)
    ['HS250912003', 'HS250912003'], // a prefix and seven digits or more, sent alone (dialogs-tune-494)
    ['Hồ sơ mã: DN-250915-0442 (thành lập cty)', 'DN-250915-0442'], // sector-yymmdd-sequence (tune-55)
    ['giấy hẹn 3 ngày mà nay 2 tuần, mã: 250805/TP-HT/12, hồ sơ đang ở đâu ạ', '250805/TP-HT/12'], // yymmdd/sector/sequence (dialogs-tune-355)
    ['HS2507-KS-00981', 'HS2507-KS-00981'], // any other shape: letters and seven digits or more, joined (dialogs-tune-394)
    ['mã của em là BN-KS/2025-0077 ạ', 'BN-KS/2025-0077'],
    ['rut bhxh 1 lan tu 15/9, ma 0923/BHXH-TN, khi nao thi co tien', '0923/BHXH-TN'], // called a code: three digits are enough (dialogs-tune-400)
    ['nộp hơn 3 tuần rồi, mã 01/ATTP-2025. Cho e hỏi tình trạng', '01/ATTP-2025'],
    ['nộp ngày 19/8 mã 2508190303 mà chưa có biển', '2508190303'], // digits alone in a sentence, called a code (dialogs-tune-463)
    ['ho so xac nhan cu tru ma hs: 2508150332 nop 15/8', '2508150332'],
  ])('%s → %s', (text, code) => {
    expect(extractReceiptCode(text)).toBe(code);
  });

  test.each([
    'sđt của em 0912345678',
    'số căn cước 079203001234',
    'em sinh năm 2001, nộp hôm 12/6',
    'nộp ngày 12/05/2025 mà chưa có', // a date
    'mã số thuế của tôi 2501234567, giờ tạm ngưng kinh doanh thì sao', // ten digits in a sentence: a tax code
    'xe biển 29A-123.45 mua lại thì sang tên ở đâu', // a number plate
    'hồ sơ theo Nghị định 168/2025/NĐ-CP gồm những gì', // a legal document's number
    'gọi số 0912-345-678 không ai nghe', // a phone number
    'nộp từ 15/9 mà chưa có', // a date, not called a code
    'mã số thuế 0312345678 của công ty', // a tax code, called so
    'cccd 079203001234 của em', // a card's number after its name, not alone
  ])('no code in "%s" (a phone\'s or a card\'s number starts with 0)', (text) => {
    expect(extractReceiptCode(text)).toBeNull();
  });
});
