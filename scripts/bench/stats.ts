/** Timing, percentiles, heap and number formatting for the benchmark. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Latency { n: number; p50: number; p99: number; max: number; mean: number }

export function summarize(samplesMs: number[]): Latency {
  const s = Float64Array.from(samplesMs).sort();
  const at = (q: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN);
  let sum = 0;
  for (const x of s) sum += x;
  return { n: s.length, p50: at(0.5), p99: at(0.99), max: s.length ? s[s.length - 1] : NaN, mean: s.length ? sum / s.length : NaN };
}

/** The real `gc()` (the bench is started without --expose-gc, so it is enabled at run time). */
setFlagsFromString('--expose-gc');
const gcFn = runInNewContext('gc') as (() => void) | undefined;

export function collectGarbage(): void {
  if (!gcFn) return;
  gcFn();
  gcFn();
}

/** Heap used after a full collection, in bytes. */
export function heapUsed(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

export function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

export const ms = (x: number, digits = 3): string => (Number.isFinite(x) ? `${x.toFixed(digits)} ms` : 'n/a');
export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
export const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

export function latencyLine(l: Latency): string {
  return `p50 ${ms(l.p50)}  p99 ${ms(l.p99)}  max ${ms(l.max)}  (mean ${ms(l.mean)}, n=${l.n})`;
}
