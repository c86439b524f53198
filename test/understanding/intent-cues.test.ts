import { intentCue, OUTRIGHT, shouts } from '../../src/understanding/intent-cues';

test('shouting: a run of capitals in a message that is not all capitals, or "!!" (dialogs-tune-476)', () => {
  expect(shouts('đi đăng ký biển số xếp hàng từ sáng, TỚI TRƯA BẢO HẾT SỐ. Ai chịu nổi')).toBe(true);
  expect(shouts('bảo lên Sở, Sở lại bảo về trường!!! chạy tới chạy lui')).toBe(true);
  // every word in capitals is how some people type; one word or an acronym is emphasis, not shouting
  expect(shouts('LÀM CĂN CƯỚC CHO CON Ở ĐÂU Ạ')).toBe(false);
  expect(shouts('nộp CCCD với GKS ở đâu vậy')).toBe(false);
  expect(shouts('cần giấy tờ gì???')).toBe(false);
});

test('a promise told, then a longer wait; being treated unequally: grievances said outright (dialogs-tune-476)', () => {
  expect(intentCue('lam can cuoc hen 7 ngay ma gio 1 thang roi chua co')?.intent).toBe('complaint');
  expect(intentCue('lam can cuoc hen 7 ngay ma gio 1 thang roi chua co')!.weight).toBeGreaterThanOrEqual(OUTRIGHT);
  expect(intentCue('nha ben canh lam duoc con nha toi thi khong sao phan biet vay')?.intent).toBe('complaint');
  expect(intentCue('lam can cuoc hen may ngay thi co')).toBeNull();
  expect(intentCue('phan biet tam tru va thuong tru the nao')).toBeNull();
});

test('an application filed and no one calling, or "hồ sơ ở đâu rồi": where it stands (dialogs-tune-472/479)', () => {
  expect(intentCue('toi nop tu thang truoc ma gio van chua thay ai goi')?.intent).toBe('status');
  expect(intentCue('ho so cua toi o dau roi')?.intent).toBe('status');
  expect(intentCue('nop ho so o dau')).toBeNull();
});
