/**
 * A synthetic province-size catalogue: N procedures built from the real ones, so that the matcher can be
 * timed and checked at the scale of a whole province (thousands of procedures).
 *
 * Synthetic procedure k copies every field of real procedure (k mod 42) and gets
 *   - a topic of two real Vietnamese syllables, a combination no other procedure has ("lưới trạm"),
 *   - a district-like qualifier from two more real syllables ("huyện Phước Long"),
 * so that the name reads "<real name> <topic> <qualifier>". Its 10 training phrases are real phrases of
 * the base procedure with the topic (and sometimes the qualifier) inserted after the base keyword; its
 * held-out query is another real phrase of the base (never one of its 10), recombined the same way and
 * in a third of the cases typed without diacritics. The 2,000 classes differ only by their topic
 * syllables, and share everything else with a real procedure and 47 siblings: a hard, honest test.
 */
import type { KnowledgeSource } from '../../src/knowledge/kb';
import { ProcedureSchema, type Procedure } from '../../src/knowledge/procedure';
import type { IntentData } from '../../src/understanding/matcher';
import { fold } from '../../src/understanding/vietnamese';
import type { Label } from '../eval-lib';
import { mulberry32, pick, shuffled, type Rng } from './prng';

export interface SyntheticKb {
  source: KnowledgeSource;
  /** Held-out recombinations, one per synthetic procedure. */
  queries: Label[];
  syllables: number;
}

export const PHRASES_PER_PROCEDURE = 10;

/** Onset + vowel cluster + coda of a Vietnamese syllable (folded), as in src/understanding/vietnamese.ts. */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;
const DISTRICT = ['huyện', 'quận', 'thị xã', 'phường', 'xã', 'thị trấn'];

/** Real accented syllables from the procedures and intents (letters only), in a fixed order. */
function syllablePool(real: KnowledgeSource): string[] {
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

/** Insert `words` after the first occurrence of one of the base keywords in the phrase, else at the end. */
function inject(phrase: string, keywords: string[], words: string): string {
  const tokens = phrase.split(/\s+/);
  const folded = tokens.map((t) => fold(t.toLowerCase()).replace(/[^a-z0-9]/g, ''));
  let bestEnd = -1;
  for (const k of keywords) {
    const kt = fold(k.toLowerCase()).split(/\s+/);
    for (let i = 0; i + kt.length <= folded.length; i++) {
      if (kt.every((w, j) => folded[i + j] === w)) {
        const end = i + kt.length;
        if (bestEnd < 0 || end < bestEnd) bestEnd = end;
        break;
      }
    }
  }
  if (bestEnd < 0) return `${phrase} ${words}`;
  const last = tokens[bestEnd - 1];
  const punct = /[,.?!]+$/.exec(last)?.[0] ?? '';
  tokens[bestEnd - 1] = `${last.slice(0, last.length - punct.length)} ${words}${punct}`;
  return tokens.join(' ');
}

function stripDiacritics(text: string): string {
  return fold(text.normalize('NFC'));
}

export function buildSyntheticKb(real: KnowledgeSource, count: number, seed = 20250701): SyntheticKb {
  const rng = mulberry32(seed);
  const pool = syllablePool(real);
  const taken = new Set<string>();
  const drawPair = pairDrawer(rng, pool, taken);
  const byProcedure = new Map(real.intents.filter((d) => d.intent === 'procedure').map((d) => [d.procedure, d]));
  const bases = real.procedures.filter((p) => byProcedure.has(p.id));
  const procedures: Procedure[] = [];
  const intents: IntentData[] = [];
  const queries: Label[] = [];

  for (let k = 0; k < count; k++) {
    const base = bases[k % bases.length];
    const baseIntent = byProcedure.get(base.id) as IntentData;
    const topic = drawPair().join(' ');
    const place = `${pick(rng, DISTRICT)} ${drawPair().map(capital).join(' ')}`;
    const id = `syn-${String(k).padStart(4, '0')}-${base.id}`.slice(0, 80);
    const baseKeywords = [...(baseIntent.keywords ?? []), ...base.aliases].sort((a, b) => b.length - a.length);
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
      phrases: train.map((p) => inject(p, baseKeywords, rng() < 0.3 ? `${topic} ${place}` : topic)),
    });
    const q = inject(pick(rng, heldOut.length ? heldOut : train), baseKeywords, rng() < 0.3 ? `${topic} ${place}` : topic);
    queries.push({ text: rng() < 1 / 3 ? stripDiacritics(q) : q, intent: 'procedure', procedure: id });
  }
  // "valid Procedure objects": the same schema the editors' files go through
  for (const p of procedures) ProcedureSchema.parse(p);
  return {
    source: { procedures: [...real.procedures, ...procedures], intents: [...real.intents, ...intents], lexicon: real.lexicon },
    queries,
    syllables: pool.length,
  };
}
