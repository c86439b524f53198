import { maskPersonalData as mask, MASKS } from '../../src/editor/mask';

describe('maskPersonalData', () => {
  test.each([
    ['sđt 0901234567 nhé', `sđt ${MASKS.phone} nhé`],
    ['gọi 090 123 4567 giúp em', `gọi ${MASKS.phone} giúp em`],
    ['0901.234.567', MASKS.phone],
    ['+84 901 234 567', MASKS.phone],
    ['sđt em 091****678', `sđt em ${MASKS.phone}`],
    ['cccd 001099012345 bị mất', `cccd ${MASKS.id} bị mất`],
    ['cmnd số 123456789', `cmnd số ${MASKS.id}`],
    ['mail a.b+c@gmail.com nha', `mail ${MASKS.email} nha`],
    ['tên tôi là Nguyễn Văn An, muốn hỏi khai sinh', `tên tôi là ${MASKS.name}, muốn hỏi khai sinh`],
    ['ten toi la tran thi b muon hoi', `ten toi la ${MASKS.name} muon hoi`],
    ['tôi tên Lan ở phường 3', `tôi tên ${MASKS.name} ở phường 3`],
    ['họ tên: Lê Văn C', `họ tên: ${MASKS.name}`],
    ['Tên tôi là An', `Tên tôi là ${MASKS.name}`],
    ['mã 12345678', `mã ${MASKS.number}`],
  ])('%s', (input, expected) => {
    expect(mask(input)).toBe(expected);
  });

  test('leaves ordinary questions alone (short numbers, dates, fees)', () => {
    for (const t of ['số 15 đường Lê Lợi', 'khai sinh cho con sinh ngày 12/3/2025', 'lệ phí 200.000 đồng hả', 'đăng ký tạm trú cần gì']) expect(mask(t)).toBe(t);
  });
});
