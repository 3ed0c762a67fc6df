/**
 * What the fake's services share: who is running the script and how it was started (auth mode),
 * the counts of service calls, the document lock, and the record of what the script did that
 * tests assert on (writes made without the lock, menus, sidebars, dialogs, logs).
 */
import { Boundary, hostRealm, type Realm } from './boundary';
import { exception, noPermission } from './errors';

export type AuthMode = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntry[] };

export interface MenuRecord {
  caption: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface ShownHtml {
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}

export interface DialogRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  answer: ButtonName;
  text?: string;
}

export interface LogRecord {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

/**
 * Calls that never reach the spreadsheet: a handle made from coordinates the script already has
 * (a range by its address, the container spreadsheet, a lock or property store), or read back
 * from one (a range's row, a sheet's name from the list that named it), and builders, which
 * assemble a rule, chart or style locally until it is passed to a call that does go out.
 */
const LOOKUPS = new Set([
  'SpreadsheetApp.getActive',
  'SpreadsheetApp.getActiveSpreadsheet',
  'SpreadsheetApp.getUi',
  'LockService.getDocumentLock',
  'PropertiesService.getDocumentProperties',
  'Spreadsheet.getId',
  'Sheet.getName',
  'Sheet.getSheetId',
  'Sheet.getRange',
  'Sheet.getRangeList',
  'Range.getSheet',
  'Range.getRow',
  'Range.getColumn',
  'Range.getNumRows',
  'Range.getNumColumns',
  'Range.getA1Notation',
  'User.getEmail',
]);

const BUILDER_STARTS = new Set([
  'SpreadsheetApp.newDataValidation',
  'SpreadsheetApp.newConditionalFormatRule',
  'SpreadsheetApp.newTextStyle',
  'Sheet.newChart',
]);

/** What kind of call `name` ("Class.method") is, for the counts a real round trip costs. */
function callKind(name: string): 'roundTrip' | 'lookup' | 'builder' {
  if (LOOKUPS.has(name)) return 'lookup';
  if (BUILDER_STARTS.has(name) || name.split('.')[0]!.endsWith('Builder')) return 'builder';
  return 'roundTrip';
}

/** Counts of service calls made by the script, by "Class.method". */
export class CallCounter {
  private counts = new Map<string, number>();
  private order: string[] = [];

  get total(): number {
    return this.order.length;
  }

  /** Every call, in order, since the last reset. */
  get log(): readonly string[] {
    return this.order;
  }

  get byName(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Calls that go to the spreadsheet and back: every call but lookups and builders. */
  get roundTrips(): number {
    return this.order.filter((n) => callKind(n) === 'roundTrip').length;
  }

  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Calls whose "Class.method" name passes `test` (a prefix, a RegExp or a predicate). */
  countWhere(test: string | RegExp | ((name: string) => boolean)): number {
    const match =
      typeof test === 'string'
        ? (n: string) => n.startsWith(test)
        : test instanceof RegExp
          ? (n: string) => test.test(n)
          : test;
    return this.order.filter(match).length;
  }

  reset(): void {
    this.counts.clear();
    this.order = [];
  }

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.order.push(name);
  }
}

export interface FakeState {
  /** Service calls made while the script file was being evaluated (should stay empty). */
  callsDuringLoad: string[];
  /** Members a script used that the fake does not implement ("Range.setTextRotation"). */
  unimplemented: string[];
  /** Writes to the spreadsheet (values, formats, structure) and those made without the lock. */
  writes: number;
  writesWithoutLock: number;
  /** What the first writes made without the lock were, for failure messages. */
  unlockedWrites: string[];
  /** Times a lock was released with spreadsheet changes not yet flushed (see Lock docs). */
  releasesWithPendingWrites: number;
  flushes: number;
  menus: MenuRecord[];
  sidebar: ShownHtml | null;
  sidebars: ShownHtml[];
  modalDialogs: ShownHtml[];
  dialogs: DialogRecord[];
  /** Answers the next alert/prompt gets, first in first out; default: the first button. */
  dialogAnswers: { button: ButtonName; text?: string }[];
  toasts: { message: string; title: string; timeoutSeconds: number | null }[];
  logs: LogRecord[];
  /** Things Apps Script accepts silently but a careful script avoids (NaN written to a cell). */
  warnings: string[];
  sleeps: number[];
}

export interface Execution {
  authMode: AuthMode;
  phase: 'load' | 'run';
}

/** Calls that run in AuthMode.NONE: building an add-on menu, logging. */
const ALLOWED_WITHOUT_AUTH = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createMenu',
  'Ui.createAddonMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
  'Logger.log',
  'Session.getActiveUserLocale',
  'Session.getScriptTimeZone',
]);

/** Calls that need an authorization a simple trigger (AuthMode.LIMITED) does not have. */
const NEEDS_FULL_AUTH = new Map<string, string>([
  ['Ui.showSidebar', 'https://www.googleapis.com/auth/script.container.ui'],
  ['Ui.showModalDialog', 'https://www.googleapis.com/auth/script.container.ui'],
  ['Ui.showModelessDialog', 'https://www.googleapis.com/auth/script.container.ui'],
]);

function scopeFor(name: string): string | undefined {
  const service = name.split('.')[0];
  if (
    service === 'SpreadsheetApp' ||
    service === 'Spreadsheet' ||
    service === 'Sheet' ||
    service === 'Range'
  ) {
    return 'https://www.googleapis.com/auth/spreadsheets.currentonly';
  }
  if (service === 'Ui' || service === 'HtmlService') {
    return 'https://www.googleapis.com/auth/script.container.ui';
  }
  return undefined;
}

export interface CoreOptions {
  owner: string;
  user: string;
  editors: string[] | null;
  consumerAccount: boolean;
  timeZone: string;
  locale: string;
}

export class FakeCore {
  readonly calls = new CallCounter();
  readonly state: FakeState = {
    callsDuringLoad: [],
    unimplemented: [],
    writes: 0,
    writesWithoutLock: 0,
    unlockedWrites: [],
    releasesWithPendingWrites: 0,
    flushes: 0,
    menus: [],
    sidebar: null,
    sidebars: [],
    modalDialogs: [],
    dialogs: [],
    dialogAnswers: [],
    toasts: [],
    logs: [],
    warnings: [],
    sleeps: [],
  };
  readonly boundary: Boundary;
  readonly files = new Map<string, string>();
  owner: string;
  user: string;
  /** People the file is shared with for editing; null: everyone who runs the script may edit. */
  editors: string[] | null;
  consumerAccount: boolean;
  scriptTimeZone: string;
  userLocale: string;
  realm: Realm = hostRealm;
  execution: Execution = { authMode: 'FULL', phase: 'run' };
  /** The lock object holding the document lock in this execution, if any. */
  lockHolder: object | null = null;
  /** Another execution (another user) holds the document lock. */
  lockHeldElsewhere = false;
  pendingWrites = 0;

  constructor(opts: CoreOptions) {
    this.owner = opts.owner;
    this.user = opts.user;
    this.editors = opts.editors;
    this.consumerAccount = opts.consumerAccount;
    this.scriptTimeZone = opts.timeZone;
    this.userLocale = opts.locale;
    this.boundary = new Boundary({
      beforeCall: (name) => this.beforeCall(name),
      missing: (name) => {
        if (!this.state.unimplemented.includes(name)) this.state.unimplemented.push(name);
      },
      realm: () => this.realm,
    });
  }

  private beforeCall(name: string): void {
    this.calls.record(name);
    if (this.execution.phase === 'load') this.state.callsDuringLoad.push(name);
    const mode = this.execution.authMode;
    if (mode === 'NONE' && !ALLOWED_WITHOUT_AUTH.has(name)) {
      throw exception(noPermission(name, scopeFor(name)));
    }
    if (mode === 'LIMITED' && NEEDS_FULL_AUTH.has(name)) {
      throw exception(noPermission(name, NEEDS_FULL_AUTH.get(name)));
    }
  }

  get userIsOwner(): boolean {
    return sameEmail(this.user, this.owner);
  }

  /** May the current user edit the file at all (before any protection)? */
  userCanEditFile(): boolean {
    if (this.userIsOwner) return true;
    return this.editors === null || this.editors.some((e) => sameEmail(e, this.user));
  }

  domainOf(email: string): string {
    return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  }

  /** A change to the spreadsheet, already allowed: counts it against the lock. */
  recordWrite(description: string): void {
    this.state.writes++;
    this.pendingWrites++;
    if (this.lockHolder === null) {
      this.state.writesWithoutLock++;
      if (this.state.unlockedWrites.length < 50) this.state.unlockedWrites.push(description);
    }
  }

  flush(): void {
    this.state.flushes++;
    this.pendingWrites = 0;
  }

  /** Starts an execution of the script (a trigger, a menu item, a google.script.run call). */
  beginExecution(authMode: AuthMode, phase: 'load' | 'run', realm: Realm): void {
    this.execution = { authMode, phase };
    this.realm = realm;
  }

  /** The script ended: Apps Script releases its locks and commits its changes. */
  endExecution(): void {
    this.lockHolder = null;
    this.pendingWrites = 0;
    this.execution = { authMode: 'FULL', phase: 'run' };
  }

  /** The email the script may see for the person running it (blank where Apps Script hides it). */
  visibleActiveUser(): string {
    const mode = this.execution.authMode;
    if (this.userIsOwner) return this.user;
    if (mode === 'NONE' || mode === 'LIMITED' || mode === 'CUSTOM_FUNCTION') {
      // No authorization by this user: a consumer account's identity is not shared.
      if (this.consumerAccount || this.domainOf(this.user) !== this.domainOf(this.owner)) return '';
    }
    return this.user;
  }

  log(record: LogRecord): void {
    this.state.logs.push(record);
  }

  warn(message: string): void {
    this.state.warnings.push(message);
  }
}

export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
