/**
 * The labelled single messages grouped by the kind of input the issue lists, recognised from the text
 * itself (the sets carry no such tags): which kinds each system gets right, side by side.
 */
import type { ParseOutput } from '../../src/understanding/types';
import { decodeTelex, decodeVni, fold, hasDiacritics } from '../../src/understanding/vietnamese';
import type { Label } from '../eval-lib';
import { intentProcOk } from '../eval-lib';

const words = (text: string) => text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const OLD_NAMES = /\b(?:chung minh nhan dan|cmnd|ho khau|so tam tru|kt3|huyen|quan \d|cong an huyen|phong tu phap)\b/;
/** Words typed as written (not folded), so "mô" is regional but "mở"/"mo" are not. */
const REGIONAL = new Set(['hông', 'hổng', 'mô', 'răng', 'rứa', 'nớ', 'tê', 'dzậy', 'dzay', 'nghen', 'hen', 'bển', 'ổng', 'bả', 'dìa', 'hổm', 'chừ', 'ni', 'hỉ', 'nhiêu', 'dị']);
const TEENCODE = new Set(['ko', 'k', 'kh', 'hok', 'dc', 'đc', 'dk', 'đk', 'j', 'ntn', 'bn', 'bnhiu', 'tks', 'ad', 'mn', 'sdt', 'sđt', 'cccd', 'gks', 'hk', 'vs', 'z', 'ak', 'ck', 'vk', 'ny', 'đkkh', 'lltp', 'gplx', 'bhyt', 'bhxh', 'hkd']);

/** Kinds a text shows (several may apply). */
export function kindsOf(label: Label): string[] {
  const raw = label.text;
  const nfc = raw.normalize('NFC');
  const ws = words(raw);
  const folded = ws.map((w) => fold(w)).join(' ');
  const out: string[] = [];
  if (raw !== nfc) out.push('NFD text');
  if (!ws.some((w) => hasDiacritics(w))) out.push('no diacritics');
  if (ws.some((w) => !hasDiacritics(w) && (decodeTelex(w) !== null || decodeVni(w) !== null) && w.length > 2)) out.push('Telex/VNI residue');
  if (ws.some((w) => TEENCODE.has(w))) out.push('teencode/abbreviations');
  // "nhiêu" alone is regional; in "bao nhiêu" it is standard
  if (ws.some((w, i) => REGIONAL.has(w) && !(w === 'nhiêu' && ws[i - 1] === 'bao'))) out.push('regional words');
  if (OLD_NAMES.test(` ${folded} `)) out.push('old names');
  if (ws.length > 25) out.push('long run-on');
  if (label.intent === 'out_of_scope') out.push('out of scope');
  return out;
}

export interface KindRow { kind: string; n: number; correct: number[] }

/** Per kind, how many of its lines each system gets right (intent+procedure exact). */
export function byKind(labels: readonly Label[], results: readonly (readonly ParseOutput[])[]): KindRow[] {
  const rows = new Map<string, KindRow>();
  labels.forEach((label, i) => {
    for (const kind of ['all', ...kindsOf(label)]) {
      const row = rows.get(kind) ?? { kind, n: 0, correct: results.map(() => 0) };
      row.n++;
      results.forEach((got, k) => { if (intentProcOk({ label, got: got[i] })) row.correct[k]++; });
      rows.set(kind, row);
    }
  });
  return [...rows.values()].sort((a, b) => (a.kind === 'all' ? -1 : b.kind === 'all' ? 1 : b.n - a.n));
}
