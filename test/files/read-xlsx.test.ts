/**
 * The .xlsx reader on what real files hold: strings shared and inline, rich text, dates, times,
 * booleans, errors, formulas with their cached results (shared formulas too), links, merged
 * ranges, hidden sheets, missing cells; as exceljs writes them, as LibreOffice saves them, and
 * as other writers spell them (no cell addresses, ISO dates, the 1904 date system).
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { readXlsx } from '../../shared/files/read-xlsx';
import { withPart } from '../helpers/bad-files';
import { describeWithLibreOffice, libreOfficeRecalculated } from '../helpers/libreoffice';
import { outputDir } from '../helpers/paths';

/** A workbook with one of each kind of cell, written by exceljs. */
async function variedXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Theo dõi');
  ws.getCell('A1').value = 'Mã';
  ws.getCell('B1').value = { richText: [{ text: 'Đã ', font: { bold: true } }, { text: 'xong' }] };
  ws.getCell('C1').value = new Date(Date.UTC(2014, 4, 1));
  ws.getCell('C1').numFmt = 'dd/mm/yyyy';
  ws.getCell('D1').value = true;
  ws.getCell('E1').value = { error: '#N/A' };
  ws.getCell('F1').value = { formula: 'A2*2', result: 42 };
  ws.getCell('G1').value = { formula: 'CONCATENATE("a","b")', result: 'ab' };
  ws.getCell('H1').value = { text: 'Báo cáo', hyperlink: 'https://example.org/bc' };
  ws.getCell('A2').value = 21;
  ws.getCell('A3').value = 0.5;
  ws.getCell('B3').value = 'dòng 1\ndòng 2 & <x>';
  ws.getCell('A4').value = { formula: 'A2+1', result: 22 };
  ws.getCell('A5').value = { sharedFormula: 'A4', result: 1.5 };
  ws.getCell('C4').value = 'gộp';
  ws.mergeCells('C4:E5');
  ws.getCell('J7').value = '  khoảng trắng  ';
  ws.getCell('K9').style = { font: { bold: true } };
  wb.addWorksheet('Ẩn', { state: 'hidden' }).getCell('B2').value = 3.25;
  wb.addWorksheet('Trống');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const row = (...cells: unknown[]): unknown[] => [
  ...cells,
  ...new Array(10 - cells.length).fill(null),
];

/** What the varied workbook holds, cell by cell (dates as serials, formulas as their results). */
const VARIED = [
  row('Mã', 'Đã xong', 41760, true, '#N/A', 42, 'ab', 'Báo cáo (https://example.org/bc)'),
  row(21),
  row(0.5, 'dòng 1\ndòng 2 & <x>'),
  row(22, null, 'gộp'),
  row(1.5),
  row(),
  row(null, null, null, null, null, null, null, null, null, '  khoảng trắng  '),
  row(),
  row(),
];

describe('readXlsx', () => {
  it('reads every kind of cell exceljs writes, formulas and merges named on the sheets asked', async () => {
    const read = await readXlsx(await variedXlsx(), ['Theo dõi']);
    expect(read.sheets).toEqual([
      { name: 'Theo dõi', hidden: false, values: VARIED },
      {
        name: 'Ẩn',
        hidden: true,
        values: [
          [null, null],
          [null, 3.25],
        ],
      },
      { name: 'Trống', hidden: false, values: [] },
    ]);
    expect(read.formulas).toEqual([
      { sheet: 'Theo dõi', row: 0, col: 5, formula: 'A2*2' },
      { sheet: 'Theo dõi', row: 0, col: 6, formula: 'CONCATENATE("a","b")' },
      { sheet: 'Theo dõi', row: 3, col: 0, formula: 'A2+1' },
      // a shared formula, moved from its first cell as Excel fills it down
      { sheet: 'Theo dõi', row: 4, col: 0, formula: 'A3+1' },
    ]);
    expect(read.merges).toEqual([{ sheet: 'Theo dõi', range: 'C4:E5' }]);
  });

  it('reads only the sheets asked for, and a sheet asked for its first rows only up to them', async () => {
    const bytes = await variedXlsx();
    const read = await readXlsx(bytes, [], undefined, {
      only: ['Theo dõi', 'Trống'],
      heads: new Map([['Theo dõi', 2]]),
    });
    // the first rows as wide as they are, and their plain values: the links and merged ranges
    // written after the rows are not looked for (a sheet read so holds settings, not entries)
    expect(read.sheets.map((s) => [s.name, s.values])).toEqual([
      [
        'Theo dõi',
        [
          ['Mã', 'Đã xong', 41760, true, '#N/A', 42, 'ab', 'Báo cáo'],
          [21, null, null, null, null, null, null, null],
        ],
      ],
      ['Trống', []],
    ]);
  });

  it('reads inline strings, phonetic runs, escaped characters, cells without addresses, ISO dates', async () => {
    const sheet =
      '<?xml version="1.0" encoding="UTF-8"?>\r\n' +
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>nội </x:t><x:r><x:t>tuyến</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ふ</x:t></x:rPh></x:is></x:c>' +
      '<x:c t="d"><x:v>2014-05-01T12:00:00</x:v></x:c><x:c t="e"><x:v>#REF!</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c></x:row>' +
      '<x:row r="3"><x:c r="B3" t="str"><x:f>"a"&amp;"b"</x:f><x:v>a&#13;b</x:v></x:c><x:c><x:v>1.5E-3</x:v></x:c>' +
      '<x:c r="E3" t="s"><x:v>0</x:v></x:c><x:c r="F3"><x:f>1/0</x:f></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const strings =
      '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">' +
      '<si><t xml:space="preserve">dòng_x000D_\r\nhai  </t></si></sst>';
    let bytes = await withPart(await variedXlsx(), 'xl/worksheets/sheet1.xml', () => sheet);
    bytes = await withPart(bytes, 'xl/sharedStrings.xml', () => strings);
    const read = await readXlsx(bytes, ['Theo dõi']);
    expect(read.sheets[0]?.values).toEqual([
      ['nội tuyến', 41760.5, '#REF!', false, null, null],
      [null, null, null, null, null, null],
      [null, 'a\rb', 0.0015, null, 'dòng\r\nhai  ', null],
    ]);
    // a formula with no cached result is named, its value empty
    expect(read.formulas).toEqual([
      { sheet: 'Theo dõi', row: 2, col: 1, formula: '"a"&"b"' },
      { sheet: 'Theo dõi', row: 2, col: 5, formula: '1/0' },
    ]);
  });

  it('reads dates of a workbook in the 1904 date system as dates of the 1900 one', async () => {
    const bytes = await withPart(await variedXlsx(), 'xl/workbook.xml', (xml) =>
      xml.replace(/<workbookPr\b[^>]*?\/>/, '<workbookPr date1904="1"/>'),
    );
    const dated = await withPart(bytes, 'xl/worksheets/sheet1.xml', (xml) =>
      // the date's serial as a 1904 workbook counts it: 1,462 days fewer
      xml.replace('<v>41760</v>', '<v>40298</v>'),
    );
    const values = (await readXlsx(dated)).sheets[0]?.values;
    expect(values?.[0]?.[2]).toBe(41760);
    // a number that is not a date is as it was
    expect(values?.[1]?.[0]).toBe(21);
  });
});

describeWithLibreOffice('readXlsx on a workbook saved by LibreOffice', () => {
  it('reads the same cells, LibreOffice having computed the formulas again', async () => {
    const dir = outputDir('read-xlsx');
    const file = path.join(dir, 'varied.xlsx');
    fs.writeFileSync(file, await variedXlsx());
    const sheets = await libreOfficeRecalculated(file, dir);
    expect(sheets.map((s) => s.name)).toEqual(['Theo dõi', 'Ẩn', 'Trống']);
    expect(sheets[0]?.values).toEqual(VARIED);
    expect(sheets[1]?.values).toEqual([
      [null, null],
      [null, 3.25],
    ]);
  }, 200_000);
});
