/**
 * Class labels shared by the peer classifiers: one class per intents/*.yaml file, `procedure:<id>` for a
 * procedure, the intent name otherwise ("followup" = a generic question naming no procedure).
 */
import type { IntentData } from '../../src/understanding/matcher';
import { INTENTS, type Intent, type ParseOutput } from '../../src/understanding/types';

export interface TrainingDoc { text: string; label: string }

const PROC = 'procedure:';

export function classOf(d: IntentData): string {
  return d.intent === 'procedure' ? `${PROC}${d.procedure}` : d.intent;
}

/** Every phrase and keyword of every intent file, labelled with its class. */
export function trainingDocs(intents: readonly IntentData[]): TrainingDoc[] {
  const docs: TrainingDoc[] = [];
  for (const d of intents) {
    // aspect phrases teach MotCua's aspect reading, not a class of message (the peers give no aspect)
    if (d.intent === 'aspect') continue;
    const label = classOf(d);
    for (const text of [...d.phrases, ...(d.keywords ?? [])]) if (text.trim()) docs.push({ text, label });
  }
  return docs;
}

/**
 * What a class label means as a parse (no aspect: the peers cannot give one). "followup" without context
 * is what the engine reports too: intent procedure, no procedure known yet.
 */
export function parseOfLabel(label: string | null): ParseOutput {
  const out = (intent: Intent, procedure: string | null = null): ParseOutput => ({ intent, procedure, aspect: null, confidence: 0, reply: '' });
  if (!label) return out('out_of_scope');
  if (label.startsWith(PROC)) return out('procedure', label.slice(PROC.length));
  if (label === 'followup') return out('procedure');
  return (INTENTS as readonly string[]).includes(label) ? out(label as Intent) : out('out_of_scope');
}
