/** Ids from the shared catalog (../shared/catalog/catalog.json). Keep the spelling exact. */
export const INTENTS = ['procedure', 'complaint', 'human', 'status', 'office', 'greeting', 'thanks', 'goodbye', 'out_of_scope'] as const;
export type Intent = (typeof INTENTS)[number];

export const ASPECTS = ['overview', 'documents', 'fee', 'duration', 'where', 'online', 'eligibility'] as const;
export type Aspect = (typeof ASPECTS)[number];

export interface Candidate {
  procedure: string;
  score: number;        // 0..1, calibrated-ish
}

/** What the text alone says, before dialog context is applied. Pure output of understanding/. */
export interface Understanding {
  intent: Intent;
  procedure: string | null;
  aspect: Aspect | null;          // explicit aspect cue found in the text, if any
  confidence: number;             // 0..1
  candidates: Candidate[];        // best first (procedures only)
  normalized: string;             // folded text, for logs/inbox grouping (may contain PII: mask before logging)
}

/** The evaluation contract (CLI `parse` and POST /api/v1/parse). */
export interface ParseOutput {
  intent: Intent;
  procedure: string | null;
  aspect: Aspect | null;
  confidence: number;
  reply: string;
}
