import { buildSnapshot, KnowledgeBase } from '../src/knowledge/kb';
import { loadSourceFromFiles } from '../src/knowledge/source';
import { resolveTurn } from '../src/conversation/dialog';
const kb = new KnowledgeBase(buildSnapshot(loadSourceFromFiles().source));
const m = (kb as any).snapshot?.matcher ?? (kb as any).current?.matcher;
const snap = buildSnapshot(loadSourceFromFiles().source);
for (const t of process.argv.slice(2)) {
  const r = resolveTurn(snap.matcher, { turns: 0 } as any, t, (id) => id);
  console.log(t, '→', JSON.stringify(r.resolution));
}
