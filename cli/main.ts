/**
 * The `thidua` command: a thin front on the core. Only this entry prints errors and decides the
 * exit code: 0 on success, 2 with the message on standard error otherwise.
 */
import { Command, CommanderError, Option } from 'commander';
import { isThiDuaError } from '../shared/errors/thidua-error';
import { registerBuild } from './commands/build';
import { registerConsolidate } from './commands/consolidate';
import { registerParse } from './commands/parse';
import { registerReport } from './commands/report';
import { registerSchema } from './commands/schema';
import { registerSplit } from './commands/split';
import { registerUpdate } from './commands/update';
import type { Ctx } from './context';
import { en } from '../shared/i18n/en';
import { vi } from '../shared/i18n/vi';
import { CommandFailed } from './errors';
import type { Io } from './io';
import { nodeIo } from './io';
import type { OutputLang } from './problems-out';
import { formatProblems } from './problems-out';

export function makeProgram(io: Io, now: () => Date = () => new Date()): Command {
  const program = new Command('thidua');
  let lang: OutputLang = 'both';
  program
    .description('Sổ Thi Đua: kế hoạch thi đua, khen thưởng trong Excel và Google Sheets')
    .addOption(
      new Option('--lang <lang>', 'ngôn ngữ thông báo / message language')
        .choices(['vi', 'en', 'both'])
        .default('both'),
    )
    .hook('preAction', (cmd) => {
      const l = String(cmd.opts().lang ?? 'both');
      lang = l === 'vi' || l === 'en' ? l : 'both';
    })
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  const ctx: Ctx = { io, lang: () => lang, now };
  registerParse(program, ctx);
  registerSchema(program, io);
  registerBuild(program, ctx);
  registerSplit(program, ctx);
  registerConsolidate(program, ctx);
  registerUpdate(program, ctx);
  registerReport(program, ctx);
  return program;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[], io: Io = nodeIo, now?: () => Date): Promise<number> {
  const program = makeProgram(io, now);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    const lang = (program.opts().lang as OutputLang | undefined) ?? 'both';
    if (e instanceof CommandFailed) {
      io.err(formatProblems(e.problems, lang, e.file));
      const m = e.messageKey;
      if (m) {
        const line = (c: typeof vi.cli) =>
          m === 'nothingMerged' ? c.nothingMerged() : c.cannotWrite(m);
        if (lang !== 'en') io.err(`${line(vi.cli)}\n`);
        if (lang !== 'vi') io.err(`${lang === 'both' ? '  ' : ''}${line(en.cli)}\n`);
      }
      return 2;
    }
    if (isThiDuaError(e)) {
      io.err(formatProblems(e.problems, lang));
      return 2;
    }
    io.err(
      `Lỗi không mong đợi: ${(e as Error)?.message ?? String(e)}\nUnexpected error. Please report it with the file you used.\n`,
    );
    return 2;
  }
}
export { nodeIo } from './io';
