/**
 * The task pane in Chromium, from its production build: in browser mode (outside Office, with
 * Microsoft's own office.js: the plan becomes a workbook to download, returned unit files a
 * consolidated workbook and a summary), and inside a simulated Office host (office.js replaced by
 * the strict fake), where the pane's own
 * buttons build, assign, mark and report in the in-memory workbook. A screenshot of each main
 * view goes to test-output/screenshots/. Keyboard use: focus stays on the pressed button, the
 * confirmation takes focus and Escape cancels it, every control has an accessible name.
 * Every page runs with the browser's locale set to en-US (and, in Office, an English display
 * language): dates are still typed and shown dd/mm/yyyy, and the pane stays in Vietnamese.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { splitBook } from '../../shared/book/split';
import { readBookXlsx, writeUnitXlsx } from '../../shared/xlsx/book-io';
import { fillTracking } from '../helpers/fill';
import { ROOT, SAMPLE } from '../helpers/paths';
import { buildAddin, buildOfficeStandIn } from './helpers/build';
import { describeWithChromium, launchChromium } from '../helpers/chromium';
import { focusedId, unnamedControls } from './helpers/a11y';
import { contrastFailures } from '../helpers/contrast';
import { OFFICE_JS_CDN, OFFICE_JS_DIST, OFFICE_JS_MOUNT, routeOfficeJs } from './helpers/office-js';
import { shownReport } from '../helpers/report-view';
import { SAMPLE_REPORT } from '../helpers/sample-report';
import { serve, type Served } from './helpers/serve';

const OUT = path.join(ROOT, 'test-output', 'addin-browser');
const DIST = path.join(OUT, 'dist');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');

jest.setTimeout(120_000);

interface FakeExcelHandle {
  select(sheet: string, address: string): void;
  sheetNames(): string[];
  values(sheet: string, address: string): unknown[][];
  usedRange(sheet: string): string | null;
  validations(sheet: string): { address: string; type: string }[];
  workbook: { createdWorkbooks: string[] };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `addin-${name}.png`), fullPage: true });
}

/** Clicks a download link of the result and returns the file's bytes. */
async function download(page: Page, name: string): Promise<Uint8Array> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`#downloads a[download="${name}"]`),
  ]);
  return new Uint8Array(fs.readFileSync(await file.path()));
}

/** Presses a button and waits until the pane says the action is over. */
async function press(page: Page, selector: string): Promise<string> {
  await page.click(selector);
  await page.waitForFunction(() => document.body.getAttribute('aria-busy') === null);
  await page.waitForSelector('#result:not([hidden])');
  return page.locator('#status-text').innerText();
}

/** Presses a button with the keyboard (focus, then Enter) and waits until the action is over. */
async function pressKey(page: Page, selector: string): Promise<string> {
  await page.focus(selector);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.body.getAttribute('aria-busy') === null);
  await page.waitForSelector('#result:not([hidden])');
  return page.locator('#status-text').innerText();
}

async function openTab(page: Page, tab: string): Promise<void> {
  await page.click(`#tab-${tab}`);
}

describeWithChromium('the task pane in Chromium', () => {
  let browser: Browser;
  let server: Served;
  let standIn: string;

  beforeAll(async () => {
    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(OUT, { recursive: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    const [, bundle] = await Promise.all([buildAddin(DIST), buildOfficeStandIn()]);
    standIn = bundle;
    server = await serve(DIST, { [OFFICE_JS_MOUNT]: OFFICE_JS_DIST });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page of the pane: outside Office (Microsoft's office.js), or in the stand-in with `config`. */
  async function open(
    office: { apiVersion?: string } | 'outside',
    webview: 'modern' | 'edgehtml' = 'modern',
    init?: () => void,
  ): Promise<Page> {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 420, height: 900 },
      // an office's browser set to English: the pane must not follow it
      locale: 'en-US',
    });
    const page = await context.newPage();
    if (init) await page.addInitScript(init);
    if (webview === 'edgehtml') {
      // the built-ins Office 2019's EdgeHTML webview (Edge 18) does not have
      await page.addInitScript(() => {
        const gone: [object, string][] = [
          [Array.prototype, 'flatMap'],
          [Array.prototype, 'flat'],
          [Array.prototype, 'at'],
          [Array.prototype, 'findLast'],
          [String.prototype, 'matchAll'],
          [String.prototype, 'trimStart'],
          [String.prototype, 'trimEnd'],
          [String.prototype, 'at'],
          [String.prototype, 'replaceAll'],
          [Object, 'fromEntries'],
          [Object, 'hasOwn'],
        ];
        for (const [owner, name] of gone) delete (owner as Record<string, unknown>)[name];
      });
    }
    page.on('pageerror', (e) => {
      throw e;
    });
    if (office === 'outside') await routeOfficeJs(page, server.url);
    else
      await page.route(`${OFFICE_JS_CDN}**`, (route) =>
        route.fulfill({
          contentType: 'application/javascript',
          body: `window.__fakeExcelConfig = ${JSON.stringify(office)};\n${standIn}`,
        }),
      );
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector('#app:not([hidden])');
    return page;
  }

  describe('in browser mode', () => {
    let page: Page;
    let book: Uint8Array;

    beforeAll(async () => {
      page = await open('outside');
    });

    afterAll(async () => {
      await page.context().close();
    });

    it('says it works on files, without Excel', async () => {
      expect(await page.locator('#mode').innerText()).toContain('Chế độ trình duyệt');
      expect(await page.locator('#book-bar').isVisible()).toBe(true);
      expect(await page.locator('#plan-selection').isVisible()).toBe(false);
    });

    it('builds the workbook from the uploaded sample plan, for download', async () => {
      await page.setInputFiles('#plan-file', SAMPLE);
      expect(await press(page, '#plan-build')).toBe('Xong');
      expect(await page.locator('#result-message').innerText()).toContain('4 kỳ, 30 công việc');
      await shot(page, 'browser-plan');
      book = await download(page, 'so-theo-doi-2014.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(book as unknown as ArrayBuffer);
      expect(wb.getWorksheet('Theo dõi')!.rowCount).toBe(411);
      const read = await readBookXlsx(book, { strict: true });
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      expect(read.value.book.plan.periods.map((p) => p.tasks.length)).toEqual([10, 9, 5, 6]);
      expect(read.value.book.rows).toHaveLength(410);
    });

    it('merges returned unit files, shows the change log and what was refused', async () => {
      const read = await readBookXlsx(book, { strict: true });
      if (!read.ok) throw new Error('unreadable book');
      const parts = splitBook(read.value.book, '2014-05-01T00:00:00.000Z');
      const files: string[] = [];
      for (const part of parts.slice(0, 2)) {
        const written = await writeUnitXlsx(part);
        if (!written.ok) throw new Error('unit file');
        const file = path.join(OUT, `${part.meta.unitCode}.xlsx`);
        fs.writeFileSync(file, written.value);
        await fillTracking(file, (row) =>
          row.index < 3
            ? { status: 'Hoàn thành', doneDate: '15/03/2014', evidence: 'BC số 1' }
            : null,
        );
        files.push(file);
      }
      // the whole book sent back by mistake: refused, and said so
      const wrong = path.join(OUT, 'so-theo-doi-2014.xlsx');
      fs.writeFileSync(wrong, book);
      await openTab(page, 'merge');
      await page.setInputFiles('#merge-files', [...files, wrong]);
      expect(await press(page, '#merge-apply')).toBe('Xong');
      expect(await page.locator('#result-message').innerText()).toContain('Đã gộp 2 tệp');
      expect(await page.locator('#log-body tr').count()).toBeGreaterThanOrEqual(6);
      expect(await page.locator('#result-problems').innerText()).toContain('so-theo-doi-2014.xlsx');
      await shot(page, 'browser-merge');
      const merged = await readBookXlsx(await download(page, 'so-theo-doi-2014.xlsx'), {
        strict: true,
      });
      if (!merged.ok) throw new Error(JSON.stringify(merged.problems));
      const units = parts.slice(0, 2).map((p) => p.meta.unitCode);
      const done = merged.value.book.rows.filter((r) => r.status === 'done');
      expect(done).toHaveLength(6);
      expect(new Set(done.map((r) => r.unitCode))).toEqual(new Set(units));
      expect(merged.value.book.log.filter((e) => e.outcome === 'applied').length).toBeGreaterThan(
        0,
      );
    });

    it('meets WCAG AA contrast with every text, the merge result and its refusals included', async () => {
      expect(await page.locator('#result-problems li').count()).toBeGreaterThan(0);
      expect(await page.locator('#log-body tr').count()).toBeGreaterThan(0);
      expect(await contrastFailures(page)).toEqual([]);
    });

    it('exports the summary for the bloc meeting and the files for the units', async () => {
      await openTab(page, 'report');
      expect(await press(page, '#report-summary')).toBe('Xong');
      const summary = new ExcelJS.Workbook();
      await summary.xlsx.load(
        (await download(page, 'tong-hop-hop-khoi.xlsx')) as unknown as ArrayBuffer,
      );
      expect(summary.worksheets.length).toBeGreaterThan(0);
      await shot(page, 'browser-report');
      expect(await press(page, '#report-units')).toBe('Xong');
      expect(await page.locator('#downloads a').count()).toBeGreaterThan(20);
    });

    it('keeps keyboard focus on the button pressed with the keyboard', async () => {
      // long enough (a file per unit) for Chromium to move focus off the disabled button
      await openTab(page, 'report');
      expect(await pressKey(page, '#report-units')).toBe('Xong');
      expect(await focusedId(page)).toBe('report-units');
      expect(await page.locator('#status').getAttribute('aria-live')).toBe('polite');
    });

    it('gives every form control an accessible name', async () => {
      expect(await unnamedControls(page)).toEqual([]);
    });

    it('switches to English and back', async () => {
      await page.click('#lang');
      expect(await page.locator('#tab-plan').innerText()).toBe('Plan');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.click('#lang');
      expect(await page.locator('#tab-plan').innerText()).toBe('Kế hoạch');
    });
  });

  describe('in browser mode, the book kept in the browser (IndexedDB)', () => {
    /** Presses a download link and returns the file's bytes. */
    async function downloaded(page: Page, selector: string): Promise<Uint8Array> {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      return new Uint8Array(fs.readFileSync(await file.path()));
    }
    const BOOK_LINK = '#book-name a[download="so-theo-doi-2014.xlsx"]';

    it('keeps the book across a reload, and asks before the page closes with changes not downloaded', async () => {
      const page = await open('outside');
      await page.setInputFiles('#plan-file', SAMPLE);
      expect(await press(page, '#plan-build')).toBe('Xong');
      await page.reload();
      await page.waitForSelector('#app:not([hidden])');
      // the book of the last visit, not yet downloaded: its name and its download at hand
      expect(await page.locator('#book-name').innerText()).toContain(
        'Đang mở: so-theo-doi-2014.xlsx',
      );
      expect(await page.locator(BOOK_LINK).isVisible()).toBe(true);
      // a command on the kept book, without opening any file
      await openTab(page, 'report');
      await page.fill('#report-asof', '30/06/2014');
      expect(await press(page, '#report-refresh')).toBe('Xong');
      const read = await readBookXlsx(await downloaded(page, BOOK_LINK), { strict: true });
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      expect(read.value.book.rows).toHaveLength(410);
      expect(read.value.book.asOf).toBe('2014-06-30');
      // downloaded: the page closes without asking
      await page.reload();
      await page.waitForSelector('#app:not([hidden])');
      expect(await page.locator(BOOK_LINK).count()).toBe(0);
      // changed again: closing asks first
      await openTab(page, 'report');
      await page.fill('#report-asof', '31/05/2014');
      expect(await press(page, '#report-refresh')).toBe('Xong');
      const asked = page.waitForEvent('dialog');
      await page.close({ runBeforeUnload: true });
      const dialog = await asked;
      expect(dialog.type()).toBe('beforeunload');
      await dialog.dismiss();
      expect(page.isClosed()).toBe(false);
      await downloaded(page, BOOK_LINK);
      const closed = page.waitForEvent('close');
      await page.close({ runBeforeUnload: true });
      await closed;
      await page.context().close();
    });

    it('where the browser will not keep it, says so once and goes on working', async () => {
      const page = await open('outside', 'modern', () => {
        Object.defineProperty(window, 'indexedDB', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      const said =
        'Trình duyệt này không cho trang giữ sổ (bộ nhớ bị chặn hoặc đã đầy). Bạn vẫn làm việc được: hãy tải sổ về để giữ.';
      await page.setInputFiles('#plan-file', SAMPLE);
      expect(await press(page, '#plan-build')).toBe('Xong');
      expect(await page.locator('#result-notes').innerText()).toBe(said);
      await openTab(page, 'report');
      await page.fill('#report-asof', '30/06/2014');
      expect(await press(page, '#report-refresh')).toBe('Xong');
      expect(await page.locator('#result-notes').isVisible()).toBe(false);
      const read = await readBookXlsx(await downloaded(page, BOOK_LINK), { strict: true });
      expect(read.ok && read.value.book.asOf).toBe('2014-06-30');
      await page.context().close();
    });
  });

  it('remembers a choice of English, and only a choice, in a browser set to English', async () => {
    const page = await open({ apiVersion: '1.17' });
    expect(await page.locator('#tab-plan').innerText()).toBe('Kế hoạch');
    await page.click('#lang');
    expect(await page.locator('#tab-plan').innerText()).toBe('Plan');
    await page.reload();
    await page.waitForSelector('#app:not([hidden])');
    expect(await page.locator('#tab-plan').innerText()).toBe('Plan');
    expect(await page.getAttribute('#plan-asof', 'placeholder')).toBe('dd/mm/yyyy');
    await page.click('#lang');
    await page.reload();
    await page.waitForSelector('#app:not([hidden])');
    expect(await page.locator('#tab-plan').innerText()).toBe('Kế hoạch');
    await page.context().close();
  });

  it('works in Vietnamese, and switches language, where the page may not use storage', async () => {
    const page = await open('outside', 'modern', () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    expect(await page.locator('#tab-plan').innerText()).toBe('Kế hoạch');
    await page.click('#lang');
    expect(await page.locator('#tab-plan').innerText()).toBe('Plan');
    await page.context().close();
  });

  describe('inside a simulated Office host', () => {
    let page: Page;
    const fake = <T>(fn: (x: FakeExcelHandle) => T): Promise<T> =>
      page.evaluate(`(${fn.toString()})(window.__fakeExcel)`) as Promise<T>;

    beforeAll(async () => {
      // Office in English, as on many offices' computers
      page = await open({ apiVersion: '1.17' });
    });

    afterAll(async () => {
      await page.context().close();
    });

    it('says it runs in Excel, and builds the workbook from pasted text', async () => {
      // in Vietnamese, though Office and the browser are in English
      expect(await page.locator('#mode').innerText()).toBe('Đang chạy trong Excel');
      expect(await page.locator('html').getAttribute('lang')).toBe('vi');
      await page.fill('#plan-text', fs.readFileSync(SAMPLE, 'utf8'));
      expect(await press(page, '#plan-build')).toBe('Xong');
      await shot(page, 'excel-plan');
      expect(await fake((x) => x.sheetNames())).toEqual(
        expect.arrayContaining(['Kế hoạch', 'Theo dõi', 'Tổng quan', 'Báo cáo', '_ThiDua']),
      );
      expect(await fake((x) => x.usedRange('Theo dõi'))).toBe('A1:K411');
      expect(await fake((x) => x.validations('Theo dõi').map((v) => v.type))).toEqual([
        'List',
        'Date',
      ]);
    });

    it('asks before building over a workbook that holds entries', async () => {
      await fake((x) => x.select('Theo dõi', 'A2:K2'));
      await openTab(page, 'mark');
      await page.selectOption('#mark-status', 'doing');
      expect(await press(page, '#mark-apply')).toBe('Xong');
      await openTab(page, 'plan');
      // a question, not a failure: the dialog takes focus (on its safe answer) and is announced
      expect(await pressKey(page, '#plan-build')).toBe('Cần xác nhận');
      const dialog = page.locator('#confirm');
      expect(await dialog.isVisible()).toBe(true);
      expect(await dialog.getAttribute('role')).toBe('alertdialog');
      expect(await page.locator('#confirm-title').innerText()).toBe('Cần xác nhận');
      expect(await page.locator('#confirm-text').innerText()).toContain('mục đã nhập');
      expect(await focusedId(page)).toBe('confirm-no');
      expect(await contrastFailures(page)).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await dialog.isVisible()).toBe(false);
      expect(await page.locator('#status-text').innerText()).toBe('Đã huỷ');
      expect(await focusedId(page)).toBe('plan-build');
      expect(await fake((x) => x.values('Theo dõi', 'H2:H2'))).toEqual([['Đang thực hiện']]);
    });

    it('lists the units and assigns the office to the selected task', async () => {
      await openTab(page, 'units');
      expect(await press(page, '#units-load')).toBe('Xong');
      expect(await page.locator('#units-body tr').count()).toBeGreaterThan(20);
      // named from the start, not only once the language is switched
      expect(await page.locator('#units-body select').first().getAttribute('aria-label')).toBe(
        'Nhóm 1',
      );
      expect(await unnamedControls(page)).toEqual([]);
      await fake((x) => x.select('Theo dõi', 'A2:A2'));
      const before = await fake((x) => x.usedRange('Theo dõi'));
      await page.fill('#assign-targets', 'VP');
      expect(await press(page, '#assign-apply')).toBe('Xong');
      await shot(page, 'excel-units');
      const after = await fake((x) => x.usedRange('Theo dõi'));
      expect(after).not.toBe(before);
      const rows = (await fake((x) => x.values('Theo dõi', 'A2:E500'))) as string[][];
      const units = rows.filter((r) => r[0] === '2014-Q1-01').map((r) => r[4]);
      expect(units).toHaveLength(21);
      expect(units.some((u) => u.startsWith('Văn phòng'))).toBe(true);
    });

    it('marks the selected rows done, with the date and the evidence', async () => {
      await fake((x) => x.select('Theo dõi', 'A3:K5'));
      await openTab(page, 'mark');
      await page.selectOption('#mark-status', 'done');
      expect(await page.getAttribute('#mark-date', 'type')).toBe('text');
      expect(await page.getAttribute('#mark-date', 'placeholder')).toBe('dd/mm/yyyy');
      await page.fill('#mark-date', '20/3/2014');
      await page.fill('#mark-evidence', '- Báo cáo số 12-BC/TĐTN');
      expect(await press(page, '#mark-apply')).toBe('Xong');
      expect(await page.locator('#result-message').innerText()).toContain('3');
      // shown back as the office writes it, not as the en-US browser would
      expect(await page.inputValue('#mark-date')).toBe('20/03/2014');
      await shot(page, 'excel-mark');
      const marked = await fake((x) => x.values('Theo dõi', 'H3:J5'));
      for (const row of marked) {
        expect(row[0]).toBe('Hoàn thành');
        expect(row[1]).toBe(41718); // 20/03/2014
        expect(row[2]).toBe('- Báo cáo số 12-BC/TĐTN');
      }
    });

    it('refuses a date that is not one, naming the field, and writes nothing', async () => {
      await fake((x) => x.select('Theo dõi', 'A6:K6'));
      await openTab(page, 'mark');
      await page.fill('#mark-date', '31/02/2014');
      expect(await press(page, '#mark-apply')).toBe('Không thực hiện được');
      const said =
        'Ngày hoàn thành: "31/02/2014" không phải là ngày; hãy gõ ngày dạng dd/mm/yyyy (ví dụ 30/06/2014).';
      expect(await page.locator('#result-notes').innerText()).toBe(said);
      expect(await page.locator('#mark-date-error').innerText()).toBe(said);
      expect(await page.getAttribute('#mark-date', 'aria-invalid')).toBe('true');
      expect(await fake((x) => x.values('Theo dõi', 'H6:I6'))).toEqual([['Chưa thực hiện', '']]);
      await page.fill('#mark-date', '');
      expect(await page.locator('#mark-date-error').isVisible()).toBe(false);
    });

    it('clears the completion date of the selected rows', async () => {
      await fake((x) => x.select('Theo dõi', 'A3:K3'));
      await openTab(page, 'mark');
      await page.selectOption('#mark-status', 'doing');
      await page.check('#mark-clear-date');
      expect(await page.isDisabled('#mark-date')).toBe(true);
      expect(await press(page, '#mark-apply')).toBe('Xong');
      expect(await fake((x) => x.values('Theo dõi', 'H3:J3'))).toEqual([
        ['Đang thực hiện', '', '- Báo cáo số 12-BC/TĐTN'],
      ]);
      await page.uncheck('#mark-clear-date');
      expect(await page.isDisabled('#mark-date')).toBe(false);
    });

    it('refreshes the report from the pane', async () => {
      await openTab(page, 'report');
      await page.fill('#report-asof', '30/6/2014');
      expect(await press(page, '#report-refresh')).toBe('Xong');
      expect(await page.locator('#result-message').innerText()).toContain('30/06/2014');
      await shot(page, 'excel-report');
      const asOf = await fake((x) => x.values('Báo cáo', 'C4:C4'));
      expect(asOf).toEqual([[41820]]); // 30/06/2014
    });

    it('opens the summary as a new workbook, and still offers the file', async () => {
      await openTab(page, 'report');
      expect(await press(page, '#report-summary')).toBe('Xong');
      expect(await page.locator('#result-notes').innerText()).toBe(
        'Đã mở bảng tổng hợp trong một sổ Excel mới (có thể cần cho phép cửa sổ bật lên).',
      );
      const opened = await fake((x) => x.workbook.createdWorkbooks);
      expect(opened).toHaveLength(1);
      expect(atob(opened[0]!).slice(0, 2)).toBe('PK');
      expect(await page.locator('#downloads a[download="tong-hop-hop-khoi.xlsx"]').count()).toBe(1);
    });
  });

  it('builds again when the confirmation is accepted by keyboard, and focus returns', async () => {
    const page = await open({ apiVersion: '1.17' });
    const fake = <T>(fn: (x: FakeExcelHandle) => T): Promise<T> =>
      page.evaluate(`(${fn.toString()})(window.__fakeExcel)`) as Promise<T>;
    await page.fill('#plan-text', fs.readFileSync(SAMPLE, 'utf8'));
    expect(await pressKey(page, '#plan-build')).toBe('Xong');
    expect(await focusedId(page)).toBe('plan-build');
    await fake((x) => x.select('Theo dõi', 'A2:K2'));
    await openTab(page, 'mark');
    await page.selectOption('#mark-status', 'doing');
    expect(await pressKey(page, '#mark-apply')).toBe('Xong');
    expect(await focusedId(page)).toBe('mark-apply');
    await openTab(page, 'plan');
    expect(await pressKey(page, '#plan-build')).toBe('Cần xác nhận');
    expect(await focusedId(page)).toBe('confirm-no');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedId(page)).toBe('confirm-yes');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#confirm', { state: 'hidden' });
    await page.waitForFunction(() => document.body.getAttribute('aria-busy') === null);
    await page.waitForSelector('#result:not([hidden])');
    expect(await page.locator('#status-text').innerText()).toBe('Xong');
    expect(await focusedId(page)).toBe('plan-build');
    expect(await fake((x) => x.values('Theo dõi', 'H2:H2'))).toEqual([['Chưa thực hiện']]);
    await page.context().close();
  });

  it('shows the report: figures by period and by unit, and bar charts drawn in the page', async () => {
    const page = await open({ apiVersion: '1.17' });
    const fake = <T>(fn: (x: FakeExcelHandle) => T): Promise<T> =>
      page.evaluate(`(${fn.toString()})(window.__fakeExcel)`) as Promise<T>;
    await page.fill('#plan-text', fs.readFileSync(SAMPLE, 'utf8'));
    await page.fill('#plan-asof', '30/06/2014');
    expect(await press(page, '#plan-build')).toBe('Xong');
    // the sample season of the Sheets sidebar's test: ten rows done in March
    await fake((x) => x.select('Theo dõi', 'A2:K11'));
    await openTab(page, 'mark');
    await page.selectOption('#mark-status', 'done');
    await page.fill('#mark-date', '15/3/2014');
    expect(await press(page, '#mark-apply')).toBe('Xong');
    await openTab(page, 'report');
    await page.fill('#report-asof', '30/06/2014');
    expect(await press(page, '#report-show')).toBe('Xong');
    expect(await shownReport(page)).toEqual(SAMPLE_REPORT);
    await shot(page, 'excel-report-view');
    await page.setViewportSize({ width: 320, height: 900 });
    // fits 320 px: nothing of the page wider than the window
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await shot(page, 'excel-report-view-320');
    await page.context().close();
  });

  it("builds the workbook in a webview without ES2019+ built-ins, as Office 2019's EdgeHTML", async () => {
    const page = await open({ apiVersion: '1.7' }, 'edgehtml');
    expect(await page.evaluate(() => typeof ''.matchAll)).toBe('function');
    await page.fill('#plan-text', fs.readFileSync(SAMPLE, 'utf8'));
    expect(await press(page, '#plan-build')).toBe('Xong');
    expect(await page.locator('#result-message').innerText()).toContain('4 kỳ, 30 công việc');
    await page.context().close();
  });

  it('on Office 2019 (ExcelApi 1.7) builds the workbook and says which features were skipped', async () => {
    const page = await open({ apiVersion: '1.7' });
    await page.fill('#plan-text', fs.readFileSync(SAMPLE, 'utf8'));
    expect(await press(page, '#plan-build')).toBe('Xong');
    const notes = await page.locator('#result-notes').innerText();
    expect(notes).toContain('danh sách chọn trạng thái và kiểm tra ngày (cần Excel 2019 trở lên)');
    expect(notes).toContain('nút lọc (cần Excel 2021 trở lên)');
    expect(notes).not.toContain('ExcelApi');
    expect(await contrastFailures(page)).toEqual([]);
    await shot(page, 'excel-2019');
    await page.context().close();
  });
});
