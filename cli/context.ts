/** What every command shares: the streams, the language, the clock. */
import type { CliMessages } from '../shared/i18n/catalog';
import { en } from '../shared/i18n/en';
import { vi } from '../shared/i18n/vi';
import type { Io } from './io';
import type { OutputLang } from './problems-out';

export interface Ctx {
  io: Io;
  lang: () => OutputLang;
  now: () => Date;
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

/** Today in Việt Nam (UTC+7), as the offices date their reports. */
export function today(ctx: Ctx): string {
  return new Date(ctx.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
