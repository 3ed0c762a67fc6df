/**
 * The pane's bridge in browser mode (outside Excel): commands run on the book kept in the page,
 * which the browser keeps between visits; the user downloads it as an .xlsx file.
 */
import type { Clock } from '../../../shared/app/clock';
import { vietnamClock } from '../../../shared/app/clock';
import type { CommandId } from '../../../shared/app/command';
import { words } from '../../../shared/app/message';
import type { Outcome } from '../../../shared/app/outcome';
import { runCommand } from '../../../shared/app/run';
import type { DataOf, InputOf } from '../../../shared/app/table';
import { COMMANDS } from '../../../shared/app/table';
import type { UiBridge } from '../../../shared/ui/bridge';
import type { BookStore } from './book-store';
import { thrown } from './explain';
import { SheetsInPage } from './file-port';
import { PageBook } from './kept-book';

/** Keeps nothing: a page that must not use the browser's storage (and the tests). */
export const NO_STORE: BookStore = {
  load: () => Promise.resolve(null),
  save: () => Promise.resolve(),
  clear: () => Promise.resolve(),
};

export class FileBridge implements UiBridge {
  readonly host = 'file' as const;
  readonly book: PageBook;
  private readonly port = new SheetsInPage();

  private constructor(
    store: BookStore,
    private readonly clock: () => Clock,
  ) {
    this.book = new PageBook(this.port, store);
  }

  /** Browser mode, with the book kept at the last visit where the browser kept one. */
  static async start(
    store: BookStore = NO_STORE,
    clock: () => Clock = () => vietnamClock(),
  ): Promise<FileBridge> {
    const bridge = new FileBridge(store, clock);
    await bridge.book.restore();
    return bridge;
  }

  async run<K extends CommandId>(id: K, input: InputOf<K>): Promise<Outcome<DataOf<K>>> {
    // said here, in the words of this mode, rather than as every host's "select rows"
    if (COMMANDS[id].selection !== 'none') {
      const notes = [words((ui) => ui.excel.needsExcel)];
      return { ok: false, problems: [], notes, log: [], files: [] };
    }
    const draws = this.port.draws;
    try {
      const out = await runCommand(this.port, id, input, this.clock());
      if (this.port.draws !== draws) {
        const note = await this.book.changed();
        if (note) out.notes.push(note);
      }
      return out;
    } catch (e) {
      return thrown(e);
    }
  }
}
