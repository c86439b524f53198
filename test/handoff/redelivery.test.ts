/**
 * A crash after the handoff room stored a message's effects but before the conversation state was saved:
 * the platform (or the inbox lease) delivers the same message again. The citizen must get the same
 * replies, and nothing may be recorded twice: no second transcript line, no answer stored as the answer to
 * the next question, no second ticket.
 */
import type { InboundMessage, OutboundMessage } from '../../src/channels/message';
import type { ConversationState } from '../../src/conversation/state';
import type { CaseDoc, HandoffConversationDoc, TranscriptDoc } from '../../src/handoff/model';
import { startTestApp, type TestApp } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const conversationId = 'web:redelivery-1';
let n = 0;
const message = (text: string, externalId = `ext-${++n}`): InboundMessage => ({
  agencyId: t.running.context.config.AGENCY_ID, channel: 'web', conversationId, userId: 'u-redelivery', externalId, kind: 'text', text, receivedAt: new Date(),
});

/** Handles the message, but the state save "crashes" once; then the same message is delivered again. */
async function crashThenRedeliver(msg: InboundMessage): Promise<{ first: OutboundMessage[] | Error; second: OutboundMessage[] }> {
  const states = (t.running.engine as unknown as { deps: { states: { save(s: ConversationState): Promise<void> } } }).deps.states;
  const save = states.save.bind(states);
  states.save = async () => { states.save = save; throw new Error('simulated crash before the state is saved'); };
  const first = await t.running.engine.handle(msg).catch((e: Error) => e);
  const second = await t.running.engine.handle({ ...msg, receivedAt: new Date() });
  return { first, second };
}

const texts = (r: OutboundMessage[]) => r.map((m) => m.text).join('\n');
const transcript = () => t.running.store.collection<TranscriptDoc>('handoff_transcript').find({ conversationId }, { sort: { seq: 1 } });
const cases = () => t.running.store.collection<CaseDoc>('handoff_cases').find({ conversationId });
const conversation = async () => (await t.running.store.collection<HandoffConversationDoc>('handoff_conversations').find({ conversationId }))[0];

test('every step of a complaint survives a crash and a redelivery without a second effect', async () => {
  // the complaint itself: the intake starts once
  const start = await crashThenRedeliver(message('Tôi muốn phản ánh đèn đường trước nhà văn hóa thôn 3 bị hỏng cả tháng nay, tối đi lại rất nguy hiểm'));
  expect(start.first).toBeInstanceOf(Error);
  const firstQuestion = texts(start.second);
  expect(firstQuestion).toMatch(/ở đâu|địa điểm|địa chỉ/i);

  // each answer is stored once, as the answer to the question it answers
  const where = await crashThenRedeliver(message('Trước nhà văn hóa thôn 3'));
  expect(texts(where.second)).not.toBe(firstQuestion);
  const intake = (await conversation()).intake!;
  expect(JSON.stringify(intake)).toContain('Trước nhà văn hóa thôn 3');

  // answer the remaining questions until the ticket is created (skipping what can be skipped)
  let last: OutboundMessage[] = where.second;
  for (let i = 0; i < 6 && !/PA-\d{4}-\d{6}/.test(texts(last)); i++) {
    const q = texts(last);
    const isLast = /đồng ý/i.test(q); // the consent question is the last one
    const answer = isLast ? 'Đồng ý' : /điện thoại/i.test(q) ? '0912345678' : 'bỏ qua';
    last = isLast ? (await crashThenRedeliver(message(answer))).second : await t.running.engine.handle(message(answer));
  }
  const code = /PA-\d{4}-\d{6}/.exec(texts(last))?.[0];
  expect(code).toBeDefined();
  const tickets = await cases();
  expect(tickets).toHaveLength(1);
  expect(tickets[0].code).toBe(code);

  // the transcript holds each citizen message once and each bot reply once
  const lines = await transcript();
  const citizen = lines.filter((l) => l.author === 'citizen').map((l) => l.text);
  const replayed = citizen.filter((x) => x !== 'bỏ qua'); // "bỏ qua" was typed several times, each once
  expect(new Set(replayed).size).toBe(replayed.length);
  expect(replayed).toContain('Trước nhà văn hóa thôn 3');
  expect(replayed).toContain('Đồng ý');
  const bot = lines.filter((l) => l.author === 'bot').map((l) => l.text);
  expect(bot.filter((x) => x.includes(code!))).toHaveLength(1);
});

test('after a redelivery the conversation goes on normally', async () => {
  const r = await t.running.engine.handle(message('cho hỏi làm căn cước cho con 14 tuổi cần giấy tờ gì'));
  expect(texts(r)).toMatch(/căn cước/i);
  expect(await cases()).toHaveLength(1);
});
