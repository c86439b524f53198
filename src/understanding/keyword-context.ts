/**
 * Where a keyword is found but does not ask for its procedure: the words around it say it is context
 * (the citizen's own phone number, where they live, a paper they bring along). Pure, on folded tokens.
 */

/** Words that ask for two things done together ("khai sinh là có luôn thẻ BHYT"). */
export const TOGETHER = / (?:luon|cung|kem|va|lan|chung|dong thoi|mot lan|1 lan|3 trong 1|ba trong mot) /;
const FIRST_PERSON = new Set(['toi', 'em', 'minh', 'tui', 'chau', 'con', 'anh', 'chi']);
const PHONE_DIGITS = /^(0|84)\d{8,10}$/;
/**
 * "thường trú ở Quảng Bình", "hộ khẩu tại Nam Định": where the citizen lives, told as context, not a question
 * about registering residence ("thường trú ở đâu" still is one).
 */
const RESIDENCE = new Set(['thuong tru', 'tam tru', 'ho khau']);
export function residenceStatement(tokens: string[], start: number, end: number): boolean {
  if (!RESIDENCE.has(tokens.slice(start, end).join(' '))) return false;
  if (tokens[end] !== 'o' && tokens[end] !== 'tai') return false;
  const next = tokens[end + 1];
  return next !== undefined && next !== 'dau' && next !== 'mo' && next !== 'nao' && !(next === 'cho' && tokens[end + 2] === 'nao');
}

/**
 * "có phải mang theo giấy khai sinh không", "đem theo giấy khai sinh của cháu": a paper brought along, named
 * by the procedure that issued it.
 */
const CARRY = new Set(['mang', 'dem', 'cam', 'photo', 'kem', 'trinh', 'nop']);
export function carriedPaper(tokens: string[], start: number): boolean {
  if (tokens[start] !== 'giay' && tokens[start] !== 'so' && tokens[start] !== 'ban') return false;
  return CARRY.has(tokens[start - 1] ?? '') || CARRY.has(tokens[start - 2] ?? '');
}

/**
 * "số điện thoại của tôi là 09…", "em để lại sđt": the citizen's own contact, not a question about the office's.
 */
export function ownContact(tokens: string[], start: number, end: number): boolean {
  if (tokens[end] === 'cua' && FIRST_PERSON.has(tokens[end + 1])) return true;
  if (FIRST_PERSON.has(tokens[end]) && tokens[end + 1] === 'la') return true;
  if (tokens[start - 2] === 'de' && tokens[start - 1] === 'lai') return true;
  return tokens.slice(end, end + 4).some((t) => PHONE_DIGITS.test(t));
}
