/// <reference types="office-js" />
/**
 * How the task pane starts, in Chromium, from its production build, with Microsoft's own
 * office.js (the pinned @microsoft/office-js package, served by the test server in place of the
 * CDN): outside Office, Office.onReady answers with no host and the pane works on files (browser
 * mode); where office.js does not load, or Office never answers, the pane says so in Vietnamese
 * and works on files; where the pane's script cannot run at all (the Internet Explorer webview of
 * Office 2016), the page's own ES3 script says so in Vietnamese and English and gives the
 * address to open in a browser.
 */
import * as path from 'path';
import type { Browser, Page, Route } from 'playwright-core';
import { catalog } from '../../shared/i18n';
import { describeWithChromium, launchChromium } from '../helpers/chromium';
import { outputDir, ROOT } from '../helpers/paths';
import { buildAddin } from './helpers/build';
import { OFFICE_JS_CDN, OFFICE_JS_DIST, OFFICE_JS_MOUNT, routeOfficeJs } from './helpers/office-js';
import { serve, type Served } from './helpers/serve';

const VI = catalog('vi').ui;
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
/** What Excel on the web adds to the pane's address (office.js reads the host from it). */
const OPENED_BY_EXCEL_ON_THE_WEB = '?_host_Info=Excel$Web$16.00$vi-VN$$$$0';

jest.setTimeout(120_000);

describeWithChromium('the task pane starting', () => {
  let browser: Browser;
  let server: Served;

  beforeAll(async () => {
    const dist = outputDir('addin-start');
    await buildAddin(dist);
    server = await serve(dist, { [OFFICE_JS_MOUNT]: OFFICE_JS_DIST });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A new page; errors thrown by the pane's own script fail the test, office.js's are kept. */
  async function newPage(): Promise<{ page: Page; officeErrors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 420, height: 700 } });
    const page = await context.newPage();
    const officeErrors: string[] = [];
    page.on('pageerror', (e) => {
      if (/taskpane\.js/.test(e.stack ?? '')) throw e;
      officeErrors.push(e.message);
    });
    return { page, officeErrors };
  }

  const mode = (page: Page) => page.locator('#mode').innerText();

  it("outside Office, Microsoft's office.js answers with no host and the pane works on files", async () => {
    const { page, officeErrors } = await newPage();
    const requested = await routeOfficeJs(page, server.url);
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector('#app:not([hidden])');
    expect(await mode(page)).toBe(VI.app.host.file);
    expect(await page.locator('#book-bar').isVisible()).toBe(true);
    expect(await page.locator('#loading').isVisible()).toBe(false);
    // the library itself, not a stand-in: its own answer, and the file it loads beside it
    expect(requested).toEqual(['office.js', 'o15apptofilemappingtable.js']);
    expect(await page.evaluate(() => Office.onReady())).toEqual({
      host: null,
      platform: null,
      addin: null,
    });
    // the page's message for webviews that cannot run the pane is gone
    expect(await page.locator('#old-office').count()).toBe(0);
    expect(officeErrors).toEqual([]);
    await page.context().close();
  });

  it('where office.js does not load, says so in Vietnamese at once and works on files', async () => {
    const { page } = await newPage();
    await page.route(`${OFFICE_JS_CDN}**`, (route) => route.abort('connectionrefused'));
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector('#app:not([hidden])');
    expect(await mode(page)).toBe(VI.mode.officeTimeout);
    expect(await page.locator('#book-bar').isVisible()).toBe(true);
    await page.context().close();
  });

  it('opened by Excel on the web that never answers: waits 45 s for Office, then says so and works on files', async () => {
    const { page } = await newPage();
    // the page's clock stands still unless the test moves it
    await page.clock.install({ time: Date.UTC(2014, 2, 20, 2) });
    await page.clock.pauseAt(Date.UTC(2014, 2, 20, 2, 0, 1));
    const requested = await routeOfficeJs(page, server.url);
    await page.goto(`${server.url}taskpane.html${OPENED_BY_EXCEL_ON_THE_WEB}`);
    // office.js took the host from the address and waits for Excel's answer
    await page.waitForFunction(() => typeof Office !== 'undefined');
    expect(requested).toEqual(['office.js', 'excel-web-16.00.js', 'vi-vn/office_strings.js']);
    expect(await page.locator('#loading').innerText()).toBe(VI.excel.loading);
    await page.clock.fastForward(44_000);
    expect(await page.locator('#app').isHidden()).toBe(true);
    await page.clock.fastForward(1_000);
    await page.waitForSelector('#app:not([hidden])');
    expect(await mode(page)).toBe(VI.mode.officeTimeout);
    expect(await page.locator('#book-bar').isVisible()).toBe(true);
    await page.context().close();
  });

  describe("where the pane's script cannot run (Office 2016's Internet Explorer webview)", () => {
    const vietnamese =
      'Sổ Thi Đua không chạy được trong cửa sổ này: phiên bản Office này hiển thị trang bằng Internet Explorer, trình duyệt quá cũ. Hãy mở địa chỉ dưới đây bằng Chrome, Edge hoặc Firefox để làm việc với tệp .xlsx (chế độ trình duyệt).';
    const english =
      'Sổ Thi Đua cannot run in this window: this version of Office shows pages with Internet Explorer, a browser too old for it. Open the address below in Chrome, Edge or Firefox to work with .xlsx files (browser mode).';

    async function expectMessage(page: Page): Promise<void> {
      const box = page.locator('#old-office');
      expect(await box.isVisible()).toBe(true);
      expect(await box.getAttribute('role')).toBe('alert');
      expect(await box.locator('p[lang="vi"]').innerText()).toBe(vietnamese);
      expect(await box.locator('p[lang="en"]').innerText()).toBe(english);
      // the page's own address, without what Office added: opened in a browser, browser mode
      const link = page.locator('#old-office-link');
      expect(await link.innerText()).toBe(`${server.url}taskpane.html`);
      expect(await link.getAttribute('href')).toBe(`${server.url}taskpane.html`);
      expect(await page.locator('#loading').isVisible()).toBe(false);
    }

    it('says so in Vietnamese and English once the page has loaded, with the address to open', async () => {
      const { page } = await newPage();
      await page.route(`${OFFICE_JS_CDN}**`, (route) => route.abort());
      // the pane's script does not run: the page alone must speak
      await page.route('**/taskpane.js', (route) => route.abort());
      await page.goto(`${server.url}taskpane.html${OPENED_BY_EXCEL_ON_THE_WEB}`);
      await expectMessage(page);
      expect(await page.locator('#app').isHidden()).toBe(true);
      await page.screenshot({ path: path.join(SHOTS, 'addin-old-office.png'), fullPage: true });
      await page.context().close();
    });

    it('says so at once where ES2017 does not parse, without waiting for the rest of the page', async () => {
      const { page } = await newPage();
      // Internet Explorer's parser, for what the page asks it: a SyntaxError on ES2015+ source
      await page.addInitScript(() => {
        const Original = Function;
        window.Function = new Proxy(Original, {
          construct(target, args: string[]) {
            if (/=>|`|\basync\b/.test(args.join(' '))) throw new SyntaxError("Expected ';'");
            return Reflect.construct(target, args) as object;
          },
        });
      });
      await page.route(`${OFFICE_JS_CDN}**`, (route) => route.abort());
      // the pane's script never arrives while the message is checked
      let held: Route | null = null;
      await page.route('**/taskpane.js', (route) => {
        held = route;
      });
      // (the document is not "loaded", nor even "DOMContentLoaded", without the pane's script)
      await page.goto(`${server.url}taskpane.html`, { waitUntil: 'commit' });
      await page.waitForSelector('#old-office:not([hidden])');
      await expectMessage(page);
      expect(held).not.toBeNull();
      await held!.abort();
      await page.context().close();
    });
  });
});
