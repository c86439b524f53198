/**
 * A live reload builds the next snapshot in slices that give the event loop back, so answering goes on while a
 * province's catalogue is rebuilt; the sliced build must read messages exactly as the build at once does.
 */
import { buildSnapshot, buildSnapshotAsync, KnowledgeBase } from '../../src/knowledge/kb';
import { loadSourceFromFiles } from '../../src/knowledge/source';
import { createNormalizer, normalizerSteps } from '../../src/understanding/normalize';

const { source } = loadSourceFromFiles();

describe('the normaliser built in steps', () => {
  // a province-sized vocabulary: the one-deletion index over it is several milliseconds of work
  const vocabulary = new Map<string, number>();
  for (let i = 0; i < 20_000; i++) vocabulary.set(`tu${i.toString(36)}xyz`, 1);
  vocabulary.set('nhieu', 50);

  it('yields between chunks of a large vocabulary', () => {
    const steps = normalizerSteps({ lexicon: {}, vocabulary });
    let yields = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(10);
  });

  it('corrects a typo as the normaliser built at once does', () => {
    const steps = normalizerSteps({ lexicon: {}, vocabulary });
    let r = steps.next();
    while (!r.done) r = steps.next();
    const once = createNormalizer({ lexicon: {}, vocabulary });
    for (const typed of ['nhiu', 'nhieeu', 'tu1axy', 'tu2bxyzz']) {
      expect(r.value.tokens(typed).map((t) => t.f)).toEqual(once.tokens(typed).map((t) => t.f));
    }
    expect(r.value.tokens('nhiu').map((t) => t.f)).toEqual(['nhieu']);
  });
});

describe('buildSnapshotAsync (live reload)', () => {
  it('gives the event loop back while it builds, and reads messages as the build at once does', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const sliced = await buildSnapshotAsync(source);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(5);
    const whole = buildSnapshot(source);
    for (const text of ['lam cccd mat bao lau', 'đăng ký khai sinh cho con cần giấy tờ gì', 'xin chao', 'lamf tamj trus o dau']) {
      const a = sliced.matcher.analyze(text);
      const b = whole.matcher.analyze(text);
      expect([a.intent, a.procedure, a.aspect]).toEqual([b.intent, b.procedure, b.aspect]);
    }
    expect(sliced.matcher.analyze('đăng ký khai sinh cho con cần giấy tờ gì')).toMatchObject({ intent: 'procedure', aspect: 'documents' });
  });

  it('replace() swaps the snapshot at once', async () => {
    const kb = new KnowledgeBase(buildSnapshot({ ...source, procedures: source.procedures.slice(1) }));
    const before = kb.current();
    kb.replace(await buildSnapshotAsync(source));
    expect(kb.current()).not.toBe(before);
    expect(kb.current().procedures.size).toBe(before.procedures.size + 1);
  });
});
