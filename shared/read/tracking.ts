/**
 * `Theo dõi` read back: each row's key (task, unit) and the fields units fill in, each field
 * either a value or the problem that stops it being taken (named by sheet and cell); the columns
 * the office added, with their values; and rows that do not say what they are.
 */
import { error, warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Location } from '../i18n/location';
import type { ExtraColumn, Role } from '../book/model';
import type { ReadRow } from '../book/read-row';
import { ROLE_LABELS } from '../book/model';
import { TRACKING_HEADERS } from '../i18n/workbook-vi';
import { foldKey, normalizeText } from '../text/normalize';
import type { Status } from '../tracking/status';
import { STATUS_LABELS, readStatus } from '../tracking/status';
import type { Directory } from '../units/directory';
import { MAX_CELL_CHARS } from '../workbook/check';
import { cellAddress, isoToDmy } from '../workbook/a1';
import type { CellValue, SheetGrid } from '../workbook/spec';
import { isErrorValue, readDate, serialTypedAsText, text } from '../workbook/cells';
import { mergedCells } from './merges';

const [ID, PERIOD, NO, CONTENT, UNIT, ROLE, DEADLINE, STATUS, DONE, EVIDENCE, NOTE] =
  TRACKING_HEADERS;
const REQUIRED: readonly string[] = [ID, UNIT, STATUS, DONE, EVIDENCE, NOTE];

export interface ReadTracking {
  rows: ReadRow[];
  problems: Problem[];
  /** Columns that are not the product's, in sheet order. */
  extraColumns: ExtraColumn[];
  /** Sheet column (0-based) of each product header found, by header. */
  columns: Map<string, number>;
}

/** What a row should show for its task, to check its code against. */
export interface TaskView {
  period: string;
  no: number;
  content: string;
}

export interface ReadTrackingOptions {
  file?: string;
  /** Cells holding formulas, by A1 address. */
  formulas?: ReadonlyMap<string, string>;
  /** Merged ranges of the sheet ("H2:K2"), where the reader knows them. */
  merges?: readonly string[];
  /** The plan's tasks by id, to check each row's code against its content. */
  tasks?: ReadonlyMap<string, TaskView>;
}

const SUPPORT = foldKey(ROLE_LABELS.support.vi);

function roleOf(s: string): Role {
  if (s === ROLE_LABELS.support.vi) return 'support';
  if (s === ROLE_LABELS.lead.vi || s === '') return 'lead';
  const k = foldKey(s);
  return k === SUPPORT || k === 'support' ? 'support' : 'lead';
}

interface Columns {
  product: Map<string, number>;
  extras: { col: number; column: ExtraColumn }[];
  problems: Problem[];
}

/**
 * Product columns by header; every other column that holds anything is the office's own, placed
 * after the product column to its left. A product header written twice is ambiguous.
 */
function findColumns(grid: SheetGrid, at: (cell: string) => Location): Columns {
  const header = grid.values[0] ?? [];
  const width = Math.max(header.length, ...grid.values.map((r) => r.length));
  const product = new Map<string, number>();
  const problems: Problem[] = [];
  const taken = new Set<number>();
  for (const name of TRACKING_HEADERS) {
    const cols: number[] = [];
    for (let c = 0; c < width; c++) if (foldKey(text(header[c])) === foldKey(name)) cols.push(c);
    if (cols.length === 0) continue;
    product.set(name, cols[0] as number);
    cols.forEach((c) => taken.add(c));
    if (cols.length > 1) {
      problems.push(
        error('duplicateColumn', at(cellAddress(0, cols[1] as number)), {
          name,
          cells: cols.map((c) => cellAddress(0, c)),
        }),
      );
    }
  }
  const extras: Columns['extras'] = [];
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    if (!grid.values.some((row) => row[c] !== null && row[c] !== undefined && row[c] !== '')) {
      continue;
    }
    let after = -1;
    let nearest = -1;
    TRACKING_HEADERS.forEach((name, p) => {
      const pc = product.get(name);
      if (pc !== undefined && pc < c && pc > nearest) {
        nearest = pc;
        after = p;
      }
    });
    extras.push({ col: c, column: { header: text(header[c]), after } });
  }
  return { product, extras, problems };
}

export function readTracking(
  grid: SheetGrid,
  directory: Directory,
  opts: ReadTrackingOptions = {},
): ReadTracking {
  const { file, formulas = new Map<string, string>(), tasks } = opts;
  const at = (cell: string): Location => ({ ...(file ? { file } : {}), sheet: grid.name, cell });
  const cols = findColumns(grid, at);
  const missing = REQUIRED.filter((n) => !cols.product.has(n));
  const extraColumns = cols.extras.map((e) => e.column);
  if (missing.length > 0) {
    return {
      rows: [],
      problems: [
        error('missingColumns', at('A1'), { names: missing.map((m) => `"${m}"`).join(', ') }),
      ],
      extraColumns,
      columns: cols.product,
    };
  }
  const merged = mergedCells(opts.merges ?? []);
  // a few dozen units' names on thousands of rows: each is looked up once
  const unitsByText = new Map<string, ReturnType<Directory['byCodeOrName']>>();
  const rows: ReadRow[] = [];
  const problems: Problem[] = [...cols.problems];
  for (let row = 1; row < grid.values.length; row++) {
    const cells = grid.values[row] ?? [];
    if (cells.every((c) => c === null || c === undefined || c === '')) continue;
    const col = (name: string): number | undefined => cols.product.get(name);
    const get = (name: string): CellValue => {
      const c = col(name);
      return c === undefined ? null : (cells[c] ?? null);
    };
    const addr = (name: string): string => cellAddress(row, col(name) ?? 0);
    const rowProblems: Problem[] = [];
    const taskId = text(get(ID));
    const unitText = normalizeText(text(get(UNIT)));
    if (!taskId && !unitText) {
      // something is written on a row that names no task and no unit: it would be lost
      problems.push(error('rowWithoutKey', at(addr(ID)), { row: row + 1 }));
      continue;
    }
    let unit = unitsByText.get(unitText);
    if (!unitsByText.has(unitText)) {
      unit = directory.byCodeOrName(unitText);
      unitsByText.set(unitText, unit);
    }
    if (!unit) rowProblems.push(error('unknownUnit', at(addr(UNIT)), { name: unitText }));

    let mismatch = false;
    const task = tasks?.get(taskId);
    if (tasks && !task) rowProblems.push(error('unknownTask', at(addr(ID)), { taskId }));
    if (task) {
      // the code must name the task the row shows: a code swapped with another row's moves entries
      const shown: [string, string, string][] = [
        [CONTENT, text(get(CONTENT)), task.content],
        [PERIOD, text(get(PERIOD)), task.period],
        [NO, text(get(NO)), String(task.no)],
      ];
      for (const [name, found, expected] of shown) {
        // as written by the book, nearly always: fold only what differs
        if (!found || found === expected) continue;
        if (foldKey(normalizeText(found)) === foldKey(normalizeText(expected))) continue;
        mismatch = true;
        rowProblems.push(
          error('taskMismatch', at(addr(ID)), { taskId, field: name, found, expected }),
        );
        break;
      }
    }

    /** The input cells that cannot be taken whatever they say: errors, merges, lost formulas. */
    const unusable = (name: string): boolean => {
      const a = addr(name);
      const v = get(name);
      const range = merged.get(a);
      if (range) {
        rowProblems.push(error('mergedCell', at(a), { range }));
        return true;
      }
      if (isErrorValue(v)) {
        rowProblems.push(error('errorValue', at(a), { text: v.trim() }));
        return true;
      }
      const formula = formulas.get(a);
      if (formula !== undefined && (v === null || v === undefined || String(v) === '')) {
        rowProblems.push(error('formulaNoResult', at(a), { formula }));
        return true;
      }
      return false;
    };

    let status: Status | undefined;
    let statusBlank = false;
    if (!unusable(STATUS)) {
      const statusRead = readStatus(get(STATUS));
      if (statusRead.kind === 'blank') {
        status = 'todo';
        statusBlank = true;
      } else if (statusRead.kind === 'ok') {
        status = statusRead.status;
        if (!statusRead.exact) {
          rowProblems.push(
            warning('handTypedStatus', at(addr(STATUS)), {
              text: text(get(STATUS)),
              status: STATUS_LABELS[statusRead.status].vi,
            }),
          );
        }
      } else rowProblems.push(error('unknownStatus', at(addr(STATUS)), { text: statusRead.text }));
    }

    let doneDate: string | null | undefined;
    if (!unusable(DONE)) {
      const dateRead = readDate(get(DONE));
      if (dateRead.kind === 'empty') doneDate = null;
      else if (dateRead.kind === 'date') {
        doneDate = dateRead.iso;
        if (dateRead.typed) {
          rowProblems.push(
            warning('textDate', at(addr(DONE)), {
              text: text(get(DONE)),
              date: isoToDmy(dateRead.iso),
            }),
          );
        }
      } else {
        const serial = serialTypedAsText(get(DONE));
        rowProblems.push(
          serial
            ? error('serialAsText', at(addr(DONE)), { text: dateRead.text, date: isoToDmy(serial) })
            : error('badDate', at(addr(DONE)), { text: dateRead.text }),
        );
      }
    }

    const deadlineRead = readDate(get(DEADLINE));
    const freeText = (name: string): string | undefined => {
      if (unusable(name)) return undefined;
      const value = normalizeText(text(get(name)));
      if (value.length > MAX_CELL_CHARS) {
        rowProblems.push(
          error('cellTooLong', at(addr(name)), { length: value.length, limit: MAX_CELL_CHARS }),
        );
        return undefined;
      }
      const formula = formulas.get(addr(name));
      if (formula !== undefined)
        rowProblems.push(warning('formulaInCell', at(addr(name)), { formula }));
      return value;
    };
    const typedIf = (value: unknown, name: string): { typed?: string } =>
      value === undefined ? { typed: text(get(name)) } : {};
    const evidence = freeText(EVIDENCE);
    const note = freeText(NOTE);
    rows.push({
      row,
      idCell: addr(ID),
      taskId,
      unitText,
      unitCode: unit?.code ?? null,
      role: roleOf(text(get(ROLE))),
      deadline: deadlineRead.kind === 'date' ? deadlineRead.iso : null,
      status: {
        value: status,
        cell: addr(STATUS),
        ...(statusBlank ? { blank: true } : {}),
        ...typedIf(status, STATUS),
      },
      doneDate: { value: doneDate, cell: addr(DONE), ...typedIf(doneDate, DONE) },
      evidence: { value: evidence, cell: addr(EVIDENCE), ...typedIf(evidence, EVIDENCE) },
      note: { value: note, cell: addr(NOTE), ...typedIf(note, NOTE) },
      extras: cols.extras.map((e) => cells[e.col] ?? null),
      ...(mismatch ? { mismatch: true } : {}),
      problems: rowProblems,
    });
    problems.push(...rowProblems);
  }
  return { rows, problems, extraColumns, columns: cols.product };
}
