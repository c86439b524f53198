/**
 * Per-call latency over a list of texts: warm-up rounds (not recorded), then up to `rounds` rounds,
 * stopping early once `budgetMs` is spent (always at least one full round), so the bench stays bounded.
 */
import { collectGarbage, summarize, type Latency } from './stats';

export interface RunOptions { warmup: number; rounds: number; budgetMs: number }

export interface Measured extends Latency { rounds: number; samples: number[] }

export function measureSync(texts: readonly string[], fn: (text: string) => unknown, opts: RunOptions): Measured {
  for (let r = 0; r < opts.warmup; r++) for (const t of texts) fn(t);
  collectGarbage(); // start from a clean heap: collections caused by the measured calls still count
  const samples: number[] = [];
  const start = performance.now();
  let rounds = 0;
  while (rounds < opts.rounds && (rounds === 0 || performance.now() - start < opts.budgetMs)) {
    for (const t of texts) {
      const t0 = performance.now();
      fn(t);
      samples.push(performance.now() - t0);
    }
    rounds++;
  }
  return { ...summarize(samples), rounds, samples };
}

export async function measureAsync(texts: readonly string[], fn: (text: string) => Promise<unknown>, opts: RunOptions): Promise<Measured> {
  for (let r = 0; r < opts.warmup; r++) for (const t of texts) await fn(t);
  collectGarbage(); // start from a clean heap: collections caused by the measured calls still count
  const samples: number[] = [];
  const start = performance.now();
  let rounds = 0;
  while (rounds < opts.rounds && (rounds === 0 || performance.now() - start < opts.budgetMs)) {
    for (const t of texts) {
      const t0 = performance.now();
      await fn(t);
      samples.push(performance.now() - t0);
    }
    rounds++;
  }
  return { ...summarize(samples), rounds, samples };
}

/**
 * Median over the rounds for each text (samples are stored round after round): separates texts that are
 * slow every time (the algorithm) from one-off pauses (garbage collection, JIT).
 */
export function perTextMedians(m: Measured, textCount: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < textCount; i++) {
    const xs: number[] = [];
    for (let r = 0; r < m.rounds; r++) xs.push(m.samples[r * textCount + i]);
    xs.sort((a, b) => a - b);
    out.push(xs[Math.floor((xs.length - 1) / 2)]);
  }
  return out;
}
