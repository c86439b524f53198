/**
 * "Live on every instance": publishing writes the store; every instance's KnowledgeService (polling) picks up
 * procedures, training phrases and lexicon changes without a restart. Two instances cannot share the embedded
 * store, so two KnowledgeService objects on one store stand for two app instances. Also: the clarification
 * tracking of the misses inbox (abandoned, answered, timed out).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { User } from '../../src/accounts/users';
import type { AppContext } from '../../src/context';
import { AgencyProfileSchema } from '../../src/conversation/agency';
import { ConversationEngine, type TurnEvent } from '../../src/conversation/engine';
import { MemoryStateRepository, newState } from '../../src/conversation/state';
import { ContentService } from '../../src/editor/content';
import { MissesService } from '../../src/editor/misses';
import { loadIntentFiles, loadLexiconFiles, loadProcedureFiles } from '../../src/knowledge/files';
import { ProcedureRepository } from '../../src/knowledge/repository';
import { KnowledgeService } from '../../src/knowledge/service';
import { defaultPaths } from '../../src/knowledge/source';
import { TrainingRepository } from '../../src/knowledge/training';
import { createStore, type Store } from '../../src/store';

const paths = defaultPaths();
const silent = pino({ level: 'silent' });
const A = 'default';
let dir: string;
let store: Store;
let procedures: ProcedureRepository;
let training: TrainingRepository;
let now = new Date('2026-12-01T03:00:00Z');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'motcua-live-'));
  store = await createStore({ dataDir: dir });
  procedures = new ProcedureRepository(store);
  training = new TrainingRepository(store);
  await procedures.seed(A, loadProcedureFiles(join(paths.dataDir, 'procedures')).procedures);
  await training.seed(A, loadIntentFiles(paths.intentsDir).files, loadLexiconFiles(join(paths.dataDir, 'lexicon')).files);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function instance() {
  const knowledge = new KnowledgeService(procedures, (id) => training.load(id), silent);
  const agency = AgencyProfileSchema.parse({ id: A });
  const engine = new ConversationEngine({ knowledge: (id) => knowledge.get(id), states: new MemoryStateRepository(), agency: () => agency });
  const ctx = { logger: silent, store, knowledge, procedures, training, agencyId: A, profile: agency, now: () => now } as unknown as AppContext;
  return { knowledge, engine, ctx, ask: (text: string) => engine.turn(newState(A, 'c'), text).parse };
}

const reviewer: User = { id: `${A}:rev`, agencyId: A, username: 'rev', displayName: 'rev', roles: ['reviewer'] };
const editor: User = { id: `${A}:ed`, agencyId: A, username: 'ed', displayName: 'ed', roles: ['editor'] };

test('a fee, a training phrase and a lexicon entry published on one instance reach the other on its next refresh', async () => {
  const one = instance();
  const two = instance();
  await one.knowledge.refresh(A);
  await two.knowledge.refresh(A);
  const content = new ContentService(one.ctx, training);

  // a fee
  const p = (await procedures.get(A, 'dang-ky-ket-hon'))!;
  const d1 = await content.saveDraft('procedure', p.id, { ...p, fee: { ...p.fee, text: 'Lệ phí liên máy: 1.000 đồng.' } }, editor, 'console', true);
  await content.approve(d1._id, reviewer);
  expect(one.ask('đăng ký kết hôn hết bao nhiêu tiền').reply).toContain('Lệ phí liên máy'); // at once where it was published
  expect(two.ask('đăng ký kết hôn hết bao nhiêu tiền').reply).not.toContain('Lệ phí liên máy');
  two.knowledge.watch([A], 20); // the other instance polls the store
  try {
    for (let i = 0; i < 100 && !two.ask('đăng ký kết hôn hết bao nhiêu tiền').reply.includes('Lệ phí liên máy'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(two.ask('đăng ký kết hôn hết bao nhiêu tiền').reply).toContain('Lệ phí liên máy');
  } finally {
    two.knowledge.stop();
  }

  // a training phrase and a lexicon word ("ghe" → "tàu") only the store knows
  expect(two.ask('xin cấp sổ thuyền viên cho ghe').procedure).not.toBe('dang-ky-xe');
  const intentKey = (await training.listIntents(A)).find((i) => i.data.procedure === 'dang-ky-xe')!.key;
  const intent = (await training.getIntent(A, intentKey))!;
  const d2 = await content.saveDraft('intent', intentKey, { ...intent, phrases: [...intent.phrases, 'xin cấp sổ thuyền viên cho tàu', 'sổ thuyền viên tàu cá làm ở đâu', 'đăng ký sổ thuyền viên'] }, editor, 'console', true);
  await content.approve(d2._id, reviewer);
  const lex = (await training.getLexicon(A, 'regional'))!;
  const d3 = await content.saveDraft('lexicon', 'regional', [...lex, { from: 'ghe', to: 'tàu' }], editor, 'console', true);
  await content.approve(d3._id, reviewer);
  expect(await two.knowledge.refresh(A)).toBe(true);
  expect(two.ask('xin cấp sổ thuyền viên cho ghe').procedure).toBe('dang-ky-xe');
  expect(await two.knowledge.refresh(A)).toBe(false); // nothing new: no rebuild
});

test('clarifications: answered is fine, a topic change or silence counts as abandoned', async () => {
  const ctx = { store, agencyId: A, now: () => now } as unknown as AppContext;
  const misses = new MissesService(ctx);
  const ev = (conversationId: string, text: string, kind: TurnEvent['kind'], intent = 'procedure', confidence = 0.3): TurnEvent =>
    ({ agencyId: A, conversationId, channel: 'web', text, kind, at: now, parse: { intent, procedure: null, aspect: null, confidence, reply: '' } }) as TurnEvent;
  const abandoned = async () => (await misses.list()).filter((g) => g.reasons.abandoned_clarification).flatMap((g) => g.examples.map((e) => e.text));

  await misses.onTurn(ev('c1', 'giấy chứng nhận gia đình văn hóa', 'clarify'));
  await misses.onTurn(ev('c1', 'số 1', 'answer', 'procedure', 0.9));
  await misses.onTurn(ev('c2', 'chứng nhận nhà văn hóa kiểu mẫu', 'clarify'));
  await misses.onTurn(ev('c2', 'thôi hỏi cái khác', 'intent', 'out_of_scope', 0.5));
  await misses.onTurn(ev('c3', 'giấy khen hộ gia đình văn hóa tiêu biểu', 'clarify'));
  expect(await abandoned()).toEqual(['chứng nhận nhà văn hóa kiểu mẫu']);
  now = new Date(now.getTime() + 11 * 60_000);
  expect(await misses.sweep()).toBe(1);
  expect((await abandoned()).sort()).toEqual(['chứng nhận nhà văn hóa kiểu mẫu', 'giấy khen hộ gia đình văn hóa tiêu biểu'].sort());
});

describe('scheduled publishing survives failures', () => {
  test('a draft left "publishing" by a process that died is recovered and published on its date', async () => {
    const one = instance();
    await one.knowledge.refresh(A);
    const content = new ContentService(one.ctx, training);
    const p = (await procedures.get(A, 'dang-ky-giam-ho'))!;
    const d = await content.saveDraft('procedure', p.id, { ...p, fee: { ...p.fee, text: 'Lệ phí sau sự cố: 0 đồng.' } }, editor, 'console', true);
    await content.approve(d._id, reviewer, '2026-12-05');
    // the process died right after claiming it
    await content.drafts.updateOne({ _id: d._id }, { $set: { status: 'publishing', updatedAt: new Date(now.getTime() - 3_600_000) } });
    expect(await content.recoverStuck()).toBe(1);
    expect((await content.getDraft(d._id)).status).toBe('scheduled');
    const saved = now;
    now = new Date('2026-12-05T00:00:05+07:00');
    try {
      expect(await content.publishDue()).toBe(1);
      expect((await content.getDraft(d._id)).status).toBe('published');
    } finally {
      now = saved;
    }
  });

  test('one scheduled draft that cannot be published goes back to its author and does not block the others', async () => {
    const one = instance();
    await one.knowledge.refresh(A);
    const content = new ContentService(one.ctx, training);
    const a = (await procedures.get(A, 'dang-ky-lai-khai-sinh'))!;
    const b = (await procedures.get(A, 'nhan-cha-me-con'))!;
    const broken = await content.saveDraft('procedure', a.id, { ...a, fee: { ...a.fee, text: 'Lệ phí A: 1 đồng.' } }, editor, 'console', true);
    const good = await content.saveDraft('procedure', b.id, { ...b, fee: { ...b.fee, text: 'Lệ phí B: 2 đồng.' } }, editor, 'console', true);
    await content.approve(broken._id, reviewer, '2026-12-06');
    await content.approve(good._id, reviewer, '2026-12-07');
    // what was approved can no longer be published (e.g. the schema changed since)
    await content.drafts.updateOne({ _id: broken._id }, { $set: { data: { id: a.id } } });
    const saved = now;
    now = new Date('2026-12-08T00:00:00+07:00');
    try {
      expect(await content.publishDue()).toBe(1);
      expect((await content.getDraft(good._id)).status).toBe('published');
      const back = await content.getDraft(broken._id);
      expect(back.status).toBe('returned');
      expect(back.reviewComment).toMatch(/Không xuất bản được theo lịch/);
    } finally {
      now = saved;
    }
  });
});
