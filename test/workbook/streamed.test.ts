/**
 * The command line writes its books through exceljs's streaming writer, the pages through the
 * in-memory one; both draw with one sheet-drawing code. Read back, a streamed book is the
 * in-memory writer's book: every sheet's settings, every cell's value and style, every merge,
 * validation and conditional format, and the same chart parts.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Book } from '../../shared/book/model';
import { splitBook } from '../../shared/book/split';
import { describeBook, describeUnitFile } from '../../shared/layout/describe';
import { describeSummary } from '../../shared/layout/summary';
import { computeReport } from '../../shared/report/compute';
import type { WorkbookSpec } from '../../shared/workbook/spec';
import { writeXlsx, writeXlsxStreamed } from '../../shared/xlsx/write';
import { sampleBook as madeBook } from '../helpers/sample-book';

const NOW = '2014-07-15T03:00:00.000Z';

/** The sample plan's book, a third of its rows done, some with notes that XML must escape. */
function sampleBook(): Book {
  const book = madeBook(NOW);
  book.rows.forEach((r, i) => {
    if (i % 3 !== 0) return;
    r.status = 'done';
    r.doneDate = '2014-05-01';
    r.evidence = `Báo cáo số ${i}/BC-ĐTN`;
    r.note = i % 2 === 0 ? 'Nộp muộn do lũ & "sạt lở" <xã>' : '';
  });
  return book;
}

/** What a sheet is, as exceljs reads it back: its settings and every cell it holds. */
function sheetOf(ws: ExcelJS.Worksheet): unknown {
  const cells: Record<string, unknown> = {};
  const heights: Record<number, number | undefined> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    heights[r] = row.height;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = { type: cell.type, value: cell.value, style: cell.style };
    });
  });
  const model = ws.model as ExcelJS.WorksheetModel & {
    merges: string[];
    dataValidations: unknown;
    conditionalFormattings: unknown;
    sheetProtection: unknown;
    autoFilter: unknown;
  };
  return {
    name: ws.name,
    state: ws.state,
    properties: ws.properties,
    views: ws.views,
    pageSetup: ws.pageSetup,
    headerFooter: ws.headerFooter,
    columns: (ws.columns ?? []).map((c) => c.width),
    merges: [...model.merges].sort(),
    validations: model.dataValidations,
    conditionalFormats: model.conditionalFormattings,
    protection: model.sheetProtection,
    autoFilter: model.autoFilter,
    heights,
    cells,
  };
}

async function readBack(bytes: Uint8Array): Promise<{ views: unknown; sheets: unknown[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return {
    views: wb.views,
    sheets: wb.worksheets.map(sheetOf),
  };
}

/**
 * The charts as the package holds them: the chart and drawing parts, the sheets' relationships,
 * and in each sheet its page breaks and its drawing.
 */
function drawingParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes, {
    // (the in-memory writer's zip also lists the folders)
    filter: (f) => /^xl\/(charts|drawings|worksheets)\/.*[^/]$/.test(f.name),
  });
  const out: Record<string, string> = {};
  for (const [name, b] of Object.entries(files)) {
    const text = new TextDecoder().decode(b);
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) out[name] = text;
    else {
      const drawing = /(<rowBreaks\b.*?<\/rowBreaks>)?<drawing\b[^>]*\/>/.exec(text);
      if (drawing) out[name] = drawing[0];
    }
  }
  return out;
}

const book = sampleBook();
const cases: [string, () => WorkbookSpec][] = [
  ['the book', () => describeBook(book).spec],
  ['a unit file', () => describeUnitFile(splitBook(book, NOW)[0]!)],
  ['the summary by bloc', () => describeSummary(book, computeReport(book), { blocs: true })],
];

describe.each(cases)('%s, streamed', (_, make) => {
  it('reads back as the in-memory writer’s: every sheet, cell value and style', async () => {
    const spec = make();
    const streamed = await writeXlsxStreamed(spec);
    const inMemory = await writeXlsx(spec);
    const a = await readBack(streamed);
    const b = await readBack(inMemory);
    expect(a.sheets.map((s) => (s as { name: string }).name)).toEqual(
      spec.sheets.map((s) => s.name),
    );
    expect(a).toEqual(b);
    // cells were compared, not two empty books
    const cells = (a.sheets as { cells: object }[]).reduce(
      (n, s) => n + Object.keys(s.cells).length,
      0,
    );
    expect(cells).toBeGreaterThan(spec.sheets.reduce((n, s) => n + s.rows.length, 0));
  });

  it('has the same charts, drawn over the same cells', async () => {
    const spec = make();
    const streamed = drawingParts(await writeXlsxStreamed(spec));
    expect(streamed).toEqual(drawingParts(await writeXlsx(spec)));
    const charts = spec.sheets.reduce((n, s) => n + (s.charts ?? []).length, 0);
    const drawn = spec.sheets.filter((s) => (s.charts ?? []).length > 0).length;
    expect(Object.values(streamed).filter((x) => x.includes('<drawing r:id='))).toHaveLength(drawn);
    expect(Object.keys(streamed).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(
      charts,
    );
  });
});
