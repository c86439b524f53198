/**
 * A synthetic province-size catalogue: N procedures built from the real ones, so that the matcher can be
 * timed and checked at the scale of a whole province (thousands of procedures).
 *
 * Synthetic procedure k copies every field of real procedure (k mod 42) and gets
 *   - a topic of two Vietnamese syllables that no other procedure has ("lưới trạm"),
 *   - a district-like qualifier of two more ("huyện Phước Long"),
 * so that its name reads "<real name> <topic> <qualifier>". Syllables are the real ones of the data plus
 * recombinations of their onsets and (toned) rhymes, so the vocabulary grows as a bigger catalogue's would.
 * Its 10 training phrases are real phrases of the base procedure in which the base keyword is either
 * replaced by the topic ("làm <topic> cho con cần giấy tờ gì") or followed by it ("làm giấy khai sinh
 * <topic> cho con…"). Its held-out query is another real phrase of the base (never one of its 10),
 * recombined the same way (replace tried for even k, insert for odd k), in a third of the cases typed
 * without diacritics. "insert" queries keep the base wording, a sentence the real class was trained on,
 * plus the topic: the hard case of a specific variant next to a well-trained general procedure.
 */
import type { KnowledgeSource } from '../../src/knowledge/kb';
import { ProcedureSchema, type Procedure } from '../../src/knowledge/procedure';
import type { IntentData } from '../../src/understanding/matcher';
import { fold } from '../../src/understanding/vietnamese';
import type { Label } from '../eval-lib';
import { mulberry32, pick, shuffled, type Rng } from './prng';

export type QueryKind = 'replace' | 'insert';

export interface SyntheticKb {
  source: KnowledgeSource;
  /** Held-out recombinations, one per synthetic procedure. */
  queries: (Label & { kind: QueryKind })[];
  syllables: { real: number; recombined: number };
}

export const PHRASES_PER_PROCEDURE = 10;

/** Onset + vowel cluster + coda of a Vietnamese syllable (folded), as in src/understanding/vietnamese.ts. */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;
const ONSET = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|đ|[bcdghklmnpqrstvx])?/;
const DISTRICT = ['huyện', 'quận', 'thị xã', 'phường', 'xã', 'thị trấn'];
export const RECOMBINED_SYLLABLES = 2000;

/** Real accented syllables from the procedures and intents (letters only), in a fixed order. */
function realSyllables(real: KnowledgeSource): string[] {
  const texts: string[] = [];
  for (const p of real.procedures) {
    texts.push(p.name, ...p.aliases, p.where, p.authority, ...p.documents.map((d) => d.name), ...p.eligibility, ...p.steps, ...p.notes);
  }
  for (const d of real.intents) texts.push(...d.phrases, ...(d.keywords ?? []));
  const set = new Set<string>();
  for (const t of texts) {
    for (const w of t.normalize('NFC').toLowerCase().split(/[^\p{L}]+/u)) {
      const f = fold(w);
      if (w.length >= 2 && w !== f && SYLLABLE.test(f)) set.add(w);
    }
  }
  return [...set].sort();
}

/** Spelling rules of Vietnamese onsets (c/k, g/gh, ng/ngh, qu, gi) on the folded rhyme. */
function spellable(onset: string, rhyme: string): boolean {
  const v = fold(rhyme).charAt(0);
  const front = v === 'e' || v === 'i' || v === 'y';
  if (onset === 'c' || onset === 'g' || onset === 'ng') return !front;
  if (onset === 'k' || onset === 'gh' || onset === 'ngh') return front;
  if (onset === 'qu') return v !== 'u';
  if (onset === 'gi') return v !== 'i';
  return true;
}

/** New syllables from real onsets and real toned rhymes ("ph" + "ước"), not already in the data. */
function recombinedSyllables(rng: Rng, real: string[], count: number): string[] {
  const onsets = new Set<string>();
  const rhymes = new Set<string>();
  for (const w of real) {
    const onset = ONSET.exec(w)?.[0] ?? '';
    onsets.add(onset);
    rhymes.add(w.slice(onset.length));
  }
  const known = new Set(real.map(fold));
  const candidates: string[] = [];
  for (const o of [...onsets].sort()) {
    for (const r of [...rhymes].sort()) {
      const w = o + r;
      if (r && spellable(o, r) && SYLLABLE.test(fold(w)) && !known.has(fold(w))) candidates.push(w);
    }
  }
  return shuffled(rng, candidates).slice(0, count);
}

/** Draws syllable pairs that are unique even without diacritics (so folded queries stay unambiguous). */
function pairDrawer(rng: Rng, pool: string[], taken: Set<string>): () => [string, string] {
  return () => {
    for (;;) {
      const a = pick(rng, pool);
      const b = pick(rng, pool);
      const key = `${fold(a)} ${fold(b)}`;
      if (fold(a) === fold(b) || taken.has(key)) continue;
      taken.add(key);
      return [a, b];
    }
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Put `words` into the phrase at the first base keyword: after it ("insert") or instead of it ("replace").
 * A phrase without a keyword gets the words at the end, which is an "insert" (the base wording stays).
 */
function inject(phrase: string, keywords: string[], words: string, kind: QueryKind): { text: string; kind: QueryKind } {
  const tokens = phrase.split(/\s+/);
  const folded = tokens.map((t) => fold(t.toLowerCase()).replace(/[^a-z0-9]/g, ''));
  let best: { start: number; end: number } | null = null;
  for (const k of keywords) {
    const kt = fold(k.toLowerCase()).split(/\s+/);
    for (let i = 0; i + kt.length <= folded.length; i++) {
      if (kt.every((w, j) => folded[i + j] === w)) {
        if (!best || i < best.start || (i === best.start && i + kt.length > best.end)) best = { start: i, end: i + kt.length };
        break;
      }
    }
  }
  if (!best) return { text: `${phrase} ${words}`, kind: 'insert' };
  const span = tokens.slice(best.start, best.end).join(' ');
  const punct = /[,.?!]+$/.exec(span)?.[0] ?? '';
  const middle = kind === 'insert' ? `${span.slice(0, span.length - punct.length)} ${words}` : words;
  return { text: [...tokens.slice(0, best.start), `${middle}${punct}`, ...tokens.slice(best.end)].join(' '), kind };
}

function stripDiacritics(text: string): string {
  return fold(text.normalize('NFC'));
}

export function buildSyntheticKb(real: KnowledgeSource, count: number, seed = 20250701): SyntheticKb {
  const rng = mulberry32(seed);
  const realPool = realSyllables(real);
  const extra = recombinedSyllables(rng, realPool, RECOMBINED_SYLLABLES);
  const pool = [...realPool, ...extra];
  const taken = new Set<string>();
  const drawPair = pairDrawer(rng, pool, taken);
  const byProcedure = new Map(real.intents.filter((d) => d.intent === 'procedure').map((d) => [d.procedure, d]));
  const bases = real.procedures.filter((p) => byProcedure.has(p.id));
  const procedures: Procedure[] = [];
  const intents: IntentData[] = [];
  const queries: SyntheticKb['queries'] = [];

  for (let k = 0; k < count; k++) {
    const base = bases[k % bases.length];
    const baseIntent = byProcedure.get(base.id) as IntentData;
    const topic = drawPair().join(' ');
    const place = `${pick(rng, DISTRICT)} ${drawPair().map(capital).join(' ')}`;
    const id = `syn-${String(k).padStart(4, '0')}-${base.id}`.slice(0, 80);
    const baseKeywords = [...(baseIntent.keywords ?? []), ...base.aliases];
    const anchor = baseIntent.keywords?.[0] ?? base.name.toLowerCase();

    procedures.push({
      ...structuredClone(base),
      id,
      name: `${base.name} ${topic} ${place}`,
      aliases: [`${anchor} ${topic}`, `${topic} ${place}`],
    });

    const phrases = shuffled(rng, baseIntent.phrases);
    const train = phrases.slice(0, PHRASES_PER_PROCEDURE);
    const heldOut = phrases.slice(PHRASES_PER_PROCEDURE);
    intents.push({
      intent: 'procedure',
      procedure: id,
      keywords: [topic, `${anchor} ${topic}`],
      phrases: train.map((p, i) => inject(p, baseKeywords, rng() < 0.3 ? `${topic} ${place}` : topic, i % 2 ? 'insert' : 'replace').text),
    });
    const q = inject(pick(rng, heldOut.length ? heldOut : train), baseKeywords, rng() < 0.3 ? `${topic} ${place}` : topic, k % 2 ? 'insert' : 'replace');
    queries.push({ text: rng() < 1 / 3 ? stripDiacritics(q.text) : q.text, intent: 'procedure', procedure: id, kind: q.kind });
  }
  // "valid Procedure objects": the same schema the editors' files go through
  for (const p of procedures) ProcedureSchema.parse(p);
  return {
    source: { procedures: [...real.procedures, ...procedures], intents: [...real.intents, ...intents], lexicon: real.lexicon },
    queries,
    syllables: { real: realPool.length, recombined: extra.length },
  };
}
