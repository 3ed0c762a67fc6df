/**
 * The shape of the scenario table (scenarios.ts) and what a host must give to run it: the steps
 * are what a user does in the page, by the visible (Vietnamese) labels, and what must then be
 * visible; the host adapter does what happens outside the page (who is signed in, the rows
 * selected in the sheet, the sheets' values), so that the same table runs on every host.
 */
import type { Page } from 'playwright-core';
import type { ShownReport } from '../helpers/report-view';

export type Who = 'office' | 'district';

/** The district the table signs in as: a unit of the sample's directory. */
export const DISTRICT = {
  code: 'BLAC',
  name: 'Huyện Đoàn Bảo Lạc',
  email: 'baolac@example.org',
} as const;

/** The name of the `notAWorkbook` fixture, as the page must name it when it refuses it. */
export const NOT_A_WORKBOOK = 'bao-cao-quy-3.xlsx';

/** Files the table hands to the page: the sample plan, or a file the page offered earlier. */
export type FileRef =
  | { fixture: 'samplePlan' }
  /** A file named .xlsx that is not a workbook (a report saved under the wrong name). */
  | { fixture: 'notAWorkbook' }
  /**
   * Plans as offices keep them: the sample plan as a Word file (ke-hoach.docx), a plan table in a
   * workbook with merged cells (ke-hoach-gop-o.xlsx), a .csv table (ke-hoach-2024.csv).
   */
  | { fixture: 'planDocx' | 'planXlsx' | 'planCsv' }
  | { downloaded: string };

export type Action =
  /** A button or link, by its visible name (exact). */
  | { click: string }
  /** A text field, by its label. */
  | { fill: string; text: string }
  /** A text field, by its label, with a fixture's text. */
  | { fill: string; fixture: 'samplePlan' }
  /** A check box, by its label, ticked. */
  | { check: string }
  /** A drop-down, by its label: the option by its visible text. */
  | { choose: string; option: string }
  /** A file field, by its label. */
  | { upload: string; files: FileRef[] }
  /** A download link, by its visible name; the file is kept by its name for a later upload. */
  | { download: string }
  /** Rows selected in the host's sheet: `count` rows of a unit from its first (by the sheet's unit column). */
  | { select: { sheet: string; unit: string; count: number } }
  /** Focus put on a button or link, by its visible name (then keys act on it). */
  | { focus: string }
  /** A plan table typed into a sheet of its own (from A1) and selected, as cells show it. */
  | { paste: { sheet: string; rows: string[][] } }
  /** A key pressed where focus is. */
  | { key: string }
  /** The page's width, in CSS pixels. */
  | { width: number }
  /** The page loaded again (the host's book and the browser's storage stay). */
  | { reload: true }
  /**
   * The host's next call fails on the way, as Apps Script fails one (google.script.run's failure
   * handler, with this error): a quota, a time-out, a lost connection.
   */
  | { serverFails: string };

/** A cell of `Theo dõi`: the `index`-th row of a unit (0 = its first), the column by its header. */
export interface CellCheck {
  sheet: string;
  unit: string;
  index: number;
  column: string;
  value: string | number | null;
}

export interface Step {
  who: Who;
  /** Only on these hosts (what differs by host, said where it differs); every host if absent. */
  on?: HostKind[];
  /** What the user does; none: only look. */
  do?: Action;
  /** Texts visible on the page (exact substrings of what it shows). */
  see?: string[];
  /** Texts not visible. */
  notSee?: string[];
  /** Buttons (or links) visible, by exact name. */
  buttons?: string[];
  /** Buttons that must not be on the page at all (what this user cannot run). */
  noButtons?: string[];
  /** A text inside the element that has focus. */
  focused?: string;
  /** No page-wide horizontal scroll at this width. */
  fits?: number;
  cells?: CellCheck[];
  /** How many workbooks the host has opened from the page so far (Excel: a new workbook per file). */
  opened?: number;
  /** A field's value as shown, by its label (dates as the office writes them, dd/mm/yyyy). */
  field?: { label: string; value: string };
  /** The report shown in the page, as test/helpers/report-view.ts reads it. */
  report?: ShownReport;
  /** Every control has an accessible name, and every text meets WCAG AA contrast. */
  accessible?: true;
}

/** How the host is set up before the page opens, where a scenario needs more than the default. */
export interface HostSetup {
  /** The newest ExcelApi set the Excel host has (default 1.17): 1.7 is Excel before 2019. */
  excelApi?: '1.7' | '1.8' | '1.17';
  /** The browser keeps nothing for the page: IndexedDB and localStorage throw when touched. */
  storageBlocked?: boolean;
}

/** What a scenario asks of a host beyond the page: a host adapter may not be able to give it. */
export type Need = keyof HostSetup | 'serverFails';

export interface Scenario {
  name: string;
  /** Hosts this scenario does not apply to, and why (browser mode has no selection, …). */
  skip?: { hosts: HostKind[]; why: string };
  setup?: HostSetup;
  steps: Step[];
}

export type HostKind = 'excel' | 'sheets' | 'file';

/** What a host does for the table, outside the page. */
export interface HostAdapter {
  readonly kind: HostKind;
  /** What this adapter cannot give a scenario, and why (the scenario is skipped there). */
  readonly lacks?: Partial<Record<Need, string>>;
  /** A fresh host (no book) set up as `setup` says, the app shown and ready, used by `who`. */
  start(page: Page, who: Who, setup?: HostSetup): Promise<void>;
  /** Another user on the same book (the page shown again, ready). */
  become(page: Page, who: Who): Promise<void>;
  /** The page loaded again: the host's book and the browser's storage stay. */
  reload(page: Page): Promise<void>;
  /** Selects rows (0-based sheet rows) of a sheet, by its name, as a user would in the host. */
  select(page: Page, sheet: string, rows: number[]): Promise<void>;
  /** Types `rows` into a new sheet `sheet` from A1 and selects them (a pasted plan table). */
  selectTable(page: Page, sheet: string, rows: string[][]): Promise<void>;
  /** A sheet's values as the host holds them (row-major), or null if there is no such sheet. */
  sheet(page: Page, sheet: string): Promise<unknown[][] | null>;
  /** The host's next call fails on the way with `error` (only a host that calls a server). */
  failNextCall?(page: Page, error: string): Promise<void>;
  /** How many workbooks the host has opened from the page (none where it cannot). */
  opened?(page: Page): Promise<number>;
  /** After the last step: throws if the host was used as the real one must not be (a write without the lock). */
  finish?(page: Page): Promise<void>;
}
