/**
 * The chat page in a real browser (Debian Chromium driven by playwright-core) at a phone viewport.
 * Skips, with a message, when no chromium binary is installed (CI installs it: apt-get install -y chromium).
 */
import { chromiumOrSkip, launchPersistentChromium, type PersistentChromium } from '../support/browser';
import { startServer, type TestServer } from './helpers';

const { chromium, maybe } = chromiumOrSkip(__filename);

maybe('web chat page in Chromium (390x844)', () => {
  let srv: TestServer;
  let browser: PersistentChromium;
  let ctx: import('playwright-core').BrowserContext;
  const pageErrors: string[] = [];
  const external: string[] = [];

  beforeAll(async () => {
    srv = await startServer();
    browser = await launchPersistentChromium(chromium!, 'motcua-chromium-', {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
    });
    ctx = browser.context;
    // no network beyond our own server
    await ctx.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(srv.url) || url.startsWith('data:')) return route.continue();
      external.push(url);
      return route.abort();
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  });

  test('ask, read the answer, tap a quick reply, read the next answer', async () => {
    const page = await ctx.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await page.goto(`${srv.url}/`);
    await expectTitle(page);

    // the greeting arrives by itself, with quick replies
    const bot = page.locator('.msg.bot .bubble');
    await bot.first().waitFor();
    expect(await bot.first().textContent()).toMatch(/Xin chào/);
    await page.locator('.chip').first().waitFor();

    // type a question
    const input = page.getByLabel('Nhập câu hỏi');
    expect(await input.getAttribute('placeholder')).toBe('Nhập câu hỏi…');
    expect(await input.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
    await input.fill('đăng ký khai sinh cần giấy tờ gì');
    await page.getByRole('button', { name: 'Gửi' }).click();
    await expectText(page.locator('.msg.user .bubble').last(), 'đăng ký khai sinh cần giấy tờ gì');
    await expectCount(bot, 2);
    expect(await bot.nth(1).textContent()).toContain('Giấy chứng sinh');
    const link = page.locator('.msg.bot .links a').last();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toMatch(/noopener/);

    // tap "Lệ phí": the title shows as the user's bubble, the fee answer follows
    const fee = page.locator('.chip', { hasText: 'Lệ phí' });
    await fee.tap();
    await expectText(page.locator('.msg.user .bubble').last(), 'Lệ phí');
    await expectCount(bot, 3);
    expect(await bot.nth(2).textContent()).toMatch(/Đăng ký khai sinh — lệ phí/);
    expect(await page.locator('#typing').isHidden()).toBe(true);

    // the conversation id is kept for the next visit
    const id = await page.evaluate(() => localStorage.getItem('motcua.conversation'));
    expect(id).toMatch(/^[A-Za-z0-9_.:-]{1,100}$/);
    expect(await srv.states.get('default', `web:${id}`)).toMatchObject({ procedure: 'dang-ky-khai-sinh', aspect: 'fee' });

    // nothing overflows sideways on a phone
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.screenshot({ path: '/tmp/motcua-chat.png' });

    // a reload restores the transcript of this tab
    await page.reload();
    await expectCount(bot, 3);

    expect(pageErrors).toEqual([]);
    expect(external).toEqual([]);
  }, 60_000);

  test('typed text is shown as text, never as HTML', async () => {
    const page = await ctx.newPage();
    await page.goto(`${srv.url}/`);
    await page.locator('.msg.bot').first().waitFor();
    await page.getByLabel('Nhập câu hỏi').fill('<img src=x onerror="window.__xss=1"><b>in đậm</b>');
    await page.getByLabel('Nhập câu hỏi').press('Enter');
    const last = page.locator('.msg.user .bubble').last();
    await expectText(last, '<img src=x onerror="window.__xss=1"><b>in đậm</b>');
    expect(await last.locator('img, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  }, 60_000);

  test('works at 360px width', async () => {
    const page = await ctx.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`${srv.url}/`);
    await page.locator('.chip').first().waitFor();
    await page.screenshot({ path: '/tmp/motcua-chat-360.png' });
    const send = await page.getByRole('button', { name: 'Gửi' }).boundingBox();
    expect(send).not.toBeNull();
    expect(send!.x + send!.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }, 60_000);
});

async function expectTitle(page: import('playwright-core').Page): Promise<void> {
  expect(await page.title()).toBe('Trợ lý Một cửa');
  expect(await page.locator('h1').textContent()).toBe('Trợ lý Một cửa');
  expect(await page.locator('#log').getAttribute('aria-live')).toBe('polite');
}

async function expectCount(loc: import('playwright-core').Locator, n: number): Promise<void> {
  await loc.nth(n - 1).waitFor({ timeout: 15_000 });
  expect(await loc.count()).toBe(n);
}

async function expectText(loc: import('playwright-core').Locator, text: string): Promise<void> {
  await loc.waitFor();
  expect((await loc.textContent())?.replace(/^(Bạn|Trợ lý|Lỗi): /, '')).toBe(text);
}
