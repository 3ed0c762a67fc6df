/** The unit directory read from rows (the workbook's `Đơn vị` sheet, or a CSV). */
import Papa from 'papaparse';
import { error } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Location } from '../i18n/location';
import type { Result } from '../errors/result';
import { fail, ok } from '../errors/result';
import { UNIT_HEADERS } from '../i18n/workbook-vi';
import { get, readHeadered } from '../workbook/sheet-table';
import { text } from '../workbook/cells';
import { foldKey, normalizeText } from '../text/normalize';
import { cellAddress } from '../workbook/a1';
import type { SheetGrid } from '../workbook/spec';
import { Directory } from './directory';
import type { BlocRole, Unit } from './model';
import { BLOC_ROLE_LABELS, GROUP_LABELS, UnitSchema, blocOf } from './model';

const [CODE, NAME, GROUP, EMAIL, ALIASES, BLOC, BLOC_ROLE] = UNIT_HEADERS;

const list = (s: string, sep: RegExp): string[] =>
  s
    .split(sep)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);

export function readUnitsGrid(grid: SheetGrid, file?: string): Result<Unit[]> {
  const read = readHeadered(grid, [CODE, NAME, GROUP], [EMAIL, ALIASES, BLOC, BLOC_ROLE], file);
  if ('problems' in read) {
    return fail(
      read.problems.map((p) => ({ ...p, code: 'unitsHeader' as const, ...unitsHeaderText(p) })),
    );
  }
  const { table } = read;
  const units: Unit[] = [];
  const problems: Problem[] = [];
  const rowOf: number[] = [];
  for (const { row, cells } of table.rows) {
    const at = (col: string) => ({
      ...(file ? { file } : {}),
      sheet: grid.name,
      cell: cellAddress(row, table.columns.get(col) ?? 0),
    });
    const code = text(get(table, cells, CODE));
    const name = normalizeText(text(get(table, cells, NAME)));
    const groupText = text(get(table, cells, GROUP));
    const group = Directory.groupByName(groupText);
    if (!group) {
      problems.push(error('badUnitGroup', at(GROUP), { text: groupText }));
      continue;
    }
    const roleText = normalizeText(text(get(table, cells, BLOC_ROLE)));
    const blocRole = roleText ? blocRoleByName(roleText) : undefined;
    if (blocRole === null) {
      problems.push(error('badBlocRole', at(BLOC_ROLE), { text: roleText }));
      continue;
    }
    const unit: Unit = {
      code,
      name,
      group,
      emails: list(text(get(table, cells, EMAIL)), /[;,\s]+/),
      aliases: list(normalizeText(text(get(table, cells, ALIASES))), /;/),
      // a directory without the column ranks each group in its usual bloc
      ...(table.columns.has(BLOC) ? { bloc: normalizeText(text(get(table, cells, BLOC))) } : {}),
      ...(blocRole ? { blocRole } : {}),
    };
    if (!UnitSchema.safeParse(unit).success) {
      problems.push(error('badUnitCode', at(CODE), { code }));
      continue;
    }
    units.push(unit);
    rowOf.push(row);
  }
  problems.push(
    ...duplicateUnits(
      units.map((unit, i) => ({ unit, row: rowOf[i] as number })),
      (row) => ({
        ...(file ? { file } : {}),
        sheet: grid.name,
        cell: cellAddress(row, table.columns.get(CODE) ?? 0),
      }),
    ),
  );
  if (problems.length > 0) return fail(problems);
  if (units.length === 0)
    return fail([error('noUnits', file ? { file, sheet: grid.name } : { sheet: grid.name })]);
  return ok(units);
}

/**
 * A code, name or alias may stand for one unit only, or rows would go to the wrong one: each one
 * used twice is named with both rows (0-based sheet rows; shown counted from 1).
 */
export function duplicateUnits(
  list: readonly { unit: Unit; row: number }[],
  at: (row: number) => Location,
): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  for (const { unit, row } of list) {
    const names = [unit.code, unit.name, ...unit.aliases];
    for (const key of new Set(names.map(foldKey))) {
      const other = seen.get(key);
      if (other !== undefined && other !== row) {
        problems.push(
          error('duplicateUnit', at(row), {
            name: names.find((x) => foldKey(x) === key) ?? key,
            rows: [other + 1, row + 1],
          }),
        );
      }
      seen.set(key, row);
    }
  }
  return problems;
}

function unitsHeaderText(p: Problem): Pick<Problem, 'vi' | 'en'> {
  const names = /:\s*(.*?)\.\s/.exec(p.en)?.[1] ?? '';
  const e = error('unitsHeader', undefined, { names });
  return { vi: e.vi, en: e.en };
}

/** A CSV with the same columns as the `Đơn vị` sheet (comma or semicolon separated, UTF-8). */
export function readUnitsCsv(csv: string, file?: string): Result<Unit[]> {
  const parsed = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: 'greedy' });
  return readUnitsGrid({ name: file ?? 'CSV', values: parsed.data }, file);
}

export function unitsToCsv(units: readonly Unit[]): string {
  return Papa.unparse([
    [...UNIT_HEADERS],
    ...units.map((u) => [
      u.code,
      u.name,
      GROUP_LABELS[u.group].vi,
      u.emails.join('; '),
      u.aliases.join('; '),
      blocOf(u),
      u.blocRole ? BLOC_ROLE_LABELS[u.blocRole].vi : '',
    ]),
  ]);
}

/** "Khối trưởng", "khoi pho", "head" → the role; null for anything else. */
function blocRoleByName(text: string): BlocRole | null {
  const key = foldKey(text);
  for (const [role, labels] of Object.entries(BLOC_ROLE_LABELS) as [
    BlocRole,
    { vi: string; en: string },
  ][]) {
    if (key === foldKey(labels.vi) || key === foldKey(labels.en) || key === role) return role;
  }
  return null;
}
