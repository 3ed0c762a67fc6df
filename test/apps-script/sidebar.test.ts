/**
 * The built sidebar in Chromium, with a stand-in for google.script.run that records each call
 * (arguments through JSON, as the real client sends them) and answers from the test: every
 * action sends the right command of the table, with the right input, through the one RPC, and
 * shows its Outcome or its error.
 * Keyboard use: tabs with arrow keys, focus kept after an action, the confirmation focused and
 * cancelled with Escape, a visible focus ring, and an accessible name on every control.
 * The browser's locale is en-US: dates are still typed and shown dd/mm/yyyy, and the sidebar
 * stays in Vietnamese until English is chosen.
 */
import * as fs from 'fs';
import { en } from '../../shared/i18n/en';
import { vi } from '../../shared/i18n/vi';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { createBook } from '../../shared/book/create';
import { splitBook } from '../../shared/book/split';
import { readPlanText } from '../../shared/plan/read-plan-text';
import { CAO_BANG_2014 } from '../../shared/units/cao-bang-2014';
import { writeUnitXlsx } from '../../shared/xlsx/book-io';
import { fixture, zipBomb } from '../helpers/bad-files';
import { buildPlanDocx, samplePlanDescription } from '../helpers/docx-builder';
import { describeWithChromium, launchChromium } from '../helpers/chromium';
import { planWorkbook } from '../helpers/format-fixtures';
import { FIXTURES, outputDir, SAMPLE } from '../helpers/paths';
import ExcelJS from 'exceljs';
import { buildBundle, load, OFFICE, selectRows } from './helpers';
import { connectSidebar } from './page-server';
import { shownReport } from '../helpers/report-view';
import { SAMPLE_REPORT } from '../helpers/sample-report';
import { focusedId, unnamedControls } from '../addin/helpers/a11y';
import { contrastFailures } from '../helpers/contrast';

/**
 * google.script.run as the client library behaves: handlers per call, JSON both ways. The server
 * has one function, rpc({ command, input }): a call is recorded as its command and input, and
 * answered from the test by command.
 */
const STAND_IN = `
window.__calls = [];
window.__answers = window.__preset || {};
function __runner(ok, fail) {
  return new Proxy({}, {
    get: function (_t, name) {
      if (name === 'withSuccessHandler') return function (f) { return __runner(f, fail); };
      if (name === 'withFailureHandler') return function (f) { return __runner(ok, f); };
      if (name !== 'rpc') return undefined;
      return function () {
        var args = JSON.parse(JSON.stringify(Array.prototype.slice.call(arguments)));
        var request = args[0];
        window.__calls.push({ name: request.command, args: [request.input] });
        var queue = window.__answers[request.command] || [];
        var answer = queue.length > 1 ? queue.shift() : queue[0];
        setTimeout(function () {
          if (answer && answer.__fail) { if (fail) fail(new Error(answer.__fail)); }
          else if (ok) ok(answer === undefined ? null : JSON.parse(JSON.stringify(answer)));
        }, 20);
      };
    },
  });
}
window.google = { script: { run: __runner(null, null) } };
`;

const msg = (vi: string, en: string) => ({ vi, en });
/** A command's Outcome as the server answers it. */
const okReply = (vi: string, en: string, data: unknown = null) => ({
  ok: true,
  message: msg(vi, en),
  problems: [],
  notes: [],
  log: [],
  files: [],
  data,
});
const refusal = (more: Record<string, unknown>) => ({
  ok: false,
  problems: [],
  notes: [],
  log: [],
  files: [],
  ...more,
});
/** The core's question before rebuilding over `entries` entries. */
const replaceQuestion = (entries: number) => ({
  question: {
    vi: vi.ui.confirmReplace({ entries }),
    en: en.ui.confirmReplace({ entries }),
  },
  yes: { vi: vi.ui.buildAgain, en: en.ui.buildAgain },
  consent: 'replace',
});
const CONTEXT = {
  ok: true,
  problems: [],
  notes: [],
  log: [],
  files: [],
  data: { who: 'office', units: [], email: 'vanphong@gmail.com', hasBook: true },
};

describeWithChromium('the sidebar in Chromium', () => {
  let browser: Browser;
  let server: http.Server;
  let url: string;
  let page: Page;
  let built: ReturnType<typeof buildBundle>;
  const shots = outputDir('screenshots/apps-script');
  const files = outputDir('apps-script-sidebar');

  beforeAll(async () => {
    built = buildBundle();
    const html = built.html.replace('<head>', `<head><script>${STAND_IN}</script>`);
    server = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      // /real: the page as built, for a google.script.run that reaches the built server
      res.end(req.url === '/real' ? built.html : html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 300, height: 900 }, locale: 'en-US' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Answers the sidebar needs as it starts, before any of its script runs.
    await page.addInitScript((ctx) => {
      (window as unknown as { __preset: unknown }).__preset = { context: [ctx] };
    }, CONTEXT);
    await page.goto(url);
    expect(errors).toEqual([]);
  });

  afterEach(async () => {
    await page.close();
  });

  const answer = (name: string, ...replies: unknown[]) =>
    page.evaluate(
      ([n, r]) => {
        (window as unknown as { __answers: Record<string, unknown[]> }).__answers[n as string] =
          r as unknown[];
      },
      [name, replies] as const,
    );
  const calls = () =>
    page.evaluate(
      () => (window as unknown as { __calls: { name: string; args: unknown[] }[] }).__calls,
    );
  const lastCall = async (name: string) => (await calls()).filter((c) => c.name === name).at(-1);
  const resultText = async () => {
    await page.waitForSelector('#result:not([hidden])');
    await page.waitForSelector('#status[hidden]', { state: 'attached' });
    return page.locator('#result').innerText();
  };
  const shot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`) });

  it('opens in Vietnamese, says who is signed in, and switches to English', async () => {
    await page.waitForFunction(() => document.getElementById('who')!.textContent !== '');
    expect(await page.locator('#build').innerText()).toBe('Tạo sổ theo dõi');
    expect(await page.locator('#who').innerText()).toMatch(/vanphong@gmail.com · Văn phòng/);
    await shot('sidebar-vi');
    await page.click('#lang');
    expect(await page.locator('#build').innerText()).toBe('Build the workbook');
    expect(await page.locator('#who').innerText()).toMatch(/Office \(full rights\)/);
  });

  it('builds from pasted text: the plan read in the browser goes in the build command', async () => {
    await answer('build', okReply('Đã tạo sổ: 4 kỳ, 30 công việc', 'Built: 4 periods, 30 tasks'));
    await page.fill('#plan-text', fs.readFileSync(SAMPLE, 'utf8'));
    await page.fill('#plan-asof', '2014-07-15');
    await page.click('#build');
    expect(await resultText()).toContain('Đã tạo sổ: 4 kỳ, 30 công việc');
    const call = await lastCall('build');
    const [{ plan, ...opts }] = call!.args as [{ plan: { periods: { tasks: unknown[] }[] } }];
    expect(plan.periods.map((p) => p.tasks.length)).toEqual([10, 9, 5, 6]);
    expect(opts).toEqual({ asOf: '2014-07-15', replace: false });
    await shot('build-done');
  });

  it('builds from an uploaded .docx, read with mammoth in the sidebar', async () => {
    const docx = path.join(files, 'ke-hoach.docx');
    fs.writeFileSync(docx, await buildPlanDocx(samplePlanDescription()));
    await answer('build', okReply('Đã tạo sổ', 'Built'));
    await page.setInputFiles('#plan-file', docx);
    await page.click('#build');
    await resultText();
    const [{ plan }] = (await lastCall('build'))!.args as [{ plan: { periods: unknown[] } }];
    expect(plan.periods.length).toBe(4);
  });

  it('builds from an uploaded .xlsx or .csv table, read in the sidebar', async () => {
    const xlsx = path.join(files, 'ke-hoach-gop-o.xlsx');
    fs.writeFileSync(xlsx, await planWorkbook());
    await answer('build', okReply('Đã tạo sổ', 'Built'));
    for (const file of [xlsx, path.join(FIXTURES, 'formats/ke-hoach-2024.csv')]) {
      await page.setInputFiles('#plan-file', file);
      await page.click('#build');
      await resultText();
      const [{ plan }] = (await lastCall('build'))!.args as [
        { plan: { periods: { key: string; tasks: { owners: string[] }[] }[] } },
      ];
      expect(plan.periods.map((p) => p.key)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3']);
      expect(plan.periods[0]!.tasks[0]!.owners).toEqual(['Văn phòng Tỉnh Đoàn']);
    }
  });

  it('builds from the selected range on the server, with the pane’s words, asking before replacing', async () => {
    expect(await page.locator('#build-selection').innerText()).toBe('Đọc từ vùng đang chọn');
    expect(await page.locator('#tab-plan').innerText()).toContain(
      'Hoặc dán bảng kế hoạch (Stt, Nội dung công việc, Chỉ đạo thực hiện, Ghi chú) vào một trang tính, chọn bảng, rồi bấm:',
    );
    const exists = refusal({
      problems: [
        { code: 'bookExists', severity: 'error', vi: 'Sổ đã có 3 mục.', en: 'Has 3 entries.' },
      ],
      // the question is the core's, as for a plan file
      confirm: replaceQuestion(3),
    });
    await answer(
      'buildFromSelection',
      exists,
      okReply('Đã tạo sổ: 3 kỳ, 6 công việc', 'Built: 3 periods, 6 tasks'),
    );
    await page.fill('#plan-asof', '2024-07-01');
    await page.click('#build-selection');
    await page.waitForSelector('#confirm:not([hidden])');
    await page.click('#confirm-yes');
    expect(await resultText()).toContain('Đã tạo sổ: 3 kỳ, 6 công việc');
    const builds = (await calls()).filter((c) => c.name === 'buildFromSelection');
    expect(builds.map((c) => c.args)).toEqual([
      [{ asOf: '2024-07-01', replace: false }],
      [{ asOf: '2024-07-01', replace: true }],
    ]);
    expect(await lastCall('build')).toBeUndefined();
    await page.click('#lang');
    expect(await page.locator('#build-selection').innerText()).toBe('Read the selected range');
  });

  it('asks before replacing a book with entries, then builds with replace', async () => {
    const exists = refusal({
      problems: [
        {
          code: 'bookExists',
          severity: 'error',
          vi: 'Sổ đã có 12 mục đã nhập.',
          en: 'The workbook holds 12 entries.',
        },
      ],
      // the question is the core's (ui.confirmReplace), the same as the Excel pane's
      confirm: replaceQuestion(12),
    });
    await answer('build', exists, okReply('Đã tạo lại sổ', 'Rebuilt'));
    await page.fill('#plan-text', fs.readFileSync(SAMPLE, 'utf8'));
    await page.click('#build');
    await page.waitForSelector('#confirm:not([hidden])');
    expect(await page.locator('#confirm-text').innerText()).toBe(
      'Sổ hiện có 12 mục đã nhập. Tạo lại sẽ xoá các mục này. Tiếp tục?',
    );
    await shot('confirm-replace');
    expect(await page.locator('#confirm').getAttribute('role')).toBe('alertdialog');
    expect(await focusedId(page)).toBe('confirm-no');
    await page.click('#confirm-yes');
    expect(await resultText()).toContain('Đã tạo lại sổ');
    const builds = (await calls()).filter((c) => c.name === 'build');
    // agreeing sends the same command with the consent the outcome named
    expect(builds.map((c) => (c.args[0] as { replace: boolean }).replace)).toEqual([false, true]);
  });

  it('cancels the confirmation with Escape, and focus returns to the button', async () => {
    await answer(
      'build',
      refusal({
        problems: [
          { code: 'bookExists', severity: 'error', vi: 'Sổ đã có mục.', en: 'Has entries.' },
        ],
        confirm: replaceQuestion(1),
      }),
    );
    await page.fill('#plan-text', fs.readFileSync(SAMPLE, 'utf8'));
    await page.focus('#build');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#confirm:not([hidden])');
    expect(await focusedId(page)).toBe('confirm-no');
    expect(await page.locator('#confirm-title').innerText()).toBe('Cần xác nhận');
    await page.keyboard.press('Escape');
    await resultText();
    expect(await page.locator('#confirm').isHidden()).toBe(true);
    expect((await calls()).filter((c) => c.name === 'build')).toHaveLength(1);
    expect(await focusedId(page)).toBe('build');
  });

  it('keeps keyboard focus on the button pressed with the keyboard', async () => {
    await answer('refresh', okReply('Đã làm mới báo cáo', 'Report refreshed'));
    await page.click('[data-tab="report"]');
    await page.focus('#refresh');
    await page.keyboard.press('Enter');
    expect(await resultText()).toContain('Đã làm mới báo cáo');
    expect(await focusedId(page)).toBe('refresh');
  });

  it('has tabs with their selected state, moved between with the arrow keys', async () => {
    const tabs = page.locator('.tabs [role="tab"]');
    expect(await page.locator('.tabs').getAttribute('role')).toBe('tablist');
    expect(await page.locator('.tabs').getAttribute('aria-label')).toBe('Công việc');
    expect(await tabs.count()).toBe(6);
    const selected = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[role="tab"][aria-selected="true"]')].map((t) => t.id),
      );
    expect(await selected()).toEqual(['tab-plan-tab']);
    expect(await page.locator('#tab-plan').getAttribute('role')).toBe('tabpanel');
    await page.focus('#tab-plan-tab');
    await page.keyboard.press('ArrowRight');
    expect(await focusedId(page)).toBe('tab-units-tab');
    expect(await selected()).toEqual(['tab-units-tab']);
    expect(await page.locator('#tab-units').isVisible()).toBe(true);
    expect(await page.locator('#tab-plan').isHidden()).toBe(true);
    await page.keyboard.press('End');
    expect(await selected()).toEqual(['tab-update-tab']);
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toEqual(['tab-plan-tab']);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedId(page)).toBe('tab-update-tab');
    // one tab stop for the whole list: Tab leaves it for the panel
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('tab-update');
  });

  it('names every control and shows a focus ring on the one focused by keyboard', async () => {
    expect(await unnamedControls(page)).toEqual([]);
    await page.click('[data-tab="mark"]');
    await page.focus('#mark-date');
    const ring = async () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.activeElement as Element);
        return `${document.activeElement?.id} ${s.outlineStyle} ${s.outlineWidth}`;
      });
    expect(await ring()).toBe('mark-date solid 2px');
    await page.focus('#mark-evidence');
    await page.keyboard.press('Shift+Tab');
    expect(await ring()).toBe('mark-clear-date solid 2px');
    await page.focus('#mark-note');
    await page.keyboard.press('Tab');
    expect(await ring()).toBe('mark-apply solid 2px');
  });

  it('meets WCAG AA contrast with every text: at rest, busy, after a success, a refusal and a question', async () => {
    expect(await contrastFailures(page)).toEqual([]);
    const warning = {
      code: 'unknownUnit',
      severity: 'warning',
      vi: 'Dòng 7: không rõ đơn vị "Huyện X"',
      en: 'Line 7: unknown unit "Huyện X"',
    };
    await answer(
      'build',
      {
        ...okReply('Đã tạo sổ', 'Built'),
        notes: [msg('Đã tạo 4 trang', '4 sheets made')],
        problems: [warning],
      },
      refusal({ confirm: replaceQuestion(2) }),
    );
    await answer(
      'mark',
      refusal({
        problems: [
          {
            code: 'otherUnitRows',
            severity: 'error',
            vi: 'Các hàng đang chọn có hàng của đơn vị khác',
            en: 'Rows of other units',
          },
          { ...warning, severity: 'error' },
          warning,
        ],
      }),
    );
    await page.fill('#plan-text', fs.readFileSync(SAMPLE, 'utf8'));
    // the answer waits while the clock stands still: the progress line is on screen
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.click('#build');
    await page.waitForSelector('#status:not([hidden])');
    expect(await contrastFailures(page)).toEqual([]);
    await page.clock.resume();
    expect(await resultText()).toContain('Đã tạo sổ');
    expect(await page.locator('#result li.note').count()).toBe(1);
    expect(await page.locator('#result li.warning').count()).toBe(1);
    expect(await contrastFailures(page)).toEqual([]);
    await page.click('[data-tab="mark"]');
    await page.selectOption('#mark-status', 'done');
    await page.click('#mark-apply');
    expect(await resultText()).toContain('hàng của đơn vị khác');
    expect(await page.locator('#result li.error').count()).toBe(2);
    expect(await page.locator('#result li.warning').count()).toBe(1);
    expect(await contrastFailures(page)).toEqual([]);
    await page.click('[data-tab="plan"]');
    await page.click('#build');
    await page.waitForSelector('#confirm:not([hidden])');
    expect(await contrastFailures(page)).toEqual([]);
  });

  it('shows the plan reader’s problems without calling the server', async () => {
    await page.fill('#plan-text', '   ');
    await page.click('#build');
    expect(await resultText()).toMatch(/Lỗi/);
    expect(await lastCall('build')).toBeUndefined();
  });

  it('marks the selected rows with the fields filled in, and shows a refusal', async () => {
    await answer(
      'mark',
      refusal({
        problems: [
          {
            code: 'otherUnitRows',
            severity: 'error',
            vi: 'Các hàng đang chọn có hàng của đơn vị khác',
            en: 'Rows of other units',
          },
        ],
      }),
    );
    await page.click('[data-tab="mark"]');
    await page.selectOption('#mark-status', 'done');
    expect(await page.getAttribute('#mark-date', 'type')).toBe('text');
    expect(await page.getAttribute('#mark-date', 'placeholder')).toBe('dd/mm/yyyy');
    await page.fill('#mark-date', '20/3/2014');
    await page.fill('#mark-evidence', 'Báo cáo 12-BC/HĐ');
    await page.click('#mark-apply');
    expect(await resultText()).toContain('hàng của đơn vị khác');
    expect((await lastCall('mark'))!.args).toEqual([
      { status: 'done', doneDate: '2014-03-20', evidence: 'Báo cáo 12-BC/HĐ' },
    ]);
    expect(await page.inputValue('#mark-date')).toBe('20/03/2014');
    await shot('mark-refused');
  });

  it('refuses a date that is not one, naming the field, without calling the server', async () => {
    await page.click('[data-tab="mark"]');
    await page.fill('#mark-date', '20/13/2014');
    await page.click('#mark-apply');
    const said =
      'Ngày hoàn thành: "20/13/2014" không phải là ngày; hãy gõ ngày dạng dd/mm/yyyy (ví dụ 30/06/2014).';
    expect(await resultText()).toContain(said);
    expect(await page.locator('#mark-date-error').innerText()).toBe(said);
    expect(await page.getAttribute('#mark-date', 'aria-invalid')).toBe('true');
    expect(await lastCall('mark')).toBeUndefined();
    await page.click('#lang');
    expect(await page.locator('#mark-date-error').innerText()).toBe(
      'Completion date: "20/13/2014" is not a date; type it as dd/mm/yyyy (for example 30/06/2014).',
    );
  });

  it('clears the completion date of the selected rows', async () => {
    await answer('mark', okReply('Đã cập nhật 1 hàng', 'Marked 1 row', { rows: 1 }));
    await page.click('[data-tab="mark"]');
    await page.fill('#mark-date', '20/03/2014');
    await page.check('#mark-clear-date');
    expect(await page.isDisabled('#mark-date')).toBe(true);
    expect(await page.inputValue('#mark-date')).toBe('');
    await page.click('#mark-apply');
    expect(await resultText()).toContain('Đã cập nhật 1 hàng');
    expect((await lastCall('mark'))!.args).toEqual([{ doneDate: null }]);
  });

  it('stays in Vietnamese in an English browser, and remembers a choice of English', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.click('#lang');
    expect(await page.locator('#build').innerText()).toBe('Build the workbook');
    await page.reload();
    expect(await page.locator('#build').innerText()).toBe('Build the workbook');
    await page.click('#lang');
    await page.reload();
    expect(await page.locator('#build').innerText()).toBe('Tạo sổ theo dõi');
  });

  it('works, and switches language, where the frame may not use storage', async () => {
    const blocked = await browser.newPage({ locale: 'en-US' });
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const errors: string[] = [];
    blocked.on('pageerror', (e) => errors.push(e.message));
    await blocked.goto(url);
    expect(await blocked.locator('#build').innerText()).toBe('Tạo sổ theo dõi');
    await blocked.click('#lang');
    expect(await blocked.locator('#build').innerText()).toBe('Build the workbook');
    expect(errors).toEqual([]);
    await blocked.close();
  });

  it('merges returned .xlsx files read with exceljs in the sidebar', async () => {
    const read = readPlanText(fs.readFileSync(SAMPLE, 'utf8'));
    if (!read.ok) throw new Error('plan');
    const { book } = createBook(read.value, {
      units: [...CAO_BANG_2014],
      mappings: [],
      asOf: '2014-07-15',
      now: '2014-07-15T03:00:00.000Z',
    });
    const parts = splitBook(book, '2014-07-15T03:00:00.000Z').slice(0, 2);
    const paths: string[] = [];
    for (const p of parts) {
      const bytes = await writeUnitXlsx(p);
      if (!bytes.ok) throw new Error('unit');
      const file = path.join(files, `${p.meta.unitCode}.xlsx`);
      fs.writeFileSync(file, bytes.value);
      paths.push(file);
    }
    await answer('merge', {
      ...okReply('Đã gộp 2 tệp', 'Merged 2 files', { merged: [], refused: [] }),
      log: [
        {
          at: '',
          source: 'x',
          unitCode: 'TPCB',
          taskId: '2014-Q1-01',
          field: 'Trạng thái',
          old: '',
          new: 'Hoàn thành',
          outcome: 'applied',
        },
      ],
    });
    await page.click('[data-tab="merge"]');
    await page.setInputFiles('#merge-files', paths);
    await page.click('#merge-apply');
    expect(await resultText()).toContain('Đã gộp 2 tệp');
    const call = (await lastCall('merge'))!;
    const sent = (
      call.args[0] as {
        returned: { file: string; book: { meta: { unitCode: string } }; rows: unknown[] }[];
      }
    ).returned;
    expect(sent.map((r) => r.file)).toEqual(parts.map((p) => `${p.meta.unitCode}.xlsx`));
    expect(sent.map((r) => r.book.meta.unitCode)).toEqual(parts.map((p) => p.meta.unitCode));
    expect(sent[0]!.rows.length).toBeGreaterThan(0);
    // Only what merging reads crosses google.script.run: not the plan's text again.
    const sentPlan = (sent[0]!.book as unknown as { plan: { periods: { tasks: unknown[] }[] } })
      .plan;
    expect(sentPlan.periods.length).toBeGreaterThan(0);
    expect(sentPlan.periods.every((p) => p.tasks.length === 0)).toBe(true);
    expect(JSON.stringify(call.args).length).toBeLessThan(1_000_000);
    expect(await page.locator('#merge-log').innerText()).toContain('2014-Q1-01');
    await shot('merge-done');
  });

  it('refuses bad returned files in the browser, by name, and sends only the good one', async () => {
    const read = readPlanText(fs.readFileSync(SAMPLE, 'utf8'));
    if (!read.ok) throw new Error('plan');
    const { book } = createBook(read.value, {
      units: [...CAO_BANG_2014],
      mappings: [],
      asOf: '2014-07-15',
      now: '2014-07-15T03:00:00.000Z',
    });
    const good = await writeUnitXlsx(splitBook(book, '2014-07-15T03:00:00.000Z')[0]!);
    if (!good.ok) throw new Error('unit');
    const put = (name: string, bytes: Uint8Array): string => {
      const file = path.join(files, name);
      fs.writeFileSync(file, bytes);
      return file;
    };
    const paths = [
      put('btv.xls', fixture('btv.xls')),
      put('btv-mat-khau.xlsx', fixture('btv-mat-khau.xlsx')),
      put('bom.xlsx', await zipBomb(300)),
      put('tot.xlsx', good.value),
    ];
    await answer('merge', okReply('Đã gộp 1 tệp', 'Merged 1 file', { merged: [], refused: [] }));
    await page.click('[data-tab="merge"]');
    await page.setInputFiles('#merge-files', paths);
    await page.click('#merge-apply');
    const shown = await resultText();
    expect(shown).toContain(
      'Lỗi (tệp btv.xls): Đây là tệp Excel cũ (.xls, Excel 97–2003). Hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx (Tệp → Lưu thành → Sổ làm việc Excel (*.xlsx)), rồi dùng tệp .xlsx đó.',
    );
    expect(shown).toContain(
      'Lỗi (tệp btv-mat-khau.xlsx): Tệp được đặt mật khẩu (mã hoá) nên không đọc được.',
    );
    expect(shown).toMatch(/Lỗi \(tệp bom\.xlsx\): Một phần của tệp được nén tới 1\.\d{3}:1/);
    const sent = (await lastCall('merge'))!.args[0] as {
      returned: { file: string }[];
      refused: number;
    };
    expect(sent.returned.map((r) => r.file)).toEqual(['tot.xlsx']);
    // the three it could not read are counted in the merge's message
    expect(sent.refused).toBe(3);
    await shot('merge-bad-files');
  }, 60_000);

  it('refreshes the report as of a date, and applies an amended plan', async () => {
    await answer('refresh', okReply('Đã làm mới báo cáo', 'Report refreshed'));
    await page.click('[data-tab="report"]');
    await page.fill('#report-asof', '30/9/2014');
    await page.click('#refresh');
    expect(await resultText()).toContain('Đã làm mới báo cáo');
    expect((await lastCall('refresh'))!.args).toEqual([{ asOf: '2014-09-30' }]);

    await answer('amend', okReply('Đã áp dụng phiên bản 2', 'Applied version 2'));
    await page.click('[data-tab="update"]');
    await page.fill('#update-text', fs.readFileSync(SAMPLE, 'utf8'));
    await page.click('#update-apply');
    expect(await resultText()).toContain('phiên bản 2');
    const [{ plan, force }] = (await lastCall('amend'))!.args as [
      { plan: { periods: unknown[] }; force: boolean },
    ];
    expect(plan.periods.length).toBe(4);
    expect(force).toBe(false);
  });

  it('sets permissions, saves the unit list, maps phrases and assigns units', async () => {
    await page.click('[data-tab="units"]');
    await answer('protect', okReply('Đã phân quyền cho 22 đơn vị', 'Set for 22'));
    await page.click('#protect');
    expect(await resultText()).toContain('22 đơn vị');
    expect(await lastCall('protect')).toEqual({ name: 'protect', args: [{}] });

    await answer('saveUnits', okReply('Đã lưu 24 đơn vị', 'Saved 24 units'));
    await page.click('#units-save');
    expect(await resultText()).toContain('24 đơn vị');
    expect((await lastCall('saveUnits'))!.args).toEqual([{}]);

    await answer(
      'unresolved',
      okReply('1 cụm từ', '1 phrase', {
        phrases: [{ phrase: 'Ban Tổ chức', tasks: ['2014-Q2-03'] }],
        units: [],
      }),
    );
    await page.click('#unresolved-load');
    await page.waitForSelector('#unresolved input');
    expect(await page.locator('#unresolved input').getAttribute('id')).toBe('phrase-0');
    expect(await page.locator('label[for="phrase-0"]').innerText()).toContain('Ban Tổ chức');
    expect(await unnamedControls(page)).toEqual([]);
    await page.fill('#unresolved input', 'TCKT');
    await answer('saveMappings', okReply('Đã áp dụng', 'Applied'));
    await page.click('#mappings-apply');
    await resultText();
    expect((await lastCall('saveMappings'))!.args).toEqual([
      { mappings: [{ phrase: 'Ban Tổ chức', targets: ['TCKT'] }] },
    ]);

    await answer('assign', okReply('Thêm 1 hàng', 'Added 1 row', { tasks: ['2014-Q1-01'] }));
    await page.fill('#assign-targets', 'VP, TPCB');
    await page.click('#assign');
    await resultText();
    expect((await lastCall('assign'))!.args).toEqual([{ targets: ['VP', 'TPCB'] }]);
    await shot('units');
  });

  it('shows the report the server computed on the sample season, with the summary beside it', async () => {
    // the server's answers, from the built bundle on the SpreadsheetApp fake: the pane's season
    const { fake, bundle } = load(built);
    const plan = readPlanText(fs.readFileSync(SAMPLE, 'utf8'));
    if (!plan.ok) throw new Error('sample plan');
    const call = (command: string, input: unknown) =>
      bundle.callFromClient('rpc', JSON.parse(JSON.stringify({ command, input }))) as {
        ok: boolean;
      };
    expect(call('build', { plan: plan.value, asOf: '2014-06-30' }).ok).toBe(true);
    selectRows(fake, 'Theo dõi', 2, 11);
    expect(call('mark', { status: 'done', doneDate: '2014-03-15' }).ok).toBe(true);
    await answer('report', call('report', { asOf: '2014-06-30' }));
    await answer('summary', call('summary', { asOf: '2014-06-30' }));

    await page.click('[data-tab="report"]');
    await page.fill('#report-asof', '30/6/2014');
    await page.click('#report-show');
    expect(await resultText()).toContain('Báo cáo tính đến ngày 30/06/2014');
    expect((await lastCall('report'))!.args).toEqual([{ asOf: '2014-06-30' }]);
    // the same figures and charts as the Excel pane shows for this season
    expect(await shownReport(page)).toEqual(SAMPLE_REPORT);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );
    await shot('report-view');

    await page.click('#report-summary');
    await resultText();
    const link = page.locator('#report-file-link');
    expect(await link.getAttribute('download')).toBe('tong-hop-hop-khoi.xlsx');
    const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.load(fs.readFileSync(await file.path()) as unknown as ArrayBuffer);
    expect(summary.worksheets.length).toBeGreaterThan(0);
    expect(await shownReport(page)).toEqual(SAMPLE_REPORT);
    await page.click('#lang');
    expect((await shownReport(page)).tables[0]!.rows[5]).toBe(
      'Whole year | 30 | 410 | 10 | 153 | 0 | 2.4%',
    );
  });

  it('groups many problems of one kind into one line and a list of where', async () => {
    const badDate = (row: number) => ({
      code: 'badDate',
      severity: 'warning',
      vi: 'Ngày "x" không hợp lệ (cần dạng dd/mm/yyyy); giữ nguyên giá trị cũ.',
      en: 'The date "x" is not valid (expected dd/mm/yyyy); the old value is kept.',
      at: { sheet: 'Theo dõi', cell: `I${row}` },
    });
    await answer('build', {
      ...okReply('Đã tạo sổ', 'Built', { rows: 410 }),
      problems: [2, 3, 4, 5, 6].map(badDate),
    });
    await page.fill('#plan-text', fs.readFileSync(SAMPLE, 'utf8'));
    await page.click('#build');
    await resultText();
    const lines = await page.locator('#result li.warning').allInnerTexts();
    expect(lines).toHaveLength(1);
    const [first, more] = (lines[0] as string).split('\n');
    expect(first).toContain('I2');
    expect(more).toMatch(/^… và 4 chỗ khác cùng loại: .*I3.*I6/);
  });

  it('reports a failed call (an exception on the server) in the sidebar', async () => {
    await answer('selectMine', { __fail: 'Exception: Service Spreadsheets timed out' });
    await page.click('[data-tab="mark"]');
    await page.click('#my-rows');
    expect(await resultText()).toContain('Không thực hiện được: Exception: Service Spreadsheets');
    await shot('server-failure');
  });

  it('runs on the built server on the SpreadsheetApp fake: builds, marks the selected rows, shows the report', async () => {
    const { fake, bundle } = load(built);
    const real = await browser.newPage({ viewport: { width: 300, height: 900 }, locale: 'en-US' });
    const errors: string[] = [];
    real.on('pageerror', (e) => errors.push(e.message));
    await connectSidebar(real, bundle);
    await real.goto(`${url}real`);
    const result = async () => {
      await real.waitForSelector('#result:not([hidden])');
      await real.waitForSelector('#status[hidden]', { state: 'attached' });
      return real.locator('#result').innerText();
    };
    await real.waitForFunction(() => document.getElementById('who')!.textContent !== '');
    expect(await real.locator('#who').innerText()).toBe(
      `Đăng nhập: ${OFFICE} · Văn phòng (toàn quyền)`,
    );

    await real.fill('#plan-text', fs.readFileSync(SAMPLE, 'utf8'));
    await real.fill('#plan-asof', '15/07/2014');
    await real.click('#build');
    expect(await result()).toContain('Đã tạo sổ');
    expect(fake.sheetNames()).toContain('Theo dõi');
    expect(fake.sheet('Theo dõi').values()).toHaveLength(411);

    selectRows(fake, 'Theo dõi', 2, 4);
    await real.click('[data-tab="mark"]');
    await real.selectOption('#mark-status', 'done');
    await real.fill('#mark-date', '20/03/2014');
    await real.click('#mark-apply');
    expect(await result()).toContain('Đã cập nhật 3 hàng.');
    expect(fake.sheet('Theo dõi').values('H2:I4')).toEqual([
      ['Hoàn thành', 41718],
      ['Hoàn thành', 41718],
      ['Hoàn thành', 41718],
    ]);

    await real.click('[data-tab="report"]');
    await real.fill('#report-asof', '15/07/2014');
    await real.click('#report-show');
    expect(await result()).toContain('Báo cáo tính đến ngày 15/07/2014');
    await real.screenshot({ path: path.join(shots, 'on-the-fake-server.png') });
    expect(errors).toEqual([]);
    expect(fake.state.writesWithoutLock).toBe(0);
    await real.close();
  });
});
