/**
 * Building the workbook from each fixture plan with the directory that names its units
 * (NAME.units.csv): the periods, each task's deadline and its lead and co-operating units are
 * those its expected JSON gives ("book"), through the host-neutral build action (what the pane
 * and the sidebar run) and through `thidua build` writing a real .xlsx read back.
 */
import * as fs from 'fs';
import * as path from 'path';
import { contextOf } from '../../shared/app/command';
import { COMMANDS } from '../../shared/app/table';
import type { Plan } from '../../shared/plan/model';
import { readPlanDocument } from '../../shared/plan/read';
import { readUnitsCsv } from '../../shared/units/read-units';
import { readBookXlsx } from '../../shared/xlsx/book-io';
import { runCli } from '../helpers/cli';
import type { BookView } from '../helpers/fixture-plans';
import {
  bookView,
  expectedOf,
  fixtureNames,
  fixtureSource,
  unitsCsvOf,
} from '../helpers/fixture-plans';
import { outputDir } from '../helpers/paths';

const cases = fixtureNames().filter((n) => unitsCsvOf(n) !== null);
const dir = outputDir('fixtures-build');

async function planOf(name: string): Promise<Plan> {
  const { bytes, file } = await fixtureSource(name);
  const r = await readPlanDocument(bytes, file);
  if (!r.ok) throw new Error(r.problems[0]?.en);
  return r.value.plan;
}

describe('building the workbook from the fixture plans', () => {
  it('has a units directory for every plan fixture of its own', () => {
    expect(cases).toHaveLength(27);
  });

  it.each(cases)('%s: the build action gives its periods, deadlines and units', async (name) => {
    const units = readUnitsCsv(unitsCsvOf(name) as string);
    if (!units.ok) throw new Error(units.problems[0]?.en);
    const plan = await planOf(name);
    const clock = { now: '2024-07-15T03:00:00.000Z', today: '2024-07-15' };
    const r = COMMANDS.build.run(contextOf({ plan, units: units.value }, [], clock));
    if (!r.ok || !r.book) throw new Error(r.ok ? 'no book' : r.problems[0]?.en);
    const view = bookView(r.book);
    expect(view).toEqual(expectedOf(name).book);
    // no task the document names a party for is left without a lead unit, unless that party
    // is listed as matching no unit
    for (const p of plan.periods) {
      for (const t of p.tasks) {
        const named = t.owners.filter((o) => !view.unresolved.includes(o));
        if (named.length > 0) expect([t.id, view.tasks[t.id]?.lead.length]).not.toEqual([t.id, 0]);
      }
    }
  });

  it.each(cases)('%s: thidua build writes the same into a real .xlsx', async (name) => {
    const { bytes, file } = await fixtureSource(name);
    const source = path.join(dir, file);
    fs.writeFileSync(source, bytes);
    const csv = path.join(dir, `${name}.units.csv`);
    fs.writeFileSync(csv, unitsCsvOf(name) as string);
    const out = path.join(dir, `${name}.xlsx`);
    const run = await runCli(['build', source, '--units', csv, '-o', out]);
    expect(run.code).toBe(0);
    // what the reader noted, skipped rows first of all, the build says too
    for (const w of expectedOf(name).warnings as { vi: string }[]) expect(run.err).toContain(w.vi);
    const read = await readBookXlsx(new Uint8Array(fs.readFileSync(out)), { strict: true });
    if (!read.ok) throw new Error(read.problems[0]?.en);
    expect(bookView(read.value.book)).toEqual(expectedOf(name).book as BookView);
  });
});
