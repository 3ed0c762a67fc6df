/**
 * The scenario table on the hosts as delivered: the built Excel pane in Chromium inside Office
 * (office.js replaced by the strict Excel fake), the same pane outside Office in browser mode
 * (Microsoft's own office.js, served locally), and the built Sheets sidebar whose one RPC reaches
 * the built server on the SpreadsheetApp fake. The same steps pass on each; a scenario that cannot
 * apply to a host says why in the table. A screenshot of each under test-output/ui-hosts/. The
 * browser's locale is en-US; the hosts' clocks are set to 15/07/2014, as in the table.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  createAppsScriptFake,
  loadAppsScriptBundle,
  type AppsScriptFake,
  type LoadedBundle,
} from '../fakes/apps-script';
import { buildAddin, buildOfficeStandIn } from '../addin/helpers/build';
import {
  OFFICE_JS_CDN,
  OFFICE_JS_DIST,
  OFFICE_JS_MOUNT,
  routeOfficeJs,
} from '../addin/helpers/office-js';
import { serve, type Served } from '../addin/helpers/serve';
import { buildBundle, OFFICE, type Built } from '../apps-script/helpers';
import { connectSidebar, type SidebarLine } from '../apps-script/page-server';
import { describeWithChromium, launchChromium } from '../helpers/chromium';
import { ROOT } from '../helpers/paths';
import { unnamedControls } from '../addin/helpers/a11y';
import { contrastFailures } from '../helpers/contrast';
import { closeWarnings } from './close-warning';
import { idle, runScenario, skipReason } from './run-scenarios';
import { DISTRICT, type HostAdapter, type Scenario } from './scenario';
import { SCENARIOS } from './scenarios';

jest.setTimeout(300_000);

const SHOTS = path.join(ROOT, 'test-output', 'ui-hosts');
const DIST = path.join(ROOT, 'test-output', 'ui-hosts-pane');
/** The table's day: 15/07/2014, 10:00 in Việt Nam. */
const NOW = Date.UTC(2014, 6, 15, 3);
const SIDEBAR_URL = 'http://sheets.test/sidebar.html';

interface FakeExcelInPage {
  workbook: {
    createdWorkbooks: string[];
    addSheet(name: string): unknown;
    setValues(sheet: string, address: string, values: unknown[][]): void;
  };
  select(sheet: string, address: string): void;
  sheetNames(): string[];
  values(sheet: string, address: string): unknown[][];
  usedRange(sheet: string): string | null;
}

const col = (n: number): string =>
  n < 26 ? String.fromCharCode(65 + n) : col(Math.floor(n / 26) - 1) + col(n % 26);

/** The rows as one block, as a user drags over them: the table selects rows that follow. */
function block(rows: readonly number[]): { first: number; last: number } {
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  if (last - first + 1 !== rows.length) throw new Error(`rows ${rows.join(',')} are not one block`);
  return { first: first + 1, last: last + 1 };
}

/** Office 2019's EdgeHTML webview (Edge 18): the built-ins of ES2019 and later are not there. */
const EDGE_HTML = `(() => {
  const gone = [[Array.prototype, 'flatMap'], [Array.prototype, 'flat'], [Array.prototype, 'at'],
    [Array.prototype, 'findLast'], [String.prototype, 'matchAll'], [String.prototype, 'trimStart'],
    [String.prototype, 'trimEnd'], [String.prototype, 'at'], [String.prototype, 'replaceAll'],
    [Object, 'fromEntries'], [Object, 'hasOwn']];
  for (const [owner, name] of gone) delete owner[name];
})();`;

async function paneReady(page: Page): Promise<void> {
  await page.waitForSelector('#app:not([hidden])');
  await idle(page);
}

/** The pane inside Excel (the Excel fake as office.js) or outside Office (browser mode). */
function paneAdapter(
  kind: 'excel' | 'file',
  server: () => Served,
  standIn: () => string,
  webview: 'modern' | 'edgehtml' = 'modern',
): HostAdapter {
  return {
    kind,
    async start(page, who, setup) {
      if (who !== 'office') throw new Error(`the pane is the office's: no ${who} here`);
      await page.clock.setFixedTime(NOW);
      if (webview === 'edgehtml') await page.addInitScript(EDGE_HTML);
      if (kind === 'file') await routeOfficeJs(page, server().url);
      else {
        // an older Excel: the fake answers isSetSupported and has the API of that set only
        const config = `window.__fakeExcelConfig = ${JSON.stringify({ apiVersion: setup?.excelApi ?? '1.17' })};\n`;
        await page.route(`${OFFICE_JS_CDN}**`, (route) =>
          route.fulfill({ contentType: 'application/javascript', body: config + standIn() }),
        );
      }
      await page.goto(`${server().url}taskpane.html`);
      await paneReady(page);
    },
    async become(_page, who) {
      throw new Error(`the pane is the office's: no ${who} here`);
    },
    async reload(page) {
      await page.reload();
      await paneReady(page);
    },
    async select(page, sheet, rows) {
      const { first, last } = block(rows);
      await page.evaluate(
        ([s, a]) =>
          (window as unknown as { __fakeExcel: FakeExcelInPage }).__fakeExcel.select(s, a),
        [sheet, `A${first}:K${last}`] as const,
      );
    },
    async selectTable(page, sheet, rows) {
      const width = Math.max(...rows.map((r) => r.length));
      const address = `A1:${col(width - 1)}${rows.length}`;
      await page.evaluate(
        ([s, a, v]) => {
          const fake = (window as unknown as { __fakeExcel: FakeExcelInPage }).__fakeExcel;
          if (!fake.sheetNames().includes(s)) fake.workbook.addSheet(s);
          fake.workbook.setValues(s, a, v);
          fake.select(s, a);
        },
        [sheet, address, rows] as const,
      );
    },
    async opened(page) {
      if (kind === 'file') return 0;
      return page.evaluate(
        () =>
          (window as unknown as { __fakeExcel: FakeExcelInPage }).__fakeExcel.workbook
            .createdWorkbooks.length,
      );
    },
    async sheet(page, name) {
      if (kind === 'file') return null;
      return page.evaluate((n) => {
        const fake = (window as unknown as { __fakeExcel: FakeExcelInPage }).__fakeExcel;
        if (!fake.sheetNames().includes(n)) return null;
        const used = fake.usedRange(n);
        return used ? fake.values(n, used.replace(/^.*!/, '')) : [];
      }, name);
    },
  };
}

/** The sidebar page on the built server and the SpreadsheetApp fake, a new spreadsheet each start. */
function sheetsAdapter(built: () => Built): HostAdapter {
  let fake: AppsScriptFake | null = null;
  let bundle: LoadedBundle | null = null;
  let line: SidebarLine | null = null;
  /** Writes the test made as the user typing in the sheet (not the sidebar's: no lock for them). */
  let typed = 0;
  const the = (): AppsScriptFake => {
    if (!fake) throw new Error('the spreadsheet was not started');
    return fake;
  };
  const open = async (page: Page) => {
    await page.goto(SIDEBAR_URL);
    await idle(page);
  };
  return {
    kind: 'sheets',
    async start(page, who) {
      fake = createAppsScriptFake({ owner: OFFICE, sheets: [{ name: 'Trang tính1' }] });
      typed = 0;
      bundle = loadAppsScriptBundle(built().code, fake, {
        files: { sidebar: built().html },
        timeoutMs: 600_000,
        now: () => NOW,
      });
      await page.clock.setFixedTime(NOW);
      line = await connectSidebar(page, bundle);
      const html = built().html;
      await page.route(SIDEBAR_URL, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
      );
      if (who !== 'office') throw new Error('a district comes to a book the office made');
      await open(page);
    },
    async become(page, who) {
      const f = the();
      if (who === 'district') {
        // the office types the district's e-mail on `Đơn vị`, then shares the file with it
        const units = f.sheet('Đơn vị').values();
        const row = units.findIndex((r) => r[0] === DISTRICT.code);
        if (row < 0) throw new Error(`no ${DISTRICT.code} on Đơn vị`);
        f.seed('Đơn vị', `D${row + 1}`, [[DISTRICT.email]]);
        f.shareWith(DISTRICT.email);
        // …and sets the protections again, so that its rows are the district's to edit
        f.setUser(OFFICE);
        const protectedAgain = bundle?.callFromClient('rpc', { command: 'protect', input: {} });
        if ((protectedAgain as { ok?: boolean } | undefined)?.ok !== true)
          throw new Error(`protect: ${JSON.stringify(protectedAgain)}`);
        f.setUser(DISTRICT.email);
      } else f.setUser(OFFICE);
      await open(page);
    },
    async reload(page) {
      await open(page);
    },
    async select(_page, sheet, rows) {
      const { first, last } = block(rows);
      const ss = the()._spreadsheet;
      ss.setActiveRange(ss.getRange(`'${sheet}'!A${first}:K${last}`));
    },
    async selectTable(_page, sheet, rows) {
      const f = the();
      const ss = f._spreadsheet;
      const before = f.state.writesWithoutLock;
      if (!f.sheetNames().includes(sheet)) ss.insertSheet(sheet);
      const width = Math.max(...rows.map((r) => r.length));
      const address = `A1:${col(width - 1)}${rows.length}`;
      f.seed(sheet, address, rows);
      ss.setActiveRange(ss.getRange(`'${sheet}'!${address}`));
      typed += f.state.writesWithoutLock - before;
    },
    async sheet(_page, name) {
      const f = the();
      return f.sheetNames().includes(name) ? f.sheet(name).values() : null;
    },
    async finish() {
      // every write the sidebar caused was made under the document lock
      const unlocked = the().state.writesWithoutLock - typed;
      if (unlocked > 0) throw new Error(`${unlocked} writes without the document lock`);
      return Promise.resolve();
    },
    async failNextCall(_page, error) {
      if (!line) throw new Error('the sidebar was not started');
      line.failNext(error);
    },
  };
}

describeWithChromium('the scenario table on the hosts as built', () => {
  let browser: Browser;
  let server: Served;
  let standIn: string;
  let built: Built;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    fs.rmSync(DIST, { recursive: true, force: true });
    const [, bundle] = await Promise.all([buildAddin(DIST), buildOfficeStandIn()]);
    standIn = bundle;
    built = buildBundle('ui-hosts-sheets');
    server = await serve(DIST, { [OFFICE_JS_MOUNT]: OFFICE_JS_DIST });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 420, height: 800 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
  });
  afterEach(async () => {
    await context?.close();
  });

  const adapters: HostAdapter[] = [
    paneAdapter(
      'excel',
      () => server,
      () => standIn,
    ),
    sheetsAdapter(() => built),
    paneAdapter(
      'file',
      () => server,
      () => standIn,
    ),
  ];
  for (const adapter of adapters) {
    it(`${adapter.kind}: names every control and meets WCAG AA contrast, at home and after a build`, async () => {
      const first = SCENARIOS.find((x) => x.name.startsWith('first run')) as Scenario;
      await runScenario(page, adapter, first, { shots: SHOTS, prefix: `${adapter.kind}-a11y` });
      expect(await unnamedControls(page)).toEqual([]);
      expect(await contrastFailures(page)).toEqual([]);
    });
    for (const scenario of SCENARIOS) {
      const skipped = skipReason(scenario, adapter) !== null;
      (skipped ? it.skip : it)(`${adapter.kind}: ${scenario.name}`, async () => {
        await runScenario(page, adapter, scenario, { shots: SHOTS, prefix: adapter.kind });
      });
    }
  }

  it('file: warns before the page closes with changes not downloaded, and not after', async () => {
    const file = adapters.find((a) => a.kind === 'file') as HostAdapter;
    const shown = await closeWarnings(page, file, { shots: SHOTS, prefix: 'file-unload' });
    expect(shown).toEqual({ asked: ['beforeunload'], stayed: true, closed: true });
  });

  // the pane runs in Office 2019's webview too: the table's office scenarios without ES2019+ built-ins
  const edge = paneAdapter(
    'excel',
    () => server,
    () => standIn,
    'edgehtml',
  );
  for (const name of ['first run', 'the report shown', 'the office keeps the units']) {
    const scenario = SCENARIOS.find((x) => x.name.startsWith(name)) as Scenario;
    it(`excel in Office 2019's EdgeHTML webview: ${scenario.name}`, async () => {
      await runScenario(page, edge, scenario, { shots: SHOTS, prefix: 'excel-edgehtml' });
    });
  }
});
