/**
 * The command table: every command the pane, the sidebar and the command line run, by id. A
 * command added here (and to the UI) appears in every host; see ARCHITECTURE.md.
 */
import type { CommandFacts, CommandId, CommandSpec } from './command';
import { amend } from './commands/amend';
import { build, buildFromSelection } from './commands/build';
import { context, protect } from './commands/context';
import { mark, selected, selectMine } from './commands/mark';
import { merge } from './commands/merge';
import { refresh, report, reportDoc, summary } from './commands/report';
import { unitFiles } from './commands/unit-files';
import { assign, saveMappings, saveUnits, unresolved } from './commands/units';

export const COMMANDS = {
  build,
  buildFromSelection,
  refresh,
  amend,
  saveUnits,
  saveMappings,
  unresolved,
  assign,
  mark,
  merge,
  unitFiles,
  summary,
  report,
  reportDoc,
  protect,
  selectMine,
  context,
  selected,
} satisfies Record<CommandId, CommandFacts>;

type Commands = typeof COMMANDS;
/** What a command takes. */
export type InputOf<K extends CommandId> =
  Commands[K] extends CommandSpec<infer I, infer _D> ? I : never;
/** What a command hands back besides its message and problems. */
export type DataOf<K extends CommandId> =
  Commands[K] extends CommandSpec<infer _I, infer D> ? D : never;
