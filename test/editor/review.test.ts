/**
 * Draft → review (diff) → publish → live without a restart → restore; scheduled publishing on an effective
 * date with the injectable clock; validation before publishing; roles; audit log.
 */
import { startTestApp, type Session, type TestApp } from './helpers';

const ID = 'dang-ky-ket-hon';
const ASK = 'đăng ký kết hôn hết bao nhiêu tiền';
let app: TestApp;
let editor: Session;
let reviewer: Session;
let staff: Session;

beforeAll(async () => {
  app = await startTestApp();
  [editor, reviewer, staff] = await Promise.all([app.login('editor1'), app.login('reviewer1'), app.login('staff1')]);
});
afterAll(async () => {
  await app?.close();
});

async function liveProcedure(id = ID) {
  const r = await editor.get(`/editor/api/procedures/${id}`);
  expect(r.status).toBe(200);
  return r.json;
}

async function submitFee(text: string, id = ID): Promise<string> {
  const { live } = await liveProcedure(id);
  const r = await editor.send('PUT', `/editor/api/procedures/${id}/draft`, { data: { ...live, fee: { ...live.fee, text } }, submit: true });
  expect(r.status).toBe(200);
  expect(r.json.draft.status).toBe('submitted');
  return r.json.draft.id;
}

test('edit the fee, review the diff, approve: the chat answers the new fee at once; restoring brings the old fee back', async () => {
  const { live } = await liveProcedure();
  const oldFee: string = live.fee.text;
  expect(await app.chat(ASK)).toContain(oldFee);

  const draftId = await submitFee('Lệ phí thử nghiệm: 99.000 đồng.');
  // not live before approval
  expect(await app.chat(ASK)).toContain(oldFee);

  // the reviewer's queue and the diff
  const queue = await reviewer.get('/editor/api/drafts?status=submitted');
  expect(queue.json.drafts.map((d: { id: string }) => d.id)).toContain(draftId);
  const review = await reviewer.get(`/editor/api/drafts/${draftId}`);
  expect(review.status).toBe(200);
  expect(review.json.changes).toEqual([{ path: 'fee.text', label: 'Lệ phí', kind: 'changed', old: oldFee, new: 'Lệ phí thử nghiệm: 99.000 đồng.' }]);
  expect(review.json.issues).toEqual([]);

  // an editor cannot approve, staff cannot either
  expect((await editor.send('POST', `/editor/api/drafts/${draftId}/approve`, {})).status).toBe(403);
  expect((await staff.send('POST', `/editor/api/drafts/${draftId}/approve`, {})).status).toBe(403);

  const approved = await reviewer.send('POST', `/editor/api/drafts/${draftId}/approve`, {});
  expect(approved.status).toBe(200);
  expect(approved.json.draft.status).toBe('published');
  const answer = await app.chat(ASK);
  expect(answer).toContain('Lệ phí thử nghiệm: 99.000 đồng.');
  expect(answer).not.toContain(oldFee);

  // versions: v1 = the seeded state, v2 = the edit; restore v1 as v3
  const history = await reviewer.get(`/editor/api/versions/procedure/${ID}`);
  expect(history.json.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  const restored = await reviewer.send('POST', `/editor/api/versions/procedure/${ID}/1/restore`, {});
  expect(restored.status).toBe(200);
  expect(restored.json).toEqual({ version: 3, restoredFrom: 1 });
  expect(await app.chat(ASK)).toContain(oldFee);
  // an editor cannot restore
  expect((await editor.send('POST', `/editor/api/versions/procedure/${ID}/2/restore`, {})).status).toBe(403);

  // the audit log says who did what
  const audit = await reviewer.get('/editor/api/audit');
  const actions = audit.json.entries.map((e: { user: string; action: string; key?: string }) => `${e.user}:${e.action}:${e.key ?? ''}`);
  expect(actions).toEqual(expect.arrayContaining([`editor1:submit:${ID}`, `reviewer1:approve:${ID}`, `reviewer1:publish:${ID}`, `reviewer1:restore:${ID}`]));
});

test('a returned draft carries the comment; it can be edited and submitted again', async () => {
  const id = 'dang-ky-khai-tu';
  const draftId = await submitFee('Miễn lệ phí (bản nháp).', id);
  expect((await reviewer.send('POST', `/editor/api/drafts/${draftId}/return`, { comment: '' })).status).toBe(400);
  const returned = await reviewer.send('POST', `/editor/api/drafts/${draftId}/return`, { comment: 'Thiếu trường hợp quá hạn' });
  expect(returned.json.draft).toMatchObject({ status: 'returned', reviewComment: 'Thiếu trường hợp quá hạn', reviewer: 'reviewer1' });
  const again = await editor.send('POST', `/editor/api/drafts/${draftId}/submit`, {});
  expect(again.json.draft.status).toBe('submitted');
  // the editor may withdraw it; a withdrawn draft cannot be approved
  expect((await editor.send('POST', `/editor/api/drafts/${draftId}/discard`, {})).status).toBe(200);
  expect((await reviewer.send('POST', `/editor/api/drafts/${draftId}/approve`, {})).status).toBe(409);
});

test('a procedure without legal basis, level, official link or verified-on date cannot be submitted; shapes are checked', async () => {
  const { live } = await liveProcedure('dang-ky-tam-tru');
  const broken = { ...live, legalBasis: [], officialUrl: 'dichvucong.gov.vn', verifiedOn: '', level: undefined, fee: { ...live.fee, text: '200000 đồng' }, duration: { text: 'sớm' } };
  const r = await editor.send('PUT', '/editor/api/procedures/dang-ky-tam-tru/draft', { data: broken, submit: true });
  expect(r.status).toBe(422);
  const paths = r.json.error.issues.map((i: { path: string }) => i.path);
  expect(paths).toEqual(expect.arrayContaining(['legalBasis', 'level', 'officialUrl', 'verifiedOn', 'fee.text', 'duration.text']));
  // as a plain draft it is kept, with its issues listed
  const saved = await editor.send('PUT', '/editor/api/procedures/dang-ky-tam-tru/draft', { data: broken });
  expect(saved.status).toBe(200);
  expect(saved.json.draft.issues.length).toBeGreaterThan(0);
  expect((await editor.send('POST', `/editor/api/drafts/${saved.json.draft.id}/submit`, {})).status).toBe(422);
  await editor.send('POST', `/editor/api/drafts/${saved.json.draft.id}/discard`, {});
});

test("a change scheduled for tomorrow is not answered today and is answered once the clock passes that date", async () => {
  const id = 'cap-ho-chieu';
  const ask = 'làm hộ chiếu hết bao nhiêu tiền';
  const { live } = await liveProcedure(id);
  expect(await app.chat(ask)).toContain(live.fee.text);
  const draftId = await submitFee('Lệ phí mới theo nghị định mới: 250.000 đồng/hộ chiếu.', id);
  // today is 2026-12-01 in Vietnam: effective tomorrow
  const r = await reviewer.send('POST', `/editor/api/drafts/${draftId}/approve`, { effectiveDate: '2026-12-02' });
  expect(r.json.draft).toMatchObject({ status: 'scheduled', effectiveDate: '2026-12-02' });
  await app.running.context.knowledge.refresh(app.running.context.agencyId);
  expect(await app.chat(ask)).toContain(live.fee.text);

  app.clock.set('2026-12-01T16:59:00Z'); // 23:59 in Hà Nội: still today
  await reviewer.get('/editor/api/drafts'); // every read checks the schedule
  expect(await app.chat(ask)).toContain(live.fee.text);

  app.clock.set('2026-12-01T17:00:01Z'); // 00:00:01 on the 2nd in Hà Nội
  const fresh = await app.login('reviewer1'); // (a new session: the clock moved)
  await fresh.get('/editor/api/drafts');
  expect(await app.chat(ask)).toContain('250.000 đồng/hộ chiếu');
  const published = await fresh.get(`/editor/api/drafts/${draftId}`);
  expect(published.json.draft.status).toBe('published');
  app.clock.set('2026-12-01T03:00:00Z');
});
