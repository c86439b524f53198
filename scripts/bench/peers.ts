/** The peers MotCua is compared with, trained on the same intents/*.yaml. */
import Fuse from 'fuse.js';
import type { IntentData } from '../../src/understanding/matcher';
import type { ParseOutput } from '../../src/understanding/types';
import { parseOfLabel, trainingDocs, type TrainingDoc } from './classes';
import { timed, timedAsync } from './stats';

export interface Peer {
  name: string;
  /** How it was set up (printed with the results). */
  note: string;
  trainMs: number;
  /** Gives an aspect for procedure questions. */
  aspect?: boolean;
  parse(text: string): Promise<ParseOutput>;
}

/** nlp.js's default intent threshold: below it the answer is "None". */
const NLPJS_THRESHOLD = 0.5;

/**
 * nlp.js (node-nlp 4) with locale "vi". There is no @nlpjs/lang-vi, so it runs with the generic
 * tokenizer (split on spaces and punctuation), the generic normaliser (lowercase, combining marks
 * stripped: "đ" is kept) and no stemmer or stopwords. Sentiment is switched off: only the intent is used.
 */
export async function trainNlpJs(intents: readonly IntentData[]): Promise<Peer> {
  // loaded here, not at the top: node-nlp brings every language package and would weigh on the other figures
  const { NlpManager } = require('node-nlp') as typeof import('node-nlp');
  const make = () => new NlpManager({ languages: ['vi'], autoSave: false, autoLoad: false, calculateSentiment: false, nlu: { log: false } });
  const manager = make();
  for (const d of trainingDocs(intents)) manager.addDocument('vi', d.text, d.label);
  // a second model on the same aspect phrases MotCua learns from (intents/_aspect-*.yaml), so that it gives an aspect too
  const aspects = make();
  const aspectDocs = intents.filter((d) => d.intent === 'aspect' && d.aspect).flatMap((d) => d.phrases.map((text) => ({ text, aspect: d.aspect! })));
  for (const d of aspectDocs) aspects.addDocument('vi', d.text, d.aspect);
  const { ms } = await quietly(() => timedAsync(async () => { await manager.train(); if (aspectDocs.length) await aspects.train(); }));
  return {
    name: 'nlp.js',
    note: `node-nlp NlpManager, locale vi (no Vietnamese package: generic tokenizer/normaliser, no stemmer); 'None' or score < ${NLPJS_THRESHOLD} → out_of_scope; `
      + `aspect: the best class of a second NlpManager on the ${aspectDocs.length} aspect phrases (overview when it has none)`,
    trainMs: ms,
    aspect: aspectDocs.length > 0,
    async parse(text) {
      const r = await manager.process('vi', text);
      const out = parseOfLabel(r.intent && r.intent !== 'None' && r.score >= NLPJS_THRESHOLD ? r.intent : null);
      if (out.intent !== 'procedure' || !aspectDocs.length) return out;
      // its best aspect, however unsure (the aspect of a procedure question has to be one of the seven)
      const a = await aspects.process('vi', text);
      const best = [a, ...(a.classifications ?? [])].find((c) => c.intent && c.intent !== 'None');
      return { ...out, aspect: best ? (best.intent as ParseOutput['aspect']) : 'overview' };
    },
  };
}

/** Plain fuse.js: an index over every training phrase and keyword; the best hit's class, no hit → out_of_scope. */
export function buildFuse(intents: readonly IntentData[], options: { ignoreDiacritics?: boolean } = {}): Peer {
  const docs = trainingDocs(intents);
  const { value: fuse, ms } = timed(() => new Fuse<TrainingDoc>(docs, { keys: ['text'], includeScore: true, ...options }));
  return {
    name: options.ignoreDiacritics ? 'fuse.js (ignoreDiacritics)' : 'fuse.js',
    note: `Fuse over ${docs.length} phrases+keywords, keys ['text'], default threshold 0.6${options.ignoreDiacritics ? ', ignoreDiacritics' : ''}; raw text queried`,
    trainMs: ms,
    async parse(text) {
      const hit = fuse.search(text, { limit: 1 })[0];
      return parseOfLabel(hit ? hit.item.label : null);
    },
  };
}

/** nlp.js prints training progress; keep the bench output readable. */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = () => {};
  try {
    return await fn();
  } finally {
    console.log = log;
  }
}
