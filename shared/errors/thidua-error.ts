/** The one error type the core throws across an async boundary; it carries its problems. */
import type { Problem } from './problem';

export class ThiDuaError extends Error {
  override name = 'ThiDuaError' as const;
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(problems[0]?.vi ?? 'ThiDuaError');
    this.problems = problems;
  }

  get code(): string | undefined {
    return this.problems[0]?.code;
  }
}

/** True for a ThiDuaError, also one made in another frame (a dialog) where instanceof fails. */
export function isThiDuaError(e: unknown): e is ThiDuaError {
  return (
    e instanceof ThiDuaError ||
    (typeof e === 'object' &&
      e !== null &&
      (e as { name?: unknown }).name === 'ThiDuaError' &&
      Array.isArray((e as { problems?: unknown }).problems))
  );
}
