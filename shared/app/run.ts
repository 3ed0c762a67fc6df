/**
 * The runner: one command through a host's port. It checks who may run it, reads only the
 * sheets the command declares (and the selection, if it takes one), runs it, and returns its
 * question without writing anything when it asks one; otherwise it draws only the sheets the
 * command changed, writes marks, selects, protects where units or rows were redrawn, and offers
 * the files.
 */
import { error } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { BookRole } from '../workbook/spec';
import type { Clock } from './clock';
import type { CommandContext, CommandId, CommandSpec } from './command';
import type { Message } from './message';
import { words } from './message';
import type { Outcome } from './outcome';
import type { HostPort } from './port';
import type { DataOf, InputOf } from './table';
import { COMMANDS } from './table';

/** A command that reached for a sheet it did not declare: a fault in the command, not the user's. */
class CommandFault extends Error {
  override name = 'CommandFault' as const;
}

function failed(problems: Problem[]): Outcome<never> {
  return { ok: false, problems, notes: [], log: [], files: [] };
}

/** The sheets whose redraw calls for the protections again. */
const PROTECTED_BY: readonly BookRole[] = ['tracking', 'units'];

export async function runCommand<K extends CommandId>(
  port: HostPort,
  id: K,
  input: InputOf<K>,
  clock: Clock,
): Promise<Outcome<DataOf<K>>> {
  const spec = COMMANDS[id] as unknown as CommandSpec<InputOf<K>, DataOf<K>>;
  const user = await port.who();
  if (!spec.who.includes(user.who)) return failed([error('officeOnly')]);

  const reads = [...spec.reads];
  let selection: CommandContext<InputOf<K>>['selection'] = null;
  let table: CommandContext<InputOf<K>>['table'] = null;
  if (spec.selection === 'rows') {
    selection = await port.readSelection();
    const on = selection?.role;
    // the rows' own sheet, when it is not among the sheets the command reads anyway
    if (on && spec.rowsOn?.includes(on) && !reads.includes(on)) reads.push(on);
  } else if (spec.selection === 'table') {
    table = await port.readSelectedTable();
  }
  const sheets = await port.readSheets(reads);
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
    const { skipped } = await port.draw(r.draw, r.book);
    if (skipped.length > 0) {
      notes.push(
        words((ui) =>
          ui.missingFeatures({ features: skipped.map((f) => ui.excel.features[f]).join(', ') }),
        ),
      );
    }
  }
  if (r.marks && r.marks.length > 0) await port.writeMarks(r.marks);
  if (r.select) await port.select(r.select);
  if (r.book) {
    port.keep?.(r.book);
    if (r.protect || drawn.some((role) => PROTECTED_BY.includes(role as BookRole))) {
      notes.push(...(await port.protect(r.book)));
    }
  }
  if (r.files && r.files.length > 0) await port.offer(r.files);

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
