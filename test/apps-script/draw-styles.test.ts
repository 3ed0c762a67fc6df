/**
 * The sheets drawn in Google Sheets look as the layout composes them, cell by cell: font family,
 * size, weight, slant and colour (set together by setTextStyles), fill, alignments, wrapping,
 * number formats, borders (one RangeList), merges and widths. Drawn on a new spreadsheet (sheets
 * just inserted) and drawn again over the same sheets (cleared first), the result is the same.
 */
import * as fs from 'fs';
import { readPlanText } from '../../shared/plan/read-plan-text';
import type { Plan } from '../../shared/plan/model';
import { describeBook } from '../../shared/layout/describe';
import { readBook } from '../../shared/read/book';
import { rangeAddress } from '../../shared/workbook/a1';
import type { CellStyle, SheetSpec, WorkbookSpec } from '../../shared/workbook/spec';
import { styleGrid } from '../../shared/workbook/style-grid';
import type { AppsScriptFake } from '../fakes/apps-script';
import { SAMPLE } from '../helpers/paths';
import { buildBundle, expectOk, gridsOf, load, OFFICE, sidebarBridge } from './helpers';
import type { SheetsBridge } from '../../apps-script/src/client/bridge';

let fake: AppsScriptFake;
let sidebar: SheetsBridge;
let plan: Plan;

beforeAll(() => {
  const loaded = load(buildBundle(), { editors: [OFFICE] });
  fake = loaded.fake;
  sidebar = sidebarBridge(loaded.bundle);
  const read = readPlanText(fs.readFileSync(SAMPLE, 'utf8'));
  if (!read.ok) throw new Error('sample plan unreadable');
  plan = JSON.parse(JSON.stringify(read.value)) as Plan;
});

/** What the layout gives each cell, in the words Sheets reads them back with. */
function expected(spec: SheetSpec, font: WorkbookSpec['font']): Record<string, unknown[][]> {
  const grid = styleGrid(spec);
  const out: Record<string, unknown[][]> = {};
  const put = (k: string, r: number, v: unknown) => ((out[k] ??= [])[r] ??= []).push(v);
  spec.rows.forEach((_, r) => {
    spec.columns.forEach((_c, c) => {
      const s = grid.styles[grid.ids[r * spec.columns.length + c]!] as CellStyle;
      put('fontFamilies', r, font.name);
      put('fontSizes', r, s.fontSize ?? font.size);
      put('fontWeights', r, s.bold ? 'bold' : 'normal');
      put('fontStyles', r, s.italic ? 'italic' : 'normal');
      put('fontColors', r, (s.fontColor ?? '#000000').toLowerCase());
      put('backgrounds', r, (s.fill ?? '#ffffff').toLowerCase());
      put('horizontalAlignments', r, s.hAlign ?? 'general');
      put('verticalAlignments', r, s.vAlign ?? 'bottom');
      put('wraps', r, s.wrap ?? false);
      put('borders', r, Boolean(s.border));
      if (s.numberFormat !== undefined) put('numberFormats', r, s.numberFormat);
    });
  });
  return out;
}

/** The same, read from the fake (number formats only where the layout sets one). */
function drawn(spec: SheetSpec): Record<string, unknown[][]> {
  const v = fake.sheet(spec.name);
  const grid = styleGrid(spec);
  const a1 = rangeAddress({ row: 0, col: 0, rows: spec.rows.length, cols: spec.columns.length });
  const bordered = new Set<string>();
  for (const b of v.borders) {
    expect(b.sides).toBe('top left bottom right vertical horizontal');
    const [from, to] = b.range.split(':');
    const cell = (a: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return [Number(m[2]) - 1, col] as const;
    };
    const [r0, c0] = cell(from!);
    const [r1, c1] = cell(to ?? from!);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) bordered.add(`${r},${c}`);
  }
  const formats = v.numberFormats(a1);
  return {
    fontFamilies: v.fontFamilies(a1),
    fontSizes: v.fontSizes(a1),
    fontWeights: v.fontWeights(a1),
    fontStyles: v.fontStyles(a1),
    fontColors: v.fontColors(a1),
    backgrounds: v.backgrounds(a1),
    horizontalAlignments: v.horizontalAlignments(a1),
    verticalAlignments: v.verticalAlignments(a1),
    wraps: v.wraps(a1),
    borders: spec.rows.map((_, r) => spec.columns.map((_c, c) => bordered.has(`${r},${c}`))),
    numberFormats: formats
      .map((line, r) =>
        line.filter(
          (_f, c) =>
            (grid.styles[grid.ids[r * spec.columns.length + c]!] as CellStyle).numberFormat !==
            undefined,
        ),
      )
      .filter((line) => line.length > 0),
  };
}

function expectAsLaidOut(): void {
  const read = readBook(gridsOf(fake), { strict: false });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const book = describeBook(read.value.book).spec;
  for (const spec of book.sheets.filter((s) => s.rows.length > 0)) {
    const want = expected(spec, book.font);
    want.numberFormats = (want.numberFormats ?? []).filter(Boolean);
    expect({ sheet: spec.name, ...drawn(spec) }).toEqual({ sheet: spec.name, ...want });
    const v = fake.sheet(spec.name);
    expect([...v.merges].sort()).toEqual(spec.merges.map((m) => rangeAddress(m)).sort());
    expect(Object.values(v.columnWidths)).toEqual(spec.columns.map((w) => Math.round(w * 7 + 5)));
  }
}

describe('the sheets as Google Sheets draws them', () => {
  it('have every cell styled as the layout composes it, on sheets just inserted', async () => {
    expectOk(await sidebar.run('build', { plan, asOf: '2014-07-15' }));
    expect(fake.calls.get('Range.setTextStyles')).toBe(11);
    expectAsLaidOut();
  });

  it('and the same when drawn again over the sheets already there', async () => {
    expectOk(await sidebar.run('build', { plan, asOf: '2014-07-15', replace: true }));
    expectAsLaidOut();
  });
});
