/** What every command shares: the streams, the language, the clock, the files it read. */
import { vietnamClock } from '../shared/app/clock';
import type { Problem } from '../shared/errors/problem';
import type { CliMessages } from '../shared/i18n/catalog';
import { en } from '../shared/i18n/en';
import { vi } from '../shared/i18n/vi';
import type { InputFile } from './files/read';
import type { Io } from './io';
import type { OutputLang } from './problems-out';
import { formatProblems, inFile } from './problems-out';

export interface Ctx {
  io: Io;
  lang: () => OutputLang;
  now: () => Date;
  /** Every input file looked at, so that no output is written over one. */
  inputs: InputFile[];
  /** Every problem shown (grouped on screen), in full, for --log. */
  shown: Problem[];
  /** Lines for the --log file after the problems (a consolidation's whole change log). */
  logged?: string[];
}

/** Shows problems on standard error, grouped, and keeps them all for the log. */
export function showProblems(ctx: Ctx, problems: readonly Problem[], file?: string): void {
  if (problems.length === 0) return;
  const named = inFile(problems, file);
  ctx.shown.push(...named);
  ctx.io.err(formatProblems(named, ctx.lang()));
}

type Line = {
  [K in keyof CliMessages]: CliMessages[K] extends (...a: never[]) => string ? K : never;
}[keyof CliMessages];
type Fn<K extends Line> = CliMessages[K] extends (...a: infer A) => string ? A : never;

/** The command line's own words in the language asked for: Vietnamese unless English is. */
export function cli(ctx: Ctx): CliMessages {
  return ctx.lang() === 'en' ? en.cli : vi.cli;
}

/**
 * Informational lines: Vietnamese unless English is asked for. (Problems, which say what went
 * wrong and where, are given in both languages by default.)
 */
export function say<K extends Line>(ctx: Ctx, key: K, ...params: Fn<K>): void {
  const fn = cli(ctx)[key] as (...a: Fn<K>) => string;
  ctx.io.out(`${fn(...params)}\n`);
}

/** Today in Việt Nam, as the offices date their reports: the one clock every host reads. */
export function today(ctx: Ctx): string {
  return vietnamClock(ctx.now()).today;
}
