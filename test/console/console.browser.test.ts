/**
 * The staff console and the citizen web chat side by side in real Chromium (Debian's, driven by playwright-core):
 * a complaint made in the web chat appears in the console, staff take it and reply, the citizen's page shows
 * the reply, staff hand back and the bot answers the next question again. Skips with a message when no
 * chromium binary is installed.
 */
import { chromiumOrSkip, launchChromium } from '../support/browser';
import { createAccounts, STAFF, startTestApp, type TestApp } from '../handoff/helpers';

const { chromium, maybe } = chromiumOrSkip(__filename);

/** The smallest valid PNG (1×1). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

maybe('staff console and web chat in Chromium', () => {
  let app: TestApp;
  let browser: import('playwright-core').Browser;
  const errors: string[] = [];
  const external: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ HANDOFF_EVENTS_POLL_MS: '200' });
    await createAccounts(app.url);
    browser = await launchChromium(chromium!);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function context(options: Parameters<import('playwright-core').Browser['newContext']>[0]) {
    const ctx = await browser.newContext({ locale: 'vi-VN', ...options });
    await ctx.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(app.url) || url.startsWith('data:')) return route.continue();
      external.push(url);
      return route.abort();
    });
    return ctx;
  }

  test('complaint with a photo → console → take → reply reaches the citizen → hand back → bot answers again', async () => {
    const citizenCtx = await context({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const staffCtx = await context({ viewport: { width: 1280, height: 900 } });
    const citizen = await citizenCtx.newPage();
    const console_ = await staffCtx.newPage();
    for (const [who, page] of [['citizen', citizen], ['staff', console_]] as const) {
      page.on('pageerror', (e) => errors.push(`${who}: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${who}: ${m.text()}`);
      });
    }

    // ---- the citizen files a complaint in the web chat
    await citizen.goto(`${app.url}/`);
    const bot = citizen.locator('.msg.bot .bubble');
    await bot.first().waitFor();
    const ask = async (text: string) => {
      const n = await bot.count();
      await citizen.getByLabel('Nhập câu hỏi').fill(text);
      await citizen.getByRole('button', { name: 'Gửi' }).click();
      await bot.nth(n).waitFor({ timeout: 15_000 });
    };
    await ask('Tôi muốn phản ánh đường trước nhà bị ngập nước nhiều ngày không ai xử lý');
    expect(await bot.last().textContent()).toMatch(/ở đâu/);
    await ask('Thôn 3, xã An Bình');
    await ask('sáng nay');
    await ask('0912345678');
    expect(await bot.last().textContent()).toMatch(/ảnh hoặc tệp/);
    // a photo through the chat page's attach button
    let n = await bot.count();
    await citizen.locator('#file').setInputFiles({ name: 'duong-ngap.png', mimeType: 'image/png', buffer: PNG });
    await bot.nth(n).waitFor({ timeout: 15_000 });
    expect(await bot.last().textContent()).toMatch(/Đã nhận 1 tệp/);
    expect(await citizen.locator('.msg.user .bubble').last().textContent()).toContain('duong-ngap.png');
    n = await bot.count();
    await citizen.locator('.chip', { hasText: /^Xong$/ }).tap();
    await bot.nth(n).waitFor();
    expect(await bot.last().textContent()).toMatch(/đồng ý/);
    n = await bot.count();
    await citizen.locator('.chip', { hasText: /^Đồng ý$/ }).tap();
    await bot.nth(n).waitFor();
    const confirmation = (await bot.last().textContent()) ?? '';
    const code = /PA-\d{4}-\d{6}/.exec(confirmation)?.[0];
    expect(code).toMatch(/^PA-\d{4}-000001$/);

    // ---- staff sign in (redirected from the console to the sign-in page and back)
    await console_.goto(`${app.url}/console/`);
    expect(console_.url()).toMatch(/\/console\/login\.html\?next=/);
    await console_.getByLabel('Tên đăng nhập').fill(STAFF.username);
    await console_.getByLabel('Mật khẩu').fill(STAFF.password);
    await console_.getByRole('button', { name: 'Đăng nhập' }).click();
    await console_.waitForURL(`${app.url}/console/`);
    await console_.locator('#live.on').waitFor({ timeout: 10_000 });

    // ---- the complaint is in the queue, with its details
    const row = console_.locator('#queue .item', { hasText: code! });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/chờ/);
    await row.click();
    await console_.locator('#complaint dd', { hasText: '0912345678' }).waitFor();
    expect(await console_.locator('#complaint').textContent()).toContain('Thôn 3, xã An Bình');
    // the photo is shown to staff (loaded with their session; the console's CSP allows it)
    await console_.locator('#complaint img.thumb').waitFor();
    await console_.waitForFunction(() => { const img = document.querySelector<HTMLImageElement>('#complaint img.thumb'); return !!img && img.complete && img.naturalWidth === 1; });
    await console_.locator('#transcript .author-citizen').first().waitFor();

    // ---- take it: the citizen's page is told (polled feed)
    await console_.getByRole('button', { name: 'Nhận xử lý' }).click();
    await citizen.locator('.msg.bot .bubble', { hasText: 'đã tiếp nhận phản ánh' }).waitFor({ timeout: 10_000 });

    // ---- reply: it reaches the citizen's page
    await console_.getByLabel('Trả lời người dân').fill('Chúng tôi đã ghi nhận, sáng mai tổ công tác sẽ đến kiểm tra.');
    await console_.getByRole('button', { name: 'Gửi cho người dân' }).click();
    const staffBubble = citizen.locator('.msg.staff .bubble');
    await staffBubble.waitFor({ timeout: 10_000 });
    expect(await staffBubble.textContent()).toBe('Cán bộ: Chúng tôi đã ghi nhận, sáng mai tổ công tác sẽ đến kiểm tra.');

    // ---- the citizen writes: no bot answer; the console shows it live (SSE through the store)
    const before = await bot.count();
    await citizen.getByLabel('Nhập câu hỏi').fill('Cảm ơn cán bộ, nhà tôi ở cuối ngõ');
    await citizen.getByRole('button', { name: 'Gửi' }).click();
    await console_.locator('#transcript .author-citizen', { hasText: 'nhà tôi ở cuối ngõ' }).waitFor({ timeout: 10_000 });
    await citizen.locator('#typing').waitFor({ state: 'hidden' });
    expect(await bot.count()).toBe(before);

    // ---- hand back: the citizen is told, and the bot answers the next question
    await console_.getByRole('button', { name: 'Trả lại cho trợ lý' }).click();
    await citizen.locator('.msg.bot .bubble', { hasText: 'Trợ lý tự động tiếp tục' }).waitFor({ timeout: 10_000 });
    const m = await bot.count();
    await citizen.getByLabel('Nhập câu hỏi').fill('đăng ký tạm trú cần giấy tờ gì');
    await citizen.getByRole('button', { name: 'Gửi' }).click();
    await bot.nth(m).waitFor({ timeout: 15_000 });
    expect(await bot.nth(m).textContent()).toMatch(/tạm trú/i);

    await console_.screenshot({ path: '/tmp/motcua-console.png' });
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await citizenCtx.close();
    await staffCtx.close();
  }, 60_000);
});
