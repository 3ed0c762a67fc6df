/**
 * The report job's "Tải báo cáo (.docx)" in the one UI, on a host in the page (as the Sheets
 * server answers, and in browser mode): the command offers the document as a description, the
 * page writes it with the docx library it loads then, and the download is a real .docx.
 */
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeWithChromium, launchChromium } from '../helpers/chromium';
import { ROOT } from '../helpers/paths';
import { buildTestPage, memoryAdapter, routeTestPage, type TestPage } from './memory-host';
import { runScenario } from './run-scenarios';
import type { Scenario, Step } from './scenario';

jest.setTimeout(180_000);

const SHOTS = path.join(ROOT, 'test-output', 'ui-report-doc');

const office = (s: Omit<Step, 'who'>): Step => ({ who: 'office', ...s });

const UP_TO_THE_REPORT: Scenario = {
  name: 'the report document drafted',
  steps: [
    office({ do: { click: 'Tạo sổ từ kế hoạch' } }),
    office({ do: { fill: 'Dán nội dung kế hoạch', fixture: 'samplePlan' } }),
    office({ do: { click: 'Tạo sổ theo dõi' } }),
    office({ do: { click: '← Các việc' } }),
    office({ do: { click: 'Báo cáo' } }),
    office({ do: { fill: 'Ngày báo cáo', text: '30/06/2014' } }),
    office({
      do: { click: 'Tải báo cáo (.docx)' },
      see: [
        'Đã soạn báo cáo (.docx) tính đến ngày 30/06/2014: văn phòng viết thêm phần tồn tại, hạn chế và phương hướng.',
        'Tải về bao-cao-thi-dua-2014-06-30.docx',
      ],
    }),
  ],
};

describeWithChromium('the report document in the one UI', () => {
  let browser: Browser;
  let built: TestPage;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [browser, built] = await Promise.all([launchChromium(), buildTestPage()]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 420, height: 800 },
      acceptDownloads: true,
    });
    await routeTestPage(context, built);
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  for (const kind of ['sheets', 'file'] as const) {
    it(`${kind}: offers the report as a .docx the page wrote`, async () => {
      await runScenario(page, memoryAdapter(kind), UP_TO_THE_REPORT, {
        shots: SHOTS,
        prefix: kind,
      });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Tải về bao-cao-thi-dua-2014-06-30.docx' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('bao-cao-thi-dua-2014-06-30.docx');
      const bytes = new Uint8Array(fs.readFileSync(await download.path()));
      expect(new TextDecoder().decode(bytes.subarray(0, 2))).toBe('PK');
      const parts = unzipSync(bytes);
      expect(Object.keys(parts)).toContain('word/document.xml');
      const xml = new TextDecoder().decode(parts['word/document.xml']);
      expect(xml).toContain('6 tháng đầu năm 2014');
      expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    });
  }
});
