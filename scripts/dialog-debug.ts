import { buildSnapshot, KnowledgeBase } from '../src/knowledge/kb';
import { loadSourceFromFiles } from '../src/knowledge/source';
import { runEngine } from '../scripts/eval-lib';
const kb = new KnowledgeBase(buildSnapshot(loadSourceFromFiles().source));
const turns = process.argv.slice(2).map((text) => ({ text, intent: '?' }));
for (const s of runEngine(kb, [], [{ id: 'd', turns }])) console.log(s.label.text, '→', s.got.intent, s.got.procedure, s.got.aspect, s.got.confidence);
