/**
 * What a command comes back with, in every host: plain JSON (no Date, no bytes, no functions),
 * so that it crosses google.script.run as it is, and a UI shows it the same way everywhere.
 */
import type { LogEntry } from '../book/model';
import type { Problem } from '../errors/problem';
import type { OfferedFile } from './command';
import type { Message } from './message';

export interface Outcome<D = unknown> {
  ok: boolean;
  message?: Message;
  /** As data: the UI groups them (many of one kind in one line). */
  problems: Problem[];
  /** Other things to say: what the host could not draw, its protections, a choice's meaning. */
  notes: Message[];
  log: LogEntry[];
  /** Files offered to the user (their workbooks, for a host that renders them in the page). */
  files: OfferedFile[];
  /**
   * A question to ask before going on: agreeing runs the command again with `consent` set to
   * true in its input.
   */
  confirm?: { question: Message; yes: Message; consent: string };
  data?: D;
}
