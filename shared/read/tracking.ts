/**
 * `Theo dõi` read back: each row's key (task, unit) and the fields units fill in, each field
 * either a value or the problem that stops it being taken (named by sheet and cell).
 */
import { error, warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Location } from '../errors/location';
import type { Role } from '../book/model';
import { ROLE_LABELS } from '../book/model';
import { TRACKING_HEADERS } from '../i18n/workbook-vi';
import { foldKey, normalizeText } from '../text/normalize';
import type { Status } from '../tracking/status';
import { STATUS_LABELS, readStatus } from '../tracking/status';
import type { Directory } from '../units/directory';
import { MAX_CELL_CHARS } from '../workbook/check';
import { cellAddress } from '../workbook/a1';
import type { SheetGrid } from '../workbook/spec';
import { readDate, text } from './cells';
import type { HeaderedTable } from './sheet-table';
import { get, readHeadered } from './sheet-table';

const [ID, , , , UNIT, ROLE, DEADLINE, STATUS, DONE, EVIDENCE, NOTE] = TRACKING_HEADERS;

/** A field as read: its value, or undefined when the cell could not be taken. */
export interface ReadField<T> {
  value: T | undefined;
  cell: string;
}

export interface ReadRow {
  row: number;
  taskId: string;
  unitText: string;
  unitCode: string | null;
  role: Role;
  deadline: string | null;
  status: ReadField<Status>;
  doneDate: ReadField<string | null>;
  evidence: ReadField<string>;
  note: ReadField<string>;
  problems: Problem[];
}

export interface ReadTracking {
  rows: ReadRow[];
  problems: Problem[];
}

function roleOf(s: string): Role {
  const k = foldKey(s);
  return k === foldKey(ROLE_LABELS.support.vi) || k === 'support' ? 'support' : 'lead';
}

export function readTracking(
  grid: SheetGrid,
  directory: Directory,
  file?: string,
  formulas: ReadonlyMap<string, string> = new Map(),
): ReadTracking {
  const read = readHeadered(grid, [ID, UNIT, STATUS, DONE, EVIDENCE, NOTE], [ROLE, DEADLINE], file);
  if ('problems' in read) return { rows: [], problems: read.problems };
  const t: HeaderedTable = read.table;
  const rows: ReadRow[] = [];
  const problems: Problem[] = [];
  for (const { row, cells } of t.rows) {
    const addr = (name: string): string => cellAddress(row, t.columns.get(name) ?? 0);
    const at = (name: string): Location => ({
      ...(file ? { file } : {}),
      sheet: grid.name,
      cell: addr(name),
    });
    const rowProblems: Problem[] = [];
    const taskId = text(get(t, cells, ID));
    const unitText = normalizeText(text(get(t, cells, UNIT)));
    if (!taskId && !unitText) continue;
    const unit = directory.byCodeOrName(unitText);
    if (!unit) rowProblems.push(error('unknownUnit', at(UNIT), { name: unitText }));

    const statusRead = readStatus(get(t, cells, STATUS));
    let status: Status | undefined;
    if (statusRead.kind === 'blank') status = 'todo';
    else if (statusRead.kind === 'ok') {
      status = statusRead.status;
      if (!statusRead.exact) {
        rowProblems.push(
          warning('handTypedStatus', at(STATUS), {
            text: text(get(t, cells, STATUS)),
            status: STATUS_LABELS[statusRead.status].vi,
          }),
        );
      }
    } else rowProblems.push(error('unknownStatus', at(STATUS), { text: statusRead.text }));

    const dateRead = readDate(get(t, cells, DONE));
    let doneDate: string | null | undefined;
    if (dateRead.kind === 'empty') doneDate = null;
    else if (dateRead.kind === 'date') {
      doneDate = dateRead.iso;
      if (dateRead.typed) {
        rowProblems.push(
          warning('textDate', at(DONE), {
            text: text(get(t, cells, DONE)),
            date: dateRead.iso.split('-').reverse().join('/'),
          }),
        );
      }
    } else rowProblems.push(error('badDate', at(DONE), { text: dateRead.text }));

    const deadlineRead = readDate(get(t, cells, DEADLINE));
    const freeText = (name: string): string | undefined => {
      const value = normalizeText(text(get(t, cells, name)));
      if (value.length > MAX_CELL_CHARS) {
        rowProblems.push(
          error('cellTooLong', at(name), { length: value.length, limit: MAX_CELL_CHARS }),
        );
        return undefined;
      }
      const formula = formulas.get(addr(name));
      if (formula !== undefined) rowProblems.push(warning('formulaInCell', at(name), { formula }));
      return value;
    };
    rows.push({
      row,
      taskId,
      unitText,
      unitCode: unit?.code ?? null,
      role: roleOf(text(get(t, cells, ROLE))),
      deadline: deadlineRead.kind === 'date' ? deadlineRead.iso : null,
      status: { value: status, cell: addr(STATUS) },
      doneDate: { value: doneDate, cell: addr(DONE) },
      evidence: { value: freeText(EVIDENCE), cell: addr(EVIDENCE) },
      note: { value: freeText(NOTE), cell: addr(NOTE) },
      problems: rowProblems,
    });
    problems.push(...rowProblems);
  }
  return { rows, problems };
}
