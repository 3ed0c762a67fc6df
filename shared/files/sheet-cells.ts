/**
 * The cells of one worksheet's XML, and the package parts they refer to (shared strings, styles),
 * read in one pass each: what every .xlsx reader of the product takes from a sheet (values,
 * formulas with their cached results, merged ranges, links). Pure TypeScript over text.
 */
import type { CellValue } from '../workbook/spec';
import { attribute, walkXml } from './xml-walk';

/** `_x000D_` and the like: characters XML cannot hold, as Excel escapes them in strings. */
const unescapeOoxml = (s: string): string =>
  s.includes('_x')
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_a, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : s;

/**
 * Collects the text of `<t>` elements (a plain string or the runs of a rich text), leaving out
 * phonetic runs (`<rPh>`), which are a reading aid and not part of the text.
 */
class TextRuns {
  private parts: string[] = [];
  private inT = false;
  private inPhonetic = 0;

  open(name: string, empty: boolean): void {
    if (name === 'rPh' && !empty) this.inPhonetic++;
    else if (name === 't' && !empty && this.inPhonetic === 0) this.inT = true;
  }

  close(name: string): void {
    if (name === 'rPh' && this.inPhonetic > 0) this.inPhonetic--;
    else if (name === 't') this.inT = false;
  }

  text(value: string): void {
    if (this.inT) this.parts.push(value);
  }

  take(): string {
    const s = this.parts.join('');
    this.parts = [];
    return s;
  }
}

/** `xl/sharedStrings.xml` as its list of strings, or null when the part is damaged. */
export function readSharedStrings(xml: string): string[] | null {
  const out: string[] = [];
  const runs = new TextRuns();
  let inItem = false;
  const root = walkXml(xml, {
    open(name, _tag, empty) {
      if (name === 'si') {
        inItem = true;
        if (empty) out.push('');
      } else if (inItem) runs.open(name, empty);
    },
    close(name) {
      if (name === 'si') {
        if (inItem) out.push(unescapeOoxml(runs.take()));
        inItem = false;
      } else if (inItem) runs.close(name);
    },
    text(value) {
      if (inItem) runs.text(value);
    },
  });
  return root === null ? null : out;
}

/** Number formats that show dates or times (Excel's built-in ones, by id). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

const isDateFormat = (code: string): boolean =>
  /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** For each cell style (`s`), whether it shows a date: from `xl/styles.xml`; null when damaged. */
export function readDateStyles(xml: string): boolean[] | null {
  const custom = new Map<number, string>();
  const out: boolean[] = [];
  let inCellXfs = false;
  const root = walkXml(xml, {
    open(name, tag) {
      if (name === 'numFmt') {
        custom.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? '');
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attribute(tag, 'numFmtId') ?? 0);
        const code = custom.get(id);
        out.push(code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return root === null ? null : out;
}

/** "K12" → 0-based row and column; null for anything else. */
function cellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let k = 0;
  const n = ref.length;
  if (ref.charCodeAt(k) === 0x24) k++;
  for (; k < n; k++) {
    const c = ref.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) col = col * 26 + (c - 0x40);
    else if (c >= 0x61 && c <= 0x7a) col = col * 26 + (c - 0x60);
    else break;
  }
  if (ref.charCodeAt(k) === 0x24) k++;
  if (col === 0 || k === n) return null;
  let row = 0;
  for (; k < n; k++) {
    const c = ref.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return null;
    row = row * 10 + (c - 0x30);
  }
  return { row: row - 1, col: col - 1 };
}

const columnName = (col: number): string => {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) {
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  }
  return s;
};

/**
 * A shared formula moved from its first cell to another: relative references shift by the
 * distance, absolute ones ($A$1) stay, as Excel fills a formula down or across.
 */
function slideFormula(
  formula: string,
  from: { row: number; col: number },
  to: { row: number; col: number },
): string {
  return formula.replace(
    /((?:[A-Za-z_\-0-9]*)!)?([A-Za-z0-9_$]{2,})(\()?/g,
    (all, sheet: string | undefined, ref: string, call: string | undefined) => {
      if (call) return all;
      const m = /^(\$?)([A-Za-z]{1,3})(\$?)([1-9][0-9]*)$/.exec(ref);
      if (!m) return all;
      const letters = (m[2] as string).toUpperCase();
      if (letters.length === 3 && letters > 'XFD') return all;
      const at = cellRef(`${letters}${m[4] as string}`);
      if (!at) return all;
      const col = m[1] ? at.col : at.col + to.col - from.col;
      const row = m[3] ? at.row : at.row + to.row - from.row;
      if (col < 0 || row < 0) return all;
      return `${sheet ?? ''}${m[1] as string}${columnName(col)}${m[3] as string}${row + 1}`;
    },
  );
}

export interface SheetCells {
  /** Rows of values, 0-based; a row as wide as the widest row with a value. */
  values: CellValue[][];
  /** Cells holding formulas, 0-based, with the formula's text (without "="). */
  formulas: { row: number; col: number; formula: string }[];
  /** Merged ranges as written ("H2:K2"), in the order of the sheet. */
  merges: string[];
}

export interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  /** A link's target, by the id of the sheet's relationship that holds it. */
  linkTarget?: (id: string) => string | undefined;
  /** Read only this many first rows (a sheet whose settings are at its top). */
  maxRows?: number;
}

const DAY_MS = 86_400_000;

/**
 * A date-formatted serial as a date reader sees it: to the millisecond, in the 1900 date system
 * whatever the workbook's (a 1904 workbook's dates count from 1904).
 */
function dateSerial(v: number, date1904: boolean): number {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
  return (ms + 25569 * DAY_MS) / DAY_MS;
}

/** An ISO date-time (a cell of type "d") as a serial. */
function isoSerial(text: string): number | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text);
  if (!m) return text;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const time = (Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) / 86400;
  return ms / DAY_MS + 25569 + time;
}

/** One worksheet's cells, or null when its XML is damaged. */
export function readSheetCells(xml: string, ctx: SheetContext): SheetCells | null {
  const values: CellValue[][] = [];
  const formulas: SheetCells['formulas'] = [];
  const merges: string[] = [];
  const links: { row: number; col: number; id: string }[] = [];
  const formulaCells = new Set<number>();
  const shared = new Map<string, { formula: string; at: { row: number; col: number } }>();
  let width = 0;
  let inData = false;
  let row = -1;
  let rowCells: CellValue[] | null = null;
  let rowLast = -1;
  let rowHasValue = false;
  // the cell being read
  let col = -1;
  let type = '';
  let style = -1;
  // the value's text: most often one piece, kept as it is
  let raw: string | null = null;
  let formula: string[] | null = null;
  let formulaTag = '';
  let inline: TextRuns | null = null;
  let inInline = false;
  let reading: 'v' | 'f' | null = null;
  let stopped = false;

  const endRow = (): void => {
    if (rowCells && rowHasValue && rowLast + 1 > width) width = rowLast + 1;
  };

  const value = (): CellValue => {
    // an empty value is no value, whatever the cell's type says
    if (inline) return inline.take() || null;
    if (raw === null) return null;
    const text = raw;
    if (text === '') return null;
    switch (type) {
      case 's': {
        const s = ctx.strings[parseInt(text, 10)];
        return s === undefined ? null : s;
      }
      case 'str':
      case 'inlineStr':
        return text;
      case 'b':
        return parseInt(text, 10) !== 0;
      case 'e':
        return text;
      case 'd':
        return isoSerial(text);
      default: {
        const v = parseFloat(text);
        if (Number.isNaN(v)) return text;
        return ctx.dateStyles[style] ? dateSerial(v, ctx.date1904) : v;
      }
    }
  };

  const root = walkXml(xml, {
    open(name, tag, empty) {
      if (!inData) {
        if (name === 'sheetData') inData = !empty;
        else if (name === 'mergeCell') {
          const ref = attribute(tag, 'ref');
          if (ref) merges.push(ref);
        } else if (name === 'hyperlink') {
          const ref = attribute(tag, 'ref');
          const id = attribute(tag, 'r:id');
          const at = ref ? cellRef(ref) : null;
          if (at && id) links.push({ ...at, id });
        }
        return;
      }
      switch (name) {
        case 'row': {
          endRow();
          const r = attribute(tag, 'r');
          row = r !== undefined && /^[0-9]+$/.test(r) ? Number(r) - 1 : row + 1;
          if (ctx.maxRows !== undefined && row >= ctx.maxRows) {
            stopped = true;
            return;
          }
          rowCells = values[row] ?? [];
          values[row] = rowCells;
          rowLast = -1;
          rowHasValue = false;
          col = -1;
          return;
        }
        case 'c': {
          const r = attribute(tag, 'r');
          const at = r !== undefined ? cellRef(r) : null;
          col = at ? at.col : col + 1;
          if (at && at.row !== row) {
            // a cell outside its row tag: taken at its own address
            endRow();
            row = at.row;
            rowCells = values[row] ?? [];
            values[row] = rowCells;
            rowLast = -1;
            rowHasValue = false;
          }
          type = attribute(tag, 't') ?? 'n';
          const s = attribute(tag, 's');
          style = s !== undefined ? Number(s) : -1;
          // a cell with no style and no value still counts towards the sheet's width
          if (s === undefined) rowHasValue = true;
          raw = null;
          formula = null;
          formulaTag = '';
          inline = null;
          if (col > rowLast) rowLast = col;
          return;
        }
        case 'v':
          if (!empty) {
            reading = 'v';
            raw = '';
          }
          return;
        case 'f':
          formulaTag = tag;
          formula = [];
          if (!empty) reading = 'f';
          return;
        case 'is':
          inline = new TextRuns();
          inInline = !empty;
          return;
        default:
          if (inInline) inline?.open(name, empty);
      }
    },
    close(name) {
      if (!inData) return;
      switch (name) {
        case 'sheetData':
          endRow();
          inData = false;
          return;
        case 'v':
        case 'f':
          reading = null;
          return;
        case 'is':
          inInline = false;
          return;
        case 'c': {
          if (!rowCells || col < 0) return;
          const v = value();
          if (v !== null) rowHasValue = true;
          rowCells[col] = v;
          if (formula !== null) {
            let text = formula.join('');
            const si = attribute(formulaTag, 'si');
            if (attribute(formulaTag, 't') === 'shared' && si !== undefined) {
              const master = shared.get(si);
              if (text !== '') shared.set(si, { formula: text, at: { row, col } });
              else if (master) text = slideFormula(master.formula, master.at, { row, col });
            }
            if (text !== '') formulas.push({ row, col, formula: text });
            if (text !== '' || attribute(formulaTag, 't') === 'shared')
              formulaCells.add(row * 16384 + col);
          }
          return;
        }
        default:
          if (inInline) inline?.close(name);
      }
    },
    stop: () => stopped,
    text(t) {
      if (reading === 'v') raw = raw === null ? t : raw + t;
      else if (reading === 'f') formula?.push(t);
      else if (inInline) inline?.text(t);
    },
  });
  if (root !== 'worksheet') return null;
  // a merge covers its cells: the sheet shows the first one's value only, and spans its area
  const areas = merges.flatMap((m) => {
    const [from, to] = m.split(':');
    const a = cellRef(from ?? '');
    const b = cellRef(to ?? from ?? '');
    return a && b
      ? [
          {
            top: Math.min(a.row, b.row),
            left: Math.min(a.col, b.col),
            bottom: Math.max(a.row, b.row),
            right: Math.max(a.col, b.col),
          },
        ]
      : [];
  });
  let height = values.length;
  for (const a of areas) {
    if (a.right + 1 > width) width = a.right + 1;
    if (a.bottom + 1 > height) height = a.bottom + 1;
  }
  const grid: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const line = values[r];
    const out: CellValue[] = new Array<CellValue>(width).fill(null);
    if (line) for (let c = 0; c < line.length && c < width; c++) out[c] = line[c] ?? null;
    grid.push(out);
  }
  for (const a of areas) {
    for (let r = a.top; r <= a.bottom; r++) {
      const line = grid[r] as CellValue[];
      for (let c = a.left; c <= a.right; c++) if (r !== a.top || c !== a.left) line[c] = null;
    }
  }
  // a link on a cell of text shows as the text and its target
  for (const l of links) {
    const target = ctx.linkTarget?.(l.id);
    const line = grid[l.row];
    if (target === undefined || !line || l.col >= line.length) continue;
    if (formulaCells.has(l.row * 16384 + l.col)) continue;
    const v = line[l.col];
    line[l.col] =
      v === null || v === '' || String(v) === target ? target : `${String(v)} (${target})`;
  }
  return { values: grid, formulas, merges };
}
