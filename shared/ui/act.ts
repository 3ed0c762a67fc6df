/**
 * Running a command from the page, the one way for every job: the page says it is busy (and
 * what it is doing), the bridge runs the command in the host, a question the command asks is put
 * to the user (yes runs it again with its consent), offered files are made into .xlsx here, and
 * the result is shown with focus on it. Nothing a command says is dropped.
 */
import type { CommandId } from '../app/command';
import type { Message } from '../app/message';
import { words } from '../app/message';
import type { Outcome } from '../app/outcome';
import type { DataOf, InputOf } from '../app/table';
import { COMMANDS } from '../app/table';
import type { Problem } from '../errors/problem';
import type { Lang } from '../i18n/catalog';
import { catalog } from '../i18n';
import type { UiBridge } from './bridge';
import { askInline } from './confirm';
import { renderFiles, zipFiles } from './offered-files';
import type { ResultView, Shown } from './result-view';

export interface ActDeps {
  doc: Document;
  bridge: UiBridge;
  result: ResultView;
  lang(): Lang;
  /** Says what the page is doing (null: idle). */
  busy(doing: Message | null): void;
  /** A command changed the book: the header's figures are read again. */
  changed(): Promise<void>;
}

function failure(e: unknown): Outcome<never> {
  const detail = e instanceof Error ? e.message : String(e);
  return {
    ok: false,
    problems: [],
    notes: [words((ui) => ui.app.unexpected({ detail }))],
    log: [],
    files: [],
  };
}

export class Act {
  private readonly d: ActDeps;
  private running = false;

  constructor(deps: ActDeps) {
    this.d = deps;
  }

  /** Whether a job is under way (a second press waits for the first to end). */
  get busy(): boolean {
    return this.running;
  }

  /**
   * Prepares and runs one command; `prepare` reads what the user chose (files, fields) into its
   * input, or stops with what to put right. Returns the outcome shown, or null if nothing ran.
   */
  async command<K extends CommandId>(
    id: K,
    prepare: () => Promise<{ input: InputOf<K>; warnings?: Problem[] } | { stop: Shown }>,
  ): Promise<Outcome<DataOf<K>> | null> {
    if (this.running) return null;
    this.running = true;
    this.d.busy(words((ui) => ui.working));
    try {
      const ready = await prepare().catch((e: unknown) => ({ stop: shownOf(failure(e)) }));
      if ('stop' in ready) {
        this.d.result.show(ready.stop);
        return null;
      }
      return await this.send(id, ready.input, ready.warnings ?? []);
    } finally {
      this.running = false;
      this.d.busy(null);
    }
  }

  /** Work of the page's own (opening a book) under the same busy state as a command. */
  async task(work: () => Promise<void>): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.d.busy(words((ui) => ui.working));
    try {
      await work();
    } finally {
      this.running = false;
      this.d.busy(null);
    }
  }

  /** Shows what stops a job before it runs (a field to fill, a file to choose). */
  refuse(message: Message): void {
    this.d.result.show({ ok: false, notes: [], problems: [], log: [], files: [], message });
  }

  private async send<K extends CommandId>(
    id: K,
    input: InputOf<K>,
    warnings: Problem[],
  ): Promise<Outcome<DataOf<K>>> {
    const { bridge } = this.d;
    this.d.busy(words((ui) => ui.working));
    const out = await bridge.run(id, input).catch((e: unknown) => failure(e) as Outcome<DataOf<K>>);
    out.problems = [...warnings, ...out.problems];
    if (!out.ok && out.confirm) {
      const { confirm } = out;
      this.d.result.show(shownOf(out), false);
      const lang = this.d.lang();
      // not busy while the question waits: the page is the user's to answer it
      this.d.busy(null);
      const yes = await askInline(this.d.doc, {
        question: confirm.question[lang],
        yes: confirm.yes[lang],
        no: catalog(lang).ui.app.cancel,
      });
      this.d.busy(words((ui) => ui.working));
      if (!yes) {
        this.d.result.show({ ...shownOf(out), message: words((ui) => ui.cancelled), problems: [] });
        return out;
      }
      return this.send(
        id,
        { ...(input as object), [confirm.consent]: true } as InputOf<K>,
        warnings,
      );
    }
    const shown = shownOf(out);
    if (out.files.length > 0) {
      this.d.busy(words((ui) => ui.app.files.preparing));
      const made = await renderFiles(out.files);
      shown.files = made.files;
      shown.problems.push(...made.problems);
      if (made.files.length > 1) shown.zip = await zipFiles(made.files, zipName(id));
      const only = made.files.length === 1 ? made.files[0] : undefined;
      // where a link may do nothing (Excel for Mac), the host opens the workbook itself
      if (only && bridge.open && (await bridge.open(only).catch(() => false))) {
        shown.notes.push(words((ui) => ui.app.files.opened({ name: only.name })));
      }
    }
    this.d.result.show(shown);
    if (out.ok && COMMANDS[id].changes.length > 0) await this.d.changed();
    return out;
  }
}

function zipName(id: CommandId): string {
  return id === 'unitFiles' ? 'don-vi.zip' : 'tep.zip';
}

function shownOf(out: Outcome): Shown {
  return {
    ok: out.ok,
    message: out.message,
    notes: [...out.notes],
    problems: [...out.problems],
    log: out.log,
    files: [],
  };
}
