/**
 * Runs the scenario table on a page showing the one UI, whatever the host: the steps act in the
 * page by visible labels, the adapter acts in the host. A step that does not hold throws, naming
 * the scenario, the step and what was seen instead.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { unnamedControls } from '../addin/helpers/a11y';
import { contrastFailures } from '../helpers/contrast';
import { buildPlanDocx, samplePlanDescription } from '../helpers/docx-builder';
import { planWorkbook } from '../helpers/format-fixtures';
import { FIXTURES, SAMPLE } from '../helpers/paths';
import { shownReport } from '../helpers/report-view';
import { NOT_A_WORKBOOK } from './scenario';
import type {
  Action,
  CellCheck,
  FileRef,
  HostAdapter,
  Need,
  Scenario,
  Step,
  Who,
} from './scenario';

export interface RunOptions {
  /** Where the scenario's screenshot goes (a folder), and the file name's prefix (the host). */
  shots: string;
  prefix: string;
}

const FIXTURES_TEXT = {
  samplePlan: () => fs.readFileSync(SAMPLE, 'utf8'),
};

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Waits until the page has shown who is here and no job is under way. */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = document.querySelector('.thidua-app');
    return app?.getAttribute('data-ready') === 'true' && !app.hasAttribute('aria-busy');
  });
}

/** A field by its label, among those shown (two jobs may have fields of one name). */
function labelled(page: Page, label: string) {
  return page.getByLabel(label, { exact: true }).filter({ visible: true }).first();
}

function control(page: Page, name: string) {
  return page
    .getByRole('button', { name, exact: true })
    .or(page.getByRole('link', { name, exact: true }))
    .filter({ visible: true })
    .first();
}

/** What the scenario asks of a host beyond the page. */
function needs(scenario: Scenario): Need[] {
  const out = Object.keys(scenario.setup ?? {}) as Need[];
  if (scenario.steps.some((s) => s.do && 'serverFails' in s.do)) out.push('serverFails');
  return out;
}

/** Why the scenario does not run on this host (the table's reason, or the adapter's), or null. */
export function skipReason(scenario: Scenario, adapter: HostAdapter): string | null {
  if (scenario.skip?.hosts.includes(adapter.kind)) return scenario.skip.why;
  for (const need of needs(scenario)) {
    const why = adapter.lacks?.[need];
    if (why) return why;
  }
  return null;
}

/** A browser that keeps nothing for the page: IndexedDB and localStorage refuse when touched. */
const BLOCK_STORAGE = `(() => {
  for (const name of ['indexedDB', 'localStorage']) {
    Object.defineProperty(window, name, {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  }
})();`;

class StepFailure extends Error {
  override name = 'StepFailure';
}

export async function runScenario(
  page: Page,
  adapter: HostAdapter,
  scenario: Scenario,
  options: RunOptions,
): Promise<void> {
  const downloads = new Map<string, Buffer>();
  let who: Who | null = null;
  if (scenario.setup?.storageBlocked) await page.addInitScript(BLOCK_STORAGE);
  for (const [i, step] of scenario.steps.entries()) {
    if (step.on && !step.on.includes(adapter.kind)) continue;
    const where = `${scenario.name}, step ${i + 1}`;
    try {
      if (who === null) await adapter.start(page, step.who, scenario.setup);
      else if (who !== step.who) await adapter.become(page, step.who);
      who = step.who;
      await idle(page);
      if (step.do) await act(page, adapter, step.do, downloads);
      await idle(page);
      await check(page, adapter, step);
      if (i === scenario.steps.length - 1) await adapter.finish?.(page);
    } catch (e) {
      await shot(page, options, `${scenario.name} (failed)`);
      const text = squash(await page.evaluate(() => document.body.innerText).catch(() => ''));
      const why = e instanceof Error ? e.message : String(e);
      const shown = text.length > 3000 ? `${text.slice(0, 1200)} … ${text.slice(-1800)}` : text;
      throw new StepFailure(`${where}: ${why}\n--- the page shows: ${shown}`);
    }
  }
  await shot(page, options, scenario.name);
}

async function shot(page: Page, options: RunOptions, name: string): Promise<void> {
  fs.mkdirSync(options.shots, { recursive: true });
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  await page.screenshot({
    path: path.join(options.shots, `${options.prefix}-${slug}.png`),
    fullPage: true,
  });
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The plans as files, made as the tests of their readers make them. */
const PLAN_FILES = {
  planDocx: async () => ({
    name: 'ke-hoach.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(await buildPlanDocx(samplePlanDescription())),
  }),
  planXlsx: async () => ({
    name: 'ke-hoach-gop-o.xlsx',
    mimeType: XLSX_TYPE,
    buffer: Buffer.from(await planWorkbook()),
  }),
  planCsv: () =>
    Promise.resolve({
      name: 'ke-hoach-2024.csv',
      mimeType: 'text/csv',
      buffer: fs.readFileSync(path.join(FIXTURES, 'formats', 'ke-hoach-2024.csv')),
    }),
};

async function filesOf(refs: readonly FileRef[], downloads: Map<string, Buffer>) {
  const out: { name: string; mimeType: string; buffer: Buffer }[] = [];
  for (const ref of refs) {
    if ('fixture' in ref && ref.fixture === 'notAWorkbook') {
      out.push({
        name: NOT_A_WORKBOOK,
        mimeType: XLSX_TYPE,
        buffer: Buffer.from('Báo cáo quý III: không phải tệp Excel', 'utf8'),
      });
    } else if ('fixture' in ref && ref.fixture === 'samplePlan') {
      out.push({
        name: 'ke-hoach.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(FIXTURES_TEXT.samplePlan(), 'utf8'),
      });
    } else if ('fixture' in ref) out.push(await PLAN_FILES[ref.fixture]());
    else {
      const buffer = downloads.get(ref.downloaded);
      if (!buffer) throw new Error(`no file "${ref.downloaded}" was downloaded earlier`);
      out.push({ name: ref.downloaded, mimeType: XLSX_TYPE, buffer });
    }
  }
  return out;
}

/** The 0-based sheet rows of a unit, by the sheet's `Đơn vị` column. */
async function unitRows(page: Page, adapter: HostAdapter, sheet: string, unit: string) {
  const values = await adapter.sheet(page, sheet);
  if (!values) throw new Error(`the host has no sheet "${sheet}"`);
  const header = values.findIndex((r) => r.includes('Đơn vị'));
  const col = values[header]?.indexOf('Đơn vị') ?? -1;
  const rows = values.flatMap((r, k) => (k > header && r[col] === unit ? [k] : []));
  return { values, header: values[header] ?? [], rows };
}

async function act(
  page: Page,
  adapter: HostAdapter,
  action: Action,
  downloads: Map<string, Buffer>,
): Promise<void> {
  if ('click' in action) await control(page, action.click).click();
  else if ('fill' in action) {
    const text = 'fixture' in action ? FIXTURES_TEXT[action.fixture]() : action.text;
    await labelled(page, action.fill).fill(text);
  } else if ('check' in action) {
    await labelled(page, action.check).check();
  } else if ('choose' in action) {
    await labelled(page, action.choose).selectOption({ label: action.option });
  } else if ('upload' in action) {
    await labelled(page, action.upload).setInputFiles(await filesOf(action.files, downloads));
  } else if ('download' in action) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      control(page, action.download).click(),
    ]);
    const saved = await file.path();
    downloads.set(file.suggestedFilename(), fs.readFileSync(saved));
  } else if ('select' in action) {
    const { sheet, unit, count } = action.select;
    const { rows } = await unitRows(page, adapter, sheet, unit);
    if (rows.length < count) throw new Error(`"${unit}" has ${rows.length} rows on "${sheet}"`);
    await adapter.select(page, sheet, rows.slice(0, count));
  } else if ('paste' in action) {
    await adapter.selectTable(page, action.paste.sheet, action.paste.rows);
  } else if ('focus' in action) await control(page, action.focus).focus();
  else if ('key' in action) await page.keyboard.press(action.key);
  else if ('width' in action) await page.setViewportSize({ width: action.width, height: 800 });
  else if ('serverFails' in action) {
    if (!adapter.failNextCall) throw new Error(`a ${adapter.kind} host calls no server`);
    await adapter.failNextCall(page, action.serverFails);
  } else await adapter.reload(page);
}

async function check(page: Page, adapter: HostAdapter, step: Step): Promise<void> {
  const text = squash(await page.evaluate(() => document.body.innerText));
  for (const s of step.see ?? []) {
    if (!text.includes(squash(s))) throw new Error(`"${s}" is not shown`);
  }
  for (const s of step.notSee ?? []) {
    if (text.includes(squash(s))) throw new Error(`"${s}" is shown`);
  }
  for (const b of step.buttons ?? []) {
    if (!(await control(page, b).isVisible())) throw new Error(`no button "${b}" is shown`);
  }
  for (const b of step.noButtons ?? []) {
    const n = await page.getByRole('button', { name: b, exact: true, includeHidden: true }).count();
    if (n > 0) throw new Error(`the page has a button "${b}"`);
  }
  if (step.focused !== undefined) {
    const focused = squash(
      await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a ? `${a.getAttribute('aria-label') ?? ''} ${a.innerText}` : '';
      }),
    );
    if (!focused.includes(squash(step.focused))) {
      throw new Error(`focus is on "${focused.slice(0, 200)}", not on "${step.focused}"`);
    }
  }
  if (step.fits !== undefined) {
    const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    if (width > step.fits) throw new Error(`the page is ${width} px wide, more than ${step.fits}`);
  }
  for (const c of step.cells ?? []) await checkCell(page, adapter, c);
  if (step.field) {
    const value = await labelled(page, step.field.label).inputValue();
    if (value !== step.field.value)
      throw new Error(`"${step.field.label}" shows "${value}", not "${step.field.value}"`);
  }
  if (step.report) {
    const shown = await shownReport(page);
    if (JSON.stringify(shown) !== JSON.stringify(step.report))
      throw new Error(`the report shown is ${JSON.stringify(shown, null, 1)}`);
  }
  if (step.accessible) {
    const unnamed = await unnamedControls(page);
    if (unnamed.length > 0) throw new Error(`controls without a name: ${unnamed.join(', ')}`);
    const faint = await contrastFailures(page);
    if (faint.length > 0) throw new Error(`below WCAG AA contrast: ${JSON.stringify(faint)}`);
  }
  if (step.opened !== undefined) {
    const opened = adapter.opened ? await adapter.opened(page) : 0;
    if (opened !== step.opened)
      throw new Error(`the host opened ${opened} workbooks, not ${step.opened}`);
  }
}

async function checkCell(page: Page, adapter: HostAdapter, c: CellCheck): Promise<void> {
  const { header, rows, values } = await unitRows(page, adapter, c.sheet, c.unit);
  const col = header.indexOf(c.column);
  const row = rows[c.index];
  if (col < 0 || row === undefined)
    throw new Error(`no cell "${c.column}" of ${c.unit} #${c.index}`);
  // an empty cell is '' in one host and null in another
  const v = values[row]?.[col] ?? null;
  const empty = (x: unknown) => x === null || x === '';
  if (v !== c.value && !(empty(v) && empty(c.value)))
    throw new Error(
      `"${c.column}" of ${c.unit} #${c.index} is ${JSON.stringify(v)}, not ${JSON.stringify(c.value)}`,
    );
}
