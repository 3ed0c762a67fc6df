/**
 * A season of commands run through the sidebar's bridge, the built bundle and the fake, with the SpreadsheetApp calls
 * and the time of each: what `npm run bench` prints and what the scale test checks. The calls are
 * what matter in real Sheets (each is a round trip); the fake's time is only the script's own.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { splitBook } from '../../shared/book/split';
import type { Plan } from '../../shared/plan/model';
import { readPlanText } from '../../shared/plan/read-plan-text';
import { readBook } from '../../shared/read/book';
import { CAO_BANG_2014 } from '../../shared/units/cao-bang-2014';
import type { Unit } from '../../shared/units/model';
import type { Returned } from '../../shared/book/consolidate';
import { returnedOf } from '../../shared/book/consolidate';
import { readBookXlsx, writeUnitXlsx } from '../../shared/xlsx/book-io';
import { createAppsScriptFake, loadAppsScriptBundle } from '../fakes/apps-script';
import type { AppsScriptFake } from '../fakes/apps-script';
import type { SentCall } from '../fakes/apps-script/sheets-api';
import type { Built } from './helpers';
import { gridsOf, OFFICE, rowsOfUnit, selectRows, sidebarBridge, unitRows } from './helpers';

export interface CommandCost {
  command: string;
  /** Every service call, lookups (getRange…) and builders (newTextStyle…) included. */
  calls: number;
  /** The calls that go to the spreadsheet and back: all but lookups and builders. */
  roundTrips: number;
  /** Calls by "Class.method", the largest first. */
  top: [string, number][];
  ms: number;
  ok: boolean;
  /** The advanced service's calls (`--sheets-api`), with each payload's size. */
  api: SentCall[];
}

/** Cao Bằng's standing committee and departments, and `districts` district units with e-mails. */
export function directory(districts: number): Unit[] {
  const office = CAO_BANG_2014.filter((u) => u.group === 'standing');
  const out: Unit[] = office.map((u) => ({ ...u, emails: [OFFICE] }));
  for (let i = 1; i <= districts; i++) {
    const n = String(i).padStart(2, '0');
    out.push({
      code: `D${n}`,
      name: `Huyện Đoàn số ${n}`,
      group: 'district',
      emails: [`huyen${n}@gmail.com`],
      aliases: [],
    });
  }
  return out;
}

function parse(text: string): Plan {
  const r = readPlanText(text);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return JSON.parse(JSON.stringify(r.value)) as Plan;
}

/** Runs build, mark, refresh, consolidate and update, and measures each. */
export async function runSeason(
  built: Built,
  planText: string,
  amendedText: string,
  units: Unit[] | null,
  workDir: string,
  /** The advanced Sheets service is enabled (for a bundle built with `--sheets-api`). */
  advancedSheets = false,
): Promise<{ costs: CommandCost[]; rows: number; fake: AppsScriptFake }> {
  const district = units?.find((u) => u.group === 'district' && u.emails.length > 0);
  const fake = createAppsScriptFake({
    owner: OFFICE,
    editors: [OFFICE, ...(units ?? []).flatMap((u) => u.emails)],
    sheets: units ? [{ name: 'Đơn vị', values: unitRows(units) }] : [{ name: 'Trang tính1' }],
    advancedSheets,
  });
  const bundle = loadAppsScriptBundle(built.code, fake, {
    files: { sidebar: built.html },
    timeoutMs: 900_000,
  });
  const sidebar = sidebarBridge(bundle);
  const costs: CommandCost[] = [];
  const measure = async (command: string, run: () => unknown | Promise<unknown>) => {
    fake.calls.reset();
    const sentBefore = fake._sheetsApi?._sent.length ?? 0;
    const t0 = performance.now();
    const reply = (await run()) as { ok: boolean };
    const ms = performance.now() - t0;
    if (!reply.ok) throw new Error(`${command}: ${JSON.stringify(reply).slice(0, 2000)}`);
    const top = Object.entries(fake.calls.byName)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6);
    costs.push({
      command,
      calls: fake.calls.total,
      roundTrips: fake.calls.roundTrips,
      top,
      ms,
      ok: reply.ok,
      api: fake._sheetsApi?._sent.slice(sentBefore) ?? [],
    });
  };

  await measure('build', () => sidebar.run('build', { plan: parse(planText), asOf: '2014-07-15' }));
  const rows = fake.sheet('Theo dõi').lastRow - 1;

  // A district marks three of its rows.
  const unitName = district?.name ?? 'Huyện Đoàn Hà Quảng';
  const own = rowsOfUnit(fake, unitName);
  if (district) fake.setUser(district.emails[0]!);
  selectRows(fake, 'Theo dõi', own[0]!, own[2]!);
  await measure('mark (3 rows, as a district)', () =>
    sidebar.run('mark', { status: 'done', doneDate: '2014-06-01' }),
  );
  fake.setUser(OFFICE);

  await measure('refresh the report', () => sidebar.run('refresh', { asOf: '2014-07-15' }));

  // One unit's returned file, every row filled.
  const read = readBook(gridsOf(fake), { strict: true, today: '2014-07-15' });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const code = district?.code ?? 'HQ';
  const part = splitBook(read.value.book, '2014-07-15T03:00:00.000Z').find(
    (b) => b.meta.unitCode === code,
  )!;
  const bytes = await writeUnitXlsx(part);
  if (!bytes.ok) throw new Error('unit file');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.value) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Theo dõi')!;
  for (let r = 2; r <= ws.rowCount; r++) ws.getRow(r).getCell(8).value = 'Đang thực hiện';
  const file = path.join(workDir, `${code}.xlsx`);
  await wb.xlsx.writeFile(file);
  const back = await readBookXlsx(new Uint8Array(fs.readFileSync(file)), {
    file: `${code}.xlsx`,
    strict: false,
  });
  if (!back.ok) throw new Error(JSON.stringify(back.problems));
  const returned = JSON.parse(
    JSON.stringify([returnedOf(`${code}.xlsx`, back.value, [])]),
  ) as Returned[];
  await measure('consolidate (1 file)', () => sidebar.run('merge', { returned }));

  await measure('update (amended plan)', () => sidebar.run('amend', { plan: parse(amendedText) }));
  return { costs, rows, fake };
}
