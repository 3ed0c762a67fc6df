/**
 * Plans in the formats offices keep them, each a real file with its exact expected result beside
 * it (test/fixtures/formats/NAME.expected.json): Word documents with automatic numbering, merged
 * cells and TCVN3 text; a workbook with merged cells; .csv and .tsv tables with quoted multi-line
 * cells; and the bad forms of each, with their messages. The binary files are built from their
 * descriptions (test/helpers/format-fixtures.ts); the text files are committed.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { readPlanBytes } from '../../shared/plan/read';
import { readXlsxText } from '../../shared/files/read-xlsx';
import { FORMAT_CASES, FORMATS, readCase } from '../helpers/format-cases';
import {
  fillSheet,
  PLAN_SHEET_MERGES,
  PLAN_SHEET_ROWS,
  planWorkbook,
} from '../helpers/format-fixtures';

describe('readPlanBytes on plans in other formats', () => {
  it('has an expected result for each case, and no stray one', () => {
    const files = fs
      .readdirSync(FORMATS)
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => f.replace(/\.expected\.json$/, ''));
    expect(files.sort()).toEqual(FORMAT_CASES.map((c) => c.name).sort());
  });

  it.each(FORMAT_CASES.map((c) => [c.name, c] as const))(
    'gives the expected result for %s',
    async (name, c) => {
      const expected = JSON.parse(
        fs.readFileSync(path.join(FORMATS, `${name}.expected.json`), 'utf8'),
      );
      expect(await readCase(c)).toEqual(expected);
    },
  );

  it('reads the same plan from the .csv, the .tsv and the Vietnamese Excel .csv', async () => {
    const [csv, tsv, vn] = await Promise.all(
      ['ke-hoach-2024-csv', 'ke-hoach-2024-tsv', 'ke-hoach-2024-cham-phay'].map((n) =>
        readCase(FORMAT_CASES.find((c) => c.name === n)!),
      ),
    );
    expect(tsv).toEqual(csv);
    expect(vn).toEqual(csv);
  });
});

describe('reading a workbook', () => {
  it('takes the first visible sheet with the task header, and names the sheet of each note', async () => {
    const wb = new ExcelJS.Workbook();
    const hidden = wb.addWorksheet('Bản cũ');
    hidden.addRows([
      ['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện'],
      ['I', 'Quý I/2023'],
      [1, 'Cũ', 'VP'],
    ]);
    hidden.state = 'hidden';
    const ws = wb.addWorksheet('Kế hoạch & tiến độ <2024>');
    fillSheet(ws, PLAN_SHEET_ROWS, PLAN_SHEET_MERGES);
    ws.getCell('B13').value = null;
    const r = await readPlanBytes(new Uint8Array(await wb.xlsx.writeBuffer()), 'kh.xlsx');
    if (!r.ok) throw new Error(r.problems[0]!.en);
    expect(r.value.periods.map((p) => p.key)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3']);
    expect(r.warnings.map((w) => [w.code, w.at])).toEqual([
      ['emptyTaskContent', { file: 'kh.xlsx', sheet: 'Kế hoạch & tiến độ <2024>', line: 13 }],
    ]);
  });

  it('reads merged areas from the file itself, and shows only the first cell of each', async () => {
    const bytes = await planWorkbook();
    // a value left in a covered cell (Excel keeps none, other writers may): not shown
    const zip = await JSZip.loadAsync(bytes);
    const sheet = 'xl/worksheets/sheet2.xml';
    const xml = await zip.file(sheet)!.async('string');
    expect(xml).toContain('<mergeCell ref="C6:C7"/>');
    const edited = xml.replace(
      /<c r="C7"([^>]*)\/>/,
      '<c r="C7"$1 t="inlineStr"><is><t>thừa</t></is></c>',
    );
    expect(edited).toContain('<is><t>thừa</t></is>');
    zip.file(sheet, edited);
    const [, plan] = await readXlsxText(await zip.generateAsync({ type: 'uint8array' }));
    expect(plan!.text[6]![2]).toBe('');
    expect(plan!.merges).toContainEqual({ row: 5, col: 2, rows: 2, cols: 1 });
    expect(plan!.merges).toHaveLength(PLAN_SHEET_MERGES.length);
  });
});
