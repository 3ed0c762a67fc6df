/** A result in the manner of zod's safeParse: the value and its warnings, or the problems. */
import type { Problem } from './problem';

export type Result<T> =
  { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

export function ok<T>(value: T, warnings: Problem[] = []): Result<T> {
  return { ok: true, value, warnings };
}

export function fail<T = never>(problems: Problem[]): Result<T> {
  return { ok: false, problems };
}
