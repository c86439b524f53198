/** MotCua under test: the real engine over a knowledge base, and accuracy scoring shared with the peers. */
import { AgencyProfileSchema } from '../../src/conversation/agency';
import { ConversationEngine } from '../../src/conversation/engine';
import { MemoryStateRepository, newState } from '../../src/conversation/state';
import type { KnowledgeBase } from '../../src/knowledge/kb';
import type { ParseOutput } from '../../src/understanding/types';
import { aspectOk, fullOk, intentProcOk, type Label } from '../eval-lib';

export function makeEngine(kb: KnowledgeBase): ConversationEngine {
  const agency = AgencyProfileSchema.parse({});
  return new ConversationEngine({ knowledge: () => kb, states: new MemoryStateRepository(), agency: () => agency });
}

/** One stateless turn (a fresh conversation), exactly what the parse API and CLI do: reply rendering included. */
export const engineParse = (engine: ConversationEngine) => (text: string): ParseOutput => engine.turn(newState('default', 'bench'), text).parse;

/** `all`: lines right on every field (intent, procedure and, for a procedure, its aspect). */
export interface Accuracy { n: number; intentProc: number; procLines: number; aspect: number; all: number }

export function accuracy(labels: readonly Label[], got: readonly ParseOutput[]): Accuracy {
  const acc: Accuracy = { n: labels.length, intentProc: 0, procLines: 0, aspect: 0, all: 0 };
  labels.forEach((label, i) => {
    const s = { label, got: got[i] };
    if (intentProcOk(s)) acc.intentProc++;
    if (fullOk(s)) acc.all++;
    if (label.intent === 'procedure') {
      acc.procLines++;
      if (aspectOk(s)) acc.aspect++;
    }
  });
  return acc;
}

export async function predictAll(labels: readonly Label[], parse: (text: string) => ParseOutput | Promise<ParseOutput>): Promise<ParseOutput[]> {
  const out: ParseOutput[] = [];
  for (const l of labels) out.push(await parse(l.text));
  return out;
}
