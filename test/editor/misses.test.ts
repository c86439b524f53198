/**
 * The unanswered-questions inbox: out-of-scope, low-confidence, abandoned clarifications and thumbs-down are
 * collected, similar messages grouped, personal data masked; a group becomes training phrases (of an existing
 * procedure, or of a new procedure draft) and the same kind of message matches afterwards.
 */
import { startTestApp, type Session, type TestApp } from './helpers';

let app: TestApp;
let editor: Session;
let reviewer: Session;

beforeAll(async () => {
  app = await startTestApp();
  [editor, reviewer] = await Promise.all([app.login('editor1'), app.login('reviewer1')]);
});
afterAll(async () => {
  await app?.close();
});

const COPYRIGHT = [
  'đăng ký bản quyền tác giả',
  'bản quyền tác giả đăng ký mất bao lâu',
  'đăng ký bản quyền cần giấy tờ gì',
  'em muốn đăng ký bản quyền tác phẩm',
  'đăng ký bản quyền logo',
  'làm sao đăng ký bản quyền tác giả',
  'đăng ký quyền tác giả cho cuốn sách',
  'đăng ký bản quyền tác giả online được không',
  'dang ky ban quyen tac gia',
  'tên tôi là Nguyễn Văn An, muốn đăng ký bản quyền tác giả',
];

async function parse(text: string) {
  const res = await fetch(`${app.url}/api/v1/parse`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  return (await res.json()) as { intent: string; procedure: string | null };
}

async function openGroups() {
  const r = await editor.get('/editor/api/misses');
  expect(r.status).toBe(200);
  return r.json.groups as { id: string; count: number; examples: { text: string; reason: string }[]; reasons: { reason: string; count: number }[] }[];
}

test('ten out-of-scope messages about a missing topic make one group (masked); a new procedure with those phrases then answers them', async () => {
  for (const text of COPYRIGHT) await app.chat(text);
  await app.chat('hôm nay trời có mưa không'); // another topic: another group
  const groups = await openGroups();
  const copyright = groups.find((g) => g.examples.some((e) => /bản quyền/.test(e.text)))!;
  expect(copyright.count).toBe(10);
  expect(groups.filter((g) => g.examples.some((e) => /bản quyền|quyen/.test(e.text)))).toHaveLength(1);
  expect(copyright.examples.length).toBe(5); // latest examples only
  const all = JSON.stringify(groups);
  expect(all).not.toContain('Nguyễn Văn An');
  expect(groups.find((g) => g.examples.some((e) => /trời có mưa/.test(e.text)))!.count).toBe(1);

  // one action: a new procedure draft plus its training phrases
  const made = await editor.send('POST', `/editor/api/misses/${copyright.id}/new-procedure`, { id: 'dang-ky-quyen-tac-gia', name: 'Đăng ký quyền tác giả' });
  expect(made.status).toBe(200);
  expect(made.json.phrases.length).toBeGreaterThanOrEqual(9);
  expect(made.json.phrases.join('\n')).not.toContain('Nguyễn');
  expect((await openGroups()).some((g) => g.id === copyright.id)).toBe(false);

  // the editor completes the procedure (it cannot be submitted incomplete), the reviewer publishes both drafts
  const incomplete = await editor.send('POST', `/editor/api/drafts/${made.json.procedureDraft.id}/submit`, {});
  expect(incomplete.status).toBe(422);
  const template = (await editor.get('/editor/api/procedures/chung-thuc-ban-sao')).json.live;
  const data = {
    ...template, id: 'dang-ky-quyen-tac-gia', name: 'Đăng ký quyền tác giả', aliases: ['đăng ký bản quyền'], domain: 'van-hoa', level: 'trung-uong',
    authority: 'Cục Bản quyền tác giả', where: 'Cục Bản quyền tác giả (Hà Nội) hoặc văn phòng đại diện',
    fee: { text: 'Theo Thông tư 211/2016/TT-BTC, ví dụ 100.000 đồng cho tác phẩm viết.', setByProvince: false, exemptions: [] },
    duration: { text: 'Trong 15 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ.' },
    legalBasis: [{ number: '50/2005/QH11', title: 'Luật Sở hữu trí tuệ' }], officialUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html',
    verifiedOn: '2026-11-20', effectiveFrom: '2023-01-01', notes: [], eligibility: [], steps: [],
  };
  const saved = await editor.send('PUT', '/editor/api/procedures/dang-ky-quyen-tac-gia/draft', { data, submit: true });
  expect(saved.status).toBe(200);
  expect((await reviewer.send('POST', `/editor/api/drafts/${saved.json.draft.id}/approve`, {})).status).toBe(200);
  expect((await editor.send('POST', `/editor/api/drafts/${made.json.intentDraft.id}/submit`, {})).status).toBe(200);
  expect((await reviewer.send('POST', `/editor/api/drafts/${made.json.intentDraft.id}/approve`, {})).status).toBe(200);

  // the same kind of message now finds the procedure
  for (const text of ['đăng ký bản quyền tác giả cho bài thơ', 'cho hỏi đăng ký bản quyền phần mềm', 'bản quyền tác phẩm nhiếp ảnh đăng ký thế nào']) {
    expect(await parse(text)).toMatchObject({ intent: 'procedure', procedure: 'dang-ky-quyen-tac-gia' });
  }
}, 30_000);

test('a group turned into training phrases of an existing procedure makes those messages match it', async () => {
  const boats = ['đăng ký tàu cá', 'thủ tục đăng ký tàu cá mới đóng', 'tàu cá đăng ký ở đâu vậy', 'đăng ký tàu cá cần giấy tờ gì', 'đăng ký tàu cá mất bao lâu'];
  const before = await parse('xin đăng ký tàu cá cho ghe nhà mình');
  expect(before.procedure).not.toBe('dang-ky-xe');
  for (const text of boats) await app.chat(text);
  const group = (await openGroups()).find((g) => g.examples.some((e) => /tàu cá/.test(e.text)));
  expect(group).toBeDefined();
  const trained = await editor.send('POST', `/editor/api/misses/${group!.id}/train`, { procedure: 'dang-ky-xe' });
  expect(trained.status).toBe(200);
  expect(trained.json.draft).toMatchObject({ kind: 'intent', status: 'submitted' });
  // the reviewer sees the added phrases as a diff
  const review = await reviewer.get(`/editor/api/drafts/${trained.json.draft.id}`);
  expect(review.json.changes.filter((c: { kind: string; path: string }) => c.path === 'phrases' && c.kind === 'added').length).toBeGreaterThan(0);
  expect((await reviewer.send('POST', `/editor/api/drafts/${trained.json.draft.id}/approve`, {})).status).toBe(200);
  expect(await parse('xin đăng ký tàu cá cho ghe nhà mình')).toMatchObject({ intent: 'procedure', procedure: 'dang-ky-xe' });
}, 30_000);

test('a thumbs-down on an answer and an abandoned clarification reach the inbox; dismissing removes a group', async () => {
  // thumbs-down on the last answer of a web conversation
  const conv = 'fb-1';
  await app.chat('đăng ký khai sinh cần giấy tờ gì, sđt em 0912 345 678', conv);
  const vote = await fetch(`${app.url}/api/v1/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversation: conv, vote: 'down' }) });
  expect(vote.status).toBe(200);
  const bad = await fetch(`${app.url}/api/v1/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversation: conv, vote: 'meh' }) });
  expect(bad.status).toBe(400);
  let groups = await openGroups();
  const down = groups.find((g) => g.reasons.some((r) => r.reason === 'thumbs_down'))!;
  expect(down).toBeDefined();
  expect(down.examples[0].text).toContain('[số điện thoại]');
  // (the groups' random ids left out: a UUID may hold "0912" by chance)
  expect(JSON.stringify(groups, (key, value) => (key === 'id' ? undefined : value))).not.toMatch(/0912|345 678/);

  // a clarification question nobody answered (the next message goes elsewhere)
  const clarifyConv = 'cl-1';
  await app.chat('đăng ký', clarifyConv);
  await app.chat('hôm nay trời đẹp quá', clarifyConv);
  groups = await openGroups();
  const reasons = groups.flatMap((g) => g.reasons.map((r) => r.reason));
  expect(reasons).toEqual(expect.arrayContaining(['thumbs_down', 'out_of_scope']));

  expect((await editor.send('POST', `/editor/api/misses/${down.id}/dismiss`, {})).status).toBe(200);
  expect((await openGroups()).some((g) => g.id === down.id)).toBe(false);
  const dismissed = await editor.get('/editor/api/misses?status=dismissed');
  expect(dismissed.json.groups.map((g: { id: string }) => g.id)).toContain(down.id);
});
