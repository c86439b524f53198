/**
 * Live reload under load: a loop answers queries back to back (one per event-loop turn, like a server
 * handling messages), and part-way through the snapshot is rebuilt and swapped with KnowledgeBase.replace.
 * Reports the gaps between consecutive answers, outside and across the rebuild.
 */
import type { KnowledgeBase, KnowledgeSnapshot } from '../../src/knowledge/kb';
import type { ParseOutput } from '../../src/understanding/types';
import { summarize, type Latency } from './stats';

export interface ReloadOptions {
  durationMs: number;
  reloadAtMs: number;
  queries: readonly string[];
  /** A query only the edited knowledge answers (the editor added this procedure). */
  probe: { text: string; procedure: string };
}

export interface ReloadResult {
  answers: number;
  buildMs: number;
  baseline: Latency;          // gaps between answers that do not overlap the rebuild
  gapAcrossRebuild: number;   // the longest gap overlapping the rebuild
  probeBefore: string;
  probeAfter: string;
  swapped: boolean;
}

export function liveReload(kb: KnowledgeBase, parse: (text: string) => ParseOutput, rebuild: () => Promise<KnowledgeSnapshot>, opts: ReloadOptions): Promise<ReloadResult> {
  const show = (p: ParseOutput) => (p.intent === 'procedure' ? `procedure/${p.procedure}` : p.intent);
  const probeBefore = show(parse(opts.probe.text));
  const stamps: number[] = [];
  let rebuildStart = NaN;
  let rebuildEnd = NaN;
  let buildMs = NaN;
  return new Promise((resolve) => {
    const start = performance.now();
    let i = 0;
    const step = () => {
      parse(opts.queries[i++ % opts.queries.length]);
      const now = performance.now();
      stamps.push(now);
      // keep answering until the rebuild has landed (bounded), then a little longer
      const rebuilt = !Number.isNaN(rebuildEnd) && now - rebuildEnd > 200;
      if ((now - start < opts.durationMs || !rebuilt) && now - start < 30_000) setImmediate(step);
      else resolve(finish());
    };
    setTimeout(async () => {
      rebuildStart = performance.now();
      const next = await rebuild();
      kb.replace(next);
      rebuildEnd = performance.now();
      buildMs = next.buildMs;
    }, opts.reloadAtMs);
    setImmediate(step);
  });

  function finish(): ReloadResult {
    const outside: number[] = [];
    let across = 0;
    for (let k = 1; k < stamps.length; k++) {
      const gap = stamps[k] - stamps[k - 1];
      if (stamps[k] >= rebuildStart && stamps[k - 1] <= rebuildEnd) across = Math.max(across, gap);
      else outside.push(gap);
    }
    const probeAfter = show(parse(opts.probe.text));
    return {
      answers: stamps.length, buildMs, baseline: summarize(outside), gapAcrossRebuild: across,
      probeBefore, probeAfter, swapped: probeAfter === `procedure/${opts.probe.procedure}`,
    };
  }
}
