/**
 * Masking personal data outside the staff console (logs, analytics, editor views): phone numbers, ID
 * numbers, e-mail addresses. Staff see the real values; everyone else sees these.
 */

/** 0912345678 → 091****678 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '***';
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 6)}${digits.slice(-3)}`;
}

/** Masks phone/ID-like digit runs (≥ 7 digits, spaces and dots allowed inside) and e-mail addresses. */
export function maskText(text: string): string {
  return text
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]')
    .replace(/\+?\d(?:[\s.-]?\d){6,}/g, (m) => maskPhone(m));
}

/** Vietnamese mobile/landline: 0xxxxxxxxx (10 digits) or +84/84 followed by 9 digits; landlines 02x + 8 digits. */
export function normalisePhone(text: string): string | null {
  const compact = text.replace(/[\s.()-]/g, '');
  const m = /^(?:\+?84|0)(\d{9,10})$/.exec(compact);
  if (!m) return null;
  return `0${m[1]}`;
}
