/** The failure a command reports: its problems go to standard error and the exit code is 2. */
import type { Problem } from '../shared/errors/problem';

export type FailureMessage = 'nothingMerged' | { key: 'cannotWrite'; file: string; reason: string };

export class CommandFailed extends Error {
  override name = 'CommandFailed' as const;
  constructor(
    readonly problems: Problem[],
    readonly file?: string,
    readonly messageKey?: FailureMessage,
  ) {
    super(problems[0]?.en ?? messageKey ?? 'command failed');
  }
}
