/**
 * Accuracy and latency of one system on the labelled sets. A slow system is scored on an evenly spaced
 * sample of each set (every k-th line) so that the bench stays within its time budget; the sample is printed.
 */
import type { ParseOutput } from '../../src/understanding/types';
import type { LabelledSet } from './data';
import { measureAsync, type Measured, type RunOptions } from './latency';
import { accuracy, type Accuracy } from './motcua';
import { summarize } from './stats';

export interface SystemResult { acc: Map<string, Accuracy>; latency: Measured; stride: number }

export interface CompareOptions extends RunOptions {
  /** Time allowed for the accuracy pass; decides the sampling stride. */
  evalBudgetMs: number;
}

export async function compareSystem(sets: readonly LabelledSet[], parse: (text: string) => Promise<ParseOutput>, opts: CompareOptions): Promise<SystemResult> {
  const texts = sets.flatMap((s) => s.labels.map((l) => l.text));
  const probe = texts.filter((_, i) => i % Math.max(1, Math.floor(texts.length / 10)) === 0).slice(0, 10);
  const t0 = performance.now();
  for (const t of probe) await parse(t);
  const perCall = (performance.now() - t0) / Math.max(1, probe.length);
  const stride = Math.max(1, Math.ceil((texts.length * perCall) / opts.evalBudgetMs));

  const acc = new Map<string, Accuracy>();
  const passSamples: number[] = [];
  for (const s of sets) {
    const labels = s.labels.filter((_, i) => i % stride === 0);
    const got: ParseOutput[] = [];
    for (const l of labels) {
      const t1 = performance.now();
      got.push(await parse(l.text));
      passSamples.push(performance.now() - t1);
    }
    acc.set(s.name, accuracy(labels, got));
  }
  // fast systems get proper rounds; a sampled one reports the accuracy pass itself (one round)
  const latency = stride === 1 && opts.rounds > 0
    ? await measureAsync(texts, parse, opts)
    : { ...summarize(passSamples), rounds: 1, samples: passSamples };
  return { acc, latency, stride };
}
