/**
 * The running knowledge: procedures of one agency plus the matcher built from them. A snapshot is
 * immutable; reloading builds a new one off to the side and swaps the reference, so answering never
 * pauses and a failed reload leaves the previous snapshot in place.
 */
import { buildMatcher, buildMatcherAsync, type IntentData, type Matcher, type MatcherInput } from '../understanding/matcher';
import type { Lexicon } from '../understanding/normalize';
import type { Procedure } from './procedure';

export interface KnowledgeSnapshot {
  readonly procedures: ReadonlyMap<string, Procedure>;
  readonly matcher: Matcher;
  readonly builtAt: Date;
  readonly buildMs: number;
}

export interface KnowledgeSource {
  procedures: Procedure[];
  intents: IntentData[];
  lexicon: Lexicon;
}

function matcherInput(source: KnowledgeSource): MatcherInput {
  return {
    intents: source.intents,
    lexicon: source.lexicon,
    procedures: source.procedures.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases })),
  };
}

function snapshot(source: KnowledgeSource, matcher: Matcher, t0: number): KnowledgeSnapshot {
  return { procedures: new Map(source.procedures.map((p) => [p.id, p])), matcher, builtAt: new Date(), buildMs: performance.now() - t0 };
}

/** Build at once (start-up, CLI, tests). */
export function buildSnapshot(source: KnowledgeSource): KnowledgeSnapshot {
  const t0 = performance.now();
  return snapshot(source, buildMatcher(matcherInput(source)), t0);
}

/** Build in slices that give the event loop back: a reload while answering never pauses answers. */
export async function buildSnapshotAsync(source: KnowledgeSource, sliceMs = 1): Promise<KnowledgeSnapshot> {
  const t0 = performance.now();
  return snapshot(source, await buildMatcherAsync(matcherInput(source), sliceMs), t0);
}

/** Holds the current snapshot; `reload` swaps it atomically. */
export class KnowledgeBase {
  private snapshot: KnowledgeSnapshot;
  constructor(initial: KnowledgeSnapshot) {
    this.snapshot = initial;
  }
  current(): KnowledgeSnapshot {
    return this.snapshot;
  }
  replace(next: KnowledgeSnapshot): void {
    this.snapshot = next;
  }
}
