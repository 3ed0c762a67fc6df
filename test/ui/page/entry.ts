/**
 * The test page: the one UI mounted on a host in the page. The test drives it through
 * `window.__thidua`: start it (a host, a user, sheets), select rows, read the host's sheets.
 */
import type { User } from '../../../shared/app/command';
import { mountApp } from '../../../shared/ui/app';
import type { BookRole, SheetGrid } from '../../../shared/workbook/spec';
import { SHEET } from '../../../shared/i18n/workbook-vi';
import { type HostState, MemoryHost } from './memory-bridge';

const CLOCK = { now: '2014-07-15T03:00:00.000Z', today: '2014-07-15' };

let host: MemoryHost | null = null;

const roleOf = (sheet: string): BookRole | null =>
  (Object.entries(SHEET) as [BookRole, string][]).find(([, name]) => name === sheet)?.[0] ?? null;

const api = {
  async start(state: HostState): Promise<void> {
    host = new MemoryHost(state, CLOCK);
    const root = document.getElementById('app') as HTMLElement;
    await mountApp(root, host.bridge(), { today: () => CLOCK.today });
  },
  state(): HostState | null {
    return host?.snapshot() ?? null;
  },
  select(sheet: string, rows: number[]): void {
    if (!host) throw new Error('not started');
    host.port.selection = { role: roleOf(sheet), rows };
  },
  /** The table as the user typed it in a sheet of its own; no merged cells. */
  selectTable(sheet: string, rows: string[][]): void {
    if (!host) throw new Error('not started');
    host.port.sheets = [...host.port.sheets, { name: sheet, values: rows }];
    host.port.table = { cells: { sheet, row: 0, col: 0, text: rows, merges: [] } };
  },
  sheet(name: string): SheetGrid['values'] | null {
    return host?.port.sheets.find((s) => s.name === name)?.values ?? null;
  },
  user(user: User): void {
    if (host) host.port.user = user;
  },
};

(window as unknown as { __thidua: typeof api }).__thidua = api;

// the bench loads the page to measure its first paint: an empty browser-mode host, at once
if (new URLSearchParams(location.search).get('start') === 'file') {
  void api.start({
    host: 'file',
    sheets: [],
    user: { who: 'office', units: [] },
    bookName: null,
    unsaved: false,
  });
}
