/** Build one knowledge base and time it: build (cold and warm), heap retained, parse latency per text group. */
import { buildSnapshot, KnowledgeBase, type KnowledgeSource } from '../../src/knowledge/kb';
import type { ConversationEngine } from '../../src/conversation/engine';
import { measureSync, type Measured, type RunOptions } from './latency';
import { engineParse, makeEngine } from './motcua';
import { heapUsed, summarize, timed, type Latency } from './stats';

export interface TextGroup { name: string; texts: string[] }

export interface KbRun {
  kb: KnowledgeBase;
  engine: ConversationEngine;
  procedures: number;
  stats: { classes: number; phrases: number; vocabulary: number };
  coldBuildMs: number;
  warmBuildMs: number;        // median of the rebuilds that follow (JIT warm), what a reload costs
  heapAfterBuild: number;     // heap used after a full GC, snapshot alive
  heapRetained: number;       // the part the snapshot adds
  turn: { group: string; m: Measured }[];
  analyze: { group: string; m: Measured }[];
  turnAll: Latency;
  analyzeAll: Latency;
}

export function benchKb(source: KnowledgeSource, groups: TextGroup[], opts: RunOptions & { warmBuilds: number }): KbRun {
  const before = heapUsed();
  const cold = timed(() => buildSnapshot(source));
  const heapAfterBuild = heapUsed();
  const warm: number[] = [];
  for (let i = 0; i < opts.warmBuilds; i++) warm.push(timed(() => buildSnapshot(source)).ms);
  const kb = new KnowledgeBase(cold.value);
  const engine = makeEngine(kb);
  const parse = engineParse(engine);
  const matcher = cold.value.matcher;
  const turn = groups.map((g) => ({ group: g.name, m: measureSync(g.texts, parse, opts) }));
  const analyze = groups.map((g) => ({ group: g.name, m: measureSync(g.texts, (t) => matcher.analyze(t), opts) }));
  return {
    kb, engine, procedures: source.procedures.length, stats: matcher.stats,
    coldBuildMs: cold.ms, warmBuildMs: warm.length ? summarize(warm).p50 : NaN,
    heapAfterBuild, heapRetained: heapAfterBuild - before,
    turn, analyze,
    turnAll: summarize(turn.flatMap((t) => t.m.samples)),
    analyzeAll: summarize(analyze.flatMap((t) => t.m.samples)),
  };
}
