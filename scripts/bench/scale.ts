/** Build one knowledge base and time it: build (cold and warm), heap retained, parse latency per text group. */
import { buildSnapshot, KnowledgeBase, type KnowledgeSource } from '../../src/knowledge/kb';
import type { ConversationEngine } from '../../src/conversation/engine';
import { measureSync, perTextMedians, type Measured, type RunOptions } from './latency';
import { engineParse, makeEngine } from './motcua';
import { heapUsed, summarize, timed, type Latency } from './stats';

export interface TextGroup { name: string; texts: string[] }

export interface GroupRun {
  group: string;
  m: Measured;
  /** p99 of the per-text medians, and the text that is slowest every time. */
  textP99: number;
  slowest: { ms: number; text: string };
}

function groupRun(g: TextGroup, m: Measured): GroupRun {
  const med = perTextMedians(m, g.texts.length);
  let worst = 0;
  med.forEach((x, i) => { if (x > med[worst]) worst = i; });
  return { group: g.name, m, textP99: summarize(med).p99, slowest: { ms: med[worst], text: g.texts[worst] } };
}

export interface KbRun {
  kb: KnowledgeBase;
  engine: ConversationEngine;
  procedures: number;
  stats: { classes: number; phrases: number; vocabulary: number };
  coldBuildMs: number;
  warmBuildMs: number;        // median of the rebuilds that follow (JIT warm), what a reload costs
  heapAfterBuild: number;     // heap used after a full GC, snapshot alive
  heapRetained: number;       // the part one snapshot adds
  turn: GroupRun[];
  analyze: GroupRun[];
  turnAll: Latency;
  analyzeAll: Latency;
}

export function benchKb(source: KnowledgeSource, groups: TextGroup[], opts: RunOptions & { warmBuilds: number }): KbRun {
  const before = heapUsed();
  const cold = timed(() => buildSnapshot(source));
  const heapAfterBuild = heapUsed();
  const warm: number[] = [];
  // the warm builds are kept alive until the heap is read: what one snapshot retains is the growth over all of them
  // divided by their number, which a single before/after difference (a few MB against the collector's slack) cannot show
  const alive = [cold.value];
  for (let i = 0; i < opts.warmBuilds; i++) {
    const b = timed(() => buildSnapshot(source));
    warm.push(b.ms);
    alive.push(b.value);
  }
  const heapRetained = (heapUsed() - before) / alive.length;
  alive.length = 0;
  const kb = new KnowledgeBase(cold.value);
  const engine = makeEngine(kb);
  const parse = engineParse(engine);
  const matcher = cold.value.matcher;
  const turn = groups.map((g) => groupRun(g, measureSync(g.texts, parse, opts)));
  const analyze = groups.map((g) => groupRun(g, measureSync(g.texts, (t) => matcher.analyze(t), opts)));
  return {
    kb, engine, procedures: source.procedures.length, stats: matcher.stats,
    coldBuildMs: cold.ms, warmBuildMs: warm.length ? summarize(warm).p50 : NaN,
    heapAfterBuild, heapRetained,
    turn, analyze,
    turnAll: summarize(turn.flatMap((t) => t.m.samples)),
    analyzeAll: summarize(analyze.flatMap((t) => t.m.samples)),
  };
}
