/**
 * The pane's six jobs, each a thin sequence: read the workbook through the bridge, call one
 * action of the core, draw its result, and say what happened. No DOM here: the view calls these
 * and shows the Outcome; the tests call them directly.
 */
import JSZip from 'jszip';
import type { Returned } from '../../../shared/book/consolidate';
import type { MarkPatch } from '../../../shared/book/mark';
import type { Book, LogEntry, Mapping } from '../../../shared/book/model';
import type { Problem } from '../../../shared/errors/problem';
import type { Result } from '../../../shared/errors/result';
import type { ActionResult, Clock, Message } from '../../../shared/host/actions';
import {
  assignAction,
  buildAction,
  consolidateAction,
  markAction,
  refreshAction,
  saveMappingsAction,
  saveUnitsAction,
  splitAction,
  summaryAction,
  taskIdsInRows,
  unresolvedAction,
  updateAction,
} from '../../../shared/host/actions';
import { SHEET } from '../../../shared/i18n/workbook-vi';
import type { Plan } from '../../../shared/plan/model';
import { readPlanBytes, readPlanText } from '../../../shared/plan/read';
import { planOf } from '../../../shared/plan/read-plan-text';
import { readPlanCells } from '../../../shared/plan/read-sheets';
import { asciiFold } from '../../../shared/text/normalize';
import type { Unit } from '../../../shared/units/model';
import { readBookXlsx, writeUnitXlsx } from '../../../shared/xlsx/book-io';
import { writeXlsx } from '../../../shared/xlsx/write';
import type { Selection } from '../excel/read';
import type { BookIO, Bridge, Download } from './bridge';
import { BOOK_SHEETS } from './bridge';
import { NeedsExcelError, ProblemsError } from './file-bridge';
import { both, explain, skippedNote } from './messages';

export interface Outcome {
  ok: boolean;
  message?: Message;
  problems: Problem[];
  /** Other things to say: features Excel lacks, what an error means, a half-done write. */
  notes: Message[];
  log: LogEntry[];
  downloads: Download[];
  /** A question to ask before going on (building over a book with entries). */
  confirm?: { message: Message; yes: Message; proceed: () => Promise<Outcome> };
  units?: Unit[];
  phrases?: { phrase: string; tasks: string[] }[];
}

export interface PlanInput {
  text?: string;
  file?: { name: string; bytes: Uint8Array };
}

function outcome(parts: Partial<Outcome> & { ok: boolean }): Outcome {
  return { problems: [], notes: [], log: [], downloads: [], ...parts };
}

function failed(problems: Problem[]): Outcome {
  return outcome({ ok: false, problems });
}

/** Today in Việt Nam, and now. */
function vietnamClock(date = new Date()): Clock {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
  return { now: date.toISOString(), today };
}

function unitFileName(code: string, name: string): string {
  const slug = asciiFold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${code}-${slug}.xlsx`;
}

const SELECTABLE = [SHEET.tracking, SHEET.overview];

export class Controller {
  readonly bridge: Bridge;
  private readonly clock: () => Clock;

  constructor(bridge: Bridge, clock: () => Clock = () => vietnamClock()) {
    this.bridge = bridge;
    this.clock = clock;
  }

  /** Runs a command; whatever it throws becomes an Outcome that explains it. */
  private async guard(work: () => Promise<Outcome>): Promise<Outcome> {
    let result: Outcome;
    try {
      result = await work();
    } catch (e) {
      if (e instanceof ProblemsError) result = failed(e.problems);
      else if (e instanceof NeedsExcelError) result = this.needsExcel();
      else result = outcome({ ok: false, notes: explain(e) });
    }
    result.downloads.push(...this.bridge.takeDownloads());
    return result;
  }

  private needsExcel(): Outcome {
    return outcome({ ok: false, notes: [both((ui) => ui.excel.needsExcel)] });
  }

  /** Draws an action's result and says what happened. */
  private async drawn(
    io: BookIO,
    r: ActionResult<{ book: Book }>,
    activate?: string,
  ): Promise<Outcome> {
    if (!r.ok) return failed(r.problems);
    const notes: Message[] = [];
    if (r.draw) {
      const d = await io.draw(r.draw, r.data.book, activate);
      if (d.skipped.length > 0) notes.push(skippedNote(d.skipped));
    }
    return outcome({ ok: true, message: r.message, problems: r.warnings, notes, log: r.log });
  }

  // 1. build ------------------------------------------------------------------------------------

  async readPlan(input: PlanInput): Promise<Result<Plan>> {
    if (input.file) return readPlanBytes(input.file.bytes, input.file.name);
    return readPlanText(input.text ?? '');
  }

  build(input: PlanInput, options: { asOf?: string; replace?: boolean } = {}): Promise<Outcome> {
    return this.guard(async () => {
      const plan = await this.readPlan(input);
      if (!plan.ok) return failed(plan.problems);
      return this.bridge.run((io) =>
        this.buildPlan(io, plan, options, () => this.build(input, { ...options, replace: true })),
      );
    });
  }

  /**
   * Builds from the plan table selected in the sheet (or the whole sheet for a single cell),
   * read as its user sees it, merged cells included where this Excel can tell them.
   */
  buildFromSelection(options: { asOf?: string; replace?: boolean } = {}): Promise<Outcome> {
    return this.guard(() =>
      this.bridge.run(async (io) => {
        const table = await io.selectedTable();
        if (!table) return this.needsExcel();
        const notes: Message[] = [];
        if (table.mergesUnread === 'version') notes.push(both((ui) => ui.plan.mergesUnknown));
        if (table.mergesUnread === 'tooMany') notes.push(both((ui) => ui.plan.mergesTooMany));
        const plan = planOf(readPlanCells(table.cells));
        const done = plan.ok
          ? await this.buildPlan(io, plan, options, () =>
              this.buildFromSelection({ ...options, replace: true }),
            )
          : failed(plan.problems);
        done.notes.unshift(...notes);
        return done;
      }),
    );
  }

  private async buildPlan(
    io: BookIO,
    plan: Result<Plan> & { ok: true },
    options: { asOf?: string; replace?: boolean },
    again: () => Promise<Outcome>,
  ): Promise<Outcome> {
    // the plan and overview sheets too: a sheet of the user's own by those names must not be overwritten unasked
    const existing = await io.read([
      ...BOOK_SHEETS,
      { name: SHEET.plan, maxRows: 5 },
      { name: SHEET.overview, maxRows: 5 },
    ]);
    const clock = this.clock();
    const r = buildAction(plan.value, existing, {
      ...clock,
      ...(options.asOf ? { asOf: options.asOf } : {}),
      ...(options.replace ? { replace: true } : {}),
    });
    // the core asks the question (the same words in every host); the pane offers to go on
    if (!r.ok && r.confirm) {
      return outcome({
        ok: false,
        problems: r.problems,
        confirm: { message: r.confirm, yes: both((ui) => ui.excel.replace), proceed: again },
      });
    }
    const done = await this.drawn(io, r, SHEET.tracking);
    done.problems.unshift(...plan.warnings);
    return done;
  }

  // 2. units ------------------------------------------------------------------------------------

  loadUnits(): Promise<Outcome> {
    return this.guard(() =>
      this.bridge.run(async (io) => {
        const r = unresolvedAction(await io.read(BOOK_SHEETS), this.clock());
        if (!r.ok) return failed(r.problems);
        return outcome({
          ok: true,
          message: r.message,
          problems: r.warnings,
          units: r.data.units,
          phrases: r.data.phrases,
        });
      }),
    );
  }

  saveUnits(units: Unit[]): Promise<Outcome> {
    return this.guard(() =>
      this.bridge.run(async (io) =>
        this.drawn(io, saveUnitsAction(await io.read(BOOK_SHEETS), units, this.clock())),
      ),
    );
  }

  applyMappings(mappings: Mapping[]): Promise<Outcome> {
    return this.guard(() =>
      this.bridge.run(async (io) =>
        this.drawn(io, saveMappingsAction(await io.read(BOOK_SHEETS), mappings, this.clock())),
      ),
    );
  }

  /** Assigns units or groups to the tasks of the selected rows (`Theo dõi` or `Tổng quan`). */
  assignSelected(targets: string[]): Promise<Outcome> {
    return this.guard(() =>
      this.bridge.run(async (io) => {
        const sel = await io.selection();
        if (!sel) return this.needsExcel();
        const on = SELECTABLE.find((s) => s.toLowerCase() === sel.sheet.toLowerCase());
        if (!on) return this.notOn(SELECTABLE);
        const extra = on === SHEET.tracking ? [] : [{ name: on }];
        const sheets = await io.read([...BOOK_SHEETS, ...extra]);
        const grid = sheets.find((s) => s.name.toLowerCase() === on.toLowerCase());
        const ids = grid ? taskIdsInRows(grid, selectedRows(sel, grid.values.length)) : [];
        const r = assignAction(sheets, ids, targets, this.clock());
        return this.drawn(io, r);
      }),
    );
  }

  private notOn(sheets: readonly string[]): Outcome {
    const names = sheets.map((s) => `"${s}"`).join(' / ');
    return outcome({ ok: false, notes: [both((ui) => ui.excel.notOnSheet({ sheets: names }))] });
  }

  // 3. mark -------------------------------------------------------------------------------------

  markSelected(patch: MarkPatch): Promise<Outcome> {
    return this.guard(() =>
      this.bridge.run(async (io) => {
        const sel = await io.selection();
        if (!sel) return this.needsExcel();
        if (sel.sheet.toLowerCase() !== SHEET.tracking.toLowerCase())
          return this.notOn([SHEET.tracking]);
        const sheets = await io.read(BOOK_SHEETS);
        const height = sheets.find((s) => s.name === SHEET.tracking)?.values.length ?? 0;
        const r = markAction(sheets, selectedRows(sel, height), patch, this.clock());
        if (!r.ok) return failed(r.problems);
        await io.writeMarks(r.data.writes);
        return outcome({ ok: true, message: r.message, problems: r.warnings });
      }),
    );
  }

  // 4. merge returned files ---------------------------------------------------------------------

  merge(files: { name: string; bytes: Uint8Array }[]): Promise<Outcome> {
    return this.guard(async () => {
      const clock = this.clock();
      const returned: Returned[] = [];
      const unreadable: Problem[] = [];
      for (const f of files) {
        const r = await readBookXlsx(f.bytes, { file: f.name, strict: false, today: clock.today });
        if (r.ok) {
          returned.push({
            file: f.name,
            book: r.value.book,
            rows: r.value.tracking,
            problems: r.warnings,
          });
        } else unreadable.push(...r.problems);
      }
      return this.bridge.run(async (io) => {
        const r = consolidateAction(await io.read(BOOK_SHEETS), returned, {
          ...clock,
          refused: files.length - returned.length,
        });
        const done = await this.drawn(io, r);
        done.problems.push(...unreadable);
        return done;
      });
    });
  }

  // 5. report, summary, unit files --------------------------------------------------------------

  refresh(asOf?: string): Promise<Outcome> {
    return this.guard(() =>
      this.bridge.run(async (io) => {
        const r = refreshAction(await io.read(BOOK_SHEETS), {
          ...this.clock(),
          ...(asOf ? { asOf } : {}),
        });
        return this.drawn(io, r, SHEET.report);
      }),
    );
  }

  exportSummary(asOf?: string): Promise<Outcome> {
    return this.guard(() =>
      this.bridge.run(async (io) => {
        const r = summaryAction(await io.read(BOOK_SHEETS), {
          ...this.clock(),
          ...(asOf ? { asOf } : {}),
        });
        if (!r.ok) return failed(r.problems);
        const bytes = await writeXlsx(r.data.spec);
        // in Excel the summary opens as a workbook of its own; the link stays for browser mode and Mac
        const opened = io.openWorkbook ? await io.openWorkbook(bytes).catch(() => false) : false;
        return outcome({
          ok: true,
          message: r.message,
          problems: r.warnings,
          notes: opened ? [both((ui) => ui.excel.summaryOpened)] : [],
          downloads: [{ name: 'tong-hop-hop-khoi.xlsx', bytes }],
        });
      }),
    );
  }

  unitFiles(): Promise<Outcome> {
    return this.guard(() =>
      this.bridge.run(async (io) => {
        const r = splitAction(await io.read(BOOK_SHEETS), this.clock());
        if (!r.ok) return failed(r.problems);
        const files: Download[] = [];
        const problems = [...r.warnings];
        for (const part of r.data.units) {
          const code = part.meta.unitCode ?? '';
          const unit = part.units.find((u) => u.code === code);
          const written = await writeUnitXlsx(part);
          if (written.ok)
            files.push({ name: unitFileName(code, unit?.name ?? code), bytes: written.value });
          else problems.push(...written.problems);
        }
        const zip = new JSZip();
        for (const f of files) zip.file(f.name, f.bytes);
        const all = await zip.generateAsync({ type: 'uint8array' });
        return outcome({
          ok: true,
          message: r.message,
          problems,
          downloads: [{ name: 'don-vi.zip', bytes: all }, ...files],
        });
      }),
    );
  }

  // 6. amended plan -----------------------------------------------------------------------------

  amend(input: PlanInput, options: { force?: boolean } = {}): Promise<Outcome> {
    return this.guard(async () => {
      const plan = await this.readPlan(input);
      if (!plan.ok) return failed(plan.problems);
      return this.bridge.run(async (io) => {
        const r = updateAction(await io.read(BOOK_SHEETS), plan.value, {
          ...this.clock(),
          ...(options.force ? { force: true } : {}),
        });
        if (!r.ok && r.confirm) {
          return outcome({
            ok: false,
            problems: r.problems,
            confirm: {
              message: r.confirm,
              yes: both((ui) => ui.applyAnyway),
              proceed: () => this.amend(input, { ...options, force: true }),
            },
          });
        }
        const done = await this.drawn(io, r, SHEET.tracking);
        done.problems.unshift(...plan.warnings);
        return done;
      });
    });
  }
}

/** 0-based sheet rows of a selection, within the sheet's rows, leaving out hidden (filtered) rows. */
function selectedRows(sel: Selection, height: number): number[] {
  const hidden = new Set(sel.hidden);
  const rows: number[] = [];
  for (let r = sel.row; r < Math.min(sel.row + sel.rows, height); r++)
    if (!hidden.has(r)) rows.push(r);
  return rows;
}
