/** Scoring of labelled JSONL (single messages and dialogs) against the engine, shared by eval and bench. */
import { readFileSync } from 'node:fs';
import { AgencyProfileSchema } from '../src/conversation/agency';
import { ConversationEngine } from '../src/conversation/engine';
import { MemoryStateRepository, newState, type ConversationState } from '../src/conversation/state';
import type { KnowledgeBase } from '../src/knowledge/kb';
import type { ParseOutput } from '../src/understanding/types';

export interface Label { text: string; intent: string; procedure?: string; aspect?: string }
export interface Scored { label: Label; got: ParseOutput; dialog?: string }

export function readJsonl(file: string): { singles: Label[]; dialogs: { id: string; turns: Label[] }[] } {
  const singles: Label[] = [];
  const dialogs: { id: string; turns: Label[] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const obj = JSON.parse(line);
    if (Array.isArray(obj.turns)) dialogs.push(obj);
    else singles.push(obj);
  }
  return { singles, dialogs };
}

export function runEngine(kb: KnowledgeBase, singles: Label[], dialogs: { id: string; turns: Label[] }[]): Scored[] {
  const agency = AgencyProfileSchema.parse({});
  const engine = new ConversationEngine({ knowledge: () => kb, states: new MemoryStateRepository(), agency: () => agency });
  const out: Scored[] = [];
  for (const label of singles) out.push({ label, got: engine.turn(newState('default', ''), label.text).parse });
  for (const d of dialogs) {
    let state: ConversationState = newState('default', d.id);
    for (const label of d.turns) {
      const r = engine.turn(state, label.text);
      state = r.state;
      out.push({ label, got: r.parse, dialog: d.id });
    }
  }
  return out;
}

export const intentProcOk = (s: Scored) => s.got.intent === s.label.intent && (s.label.intent !== 'procedure' || s.got.procedure === s.label.procedure);
export const aspectOk = (s: Scored) => s.label.intent !== 'procedure' || s.got.aspect === s.label.aspect;
export const fullOk = (s: Scored) => intentProcOk(s) && aspectOk(s);

export function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a';
}
