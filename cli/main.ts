/**
 * The `thidua` command: a thin front on the core. Only this entry prints errors and decides the
 * exit code: 0 on success, 2 with the message on standard error otherwise.
 */
import { Command, CommanderError } from 'commander';
import { isThiDuaError } from '../shared/errors/thidua-error';
import { registerParse } from './commands/parse';
import { registerSchema } from './commands/schema';
import { CommandFailed } from './errors';
import type { Io } from './io';
import { nodeIo } from './io';
import type { OutputLang } from './problems-out';
import { formatProblems } from './problems-out';

export function makeProgram(io: Io): Command {
  const program = new Command('thidua');
  let lang: OutputLang = 'both';
  program
    .description('Sổ Thi Đua: kế hoạch thi đua, khen thưởng trong Excel và Google Sheets')
    .option('--lang <lang>', 'ngôn ngữ thông báo: vi, en, both / message language', 'both')
    .hook('preAction', (cmd) => {
      const l = String(cmd.opts().lang ?? 'both');
      lang = l === 'vi' || l === 'en' ? l : 'both';
    })
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  registerParse(program, io, () => lang);
  registerSchema(program, io);
  return program;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  const program = makeProgram(io);
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
