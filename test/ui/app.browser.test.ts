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
import { closeWarnings } from './close-warning';
import { runScenario, skipReason } from './run-scenarios';
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
      const skipped = skipReason(scenario, adapter) !== null;
      (skipped ? it.skip : it)(`${kind}: ${scenario.name}`, async () => {
        await runScenario(page, adapter, scenario, { shots: SHOTS, prefix: kind });
      });
    }
  }

  it('in browser mode, warns before the page closes with changes not downloaded, and not after', async () => {
    const shown = await closeWarnings(page, memoryAdapter('file'), {
      shots: SHOTS,
      prefix: 'unload',
    });
    expect(shown).toEqual({ asked: ['beforeunload'], stayed: true, closed: true });
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
