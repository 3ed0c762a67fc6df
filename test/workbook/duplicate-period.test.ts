/** Two periods written the same way: the workbook tells them apart, and its formulas agree with the core. */
import * as fs from 'fs';
import * as path from 'path';
import type { Report } from '../../shared/report/compute';
import type { SheetGrid } from '../../shared/workbook/spec';
import { runCli } from '../helpers/cli';
import { describeWithLibreOffice, libreOfficeRecalculated } from '../helpers/libreoffice';
import { outputDir, SAMPLE } from '../helpers/paths';

const dir = outputDir('duplicate-period');
const plan = path.join(dir, 'dup.txt');
const book = path.join(dir, 'dup.xlsx');

beforeAll(() => {
  fs.writeFileSync(plan, fs.readFileSync(SAMPLE, 'utf8').replace('\tQuý II/2014', '\tQuý I/2014'));
});

describe('a plan with the same period label twice', () => {
  it('is read with a note, and built with the second label told apart', async () => {
    const r = await runCli(['--lang', 'vi', 'build', plan, '-o', book, '--as-of', '30/06/2014']);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'Kỳ "Quý I/2014" xuất hiện hai lần trong bảng công việc; sổ theo dõi ghi kỳ sau là "Quý I/2014 (2)".',
    );
  });
});

describeWithLibreOffice('its report recalculated by LibreOffice', () => {
  it('counts each period once, as the core does', async () => {
    const report = JSON.parse((await runCli(['report', book, '--json'])).out) as Report;
    expect(report.periods.map((p) => p.assigned)).toEqual([161, 123, 63, 63]);
    const sheets = await libreOfficeRecalculated(book, outputDir('duplicate-period-lo'));
    const grid = sheets.find((s) => s.name === 'Báo cáo') as SheetGrid;
    const assigned = new Map(
      grid.values.filter((r) => typeof r[2] === 'number').map((r) => [r[0], r[3]]),
    );
    expect(assigned.get('Quý I/2014')).toBe(161);
    expect(assigned.get('Quý I/2014 (2)')).toBe(123);
  }, 120_000);
});
