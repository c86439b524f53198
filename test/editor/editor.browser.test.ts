/**
 * The editor console in a real browser (Debian Chromium via playwright-core): an editor changes a fee and
 * submits; a reviewer sees the diff and approves; the web chat answers the new fee without a restart;
 * restoring the previous version brings the old fee back. Skips, with a message, when no chromium is installed.
 */
import { chromiumOrSkip, launchPersistentChromium, type PersistentChromium } from '../support/browser';
import { PASSWORD, startTestApp, type TestApp } from './helpers';

const { chromium, maybe } = chromiumOrSkip(__filename);

const NEW_FEE = 'Lệ phí đăng ký kết hôn (thử trên trình duyệt): 12.000 đồng.';

maybe('editor console in Chromium', () => {
  let app: TestApp;
  let browser: PersistentChromium;
  let ctx: import('playwright-core').BrowserContext;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchPersistentChromium(chromium!, 'motcua-chromium-editor-', { viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    ctx = browser.context;
    await ctx.route('**/*', (route) => (route.request().url().startsWith(app.url) ? route.continue() : route.abort()));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function signIn(page: import('playwright-core').Page, username: string) {
    await page.goto(`${app.url}/editor`);
    await page.waitForURL(/login\.html/);
    await page.fill('#username', username);
    await page.fill('#password', PASSWORD);
    await page.click('#login-submit');
    await page.waitForURL(/\/editor$/);
    await page.locator('#whoami', { hasText: username }).waitFor();
  }

  async function askChat(page: import('playwright-core').Page, text: string): Promise<string> {
    const before = await page.locator('.msg.bot .bubble').count();
    await page.fill('#q', text);
    await page.getByRole('button', { name: 'Gửi' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.msg.bot .bubble').length > n, before);
    return (await page.locator('.msg.bot .bubble').last().textContent()) ?? '';
  }

  test('edit the fee → review the diff → approve → the chat answers the new fee → restore brings the old fee back', async () => {
    const oldFee = (await app.running.context.procedures.get(app.running.context.agencyId, 'dang-ky-ket-hon'))!.fee.text;
    const page = await ctx.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
    page.on('dialog', (d) => void d.accept());

    // the editor: search without diacritics, open, change the fee, submit
    await signIn(page, 'editor1');
    await page.fill('input#q', 'ket hon');
    await page.locator('button[data-id="dang-ky-ket-hon"]').click();
    const fee = page.locator('#proc-form textarea[name="fee.text"]');
    await fee.waitFor();
    expect(await fee.inputValue()).toBe(oldFee);
    await fee.fill(NEW_FEE);
    await page.click('#submit-draft');
    await page.locator('#flash', { hasText: 'Đã gửi duyệt' }).waitFor();
    await page.locator('#draft-state', { hasText: 'Chờ duyệt' }).waitFor();
    // an editor has no approve button
    await page.click('[data-tab="review"]');
    await page.locator('#review-list button[data-draft]').first().click();
    await page.locator('#diff').waitFor();
    expect(await page.locator('#approve').count()).toBe(0);
    await page.click('#logout');
    await page.waitForURL(/login\.html/);

    // the reviewer: the diff shows old → new, approve
    await signIn(page, 'reviewer1');
    await page.click('[data-tab="review"]');
    await page.locator('#review-list button[data-draft]').first().click();
    const diff = page.locator('#diff');
    await diff.waitFor();
    expect(await diff.locator('td.old').allTextContents()).toEqual([oldFee]);
    expect(await diff.locator('td.new').allTextContents()).toEqual([NEW_FEE]);
    await page.click('#approve');
    await page.locator('#flash', { hasText: 'Đã xuất bản' }).waitFor();

    // the citizen's web chat answers the new fee, no restart
    const chat = await ctx.newPage();
    chat.on('pageerror', (e) => pageErrors.push(e.message));
    await chat.goto(`${app.url}/`);
    await chat.locator('.msg.bot .bubble').first().waitFor();
    expect(await askChat(chat, 'đăng ký kết hôn hết bao nhiêu tiền')).toContain(NEW_FEE);

    // restore the previous version
    await page.click('[data-tab="procedures"]');
    await page.fill('input#q', 'kết hôn');
    await page.locator('button[data-id="dang-ky-ket-hon"]').click();
    await page.locator('#versions tr[data-version="1"] button.restore').click();
    await page.locator('#flash', { hasText: 'Đã khôi phục' }).waitFor();
    const answer = await askChat(chat, 'đăng ký kết hôn hết bao nhiêu tiền');
    expect(answer).toContain(oldFee);
    expect(answer).not.toContain(NEW_FEE);

    // the thumbs-down under an answer reaches the inbox
    await chat.locator('.msg.bot button.feedback').last().click();
    await chat.locator('.feedback-thanks').last().waitFor();
    await page.click('[data-tab="misses"]');
    await page.locator('#miss-groups article.miss').first().waitFor();

    expect(pageErrors).toEqual([]);
  }, 60_000);

  test('the phrases that teach how an aspect is asked are named by their aspect and have no keywords', async () => {
    const page = await ctx.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // (the reviewer of the test before is still signed in in this browser)
    await page.goto(`${app.url}/editor`);
    await page.locator('#whoami').waitFor();
    await page.click('[data-tab="training"]');
    await page.fill('#intent-q', 'aspect-fee');
    await page.locator('#intent-list button', { hasText: 'Cách hỏi: Lệ phí' }).click();
    await page.locator('#training-detail h2', { hasText: 'Cách hỏi: Lệ phí' }).waitFor();
    expect(await page.locator('#training-detail #phrases').inputValue()).toContain('\n');
    expect(await page.locator('#training-detail #keywords').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
