/**
 * A host in the page for the one UI: the strict in-memory port of test/app, answered as the Sheets
 * server answers (a request checked against the command table's schemas, after a JSON round trip
 * each way, as google.script.run carries it). In browser mode it keeps the book as the file host
 * does: opened from an .xlsx, downloaded as one.
 */
import type { Clock } from '../../../shared/app/clock';
import type { User } from '../../../shared/app/command';
import type { Outcome } from '../../../shared/app/outcome';
import type { FileBytes, KeptBook, UiBridge } from '../../../shared/ui/bridge';
import type { SheetGrid } from '../../../shared/workbook/spec';
import { MemoryPort } from '../../app/memory-port';

export interface HostState {
  host: 'excel' | 'sheets' | 'file';
  sheets: SheetGrid[];
  user: User;
  bookName: string | null;
  unsaved: boolean;
}

const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export class MemoryHost {
  readonly port: MemoryPort;
  readonly state: HostState;
  private readonly clock: Clock;

  constructor(state: HostState, clock: Clock) {
    this.state = state;
    this.clock = clock;
    this.port = new MemoryPort(state.sheets);
    this.port.user = state.user;
  }

  snapshot(): HostState {
    return { ...this.state, sheets: this.port.sheets, user: this.port.user };
  }

  bridge(): UiBridge {
    const run = async (id: string, input: unknown): Promise<Outcome> => {
      const request = roundTrip({ command: id, input });
      const out = roundTrip(await this.port.answer(request, this.clock));
      // the host selects what the command selected, as a sheet does
      const sel = this.port.selected;
      if (sel) {
        const rows = Array.from({ length: sel.rows }, (_, k) => sel.row + k);
        this.port.selection = { role: sel.role, rows };
      }
      if (out.ok && this.port.drawn.length + this.port.marked.length > 0) {
        this.state.unsaved = true;
        if (this.state.bookName === null) this.state.bookName = 'so-theo-doi-2014.xlsx';
      }
      return out;
    };
    const bridge: UiBridge = {
      host: this.state.host,
      run: run as UiBridge['run'],
      ...(this.state.host === 'file' ? { book: this.keptBook() } : {}),
    };
    return bridge;
  }

  private keptBook(): KeptBook {
    const s = this.state;
    return {
      name: () => s.bookName,
      open: async (file: FileBytes) => {
        const { readBookSheets } = await import('../../../shared/xlsx/book-io.js');
        const r = await readBookSheets(file.bytes, file.name);
        if (!r.ok) return r.problems;
        this.port.sheets = r.value;
        s.bookName = file.name;
        s.unsaved = false;
        return [];
      },
      save: async () => {
        if (s.bookName === null) return null;
        // the book drawn in this visit, or (a visit later) the one its kept sheets hold
        let book = this.port.kept;
        if (!book) {
          const { readBook } = await import('../../../shared/read/book.js');
          const read = readBook(this.port.sheets, { strict: false, expect: 'book' });
          if (!read.ok) return null;
          book = read.value.book;
        }
        const { writeBookXlsx } = await import('../../../shared/xlsx/book-io.js');
        const r = await writeBookXlsx(book);
        if (!r.ok) return null;
        s.unsaved = false;
        return { name: s.bookName ?? 'so-theo-doi-2014.xlsx', bytes: r.value };
      },
      unsaved: () => s.unsaved,
      close: async () => {
        this.port.sheets = [];
        s.bookName = null;
        s.unsaved = false;
      },
    };
  }
}
