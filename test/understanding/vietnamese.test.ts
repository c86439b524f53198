import { canonicalSyllable, decodeTelex, decodeVni, fold, hasDiacritics } from '../../src/understanding/vietnamese';

const nfd = (s: string) => s.normalize('NFD');

describe('fold: remove diacritics, đ → d', () => {
  test.each([
    ['Đăng ký tạm trú', 'Dang ky tam tru'],
    ['đường', 'duong'],
    ['ĐỒNG', 'DONG'],
    ['Hộ khẩu thường trú', 'Ho khau thuong tru'],
    ['căn cước công dân', 'can cuoc cong dan'],
    ['already plain 123', 'already plain 123'],
  ])('%s → %s', (input, out) => {
    expect(fold(input)).toBe(out);
    expect(fold(nfd(input))).toBe(out); // decomposed input folds the same
  });

  test('hasDiacritics sees tone marks, vowel modifiers and đ, in NFC and NFD', () => {
    for (const w of ['mở', 'ô', 'đc', 'Đ', 'ạ', nfd('mở'), nfd('thuỷ')]) expect(hasDiacritics(w)).toBe(true);
    for (const w of ['mo', 'dc', 'cccd', 'hello', '2025', '']) expect(hasDiacritics(w)).toBe(false);
  });
});

describe('canonicalSyllable: one form for old and new tone placement', () => {
  test.each([
    ['hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['uỷ', 'ủy'],
    ['xoá', 'xóa'],
    ['khoẻ', 'khỏe'],
    ['toà', 'tòa'],
    ['hoạ', 'họa'],
  ])('%s ≡ %s', (oldStyle, newStyle) => {
    expect(canonicalSyllable(oldStyle)).toBe(canonicalSyllable(newStyle));
    expect(canonicalSyllable(nfd(oldStyle))).toBe(canonicalSyllable(newStyle));
    expect(fold(canonicalSyllable(oldStyle)).replace(/\d$/, '')).toBe(fold(newStyle));
  });

  test('the tone is kept apart from the vowel modifiers', () => {
    expect(canonicalSyllable('hòa')).toBe('hoa2');
    expect(canonicalSyllable('mất')).toBe('mât1');
    expect(canonicalSyllable('mật')).toBe('mât5');
    expect(canonicalSyllable('mẫu')).toBe('mâu4');
    expect(canonicalSyllable('thủy')).toBe('thuy3');
    expect(canonicalSyllable('đăng')).toBe('đăng'); // no tone → no digit
  });

  test('different tones or modifiers stay different', () => {
    expect(canonicalSyllable('mất')).not.toBe(canonicalSyllable('mật'));
    expect(canonicalSyllable('mở')).not.toBe(canonicalSyllable('mô'));
    expect(canonicalSyllable('mơ')).not.toBe(canonicalSyllable('mo'));
  });
});

describe('decodeVni: text typed with the VNI input method off', () => {
  test.each([
    ['la2m', 'làm'],
    ['ta5m', 'tạm'],
    ['tru1', 'trú'],
    ['ca6n2', 'cần'],
    ['gia61y', 'giấy'],
    ['nha65n', 'nhận'],
    ['d9a8ng', 'đăng'],
    ['la6u', 'lâu'],
    ['bie63n', 'biển'],
    ['kho6ng', 'không'],
    ['d9u7o7c5', 'được'],
    ['ngu7o7i2', 'người'],
    ['thu7o7ng2', 'thường'],
  ])('%s → %s', (typed, out) => {
    expect(decodeVni(typed)).toBe(out);
  });

  test.each(['b2', 'a1', '2025', 'h40', 'la', 'c1', 'x9y'])('"%s" is not VNI (licence class, number, code, no digit)', (typed) => {
    expect(decodeVni(typed)).toBeNull();
  });
});

describe('decodeTelex: text typed with the input method off', () => {
  test.each([
    ['lamf', 'làm'],
    ['tamj', 'tạm'],
    ['trus', 'trú'],
    ['ddang', 'đang'],
    ['kys', 'ký'],
    ['hooj', 'hộ'],
    ['khaaur', 'khẩu'],
    ['caan', 'cân'],
    ['xoas', 'xóa'],
    ['hoaf', 'hòa'],
    ['thuyr', 'thủy'],
    ['giaays', 'giấy'],
    ['ddaau', 'đâu'],
    ['dduwowcj', 'được'],
    ['nguwowif', 'người'],
    ['maasy', 'mấy'], // the tone key struck before the last letter
    ['ngafy', 'ngày'],
    ['trasnh', 'tránh'],
    ['catws', 'cắt'], // the hook struck after the final consonant
    ['truss', 'trú'], // the tone key struck twice (tune-34)
  ])('%s → %s', (typed, out) => {
    expect(decodeTelex(typed)).toBe(out);
  });

  test('"cuwowcs" decodes to the syllable of "cước" (same fold, same canonical form)', () => {
    const d = decodeTelex('cuwowcs');
    expect(d).not.toBeNull();
    expect(fold(d!)).toBe('cuoc');
    expect(canonicalSyllable(d!)).toBe(canonicalSyllable('cước'));
    expect(canonicalSyllable(decodeTelex('dduwowcj')!)).toBe(canonicalSyllable('được'));
  });

  // BUG (src/understanding/vietnamese.ts toneIndex): in the cluster "ươ" the tone mark belongs on ơ
  // ("cước", "người", "được"); decodeTelex puts it on ư ("cứơc", "ngừơi"). Matching is unaffected
  // (canonicalSyllable ignores the tone position) but the decoded text is misspelt if ever shown.
  test('decoded "ươ" syllables carry the tone on ơ (cước, người, được)', () => {
    expect(decodeTelex('cuwowcs')).toBe('cước');
    expect(decodeTelex('nguwowif')).toBe('người');
    expect(decodeTelex('dduwowcj')).toBe('được');
  });

  test.each(['thanks', 'hello', 'ok', 'abc', 'zalo', 'a', 'cccd', 'H30', 'lam', 'Lamf'])('%s has no Telex to decode → null', (typed) => {
    expect(decodeTelex(typed)).toBeNull();
  });

  test('a tone key that does not give a Vietnamese syllable is not decoded', () => {
    expect(decodeTelex('thanks')).toBeNull(); // "thank" + s: "nk" is not a coda
    expect(decodeTelex('bfs')).toBeNull();
  });
});
