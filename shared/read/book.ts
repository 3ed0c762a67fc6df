/**
 * A workbook read back into a book: the hidden identity and plan, the units, the mappings, the
 * tracking rows, the report's settings, the log and the archive. Anything that is not as the
 * product wrote it is named by file, sheet and cell.
 */
import type { LedgerRow } from '../book/ledger';
import { ledgerRows } from '../book/ledger';
import type {
  ArchivedRow,
  Book,
  BookMeta,
  Entry,
  ExtraColumn,
  LogEntry,
  Thresholds,
  TrackingRow,
} from '../book/model';
import type { Mapping } from '../units/model';
import { DEFAULT_THRESHOLDS, rowKey } from '../book/model';
import type { Location } from '../i18n/location';
import { error, warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Result } from '../errors/result';
import { fail, ok } from '../errors/result';
import { ARCHIVE_HEADERS, LOG_HEADERS, MAPPING_HEADERS, SHEET, WB } from '../i18n/workbook-vi';
import type { Plan } from '../plan/model';
import { PlanSchema } from '../plan/model';
import { DRAWING, unpackedJson } from '../layout/meta-sheet';
import { periodLabels } from '../layout/period-labels';
import { CLASSIFICATION_LABELS } from '../book/classification';
import { DEFAULT_SCORING } from '../book/scoring';
import { readCriteria, readHandScores } from './scoring';
import { foldKey } from '../text/normalize';
import { STATUS_LABELS, readStatus } from '../tracking/status';
import { isoToDmy } from '../workbook/a1';
import { Directory } from '../units/directory';
import type { Unit } from '../units/model';
import { readUnitsGrid } from '../units/read-units';
import type { CellValue, SheetGrid } from '../workbook/spec';
import { readDate, text } from '../workbook/cells';
import { findDuplicates } from './duplicates';
import { looseEntryCount } from './loose-entries';
import { entryNotes } from './entry-notes';
import { get, readHeadered } from '../workbook/sheet-table';
import type { TaskView } from './tracking';
import type { ReadRow } from '../book/read-row';
import { readTracking } from './tracking';

export interface ReadBookOptions {
  file?: string;
  /**
   * Strict: any cell that cannot be taken as it is stops the read (for commands that rewrite the
   * workbook, so nothing is replaced silently). Lenient: such cells become warnings.
   */
  strict: boolean;
  /** The report date when the workbook gives none. */
  today?: string;
  /**
   * 'book' where the office's book is expected (a unit's file is refused, naming the unit);
   * 'any' for returned files, which are checked when merged.
   */
  expect?: 'book' | 'any';
  /** ISO timestamp for what the read itself adds to the log or the archive. */
  now?: string;
  /** A unit list to use instead of the `Đơn vị` sheet (the office saving a corrected list). */
  units?: readonly Unit[];
}

export interface ReadBook {
  book: Book;
  /** The rows as read, with each field's cell, for merging returned files. */
  tracking: ReadRow[];
  /**
   * What the read itself added to the log (copies of rows merged into one) and to the archive
   * (entries of rows deleted by hand): a command that rewrites the rows draws these sheets too.
   */
  added: { log: number; archive: number };
}

function sheetOf(sheets: readonly SheetGrid[], name: string): SheetGrid | undefined {
  return (
    sheets.find((s) => s.name === name) ?? sheets.find((s) => foldKey(s.name) === foldKey(name))
  );
}

/**
 * Sheets that look like copies of the sheet `name`: Excel names a copy "Theo dõi (2)", Google
 * Sheets "Bản sao của Theo dõi" (or "Copy of Theo dõi" in English).
 */
function copiesOf(sheets: readonly SheetGrid[], name: string): SheetGrid[] {
  const key = foldKey(name);
  return sheets.filter((s) => {
    const f = foldKey(s.name);
    if (f === key) return false;
    const bare = f
      .replace(/\s*\(\d+\)$/, '')
      .replace(/^(ban sao cua|copy of)\s+/, '')
      .trim();
    return bare === key;
  });
}

/**
 * The sheets the reader takes for `names` (by name, or by the name folded), and the copies of
 * them it names and never reads: what a host hands it for a command's sheets.
 */
export function sheetsNamed(sheets: readonly SheetGrid[], names: readonly string[]): SheetGrid[] {
  const keys = new Set(names.map(foldKey));
  return sheets.filter(
    (s) => keys.has(foldKey(s.name)) || names.some((n) => copiesOf([s], n).length > 0),
  );
}

/** What the reader says of copies of the book's sheets: which sheet it read, or which to rename. */
function sheetCopyProblems(
  sheets: readonly SheetGrid[],
  names: readonly string[],
  at: (sheet?: string) => Location,
): { errors: Problem[]; notes: Problem[] } {
  const errors: Problem[] = [];
  const notes: Problem[] = [];
  for (const name of names) {
    const copies = copiesOf(sheets, name);
    if (copies.length === 0) continue;
    const list = copies.map((c) => `"${c.name}"`).join(', ');
    if (sheetOf(sheets, name))
      notes.push(warning('sheetCopyIgnored', at(), { sheet: name, copies: list }));
    else errors.push(error('sheetOnlyAsCopy', at(), { sheet: name, copies: list }));
  }
  return { errors, notes };
}

/**
 * The plan last read, by its text on `_ThiDua`: the fifty files of a consolidation carry one
 * plan, unpacked and checked once instead of fifty times. Books share it read-only, as they share
 * any plan (the core makes new plans, never edits one).
 */
let lastPlan: { text: string; plan: Plan } | null = null;

function readMeta(
  grid: SheetGrid,
  file?: string,
): Result<{
  meta: BookMeta;
  plan: Book['plan'];
  base: Book['base'];
  names: [string, string][];
  complete: boolean;
  ledger: LedgerRow[] | null;
  archived: LedgerRow[];
}> {
  const where = { ...(file ? { file } : {}), sheet: grid.name };
  const kv = new Map<string, string>();
  const rowOf = new Map<string, number>();
  grid.values.forEach((row, r) => {
    const k = text(row[0]);
    if (!k) return;
    kv.set(k, row[1] === null || row[1] === undefined ? '' : String(row[1]));
    rowOf.set(k, r);
  });
  /** The cell of a key's value, so a damaged identity sheet says which cell to restore. */
  const cellOf = (key: string) => {
    const r = rowOf.get(key);
    return r === undefined ? where : { ...where, cell: `B${r + 1}` };
  };
  if (kv.get('product') !== 'so-thi-dua')
    return fail([error('notOurWorkbook', file ? { file } : undefined)]);
  const raw = (prefix: string): string | null => {
    const parts: string[] = [];
    for (let i = 0; kv.has(`${prefix}.${i}`); i++) parts.push(kv.get(`${prefix}.${i}`) as string);
    return parts.length > 0 ? parts.join('') : null;
  };
  const joined = (prefix: string): string | null => {
    const text = raw(prefix);
    if (text === null) return null;
    const json = unpackedJson(text);
    // a damaged packed value is damaged JSON: the same message, naming the same cell
    if (json === null) throw new Error(prefix);
    return json;
  };
  let planJson: unknown;
  let planText: string | null = null;
  let base: Record<string, Entry> | null = null;
  let names: [string, string][] = [];
  let ledger: LedgerRow[] | null = null;
  let archived: LedgerRow[] = [];
  let reading = 'units';
  try {
    const n = joined('units');
    names = n ? (JSON.parse(n) as [string, string][]) : [];
    reading = 'plan';
    planText = raw('plan');
    if (planText !== lastPlan?.text) planJson = JSON.parse(joined('plan') ?? 'null');
    reading = 'base';
    const b = joined('base');
    base = b ? (JSON.parse(b) as Record<string, Entry>) : null;
    reading = 'entries';
    const l = joined('entries');
    ledger = l ? ledgerRows(JSON.parse(l)) : null;
    reading = 'archived';
    const a = joined('archived');
    archived = a ? ledgerRows(JSON.parse(a)) : [];
  } catch {
    // the key, not the JSON parser's words: the user restores that cell
    return fail([error('badMeta', cellOf(`${reading}.0`), { detail: `${reading}.0` })]);
  }
  let plan: Plan;
  if (planText !== null && planText === lastPlan?.text) plan = lastPlan.plan;
  else {
    const read = PlanSchema.safeParse(planJson);
    if (!read.success)
      return fail([
        error('badMeta', cellOf('plan.0'), { detail: read.error.issues[0]?.message ?? 'plan' }),
      ]);
    plan = read.data;
    if (planText !== null) lastPlan = { text: planText, plan };
  }
  const kind = kv.get('kind') === 'unit' ? 'unit' : 'book';
  const version = Number(kv.get('version'));
  const planId = kv.get('planId') ?? '';
  if (!planId) return fail([error('badMeta', cellOf('planId'), { detail: 'planId' })]);
  if (!Number.isInteger(version))
    return fail([error('badMeta', cellOf('version'), { detail: 'version' })]);
  const meta: BookMeta = {
    product: 'so-thi-dua',
    format: 1,
    planId,
    version,
    kind,
    unitCode: kv.get('unitCode') || null,
    createdAt: kv.get('createdAt') ?? '',
    updatedAt: kv.get('updatedAt') ?? '',
  };
  for (const k of ['secret', 'secretSince', 'issuedAt', 'seal'] as const) {
    const v = kv.get(k);
    if (v) meta[k] = v;
  }
  return ok({
    meta,
    plan,
    base,
    ledger,
    archived,
    // files written before the state key existed were always written whole
    complete: kv.get('state') !== DRAWING,
    names: Array.isArray(names)
      ? names
          .filter((p) => Array.isArray(p) && p.length === 2)
          .map((p) => [String(p[0]), String(p[1])])
      : [],
  });
}

function readMappings(grid: SheetGrid, file?: string): Result<Mapping[]> {
  const read = readHeadered(grid, [MAPPING_HEADERS[0], MAPPING_HEADERS[1]], [], file);
  if ('problems' in read) return fail(read.problems);
  const out: Mapping[] = [];
  for (const { cells } of read.table.rows) {
    const phrase = text(get(read.table, cells, MAPPING_HEADERS[0]));
    if (!phrase) continue;
    const targets = text(get(read.table, cells, MAPPING_HEADERS[1]))
      .split(/;|\n/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    out.push({ phrase, targets });
  }
  return ok(out);
}

/** The office's criteria and hand-entered points, where the book has those sheets. */
function readScoring(
  sheets: readonly SheetGrid[],
  office: boolean,
  units: readonly Unit[],
  file?: string,
): Result<Pick<Book, 'scoring' | 'handScores'>> {
  const criteriaGrid = office ? sheetOf(sheets, SHEET.criteria) : undefined;
  const scoresGrid = office ? sheetOf(sheets, SHEET.scores) : undefined;
  const criteria = criteriaGrid ? readCriteria(criteriaGrid, file) : null;
  if (criteria && !criteria.ok) return criteria;
  const scoring = criteria?.value;
  if (!scoresGrid) return ok(scoring ? { scoring } : {});
  const hand = readHandScores(scoresGrid, scoring ?? DEFAULT_SCORING, units, file);
  if (!hand.ok) return hand;
  return ok({ ...(scoring ? { scoring } : {}), handScores: hand.value }, hand.warnings);
}

/** The report date and thresholds the office set on `Báo cáo`, found by their labels. */
function readReportSettings(
  grid: SheetGrid | undefined,
  problems: Problem[],
  file?: string,
): { asOf: string | null; thresholds: Thresholds } {
  if (!grid) return { asOf: null, thresholds: DEFAULT_THRESHOLDS };
  const byLabel = new Map<string, { value: CellValue; row: number }>();
  grid.values.forEach((row, r) => {
    const label = text(row[0]);
    if (label) byLabel.set(foldKey(label), { value: row[2] ?? null, row: r });
  });
  let asOf: string | null = null;
  const a = byLabel.get(foldKey(WB.asOf));
  if (a) {
    const d = readDate(a.value);
    if (d.kind === 'date') asOf = d.iso;
    else if (d.kind === 'invalid') {
      problems.push(
        warning(
          'badAsOf',
          { ...(file ? { file } : {}), sheet: grid.name, cell: `C${a.row + 1}` },
          { text: d.text },
        ),
      );
    }
  }
  const t = (label: string): number | null => {
    const v = byLabel.get(foldKey(label))?.value;
    return typeof v === 'number' && v >= 0 && v <= 1 ? v : null;
  };
  const ex = t(CLASSIFICATION_LABELS.excellent.vi);
  const good = t(CLASSIFICATION_LABELS.good.vi);
  const pass = t(CLASSIFICATION_LABELS.pass.vi);
  if (ex === null || good === null || pass === null || !(ex >= good && good >= pass)) {
    if (byLabel.has(foldKey(CLASSIFICATION_LABELS.excellent.vi))) {
      problems.push(
        warning(
          'badThreshold',
          { ...(file ? { file } : {}), sheet: grid.name },
          { text: [ex, good, pass].join(' / ') },
        ),
      );
    }
    return { asOf, thresholds: DEFAULT_THRESHOLDS };
  }
  return { asOf, thresholds: { excellent: ex, good, pass } };
}

const OUTCOMES = new Map(
  Object.entries(WB.logOutcome).map(([k, v]) => [foldKey(v), k as LogEntry['outcome']]),
);

/** "02/05/2014 08:30" (UTC+7) → ISO. */
function fromStamp(s: string): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(s);
  if (!m) return s;
  return new Date(Date.UTC(+m[3]!, +m[2]! - 1, +m[1]!, +m[4]! - 7, +m[5]!)).toISOString();
}

function readLog(grid: SheetGrid | undefined): LogEntry[] {
  if (!grid) return [];
  const read = readHeadered(grid, LOG_HEADERS);
  if ('problems' in read) return [];
  const [AT, SOURCE, UNIT, TASK, FIELD, OLD, NEW, OUTCOME] = LOG_HEADERS;
  return read.table.rows.map(({ cells }) => {
    const g = (n: string) => text(get(read.table, cells, n));
    return {
      at: fromStamp(g(AT)),
      source: g(SOURCE),
      unitCode: g(UNIT),
      taskId: g(TASK),
      field: g(FIELD),
      old: g(OLD),
      new: g(NEW),
      outcome: OUTCOMES.get(foldKey(g(OUTCOME))) ?? 'applied',
    };
  });
}

function readArchive(
  grid: SheetGrid | undefined,
  directory: Directory,
  extraColumns: readonly ExtraColumn[],
): ArchivedRow[] {
  if (!grid) return [];
  const read = readHeadered(
    grid,
    ARCHIVE_HEADERS,
    extraColumns.map((c) => c.header).filter((h) => h !== ''),
  );
  if ('problems' in read) return [];
  const [AT, REASON, TASK, PERIOD, CONTENT, UNIT, ROLE, DEADLINE, STATUS, DONE, EVIDENCE, NOTE] =
    ARCHIVE_HEADERS;
  return read.table.rows.map(({ cells }) => {
    const g = (n: string) => text(get(read.table, cells, n));
    const status = readStatus(get(read.table, cells, STATUS));
    const date = (n: string) => {
      const d = readDate(get(read.table, cells, n));
      return d.kind === 'date' ? d.iso : null;
    };
    return {
      archivedAt: fromStamp(g(AT)),
      reason: g(REASON),
      taskId: g(TASK),
      periodLabel: g(PERIOD),
      content: g(CONTENT),
      unitName: g(UNIT),
      unitCode: directory.byCodeOrName(g(UNIT))?.code ?? g(UNIT),
      role: foldKey(g(ROLE)) === foldKey('Phối hợp') ? 'support' : 'lead',
      deadline: date(DEADLINE),
      status: status.kind === 'ok' ? status.status : 'todo',
      doneDate: date(DONE),
      evidence: g(EVIDENCE),
      note: g(NOTE),
      ...(extraColumns.length > 0
        ? {
            extras: extraColumns.map((c) =>
              c.header ? get(read.table, cells, c.header) : (null as CellValue),
            ),
          }
        : {}),
    };
  });
}

/**
 * The row as read. Strictly, only a row whose every cell could be read; leniently (reports),
 * each field that could be read is kept, and only an unreadable one is left out (a status
 * that cannot be read counts as not started, as the sheet's formulas count it too).
 */
function toRow(r: ReadRow, strict: boolean, extras: boolean): TrackingRow | null {
  if (r.unitCode === null || r.duplicate === 'merged') return null;
  if (strict && (r.status.value === undefined || r.doneDate.value === undefined)) return null;
  return {
    ...(extras ? { extras: r.extras } : {}),
    taskId: r.taskId,
    unitCode: r.unitCode,
    role: r.role,
    deadline: r.deadline,
    status: r.status.value ?? 'todo',
    doneDate: r.doneDate.value ?? null,
    evidence: r.evidence.value ?? '',
    note: r.note.value ?? '',
  };
}

/** What each row of `Theo dõi` should show for its task. */
function taskViews(plan: Book['plan']): Map<string, TaskView> {
  const labels = periodLabels(plan);
  const out = new Map<string, TaskView>();
  for (const p of plan.periods)
    for (const t of p.tasks)
      out.set(t.id, { period: labels.get(p.key) ?? p.label, no: t.no, content: t.content });
  return out;
}

export function readBook(sheets: readonly SheetGrid[], opts: ReadBookOptions): Result<ReadBook> {
  const file = opts.file;
  const at = (sheet?: string) => ({ ...(file ? { file } : {}), ...(sheet ? { sheet } : {}) });
  const metaGrid = sheetOf(sheets, SHEET.meta);
  const meta = metaGrid ? readMeta(metaGrid, file) : fail([error('notOurWorkbook', at())]);
  if (!meta.ok) {
    // a book whose identity sheet was deleted or cleared still holds what the office typed
    const entries = meta.problems.some((p) => p.code === 'notOurWorkbook')
      ? looseEntryCount(sheets)
      : 0;
    return entries > 0
      ? fail([error('identityLost', at(SHEET.meta), { entries, cleared: !!metaGrid })])
      : meta;
  }
  const { meta: m, plan, base, names, complete, ledger, archived } = meta.value;
  const problems: Problem[] = [];
  if (!complete) {
    const stopped = error('incompleteDraw', file ? { file } : undefined);
    if (opts.strict) return fail([stopped]);
    problems.push({ ...stopped, severity: 'warning' });
  }

  const required =
    m.kind === 'book'
      ? [SHEET.tracking, SHEET.units, SHEET.mappings]
      : [SHEET.tracking, SHEET.units];
  const unitsGrid = sheetOf(sheets, SHEET.units);
  if (m.kind === 'unit' && (opts.expect ?? 'any') === 'book') {
    const own = unitsGrid ? readUnitsGrid(unitsGrid, file) : null;
    const name =
      (own?.ok ? own.value.find((u) => u.code === m.unitCode)?.name : undefined) ??
      m.unitCode ??
      '';
    return fail([error('unitFileAsBook', at(), { unit: name })]);
  }
  // a copy of a sheet ("Theo dõi (2)") is never read in its place: which one was read is said
  const copies = sheetCopyProblems(
    sheets,
    [SHEET.tracking, SHEET.units, SHEET.mappings, SHEET.report, SHEET.archive, SHEET.log],
    at,
  );
  const missing = required.filter(
    (n) =>
      !sheetOf(sheets, n) && !(n === SHEET.units && opts.units) && copiesOf(sheets, n).length === 0,
  );
  const absent = [
    ...missing.map((name) => error('missingSheet', at(), { name })),
    ...copies.errors,
  ];
  if (absent.length > 0) return fail(absent);
  problems.push(...copies.notes);

  const units = opts.units ? ok([...opts.units]) : readUnitsGrid(unitsGrid as SheetGrid, file);
  if (!units.ok) return units;
  const directory = new Directory(units.value);
  // the names the rows were written with, for units renamed on `Đơn vị` since
  const known = new Set(units.value.map((u) => u.code));
  const written = units.value.map((u) => {
    const old = names
      .filter(([code, name]) => code === u.code && name !== u.name)
      .map(([, name]) => name);
    return old.length > 0 ? { ...u, aliases: [...u.aliases, ...old] } : u;
  });
  const rowsDirectory = names.some(([code]) => known.has(code))
    ? new Directory(written)
    : directory;
  let mappings: Mapping[] = [];
  if (m.kind === 'book') {
    const read = readMappings(sheetOf(sheets, SHEET.mappings) as SheetGrid, file);
    if (!read.ok) return read;
    mappings = read.value;
  }
  const trackingGrid = sheetOf(sheets, SHEET.tracking) as SheetGrid;
  const tracking = readTracking(trackingGrid, rowsDirectory, {
    ...(file ? { file } : {}),
    ...(trackingGrid.formulas ? { formulas: trackingGrid.formulas } : {}),
    ...(trackingGrid.merges ? { merges: trackingGrid.merges } : {}),
    tasks: taskViews(plan),
  });
  if (tracking.rows.length === 0 && tracking.problems.some((p) => p.code === 'missingColumns')) {
    return fail(tracking.problems);
  }
  const unitName = (code: string) => units.value.find((u) => u.code === code)?.name ?? code;
  const trackingAt = (cell: string) => ({
    ...(file ? { file } : {}),
    sheet: trackingGrid.name,
    cell,
  });
  const dups = findDuplicates(
    tracking.rows,
    tracking.extraColumns.map((c) => c.header),
    unitName,
    trackingAt,
  );
  // of rows that disagree, a read that rewrites nothing counts the first only
  const notCounted = new Set(dups.conflicts.flatMap((c) => c.rows.slice(1)));
  const extras = tracking.extraColumns.length > 0;
  const rows: TrackingRow[] = [];
  for (const r of tracking.rows) {
    if (notCounted.has(r)) continue;
    const row = toRow(r, opts.strict, extras);
    if (row) rows.push(row);
  }
  const cellErrors = [...tracking.problems, ...dups.problems].filter((p) => p.severity === 'error');
  if (opts.strict && cellErrors.length > 0) return fail(cellErrors);
  problems.push(
    ...[...tracking.problems, ...dups.problems].map((p) =>
      p.severity === 'error' ? { ...p, severity: 'warning' as const } : p,
    ),
  );

  const settings = readReportSettings(sheetOf(sheets, SHEET.report), problems, file);
  const scored = readScoring(sheets, m.kind === 'book', units.value, file);
  if (!scored.ok) return scored;
  problems.push(...scored.warnings);
  const asOf = settings.asOf ?? opts.today ?? new Date().toISOString().slice(0, 10);
  // a report date left at the day the book was built would flag every later completion: only a
  // date after both the report date and today is one that cannot have happened yet
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const latest = asOf > today ? asOf : today;
  problems.push(
    ...entryNotes(
      tracking.rows,
      { year: plan.document.year, schoolYear: plan.document.schoolYear, asOf: latest },
      trackingAt,
    ),
  );
  const extraColumns = tracking.extraColumns;
  const archive = readArchive(sheetOf(sheets, SHEET.archive), rowsDirectory, extraColumns);
  const log = readLog(sheetOf(sheets, SHEET.log));
  const added = { log: dups.merged.length, archive: 0 };
  const now = opts.now ?? new Date().toISOString();
  for (const g of dups.merged) {
    log.push({
      at: now,
      source: SHEET.tracking,
      unitCode: g.keep.unitCode ?? '',
      taskId: g.keep.taskId,
      field: WB.fields.row,
      old: WB.duplicateRows([g.keep, ...g.drop].map((r) => r.row + 1).sort((a, b) => a - b)),
      new: WB.duplicateRows([g.keep.row + 1]),
      outcome: 'applied',
    });
  }
  // rows the book wrote with an entry that `Theo dõi` or `Lưu trữ` no longer has: deleted by hand
  const tasks = taskViews(plan);
  const keepGone = (l: LedgerRow, sheet: string, archived: boolean): void => {
    const info = tasks.get(l.taskId);
    const entry = [
      STATUS_LABELS[l.status].vi,
      l.doneDate ? isoToDmy(l.doneDate) : '',
      l.evidence,
      l.note,
    ]
      .filter(Boolean)
      .join(', ');
    const params = { taskId: l.taskId, unit: unitName(l.unitCode), entry };
    problems.push(warning(archived ? 'archiveRowDeleted' : 'rowDeleted', at(sheet), params));
    added.archive++;
    archive.push({
      ...l,
      role: 'lead',
      deadline: null,
      periodLabel: info?.period ?? '',
      content: info?.content ?? '',
      unitName: unitName(l.unitCode),
      archivedAt: now,
      reason: archived ? WB.archiveReason.archiveRowDeleted : WB.archiveReason.rowDeleted,
    });
  };
  // by (task, unit), so that an archived row the office edited is not taken for a deleted one
  const lineKey = (l: LedgerRow): string =>
    [l.taskId, l.unitCode, l.status, l.doneDate ?? '', l.evidence, l.note].join('\u0000');
  const byRowKey = <T extends LedgerRow>(list: readonly T[]): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const x of list)
      m.set(rowKey(x.taskId, x.unitCode), [...(m.get(rowKey(x.taskId, x.unitCode)) ?? []), x]);
    return m;
  };
  const onArchive = byRowKey(archive);
  for (const [key, lines] of byRowKey(archived)) {
    const there = onArchive.get(key) ?? [];
    const missing = lines.length - there.length;
    if (missing <= 0) continue;
    const same = new Set(there.map(lineKey));
    const gone = [
      ...lines.filter((l) => !same.has(lineKey(l))),
      ...lines.filter((l) => same.has(lineKey(l))),
    ];
    for (const l of gone.slice(0, missing)) keepGone(l, SHEET.archive, true);
  }
  if (ledger) {
    const present = new Set(
      tracking.rows.filter((r) => r.unitCode).map((r) => rowKey(r.taskId, r.unitCode as string)),
    );
    for (const l of ledger) {
      if (!present.has(rowKey(l.taskId, l.unitCode))) keepGone(l, trackingGrid.name, false);
    }
  }
  const book: Book = {
    meta: m,
    plan,
    units: units.value,
    mappings,
    rows,
    archive,
    log,
    asOf,
    thresholds: settings.thresholds,
    ...scored.value,
    base,
    ...(extraColumns.length > 0 ? { extraColumns } : {}),
  };
  return ok({ book, tracking: tracking.rows, added }, problems);
}
