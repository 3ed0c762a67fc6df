/// <reference types="google-apps-script" />
/**
 * The commands of the menu and the sidebar: read the sheets, call one host-neutral action of the
 * core, draw its result, set the protections, and answer with bilingual messages. Every command
 * that writes holds the document lock; a failure says what was written before it.
 */
import type { Returned } from '../../../shared/book/consolidate';
import type { MarkPatch } from '../../../shared/book/mark';
import { columnRuns } from '../../../shared/layout/tracking-columns';
import type { LogEntry } from '../../../shared/book/model';
import type { Mapping } from '../../../shared/units/model';
import type { Problem } from '../../../shared/errors/problem';
import { error } from '../../../shared/errors/problem';
import { hasBook } from '../../../shared/app/book';
import type { Clock } from '../../../shared/app/clock';
import { vietnamClock, vietnamStamp } from '../../../shared/app/clock';
import type { CommandResult, CommandSpec, SelectedRows, User } from '../../../shared/app/command';
import { contextOf, OFFICE } from '../../../shared/app/command';
import type { Message } from '../../../shared/app/message';
import { COMMANDS } from '../../../shared/app/table';
import type { UiLabels } from '../../../shared/i18n/catalog';
import { en } from '../../../shared/i18n/en';
import { vi } from '../../../shared/i18n/vi';
import { SHEET } from '../../../shared/i18n/workbook-vi';
import { PlanSchema } from '../../../shared/plan/model';
import type { Plan } from '../../../shared/plan/model';
import { planOf } from '../../../shared/plan/read-plan-text';
import { readPlanCells } from '../../../shared/plan/read-sheets';
import { readBook } from '../../../shared/read/book';
import type { Report } from '../../../shared/report/compute';
import type { ReadRow } from '../../../shared/book/read-row';
import { STATUSES } from '../../../shared/tracking/status';
import type { Unit } from '../../../shared/units/model';
import { readUnitsGrid } from '../../../shared/units/read-units';
import { columnOf } from '../../../shared/workbook/a1';
import type { Cell, SheetGrid, WorkbookSpec } from '../../../shared/workbook/spec';
import { syncFilterViews, sheetsApi } from './filter-views';
import type { UnitBlock } from './protect';
import { isOffice, officeEditors, protectSheets, protectUnitBlocks } from './protect';
import {
  STATUS_COL,
  drawWorkbook,
  keyColumns,
  readSelectedCells,
  readSheets,
  readTrackingNotes,
  sheetsFormula,
} from './sheets-adapter';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What every sidebar call gets back: plain JSON (dates as ISO strings). */
export type Reply<T = null> =
  | {
      ok: true;
      message: Message;
      /** Host notes: permissions, files not shared, filter views. */
      notes: Message[];
      warnings: Problem[];
      log: LogEntry[];
      data: T;
    }
  | Failure;

type Sheets = UiLabels['sheets'];
type Texts = { [K in keyof Sheets]: Sheets[K] extends (...a: never[]) => string ? K : never };
type Fn = Texts[keyof Texts];
type Plain = { [K in keyof Sheets]: Sheets[K] extends string ? K : never }[keyof Sheets];

/** A message of the `ui.sheets` catalog in both languages. */
function say(key: Plain): Message;
function say<K extends Fn>(key: K, params: Parameters<Sheets[K]>[0]): Message;
function say(key: keyof Sheets, params?: unknown): Message {
  const pick = (s: Sheets): string => {
    const v = s[key] as unknown;
    return typeof v === 'function' ? (v as (p: unknown) => string)(params) : String(v);
  };
  return { vi: pick(vi.ui.sheets), en: pick(en.ui.sheets) };
}

/** How long a command waits for another writer before saying the book is busy. */
const LOCK_WAIT_MS = 20_000;

/** Now, and today in Việt Nam; Apps Script has no WebCrypto, so the key's bytes come from uuids. */
function clock(): Clock {
  return vietnamClock(new Date(), uuidBytes);
}

/** One command of the table on sheets the server read (the office's, unless said). */
function act<I, D>(
  command: CommandSpec<I, D>,
  sheets: readonly SheetGrid[],
  input: I,
  selection: SelectedRows | null = null,
  user: User = OFFICE,
): CommandResult<D> {
  return command.run(contextOf(input, sheets, clock(), { selection, user }));
}

/** Random bytes from Utilities.getUuid (122 random bits each): Apps Script has no WebCrypto. */
function uuidBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let hexDigits = '';
  while (hexDigits.length < n * 2) hexDigits += Utilities.getUuid().replace(/[^0-9a-f]/gi, '');
  for (let i = 0; i < n; i++) out[i] = parseInt(hexDigits.slice(i * 2, i * 2 + 2), 16);
  return out;
}

type Failure = {
  ok: false;
  problems: Problem[];
  errors: Message[];
  /** A question to ask before running the command again with consent (the core's words). */
  confirm?: Message;
};

const message = (p: Problem): Message => ({ vi: p.vi, en: p.en });

function failure(errors: Message[], problems: Problem[] = [], confirm?: Message): Failure {
  return confirm ? { ok: false, problems, errors, confirm } : { ok: false, problems, errors };
}

interface Progress {
  done: string[];
  current: string | null;
}

const PROTECTED = /protected cell|protected range|protected sheet|contact the spreadsheet owner/i;
const NO_EDIT = /permission to edit|do not have edit|only view/i;

/** A service error, in the user's words; plus what was written before it, if anything. */
function explain(e: unknown, progress?: Progress): Message[] {
  const text = e instanceof Error ? e.message : String(e);
  const out: Message[] = [];
  if (PROTECTED.test(text)) out.push(say('protectedCells'));
  else if (NO_EDIT.test(text)) out.push(say('noEditAccess'));
  else if (/lock timeout/i.test(text)) out.push(say('busy'));
  else out.push(say('unexpected', { detail: text }));
  if (progress && progress.done.length > 0) {
    out.push(say('partial', { done: progress.done.join(', '), failed: progress.current ?? '…' }));
  }
  return out;
}

/**
 * Runs a command; `write` commands hold the document lock (LockService) and flush before
 * releasing it, so two people writing at once are taken one after the other.
 */
function guarded<T>(write: boolean, body: (p: Progress) => Reply<T>): Reply<T> {
  const progress: Progress = { done: [], current: null };
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  if (write) {
    lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) return failure([say('busy')]);
  }
  try {
    return body(progress);
  } catch (e) {
    return failure(explain(e, progress));
  } finally {
    if (lock) {
      try {
        SpreadsheetApp.flush();
      } finally {
        lock.releaseLock();
      }
    }
  }
}

const ss = (): Spreadsheet => SpreadsheetApp.getActiveSpreadsheet();

/** The sheets the core reads back (never the plan or the overview, which it only writes). */
function readBookSheets(book: Spreadsheet): SheetGrid[] {
  return readSheets(book, [SHEET.plan, SHEET.overview]);
}

function userEmail(): string {
  try {
    return Session.getActiveUser().getEmail() ?? '';
  } catch {
    return '';
  }
}

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

const BOOK_SHEETS = [
  SHEET.plan,
  SHEET.tracking,
  SHEET.overview,
  SHEET.report,
  SHEET.units,
  SHEET.mappings,
  SHEET.log,
  SHEET.archive,
  SHEET.meta,
];

/** The columns (0-based) of a row's four input cells, where the sheet has them. */
function inputColumns(r: ReadRow): number[] {
  return [r.status, r.doneDate, r.evidence, r.note].map((f) => columnOf(f.cell));
}

/**
 * Contiguous runs of rows of one unit on `Theo dõi`, as the sheet holds them now: one block per
 * run of adjacent input columns (a column of the office's among them stays the office's).
 */
function blocksOf(rows: readonly ReadRow[], units: readonly Unit[]): UnitBlock[] {
  const emails = new Map(units.map((u) => [u.code, u.emails]));
  const sorted = rows.filter((r) => r.unitCode).sort((a, b) => a.row - b.row);
  const runs = sorted[0] ? columnRuns(inputColumns(sorted[0])) : [];
  const out: UnitBlock[] = [];
  let open: UnitBlock[] = [];
  for (const r of sorted) {
    const last = open[0];
    if (last && last.unitCode === r.unitCode && last.range.row + last.range.rows === r.row) {
      for (const b of open) b.range.rows++;
    } else {
      open = runs.map((run) => ({
        unitCode: r.unitCode as string,
        emails: emails.get(r.unitCode as string) ?? [],
        range: { row: r.row, col: run.col, rows: 1, cols: run.cols },
      }));
      out.push(...open);
    }
  }
  return out;
}

/** Protections (and filter views, where the advanced service is on) after a draw. */
function protectAfterDraw(
  book: Spreadsheet,
  drawn: WorkbookSpec,
  units: readonly Unit[],
): Message[] {
  const office = officeEditors(units, userEmail());
  const tracking = drawn.sheets.find((s) => s.role === 'tracking');
  const blocks: UnitBlock[] = (tracking?.unitRanges ?? []).map((u) => ({ ...u }));
  protectSheets(
    book,
    drawn.sheets.map((s) => s.name),
    office,
    tracking ? { name: tracking.name, blocks } : undefined,
  );
  if (!tracking) return [];
  return unitNotes(
    book,
    blocks,
    units,
    office,
    tracking.rows.length,
    tracking.columns.length,
    keyColumns(tracking.rows[0] as unknown[] | undefined).unit,
  );
}

function unitNotes(
  book: Spreadsheet,
  blocks: UnitBlock[],
  units: readonly Unit[],
  office: readonly string[],
  rows: number,
  cols: number,
  unitCol: number,
): Message[] {
  const r = protectUnitBlocks(book, SHEET.tracking, blocks, office);
  const notes = [say('protections', { units: r.units, withoutEmail: r.withoutEmail })];
  if (r.notShared.length > 0) notes.push(say('notShared', { emails: r.notShared.join(', ') }));
  const inBook = new Set(blocks.map((b) => b.unitCode));
  const views = units
    .filter((u) => inBook.has(u.code))
    .map((u) => ({ title: u.name, unitName: u.name, rows, cols }));
  const made = syncFilterViews(book.getId(), SHEET.tracking, unitCol, views);
  notes.push(made === null ? say('noFilterViews') : say('filterViews', { count: made }));
  return notes;
}

/** Draws an action's result, protects what it drew, and answers. */
function drawReply<T, U>(
  book: Spreadsheet,
  existing: SheetGrid[],
  r: CommandResult<T>,
  progress: Progress,
  data: (d: T) => U,
): Reply<U> {
  if (!r.ok) return failure([], r.problems, r.confirm?.question);
  if (r.draw) {
    const drawsTracking = r.draw.sheets.some((s) => s.role === 'tracking');
    const trackingSheet = drawsTracking ? book.getSheetByName(SHEET.tracking) : null;
    const trackingNotes = trackingSheet
      ? readTrackingNotes(
          trackingSheet,
          existing.find((g) => g.name === SHEET.tracking),
        )
      : new Map<string, string>();
    drawWorkbook(book, r.draw, {
      trackingNotes,
      onStart: (name) => {
        progress.current = name;
      },
      onSheet: (name) => {
        progress.done.push(name);
        progress.current = null;
      },
    });
    progress.current = 'protections';
  }
  const notes = r.draw ? protectAfterDraw(book, r.draw, r.book?.units ?? []) : [];
  return {
    ok: true,
    message: r.message ?? { vi: '', en: '' },
    notes,
    warnings: r.warnings,
    log: r.log,
    data: data(r.data),
  };
}

/** The book's sheets, for a command only the office may run (it rewrites the book). */
function officeBook():
  { ok: true; book: Spreadsheet; existing: SheetGrid[] } | { ok: false; reply: Failure } {
  const book = ss();
  const denied = officeOnly(book);
  if (denied) return { ok: false, reply: denied };
  return { ok: true, book, existing: readBookSheets(book) };
}

/** Only the office may rebuild, merge or re-protect the book. */
function officeOnly(book: Spreadsheet): Failure | null {
  return isOffice(book, SHEET.tracking) ? null : failure([say('officeOnly')]);
}

function checkPlan(plan: unknown): { ok: true; plan: Plan } | { ok: false; reply: Failure } {
  const parsed = PlanSchema.safeParse(plan);
  if (parsed.success) return { ok: true, plan: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    reply: failure(
      [],
      [
        error('invalidModel', undefined, {
          path: issue ? issue.path.join('.') || '(plan)' : '(plan)',
          detail: issue?.message ?? 'invalid',
        }),
      ],
    ),
  };
}

function isoOrUndefined(v: unknown): string | undefined {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
}

// -------------------------------------------------------------------------------------------
// The commands

export interface Context {
  email: string;
  office: boolean;
  unit: { code: string; name: string } | null;
  hasBook: boolean;
  filterViews: boolean;
  spreadsheet: string;
}

/** Who is here and what the book holds, for the sidebar's header. Reads only `Đơn vị`. */
export function getContext(): Reply<Context> {
  return guarded(false, () => {
    const book = ss();
    const email = userEmail();
    const units = unitsOn(book);
    const own = email ? units.find((u) => u.emails.some((e) => sameEmail(e, email))) : undefined;
    return {
      ok: true,
      message: { vi: '', en: '' },
      notes: [],
      warnings: [],
      log: [],
      data: {
        email,
        office: isOffice(book, SHEET.tracking),
        unit: own ? { code: own.code, name: own.name } : null,
        hasBook: book.getSheetByName(SHEET.meta) !== null,
        filterViews: sheetsApi() !== null,
        spreadsheet: book.getName(),
      },
    };
  });
}

function unitsOn(book: Spreadsheet): Unit[] {
  const sheet = book.getSheetByName(SHEET.units);
  if (!sheet) return [];
  return unitsIn([
    { name: SHEET.units, values: sheet.getDataRange().getValues() as SheetGrid['values'] },
  ]);
}

/** The units of the `Đơn vị` sheet among sheets already read. */
function unitsIn(sheets: readonly SheetGrid[]): Unit[] {
  const grid = sheets.find((g) => g.name === SHEET.units);
  const r = grid ? readUnitsGrid(grid) : null;
  return r?.ok ? r.value : [];
}

export interface BuildOptions {
  /** ISO date of the report; default today. */
  asOf?: string | null;
  /** Replace a book that already holds entries. */
  replace?: boolean;
}

export function buildFromPlan(plan: unknown, opts: BuildOptions = {}): Reply<{ rows: number }> {
  return guarded(true, (progress) => {
    const checked = checkPlan(plan);
    if (!checked.ok) return checked.reply;
    const book = ss();
    const denied = officeOnly(book);
    if (denied) return denied;
    return buildBook(book, checked.plan, opts, progress);
  });
}

/**
 * Builds from the plan table selected in the sheet (or the whole sheet for a single cell), read
 * as its user sees it with its merged cells, by the same reader as the Excel pane's.
 */
export function buildFromSelection(opts: BuildOptions = {}): Reply<{ rows: number }> {
  return guarded(true, (progress) => {
    const book = ss();
    const denied = officeOnly(book);
    if (denied) return denied;
    const plan = planOf(readPlanCells(readSelectedCells(book)));
    if (!plan.ok) return failure([], plan.problems);
    const reply = buildBook(book, plan.value, opts, progress);
    if (reply.ok) reply.warnings.unshift(...plan.warnings);
    return reply;
  });
}

function buildBook(
  book: Spreadsheet,
  plan: Plan,
  opts: BuildOptions,
  progress: Progress,
): Reply<{ rows: number }> {
  // every sheet: a sheet of the user's own named like one of the book's must not be overwritten unasked
  const existing = readSheets(book);
  const asOf = isoOrUndefined(opts.asOf);
  const r = act(COMMANDS.build, existing, {
    plan,
    ...(asOf ? { asOf } : {}),
    replace: opts.replace === true,
  });
  const reply = drawReply(book, existing, r, progress, (d) => ({ rows: d.rows }));
  if (reply.ok) removeBlankDefaultSheets(book);
  return reply;
}

/** A new spreadsheet's empty "Trang tính1" / "Sheet1" is left over after a build: remove it. */
function removeBlankDefaultSheets(book: Spreadsheet): void {
  for (const sheet of book.getSheets()) {
    if (!/^(Trang tính|Sheet|Feuille|Hoja)\s?\d+$/.test(sheet.getName())) continue;
    if (sheet.getLastRow() === 0 && sheet.getLastColumn() === 0) book.deleteSheet(sheet);
  }
}

export function refreshReport(opts: { asOf?: string | null } = {}): Reply<null> {
  return guarded(true, (progress) => {
    const open = officeBook();
    if (!open.ok) return open.reply;
    const { book, existing } = open;
    const asOf = isoOrUndefined(opts.asOf);
    const r = act(COMMANDS.refresh, existing, asOf ? { asOf } : {});
    return drawReply(book, existing, r, progress, () => null);
  });
}

/** What the report's figures need: not the plan, the overview, the log nor the archive. */
function readReportSheets(book: Spreadsheet): SheetGrid[] {
  return readSheets(book, [SHEET.plan, SHEET.overview, SHEET.log, SHEET.archive]);
}

/** The report's figures by period and by unit, for the sidebar to show; it writes nothing. */
export function showReport(opts: { asOf?: string | null } = {}): Reply<{ report: Report }> {
  return guarded(false, () => {
    const asOf = isoOrUndefined(opts?.asOf);
    const r = act(COMMANDS.report, readReportSheets(ss()), asOf ? { asOf } : {});
    if (!r.ok) return failure([], r.problems);
    return answer(r.message, r.warnings, { report: r.data.report });
  });
}

/**
 * The summary workbook for the bloc's meetings, as its description (the sidebar writes the
 * .xlsx in the browser, where exceljs is), with the figures it holds.
 */
export function exportSummary(
  opts: { asOf?: string | null } = {},
): Reply<{ report: Report; file: { name: string; spec: WorkbookSpec } }> {
  return guarded(false, () => {
    const book = ss();
    const denied = officeOnly(book);
    if (denied) return denied;
    const asOf = isoOrUndefined(opts?.asOf);
    const r = act(COMMANDS.summary, readReportSheets(book), asOf ? { asOf } : {});
    if (!r.ok) return failure([], r.problems);
    const file = r.files?.[0];
    if (!file) return failure([], r.warnings);
    return answer(r.message, r.warnings, {
      report: r.data.report,
      file: { name: file.name, spec: file.spec },
    });
  });
}

/** A command's answer that drew nothing. */
function answer<T>(message: Message | null, warnings: Problem[], data: T): Reply<T> {
  return {
    ok: true,
    message: message ?? { vi: '', en: '' },
    notes: [],
    warnings,
    log: [],
    data,
  };
}

export function applyAmendedPlan(plan: unknown, opts: { force?: boolean } = {}): Reply<null> {
  return guarded(true, (progress) => {
    const checked = checkPlan(plan);
    if (!checked.ok) return checked.reply;
    const open = officeBook();
    if (!open.ok) return open.reply;
    const { book, existing } = open;
    const r = act(COMMANDS.amend, existing, { plan: checked.plan, force: opts?.force === true });
    return drawReply(book, existing, r, progress, () => null);
  });
}

/** The office edited `Đơn vị` in the sheet: take the list and bring the rows in line. */
export function saveUnitsFromSheet(): Reply<null> {
  return guarded(true, (progress) => {
    const open = officeBook();
    if (!open.ok) return open.reply;
    const { book, existing } = open;
    const grid = existing.find((g) => g.name === SHEET.units);
    if (!grid || !hasBook(existing)) return failure([], [error('noBook')]);
    const units = readUnitsGrid(grid);
    if (!units.ok) return failure([], units.problems);
    const r = act(COMMANDS.saveUnits, existing, { units: units.value });
    return drawReply(book, existing, r, progress, () => null);
  });
}

export function listUnresolved(): Reply<{
  phrases: { phrase: string; tasks: string[] }[];
  units: { code: string; name: string }[];
}> {
  return guarded(false, () => {
    const existing = readBookSheets(ss());
    const r = act(COMMANDS.unresolved, existing, {});
    if (!r.ok) return failure([], r.problems);
    return {
      ok: true,
      message: r.message ?? { vi: '', en: '' },
      notes: [],
      warnings: r.warnings,
      log: [],
      data: {
        phrases: r.data.phrases,
        units: r.data.units.map((u) => ({ code: u.code, name: u.name })),
      },
    };
  });
}

export function saveMappings(mappings: unknown): Reply<null> {
  return guarded(true, (progress) => {
    if (
      !Array.isArray(mappings) ||
      !mappings.every(
        (m) =>
          typeof m === 'object' &&
          m !== null &&
          typeof (m as Mapping).phrase === 'string' &&
          Array.isArray((m as Mapping).targets) &&
          (m as Mapping).targets.every((t) => typeof t === 'string'),
      )
    ) {
      return failure([say('badRequest', { detail: 'mappings' })]);
    }
    const open = officeBook();
    if (!open.ok) return open.reply;
    const { book, existing } = open;
    const r = act(COMMANDS.saveMappings, existing, { mappings: mappings as Mapping[] });
    return drawReply(book, existing, r, progress, () => null);
  });
}

/** Rows of a selection whose hidden state is asked (two calls a row); a larger one counts as shown. */
const MAX_ROWS_CHECKED = 1000;

/**
 * The selected rows (0-based) of the active sheet, if it is one of `names`, leaving out rows a
 * filter or the user hides: a selection on a filtered sheet still spans them.
 */
function selectedRows(book: Spreadsheet, names: readonly string[]): number[] | null {
  const range = book.getActiveRange();
  if (!range) return null;
  const sheet = range.getSheet();
  if (!names.includes(sheet.getName())) return null;
  const first = range.getRow() - 1;
  const rows = Array.from({ length: range.getNumRows() }, (_, i) => first + i);
  if (rows.length < 2 || rows.length > MAX_ROWS_CHECKED) return rows;
  return rows.filter((r) => !sheet.isRowHiddenByFilter(r + 1) && !sheet.isRowHiddenByUser(r + 1));
}

/** Assigns more units (codes or group names) to the tasks of the selected rows. */
export function assignSelected(targets: unknown): Reply<{ tasks: string[] }> {
  return guarded(true, (progress) => {
    if (!Array.isArray(targets) || !targets.every((t) => typeof t === 'string')) {
      return failure([say('badRequest', { detail: 'targets' })]);
    }
    const book = ss();
    const denied = officeOnly(book);
    if (denied) return denied;
    const sheetName = book.getActiveSheet().getName();
    const rows = selectedRows(book, [SHEET.tracking, SHEET.overview]);
    if (!rows) return failure([say('notOnTracking')]);
    const existing =
      sheetName === SHEET.overview ? readSheets(book, [SHEET.plan]) : readBookSheets(book);
    const role = sheetName === SHEET.overview ? 'overview' : 'tracking';
    const r = act(COMMANDS.assign, existing, { targets: targets as string[] }, { role, rows });
    return drawReply(book, existing, r, progress, (d) => ({ tasks: d.tasks }));
  });
}

interface MarkRequest {
  status?: string;
  /** ISO date, or null to clear. */
  doneDate?: string | null;
  evidence?: string;
  note?: string;
}

function toPatch(req: unknown): MarkPatch | null {
  if (typeof req !== 'object' || req === null) return null;
  const r = req as MarkRequest;
  const patch: MarkPatch = {};
  if (r.status !== undefined) {
    if (!(STATUSES as readonly string[]).includes(r.status)) return null;
    patch.status = r.status as MarkPatch['status'] & string;
  }
  if (r.doneDate !== undefined) {
    if (r.doneDate !== null && !isoOrUndefined(r.doneDate)) return null;
    patch.doneDate = r.doneDate;
  }
  if (r.evidence !== undefined) {
    if (typeof r.evidence !== 'string') return null;
    patch.evidence = r.evidence;
  }
  if (r.note !== undefined) {
    if (typeof r.note !== 'string') return null;
    patch.note = r.note;
  }
  return patch;
}

/** A mark's four cells as setValues takes them (status as text; dates as serials). */
function markValues(cells: readonly Cell[]): (string | number | boolean)[] {
  return cells.map((c, i) => {
    if (c === null) return '';
    if (typeof c === 'string') return i === 0 && c ? `'${c}` : c;
    if (typeof c === 'object') {
      if (c.kind === 'date') {
        const [y, m, d] = c.iso.split('-').map(Number) as [number, number, number];
        return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
      }
      return `=${sheetsFormula(c.formula)}`;
    }
    return c;
  });
}

/**
 * Marks the selected rows of `Theo dõi`. A district (not an editor of the whole sheet) may mark
 * only its own unit's rows: checked here by its e-mail, and by the protections in any case.
 * Each written row gets a note on its status cell saying who changed it and when.
 */
export function markSelected(request: unknown): Reply<{ rows: number }> {
  return guarded(true, () => {
    const patch = toPatch(request);
    if (!patch) return failure([say('badRequest', { detail: 'mark' })]);
    const book = ss();
    const rows = selectedRows(book, [SHEET.tracking]);
    if (!rows) return failure([say('notOnTracking')]);
    const existing = readSheets(book, [SHEET.plan, SHEET.overview, SHEET.report]);
    const email = userEmail();
    const user: User = isOffice(book, SHEET.tracking)
      ? OFFICE
      : {
          who: 'unit',
          units: email
            ? unitsIn(existing)
                .filter((u) => u.emails.some((e) => sameEmail(e, email)))
                .map((u) => u.code)
            : [],
          ...(email ? { email } : {}),
        };
    const r = act(COMMANDS.mark, existing, patch, { role: 'tracking', rows }, user);
    // who may write which rows is said as the sidebar's own words, as before
    const said = (p: Problem) => p.code === 'noUnitForUser' || p.code === 'otherUnitRows';
    if (!r.ok && r.problems.some(said)) return failure(r.problems.filter(said).map(message));
    if (!r.ok) return failure([], r.problems);
    const marks = r.marks ?? [];
    const notes: Message[] = r.warnings.filter((w) => w.code === 'unknownUser').map(message);
    const sheet = book.getSheetByName(SHEET.tracking) as GoogleAppsScript.Spreadsheet.Sheet;
    const stamp = vi.ui.sheets.stamp({ email: email || vi.ui.sheets.someone, at: vietnamStamp() });
    const writes = [...marks].sort((a, b) => a.row - b.row);
    // One setValues (and one setNotes) per run of adjacent rows, and of adjacent input columns
    // (the office may have put a column of its own among them).
    const cols = writes[0]?.cols ?? [];
    const runs = columnRuns(cols);
    for (let i = 0; i < writes.length;) {
      let j = i + 1;
      while (j < writes.length && writes[j]!.row === writes[j - 1]!.row + 1) j++;
      const run = writes.slice(i, j);
      const first = run[0]!.row + 1;
      for (const c of runs) {
        sheet
          .getRange(first, c.col + 1, run.length, c.cols)
          .setValues(run.map((w) => markValues(w.cells).slice(c.from, c.from + c.cols)));
      }
      sheet
        .getRange(first, (cols[0] ?? STATUS_COL) + 1, run.length, 1)
        .setNotes(run.map(() => [stamp]));
      i = j;
    }
    return {
      ok: true,
      message: r.message ?? { vi: '', en: '' },
      notes,
      warnings: r.warnings.filter((w) => w.code !== 'unknownUser'),
      log: [],
      data: { rows: writes.length },
    };
  });
}

function isReturned(v: unknown): v is Returned {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<Returned>;
  return (
    typeof r.file === 'string' &&
    typeof r.book === 'object' &&
    r.book !== null &&
    typeof r.book.meta === 'object' &&
    Array.isArray(r.rows) &&
    Array.isArray(r.problems)
  );
}

/**
 * Merges a batch of returned unit files (read in the sidebar). The sidebar sends large sets in
 * several batches; each batch is merged and drawn completely before the next is sent.
 */
export function consolidateFiles(
  returned: unknown,
): Reply<{ merged: string[]; refused: string[] }> {
  return guarded(true, (progress) => {
    if (!Array.isArray(returned) || !returned.every(isReturned)) {
      return failure([say('badRequest', { detail: 'returned files' })]);
    }
    const open = officeBook();
    if (!open.ok) return open.reply;
    const { book, existing } = open;
    const r = act(COMMANDS.merge, existing, { returned });
    return drawReply(book, existing, r, progress, (d) => ({
      merged: d.merged,
      refused: d.refused,
    }));
  });
}

/** Sets (again) the protections of every sheet and of each unit's rows, as the sheet is now. */
export function applyUnitProtections(): Reply<null> {
  return guarded(true, () => {
    const open = officeBook();
    if (!open.ok) return open.reply;
    const { book, existing } = open;
    const read = readBook(existing, { strict: false, today: clock().today });
    if (!hasBook(existing)) return failure([], [error('noBook')]);
    if (!read.ok) return failure([], read.problems);
    const units = read.value.book.units;
    const office = officeEditors(units, userEmail());
    const blocks = blocksOf(read.value.tracking, units);
    // Sheets missing from the spreadsheet are skipped.
    protectSheets(book, BOOK_SHEETS, office, { name: SHEET.tracking, blocks });
    const grid = existing.find((g) => g.name === SHEET.tracking);
    const notes = unitNotes(
      book,
      blocks,
      units,
      office,
      grid?.values.length ?? 1,
      grid?.values[0]?.length ?? 11,
      keyColumns(grid?.values[0]).unit,
    );
    const [first, ...rest] = notes;
    return {
      ok: true,
      message: first as Message,
      notes: rest,
      warnings: read.warnings,
      log: [],
      data: null,
    };
  });
}

/** Selects the rows of the user's own unit on `Theo dõi` (the first block of them). */
export function selectMyRows(): Reply<{ rows: number }> {
  return guarded(false, () => {
    const book = ss();
    const email = userEmail();
    if (!email) return failure([say('unknownUser')]);
    const existing = readSheets(book, [SHEET.plan, SHEET.overview, SHEET.report]);
    const read = readBook(existing, { strict: false, today: clock().today });
    if (!read.ok) return failure([], read.problems);
    const own = read.value.book.units.filter((u) => u.emails.some((e) => sameEmail(e, email)));
    if (own.length === 0) return failure([say('noUnitForUser', { email })]);
    const codes = new Set(own.map((u) => u.code));
    const blocks = blocksOf(read.value.tracking, read.value.book.units).filter((b) =>
      codes.has(b.unitCode),
    );
    const first = blocks[0];
    const sheet = book.getSheetByName(SHEET.tracking);
    if (!first || !sheet) return failure([], [error('noSelection')]);
    const width = existing.find((g) => g.name === SHEET.tracking)?.values[0]?.length ?? 11;
    sheet.getRange(first.range.row + 1, 1, first.range.rows, Math.max(width, 1)).activate();
    // a column of the office's among the input cells splits each block in two: count rows once
    const rows = blocks
      .filter((b) => b.range.col === first.range.col)
      .reduce((n, b) => n + b.range.rows, 0);
    return {
      ok: true,
      message: say('myRowsSelected', { unit: own.map((u) => u.name).join(', '), rows }),
      notes: [],
      warnings: [],
      log: [],
      data: { rows },
    };
  });
}

/**
 * The last-updated stamp for edits typed straight into `Theo dõi` (a simple onEdit trigger).
 * Apps Script gives the editor's e-mail only within one Workspace domain; for Gmail accounts
 * the stamp says "không rõ" (unknown) with the time.
 */
export function stampEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e || !e.range) return;
  try {
    const range = e.range;
    const sheet = range.getSheet();
    if (sheet.getName() !== SHEET.tracking) return;
    const row = range.getRow();
    const last = row + range.getNumRows() - 1;
    const col = range.getColumn();
    const lastCol = col + range.getNumColumns() - 1;
    // the input columns as the header row has them (the office may have added columns)
    const width = sheet.getLastColumn();
    const header = width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []) : [];
    const statusCol = keyColumns(header).status;
    if (last < 2 || lastCol < statusCol + 1 || col > statusCol + 4) return;
    const first = Math.max(row, 2);
    let email = '';
    try {
      email = e.user ? e.user.getEmail() : '';
    } catch {
      email = '';
    }
    const stamp = vi.ui.sheets.stamp({ email: email || vi.ui.sheets.someone, at: vietnamStamp() });
    sheet
      .getRange(first, statusCol + 1, last - first + 1, 1)
      .setNotes(Array.from({ length: last - first + 1 }, () => [stamp]));
  } catch {
    // A stamp is a courtesy: an edit must never fail because of it.
  }
}
