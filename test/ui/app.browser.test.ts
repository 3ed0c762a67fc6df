/**
 * The one UI in Chromium on a host in the page (the strict in-memory port, answered as the Sheets
 * server answers): the scenario table as the office and as a district, in a sheet host and in
 * browser mode, with a screenshot of each under test-output/ui/. The browser's locale is en-US:
 * the page stays Vietnamese and dates stay dd/mm/yyyy.
 */
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeWithChromium, launchChromium } from '../helpers/chromium';
import { contrastFailures } from '../helpers/contrast';
import { ROOT } from '../helpers/paths';
import { buildTestPage, memoryAdapter, routeTestPage, type TestPage } from './memory-host';
import { runScenario } from './run-scenarios';
import type { Scenario } from './scenario';
import { SCENARIOS } from './scenarios';

jest.setTimeout(180_000);

const SHOTS = path.join(ROOT, 'test-output', 'ui');

describeWithChromium('the one UI, by the scenario table', () => {
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
    page.on('dialog', (d) => void d.accept());
  });
  afterEach(async () => {
    await context?.close();
  });

  for (const kind of ['sheets', 'file'] as const) {
    const adapter = memoryAdapter(kind);
    for (const scenario of SCENARIOS) {
      const skipped = scenario.skip?.hosts.includes(kind);
      (skipped ? it.skip : it)(`${kind}: ${scenario.name}`, async () => {
        await runScenario(page, adapter, scenario, { shots: SHOTS, prefix: kind });
      });
    }
  }

  it('in browser mode, warns before the page closes with changes not downloaded, and not after', async () => {
    const file = memoryAdapter('file');
    const asked: string[] = [];
    page.removeAllListeners('dialog');
    page.on('dialog', (d) => {
      asked.push(d.type());
      void d.dismiss();
    });
    const build = SCENARIOS.find((x) => x.name.startsWith('browser mode keeps')) as Scenario;
    // up to the book built, not yet downloaded
    const upToBuilt = { ...build, steps: build.steps.slice(0, 6) };
    await runScenario(page, file, upToBuilt, { shots: SHOTS, prefix: 'unload' });
    const settle = async (until: () => boolean) => {
      for (let i = 0; i < 100 && !until(); i++) await new Promise((r) => setTimeout(r, 50));
    };
    await page.close({ runBeforeUnload: true });
    await settle(() => asked.length > 0);
    expect(asked).toEqual(['beforeunload']);
    // the question was answered "stay": the page and its book are still there
    expect(page.isClosed()).toBe(false);
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải sổ xuống' }).click(),
    ]);
    await page.getByText('Sổ: so-theo-doi-2014.xlsx (đã tải xuống)').waitFor();
    await page.close({ runBeforeUnload: true });
    await settle(() => page.isClosed());
    expect(page.isClosed()).toBe(true);
    expect(asked).toEqual(['beforeunload']);
  });

  it('meets WCAG AA contrast: the first-run guide, a result, the office and a district at home', async () => {
    const file = memoryAdapter('file');
    await file.start(page, 'office');
    expect(await contrastFailures(page)).toEqual([]);
    const first = SCENARIOS.find((x) => x.name.startsWith('first run')) as Scenario;
    await runScenario(page, file, first, { shots: SHOTS, prefix: 'contrast' });
    expect(await contrastFailures(page)).toEqual([]);
    const district = SCENARIOS.find((x) => x.name === 'a district at 320 px') as Scenario;
    await runScenario(page, memoryAdapter('sheets'), district, {
      shots: SHOTS,
      prefix: 'contrast',
    });
    expect(await contrastFailures(page)).toEqual([]);
  });
});
