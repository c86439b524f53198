/**
 * Complaint intake, the human queue and the staff actions end to end through the real app (startApp) over
 * HTTP: web chat on one side, the console API on the other.
 */
import { createAccounts, shiftedClock, startTestApp, waitFor, WebCitizen, type ConsoleClient, type TestApp } from './helpers';

/** The smallest valid PNG (1×1). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('complaints and hand-off through the web chat and the console API', () => {
  let app: TestApp;
  let admin: ConsoleClient;
  let staff: ConsoleClient;
  let staff2: ConsoleClient;
  const clock = shiftedClock();

  beforeAll(async () => {
    app = await startTestApp({ HANDOFF_HOLDING_MINUTES: '10', HANDOFF_CHECK_SECONDS: '0.05' }, { now: clock.now });
    ({ admin, staff, staff2 } = await createAccounts(app.url));
  }, 30_000);
  afterAll(async () => {
    await app?.close();
  });

  test('complaint intake: one question at a time, ticket code, staff take, reply, citizen sees it, bot silent, hand back', async () => {
    const citizen = new WebCitizen(app.url, 'w-complaint-1');
    const year = new Date().getFullYear();
    let replies = await citizen.say('Tôi muốn phản ánh đường trước nhà bị ngập nước nhiều ngày không ai xử lý');
    expect(replies[0]).toMatch(/ghi nhận phản ánh/);
    expect(replies[1]).toMatch(/ở đâu/); // the first message was descriptive: no "what happened" question
    expect(await citizen.say('Thôn 3, xã An Bình')).toEqual([expect.stringMatching(/khi nào/)]);
    expect(await citizen.say('sáng nay khoảng 7 giờ')).toEqual([expect.stringMatching(/điện thoại/)]);
    expect(await citizen.say('09123')).toEqual([expect.stringMatching(/chưa đúng/)]);
    expect(await citizen.say('0912 345 678')).toEqual([expect.stringMatching(/ảnh hoặc tệp/)]);
    // a photo from the web chat: checked by its bytes, kept in the store, shown to staff only
    expect(await citizen.sendFile(Buffer.from('not really a picture'), 'image/png', 'x.png')).toMatchObject({ status: 415, error: 'unsupported_type' });
    expect((await citizen.sendFile(Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]), 'image/png', 'big.png')).status).toBe(413);
    expect((await citizen.sendFile(PNG, 'image/png', 'duong-ngap.png')).replies).toEqual([expect.stringMatching(/Đã nhận 1 tệp/)]);
    expect(await citizen.say('', 'intake:skip')).toEqual([expect.stringMatching(/đồng ý/)]);
    replies = await citizen.say('', 'intake:consent:yes');
    const code = /PA-\d{4}-\d{6}/.exec(replies[0])?.[0];
    expect(code).toBe(`PA-${year}-000001`);

    // the bot keeps answering procedure questions while the ticket waits
    expect((await citizen.say('đăng ký tạm trú cần giấy tờ gì')).join(' ')).toMatch(/tạm trú/i);

    // staff see it in the queue with the collected details
    const queue = (await staff.get('/queue')).json.items;
    const item = queue.find((i: any) => i.code === code);
    expect(item).toMatchObject({ kind: 'complaint', channel: 'web', status: 'new', human: false, window: null });
    expect(item.waitingSince).toBeTruthy();
    const detail = (await staff.get(`/cases/${item.id}`)).json;
    expect(detail.case.complaint).toMatchObject({ description: expect.stringMatching(/ngập nước/), location: { text: 'Thôn 3, xã An Bình' }, when: 'sáng nay khoảng 7 giờ', phone: '0912345678', consent: true });
    const [photo] = detail.case.complaint.attachments;
    expect(photo).toMatchObject({ kind: 'image', name: 'duong-ngap.png', url: expect.stringMatching(/^\/console\/api\/uploads\/[0-9a-f-]{36}$/) });
    const file = await fetch(`${app.url}${photo.url}`, { headers: { cookie: staff.cookie } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await fetch(`${app.url}${photo.url}`, { redirect: 'manual' })).status).toBe(401); // no session: nothing

    // take: the citizen is told, the bot goes silent
    await staff.ok(`/cases/${item.id}/take`);
    expect(await citizen.pushed()).toEqual([{ author: 'bot', text: expect.stringMatching(/Nguyễn Thị Lan đã tiếp nhận phản ánh PA-/) }]);
    expect(await citizen.say('cho hỏi đăng ký khai sinh cần gì')).toEqual([]);
    // a colleague cannot take it or reply over it
    expect((await staff2.post(`/cases/${item.id}/take`)).status).toBe(409);
    expect((await staff2.post(`/cases/${item.id}/reply`, { text: 'xin chào' })).status).toBe(409);

    await staff.ok(`/cases/${item.id}/reply`, { text: 'Chúng tôi đã ghi nhận, ngày mai sẽ cử người kiểm tra.' });
    await staff.ok(`/cases/${item.id}/notes`, { text: 'Ghi chú nội bộ: báo đội môi trường' });
    expect(await citizen.pushed()).toEqual([{ author: 'staff', text: 'Chúng tôi đã ghi nhận, ngày mai sẽ cử người kiểm tra.' }]); // never the note

    // the transcript has everything, in order, with authors
    const messages = (await staff.get(`/cases/${item.id}/messages?after=0`)).json.messages;
    const authors = messages.map((m: any) => m.author);
    expect(authors[0]).toBe('citizen');
    expect(authors.slice(-4)).toEqual(['system', 'citizen', 'staff', 'note']);
    expect(messages.filter((m: any) => m.author === 'staff').map((m: any) => m.staffName)).toEqual(['Nguyễn Thị Lan']);
    expect(messages.some((m: any) => m.author === 'citizen' && m.text === 'cho hỏi đăng ký khai sinh cần gì')).toBe(true);

    await staff.ok(`/cases/${item.id}/status`, { status: 'waiting' });
    // hand back: the bot answers again, the ticket stays open for follow-up
    await staff.ok(`/cases/${item.id}/handback`);
    expect((await citizen.pushed())[0].text).toMatch(/trợ lý tự động tiếp tục/i);
    expect((await citizen.say('đăng ký khai sinh cần giấy tờ gì')).join(' ')).toMatch(/khai sinh/i);
    expect((await staff.get(`/cases/${item.id}`)).json.case).toMatchObject({ status: 'waiting', human: false });

    // close with a resolution note
    expect((await staff.post(`/cases/${item.id}/close`, {})).status).toBe(400);
    await staff.ok(`/cases/${item.id}/close`, { note: 'Đã cử tổ công tác khơi thông cống' });
    expect((await citizen.pushed())[0].text).toMatch(new RegExp(`${code}.*xử lý xong`));
    expect((await staff.get('/queue')).json.items.find((i: any) => i.id === item.id)).toBeUndefined();
    expect((await staff.get('/queue?status=resolved')).json.items.find((i: any) => i.id === item.id)).toMatchObject({ status: 'resolved' });
    expect((await staff.post(`/cases/${item.id}/reply`, { text: 'x' })).status).toBe(409);

    // audit: who read, took, replied, noted, handed back, closed
    const audit = (await admin.get(`/audit?caseId=${item.id}`)).json.audit.map((a: any) => `${a.username}:${a.action}`).reverse();
    expect(audit).toEqual(['canbo.lan:read', 'canbo.lan:take', 'canbo.lan:reply', 'canbo.lan:note', 'canbo.lan:status', 'canbo.lan:handback', 'canbo.lan:close']);

    // personal data never reaches the logs
    const logs = app.logLines.join('\n');
    for (const secret of ['0912345678', '0912 345 678', 'ngập nước', 'Thôn 3', 'ngày mai sẽ cử', 'khơi thông']) expect(logs).not.toContain(secret);
    expect(logs).toMatch(/complaint ticket created/);
  });

  test('cancel and skip in the intake; a short first message is asked for a description', async () => {
    const citizen = new WebCitizen(app.url, 'w-complaint-2');
    const first = await citizen.say('tôi muốn khiếu nại');
    expect(first[1]).toMatch(/mô tả sự việc/);
    expect(await citizen.say('Hủy')).toEqual([expect.stringMatching(/Đã hủy phản ánh/)]);
    expect((await citizen.say('lệ phí đăng ký khai sinh')).join(' ')).toMatch(/khai sinh/i); // back to normal

    await citizen.say('tôi muốn phản ánh');
    await citizen.say('Cán bộ tiếp dân thái độ không đúng mực');
    for (let i = 0; i < 4; i++) await citizen.say('', 'intake:skip'); // where, when, phone, photos
    const done = await citizen.say('không đồng ý');
    expect(done[0]).toMatch(/PA-\d{4}-000002/);
    const item = (await staff.get('/queue')).json.items.find((i: any) => i.code?.endsWith('000002'));
    const c = (await staff.get(`/cases/${item.id}`)).json.case;
    expect(c.complaint).toMatchObject({ description: 'Cán bộ tiếp dân thái độ không đúng mực', consent: false, attachments: [] });
    expect(c.complaint.phone).toBeUndefined();
  });

  test('"cho tôi gặp cán bộ": queued, bot silent, holding message after the configured time, assignment to a colleague, hand back resolves', async () => {
    const citizen = new WebCitizen(app.url, 'w-human-1');
    const replies = await citizen.say('cho tôi gặp cán bộ');
    expect(replies).toEqual([expect.stringMatching(/chuyển yêu cầu.*cán bộ/)]);
    expect(await citizen.say('alo có ai không')).toEqual([]);
    const item = (await staff.get('/queue')).json.items.find((i: any) => i.conversationId === 'web:w-human-1');
    expect(item).toMatchObject({ kind: 'human', status: 'new', human: true });
    expect(item.assignee).toBeUndefined();

    // nobody takes it: after 10 minutes one holding message (the periodic check runs every 50 ms here), only one
    clock.advance(9 * 60_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(await citizen.pushed()).toEqual([]);
    clock.advance(2 * 60_000);
    const held = await waitFor(async () => { const p = await citizen.pushed(); return p.length ? p : null; });
    expect(held.map((m) => m.text)).toEqual([expect.stringMatching(/vui lòng chờ/)]);
    await new Promise((r) => setTimeout(r, 200));
    expect(await citizen.pushed()).toEqual([]);

    // assigned to a colleague: the citizen is told who
    await staff.ok(`/cases/${item.id}/assign`, { username: 'canbo.minh' });
    expect((await citizen.pushed())[0].text).toMatch(/Trần Văn Minh đã tiếp nhận yêu cầu/);
    expect((await staff2.get(`/cases/${item.id}`)).json.case).toMatchObject({ assignee: { username: 'canbo.minh' }, status: 'in_progress' });
    await staff2.ok(`/cases/${item.id}/reply`, { text: 'Chào Quý khách, tôi có thể giúp gì?' });
    expect((await citizen.pushed()).map((m) => m.author)).toEqual(['staff']);
    expect(await citizen.say('tôi cần hỏi về đất đai')).toEqual([]);
    // the citizen wrote after the staff reply: waiting again
    expect((await staff.get('/queue')).json.items.find((i: any) => i.id === item.id).waitingSince).toBeTruthy();

    await staff2.ok(`/cases/${item.id}/handback`);
    expect((await staff.get('/queue?status=resolved')).json.items.find((i: any) => i.id === item.id)).toBeTruthy(); // a person request is done
    expect((await citizen.say('đăng ký tạm trú cần giấy tờ gì')).join(' ')).toMatch(/tạm trú/i);
  });

  test('the citizen can cancel a waiting request; assignment only to staff accounts', async () => {
    const citizen = new WebCitizen(app.url, 'w-human-2');
    await citizen.say('', 'intent:human');
    const item = (await staff.get('/queue')).json.items.find((i: any) => i.conversationId === 'web:w-human-2');
    expect((await staff.post(`/cases/${item.id}/assign`, { username: 'bientap' })).status).toBe(400);
    expect(await citizen.say('hủy')).toEqual([expect.stringMatching(/Đã hủy yêu cầu gặp cán bộ/)]);
    expect((await citizen.say('đăng ký khai sinh cần gì')).join(' ')).toMatch(/khai sinh/i);
    expect((await staff.get('/queue')).json.items.find((i: any) => i.id === item.id)).toBeUndefined();
  });

  test('status lookup: unknown codes get a clear answer; a status entered by staff is found', async () => {
    const citizen = new WebCitizen(app.url, 'w-status-1');
    const unknown = await citizen.say('tra cứu hồ sơ 000.00.36.H40-250703-0055');
    expect(unknown[0]).toMatch(/Không tìm thấy hồ sơ có mã 000\.00\.36\.H40-250703-0055/);
    await staff.ok('/applications', { code: '000.00.36.h40-250703-0055', status: 'ready', procedure: 'Đăng ký khai sinh', dueDate: '25/11/2026', note: 'Mang theo CCCD khi nhận.' });
    const found = await citizen.say('hồ sơ 000.00.36.H40-250703-0055 của tôi đến đâu rồi');
    expect(found[0]).toMatch(/000\.00\.36\.H40-250703-0055 \(Đăng ký khai sinh\): Đã có kết quả, chờ trả/);
    expect(found[0]).toMatch(/25\/11\/2026/);
    expect((await staff.get('/applications?code=000.00.36.H40-250703-0055')).json.applications).toHaveLength(1);
    expect((await staff.post('/applications', { code: 'x', status: 'nope' })).status).toBe(400);
    // without a code the bot asks for one
    expect((await citizen.say('tôi muốn tra cứu hồ sơ'))[0]).toMatch(/mã hồ sơ/);
  });

  test('the web chat feed: current position without "after", bad ids refused, notes never included', async () => {
    const citizen = new WebCitizen(app.url, 'w-feed-1');
    await citizen.say('', 'intent:human');
    const head = await (await fetch(`${app.url}/api/v1/chat/w-feed-1/messages`)).json();
    expect(head).toEqual({ last: expect.any(Number), messages: [] });
    expect(head.last).toBeGreaterThan(0);
    expect((await fetch(`${app.url}/api/v1/chat/${encodeURIComponent('bad id!')}/messages?after=0`)).status).toBe(400);
    const item = (await staff.get('/queue')).json.items.find((i: any) => i.conversationId === 'web:w-feed-1');
    await staff.ok(`/cases/${item.id}/notes`, { text: 'chỉ cán bộ xem' });
    await staff.ok(`/cases/${item.id}/reply`, { text: 'Chào Quý khách' });
    const after = await (await fetch(`${app.url}/api/v1/chat/w-feed-1/messages?after=${head.last}`)).json();
    expect(after.messages.map((m: any) => [m.author, m.text])).toEqual([['staff', 'Chào Quý khách']]);
    expect(after.last).toBeGreaterThan(head.last);
  });

  test('canned answers: admin manages, staff read', async () => {
    expect((await staff.post('/canned', { title: 'Chào', text: 'Xin chào Quý khách' })).status).toBe(403);
    const created = await admin.ok('/canned', { title: 'Chào', text: 'Xin chào Quý khách' });
    expect((await staff.get('/canned')).json.canned).toEqual([{ id: created.id, title: 'Chào', text: 'Xin chào Quý khách' }]);
    expect((await admin.request('DELETE', `/console/api/canned/${created.id}`)).status).toBe(200);
    expect((await staff.get('/canned')).json.canned).toEqual([]);
  });
});

