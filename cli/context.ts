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

/** Informational lines: Vietnamese unless English is asked for. */
export function say<K extends keyof CliMessages>(
  ctx: Ctx,
  key: K,
  ...params: Parameters<CliMessages[K]>
): void {
  const cat = ctx.lang() === 'en' ? en : vi;
  const fn = cat.cli[key] as (...a: Parameters<CliMessages[K]>) => string;
  ctx.io.out(`${fn(...params)}\n`);
}

/** Today in Việt Nam (UTC+7), as the offices date their reports. */
export function today(ctx: Ctx): string {
  return new Date(ctx.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
