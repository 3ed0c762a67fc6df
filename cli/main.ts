/**
 * The `thidua` command: a thin front on the core. Only this entry prints errors and decides the
 * exit code: 0 on success, 2 with the message on standard error otherwise.
 */
import type { CommanderError } from 'commander';
import { Command, Option } from 'commander';
import { formatProblem } from '../shared/errors/problem';
import { isThiDuaError } from '../shared/errors/thidua-error';
import { en } from '../shared/i18n/en';
import { vi } from '../shared/i18n/vi';
import { registerBuild } from './commands/build';
import { registerConsolidate } from './commands/consolidate';
import { registerParse } from './commands/parse';
import { registerReport } from './commands/report';
import { registerSchema } from './commands/schema';
import { registerSplit } from './commands/split';
import { registerUpdate } from './commands/update';
import type { Ctx } from './context';
import { showProblems } from './context';
import { CommandFailed } from './errors';
import { checkOutput } from './files/output';
import { writeWhole } from './files/write';
import type { Io } from './io';
import { nodeIo } from './io';
import type { OutputLang } from './problems-out';
import { usageProblem } from './usage-errors';

/** commander's error, with the command it was parsing. */
class UsageError extends Error {
  override name = 'UsageError' as const;
  constructor(
    readonly error: CommanderError,
    readonly command: Command,
  ) {
    super(error.message);
  }
}

export function makeProgram(io: Io, now: () => Date = () => new Date()): Command {
  return build(io, now).program;
}

function build(io: Io, now: () => Date): { program: Command; ctx: Ctx } {
  const program = new Command('thidua');
  // until the command runs (an error in its command line comes first), the option as parsed
  let lang: OutputLang | null = null;
  const asked = (): OutputLang => {
    const l = String(program.opts().lang ?? 'both');
    return l === 'vi' || l === 'en' ? l : 'both';
  };
  const titles = vi.cli.help.titles;
  program
    .description('Sổ Thi Đua: kế hoạch thi đua, khen thưởng trong Excel và Google Sheets')
    .addOption(
      new Option('--lang <lang>', 'ngôn ngữ thông báo / message language')
        .choices(['vi', 'en', 'both'])
        .default('both'),
    )
    .option(
      '--log <file>',
      'ghi mọi lỗi, lưu ý vào tệp (đầy đủ, không gộp) / write every problem to a file, in full',
    )
    .helpOption('-h, --help', vi.cli.help.option)
    .helpCommand('help [command]', vi.cli.help.command)
    .configureHelp({ styleTitle: (t) => titles[t] ?? t })
    .hook('preAction', () => {
      lang = asked();
    })
    // commander's English error text is not shown: main says it in both languages
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: () => undefined,
    });
  const ctx: Ctx = { io, lang: () => lang ?? asked(), now, inputs: [], shown: [] };
  registerParse(program, ctx);
  registerSchema(program, io);
  registerBuild(program, ctx);
  registerSplit(program, ctx);
  registerConsolidate(program, ctx);
  registerUpdate(program, ctx);
  registerReport(program, ctx);
  for (const cmd of [program, ...program.commands]) {
    cmd.exitOverride((e) => {
      throw new UsageError(e, cmd);
    });
  }
  return { program, ctx };
}

const QUIET = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[], io: Io = nodeIo, now?: () => Date): Promise<number> {
  const { program, ctx } = build(io, now ?? (() => new Date()));
  let code = 0;
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof UsageError && QUIET.has(e.error.code)) {
      return e.error.code === 'commander.help' ? 2 : 0;
    }
    code = 2;
    if (e instanceof UsageError) showProblems(ctx, [usageProblem(e.error, e.command)]);
    else showFailure(ctx, e, ctx.lang());
  }
  const log = program.opts().log as string | undefined;
  return log ? writeLog(ctx, log, code) : code;
}

function showFailure(ctx: Ctx, e: unknown, lang: OutputLang): void {
  if (e instanceof CommandFailed) {
    showProblems(ctx, e.problems, e.file);
    const m = e.messageKey;
    if (!m) return;
    const line = (c: typeof vi.cli): string =>
      m === 'nothingMerged' ? c.nothingMerged() : c.cannotWrite(m);
    if (lang !== 'en') ctx.io.err(`${line(vi.cli)}\n`);
    if (lang !== 'vi') ctx.io.err(`${lang === 'both' ? '  ' : ''}${line(en.cli)}\n`);
  } else if (isThiDuaError(e)) {
    showProblems(ctx, e.problems);
  } else {
    ctx.io.err(
      `Lỗi không mong đợi: ${(e as Error)?.message ?? String(e)}\nUnexpected error. Please report it with the file you used.\n`,
    );
  }
}

/** The --log file: every problem, in full and in both languages, written whole. */
async function writeLog(ctx: Ctx, file: string, code: number): Promise<number> {
  const lines = [
    ...ctx.shown.map((p) => `${formatProblem(p, 'vi')}\n  ${formatProblem(p, 'en')}`),
    ...(ctx.logged ?? []),
  ];
  try {
    const out = await checkOutput(ctx, file, { text: true });
    await writeWhole(ctx, out.file, lines.length > 0 ? `${lines.join('\n')}\n` : '');
    return code;
  } catch (e) {
    showFailure(ctx, e, ctx.lang());
    return 2;
  }
}
export { nodeIo } from './io';
