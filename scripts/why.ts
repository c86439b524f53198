/** Debug: `npx tsx scripts/why.ts "text"` prints tokens, keyword strength, aspect and top candidates. */
import { buildSnapshot } from '../src/knowledge/kb';
import { loadSourceFromFiles } from '../src/knowledge/source';
import { aspectCues } from '../src/understanding/aspect';

const snap = buildSnapshot(loadSourceFromFiles().source);
for (const text of process.argv.slice(2)) {
  const a = snap.matcher.analyze(text);
  console.log(JSON.stringify({ text, tokens: a.normalized, intent: a.intent, procedure: a.procedure, aspect: a.aspect, conf: a.confidence.toFixed(3), kw: a.keywordStrength, followup: a.followup, cands: a.candidates.map((c) => `${c.procedure}:${c.score.toFixed(3)}`), aspectCues: aspectCues(a.normalized).map((c) => `${c.clause}:${c.aspect}/${c.weight}«${c.match}»`) }));
}
