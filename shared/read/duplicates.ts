/**
 * Rows of `Theo dõi` for the same task and unit (an office copying a row). Copies that add
 * nothing (the same entry and the same values in the office's columns, or nothing at all) are
 * merged into the first that holds something, and the merge is logged. Copies that disagree are
 * refused, naming both rows and the fields that differ: neither entry may be lost, and the report
 * must not count the row twice.
 */
import { rowKey } from '../book/model';
import { error, warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Location } from '../i18n/location';
import { WB } from '../i18n/workbook-vi';
import type { ReadRow } from '../book/read-row';

const FIELDS = ['status', 'doneDate', 'evidence', 'note'] as const;

function holds(r: ReadRow): boolean {
  return (
    (r.status.value !== undefined && r.status.value !== 'todo') ||
    (r.doneDate.value !== undefined && r.doneDate.value !== null) ||
    (r.evidence.value !== undefined && r.evidence.value !== '') ||
    (r.note.value !== undefined && r.note.value !== '') ||
    r.extras.some((v) => v !== null && v !== '')
  );
}

/** The fields in which two rows differ, by their workbook names. */
function differences(a: ReadRow, b: ReadRow, extraHeaders: readonly string[]): string[] {
  const out: string[] = FIELDS.filter((f) => a[f].value !== b[f].value).map((f) => WB.fields[f]);
  a.extras.forEach((v, i) => {
    if ((v ?? null) !== (b.extras[i] ?? null)) out.push(extraHeaders[i] || `(${i + 1})`);
  });
  return out;
}

export interface DuplicateGroups {
  /** Copies merged into another row: the row kept, and those dropped. */
  merged: { keep: ReadRow; drop: ReadRow[] }[];
  /** Rows of one key that disagree. */
  conflicts: { rows: ReadRow[]; fields: string[] }[];
  problems: Problem[];
}

/** Marks each copy (`duplicate`) and says what was merged or refused. */
export function findDuplicates(
  rows: readonly ReadRow[],
  extraHeaders: readonly string[],
  unitName: (code: string) => string,
  at: (cell: string) => Location,
): DuplicateGroups {
  const byKey = new Map<string, ReadRow[]>();
  for (const r of rows) {
    if (r.unitCode === null) continue;
    const key = rowKey(r.taskId, r.unitCode);
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  const out: DuplicateGroups = { merged: [], conflicts: [], problems: [] };
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const first = group[0] as ReadRow;
    const unit = unitName(first.unitCode as string);
    const numbers = group.map((r) => r.row + 1);
    const full = group.filter(holds);
    const keep = full[0] ?? first;
    const fields = new Set<string>();
    for (const r of full) for (const f of differences(keep, r, extraHeaders)) fields.add(f);
    if (fields.size === 0) {
      const drop = group.filter((r) => r !== keep);
      drop.forEach((r) => (r.duplicate = 'merged'));
      out.merged.push({ keep, drop });
      out.problems.push(
        warning('duplicateRowsMerged', at(first.idCell), {
          taskId: first.taskId,
          unit,
          rows: numbers,
          kept: keep.row + 1,
        }),
      );
    } else {
      group.forEach((r) => (r.duplicate = 'conflict'));
      out.conflicts.push({ rows: group, fields: [...fields] });
      out.problems.push(
        error('duplicateRows', at(first.idCell), {
          taskId: first.taskId,
          unit,
          rows: numbers,
          fields: [...fields],
        }),
      );
    }
  }
  return out;
}
