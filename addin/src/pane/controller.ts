/**
 * The pane's six jobs, each a thin sequence: read the workbook through the bridge, call one
 * action of the core, draw its result, and say what happened. No DOM here: the view calls these
 * and shows the Outcome; the tests call them directly.
 */
import JSZip from 'jszip';
import type { Returned } from '../../../shared/book/consolidate';
import type { MarkPatch } from '../../../shared/book/mark';
import type { LogEntry } from '../../../shared/book/model';
import type { Problem } from '../../../shared/errors/problem';
import type { Result } from '../../../shared/errors/result';
import type { Clock } from '../../../shared/app/clock';
import { vietnamClock } from '../../../shared/app/clock';
import type { CommandResult, CommandSpec, SelectedRows } from '../../../shared/app/command';
import { contextOf } from '../../../shared/app/command';
import type { Message } from '../../../shared/app/message';
import { COMMANDS } from '../../../shared/app/table';
import { SHEET } from '../../../shared/i18n/workbook-vi';
import type { Plan } from '../../../shared/plan/model';
import type { Report } from '../../../shared/report/compute';
import { readPlanBytes, readPlanText } from '../../../shared/plan/read';
import type { Mapping, Unit } from '../../../shared/units/model';
import type { SheetGrid } from '../../../shared/workbook/spec';
import { readBookXlsx, writeSpecXlsx } from '../../../shared/xlsx/book-io';
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
  /** The report's figures, to show in the page. */
  report?: Report;
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

function said(message: Message | null): { message?: Message } {
  return message ? { message } : {};
}

/** One command of the table on sheets the pane read (the office's own pane). */
function act<I, D>(
  command: CommandSpec<I, D>,
  sheets: readonly SheetGrid[],
  input: I,
  clock: Clock,
  selection: SelectedRows | null = null,
): CommandResult<D> {
  return command.run(contextOf(input, sheets, clock, { selection }));
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
  private async drawn(io: BookIO, r: CommandResult<unknown>, activate?: string): Promise<Outcome> {
    if (!r.ok) return outcome({ ok: false, problems: r.problems, notes: r.notes ?? [] });
    const notes: Message[] = [...(r.notes ?? [])];
    if (r.draw && r.book) {
      const d = await io.draw(r.draw, r.book, activate);
      if (d.skipped.length > 0) notes.push(skippedNote(d.skipped));
    }
    return outcome({ ok: true, ...said(r.message), problems: r.warnings, notes, log: r.log });
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
      return this.bridge.run(async (io) => {
        const done = await this.buildWith(
          io,
          (sheets, clock) => act(COMMANDS.build, sheets, { plan: plan.value, ...options }, clock),
          () => this.build(input, { ...options, replace: true }),
        );
        done.problems.unshift(...plan.warnings);
        return done;
      });
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
        return this.buildWith(
          io,
          (sheets, clock) =>
            COMMANDS.buildFromSelection.run(contextOf(options, sheets, clock, { table })),
          () => this.buildFromSelection({ ...options, replace: true }),
        );
      }),
    );
  }

  private async buildWith(
    io: BookIO,
    build: (sheets: SheetGrid[], clock: Clock) => CommandResult<unknown>,
    again: () => Promise<Outcome>,
  ): Promise<Outcome> {
    // the plan and overview sheets too: a sheet of the user's own by those names must not be overwritten unasked
    const existing = await io.read([
      ...BOOK_SHEETS,
      { name: SHEET.plan, maxRows: 5 },
      { name: SHEET.overview, maxRows: 5 },
    ]);
    const r = build(existing, this.clock());
    // the core asks the question (the same words in every host); the pane offers to go on
    if (!r.ok && r.confirm) {
      return outcome({
        ok: false,
        problems: r.problems,
        notes: r.notes ?? [],
        confirm: { message: r.confirm.question, yes: r.confirm.yes, proceed: again },
      });
    }
    return this.drawn(io, r, SHEET.tracking);
  }

  // 2. units ------------------------------------------------------------------------------------

  loadUnits(): Promise<Outcome> {
    return this.guard(() =>
      this.bridge.run(async (io) => {
        const r = act(COMMANDS.unresolved, await io.read(BOOK_SHEETS), {}, this.clock());
        if (!r.ok) return failed(r.problems);
        return outcome({
          ok: true,
          ...said(r.message),
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
        this.drawn(
          io,
          act(COMMANDS.saveUnits, await io.read(BOOK_SHEETS), { units }, this.clock()),
        ),
      ),
    );
  }

  applyMappings(mappings: Mapping[]): Promise<Outcome> {
    return this.guard(() =>
      this.bridge.run(async (io) =>
        this.drawn(
          io,
          act(COMMANDS.saveMappings, await io.read(BOOK_SHEETS), { mappings }, this.clock()),
        ),
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
        const rows = selectedRows(sel, grid?.values.length ?? 0);
        const role = on === SHEET.tracking ? 'tracking' : 'overview';
        const r = act(COMMANDS.assign, sheets, { targets }, this.clock(), { role, rows });
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
        const rows = selectedRows(sel, height);
        const r = act(COMMANDS.mark, sheets, patch, this.clock(), { role: 'tracking', rows });
        if (!r.ok) return failed(r.problems);
        await io.writeMarks(r.marks ?? []);
        return outcome({ ok: true, ...said(r.message), problems: r.warnings });
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
        const r = act(
          COMMANDS.merge,
          await io.read(BOOK_SHEETS),
          { returned, refused: files.length - returned.length },
          clock,
        );
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
        const r = act(
          COMMANDS.refresh,
          await io.read(BOOK_SHEETS),
          asOf ? { asOf } : {},
          this.clock(),
        );
        return this.drawn(io, r, SHEET.report);
      }),
    );
  }

  /** The report's figures by period and by unit, to show in the page. */
  report(asOf?: string): Promise<Outcome> {
    return this.guard(() =>
      this.bridge.run(async (io) => {
        const r = act(
          COMMANDS.report,
          await io.read(BOOK_SHEETS),
          asOf ? { asOf } : {},
          this.clock(),
        );
        if (!r.ok) return failed(r.problems);
        return outcome({
          ok: true,
          ...said(r.message),
          problems: r.warnings,
          report: r.data.report,
        });
      }),
    );
  }

  exportSummary(asOf?: string): Promise<Outcome> {
    return this.guard(() =>
      this.bridge.run(async (io) => {
        const r = act(
          COMMANDS.summary,
          await io.read(BOOK_SHEETS),
          asOf ? { asOf } : {},
          this.clock(),
        );
        if (!r.ok) return failed(r.problems);
        const file = r.files?.[0];
        if (!file) return failed([]);
        const bytes = await writeXlsx(file.spec);
        // in Excel the summary opens as a workbook of its own; the link stays for browser mode and Mac
        const opened = io.openWorkbook ? await io.openWorkbook(bytes).catch(() => false) : false;
        return outcome({
          ok: true,
          ...said(r.message),
          problems: r.warnings,
          notes: opened ? [both((ui) => ui.excel.summaryOpened)] : [],
          downloads: [{ name: file.name, bytes }],
          report: r.data.report,
        });
      }),
    );
  }

  unitFiles(): Promise<Outcome> {
    return this.guard(() =>
      this.bridge.run(async (io) => {
        const r = act(COMMANDS.unitFiles, await io.read(BOOK_SHEETS), {}, this.clock());
        if (!r.ok) return failed(r.problems);
        const files: Download[] = [];
        const problems = [...r.warnings];
        for (const part of r.files ?? []) {
          const written = await writeSpecXlsx(part.spec);
          if (written.ok) files.push({ name: part.name, bytes: written.value });
          else problems.push(...written.problems);
        }
        const zip = new JSZip();
        for (const f of files) zip.file(f.name, f.bytes);
        const all = await zip.generateAsync({ type: 'uint8array' });
        return outcome({
          ok: true,
          ...said(r.message),
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
        const r = act(
          COMMANDS.amend,
          await io.read(BOOK_SHEETS),
          { plan: plan.value, ...(options.force ? { force: true } : {}) },
          this.clock(),
        );
        if (!r.ok && r.confirm) {
          return outcome({
            ok: false,
            problems: r.problems,
            confirm: {
              message: r.confirm.question,
              yes: r.confirm.yes,
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
