/**
 * The scoring the office set on `Tiêu chí` and the points it entered on `Chấm điểm`, read back.
 * A cell that cannot be taken as what it stands for is refused with its address: a score that
 * ranks units at the year-end review is never guessed.
 */
import type { Classification } from '../book/classification';
import { CLASSIFICATION_LABELS } from '../book/classification';
import type {
  Commendation,
  Criterion,
  CriterionMethod,
  HandScores,
  Scoring,
} from '../book/scoring';
import { CRITERION_METHOD_LABELS } from '../book/scoring';
import { error, warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Result } from '../errors/result';
import { fail, ok } from '../errors/result';
import type { CriteriaField } from '../i18n/catalog';
import { WB } from '../i18n/workbook-vi';
import { foldKey } from '../text/normalize';
import type { Unit } from '../units/model';
import { cellAddress } from '../workbook/a1';
import { text } from '../workbook/cells';
import type { CellValue, SheetGrid } from '../workbook/spec';

const blank = (v: CellValue | undefined): boolean => v === null || v === undefined || v === '';
const same = (v: CellValue | undefined, label: string): boolean =>
  foldKey(text(v)) === foldKey(label);

function byLabel<T extends string>(
  labels: Record<T, { vi: string; en: string }>,
  v: CellValue | undefined,
): T | null {
  const key = foldKey(text(v));
  for (const [k, l] of Object.entries(labels) as [T, { vi: string; en: string }][]) {
    if (key === foldKey(l.vi) || key === foldKey(l.en) || key === k) return k;
  }
  return null;
}

/** The row whose cells from column 0 read as `headers`. */
function headerRow(grid: SheetGrid, headers: readonly string[], from = 0): number {
  for (let r = from; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    if (headers.every((h, c) => same(row[c], h))) return r;
  }
  return -1;
}

export function readCriteria(grid: SheetGrid, file?: string): Result<Scoring> {
  const problems: Problem[] = [];
  const at = (row: number, col: number) => ({
    ...(file ? { file } : {}),
    sheet: grid.name,
    cell: cellAddress(row, col),
  });
  const bad = (row: number, col: number, what: CriteriaField): void => {
    problems.push(
      error('badCriteriaCell', at(row, col), { text: text(grid.values[row]?.[col]), what }),
    );
  };
  const number = (row: number, col: number, what: CriteriaField, whole = false): number | null => {
    const v = grid.values[row]?.[col];
    if (blank(v) && what === 'penalty') return 0;
    if (typeof v !== 'number' || v < 0 || (whole && !Number.isInteger(v))) {
      bad(row, col, what);
      return null;
    }
    return v;
  };
  const head = headerRow(grid, WB.criteriaHeaders);
  const kHead = headerRow(grid, WB.commendationHeaders, Math.max(head, 0));
  if (head < 0 || kHead < 0) {
    return fail([error('criteriaUnreadable', { ...(file ? { file } : {}), sheet: grid.name })]);
  }
  const criteria: Criterion[] = [];
  let bonusCap = 0;
  let r = head + 1;
  for (; r < kHead && !same(grid.values[r]?.[1], WB.criteriaTotal); r++) {
    const row = grid.values[r] ?? [];
    if ([1, 2, 3, 4, 5].every((c) => blank(row[c]))) continue;
    const name = text(row[1]).trim();
    if (!name) {
      bad(r, 1, 'name');
      continue;
    }
    const max = number(r, 2, 'maxPoints');
    const method = byLabel<CriterionMethod>(CRITERION_METHOD_LABELS, row[3]);
    if (!method) bad(r, 3, 'method');
    const overduePenalty = number(r, 4, 'penalty');
    const latePenalty = number(r, 5, 'penalty');
    if (criteria.some((c) => foldKey(c.name) === foldKey(name))) {
      problems.push(error('duplicateCriterion', at(r, 1), { name }));
      continue;
    }
    if (max === null || !method || overduePenalty === null || latePenalty === null) continue;
    criteria.push({ name, max, method, overduePenalty, latePenalty });
  }
  for (; r < kHead; r++) {
    if (same(grid.values[r]?.[1], WB.bonusCap)) bonusCap = number(r, 2, 'bonusCap') ?? 0;
  }
  const commendations: Commendation[] = [];
  for (r = kHead + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    if ([1, 2, 3].every((c) => blank(row[c]))) continue;
    const name = text(row[1]).trim();
    if (!name) {
      bad(r, 1, 'name');
      continue;
    }
    const perBloc = number(r, 2, 'count', true);
    const least = byLabel<Classification>(
      {
        excellent: CLASSIFICATION_LABELS.excellent,
        good: CLASSIFICATION_LABELS.good,
        pass: CLASSIFICATION_LABELS.pass,
        fail: CLASSIFICATION_LABELS.fail,
      },
      row[3],
    );
    if (!least) bad(r, 3, 'least');
    if (perBloc !== null && least) commendations.push({ name, perBloc, least });
  }
  if (criteria.length === 0 && problems.length === 0) {
    problems.push(error('noCriteria', { ...(file ? { file } : {}), sheet: grid.name }));
  }
  return problems.length > 0 ? fail(problems) : ok({ criteria, bonusCap, commendations });
}

/**
 * The points entered by hand, by unit code and criterion name. Points under a column that is no
 * longer a criterion, or of a unit no longer in the directory, are named: the next redraw of the
 * sheet leaves them out.
 */
export function readHandScores(
  grid: SheetGrid,
  scoring: Scoring,
  units: readonly Unit[],
  file?: string,
): Result<HandScores> {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const at = (row: number, col: number) => ({
    ...(file ? { file } : {}),
    sheet: grid.name,
    cell: cellAddress(row, col),
  });
  const head = headerRow(grid, WB.scoresHeaders);
  if (head < 0) return ok({});
  const header = grid.values[head] ?? [];
  const fixed = WB.scoresHeaders.length;
  const codes = new Set(units.map((u) => u.code));
  const manual = new Map(
    scoring.criteria.filter((c) => c.method === 'manual').map((c) => [foldKey(c.name), c]),
  );
  const planNames = new Set(
    scoring.criteria.filter((c) => c.method === 'plan').map((c) => foldKey(c.name)),
  );
  const columns: { col: number; criterion: Criterion | null; bonus: boolean; title: string }[] = [];
  for (let c = fixed; c < header.length; c++) {
    const title = text(header[c]).trim();
    const key = foldKey(title);
    if (!title || key === foldKey(WB.total) || planNames.has(key)) continue;
    columns.push({
      col: c,
      criterion: manual.get(key) ?? null,
      bonus: key === foldKey(WB.bonus),
      title,
    });
  }
  const scores: HandScores = {};
  for (let r = head + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const code = text(row[1]).trim();
    const entered = columns.filter((k) => !blank(row[k.col]));
    if (!code || entered.length === 0) continue;
    if (!codes.has(code)) {
      notes.push(
        warning('handScoresDropped', at(r, 1), { unit: code, names: entered.map((k) => k.title) }),
      );
      continue;
    }
    const s = (scores[code] ??= { points: {}, bonus: null });
    const orphans: string[] = [];
    for (const k of entered) {
      const v = row[k.col];
      if (k.bonus) {
        if (typeof v !== 'number' || v < 0) {
          problems.push(error('badBonus', at(r, k.col), { text: text(v) }));
        } else s.bonus = v;
      } else if (k.criterion) {
        const max = k.criterion.max;
        if (typeof v !== 'number' || v < 0 || v > max) {
          problems.push(
            error('badHandScore', at(r, k.col), {
              text: text(v),
              criterion: k.criterion.name,
              max,
            }),
          );
        } else s.points[k.criterion.name] = v;
      } else orphans.push(k.title);
    }
    if (orphans.length > 0)
      notes.push(warning('handScoresDropped', at(r, 1), { unit: code, names: orphans }));
  }
  return problems.length > 0 ? fail(problems) : ok(scores, notes);
}
