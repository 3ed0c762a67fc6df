/**
 * Charts in an .xlsx package. exceljs 4.4 writes no charts, so once it has written the package
 * the DrawingML parts are added here (ECMA-376 Part 1, §21.2 charts and §20.5 spreadsheet
 * drawings): per sheet with charts a drawing part anchoring each chart over its cells, a chart
 * part per chart whose ranges are formulas over the sheet (with the values the core computed
 * cached, so a reader shows them before any recalculation), the relationships that tie them, and
 * their content types.
 */
import { unzipSync } from 'fflate';
import { WB } from '../i18n/workbook-vi';
import { sheetRef } from '../workbook/a1';
import { cellValue } from '../workbook/drawn-grids';
import type { ChartSpec, Range, SheetSpec, WorkbookSpec } from '../workbook/spec';
import { xmlEscape } from './xml-text';
import { spliceZip } from './zip-splice';

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;
const REL = {
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
} as const;
const TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The bars' colour when a series names none (Office's first accent). */
const DEFAULT_BAR_COLOR = '#4472C4';

const unesc = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unesc(m[1] as string) : null;
};

/** The cells of a one-column range, top to bottom, as the core computed them. */
function cells(sheet: SheetSpec, r: Range): ReturnType<typeof cellValue>[] {
  const out: ReturnType<typeof cellValue>[] = [];
  for (let k = 0; k < r.rows; k++) {
    const cell = sheet.rows[r.row + k]?.[r.col];
    out.push(cell === undefined ? null : cellValue(cell));
  }
  return out;
}

function strCache(values: ReturnType<typeof cellValue>[]): string {
  const pts = values
    .map((v, i) =>
      v === null || v === '' ? '' : `<c:pt idx="${i}"><c:v>${xmlEscape(String(v))}</c:v></c:pt>`,
    )
    .join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: ReturnType<typeof cellValue>[], format: string): string {
  // a blank, a text ("" for a unit with nothing assigned) has no point: a gap, not a zero
  const pts = values
    .map((v, i) =>
      typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '',
    )
    .join('');
  return `<c:numCache><c:formatCode>${xmlEscape(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

const hex = (color: string): string => color.replace('#', '').toUpperCase();

/** Text properties: the workbook's font at `size` points. */
function txPr(font: string, size: number, bold = false): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}">` +
    `<a:latin typeface="${xmlEscape(font)}"/><a:cs typeface="${xmlEscape(font)}"/></a:defRPr></a:pPr>` +
    `<a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`
  );
}

const LINE =
  '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>';

/** The chart part: one clustered bar chart, its category axis and its value axis. */
function chartXml(sheet: SheetSpec, chart: ChartSpec, font: string): string {
  const CAT_AX = 500000001;
  const VAL_AX = 500000002;
  const categories = cells(sheet, chart.categories);
  const bar = chart.kind === 'bar';
  const fmt = chart.axis.numberFormat;
  const series = chart.series
    .map((s, i) => {
      const labels = chart.labels
        ? `<c:dLbls><c:numFmt formatCode="${xmlEscape(fmt)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${txPr(font, 9)}` +
          `<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
          `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
        : '';
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${hex(s.color ?? DEFAULT_BAR_COLOR)}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>${labels}` +
        `<c:cat><c:strRef><c:f>${xmlEscape(sheetRef(sheet.name, chart.categories))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlEscape(sheetRef(sheet.name, s.values))}</c:f>${numCache(cells(sheet, s.values), fmt)}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join('');
  const max = chart.axis.max === undefined ? '' : `<c:max val="${chart.axis.max}"/>`;
  // categories top to bottom in the order of their cells: a horizontal bar chart counts them
  // from the axis up, so its category axis runs max to min and the value axis crosses at the top
  // category's far end ("at maximum category"), which is then the bottom
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1300" b="1">` +
    `<a:latin typeface="${xmlEscape(font)}"/><a:cs typeface="${xmlEscape(font)}"/></a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1300" b="1"><a:latin typeface="${xmlEscape(font)}"/><a:cs typeface="${xmlEscape(font)}"/></a:rPr>` +
    `<a:t>${xmlEscape(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const legend =
    chart.series.length > 1
      ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${txPr(font, 10)}</c:legend>`
      : '';
  return (
    DECL +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${bar ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `${series}<c:gapWidth val="60"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${bar ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${LINE}${txPr(font, 8)}` +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="1"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/>${max}<c:min val="${chart.axis.min}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? 'b' : 'l'}"/><c:majorGridlines>${LINE}</c:majorGridlines>` +
    `<c:numFmt formatCode="${xmlEscape(fmt)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${txPr(font, 10)}` +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="${bar ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>` +
    `${txPr(font, 10)}</c:chartSpace>`
  );
}

/** The drawing part of one sheet: each chart anchored from its first cell to past its last. */
function drawingXml(charts: readonly ChartSpec[], firstRel: number): string {
  const anchors = charts
    .map((chart, i) => {
      const a = chart.anchor;
      const at = (col: number, row: number): string =>
        `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
      return (
        `<xdr:twoCellAnchor><xdr:from>${at(a.col, a.row)}</xdr:from><xdr:to>${at(a.col + a.cols, a.row + a.rows)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlEscape(WB.chartName(i))}" descr="${xmlEscape(chart.title)}"/>` +
        `<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rId${firstRel + i}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
  return (
    DECL +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors}</xdr:wsDr>`
  );
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  const items = rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"/>`)
    .join('');
  return DECL + `<Relationships xmlns="${NS.rels}">${items}</Relationships>`;
}

/** Sheet name → its part ("xl/worksheets/sheet3.xml"), from the workbook and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const text = (name: string): string => new TextDecoder().decode(files[name] ?? new Uint8Array());
  const targets = new Map<string, string>();
  for (const tag of text('xl/_rels/workbook.xml.rels').match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const tag of text('xl/workbook.xml').match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const part = targets.get(attr(tag, 'r:id') ?? '');
    if (name !== null && part) parts.set(name, part);
  }
  return parts;
}

/** Elements a worksheet may hold after `<drawing>` (CT_Worksheet's sequence), the first of which it precedes. */
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/**
 * The sheet with its drawing, and a printed page started at each chart (a chart cut by a page
 * break is printed in two halves); `<rowBreaks>` goes just before `<drawing>` in the sequence.
 */
function withDrawing(sheetXml: string, rid: string, charts: readonly ChartSpec[]): string {
  const rows = [...new Set(charts.map((c) => c.anchor.row))].filter((r) => r > 0);
  const breaks =
    rows.length === 0 ||
    // elements due between the two: none from exceljs today; if ever, no break rather than a misplaced one
    /<(rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags)[\s/>]/.test(
      sheetXml,
    )
      ? ''
      : `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">` +
        rows.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('') +
        `</rowBreaks>`;
  const tag = `${breaks}<drawing r:id="${rid}"/>`;
  let at = sheetXml.lastIndexOf('</worksheet>');
  for (const name of AFTER_DRAWING) {
    const m = new RegExp(`<${name}[\\s/>]`).exec(sheetXml);
    if (m && m.index < at) at = m.index;
  }
  let xml = sheetXml.slice(0, at) + tag + sheetXml.slice(at);
  if (!/<worksheet\b[^>]*\sxmlns:r=/.test(xml)) {
    xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.r}"`);
  }
  return xml;
}

/** Where the last `needle` starts in `bytes`, or -1. */
function lastIndexOf(bytes: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = bytes.length - needle.length; i >= 0; i--) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

const SHEET_DATA_END = new TextEncoder().encode('</sheetData>');

/**
 * `withDrawing` on a sheet part's bytes. Everything it changes follows the cells, so only what
 * follows `</sheetData>` is decoded and rewritten: a sheet of 25,000 rows is not turned into text
 * and back (its `<worksheet>` tag must already declare the relationships' namespace, as exceljs
 * writes it; else the whole part is).
 */
function withDrawingBytes(
  sheet: Uint8Array,
  rid: string,
  charts: readonly ChartSpec[],
): Uint8Array {
  const cut = lastIndexOf(sheet, SHEET_DATA_END);
  const head = new TextDecoder().decode(sheet.subarray(0, Math.min(cut, 4096)));
  if (cut < 0 || !/<worksheet\b[^>]*\sxmlns:r=/.test(head)) {
    return new TextEncoder().encode(withDrawing(new TextDecoder().decode(sheet), rid, charts));
  }
  const tail = new TextEncoder().encode(
    withDrawing(new TextDecoder().decode(sheet.subarray(cut)), rid, charts),
  );
  const out = new Uint8Array(cut + tail.length);
  out.set(sheet.subarray(0, cut));
  out.set(tail, cut);
  return out;
}

/** The part holding a part's relationships: "xl/worksheets/sheet3.xml" → "xl/worksheets/_rels/sheet3.xml.rels". */
function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

const WORKBOOK_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'];

/** The drawing's relationship on a sheet that has none of its own (exceljs writes none for ours). */
const FIRST_REL = 'rId1';

/**
 * For a writer that streams a sheet: what to do to the end of the sheet's XML (all that follows
 * its cells) so that it carries its charts; null for a sheet without any. `addCharts(…, true)`
 * then adds the rest without touching the sheet again.
 */
export function chartsTail(sheet: SheetSpec): ((tail: string) => string) | null {
  const charts = sheet.charts ?? [];
  return charts.length === 0 ? null : (tail) => withDrawing(tail, FIRST_REL, charts);
}

/**
 * The package with the charts of `spec` added; unchanged when no sheet has one. Only the parts
 * that change are inflated and written again (the workbook's, the charted sheets', the new
 * ones); every other part is copied as it is. `inSheets`: the sheets were written with their
 * drawing already (`chartsTail`), and are left as they are.
 */
export function addCharts(xlsx: Uint8Array, spec: WorkbookSpec, inSheets = false): Uint8Array {
  const withCharts = spec.sheets.filter((s) => (s.charts ?? []).length > 0);
  if (withCharts.length === 0) return xlsx;
  const read = (names: string[]): Record<string, Uint8Array> => {
    const wanted = new Set(names);
    return unzipSync(xlsx, { filter: (f) => wanted.has(f.name) });
  };
  const files = read(WORKBOOK_PARTS);
  const parts = sheetParts(files);
  const charted = withCharts.map((s) => parts.get(s.name) ?? '').filter((p) => p !== '');
  Object.assign(files, read([...(inSheets ? [] : charted), ...charted.map(relsOf)]));
  const changed: Record<string, Uint8Array> = {};
  const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
  const decode = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);
  const write = (name: string, text: string): void => {
    files[name] = changed[name] = encode(text);
  };
  const overrides: string[] = [];
  let chartNo = 0;
  withCharts.forEach((sheet, d) => {
    const part = parts.get(sheet.name);
    if (!part || !(inSheets || files[part])) throw new Error(`charts: no part for ${sheet.name}`);
    const charts = sheet.charts ?? [];
    const drawing = `xl/drawings/drawing${d + 1}.xml`;
    const chartRels = charts.map((chart, i) => {
      chartNo += 1;
      const name = `chart${chartNo}.xml`;
      write(`xl/charts/${name}`, chartXml(sheet, chart, spec.font.name));
      overrides.push(`<Override PartName="/xl/charts/${name}" ContentType="${TYPE.chart}"/>`);
      return { id: `rId${i + 1}`, type: REL.chart, target: `../charts/${name}` };
    });
    write(drawing, drawingXml(charts, 1));
    write(`xl/drawings/_rels/drawing${d + 1}.xml.rels`, relsXml(chartRels));
    overrides.push(`<Override PartName="/${drawing}" ContentType="${TYPE.drawing}"/>`);

    // the sheet's relationships: exceljs writes them only when it has some (hyperlinks, …)
    const relsName = relsOf(part);
    const existing = files[relsName] ? decode(files[relsName]) : relsXml([]);
    const ids = new Set(
      (existing.match(/<Relationship\b[^>]*>/g) ?? []).map((t) => attr(t, 'Id') ?? ''),
    );
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const rid = `rId${n}`;
    const rel = `<Relationship Id="${rid}" Type="${REL.drawing}" Target="../drawings/drawing${d + 1}.xml"/>`;
    write(relsName, existing.replace('</Relationships>', `${rel}</Relationships>`));
    if (!inSheets) files[part] = changed[part] = withDrawingBytes(files[part]!, rid, charts);
    else if (rid !== FIRST_REL) throw new Error(`charts: ${sheet.name} has relationships already`);
  });
  const types = decode(files['[Content_Types].xml']);
  write('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));
  return spliceZip(xlsx, changed);
}
