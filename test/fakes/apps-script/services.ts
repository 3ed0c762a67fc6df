import type { AppsScriptView } from './api';
/**
 * The services other than the spreadsheet itself: SpreadsheetApp (the entry point), Ui and Menu,
 * HtmlService, Session, LockService, PropertiesService, Utilities, Logger, console and ScriptApp.
 */
import type { ButtonName, FakeCore, MenuEntry, ShownHtml } from './core';
import { MESSAGES, exception, noHtmlFile, signatureMismatch } from './errors';
import {
  BorderStyle,
  ConditionalFormatRuleBuilder,
  DataValidationBuilder,
  DataValidationCriteria,
  Dimension,
  ProtectionType,
  Range,
  Sheet,
  User,
  WrapStrategy,
  type Spreadsheet,
} from './spreadsheet';
import { formatJavaDate, isDate } from './values';
import { TextStyleBuilder } from './text-style';

// ---------------------------------------------------------------------------------------------
// Ui

export const Button = Object.freeze({
  CLOSE: 'CLOSE',
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
} as const);

export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const);

const BUTTONS_OF: Record<string, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class Menu implements AppsScriptView<'GoogleAppsScript.Base.Menu'> {
  readonly _apiName = 'Menu';
  readonly _items: MenuEntry[] = [];
  constructor(
    readonly _core: FakeCore,
    readonly _caption: string,
    readonly _addon: boolean,
  ) {}
  addItem(caption: unknown, functionName: unknown): this {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw signatureMismatch('Menu.addItem', [caption, functionName]);
    }
    this._items.push({ kind: 'item', caption, functionName });
    return this;
  }
  addSeparator(): this {
    this._items.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: unknown): this {
    if (!(menu instanceof Menu)) throw signatureMismatch('Menu.addSubMenu', [menu]);
    this._items.push({ kind: 'submenu', caption: menu._caption, items: [...menu._items] });
    return this;
  }
  addToUi(): void {
    const menus = this._core.state.menus;
    const record = { caption: this._caption, addon: this._addon, items: [...this._items] };
    const at = menus.findIndex((m) => m.caption === this._caption && m.addon === this._addon);
    if (at >= 0) menus[at] = record;
    else menus.push(record);
  }
}

export class PromptResponse {
  readonly _apiName = 'PromptResponse';
  constructor(
    readonly _button: ButtonName,
    readonly _text: string,
  ) {}
  getResponseText(): string {
    return this._text;
  }
  getSelectedButton(): string {
    return this._button;
  }
}

export class Ui implements AppsScriptView<'GoogleAppsScript.Base.Ui'> {
  readonly _apiName = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(
    readonly _core: FakeCore,
    readonly _addonName: string,
  ) {}

  createMenu(caption: unknown): Menu {
    if (typeof caption !== 'string') throw signatureMismatch('Ui.createMenu', [caption]);
    return new Menu(this._core, caption, false);
  }
  createAddonMenu(): Menu {
    return new Menu(this._core, this._addonName, true);
  }

  private _shown(html: unknown, method: string, extra: unknown[] = []): ShownHtml {
    if (!(html instanceof HtmlOutput)) throw signatureMismatch(`Ui.${method}`, [html, ...extra]);
    return { title: html._title, html: html._content, width: html._width, height: html._height };
  }
  showSidebar(userInterface: unknown): void {
    const shown = this._shown(userInterface, 'showSidebar');
    this._core.state.sidebar = shown;
    this._core.state.sidebars.push(shown);
  }
  showModalDialog(userInterface: unknown, title: unknown): void {
    const shown = this._shown(userInterface, 'showModalDialog', [title]);
    this._core.state.modalDialogs.push({ ...shown, title: String(title) });
  }
  showModelessDialog(userInterface: unknown, title: unknown): void {
    this.showModalDialog(userInterface, title);
  }

  private _dialog(kind: 'alert' | 'prompt', args: unknown[]): { button: ButtonName; text: string } {
    let title = '';
    let prompt: unknown;
    let buttons: unknown = kind === 'alert' ? 'OK' : 'OK';
    if (args.length === 1) [prompt] = args;
    else if (args.length === 2) [prompt, buttons] = args;
    else if (args.length === 3) [title, prompt, buttons] = args as [string, unknown, unknown];
    if (
      typeof prompt !== 'string' ||
      typeof title !== 'string' ||
      typeof buttons !== 'string' ||
      !BUTTONS_OF[buttons]
    ) {
      throw signatureMismatch(`Ui.${kind}`, args);
    }
    const queued = this._core.state.dialogAnswers.shift();
    const allowed = BUTTONS_OF[buttons];
    const button = queued?.button ?? allowed[0]!;
    const text = queued?.text ?? '';
    this._core.state.dialogs.push({
      kind,
      title,
      prompt,
      buttons,
      answer: button,
      ...(kind === 'prompt' ? { text } : {}),
    });
    return { button, text };
  }
  alert(...args: unknown[]): string {
    return this._dialog('alert', args).button;
  }
  prompt(...args: unknown[]): PromptResponse {
    const { button, text } = this._dialog('prompt', args);
    return new PromptResponse(button, text);
  }
}

// ---------------------------------------------------------------------------------------------
// HtmlService

export class HtmlOutput implements AppsScriptView<'GoogleAppsScript.HTML.HtmlOutput'> {
  readonly _apiName = 'HtmlOutput';
  _title = '';
  _width: number | null = null;
  _height: number | null = null;
  constructor(public _content: string) {}
  getContent(): string {
    return this._content;
  }
  setContent(content: unknown): this {
    this._content = String(content);
    return this;
  }
  append(addedContent: unknown): this {
    this._content += String(addedContent);
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: unknown): this {
    if (typeof title !== 'string') throw signatureMismatch('HtmlOutput.setTitle', [title]);
    this._title = title;
    return this;
  }
  setWidth(width: unknown): this {
    if (typeof width !== 'number') throw signatureMismatch('HtmlOutput.setWidth', [width]);
    this._width = width;
    return this;
  }
  getWidth(): number | null {
    return this._width;
  }
  setHeight(height: unknown): this {
    if (typeof height !== 'number') throw signatureMismatch('HtmlOutput.setHeight', [height]);
    this._height = height;
    return this;
  }
  getHeight(): number | null {
    return this._height;
  }
  setSandboxMode(_mode: unknown): this {
    return this;
  }
  setXFrameOptionsMode(_mode: unknown): this {
    return this;
  }
  setFaviconUrl(_url: unknown): this {
    return this;
  }
  addMetaTag(_name: unknown, _content: unknown): this {
    return this;
  }
}

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export class HtmlTemplate {
  readonly _apiName = 'HtmlTemplate';
  /** Values a script assigns to the template (`t.plan = …`), visible to its scriptlets. */
  readonly _scriptVars = new Map<string, unknown>();
  constructor(
    readonly _core: FakeCore,
    readonly _source: string,
  ) {}

  _compileBody(): string {
    let body = 'var __out = "";\n';
    const re = /<\?(!?=)?([\s\S]*?)\?>/g;
    let last = 0;
    for (let m = re.exec(this._source); m; m = re.exec(this._source)) {
      body += `__out += ${JSON.stringify(this._source.slice(last, m.index))};\n`;
      const code = m[2]!;
      if (m[1] === '=') body += `__out += __esc(${code});\n`;
      else if (m[1] === '!=') body += `__out += __str(${code});\n`;
      else body += `${code}\n`;
      last = m.index + m[0].length;
    }
    body += `__out += ${JSON.stringify(this._source.slice(last))};\nreturn __out;`;
    return `with (__vars) {\n${body}\n}`;
  }
  getRawContent(): string {
    return this._source;
  }
  getCode(): string {
    return this._compileBody();
  }
  evaluate(): HtmlOutput {
    const fn = this._core.realm.compile(['__vars', '__esc', '__str'], this._compileBody());
    const vars: Record<string, unknown> = Object.fromEntries(this._scriptVars);
    const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
    const out = fn(vars, (v: unknown) => escapeHtml(str(v)), str);
    return new HtmlOutput(String(out));
  }
}

export class HtmlService implements AppsScriptView<'GoogleAppsScript.HTML.HtmlService'> {
  readonly _apiName = 'HtmlService';
  readonly SandboxMode = Object.freeze({
    IFRAME: 'IFRAME',
    NATIVE: 'NATIVE',
    EMULATED: 'EMULATED',
  });
  readonly XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });
  constructor(readonly _core: FakeCore) {}

  private _file(filename: unknown, method: string): string {
    if (typeof filename !== 'string') throw signatureMismatch(`HtmlService.${method}`, [filename]);
    const files = this._core.files;
    const content = files.get(filename) ?? files.get(filename.replace(/\.html$/, ''));
    if (content === undefined) throw exception(noHtmlFile(filename));
    return content;
  }
  createHtmlOutput(html?: unknown): HtmlOutput {
    return new HtmlOutput(html === undefined ? '' : String(html));
  }
  createHtmlOutputFromFile(filename: unknown): HtmlOutput {
    return new HtmlOutput(this._file(filename, 'createHtmlOutputFromFile'));
  }
  createTemplate(html: unknown): HtmlTemplate {
    return new HtmlTemplate(this._core, String(html));
  }
  createTemplateFromFile(filename: unknown): HtmlTemplate {
    return new HtmlTemplate(this._core, this._file(filename, 'createTemplateFromFile'));
  }
}

// ---------------------------------------------------------------------------------------------
// SpreadsheetApp

export class SpreadsheetApp implements AppsScriptView<'GoogleAppsScript.Spreadsheet.SpreadsheetApp'> {
  readonly _apiName = 'SpreadsheetApp';
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;
  readonly BorderStyle = BorderStyle;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly Dimension = Dimension;
  constructor(
    readonly _core: FakeCore,
    readonly _ss: Spreadsheet,
    readonly _ui: Ui,
  ) {}

  getActive(): Spreadsheet {
    return this._ss;
  }
  getActiveSpreadsheet(): Spreadsheet {
    return this._ss;
  }
  getActiveSheet(): Sheet {
    return this._ss.getActiveSheet();
  }
  getActiveRange(): Range {
    return this._ss.getActiveRange();
  }
  getCurrentCell(): Range {
    return this._ss.getActiveCell();
  }
  setActiveSheet(sheet: unknown): Sheet {
    return this._ss.setActiveSheet(sheet);
  }
  setActiveRange(range: unknown): Range {
    return this._ss.setActiveRange(range);
  }
  getUi(): Ui {
    return this._ui;
  }
  flush(): void {
    this._core.flush();
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder();
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder();
  }
  newTextStyle(): TextStyleBuilder {
    return new TextStyleBuilder();
  }
}

// ---------------------------------------------------------------------------------------------
// Session, LockService, PropertiesService

export class Session implements AppsScriptView<'GoogleAppsScript.Base.Session'> {
  readonly _apiName = 'Session';
  constructor(readonly _core: FakeCore) {}
  getActiveUser(): User {
    return new User(this._core.visibleActiveUser());
  }
  getEffectiveUser(): User {
    return new User(this._core.user);
  }
  getActiveUserLocale(): string {
    return this._core.userLocale.split('_')[0]!;
  }
  getScriptTimeZone(): string {
    return this._core.scriptTimeZone;
  }
  getTemporaryActiveUserKey(): string {
    return `key-${this._core.user.length}-${this._core.user.replace(/[^a-z0-9]/gi, '')}`;
  }
}

export class Lock implements AppsScriptView<'GoogleAppsScript.Lock.Lock'> {
  readonly _apiName = 'Lock';
  constructor(readonly _core: FakeCore) {}
  private _timeout(ms: unknown, method: string): void {
    if (typeof ms !== 'number' || !Number.isFinite(ms))
      throw signatureMismatch(`Lock.${method}`, [ms]);
  }
  hasLock(): boolean {
    return this._core.lockHolder === this;
  }
  /**
   * Not re-entrant across lock objects: a second LockService.getDocumentLock() in the same run
   * waits for the first, as another execution would (the docs say nothing either way).
   */
  tryLock(timeoutInMillis: unknown): boolean {
    this._timeout(timeoutInMillis, 'tryLock');
    const core = this._core;
    if (core.lockHolder === this) return true;
    if (core.lockHeldElsewhere || core.lockHolder !== null) return false;
    core.lockHolder = this;
    return true;
  }
  waitLock(timeoutInMillis: unknown): void {
    this._timeout(timeoutInMillis, 'waitLock');
    if (!this.tryLock(timeoutInMillis)) throw exception(MESSAGES.lockTimeout);
  }
  releaseLock(): void {
    const core = this._core;
    if (core.lockHolder !== this) return; // no effect when not held (documented)
    if (core.pendingWrites > 0) core.state.releasesWithPendingWrites++;
    core.lockHolder = null;
  }
}

export class LockService implements AppsScriptView<'GoogleAppsScript.Lock.LockService'> {
  readonly _apiName = 'LockService';
  constructor(readonly _core: FakeCore) {}
  getDocumentLock(): Lock {
    return new Lock(this._core);
  }
  getScriptLock(): Lock {
    return new Lock(this._core);
  }
  getUserLock(): Lock {
    return new Lock(this._core);
  }
}

const MAX_PROPERTY_VALUE = 9 * 1024;

export class Properties implements AppsScriptView<'GoogleAppsScript.Properties.Properties'> {
  readonly _apiName = 'Properties';
  constructor(readonly _store: Map<string, string>) {}
  getProperty(key: unknown): string | null {
    if (typeof key !== 'string') throw signatureMismatch('Properties.getProperty', [key]);
    return this._store.get(key) ?? null;
  }
  setProperty(key: unknown, value: unknown): this {
    if (typeof key !== 'string') throw signatureMismatch('Properties.setProperty', [key, value]);
    const v = String(value);
    if (v.length > MAX_PROPERTY_VALUE) throw exception('Argument too large: value');
    this._store.set(key, v);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }
  setProperties(properties: unknown, deleteAllOthers?: unknown): this {
    if (typeof properties !== 'object' || properties === null) {
      throw signatureMismatch('Properties.setProperties', [properties]);
    }
    if (deleteAllOthers === true) this._store.clear();
    for (const [k, v] of Object.entries(properties)) this.setProperty(k, v);
    return this;
  }
  getKeys(): string[] {
    return [...this._store.keys()];
  }
  deleteProperty(key: unknown): this {
    this._store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this._store.clear();
    return this;
  }
}

export class PropertiesService implements AppsScriptView<'GoogleAppsScript.Properties.PropertiesService'> {
  readonly _apiName = 'PropertiesService';
  constructor(
    readonly _document: Map<string, string>,
    readonly _script: Map<string, string>,
    readonly _users: Map<string, Map<string, string>>,
    readonly _core: FakeCore,
  ) {}
  getDocumentProperties(): Properties {
    return new Properties(this._document);
  }
  getScriptProperties(): Properties {
    return new Properties(this._script);
  }
  getUserProperties(): Properties {
    const key = this._core.user.toLowerCase();
    let store = this._users.get(key);
    if (!store) {
      store = new Map();
      this._users.set(key, store);
    }
    return new Properties(store);
  }
}

// ---------------------------------------------------------------------------------------------
// Utilities, Logger, console, ScriptApp

export class Utilities implements AppsScriptView<'GoogleAppsScript.Utilities.Utilities'> {
  readonly _apiName = 'Utilities';
  constructor(readonly _core: FakeCore) {}
  formatDate(date: unknown, timeZone: unknown, format: unknown): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureMismatch('Utilities.formatDate', [date, timeZone, format]);
    }
    return formatJavaDate(date, timeZone, format);
  }
  formatString(template: unknown, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%[sdf%]/g, (m) => (m === '%%' ? '%' : String(args[i++])));
  }
  sleep(milliseconds: unknown): void {
    if (typeof milliseconds !== 'number')
      throw signatureMismatch('Utilities.sleep', [milliseconds]);
    this._core.state.sleeps.push(milliseconds);
  }
  getUuid(): string {
    const hex = (n: number) =>
      Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
  }
}

function formatLog(args: unknown[]): string {
  const show = (v: unknown): string => {
    if (typeof v === 'string') return v;
    if (isDate(v)) return v.toString();
    try {
      return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
    } catch {
      return String(v);
    }
  };
  const [first, ...rest] = args;
  if (typeof first === 'string' && /%[sd]/.test(first)) {
    let i = 0;
    return first.replace(/%[sd]/g, () => show(rest[i++]));
  }
  return args.map(show).join(' ');
}

export class Logger {
  readonly _apiName = 'Logger';
  constructor(readonly _core: FakeCore) {}
  log(...args: unknown[]): this {
    this._core.log({ source: 'Logger', level: 'log', message: formatLog(args) });
    return this;
  }
  getLog(): string {
    return this._core.state.logs
      .filter((l) => l.source === 'Logger')
      .map((l) => l.message)
      .join('\n');
  }
  clear(): void {
    this._core.state.logs = this._core.state.logs.filter((l) => l.source !== 'Logger');
  }
}

/** A capturing console: nothing reaches the test runner's output. Not counted as service calls. */
export function makeConsole(core: FakeCore): Record<string, (...args: unknown[]) => void> {
  const at =
    (level: 'log' | 'info' | 'warn' | 'error' | 'debug') =>
    (...args: unknown[]) =>
      core.log({ source: 'console', level, message: formatLog(args) });
  return {
    log: at('log'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    debug: at('debug'),
  };
}

export const AuthMode = Object.freeze({
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const);

export class ScriptApp {
  readonly _apiName = 'ScriptApp';
  readonly AuthMode = AuthMode;
  constructor(readonly _scriptId: string) {}
  getScriptId(): string {
    return this._scriptId;
  }
  getProjectTriggers(): unknown[] {
    return [];
  }
}

export { Range, Sheet };
