/**
 * The runner: one command through a host's port. It checks who may run it, reads only the
 * sheets the command declares (and the selection, if it takes one), runs it, and returns its
 * question without writing anything when it asks one; otherwise it draws only the sheets the
 * command changed, writes marks, selects, protects where units or rows were redrawn, and offers
 * the files.
 *
 * The steps are written once, as a generator that yields each port call's answer; two drivers run
 * them: `runCommand` awaits each answer (Office.js, the browser, the command line), and
 * `runCommandNow` takes them as they are (the Apps Script server, whose services answer at once
 * and whose reply to google.script.run must be a value, not a promise).
 */
import { error } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { BookRole, SheetGrid } from '../workbook/spec';
import type { Clock } from './clock';
import type {
  CommandContext,
  CommandId,
  CommandSpec,
  SelectedRows,
  SelectedTable,
  User,
} from './command';
import type { Message } from './message';
import { words } from './message';
import type { Outcome } from './outcome';
import type { DrawFeature, HostPort, HostPortNow } from './port';
import type { DataOf, InputOf } from './table';
import { COMMANDS } from './table';

/** A command that reached for a sheet it did not declare: a fault in the command, not the user's. */
class CommandFault extends Error {
  override name = 'CommandFault' as const;
}

function failed(problems: Problem[]): Outcome<never> {
  return { ok: false, problems, notes: [], log: [], files: [] };
}

/**
 * The sheets whose redraw calls for the protections again: the rows and who may edit them, and
 * the office's own scoring, which a unit must never edit (on an older book a refresh is what
 * makes those two sheets first).
 */
const PROTECTED_BY: readonly BookRole[] = ['tracking', 'units', 'criteria', 'scores'];

/** The runner's steps; each `yield` hands out a port call's answer (or its promise) and gets its value. */
function* steps<K extends CommandId>(
  port: HostPort,
  id: K,
  input: InputOf<K>,
  clock: Clock,
): Generator<unknown, Outcome<DataOf<K>>, unknown> {
  const spec = COMMANDS[id] as unknown as CommandSpec<InputOf<K>, DataOf<K>>;
  const user = (yield port.who()) as User;
  if (!spec.who.includes(user.who)) return failed([error('officeOnly')]);

  const reads = [...spec.reads];
  let selection: CommandContext<InputOf<K>>['selection'] = null;
  let table: CommandContext<InputOf<K>>['table'] = null;
  if (spec.selection === 'rows') {
    selection = (yield port.readSelection()) as SelectedRows | null;
    const on = selection?.role;
    // the rows' own sheet, when it is not among the sheets the command reads anyway
    if (on && spec.rowsOn?.includes(on) && !reads.includes(on)) reads.push(on);
  } else if (spec.selection === 'table') {
    table = (yield port.readSelectedTable()) as SelectedTable | null;
  }
  const sheets = (yield port.readSheets(reads)) as SheetGrid[];
  const r = spec.run({
    input,
    user,
    sheets,
    selection,
    table,
    clock,
    ...(port.file ? { file: port.file } : {}),
  });

  if (!r.ok) {
    const out = { ...failed(r.problems), notes: r.notes ?? [] };
    if (r.confirm && spec.consent)
      return { ...out, confirm: { ...r.confirm, consent: spec.consent } };
    return out;
  }
  const drawn = r.draw?.sheets.map((s) => s.role) ?? [];
  const undeclared = [...drawn, ...(r.marks ? ['tracking' as const] : [])].filter(
    (role) => !spec.changes.includes(role as BookRole),
  );
  if (undeclared.length > 0) {
    throw new CommandFault(`${id} draws ${undeclared.join(', ')}, not among its changes`);
  }

  if (r.draw && !r.book) throw new CommandFault(`${id} draws sheets without the book they show`);

  const notes: Message[] = [...(r.notes ?? [])];
  if (r.draw && r.book && r.draw.sheets.length > 0) {
    const { skipped } = (yield port.draw(r.draw, r.book)) as { skipped: DrawFeature[] };
    if (skipped.length > 0) {
      notes.push(
        words((ui) =>
          ui.missingFeatures({ features: skipped.map((f) => ui.excel.features[f]).join(', ') }),
        ),
      );
    }
  }
  if (r.marks && r.marks.length > 0) yield port.writeMarks(r.marks);
  if (r.select) yield port.select(r.select);
  if (r.book) {
    port.keep?.(r.book);
    if (r.protect || drawn.some((role) => PROTECTED_BY.includes(role as BookRole))) {
      notes.push(...((yield port.protect(r.book)) as Message[]));
    }
  }
  if (r.files && r.files.length > 0) yield port.offer(r.files);

  const out: Outcome<DataOf<K>> = {
    ok: true,
    problems: r.warnings,
    notes,
    log: r.log,
    files: r.files ?? [],
    data: r.data,
  };
  if (r.message) out.message = r.message;
  return out;
}

const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  typeof (v as { then?: unknown } | null)?.then === 'function';

/** Runs a command through a port whose calls answer later (Office.js, the browser, files). */
export async function runCommand<K extends CommandId>(
  port: HostPort,
  id: K,
  input: InputOf<K>,
  clock: Clock,
): Promise<Outcome<DataOf<K>>> {
  const run = steps(port, id, input, clock);
  let step = run.next();
  while (!step.done) step = run.next(await step.value);
  return step.value;
}

/** Runs a command through a port whose calls answer at once (Apps Script): the Outcome, not a promise. */
export function runCommandNow<K extends CommandId>(
  port: HostPortNow,
  id: K,
  input: InputOf<K>,
  clock: Clock,
): Outcome<DataOf<K>> {
  const run = steps(port, id, input, clock);
  let step = run.next();
  while (!step.done) {
    if (isThenable(step.value)) throw new CommandFault(`${id}: the port answered later`);
    step = run.next(step.value);
  }
  return step.value;
}
