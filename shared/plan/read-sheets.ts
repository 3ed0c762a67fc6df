/**
 * Plans kept as a table in a spreadsheet: a sheet of an .xlsx workbook (as its user sees it, with
 * its merged cells), the range selected in Excel or Google Sheets, or a .csv / .tsv file (no
 * merge information). All go through one grid reader, so the same table reads the same from each.
 */
import Papa from 'papaparse';
import { error } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Result } from '../errors/result';
import { fail } from '../errors/result';
import type { Range } from '../workbook/spec';
import type { SheetText } from '../files/read-xlsx';
import type { PlanReading, ReadOptions } from './interpret';
import { findHeaderRow, headerColumns } from './read-grid';
import { readGridReading } from './read-plan-text';

const sheetList = (sheets: readonly { name: string }[]): string =>
  sheets.map((s) => `"${s.name}"`).join(', ');

function onSheet<T>(result: Result<T>, sheet: string): Result<T> {
  const named = (p: Problem): Problem => ({ ...p, at: { ...p.at, sheet } });
  return result.ok
    ? { ...result, warnings: result.warnings.map(named) }
    : { ok: false, problems: result.problems.map(named) };
}

/** Cells of a sheet as its user sees them, the way the hosts read a selected range. */
export interface SelectedCells {
  sheet: string;
  /** The 0-based sheet row and column of the first cell. */
  row: number;
  col: number;
  /** Each cell as displayed (see `displayText`); '' where empty or covered by a merge. */
  text: string[][];
  /** The merged areas, 0-based within `text`; null when the host cannot tell them. */
  merges: Range[] | null;
}

/** The plan in a block of a sheet's cells: the Excel or Google Sheets selection. */
export function readPlanCells(cells: SelectedCells, opts: ReadOptions = {}): Result<PlanReading> {
  const read = readGridReading(cells.text, { merges: cells.merges, firstRow: cells.row }, opts);
  return onSheet(read, cells.sheet);
}

/**
 * The plan on the sheet named `wanted` (matched as typed, then without regard to case), or else
 * on the first visible sheet that has the task header ("Stt | Nội dung công việc | …").
 */
export function readPlanSheets(
  sheets: readonly SheetText[],
  wanted?: string,
  opts: ReadOptions = {},
): Result<PlanReading> {
  let sheet: SheetText | undefined;
  if (wanted !== undefined) {
    const fold = (s: string): string => s.trim().toLowerCase();
    sheet =
      sheets.find((s) => s.name === wanted) ?? sheets.find((s) => fold(s.name) === fold(wanted));
    if (!sheet) {
      return fail([error('unknownSheet', undefined, { sheet: wanted, sheets: sheetList(sheets) })]);
    }
  } else {
    const filled = sheets.filter((s) => s.text.some((row) => row.some((t) => t.trim() !== '')));
    if (filled.length === 0) return fail([error('emptyInput')]);
    sheet = filled.find((s) => !s.hidden && findHeaderRow(s.text) >= 0);
    if (!sheet) return fail([error('noTaskSheet', undefined, { sheets: sheetList(sheets) })]);
  }
  return readPlanCells(
    {
      sheet: sheet.name,
      row: 0,
      col: 0,
      text: sheet.text,
      merges: sheet.merges,
    },
    opts,
  );
}

/**
 * The delimiters to try, in order. Excel writes "CSV" with the list separator of the Windows
 * region: a comma in most, a semicolon where the comma is the decimal mark, as in Việt Nam; a
 * .tsv (and Excel's "Text (Tab delimited)") uses tabs.
 */
const DELIMITERS = { csv: [',', ';', '\t'], tsv: ['\t'] } as const;

interface Parsed {
  rows: string[][];
  /** The character offset of an opening quote never closed, if any. */
  unclosedAt: number | null;
}

/** Rows enough to hold a plan's heading, bases and task header, to choose the delimiter. */
const PREVIEW_ROWS = 300;

function parse(text: string, delimiter: string, preview = 0): Parsed {
  const r = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, preview });
  const quote = r.errors.find((e) => e.type === 'Quotes');
  const rows = r.data;
  // the line end after the last record makes an empty last record
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return { rows, unclosedAt: quote ? (quote.index ?? 0) : null };
}

/**
 * A .csv or .tsv file's table. The delimiter is the one under which the task header row reads
 * best (the most cells that name a column: "Stt;Nội dung công việc;…" is one cell when split at
 * commas); Excel's "sep=;" first line, when there, decides it. Quoted cells may hold line breaks and doubled quotes, as
 * Excel writes them.
 */
export function readPlanDelimited(
  text: string,
  kind: 'csv' | 'tsv',
  opts: ReadOptions = {},
): Result<PlanReading> {
  let body = text.replace(/^\ufeff/, '');
  let candidates: readonly string[] = DELIMITERS[kind];
  const hint = /^sep=(.)\r?\n/i.exec(body);
  if (hint) {
    candidates = [hint[1] as string];
    body = body.slice(hint[0].length);
  }
  if (body.trim() === '') return fail([error('emptyInput')]);
  // the delimiter from the first rows; then the whole file, once
  let delimiter = candidates[0] as string;
  let best = -1;
  for (const d of candidates) {
    const score = headerColumns(parse(body, d, PREVIEW_ROWS).rows);
    if (score > best) [delimiter, best] = [d, score];
  }
  const chosen = parse(body, delimiter);
  if (chosen.unclosedAt !== null) {
    const line = body.slice(0, chosen.unclosedAt).split('\n').length;
    return fail([error('unclosedQuote', { line })]);
  }
  return readGridReading(chosen.rows, {}, opts);
}
