/**
 * The report's chart in Google Sheets (the built server on the SpreadsheetApp fake): an embedded
 * bar chart of the unit table's names and rates, anchored below the table, replaced when the
 * report is drawn again.
 */
import * as fs from 'fs';
import { readPlanText } from '../../shared/plan/read-plan-text';
import type { Plan } from '../../shared/plan/model';
import { describeBook } from '../../shared/layout/describe';
import type { AppsScriptFake } from '../fakes/apps-script';
import { SAMPLE } from '../helpers/paths';
import { buildBundle, expectOk, gridsOf, load, OFFICE, sidebarBridge } from './helpers';
import { readBook } from '../../shared/read/book';
import { rangeAddress } from '../../shared/workbook/a1';
import type { SheetsBridge } from '../../apps-script/src/client/bridge';

let fake: AppsScriptFake;
let sidebar: SheetsBridge;
let plan: Plan;

beforeAll(() => {
  ({ fake } = (() => {
    const loaded = load(buildBundle(), { editors: [OFFICE] });
    sidebar = sidebarBridge(loaded.bundle);
    return loaded;
  })());
  const read = readPlanText(fs.readFileSync(SAMPLE, 'utf8'));
  if (!read.ok) throw new Error('sample plan unreadable');
  plan = JSON.parse(JSON.stringify(read.value)) as Plan;
});

describe('the report chart in Google Sheets', () => {
  it('draws one bar chart per bloc of its unit names and rates below the unit table', async () => {
    fake.calls.reset();
    expectOk(await sidebar.run('build', { plan, asOf: '2014-07-15' }));
    const charts = fake.sheet('Báo cáo').charts;
    // the charts the core lays out for this book, drawn as Sheets draws them
    const read = readBook(gridsOf(fake), { strict: false });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const spec = describeBook(read.value.book).spec.sheets.find((s) => s.name === 'Báo cáo')!;
    expect(charts).toHaveLength(4);
    expect(fake.calls.get('Sheet.insertChart')).toBe(4);
    expect(fake.calls.get('Sheet.removeChart')).toBe(0);
    spec.charts!.forEach((c, i) => {
      expect(charts[i]).toEqual({
        type: 'BAR',
        ranges: [
          `Báo cáo!${rangeAddress(c.categories)}`,
          `Báo cáo!${rangeAddress(c.series[0]!.values)}`,
        ],
        position: {
          anchorRow: c.anchor.row + 1,
          anchorColumn: c.anchor.col + 1,
          offsetX: 0,
          offsetY: 0,
        },
        options: {
          title: c.title,
          legend: { position: 'none' },
          hAxis: { viewWindow: { min: 0, max: 1 }, format: '0%' },
          colors: ['#4472C4'],
          series: { 0: { labelInLegend: 'Tỉ lệ hoàn thành', dataLabel: 'value' } },
          width: expect.any(Number) as number,
          height: c.anchor.rows * 21,
        },
      });
    });
    expect(spec.charts![0]!.title).toBe('Tỉ lệ hoàn thành việc đến hạn – Khối huyện, thành phố');
    const names = fake
      .sheet('Báo cáo')
      .values(rangeAddress(spec.charts![0]!.categories))
      .map((r) => r[0]);
    expect(names).toContain('Huyện Đoàn Hà Quảng');
  });

  it('replaces it when the book is built again, never stacking a second', async () => {
    fake.calls.reset();
    expectOk(await sidebar.run('build', { plan, asOf: '2014-07-15', replace: true }));
    expect(fake.sheet('Báo cáo').charts).toHaveLength(4);
    expect(fake.calls.get('Sheet.removeChart')).toBe(4);
    expect(fake.calls.get('Sheet.insertChart')).toBe(4);
  });
});
