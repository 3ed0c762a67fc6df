/**
 * A host port over sheets in memory, strict about the command it serves: reading a sheet the
 * command did not declare, drawing (or marking) a sheet it did not declare as changed, or reading
 * a selection it does not take fails the test. What the runner asked of it is kept to assert on.
 */
import type { MarkWrite } from '../../shared/book/mark';
import type { Book } from '../../shared/book/model';
import type {
  CommandFacts,
  CommandId,
  OfferedFile,
  SelectedRows,
  SelectedTable,
  Selecting,
  User,
} from '../../shared/app/command';
import type { Clock } from '../../shared/app/clock';
import type { Outcome } from '../../shared/app/outcome';
import type { DrawFeature, HostPort } from '../../shared/app/port';
import { answerRpc, answerRpcNow } from '../../shared/app/rpc';
import { runCommand } from '../../shared/app/run';
import type { DataOf, InputOf } from '../../shared/app/table';
import { COMMANDS } from '../../shared/app/table';
import { SHEET } from '../../shared/i18n/workbook-vi';
import type { BookRole, SheetGrid, WorkbookSpec } from '../../shared/workbook/spec';
import { cellValue, drawOnto } from '../helpers/grids';

const roleOf = new Map<string, BookRole>(
  (Object.entries(SHEET) as [BookRole, string][]).map(([role, name]) => [name, role]),
);

export class PortMisuse extends Error {
  override name = 'PortMisuse' as const;
}

export class MemoryPort implements HostPort {
  readonly host = 'file' as const;
  sheets: SheetGrid[];
  user: User = { who: 'office', units: [] };
  selection: SelectedRows | null = null;
  table: SelectedTable | null = null;
  /** Features this host pretends it cannot draw. */
  cannot: DrawFeature[] = [];

  /** What the last command did through the port. */
  reads: BookRole[] = [];
  drawn: BookRole[] = [];
  marked: MarkWrite[] = [];
  offered: OfferedFile[] = [];
  selected: Selecting | null = null;
  protections = 0;
  kept: Book | null = null;

  private command: CommandFacts | null = null;

  constructor(sheets: SheetGrid[] = []) {
    this.sheets = sheets;
  }

  /** Runs a command of the table through this port, checking every call against it. */
  async run<K extends CommandId>(
    id: K,
    input: InputOf<K>,
    clock: Clock,
  ): Promise<Outcome<DataOf<K>>> {
    this.begin(id);
    try {
      return await runCommand(this, id, input, clock);
    } finally {
      this.command = null;
    }
  }

  /** Answers a request as the Sheets server does (checked, then run), checking calls as `run`. */
  async answer(request: unknown, clock: Clock): Promise<Outcome> {
    const id = (request as { command?: unknown } | null)?.command;
    if (typeof id === 'string' && id in COMMANDS) this.begin(id as CommandId);
    try {
      return await answerRpc(this, request, clock);
    } finally {
      this.command = null;
    }
  }

  /** The same, as the Apps Script server answers: at once, the Outcome itself. */
  answerNow(request: unknown, clock: Clock): Outcome {
    const id = (request as { command?: unknown } | null)?.command;
    if (typeof id === 'string' && id in COMMANDS) this.begin(id as CommandId);
    try {
      return answerRpcNow(this, request, clock);
    } finally {
      this.command = null;
    }
  }

  private begin(id: CommandId): void {
    this.command = COMMANDS[id];
    this.reads = [];
    this.drawn = [];
    this.marked = [];
    this.offered = [];
    this.selected = null;
    this.protections = 0;
  }

  private spec(): CommandFacts {
    if (!this.command) throw new PortMisuse('called outside a command');
    return this.command;
  }

  grid(role: BookRole): SheetGrid | undefined {
    return this.sheets.find((s) => s.name === SHEET[role]);
  }

  who(): User {
    return this.user;
  }

  readSheets(roles: readonly BookRole[]): SheetGrid[] {
    const spec = this.spec();
    const on = this.selection?.role;
    const allowed = new Set<BookRole>([
      ...spec.reads,
      ...(on && spec.rowsOn?.includes(on) ? [on] : []),
    ]);
    const extra = roles.filter((r) => !allowed.has(r));
    if (extra.length > 0) throw new PortMisuse(`${spec.id} reads ${extra.join(', ')}`);
    this.reads.push(...roles);
    const names = new Set<string>(roles.map((r) => SHEET[r]));
    // copies, as a host reads them: a command never changes what the host holds
    return this.sheets
      .filter((s) => names.has(s.name))
      .map((s) => ({ name: s.name, values: s.values.map((row) => [...row]) }));
  }

  readSelection(): SelectedRows | null {
    const spec = this.spec();
    if (spec.selection !== 'rows') throw new PortMisuse(`${spec.id} reads the selected rows`);
    return this.selection;
  }

  readSelectedTable(): SelectedTable | null {
    const spec = this.spec();
    if (spec.selection !== 'table') throw new PortMisuse(`${spec.id} reads the selected table`);
    return this.table;
  }

  draw(spec: WorkbookSpec, book: Book): { skipped: DrawFeature[] } {
    const command = this.spec();
    const roles = spec.sheets.map((s) => roleOf.get(s.name) ?? (s.role as BookRole));
    const undeclared = roles.filter((r) => !command.changes.includes(r));
    if (undeclared.length > 0) {
      throw new PortMisuse(`${command.id} draws ${undeclared.join(', ')}`);
    }
    this.drawn.push(...roles);
    this.sheets = drawOnto(this.sheets, spec);
    this.kept = book;
    return { skipped: [...this.cannot] };
  }

  writeMarks(writes: readonly MarkWrite[]): void {
    const command = this.spec();
    if (!command.changes.includes('tracking')) throw new PortMisuse(`${command.id} marks rows`);
    const grid = this.grid('tracking');
    if (!grid) throw new PortMisuse('no tracking sheet to mark');
    for (const w of writes) {
      const row = grid.values[w.row] ?? [];
      w.cols.forEach((col, i) => {
        row[col] = cellValue(w.cells[i] ?? null);
      });
      grid.values[w.row] = row;
    }
    this.marked.push(...writes);
  }

  select(rows: Selecting): void {
    this.spec();
    this.selected = rows;
  }

  protect(book: Book): { vi: string; en: string }[] {
    this.spec();
    this.protections++;
    this.kept = book;
    return [];
  }

  offer(files: readonly OfferedFile[]): void {
    this.spec();
    this.offered.push(...files);
  }

  keep(book: Book): void {
    this.kept = book;
  }
}
