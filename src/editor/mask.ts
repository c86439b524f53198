/**
 * Masks personal data in a citizen's message before editors see it (unanswered-questions inbox) or it is
 * stored for grouping: e-mail addresses, ID numbers (CMND 9 digits, CCCD 12 digits), phone numbers (0xx…,
 * +84…, with spaces, dots or dashes), any other long digit run, and the name after "tên tôi là" (and its
 * variants, with or without diacritics). Pure: no I/O.
 */
export const MASKS = { email: '[email]', id: '[số giấy tờ]', phone: '[số điện thoại]', number: '[số]', name: '[tên]' } as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Exactly 9 or 12 digits, not part of a longer number. */
const ID_NUMBER = /(?<![\d])(?:\d{12}|\d{9})(?![\d])/g;
/** Vietnamese phone numbers: 0 or +84/84, then 9 digits, optionally grouped by spaces, dots or dashes. */
const PHONE = /(?<![\d])(?:\+?84|0)(?:[\s.-]?\d){8,10}(?![\d])/g;
/** A number someone already half-masked ("091****678"): still a phone number, and its digits still leak. */
const HALF_MASKED = /(?<![\d*])\+?[\d*]{2,}\*[\d*]{2,}(?![\d*])/g;
const LONG_NUMBER = /(?<![\d])\d(?:[\s.-]?\d){6,}(?![\d])/g;
/** "tên tôi là", "tôi tên là", "tên em là", "mình tên", "họ tên:" … then the name (up to 5 words, until punctuation). */
const NAME_INTRO =
  /((?:t[eê]n\s+(?:t[oô]i|tui|em|m[iì]nh|anh|ch[iị]|ch[aá]u|con|c[uủ]a\s+t[oô]i)\s+(?:l[aà]|:)|(?:t[oô]i|tui|em|m[iì]nh|anh|ch[iị]|ch[aá]u)\s+t[eê]n\s+(?:l[aà]\s+)?|h[oọ]\s+(?:v[aà]\s+)?t[eê]n\s*(?:l[aà]|:)))\s*([^\s,.;:!?()\n\d][^,.;:!?()\n\d]*)/giu;
/** Words that end a name: the message goes on. */
const AFTER_NAME = /^(?:mu[oố]n|c[aầ]n|h[oỏ]i|xin|[oở]|nh[aà]|sinh|n[aă]m|s[oố]|sdt|đt|dt|đang|dang|l[aà]m|v[aà]|nh[oờ]|cho|ạ|a|ad|nha|nhé|nhe|r[oồ]i|c[oó]|đ[aã]|da|vừa|vua|mới|moi|đi|di|từ|tu|tại|tai|quê|que)$/iu;

function maskName(_m: string, intro: string, rest: string): string {
  const words = rest.trim().split(/\s+/);
  let n = 0;
  while (n < words.length && n < 5 && !AFTER_NAME.test(words[n])) n++;
  if (n === 0) n = 1; // "tên tôi là An" never leaves the first word
  const tail = words.slice(n).join(' ');
  const trailing = /\s*$/u.exec(rest)?.[0] ?? '';
  return `${intro.trimEnd()} ${MASKS.name}${tail ? ` ${tail}` : ''}${trailing}`;
}

export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL, MASKS.email)
    .replace(ID_NUMBER, MASKS.id)
    .replace(HALF_MASKED, MASKS.phone)
    .replace(PHONE, MASKS.phone)
    .replace(LONG_NUMBER, MASKS.number)
    .replace(NAME_INTRO, maskName);
}
