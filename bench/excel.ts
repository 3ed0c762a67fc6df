/**
 * The Office.js adapter (issue 4) on the strict Excel fake: round trips (`context.sync()` calls)
 * and the largest request of drawing the whole workbook, then of reading it back, for the sample
 * and for 1,000 tasks × 50 units (50,000 rows of `Theo dõi`). Medians of the time taken. Then
 * commands through the pane's bridges: the round trips of each in Excel, and in browser mode a
 * command on the book kept in the page beside the same command with the book written to .xlsx
 * and read back, as browser mode did after every command before.
 */
import * as fs from 'fs';
import * as path from 'path';
import { contextOf } from '../shared/app/command';
import { COMMANDS } from '../shared/app/table';
import { readPlanText } from '../shared/plan/read';
import type { Unit } from '../shared/units/model';
import type { WorkbookSpec } from '../shared/workbook/spec';
import { drawSyncBound, drawWorkbook } from '../addin/src/excel/draw';
import { readSheets } from '../addin/src/excel/read';
import { FULL_SUPPORT } from '../addin/src/excel/support';
import { ExcelBridge } from '../addin/src/host/excel-bridge';
import { FileBridge, NO_STORE } from '../addin/src/host/file-bridge';
import type { Plan } from '../shared/plan/model';
import { SHEET } from '../shared/i18n/workbook-vi';
import { readBookSheets } from '../shared/xlsx/book-io';
import { asContext, asExcel, createExcelFake } from '../test/fakes/excel-fake';
import { generatePlanText } from './generate';
import { line, mb, measure, printTable } from './lib';
import { generateUnits } from './units';

const CLOCK = { now: '2014-04-10T02:00:00.000Z', today: '2014-04-10' };

function planOf(text: string): Plan {
  const plan = readPlanText(text);
  if (!plan.ok) throw new Error('the plan does not read');
  return plan.value;
}

function specOf(text: string, units?: Unit[]): WorkbookSpec {
  const input = { plan: planOf(text), ...(units ? { units } : {}) };
  const r = COMMANDS.build.run(contextOf(input, [], CLOCK));
  if (!r.ok || !r.draw) throw new Error('the workbook does not build');
  return r.draw;
}

async function drawOnce(spec: WorkbookSpec) {
  const fake = createExcelFake();
  const drawn = await fake.Excel.run((context) =>
    drawWorkbook(asContext(context), spec, FULL_SUPPORT),
  );
  const drawStats = {
    syncs: fake.stats.syncs,
    maxRequest: fake.stats.maxRequestBytes,
    sent: fake.stats.requestBytes.reduce((a, b) => a + b, 0),
    actions: fake.stats.log.reduce((a, s) => a + s.actions, 0),
  };
  fake.stats.reset();
  const read = await fake.Excel.run((context) =>
    readSheets(
      asContext(context),
      spec.sheets.map((s) => ({ name: s.name })),
      FULL_SUPPORT,
    ),
  );
  const maxResponse = Math.max(...fake.stats.responseBytes);
  return { drawn, drawStats, read, maxResponse };
}

export async function benchExcel(): Promise<void> {
  const sample = fs.readFileSync(
    path.join(__dirname, '../test/fixtures/plans/ke-hoach-tdkt-2014-cao-bang.txt'),
    'utf8',
  );
  const cases: [string, WorkbookSpec, number][] = [
    ['sample (30 tasks, 410 rows)', specOf(sample), 5],
    ['1,000 tasks × 50 units (50,000 rows)', specOf(generatePlanText(1000), generateUnits(50)), 3],
  ];
  const rows = [];
  const notes: string[] = [];
  for (const [name, spec, runs] of cases) {
    let last: Awaited<ReturnType<typeof drawOnce>> | null = null;
    rows.push(
      await measure(
        `draw + read back, ${name}`,
        async () => {
          last = await drawOnce(spec);
        },
        runs,
      ),
    );
    const r = last as unknown as Awaited<ReturnType<typeof drawOnce>>;
    notes.push(
      `${name}: draw ${r.drawn.syncs} syncs (bound ${drawSyncBound(r.drawn.payloadBytes)}), ` +
        `payload ${mb(r.drawn.payloadBytes)} (goal ≤ 50 MB at 50,000 rows; the fake counted ` +
        `${mb(r.drawStats.sent)} in ${r.drawStats.actions} actions), ` +
        `largest request ${mb(r.drawStats.maxRequest)}; ` +
        `read ${r.read.syncs} syncs for ${mb(r.read.responseBytes)}, largest response ${mb(r.maxResponse)}`,
    );
  }
  printTable('Excel add-in adapter (strict Office.js fake; limit 5 MB a request)', rows);
  for (const n of notes) line(n);
  await benchBridges(sample);
}

/** Round trips of each command in Excel; a command in browser mode, kept book against file. */
async function benchBridges(sample: string): Promise<void> {
  const fake = createExcelFake();
  const excel = new ExcelBridge(asExcel(fake), FULL_SUPPORT, () => CLOCK);
  const syncs: string[] = [];
  const counted = async (name: string, run: () => Promise<{ ok: boolean }>) => {
    if (!(await run()).ok) throw new Error(`${name} failed`);
    syncs.push(`${name} ${excel.lastSyncs}`);
  };
  await counted('build', () => excel.run('build', { plan: planOf(sample) }));
  await counted('refresh', () => excel.run('refresh', {}));
  fake.workbook.select(SHEET.tracking, 'A2:K11');
  await counted('mark 10 rows', () => excel.run('mark', { status: 'done' }));
  await counted('report', () => excel.run('report', {}));
  await counted('amend', () => excel.run('amend', { plan: planOf(sample) }));

  const rows = [];
  const cases: [string, Plan, Unit[] | undefined, number][] = [
    ['sample', planOf(sample), undefined, 5],
    ['50,000 rows', planOf(generatePlanText(1000)), generateUnits(50), 3],
  ];
  for (const [name, plan, units, runs] of cases) {
    const files = await FileBridge.start(NO_STORE, () => CLOCK);
    await files.run('build', { plan, ...(units ? { units } : {}) });
    rows.push(
      await measure(
        `browser mode, refresh on the kept book, ${name}`,
        async () => {
          if (!(await files.run('refresh', {})).ok) throw new Error('refresh failed');
        },
        runs,
      ),
    );
    rows.push(
      await measure(
        `  the same, written to .xlsx and read back (before), ${name}`,
        async () => {
          await files.run('refresh', {});
          const saved = await files.book.save();
          if (!saved || !(await readBookSheets(saved.bytes)).ok) throw new Error('no book');
        },
        runs,
      ),
    );
  }
  printTable("Commands through the pane's bridges", rows);
  line(`Excel, sample, round trips of each command: ${syncs.join(', ')}`);
}

if (require.main === module) {
  benchExcel().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
}
