/**
 * The `--sheets-api` build (advanced Sheets service): number formats, merges, widths,
 * validations and protections go as requests of a batchUpdate (one for the draw, one for the
 * protections) instead of one SpreadsheetApp call per range, and the spreadsheet ends exactly as
 * the default build leaves it: the same cells, formats, merges, widths, validations, and the
 * same protections with the same editors.
 */
import * as fs from 'fs';
import { readPlanText } from '../../shared/plan/read-plan-text';
import type { Plan } from '../../shared/plan/model';
import type { AppsScriptFake } from '../fakes/apps-script';
import { SAMPLE } from '../helpers/paths';
import { buildBundle, expectOk, load, OFFICE, sidebarBridge, unitRows } from './helpers';
import { directory } from './scenario';

const units = directory(6);
const emails = units.flatMap((u) => u.emails);

function plan(): Plan {
  const read = readPlanText(fs.readFileSync(SAMPLE, 'utf8'));
  if (!read.ok) throw new Error('sample plan unreadable');
  return JSON.parse(JSON.stringify(read.value)) as Plan;
}

async function built(flags: string[], advancedSheets: boolean) {
  const { fake, bundle } = load(buildBundle(`apps-script-api-${flags.join('')}`, flags), {
    editors: [OFFICE, ...emails],
    sheets: [{ name: 'Đơn vị', values: unitRows(units) }],
    advancedSheets,
  });
  const sidebar = sidebarBridge(bundle);
  fake.calls.reset();
  expectOk(await sidebar.run('build', { plan: plan(), asOf: '2014-07-15' }));
  return { fake, sidebar, calls: { ...fake.calls.byName }, roundTrips: fake.calls.roundTrips };
}

/** Everything a person sees of the spreadsheet and its protections. */
function look(fake: AppsScriptFake) {
  return {
    sheets: fake.sheetNames().map((name) => {
      const v = fake.sheet(name);
      return {
        name,
        size: [v.maxRows, v.maxColumns],
        // the identity sheet's stamp and secret are made anew by each build
        values: name === '_ThiDua' ? v.values().length : v.values(),
        numberFormats: v.numberFormats(),
        backgrounds: v.backgrounds(),
        fontWeights: v.fontWeights(),
        merges: [...v.merges].sort(),
        widths: v.columnWidths,
        validations: v.validations(),
        conditionalFormats: v.conditionalFormats,
        frozen: [v.frozenRows, v.frozenColumns],
        hidden: v.hidden,
      };
    }),
    protections: fake
      .protections()
      .map((p) => ({
        ...p,
        editors: p.editors.map((e) => e.toLowerCase()).sort(),
        unprotected: [...p.unprotected].sort(),
      }))
      .sort((a, b) => (a.range < b.range ? -1 : a.range > b.range ? 1 : 0)),
  };
}

describe('the --sheets-api build', () => {
  let byDefault: Awaited<ReturnType<typeof built>>;
  let byApi: Awaited<ReturnType<typeof built>>;
  beforeAll(async () => {
    byDefault = await built([], false);
    byApi = await built(['--sheets-api'], true);
  }, 300_000);

  it('leaves the spreadsheet and its protections exactly as the default build does', () => {
    const want = look(byDefault.fake);
    const got = look(byApi.fake);
    expect(got.sheets.map((s) => s.name)).toEqual(want.sheets.map((s) => s.name));
    got.sheets.forEach((s, i) => expect(s).toEqual(want.sheets[i]));
    expect(got.protections).toEqual(want.protections);
    expect(got.protections.filter((p) => p.type === 'RANGE').length).toBe(units.length);
    expect(got.protections.every((p) => !p.mirrorsFilePermissions)).toBe(true);
  });

  it('sends the ranges as two batchUpdates, with no SpreadsheetApp call per merge, width, validation or protection', () => {
    // the draw's, and the protections' with the filter views
    expect(byApi.calls['Sheets.Spreadsheets.batchUpdate']).toBe(2);
    // the protected ranges (`Đơn vị` was there before the build) and the filter views, listed once each
    expect(byApi.calls['Sheets.Spreadsheets.get']).toBe(2);
    for (const name of [
      'Range.merge',
      'Range.mergeAcross',
      'Sheet.setColumnWidths',
      'Range.setDataValidation',
      'RangeList.setNumberFormat',
      'Range.protect',
      'Sheet.protect',
      'Protection.addEditors',
    ]) {
      expect([name, byApi.calls[name] ?? 0]).toEqual([name, 0]);
      expect([name, byDefault.calls[name] ?? 0]).not.toEqual([name, 0]);
    }
    expect(byApi.roundTrips).toBeLessThan(byDefault.roundTrips * 0.7);
  });

  it('draws again over its own sheets, replacing their protections in the same batch', async () => {
    for (const b of [byDefault, byApi]) {
      b.fake.calls.reset();
      expectOk(await b.sidebar.run('build', { plan: plan(), asOf: '2014-07-15', replace: true }));
    }
    const want = look(byDefault.fake);
    const got = look(byApi.fake);
    got.sheets.forEach((s, i) => expect(s).toEqual(want.sheets[i]));
    expect(got.protections).toEqual(want.protections);
    expect(byApi.fake.calls.get('Protection.remove')).toBe(0);
    expect(byDefault.fake.calls.get('Protection.remove')).toBe(got.protections.length);
    // the protected ranges listed once, and the filter views once
    expect(byApi.fake.calls.get('Sheets.Spreadsheets.get')).toBe(2);
    expect(byApi.fake.calls.get('Sheets.Spreadsheets.batchUpdate')).toBe(2);
  });

  it('makes one filter view per unit with the same service', () => {
    const views = (byApi.fake._sheetsApi?._filterViews ?? []).map((v) => v.title);
    expect(views).toEqual(units.map((u) => `Thi đua · ${u.name}`));
  });
});
