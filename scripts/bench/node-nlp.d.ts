// node-nlp ships no types; the bench uses only these members.
declare module 'node-nlp' {
  export interface NlpClassification { intent: string; score: number }
  export interface NlpResult { intent: string; score: number; classifications?: NlpClassification[] }
  export class NlpManager {
    constructor(settings?: Record<string, unknown>);
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
}
