/**
 * Multinomial naive Bayes over sparse features, scored through an inverted index so that a query
 * touches only the classes that share a feature with it (plus one O(classes) pass for the base term).
 * Trains in milliseconds and scales to thousands of classes (a province's whole catalogue).
 */
export interface TrainingExample { label: string; features: string[]; weight?: number }

export interface Scored { label: string; score: number }

export class NaiveBayes {
  private labels: string[] = [];
  private base: Float64Array = new Float64Array(0);       // log(alpha / D_c)
  private index = new Map<string, { c: Int32Array; w: Float64Array }>(); // feature → (class, log((n+α)/α))
  private idf = new Map<string, number>();
  constructor(private readonly alpha = 0.3) {}

  train(examples: TrainingExample[]): void {
    const steps = this.trainSteps(examples);
    while (!steps.next().done) { /* run to completion */ }
  }

  /** Training as a generator that yields between chunks of work (see buildMatcherAsync). */
  *trainSteps(examples: TrainingExample[]): Generator<void, void, void> {
    const labelIdx = new Map<string, number>();
    const counts = new Map<string, Map<number, number>>();
    const totals: number[] = [];
    const docFreq = new Map<string, Set<number>>();
    let seen = 0;
    for (const ex of examples) {
      if (++seen % 16 === 0) yield;
      let c = labelIdx.get(ex.label);
      if (c === undefined) {
        c = labelIdx.size;
        labelIdx.set(ex.label, c);
        totals.push(0);
      }
      const w = ex.weight ?? 1;
      for (const f of ex.features) {
        let m = counts.get(f);
        if (!m) counts.set(f, (m = new Map()));
        m.set(c, (m.get(c) ?? 0) + w);
        totals[c] += w;
        let s = docFreq.get(f);
        if (!s) docFreq.set(f, (s = new Set()));
        s.add(c);
      }
    }
    this.labels = [...labelIdx.keys()];
    const V = counts.size;
    const C = this.labels.length;
    this.base = Float64Array.from(totals, (n) => Math.log(this.alpha / (n + this.alpha * V)));
    this.index = new Map();
    this.idf = new Map();
    let done = 0;
    for (const [f, m] of counts) {
      if (++done % 64 === 0) yield;
      const c = new Int32Array(m.size);
      const w = new Float64Array(m.size);
      let i = 0;
      for (const [cls, n] of m) {
        c[i] = cls;
        w[i] = Math.log((n + this.alpha) / this.alpha);
        i++;
      }
      this.index.set(f, { c, w });
      // features seen in every class carry no information about the class
      this.idf.set(f, Math.log(1 + C / (docFreq.get(f)?.size ?? 1)));
    }
  }

  has(feature: string): boolean {
    return this.index.has(feature);
  }

  /** Scores for every class (unnormalised log-likelihoods), best first. */
  score(features: string[]): Scored[] {
    const scores = new Float64Array(this.labels.length);
    let weightSum = 0;
    for (const f of features) {
      const entry = this.index.get(f);
      if (!entry) continue; // unknown to every class: no evidence either way
      const weight = this.idf.get(f) ?? 1;
      weightSum += weight;
      for (let i = 0; i < entry.c.length; i++) scores[entry.c[i]] += weight * entry.w[i];
    }
    const out: Scored[] = new Array(this.labels.length);
    for (let c = 0; c < this.labels.length; c++) out[c] = { label: this.labels[c], score: scores[c] + weightSum * this.base[c] };
    out.sort((a, b) => b.score - a.score);
    return out;
  }

  get classCount(): number {
    return this.labels.length;
  }
}
