/**
 * Vietnamese letters: folding, tone canonicalisation and Telex decoding. Pure functions.
 *
 * A syllable is handled as (base letters with vowel modifiers â ă ê ô ơ ư đ) + (one tone), so that
 * old and new tone placement ("hoà"/"hòa", "thuỷ"/"thủy") give the same canonical form.
 */

const TONE_MARKS: Record<string, number> = {
  '\u0301': 1, // sắc
  '\u0300': 2, // huyền
  '\u0309': 3, // hỏi
  '\u0303': 4, // ngã
  '\u0323': 5, // nặng
};

/** Lower-case folded words, anything else a space: "Tờ khai (mẫu TK01)" → "to khai mau tk01 ". */
export const plainWords = (text: string): string => fold(text.toLowerCase()).replace(/[^a-z0-9]+/g, ' ');

/** Remove every diacritic and map đ → d. "Đăng ký" → "dang ky". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

export function hasDiacritics(text: string): boolean {
  return /[\u0300-\u036f]/.test(text.normalize('NFD')) || /[đĐ]/.test(text);
}

/**
 * Canonical accented form of one lowercase syllable: modifiers kept, tone moved to a trailing digit.
 * "hoà" and "hòa" → "hoa2"; "mất" → "mât1"; "mật" → "mât5"; no tone → no digit.
 */
export function canonicalSyllable(syllable: string): string {
  let tone = 0;
  const base = syllable.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, (m) => {
    tone = TONE_MARKS[m] ?? 0;
    return '';
  });
  return base.normalize('NFC') + (tone ? String(tone) : '');
}

/** Onset + vowel cluster + coda of a Vietnamese syllable, on folded letters. */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

/** A well-formed Vietnamese syllable (folded letters). */
export function isSyllable(folded: string): boolean {
  // a doubled vowel other than "uu" (hưu, cừu) or "oo" (xoong) is a slip of the finger: "ngàyy", "đii";
  // so is "uu" after another vowel ("lâuu")
  return SYLLABLE.test(folded) && !/([aeiy])\1|[aeioy]uu/.test(folded);
}

const TELEX_TONES: Record<string, string> = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
const VOWELS = 'aeiouy';

/** Where a tone mark goes in a vowel cluster (modern rule, good enough for folding back). */
function toneIndex(word: string): number {
  const chars = [...word];
  const vowelIdx = chars.map((c, i) => (VOWELS.includes(fold(c)) ? i : -1)).filter((i) => i >= 0);
  if (vowelIdx.length === 0) return -1;
  // the (last) vowel with a hat or horn carries the tone: "được", "người" (ơ of ươ), "mưa" (ư)
  const modified = vowelIdx.filter((i) => /[âăêôơư]/.test(chars[i])).pop();
  if (modified !== undefined) return modified;
  if (vowelIdx.length === 1) return vowelIdx[0];
  const last = vowelIdx[vowelIdx.length - 1];
  const endsWithConsonant = last < chars.length - 1;
  // "gi"/"qu" onset letters are not the nucleus
  const first = vowelIdx[0];
  const skipOnset = (chars[first] === 'i' && first > 0 && chars[first - 1] === 'g') || (chars[first] === 'u' && first > 0 && chars[first - 1] === 'q');
  const nucleus = skipOnset ? vowelIdx.slice(1) : vowelIdx;
  if (nucleus.length === 1) return nucleus[0];
  return endsWithConsonant ? nucleus[nucleus.length - 1] : nucleus[nucleus.length - 2];
}

/**
 * Decode a token typed with Telex while the input method was off: "lamf" → "làm", "ddang" → "đang",
 * "khaaur" → "khẩu", "tamj" → "tạm". Returns null when the token shows no Telex keys.
 * The caller decides whether the decoded syllable is a real one (vocabulary check).
 */
export function decodeTelex(token: string): string | null {
  // letters only; hats and horns may already be typed ("tưr", "nghiêpj": the tone key left unconverted)
  if (!/^[a-zâêôơưăđ]+$/.test(token) || token.length < 2) return null;
  // ("truss": the tone key struck twice)
  let word = /[aeiouywâêôơưă]([srxj])\1$/.test(token) ? token.slice(0, -1) : token;
  let tone = '';
  const last = word[word.length - 1];
  if (TELEX_TONES[last] && word.length > 1 && /[aeiouywâêôơưă]/.test(word.slice(0, -1))) {
    tone = TELEX_TONES[last];
    word = word.slice(0, -1);
  } else {
    // the tone key struck before the last letters ("maasy", "nguowif"): after a vowel, s f r x j are never letters
    const at = word.search(/(?<=[aeiouywâêôơưă])[sfrxj]/);
    if (at > 0) {
      tone = TELEX_TONES[word[at]];
      word = word.slice(0, at) + word.slice(at + 1);
    }
  }
  let changed = tone !== '';
  // ("catws": the hook struck after the final consonant belongs on the vowel before it, "cắt")
  word = word.replace(/([aou])(ch|ng|nh|[cmnpt])w$/, '$1w$2');
  // ("truus": a vowel Telex never doubles, struck twice)
  const replaced = word
    .replace(/([uiy])\1/, '$1')
    .replace(/^dd/, 'đ')
    .replace(/aa/, 'â')
    .replace(/ee/, 'ê')
    .replace(/oo/, 'ô')
    .replace(/uow/, 'ươ')
    .replace(/aw/, 'ă')
    .replace(/ow/, 'ơ')
    .replace(/uw/, 'ư')
    .replace(/w/, 'ư');
  if (replaced !== word) changed = true;
  if (!changed) return null;
  return syllableWithTone(replaced, tone);
}

/** A decoded syllable with its tone mark (possibly none) put in place; null when it is not a syllable. */
function syllableWithTone(word: string, tone: string): string | null {
  const nfc = word.normalize('NFC');
  if (!SYLLABLE.test(fold(nfc))) return null;
  if (!tone) return nfc;
  const chars = [...nfc];
  const idx = toneIndex(nfc);
  if (idx < 0) return null;
  chars[idx] = (chars[idx] + tone).normalize('NFC');
  return chars.join('').normalize('NFC');
}

const VNI_TONES: Record<string, string> = { '1': '\u0301', '2': '\u0300', '3': '\u0309', '4': '\u0303', '5': '\u0323' };
const VNI_MARKS: Record<string, [RegExp, string]> = {
  '6': [/[aeo](?=[^aeo]*$)/, '\u0302'],   // circumflex: â ê ô
  '7': [/[ou](?=[^ou]*$)/, '\u031b'],     // horn: ơ ư ("uo7" → "ươ" below)
  '8': [/a(?=[^a]*$)/, '\u0306'],         // breve: ă
};

/**
 * Unconverted VNI: "la2m" → "làm", "gia61y" → "giấy", "d9a8ng" → "đăng". A digit marks the letters before it
 * (6 â/ê/ô, 7 ơ/ư, 8 ă, 9 đ) or gives the tone (1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng). Returns null when the
 * token is not VNI (no digit, a number, a licence class such as "b2"/"a1") or not a Vietnamese syllable.
 */
export function decodeVni(token: string): string | null {
  if (!/^[a-z0-9]+$/.test(token) || !/[1-9]/.test(token) || token.replace(/\d/g, '').length < 2 || /^\d/.test(token)) return null;
  let word = '';
  let tone = '';
  for (const ch of token) {
    if (ch >= 'a' && ch <= 'z') { word += ch; continue; }
    if (VNI_TONES[ch]) { if (tone) return null; tone = VNI_TONES[ch]; continue; }
    if (ch === '9') {
      if (!/d$/.test(word) && !word.startsWith('d')) return null;
      word = word.replace(/^d/, 'đ');
      continue;
    }
    const mark = VNI_MARKS[ch];
    if (!mark) return null;
    if (ch === '7' && /uo$|uo[^aeiouy]*$/.test(word)) { word = word.replace(/uo(?=[^uo]*$)/, 'ư\u01a1'); continue; }
    const m = mark[0].exec(word);
    if (!m) return null;
    word = `${word.slice(0, m.index)}${(m[0] + mark[1]).normalize('NFC')}${word.slice(m.index + 1)}`;
  }
  return syllableWithTone(word, tone);
}
