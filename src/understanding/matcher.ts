/**
 * Intent + procedure + aspect for one message, from the text alone (dialog context is applied by
 * conversation/). Evidence is combined: naive Bayes over syllable unigrams and bigrams of the
 * normalised text, keyword cues per class (longest match wins, so "đăng ký lại khai sinh" beats
 * "khai sinh"), rule cues (receipt codes), and the explicit aspect detector.
 */
import { detectAspect } from './aspect';
import { intentCue } from './intent-cues';
import { extractReceiptCode } from './receipt';
import { NaiveBayes, type TrainingExample } from './classifier';
import { createNormalizer, type Lexicon, type Normalizer, type Token } from './normalize';
import { INTENTS, type Aspect, type Candidate, type Intent, type Understanding } from './types';
import { fold } from './vietnamese';

export interface IntentData {
  /** A catalog intent, or "followup" for generic questions that name no procedure ("hết bao nhiêu tiền"). */
  intent: Intent | 'followup';
  procedure?: string;
  keywords?: string[];
  /**
   * A procedure about the channel rather than a topic (how to use the public-service portal): its keywords
   * ("cổng dịch vụ công") do not outweigh another procedure named in the same message.
   */
  fallback?: boolean;
  /** Out-of-scope only: words that make a message out of scope whatever procedure it names ("con mèo"). */
  markers?: string[];
  phrases: string[];
}

export interface ProcedureRef { id: string; name: string; aliases?: string[] }

export interface MatcherInput {
  intents: IntentData[];
  procedures: ProcedureRef[];
  lexicon: Lexicon;
}

export interface Analysis extends Understanding {
  /** Token-length of the longest procedure keyword found (0 = the text names no procedure). */
  keywordStrength: number;
  /** The generic follow-up class beat every procedure: the text asks about an aspect, not a topic. */
  followup: boolean;
  aspectScore: number;
  tokens: string[];
}

export interface Matcher {
  analyze(text: string): Analysis;
  readonly procedureIds: readonly string[];
  readonly stats: { classes: number; phrases: number; vocabulary: number };
}

const PROC = 'p:';
const INT = 'i:';
const KEYWORD_WEIGHT = 8;
const TEMPERATURE = 4;
/** An out-of-scope marker decides on its own ("khai sinh cho con mèo"). */
const MARKER_WEIGHT = 60;
/** Out-of-scope markers ("con mèo", "thẻ ATM") outweigh the procedure words they come with. */
const keywordWeight = (label: string) => (label === `${INT}out_of_scope` ? 2 * KEYWORD_WEIGHT : KEYWORD_WEIGHT);

function features(tokens: string[]): string[] {
  const out: string[] = [];
  const kept = tokens.filter((t) => !/^\d{5,}$/.test(t));
  for (let i = 0; i < kept.length; i++) {
    out.push(kept[i]);
    if (i + 1 < kept.length) out.push(`${kept[i]}_${kept[i + 1]}`);
  }
  return out;
}

interface Keyword { cls: string; tokens: string[] }

/** Build synchronously (CLI, tests). */
export function buildMatcher(input: MatcherInput): Matcher {
  const steps = buildSteps(input);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Build in slices of about `sliceMs`, giving the event loop back in between, so that a live reload of a
 * province-sized catalogue never stops the running bot from answering.
 */
export async function buildMatcherAsync(input: MatcherInput, sliceMs = 4): Promise<Matcher> {
  const steps = buildSteps(input);
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}

/** The build as a generator: it yields at safe points between pieces of work. */
function* buildSteps(input: MatcherInput): Generator<void, Matcher, void> {
  // vocabulary first (for Telex and typo correction), from everything we were taught
  const vocabulary = new Map<string, number>();
  const addVocab = (text: string) => {
    for (const w of fold(text.normalize('NFC').toLowerCase()).split(/[^a-z0-9]+/)) if (w) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
  };
  for (const d of input.intents) {
    d.phrases.forEach(addVocab);
    d.keywords?.forEach(addVocab);
    yield;
  }
  for (const p of input.procedures) { addVocab(p.name); p.aliases?.forEach(addVocab); }
  yield;
  for (const v of Object.values(input.lexicon)) addVocab(v);
  const normalizer: Normalizer = createNormalizer({ lexicon: input.lexicon, vocabulary });
  yield;
  const norm = (text: string) => normalizer.tokens(text).map((t: Token) => t.f);

  const known = new Set(input.procedures.map((p) => p.id));
  const examples: TrainingExample[] = [];
  const keywords = new Map<string, Keyword[]>();
  const addKeyword = (cls: string, text: string) => {
    const tokens = norm(text);
    if (!tokens.length) return;
    const list = keywords.get(tokens[0]) ?? [];
    if (!list.some((k) => k.cls === cls && k.tokens.join(' ') === tokens.join(' '))) list.push({ cls, tokens });
    keywords.set(tokens[0], list);
  };
  let phraseCount = 0;
  const markers: string[][] = [];
  const fallbacks = new Set(input.intents.filter((d) => d.fallback && d.procedure).map((d) => `${PROC}${d.procedure}`));
  for (const d of input.intents) {
    const cls = d.intent === 'procedure' ? `${PROC}${d.procedure}` : `${INT}${d.intent}`;
    if (d.intent === 'procedure' && (!d.procedure || !known.has(d.procedure))) continue;
    for (const p of d.phrases) {
      examples.push({ label: cls, features: features(norm(p)) });
      if (++phraseCount % 8 === 0) yield;
    }
    for (const m of d.markers ?? []) { const t = norm(m); if (t.length) markers.push(t); }
    for (const k of d.keywords ?? []) {
      examples.push({ label: cls, features: features(norm(k)), weight: 2 });
      addKeyword(cls, k);
    }
  }
  for (const p of input.procedures) {
    const cls = `${PROC}${p.id}`;
    examples.push({ label: cls, features: features(norm(p.name)), weight: 2 });
    addKeyword(cls, p.name); // the official name typed in full names the procedure
    for (const a of p.aliases ?? []) { examples.push({ label: cls, features: features(norm(a)), weight: 2 }); addKeyword(cls, a); }
    yield;
  }
  const nb = new NaiveBayes();
  yield* nb.trainSteps(examples);

  function keywordHits(tokens: string[]): { strength: Map<string, number>; spans: { cls: string; start: number; end: number }[] } {
    const hits: { cls: string; start: number; end: number }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const k of keywords.get(tokens[i]) ?? []) {
        let ok = i + k.tokens.length <= tokens.length;
        for (let j = 1; ok && j < k.tokens.length; j++) ok = tokens[i + j] === k.tokens[j];
        if (ok) hits.push({ cls: k.cls, start: i, end: i + k.tokens.length });
      }
    }
    // a match inside a longer match of another class does not count ("khai sinh" inside "đăng ký lại khai sinh")
    const kept = hits.filter((h) => !hits.some((o) => o.cls !== h.cls && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
    const byClass = new Map<string, number>();
    for (const h of kept) byClass.set(h.cls, Math.max(byClass.get(h.cls) ?? 0, h.end - h.start));
    return { strength: byClass, spans: kept };
  }

  /**
   * The aspect, read without the words that name the procedure itself: "VNeID" is the topic of
   * "kích hoạt VNeID mức 2 làm sao", not a question about doing it online.
   */
  function aspectWithout(tokens: string[], spans: { cls: string; start: number; end: number }[], cls: string) {
    const mine = spans.filter((s) => s.cls === cls);
    if (!mine.length) return detectAspect(tokens.join(' '));
    // when the procedure's own words were the only cue ("lý lịch tư pháp trên VNeID"), they are the question
    return detectAspect(tokens.map((t, i) => (mine.some((s) => i >= s.start && i < s.end) ? '_' : t)).join(' ')) ?? detectAspect(tokens.join(' '));
  }

  function analyze(text: string): Analysis {
    const tokens = norm(text);
    const folded = tokens.join(' ');
    const aspectHit = detectAspect(folded);
    const empty: Analysis = {
      intent: 'out_of_scope', procedure: null, aspect: null, confidence: 0, candidates: [], normalized: folded,
      keywordStrength: 0, followup: false, aspectScore: aspectHit?.score ?? 0, tokens,
    };
    if (extractReceiptCode(text)) {
      return { ...empty, intent: 'status', confidence: 0.97 };
    }
    if (!tokens.length) return empty;
    const hits = keywordHits(tokens);
    const marked = markers.some((m) => tokens.some((_, i) => m.every((w, j) => tokens[i + j] === w)));
    const kw = hits.strength;
    const cue = intentCue(folded);
    const scored = nb.score(features(tokens)).map((s) => ({
      label: s.label,
      score: (s.score + keywordWeight(s.label) * (kw.get(s.label) ?? 0) + (cue && s.label === `${INT}${cue.intent}` ? cue.weight : 0)
        + (marked && s.label === `${INT}out_of_scope` ? MARKER_WEIGHT : 0)) / TEMPERATURE,
    }));
    scored.sort((a, b) => b.score - a.score);
    if (fallbacks.has(scored[0].label)) {
      // "cải chính tên trên cổng DVC được không" is about cải chính, asked about doing it online
      const named = scored.findIndex((x) => x.label.startsWith(PROC) && !fallbacks.has(x.label) && (kw.get(x.label) ?? 0) > 0);
      if (named > 0) scored.unshift(...scored.splice(named, 1));
    }
    const max = scored[0].score;
    let z = 0;
    for (const s of scored) z += Math.exp(s.score - max);
    const prob = (s: { score: number }) => Math.exp(s.score - max) / z;
    const top = scored[0];
    const candidates: Candidate[] = scored.filter((s) => s.label.startsWith(PROC)).slice(0, 3)
      .map((s) => ({ procedure: s.label.slice(PROC.length), score: prob(s) }));
    let keywordStrength = 0;
    for (const [cls, n] of kw) if (cls.startsWith(PROC)) keywordStrength = Math.max(keywordStrength, n);
    const base = { ...empty, candidates, keywordStrength, confidence: prob(top), aspect: aspectHit?.aspect ?? null };
    // a procedure answer, its aspect read without the words that name the procedure
    const asProcedure = (procedure: string, confidence: number): Analysis => {
      const own = aspectWithout(tokens, hits.spans, `${PROC}${procedure}`);
      return { ...base, intent: 'procedure', procedure, aspect: own?.aspect ?? 'overview', aspectScore: own?.score ?? 0, confidence };
    };
    if (top.label === `${INT}followup`) {
      return { ...base, intent: 'procedure', procedure: candidates[0]?.procedure ?? null, followup: true };
    }
    if (top.label.startsWith(PROC)) return asProcedure(top.label.slice(PROC.length), base.confidence);
    const intent = top.label.slice(INT.length) as Intent;
    // "…mất căn cước, làm lại thế nào, cảm ơn ad": the closing courtesy does not make it a thank-you
    const social = intent === 'greeting' || intent === 'thanks' || intent === 'goodbye';
    const asksSomething = tokens.length > 8 && (aspectHit?.score ?? 0) >= 2;
    if (social && (keywordStrength >= 2 || asksSomething) && candidates[0]) {
      return asProcedure(candidates[0].procedure, Math.max(candidates[0].score, 0.5));
    }
    return { ...base, intent: (INTENTS as readonly string[]).includes(intent) ? intent : 'out_of_scope' };
  }

  return {
    analyze,
    procedureIds: [...known],
    stats: { classes: nb.classCount, phrases: phraseCount, vocabulary: vocabulary.size },
  };
}
