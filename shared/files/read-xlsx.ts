/** An .xlsx file read back as grids of values (dates as serials, formulas as their results). */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Location } from '../i18n/location';
import type { Problem } from '../errors/problem';
import {
  checkWorkbookBytes,
  checkWorkbookUpFront,
  isWorksheetPart,
  locateDamage,
  unpackSheet,
  unpackSheetTop,
} from './check-workbook';
import { displayText } from '../workbook/cells';
import type { CellValue, Range, SheetGrid } from '../workbook/spec';
import { WORKBOOK_LIMITS } from './limits';
import type { SheetCells } from './sheet-cells';
import { readDateStyles, readSharedStrings, readSheetCells } from './sheet-cells';
import { partRelations, partText, workbookSheets } from './sheet-parts';
import { attribute } from './xml-walk';
import type { ZipEntry } from './zip-directory';
import { readZipDirectory } from './zip-directory';

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** The bytes are not a workbook that can be read: what and where, in both languages. */
export class XlsxReadError extends Error {
  override name = 'XlsxReadError' as const;
  constructor(
    readonly problems: Problem[],
    options?: { cause?: unknown },
  ) {
    super(problems[0]?.en ?? 'unreadable', options);
  }
}

function dateToSerial(d: Date): number {
  return (d.getTime() - EPOCH_MS) / DAY_MS;
}

function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) return plain(o.result);
    if (Array.isArray(o.richText))
      return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('hyperlink' in o) {
      const text = plain(o.text);
      const link = String(o.hyperlink ?? '');
      if (text === null || text === '' || text === link) return link;
      return `${String(text)} (${link})`;
    }
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

export interface ReadSheets {
  sheets: (SheetGrid & { hidden: boolean })[];
  /** Formulas found in cells of sheets named here (a user typing "=…" where text was expected). */
  formulas: { sheet: string; row: number; col: number; formula: string }[];
  /** Merged ranges ("H2:K2") of the same sheets: a merge hides the values of all but one cell. */
  merges: { sheet: string; range: string }[];
}

/**
 * The workbook in the bytes, for every reader of .xlsx files. Bytes that are not an .xlsx, or are
 * damaged, or are over the size limits, throw an XlsxReadError saying so (`at` names the file),
 * before exceljs unpacks anything. Validation and formatting nodes are skipped: they are slow to
 * read and not needed.
 */
async function loadWorkbook(
  bytes: Uint8Array,
  skip: readonly string[] = [],
  at?: Location,
): Promise<ExcelJS.Workbook> {
  const refused = checkWorkbookBytes(bytes, at);
  if (refused.length > 0) throw new XlsxReadError(refused);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      bytes as unknown as ArrayBuffer,
      {
        ignoreNodes: [
          'dataValidations',
          'conditionalFormatting',
          'extLst',
          'drawing',
          'picture',
          ...skip,
        ],
      } as unknown as ExcelJS.XlsxReadOptions,
    );
  } catch (e) {
    // the reader's own words mean nothing to the office: say which part is damaged instead
    throw new XlsxReadError([locateDamage(bytes, at)], { cause: e });
  }
  return wb;
}

/** Everything but the cells: read once, then each sheet as it is asked for. */
export interface XlsxPackage {
  /** The sheets holding cells, in the workbook's order. */
  readonly sheetNames: readonly string[];
  /**
   * The sheets named (every sheet by default), in the workbook's order; `Theo dõi`-like sheets
   * named in `formulaSheets` with their formulas and merged ranges; a sheet in `heads` only for
   * its first rows. Throws an XlsxReadError naming a damaged sheet.
   */
  read(opts?: ReadOptions & { formulaSheets?: readonly string[] }): ReadSheets;
}

/** Text of a part the workbook names by relationship type, where it keeps it. */
function relatedPart(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  type: string,
  fallback: string,
  read: (part: string) => string | null,
): string | null {
  const rels = partRelations(bytes, entries, 'xl/workbook.xml');
  const rel = [...rels.values()].find((r) => r.type.endsWith(`/${type}`) && !r.external);
  return read(rel?.target ?? fallback);
}

/** The entry of a part, by its name as the workbook's relationships give it (any case). */
function entryNamed(entries: readonly ZipEntry[], name: string): ZipEntry | undefined {
  const lower = name.toLowerCase();
  return entries.find((e) => e.name.toLowerCase() === lower);
}

/** Parts larger than this, unpacked by the check, are kept for reading. */
const KEEP_FROM = 64 * 1024;

/**
 * Opens the workbook in the bytes: checks it (format, damage, size limits, before anything is
 * unpacked; an XlsxReadError names the file and what is wrong), then reads its list of sheets,
 * shared strings and styles. The sheets' cells are read only when asked for.
 */
export function openXlsx(bytes: Uint8Array, at?: Location): XlsxPackage {
  let pkg = opened.get(bytes);
  if (!pkg) {
    pkg = openPackage(bytes, at);
    opened.set(bytes, pkg);
  }
  return pkg;
}

/** Workbooks opened, by their bytes: a host reads a book's sheets as commands ask for them. */
const opened = new WeakMap<Uint8Array, XlsxPackage>();

function openPackage(bytes: Uint8Array, at?: Location): XlsxPackage {
  // the big parts unpacked by the check are read from there, not unpacked a second time
  const unpacked = new Map<string, Uint8Array>();
  const keep = (name: string, part: Uint8Array): void => {
    if (part.length > KEEP_FROM) unpacked.set(name.toLowerCase(), part);
  };
  // the worksheets are checked as they are read: a command reads only the sheets it needs
  const refused = checkWorkbookUpFront(bytes, at, keep);
  if (refused.length > 0) throw new XlsxReadError(refused);
  const damaged = (cause?: unknown): XlsxReadError =>
    new XlsxReadError([locateDamage(bytes, at)], { cause });
  const zip = readZipDirectory(bytes);
  if (!zip.ok) throw damaged();
  const entries = zip.entries;
  const bigPart = (name: string): string | null => {
    const kept = unpacked.get(name.toLowerCase());
    if (kept) {
      unpacked.delete(name.toLowerCase());
      return new TextDecoder('utf-8').decode(kept);
    }
    const entry = isWorksheetPart(name) ? entryNamed(entries, name) : undefined;
    if (!entry) return partText(bytes, entries, name, WORKBOOK_LIMITS.unpackedBytes);
    const checked = unpackSheet(bytes, entry, sheetOfPart.get(entry.name.toLowerCase()), at);
    if (!checked.ok) throw new XlsxReadError([checked.problem]);
    return new TextDecoder('utf-8').decode(checked.bytes);
  };
  /** The top of a worksheet, up to the first row past `rows` (`whole` when that is all). */
  const sheetTop = (name: string, rows: number): { xml: string; whole: boolean } | null => {
    const entry = isWorksheetPart(name) ? entryNamed(entries, name) : undefined;
    if (!entry || unpacked.has(name.toLowerCase())) return null;
    const top = unpackSheetTop(bytes, entry, sheetOfPart.get(entry.name.toLowerCase()), at, rows);
    if (!top.ok) throw new XlsxReadError([top.problem]);
    return { xml: new TextDecoder('utf-8').decode(top.bytes), whole: top.whole };
  };
  const workbook = partText(bytes, entries, 'xl/workbook.xml');
  const listed = workbookSheets(bytes, entries);
  if (workbook === null || listed.length === 0) throw damaged();
  const sheetOfPart = new Map(listed.map((s) => [s.part.toLowerCase(), s.name]));
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? '';
  const date1904 = /^(1|true)$/.test(attribute(pr, 'date1904') ?? '');
  const stringsXml = relatedPart(bytes, entries, 'sharedStrings', 'xl/sharedStrings.xml', bigPart);
  const strings = stringsXml === null ? [] : readSharedStrings(stringsXml);
  const stylesXml = relatedPart(bytes, entries, 'styles', 'xl/styles.xml', bigPart);
  const dateStyles = stylesXml === null ? [] : readDateStyles(stylesXml);
  if (strings === null || dateStyles === null) throw damaged();
  const sheets = listed.filter((s) => s.cells);
  return {
    sheetNames: sheets.map((s) => s.name),
    read(opts = {}) {
      const out: ReadSheets = { sheets: [], formulas: [], merges: [] };
      for (const sheet of sheets) {
        if (opts.only && !opts.only.includes(sheet.name)) continue;
        const rels = partRelations(bytes, entries, sheet.part);
        const head = opts.heads?.get(sheet.name);
        const cellsOf = (xml: string): SheetCells | null =>
          readSheetCells(xml, {
            strings,
            dateStyles,
            date1904,
            linkTarget: (id) => {
              const rel = rels.get(id);
              return rel?.type.endsWith('/hyperlink') ? rel.target : undefined;
            },
            ...(head !== undefined ? { maxRows: head } : {}),
          });
        const top = head !== undefined ? sheetTop(sheet.part, head) : null;
        let cells = top ? cellsOf(top.xml) : null;
        if (!cells && !top?.whole) {
          // a top the reader cannot end where the row tags said (a row given by its cells
          // only…): the whole sheet, as it would be read
          const xml = bigPart(sheet.part);
          if (xml === null) throw damaged();
          cells = cellsOf(xml);
        }
        if (!cells) throw damaged();
        out.sheets.push({
          name: sheet.name,
          values: cells.values,
          hidden: sheet.state !== 'visible',
        });
        if (opts.formulaSheets?.includes(sheet.name)) {
          for (const f of cells.formulas) out.formulas.push({ sheet: sheet.name, ...f });
          for (const range of cells.merges) out.merges.push({ sheet: sheet.name, range });
        }
      }
      return out;
    },
  };
}

/** What to read of a workbook: see `XlsxPackage.read`. */
export interface ReadOptions {
  only?: readonly string[];
  heads?: ReadonlyMap<string, number>;
}

/**
 * Reads the sheets' values (every sheet's, or those of `opts.only`). The workbook is checked and
 * opened once for the same bytes, however many times its sheets are read.
 */
export function readXlsx(
  bytes: Uint8Array,
  formulaSheets: readonly string[] = [],
  at?: Location,
  opts: ReadOptions = {},
): Promise<ReadSheets> {
  try {
    return Promise.resolve(openXlsx(bytes, at).read({ ...opts, formulaSheets }));
  } catch (e) {
    return Promise.reject(e as Error);
  }
}

/** A sheet as its user sees it: each cell's text, and the merged areas. */
export interface SheetText {
  name: string;
  hidden: boolean;
  /** Each cell as displayed (see `displayText`): a date as dd/mm/yyyy; '' where empty or covered by a merge. */
  text: string[][];
  /** The merged areas, 0-based. */
  merges: Range[];
}

/** What a cell shows: a formula's result, a rich text's runs, a date as dd/mm/yyyy. */
function shown(cell: ExcelJS.Cell): string {
  let v: unknown = cell.value;
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    v = (cell as unknown as { result: unknown }).result;
  }
  const format = cell.numFmt ?? '';
  if (v instanceof Date) {
    return displayText(dateToSerial(v), /[dmy]/i.test(format) ? format : 'dd/mm/yyyy');
  }
  if (typeof v === 'number') return displayText(v, format);
  return displayText(plain(v));
}

const XML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#x?[0-9a-fA-F]+);/g, (_all, e: string) =>
    e.startsWith('#')
      ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (XML_ENTITIES[e] as string),
  );
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1] as string) : undefined;
};

/** "B3" → 0-based row and column. */
function cellAt(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1] as string) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * The merged areas of each sheet, by sheet name, read from the package's XML (<mergeCell
 * ref="C6:C7"/>). exceljs indexes merges by checking each against all before it, which takes
 * seconds for the thousands of merges of a long plan; this reading is linear.
 */
async function mergedAreas(bytes: Uint8Array): Promise<Map<string, Range[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, Range[]>();
  for (const [tag] of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(tag, 'name');
    const id = /\s(?:\w+:)?id="([^"]*)"/.exec(tag)?.[1];
    const path = id ? targets.get(id) : undefined;
    if (name === undefined || !path) continue;
    const xml = (await zip.file(path)?.async('string')) ?? '';
    const merges: Range[] = [];
    for (const [cell] of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)) {
      const [from, to] = (attr(cell, 'ref') ?? '').split(':');
      const a = cellAt(from ?? '');
      const b = cellAt(to ?? from ?? '');
      if (!a || !b) continue;
      const area = {
        row: Math.min(a.row, b.row),
        col: Math.min(a.col, b.col),
        rows: Math.abs(b.row - a.row) + 1,
        cols: Math.abs(b.col - a.col) + 1,
      };
      if (area.rows * area.cols > 1) merges.push(area);
    }
    out.set(name, merges);
  }
  return out;
}

/** Reads every sheet as displayed, with its merged areas (for plans kept in a spreadsheet). */
export async function readXlsxText(bytes: Uint8Array, at?: Location): Promise<SheetText[]> {
  const wb = await loadWorkbook(bytes, ['mergeCells'], at);
  let merges: Map<string, Range[]>;
  try {
    merges = await mergedAreas(bytes);
  } catch (e) {
    throw new XlsxReadError([locateDamage(bytes, at)], { cause: e });
  }
  const sheets: SheetText[] = [];
  wb.eachSheet((ws) => {
    const areas = merges.get(ws.name) ?? [];
    const width = ws.columnCount;
    const text: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const out: string[] = new Array<string>(width).fill('');
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        while (out.length < c) out.push('');
        out[c - 1] = shown(cell);
      });
      text[r - 1] = out;
    });
    for (let r = 0; r < text.length; r++) text[r] ??= new Array<string>(width).fill('');
    // a merged area shows its first cell only, whatever the covered cells still hold
    for (const m of areas) {
      for (let r = m.row; r < m.row + m.rows && r < text.length; r++) {
        const line = text[r] as string[];
        for (let c = m.col; c < m.col + m.cols && c < line.length; c++) {
          if (r !== m.row || c !== m.col) line[c] = '';
        }
      }
    }
    sheets.push({ name: ws.name, hidden: ws.state !== 'visible', text, merges: areas });
  });
  return sheets;
}
