/** What every job's panel is built with: the page, the command runner, who is here, the host. */
import type { CommandId, Who } from '../../app/command';
import type { Message } from '../../app/message';
import type { Problem } from '../../errors/problem';
import type { Lang, UiLabels } from '../../i18n/catalog';
import type { Act } from '../act';
import type { UiBridge } from '../bridge';
import type { DateField } from '../date-field';
import type { Shown } from '../result-view';

export interface JobKit {
  doc: Document;
  bridge: UiBridge;
  act: Act;
  lang(): Lang;
  who(): Who;
  /** Whether this user, in this host, may run the command (a unit never sees an office's). */
  allowed(id: CommandId): boolean;
  /** Today in Việt Nam (ISO). */
  today(): string;
  /** A date field over `input`, named for its error; it follows the language. */
  date(input: HTMLInputElement, name: (ui: UiLabels) => string): DateField;
  /** Called again whenever the language changes (for what is not a catalog key). */
  onTranslate(f: (lang: Lang) => void): void;
}

/** A job stopped before it ran, with what to put right. */
export function stop(message: Message): { stop: Shown } {
  return { stop: { ok: false, message, notes: [], problems: [], log: [], files: [] } };
}

/** A job stopped by what it read (a plan or a file that could not be taken). */
export function stopProblems(problems: Problem[]): { stop: Shown } {
  return { stop: { ok: false, notes: [], problems, log: [], files: [] } };
}

/** The section of a job's panel: its heading (focus lands there when the job is opened). */
export interface JobPanel {
  id: JobId;
  element: HTMLElement;
}

export type JobId = 'plan' | 'units' | 'mark' | 'merge' | 'report' | 'update';
