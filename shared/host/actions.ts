/**
 * What the Excel task pane, the Google Sheets sidebar and the browser mode do, host-neutral: each
 * action takes the sheets the host read (values only) and returns the sheets to draw, or the
 * problems that stop it. Adapters only read, call one action, and draw its result.
 */
import type { Returned } from '../book/consolidate';
import { assignmentNotes } from '../book/assignment-notes';
import { consolidate } from '../book/consolidate';
import { createBook } from '../book/create';
import type { MarkPatch, MarkWrite } from '../book/mark';
import { markRows } from '../book/mark';
import type { Book, LogEntry, Mapping } from '../book/model';
import { entryCount, rowKey } from '../book/model';
import { assignUnits, resyncBook } from '../book/resync';
import type { Entropy } from '../book/seal';
import { withSecret } from '../book/seal';
import { splitBook } from '../book/split';
import { updateBook } from '../book/update';
import { comparePlans, planIdentityText } from '../book/plan-identity';
import { error } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { PaneMessages } from '../i18n/catalog';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { SHEET, TRACKING_HEADERS } from '../i18n/workbook-vi';
import { describeBook } from '../layout/describe';
import { describeSummary } from '../layout/summary';
import type { Plan } from '../plan/model';
import type { ReadBook } from '../read/book';
import { readBook } from '../read/book';
import { looseEntryCount } from '../read/loose-entries';
import type { ReadRow } from '../read/tracking';
import { computeReport } from '../report/compute';
import { CAO_BANG_2014 } from '../units/cao-bang-2014';
import type { Unit } from '../units/model';
import { UnitSchema } from '../units/model';
import { duplicateUnits, readUnitsGrid } from '../units/read-units';
import { isoToDmy } from '../workbook/a1';
import { checkSpec } from '../workbook/check';
import type { SheetGrid, WorkbookSpec } from '../workbook/spec';

export interface Message {
  vi: string;
  en: string;
}

function say<K extends keyof PaneMessages>(
  key: K,
  ...params: Parameters<PaneMessages[K]>
): Message {
  const f = (m: PaneMessages) =>
    (m[key] as (...a: Parameters<PaneMessages[K]>) => string)(...params);
  return { vi: f(vi.pane), en: f(en.pane) };
}

type Ui = typeof vi.ui;
type Ask = { [K in keyof Ui]: Ui[K] extends (p: never) => string ? K : never }[keyof Ui];

/** A confirmation question of the `ui` catalog, in both languages. */
function ask<K extends Ask>(key: K, params: Parameters<Ui[K]>[0]): Message {
  const f = (u: Ui) => (u[key] as (p: Parameters<Ui[K]>[0]) => string)(params);
  return { vi: f(vi.ui), en: f(en.ui) };
}

export type ActionResult<T = undefined> =
  | {
      ok: true;
      /** Sheets to draw, in order; sheets of the workbook not named here stay as they are. */
      draw: WorkbookSpec | null;
      message: Message;
      warnings: Problem[];
      log: LogEntry[];
      data: T;
    }
  | {
      ok: false;
      problems: Problem[];
      /** A question the host asks before doing it anyway (the same words in every host). */
      confirm?: Message;
    };

export interface Clock {
  /** ISO timestamp. */
  now: string;
  /** ISO date, in Việt Nam. */
  today: string;
  /** Random bytes, where the host has no WebCrypto (Apps Script): the book's key is made of them. */
  entropy?: Entropy;
}

/** A book about to be written whole: with its key (books made before sealing get one now). */
function keyed(book: Book, clock: Clock): Book {
  return withSecret(book, clock.now, clock.entropy);
}

function drawn<T>(
  spec: WorkbookSpec,
  message: Message,
  warnings: Problem[],
  data: T,
  log: LogEntry[] = [],
): ActionResult<T> {
  const tooLong = checkSpec(spec);
  if (tooLong.length > 0) return { ok: false, problems: tooLong };
  return { ok: true, draw: spec, message, warnings, log, data };
}

export function hasBook(sheets: readonly SheetGrid[]): boolean {
  // a book whose identity sheet was deleted still holds the office's entries: it is not blank
  return sheets.some((s) => s.name === SHEET.meta) || looseEntryCount(sheets) > 0;
}

function load(
  sheets: readonly SheetGrid[],
  strict: boolean,
  clock: Clock,
  units?: readonly Unit[],
): { ok: true; read: ReadBook; warnings: Problem[] } | { ok: false; problems: Problem[] } {
  if (!hasBook(sheets)) return { ok: false, problems: [error('noBook')] };
  const r = readBook(sheets, {
    strict,
    today: clock.today,
    now: clock.now,
    expect: 'book',
    ...(units ? { units } : {}),
  });
  return r.ok ? { ok: true, read: r.value, warnings: r.warnings } : r;
}

/** The office's own columns of `Theo dõi` carried onto a rebuilt book's rows, by task and unit. */
function withOfficeColumns(book: Book, previous: Book): Book {
  const columns = previous.extraColumns ?? [];
  if (columns.length === 0) return book;
  const extras = new Map(previous.rows.map((r) => [rowKey(r.taskId, r.unitCode), r.extras]));
  return {
    ...book,
    extraColumns: columns,
    rows: book.rows.map((r) => {
      const kept = extras.get(rowKey(r.taskId, r.unitCode));
      return kept ? { ...r, extras: kept } : r;
    }),
  };
}

/** Rows of `Theo dõi` with anything in their input cells, read as plainly as can be. */

/** Build the workbook from a plan. An existing book with entries is kept unless `replace` is said. */
export function buildAction(
  plan: Plan,
  existing: readonly SheetGrid[],
  opts: Clock & { asOf?: string; replace?: boolean; units?: Unit[] },
): ActionResult<{ book: Book }> {
  let units: Unit[] = opts.units ?? [...CAO_BANG_2014];
  let mappings: Mapping[] = [];
  let previous: Book | null = null;
  if (hasBook(existing)) {
    const read = readBook(existing, { strict: false, today: opts.today, expect: 'book' });
    // a unit's own file is never rebuilt into a book, asked or not
    const unitFile = !read.ok ? read.problems.filter((p) => p.code === 'unitFileAsBook') : [];
    if (unitFile.length > 0) return { ok: false, problems: unitFile };
    const cut = read.ok && read.warnings.some((w) => w.code === 'incompleteDraw');
    if (cut && !opts.replace) return { ok: false, problems: [error('incompleteDraw')] };
    if (!read.ok && !opts.replace) {
      // a book that cannot be read may still hold entries: never rebuilt over without asking
      return {
        ok: false,
        problems: read.problems,
        confirm: ask('confirmReplace', { entries: looseEntryCount(existing) }),
      };
    }
    if (read.ok) {
      const entries = entryCount(read.value.book);
      const d = read.value.book.plan.document;
      if (entries > 0 && !opts.replace) {
        return {
          ok: false,
          problems: [
            error('bookExists', undefined, {
              plan: [d.kind, d.number].filter(Boolean).join(' '),
              entries,
            }),
          ],
          confirm: ask('confirmReplace', { entries }),
        };
      }
      if (!opts.units) units = read.value.book.units;
      mappings = read.value.book.mappings;
      previous = read.value.book;
    }
  } else {
    // sheets of the user's own that happen to bear the book's names ("Báo cáo" is common)
    const names = new Set<string>(Object.values(SHEET));
    const inTheWay = existing.filter(
      (g) =>
        names.has(g.name) &&
        g.name !== SHEET.units &&
        g.values.some((row) => row.some((v) => v !== null && v !== '')),
    );
    if (inTheWay.length > 0 && !opts.replace) {
      const p = error('sheetsInTheWay', undefined, {
        names: inTheWay.map((g) => `"${g.name}"`).join(', '),
      });
      return { ok: false, problems: [p], confirm: { vi: p.vi, en: p.en } };
    }
    const unitSheet = existing.find((s) => s.name === SHEET.units);
    if (unitSheet && !opts.units) {
      const read = readUnitsGrid(unitSheet);
      if (read.ok) units = read.value;
    }
  }
  const created = createBook(plan, {
    units,
    mappings,
    asOf: opts.asOf ?? opts.today,
    now: opts.now,
    ...(opts.entropy ? { entropy: opts.entropy } : {}),
  });
  const { assignment } = created;
  // rebuilding deletes the entries (the office agreed), not the columns the office added
  const book = previous ? withOfficeColumns(created.book, previous) : created.book;
  const { spec } = describeBook(book);
  const message = say('built', {
    periods: plan.periods.length,
    tasks: plan.periods.reduce((n, p) => n + p.tasks.length, 0),
    rows: book.rows.length,
    units: new Set(book.rows.map((r) => r.unitCode)).size,
  });
  return drawn(spec, message, assignmentNotes(book.plan, assignment), { book });
}

/** Recompute the report and the overview (the other sheets are left alone). */
export function refreshAction(
  existing: readonly SheetGrid[],
  opts: Clock & { asOf?: string },
): ActionResult<{ book: Book }> {
  const l = load(existing, false, opts);
  if (!l.ok) return l;
  // the report's formulas count the rows of `Theo dõi` as they stand: copies would count twice
  const copies = l.read.tracking.filter((r) => r.duplicate).map((r) => r.row + 1);
  if (copies.length > 0) {
    return {
      ok: false,
      problems: [error('refreshDuplicates', { sheet: SHEET.tracking }, { rows: copies })],
    };
  }
  const book = { ...l.read.book, asOf: opts.asOf ?? l.read.book.asOf };
  const { spec } = describeBook(book);
  // the identity sheet is not redrawn, so there is no finish cell to write either
  const only: WorkbookSpec = {
    font: spec.font,
    properties: spec.properties,
    sheets: spec.sheets.filter((s) => s.role === 'report' || s.role === 'overview'),
  };
  return drawn(only, say('refreshed', { asOf: isoToDmy(book.asOf) }), l.warnings, { book });
}

export function updateAction(
  existing: readonly SheetGrid[],
  plan: Plan,
  opts: Clock & { force?: boolean },
): ActionResult<{ book: Book }> {
  const l = load(existing, true, opts);
  if (!l.ok) return l;
  const other = opts.force ? null : comparePlans(l.read.book.plan, plan);
  if (other) {
    return {
      ok: false,
      problems: [other],
      confirm: ask('confirmOtherPlan', {
        book: planIdentityText(l.read.book.plan.document),
        plan: planIdentityText(plan.document),
      }),
    };
  }
  const r0 = updateBook(l.read.book, plan, opts.now);
  const r = { ...r0, book: keyed(r0.book, opts) };
  const s = r.summary;
  const message = say('updated', {
    version: r.book.meta.version,
    kept: s.kept,
    reworded: s.reworded,
    added: s.added,
    removed: s.removed,
    archived: s.archivedRows,
  });
  return drawn(
    describeBook(r.book).spec,
    message,
    [...l.warnings, ...assignmentNotes(r.book.plan, r.assignment), ...r.problems],
    { book: r.book },
    r.log,
  );
}

/** The office edited the unit directory: save it and bring the rows in line. */
export function saveUnitsAction(
  existing: readonly SheetGrid[],
  units: Unit[],
  opts: Clock,
): ActionResult<{ book: Book }> {
  const bad = units.filter((u) => !UnitSchema.safeParse(u).success);
  if (bad.length > 0)
    return {
      ok: false,
      problems: bad.map((u) => error('badUnitCode', undefined, { code: u.code })),
    };
  // the list as it will stand on `Đơn vị` (row 2 onwards): a code, name or alias used twice is
  // refused here, naming both rows, rather than breaking every later command
  const twice = duplicateUnits(
    units.map((u, i) => ({ unit: u, row: i + 1 })),
    (row) => ({
      sheet: SHEET.units,
      cell: `A${row + 1}`,
    }),
  );
  if (twice.length > 0) return { ok: false, problems: twice };
  // the new list stands in for the sheet's: a list saved broken can always be saved right
  const l = load(existing, true, opts, units);
  if (!l.ok) return l;
  const r0 = resyncBook({ ...l.read.book, units }, opts.now);
  const r = { ...r0, book: keyed(r0.book, opts) };
  const message = say('unitsSaved', { units: units.length });
  return drawn(
    describeBook(r.book).spec,
    message,
    [...l.warnings, ...assignmentNotes(r.book.plan, r.assignment), ...r.problems],
    { book: r.book },
  );
}

/** The office mapped phrases to units or groups. */
export function saveMappingsAction(
  existing: readonly SheetGrid[],
  mappings: Mapping[],
  opts: Clock,
): ActionResult<{ book: Book }> {
  const l = load(existing, true, opts);
  if (!l.ok) return l;
  const byPhrase = new Map(l.read.book.mappings.map((m) => [m.phrase, m]));
  for (const m of mappings) byPhrase.set(m.phrase, m);
  const r0 = resyncBook({ ...l.read.book, mappings: [...byPhrase.values()] }, opts.now);
  const r = { ...r0, book: keyed(r0.book, opts) };
  const message = say('resynced', { added: r.added.length, archived: r.archived.length });
  return drawn(
    describeBook(r.book).spec,
    message,
    [...l.warnings, ...assignmentNotes(r.book.plan, r.assignment), ...r.problems],
    { book: r.book },
  );
}

export function assignAction(
  existing: readonly SheetGrid[],
  taskIds: readonly string[],
  targets: readonly string[],
  opts: Clock,
): ActionResult<{ book: Book }> {
  if (taskIds.length === 0) return { ok: false, problems: [error('noSelection')] };
  const l = load(existing, true, opts);
  if (!l.ok) return l;
  const r0 = assignUnits(l.read.book, taskIds, targets, opts.now);
  const r = { ...r0, book: keyed(r0.book, opts) };
  const message = say('resynced', { added: r.added.length, archived: r.archived.length });
  return drawn(describeBook(r.book).spec, message, [...l.warnings, ...r.problems], {
    book: r.book,
  });
}

/** Mark the selected rows of `Theo dõi` (0-based sheet rows); returns the cells to write. */
export function markAction(
  existing: readonly SheetGrid[],
  selectedRows: readonly number[],
  patch: MarkPatch,
  opts: Clock,
): ActionResult<{ writes: MarkWrite[]; rows: ReadRow[] }> {
  if (Object.values(patch).every((v) => v === undefined))
    return { ok: false, problems: [error('emptyMark')] };
  const l = load(existing, false, opts);
  if (!l.ok) return l;
  const { writes, problems } = markRows(l.read.tracking, selectedRows, patch, opts.today);
  if (writes.length === 0)
    return { ok: false, problems: problems.length > 0 ? problems : [error('noSelection')] };
  return {
    ok: true,
    draw: null,
    message: say('marked', { rows: writes.length }),
    warnings: problems,
    log: [],
    data: { writes, rows: l.read.tracking },
  };
}

export function consolidateAction(
  existing: readonly SheetGrid[],
  returned: Returned[],
  opts: Clock & { refused?: number },
): ActionResult<{ book: Book; merged: string[]; refused: string[] }> {
  const l = load(existing, true, opts);
  if (!l.ok) return l;
  const r0 = consolidate(l.read.book, returned, opts.now);
  const r = { ...r0, book: keyed(r0.book, opts) };
  const count = (o: LogEntry['outcome']) => r.log.filter((e) => e.outcome === o).length;
  const message = say('consolidated', {
    merged: r.merged.length,
    refused: r.refused.length + (opts.refused ?? 0),
    applied: count('applied'),
    conflicts: count('conflict'),
    rejected: count('rejected'),
  });
  if (r.merged.length === 0) return { ok: false, problems: r.problems };
  return drawn(
    describeBook(r.book).spec,
    message,
    [...l.warnings, ...r.problems],
    { book: r.book, merged: r.merged, refused: r.refused },
    r.log,
  );
}

/** The units' files to send out (hosts turn each into an .xlsx). */
export function splitAction(
  existing: readonly SheetGrid[],
  opts: Clock,
): ActionResult<{ units: Book[] }> {
  const l = load(existing, true, opts);
  if (!l.ok) return l;
  const parts = splitBook(l.read.book, opts.now);
  return {
    ok: true,
    draw: null,
    message: say('split', { files: parts.length }),
    warnings: l.warnings,
    log: [],
    data: { units: parts },
  };
}

export function summaryAction(
  existing: readonly SheetGrid[],
  opts: Clock & { asOf?: string },
): ActionResult<{ spec: WorkbookSpec }> {
  const l = load(existing, false, opts);
  if (!l.ok) return l;
  const book = l.read.book;
  const spec = describeSummary(book, computeReport(book, opts.asOf ?? book.asOf));
  return {
    ok: true,
    draw: null,
    message: say('summaryReady'),
    warnings: l.warnings,
    log: [],
    data: { spec },
  };
}

/** Phrases that resolve to no unit, with their tasks: what the units tab offers to map. */
export function unresolvedAction(
  existing: readonly SheetGrid[],
  opts: Clock,
): ActionResult<{ phrases: { phrase: string; tasks: string[] }[]; units: Unit[] }> {
  const l = load(existing, false, opts);
  if (!l.ok) return l;
  const book = l.read.book;
  const r = resyncBook(book, opts.now);
  const tasks = book.plan.periods.flatMap((p) => p.tasks);
  const phrases = r.assignment.resolutions
    .filter((x) => x.units.length === 0)
    .map((x) => ({
      phrase: x.phrase,
      tasks: tasks
        .filter((t) => t.owners.includes(x.phrase) || t.support.includes(x.phrase))
        .map((t) => t.id),
    }));
  return {
    ok: true,
    draw: null,
    message: say('unresolved', { count: phrases.length }),
    warnings: l.warnings,
    log: [],
    data: { phrases, units: book.units },
  };
}

/** Task ids in the given rows of a sheet whose first column holds them (`Theo dõi`, `Tổng quan`). */
export function taskIdsInRows(grid: SheetGrid, rows: readonly number[], book?: Book): string[] {
  const known = book ? new Set(book.plan.periods.flatMap((p) => p.tasks.map((t) => t.id))) : null;
  const ids = new Set<string>();
  // the office may have put a column of its own before `Mã CV`
  const header = grid.values.slice(0, 5).find((row) => row.some((v) => v === TRACKING_HEADERS[0]));
  const col = Math.max(0, header?.indexOf(TRACKING_HEADERS[0]) ?? 0);
  for (const r of rows) {
    const v = grid.values[r]?.[col];
    if (typeof v === 'string' && v && (!known || known.has(v))) ids.add(v);
  }
  return [...ids];
}
