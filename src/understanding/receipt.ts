/**
 * Receipt codes of the one-stop system ("mã hồ sơ"): e.g. 000.00.36.H40-250703-0055, G22.35-250716-0042,
 * H12.45-250820-0113, G22.45.10-251003-0112. Agency code, yymmdd, sequence; or yymm(dd)-sector-sequence (2507-HT-0455), yymm-sequence-sector (2507-0315-HKD); desk.yymm.sequence (BP1C.2506.00481); sector-yyyy-mm-sequence (HKD-2025-10-3312); prefix+yymm(dd)-sequence (HS2509-001873, E240912-3381); sector-province-yy-sequence (TN-BD-25-7712); prefix.yyyy.mm.sequence (HC.2025.08.114523); dd.mm-sector-sequence (12.05-TCXH-0417); sector-mmdd-sequence (TN-0712-334); yymmddsequence-sector (2508010045-HKD); dd.yy.mm.sequence (11.25.07.0098);
 * prefix+yyyy-mm-sequence (HS2025-08-0412); a sector with Đ (2507-CMĐ-114); desk.yyyy.sector.sequence (0001.2025.GPLX.4471);
 * yymm and a six-digit sequence sent alone (2509010045: a phone's or a card's number starts with 0; in a sentence ten
 * digits may be a tax code); a prefix and seven digits or more sent alone (HS250912003);
 * sector-yymmdd-sequence (DN-250915-0442); yymmdd/sector/sequence (250805/TP-HT/12).
 */
const RECEIPT_CODE = /\b((?:\d{3}\.\d{2}\.\d{2}\.)?[a-z]\d{2}(?:\.\d{1,3}){0,3}-\d{4,6}-\d{3,6}|\d{4,6}-[a-zđ]{1,4}-\d{3,6}|\d{2}\.\d{2}\.\d{2}\.\d{4,5}|[a-z]{2,4}\d{4}-\d{2}-\d{3,5}|\d{4,6}-\d{3,6}-[a-z]{2,4}|[a-z]{1,4}\d?[a-z]?\.\d{4,6}\.\d{3,6}|[a-z]{1,4}-\d{4}-\d{4}-\d{3,5}|[a-z]{2,4}-\d{4}-\d{5,6}|[a-z]{2,4}-\d{4}-\d{2}-\d{3,6}|[a-z]{2,4}\d{10,12}|[a-z]{1,4}\d{4,6}-\d{3,6}|[a-z]{2,4}-[a-z]{2,3}-\d{2}-\d{3,6}|[a-z]{1,4}\.\d{4}\.\d{2}\.\d{4,6}|\d{2}\.\d{2}-[a-z]{2,5}-\d{3,5}|[a-z]{2,4}-\d{4}-\d{3,4}|\d{8,12}-[a-z]{2,4}|\d{3,6}\.\d{4}\.[a-z]{2,5}\.\d{3,6}|(?<=^\s*)2[4-9](?:0[1-9]|1[0-2])\d{6}(?=\s*$)|(?<=^\s*)[a-z]{1,4}\d{7,13}(?=\s*$)|[a-z]{1,4}-\d{6}-\d{3,6}|\d{6}\/[a-z]{2,4}(?:-[a-z]{2,4})?\/\d{1,6})\b/i;

/**
 * Any other shape a desk may print ("HS2507-KS-00981"): letters and digits joined by hyphens, dots or slashes, seven
 * digits or more, and at least one letter — not a date, a phone number (digits only), a number plate ("29A-123.45")
 * or a legal document's number ("168/2025/NĐ-CP").
 */
const CODE_LIKE = /(?<![\p{L}\d])(?=[\p{L}\d.\-/]*\p{L})[\p{L}\d]+(?:[-./][\p{L}\d]+){1,4}(?![\p{L}\d])/gu;
const PLATE = /^\d{2}[a-z]{1,2}\d?[-.]/i;
/** A legal document's number: "168/2025/NĐ-CP", "01/2025/TT-BTP". */
const LEGAL_NUMBER = /\/(?:19|20)\d{2}\//;
/** "mã 01/ATTP-2025", "mã hồ sơ 0923/BHXH-TN": called a code, three digits are enough. */
const CALLED_CODE = /(?:^|\s)(?:mã|ma|mã hồ sơ|ma ho so|mã số|ma so)\s*:?\s*$/i;
function codeLike(text: string): string | null {
  for (const m of text.matchAll(CODE_LIKE)) {
    const [token] = m;
    const digits = token.match(/\d/g)?.length ?? 0;
    const called = digits >= 3 && CALLED_CODE.test(text.slice(0, m.index));
    if ((digits >= 7 || called) && !PLATE.test(token) && !LEGAL_NUMBER.test(token)) return token;
  }
  return null;
}

/** "mã 2508190303", "mã hs: 2508040071": digits alone, called a code (not a phone's, which starts with 0). */
const CALLED_DIGITS = /(?:^|\s)(?:mã|ma)(?:\s+(?:hồ sơ|ho so|hs|số|so|biên nhận|bien nhan))?\s*:?\s*([1-9]\d{6,13})(?![\d\p{L}])/iu;

export function extractReceiptCode(text: string): string | null {
  const m = RECEIPT_CODE.exec(text);
  if (m) return m[1].toUpperCase();
  return codeLike(text)?.toUpperCase() ?? CALLED_DIGITS.exec(text)?.[1] ?? null;
}
