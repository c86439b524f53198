/**
 * Multinomial naive Bayes over sparse features, scored through an inverted index so that a query
 * touches only the classes that share a feature with it (plus one O(classes) pass for the base term).
 * Trains in milliseconds and scales to thousands of classes (a province's whole catalogue).
 *
 * The index is a handful of flat typed arrays, not one small object per feature: a province-sized
 * index then costs little memory, and building one while the bot answers creates almost no objects
 * for the garbage collector to move.
 */
import { runSteps } from './steps';

export interface TrainingExample { label: string; features: string[]; weight?: number }

export interface Scored { label: string; score: number }

/** The trained index: flat arrays in compressed sparse rows (feature → its classes and weights). */
interface NaiveBayesIndex {
  labels: string[];
  base: Float64Array;              // log(alpha / D_c)
  featureIds: Map<string, number>;
  rowStart: Int32Array;            // feature id → first entry in classes/weights (V + 1 entries)
  classes: Int32Array;
  weights: Float64Array;           // log((n+α)/α)
  idf: Float64Array;
}

const EMPTY: NaiveBayesIndex = {
  labels: [], base: new Float64Array(0), featureIds: new Map(), rowStart: new Int32Array(1),
  classes: new Int32Array(0), weights: new Float64Array(0), idf: new Float64Array(0),
};

export class NaiveBayes {
  constructor(private readonly alpha = 0.3, private index: NaiveBayesIndex = EMPTY) {}

  /** Train from scratch (replaces what was learnt before). */
  train(examples: TrainingExample[]): void {
    runSteps(this.trainSteps(examples));
  }

  /** Training as a generator that yields between chunks of work (see buildMatcherAsync). */
  *trainSteps(examples: TrainingExample[]): Generator<void, void, void> {
    const training = new NaiveBayesTraining(this.alpha);
    let added = 0;
    for (const ex of examples) {
      training.add(ex.label, ex.features, ex.weight);
      if (++added % 64 === 0) yield;
    }
    this.index = (yield* training.finish()).index;
  }

  has(feature: string): boolean {
    return this.index.featureIds.has(feature);
  }

  /** Scores for every class (unnormalised log-likelihoods), best first. */
  score(features: string[]): Scored[] {
    const { labels, base, featureIds, rowStart, classes, weights, idf } = this.index;
    const scores = new Float64Array(labels.length);
    let weightSum = 0;
    for (const feature of features) {
      const f = featureIds.get(feature);
      if (f === undefined) continue; // unknown to every class: no evidence either way
      const weight = idf[f];
      weightSum += weight;
      for (let i = rowStart[f]; i < rowStart[f + 1]; i++) scores[classes[i]] += weight * weights[i];
    }
    const out: Scored[] = new Array(labels.length);
    for (let c = 0; c < labels.length; c++) out[c] = { label: labels[c], score: scores[c] + weightSum * base[c] };
    out.sort((a, b) => b.score - a.score);
    return out;
  }

  get classCount(): number {
    return this.index.labels.length;
  }
}

/**
 * Collects examples as they are produced and builds the index. Each example is kept as feature ids in
 * flat growing arrays rather than as its strings, so that a live reload of a province's catalogue
 * leaves little for the garbage collector to copy while the bot goes on answering.
 */
export class NaiveBayesTraining {
  private readonly labelIdx = new Map<string, number>();
  private readonly featureIds = new Map<string, number>();
  private ids = new Int32Array(4096);        // every example's feature ids, one after the other
  private idCount = 0;
  private ends = new Int32Array(256);        // where each example's ids end
  private labelOf = new Int32Array(256);
  private weightOf = new Float64Array(256);
  private exampleCount = 0;
  constructor(private readonly alpha = 0.3) {}

  add(label: string, features: readonly string[], weight = 1): void {
    let c = this.labelIdx.get(label);
    if (c === undefined) this.labelIdx.set(label, (c = this.labelIdx.size));
    if (this.idCount + features.length > this.ids.length) this.ids = grow(this.ids, this.idCount + features.length);
    for (const f of features) {
      let id = this.featureIds.get(f);
      if (id === undefined) this.featureIds.set(f, (id = this.featureIds.size));
      this.ids[this.idCount++] = id;
    }
    if (this.exampleCount === this.ends.length) {
      this.ends = grow(this.ends, this.exampleCount + 1);
      this.labelOf = grow(this.labelOf, this.exampleCount + 1);
      this.weightOf = grow(this.weightOf, this.exampleCount + 1);
    }
    this.ends[this.exampleCount] = this.idCount;
    this.labelOf[this.exampleCount] = c;
    this.weightOf[this.exampleCount] = weight;
    this.exampleCount++;
  }

  *finish(): Generator<void, NaiveBayes, void> {
    const C = this.labelIdx.size;
    const V = this.featureIds.size;
    // (feature, class) → count, keyed by feature·C + class, in a table sized once: a growing Map would
    // stop the bot for a rehash of its 100,000 entries in the middle of a live reload
    const pairs = new PairCounts(this.idCount);
    const totals = new Float64Array(C);
    for (let e = 0, from = 0; e < this.exampleCount; from = this.ends[e], e++) {
      const c = this.labelOf[e];
      const w = this.weightOf[e];
      for (let i = from; i < this.ends[e]; i++) pairs.add(this.ids[i] * C + c, w);
      totals[c] += w * (this.ends[e] - from);
      if (e % 256 === 255) yield;
    }
    // rows: how many classes each feature has, then where each row starts
    const rowStart = new Int32Array(V + 1);
    for (const slots of pairs.slices()) {
      for (const at of slots) rowStart[Math.floor(pairs.key(at) / C) + 1]++;
      yield;
    }
    for (let f = 0; f < V; f++) rowStart[f + 1] += rowStart[f];
    const classes = new Int32Array(pairs.size);
    const weights = new Float64Array(pairs.size);
    const filled = new Int32Array(V);
    for (const slots of pairs.slices()) {
      for (const at of slots) {
        const key = pairs.key(at);
        const f = Math.floor(key / C);
        const row = rowStart[f] + filled[f]++;
        classes[row] = key - f * C;
        weights[row] = Math.log((pairs.value(at) + this.alpha) / this.alpha);
      }
      yield;
    }
    // features seen in every class carry no information about the class
    const idf = new Float64Array(V);
    for (let f = 0; f < V; f++) idf[f] = Math.log(1 + C / Math.max(1, rowStart[f + 1] - rowStart[f]));
    return new NaiveBayes(this.alpha, {
      labels: [...this.labelIdx.keys()],
      base: Float64Array.from(totals, (n) => Math.log(this.alpha / (n + this.alpha * V))),
      featureIds: this.featureIds, rowStart, classes, weights, idf,
    });
  }
}

function grow<T extends Int32Array | Float64Array>(a: T, need: number): T {
  let size = a.length * 2;
  while (size < need) size *= 2;
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a);
  return out;
}

/**
 * Counts per non-negative integer key (< 2^31 - 1) in an open-addressing table sized once for at most
 * `capacityHint` distinct keys (linear probing); typed arrays only, so it never rehashes and creates no objects.
 */
class PairCounts {
  private readonly keys: Int32Array;   // key + 1; 0 = empty
  private readonly values: Float64Array;
  private readonly mask: number;
  size = 0;
  constructor(capacityHint: number) {
    let capacity = 16;
    while (capacity * 0.7 < capacityHint) capacity *= 2; // load factor ≤ 0.7 even if every key is distinct
    this.keys = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    this.mask = capacity - 1;
  }
  add(key: number, w: number): void {
    let at = Math.imul(key, 0x9e3779b1) & this.mask;
    for (;;) {
      const k = this.keys[at];
      if (k === 0) { this.keys[at] = key + 1; this.values[at] = w; this.size++; return; }
      if (k === key + 1) { this.values[at] += w; return; }
      at = (at + 1) & this.mask;
    }
  }
  key(at: number): number { return this.keys[at] - 1; }
  value(at: number): number { return this.values[at]; }
  /** The occupied slots, in chunks (so a sliced build can yield between them). */
  *slices(chunk = 16_384): Generator<number[], void, void> {
    for (let start = 0; start < this.keys.length; start += chunk) {
      const out: number[] = [];
      const end = Math.min(start + chunk, this.keys.length);
      for (let at = start; at < end; at++) if (this.keys[at] !== 0) out.push(at);
      yield out;
    }
  }
}
