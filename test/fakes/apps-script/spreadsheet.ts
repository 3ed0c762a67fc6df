import type { AppsScriptView } from './api';
import type { EmbeddedChart } from './charts';
import { EmbeddedChartBuilder } from './charts';
import { RangeList } from './range-list';
import { TextStyle } from './text-style';
/**
 * An in-memory spreadsheet behind SpreadsheetApp: Spreadsheet, Sheet, Range, Protection, User and
 * the data-validation and conditional-format builders. As strict as the real service where its
 * behaviour is documented: 1-based coordinates checked against the grid, 2D arrays checked against
 * the range's shape, typed input parsed as Sheets parses it, limits enforced, and every change
 * refused with the real message when the current user may not edit the cells it touches.
 */
import {
  cellA1,
  containsRect,
  contains,
  intersects,
  parseA1,
  quoteSheetName,
  rectA1,
  type Rect,
} from './a1';
import { sameEmail, type FakeCore } from './core';
import {
  MESSAGES,
  columnsMismatch,
  exception,
  rowsMismatch,
  sheetNameTaken,
  signatureMismatch,
} from './errors';
import {
  AUTOMATIC_FORMAT,
  displayText,
  isDate,
  isValidTimeZone,
  typedValue,
  wallClock,
  type Stored,
} from './values';

export type CellValue = Stored;
/** What getValues returns for one cell: '' for an empty one. */
export type ReadValue = Stored | '';

const MAX_CELLS = 10_000_000;
const MAX_CELL_CHARS = 50_000;
const MAX_LIST_ITEMS = 500;

interface Border {
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color: string | null;
  style: string | null;
}

interface Cell {
  value: ReadValue;
  formula: string;
  format: string;
  background?: string;
  fontColor?: string;
  fontFamily?: string;
  fontSize?: number;
  fontWeight?: string;
  fontStyle?: string;
  fontLine?: string;
  hAlign?: string;
  vAlign?: string;
  wrapStrategy?: string;
  note?: string;
  validation?: DataValidation;
  border?: Border;
}

type Attr = Exclude<keyof Cell, 'value' | 'formula'>;

const DEFAULTS = {
  format: AUTOMATIC_FORMAT,
  background: '#ffffff',
  fontColor: '#000000',
  fontFamily: 'Arial',
  fontSize: 10,
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontLine: 'none',
  hAlign: 'general',
  vAlign: 'bottom',
  wrapStrategy: 'OVERFLOW',
  note: '',
} as const;

export const ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' } as const);
export const WrapStrategy = Object.freeze({
  WRAP: 'WRAP',
  OVERFLOW: 'OVERFLOW',
  CLIP: 'CLIP',
} as const);
export const BorderStyle = Object.freeze({
  DOTTED: 'DOTTED',
  DASHED: 'DASHED',
  SOLID: 'SOLID',
  SOLID_MEDIUM: 'SOLID_MEDIUM',
  SOLID_THICK: 'SOLID_THICK',
  DOUBLE: 'DOUBLE',
} as const);
export const DataValidationCriteria = Object.freeze({
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CHECKBOX: 'CHECKBOX',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const);
export const Dimension = Object.freeze({ COLUMNS: 'COLUMNS', ROWS: 'ROWS' } as const);

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  gray: '#808080',
  grey: '#808080',
  orange: '#ffa500',
};

export function normalizeColor(c: string): string {
  const s = c.trim().toLowerCase();
  if (NAMED_COLORS[s]) return NAMED_COLORS[s];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return s;
}

function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** Apps Script turns a JS number argument into a Java int: fractions are dropped. */
function int(n: number): number {
  return Math.trunc(n);
}

function is2D(v: unknown): v is unknown[][] {
  return Array.isArray(v) && v.every((row) => Array.isArray(row));
}

function normalizeFormula(f: string): string {
  // Sheets stores function names in capitals: =sum(a1) reads back as =SUM(a1).
  return f
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /([A-Za-z_][A-Za-z0-9_.]*)(\s*\()/g,
            (_m, name: string, p: string) => name.toUpperCase() + p,
          ),
    )
    .join('"');
}

// ---------------------------------------------------------------------------------------------
// User

export class User implements AppsScriptView<'GoogleAppsScript.Base.User'> {
  readonly _apiName = 'User';
  constructor(readonly _email: string) {}
  getEmail(): string {
    return this._email;
  }
  toString(): string {
    return this._email;
  }
}

// ---------------------------------------------------------------------------------------------
// Data validation

export class DataValidation implements AppsScriptView<'GoogleAppsScript.Spreadsheet.DataValidation'> {
  readonly _apiName = 'DataValidation';
  constructor(
    readonly _criteria: string,
    readonly _values: readonly unknown[],
    readonly _allowInvalid: boolean,
    readonly _helpText: string,
  ) {}
  getCriteriaType(): string {
    return this._criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this._values];
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getHelpText(): string {
    return this._helpText;
  }
  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder();
    b._criteria = this._criteria;
    b._values = [...this._values];
    b._allowInvalid = this._allowInvalid;
    b._helpText = this._helpText;
    return b;
  }
}

export class DataValidationBuilder implements AppsScriptView<'GoogleAppsScript.Spreadsheet.DataValidationBuilder'> {
  readonly _apiName = 'DataValidationBuilder';
  _criteria: string | null = null;
  _values: unknown[] = [];
  _allowInvalid = true;
  _helpText = '';

  private _set(criteria: string, values: unknown[]): this {
    this._criteria = criteria;
    this._values = values;
    return this;
  }
  requireValueInList(values: unknown, showDropdown?: unknown): this {
    if (
      !Array.isArray(values) ||
      (showDropdown !== undefined && typeof showDropdown !== 'boolean')
    ) {
      throw signatureMismatch(
        'SpreadsheetApp.DataValidationBuilder.requireValueInList',
        [values, showDropdown].filter((x) => x !== undefined),
      );
    }
    return this._set(DataValidationCriteria.VALUE_IN_LIST, [
      values.map(String),
      showDropdown ?? true,
    ]);
  }
  requireValueInRange(range: unknown, showDropdown?: unknown): this {
    if (!(range instanceof Range)) {
      throw signatureMismatch('SpreadsheetApp.DataValidationBuilder.requireValueInRange', [range]);
    }
    return this._set(DataValidationCriteria.VALUE_IN_RANGE, [range, showDropdown ?? true]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    return this._set(DataValidationCriteria.CHECKBOX, values);
  }
  requireNumberBetween(start: number, end: number): this {
    return this._set(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._set(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this._set(DataValidationCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, [n]);
  }
  requireDate(): this {
    return this._set(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }
  requireTextIsEmail(): this {
    return this._set(DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this._set(DataValidationCriteria.CUSTOM_FORMULA, [formula]);
  }
  setAllowInvalid(allowInvalidData: unknown): this {
    if (typeof allowInvalidData !== 'boolean') {
      throw signatureMismatch('SpreadsheetApp.DataValidationBuilder.setAllowInvalid', [
        allowInvalidData,
      ]);
    }
    this._allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): this {
    this._helpText = String(helpText);
    return this;
  }
  getCriteriaType(): string | null {
    return this._criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this._values];
  }
  build(): DataValidation {
    if (this._criteria === null)
      throw exception('You must specify a criteria for the data validation rule.');
    return new DataValidation(this._criteria, this._values, this._allowInvalid, this._helpText);
  }
}

// ---------------------------------------------------------------------------------------------
// Conditional format rules

export interface ConditionalFormat {
  condition: string;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export class ConditionalFormatRule implements AppsScriptView<'GoogleAppsScript.Spreadsheet.ConditionalFormatRule'> {
  readonly _apiName = 'ConditionalFormatRule';
  constructor(
    readonly _format: ConditionalFormat,
    readonly _ranges: readonly Range[],
  ) {}
  getRanges(): Range[] {
    return [...this._ranges];
  }
  copy(): ConditionalFormatRuleBuilder {
    const b = new ConditionalFormatRuleBuilder();
    b._format = { ...this._format };
    b._ranges = [...this._ranges];
    return b;
  }
  /** Not a real method: the condition and style, for tests. */
  _describe(): ConditionalFormat & { ranges: string[] } {
    return { ...this._format, ranges: this._ranges.map((r) => r._qualifiedA1()) };
  }
}

export class ConditionalFormatRuleBuilder implements AppsScriptView<'GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder'> {
  readonly _apiName = 'ConditionalFormatRuleBuilder';
  _format: ConditionalFormat = {
    condition: '',
    values: [],
    background: null,
    fontColor: null,
    bold: null,
    italic: null,
    strikethrough: null,
    underline: null,
  };
  _ranges: Range[] = [];

  private _when(condition: string, values: unknown[]): this {
    this._format.condition = condition;
    this._format.values = values;
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    return this._when('CUSTOM_FORMULA', [formula]);
  }
  whenCellEmpty(): this {
    return this._when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this._when('CELL_NOT_EMPTY', []);
  }
  whenTextEqualTo(text: string): this {
    return this._when('TEXT_EQ', [text]);
  }
  whenTextContains(text: string): this {
    return this._when('TEXT_CONTAINS', [text]);
  }
  whenNumberEqualTo(n: number): this {
    return this._when('NUMBER_EQ', [n]);
  }
  whenNumberGreaterThan(n: number): this {
    return this._when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: number): this {
    return this._when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberBetween(a: number, b: number): this {
    return this._when('NUMBER_BETWEEN', [a, b]);
  }
  setBackground(color: string | null): this {
    this._format.background = color === null ? null : normalizeColor(color);
    return this;
  }
  setFontColor(color: string | null): this {
    this._format.fontColor = color === null ? null : normalizeColor(color);
    return this;
  }
  setBold(bold: boolean | null): this {
    this._format.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this._format.italic = italic;
    return this;
  }
  setStrikethrough(s: boolean | null): this {
    this._format.strikethrough = s;
    return this;
  }
  setUnderline(u: boolean | null): this {
    this._format.underline = u;
    return this;
  }
  setRanges(ranges: unknown): this {
    if (!Array.isArray(ranges) || !ranges.every((r) => r instanceof Range)) {
      throw signatureMismatch('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', [ranges]);
    }
    this._ranges = [...ranges];
    return this;
  }
  getRanges(): Range[] {
    return [...this._ranges];
  }
  build(): ConditionalFormatRule {
    if (this._format.condition === '') {
      throw exception('Conditional format rule must have a condition.');
    }
    return new ConditionalFormatRule({ ...this._format }, [...this._ranges]);
  }
}

// ---------------------------------------------------------------------------------------------
// Protection

export class Protection implements AppsScriptView<'GoogleAppsScript.Spreadsheet.Protection'> {
  readonly _apiName = 'Protection';
  _description = '';
  _warningOnly = false;
  _domainEdit: boolean;
  /**
   * Until the script changes the editors (or domain edit), a new protection mirrors the
   * spreadsheet's own permissions: it protects nothing (Range.protect docs).
   */
  _mirrorsFile = true;
  _editors: string[] = [];
  _unprotected: Rect[] = [];
  _removed = false;

  constructor(
    readonly _ss: Spreadsheet,
    readonly _type: 'RANGE' | 'SHEET',
    public _sheet: Sheet,
    public _rect: Rect | null,
  ) {
    this._domainEdit = !_ss._core.consumerAccount;
  }

  private get _c(): FakeCore {
    return this._ss._core;
  }

  /** Does this protection let `email` edit the cells it covers? */
  _allows(email: string): boolean {
    if (this._removed || this._warningOnly) return true;
    if (sameEmail(email, this._c.owner)) return true;
    if (this._mirrorsFile) return this._c.userCanEditFile();
    if (this._editors.some((e) => sameEmail(e, email))) return true;
    return (
      this._domainEdit &&
      !this._c.consumerAccount &&
      this._c.domainOf(email) === this._c.domainOf(this._c.owner)
    );
  }

  /** Does it cover cells of `rect` on `sheet` (outside its unprotected ranges)? */
  _covers(sheet: Sheet, rect: Rect): boolean {
    if (this._removed || sheet !== this._sheet) return false;
    if (this._type === 'RANGE') return this._rect !== null && intersects(this._rect, rect);
    if (this._unprotected.length === 0) return true;
    if (this._unprotected.some((u) => containsRect(u, rect))) return false;
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
        if (!this._unprotected.some((u) => contains(u, r, c))) return true;
      }
    }
    return false;
  }

  private _assertCanChange(): void {
    if (!this.canEdit()) throw exception(MESSAGES.protectedCell);
    this._c.recordWrite(`Protection change on ${quoteSheetName(this._sheet._name)}`);
  }

  /** The first change to the editors ends the mirroring of the file's permissions. */
  private _materialize(): void {
    if (!this._mirrorsFile) return;
    this._mirrorsFile = false;
    const initial = [this._c.owner, this._c.user, ...(this._c.editors ?? [])];
    this._editors = [];
    for (const e of initial) if (!this._editors.some((x) => sameEmail(x, e))) this._editors.push(e);
  }

  private _emails(v: unknown, method: string): string[] {
    const one = (x: unknown): string => {
      if (typeof x === 'string') return x;
      if (x instanceof User) return x._email;
      throw signatureMismatch(`SpreadsheetApp.Protection.${method}`, [v]);
    };
    return Array.isArray(v) ? v.map(one) : [one(v)];
  }

  addEditor(emailOrUser: unknown): this {
    this._assertCanChange();
    this._materialize();
    for (const e of this._emails(emailOrUser, 'addEditor')) {
      if (!this._editors.some((x) => sameEmail(x, e))) this._editors.push(e);
    }
    return this;
  }
  addEditors(emailAddresses: unknown): this {
    if (!Array.isArray(emailAddresses))
      throw signatureMismatch('SpreadsheetApp.Protection.addEditors', [emailAddresses]);
    return this.addEditor(emailAddresses);
  }
  removeEditor(emailOrUser: unknown): this {
    this._assertCanChange();
    this._materialize();
    const gone = this._emails(emailOrUser, 'removeEditor');
    // The owner always keeps access; the user running the script is not removed from under it.
    this._editors = this._editors.filter(
      (e) =>
        sameEmail(e, this._c.owner) ||
        sameEmail(e, this._c.user) ||
        !gone.some((g) => sameEmail(g, e)),
    );
    return this;
  }
  removeEditors(emailAddresses: unknown): this {
    if (!Array.isArray(emailAddresses))
      throw signatureMismatch('SpreadsheetApp.Protection.removeEditors', [emailAddresses]);
    return this.removeEditor(emailAddresses);
  }
  getEditors(): User[] {
    const list = this._mirrorsFile
      ? [this._c.owner, ...(this._c.editors ?? [this._c.user])]
      : this._editors;
    const out: string[] = [];
    for (const e of list) if (!out.some((x) => sameEmail(x, e))) out.push(e);
    return out.map((e) => new User(e));
  }
  canEdit(): boolean {
    return (
      sameEmail(this._c.user, this._c.owner) || (!this._removed && this._allowsStrict(this._c.user))
    );
  }
  private _allowsStrict(email: string): boolean {
    if (this._mirrorsFile) return this._c.userCanEditFile();
    if (this._editors.some((e) => sameEmail(e, email))) return true;
    return (
      this._domainEdit &&
      !this._c.consumerAccount &&
      this._c.domainOf(email) === this._c.domainOf(this._c.owner)
    );
  }
  canDomainEdit(): boolean {
    return !this._c.consumerAccount && this._domainEdit;
  }
  setDomainEdit(editable: unknown): this {
    if (typeof editable !== 'boolean')
      throw signatureMismatch('SpreadsheetApp.Protection.setDomainEdit', [editable]);
    if (this._c.consumerAccount) throw exception(MESSAGES.domainEditConsumer);
    this._assertCanChange();
    this._materialize();
    this._domainEdit = editable;
    return this;
  }
  getDescription(): string {
    return this._description;
  }
  setDescription(description: unknown): this {
    this._assertCanChange();
    this._description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this._warningOnly;
  }
  setWarningOnly(warningOnly: unknown): this {
    if (typeof warningOnly !== 'boolean')
      throw signatureMismatch('SpreadsheetApp.Protection.setWarningOnly', [warningOnly]);
    this._assertCanChange();
    this._warningOnly = warningOnly;
    return this;
  }
  getProtectionType(): string {
    return this._type;
  }
  getRange(): Range {
    if (this._type === 'SHEET' || this._rect === null) return this._sheet._fullRange();
    return new Range(this._sheet, this._rect);
  }
  setRange(range: unknown): this {
    if (!(range instanceof Range))
      throw signatureMismatch('SpreadsheetApp.Protection.setRange', [range]);
    this._assertCanChange();
    if (this._type === 'RANGE') {
      this._sheet = range._sheet;
      this._rect = range._rect();
    }
    return this;
  }
  getUnprotectedRanges(): Range[] {
    return this._unprotected.map((r) => new Range(this._sheet, r));
  }
  setUnprotectedRanges(ranges: unknown): this {
    if (!Array.isArray(ranges) || !ranges.every((r) => r instanceof Range)) {
      throw signatureMismatch('SpreadsheetApp.Protection.setUnprotectedRanges', [ranges]);
    }
    this._assertCanChange();
    if (this._type !== 'SHEET') throw exception(MESSAGES.unprotectedRangesOnRange);
    if (ranges.some((r: Range) => r._sheet !== this._sheet)) {
      throw exception(MESSAGES.unprotectedRangeOtherSheet);
    }
    this._unprotected = ranges.map((r: Range) => r._rect());
    return this;
  }
  getRangeName(): string | null {
    return null;
  }
  remove(): void {
    this._assertCanChange();
    this._removed = true;
    this._ss._protections = this._ss._protections.filter((p) => p !== this);
  }
}

// ---------------------------------------------------------------------------------------------
// Filter

export class Filter implements AppsScriptView<'GoogleAppsScript.Spreadsheet.Filter'> {
  readonly _apiName = 'Filter';
  constructor(
    readonly _sheet: Sheet,
    public _rect: Rect,
  ) {}
  getRange(): Range {
    return new Range(this._sheet, this._rect);
  }
  remove(): void {
    this._sheet._ss._assertCanEdit(this._sheet, this._rect, 'Filter.remove');
    this._sheet._filter = null;
  }
}

// ---------------------------------------------------------------------------------------------
// Spreadsheet

export interface SpreadsheetInit {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  formulaResult?: (
    formula: string,
    where: { sheet: string; row: number; column: number },
  ) => ReadValue;
}

export class Spreadsheet implements AppsScriptView<'GoogleAppsScript.Spreadsheet.Spreadsheet'> {
  readonly _apiName = 'Spreadsheet';
  _sheets: Sheet[] = [];
  _protections: Protection[] = [];
  _active: Sheet | null = null;
  _activeRange: Range | null = null;
  _name: string;
  _timeZone: string;
  _locale: string;
  _nextSheetId = 0;
  readonly _formulaResult: SpreadsheetInit['formulaResult'];

  constructor(
    readonly _core: FakeCore,
    readonly _init: SpreadsheetInit,
  ) {
    this._name = _init.name;
    this._timeZone = _init.timeZone;
    this._locale = _init.locale;
    this._formulaResult = _init.formulaResult;
  }

  // ---- internal ------------------------------------------------------------------------------

  _cellCount(): number {
    return this._sheets.reduce((n, s) => n + s._maxRows * s._maxColumns, 0);
  }

  _assertCellBudget(extra: number): void {
    if (this._cellCount() + extra > MAX_CELLS) throw exception(MESSAGES.tooManyCells);
  }

  _defaultSheetBase(): string {
    return this._locale.startsWith('vi') ? 'Trang tính' : 'Sheet';
  }

  _nameTaken(name: string, except?: Sheet): boolean {
    return this._sheets.some((s) => s !== except && s._name.toLowerCase() === name.toLowerCase());
  }

  _addSheet(name: string, index: number, maxRows = 1000, maxColumns = 26): Sheet {
    const sheet = new Sheet(
      this,
      this._nextSheetId === 0 ? 0 : 1000000 + this._nextSheetId * 7919,
      name,
      maxRows,
      maxColumns,
    );
    this._nextSheetId++;
    this._sheets.splice(index, 0, sheet);
    return sheet;
  }

  /** Throws unless the current user may change these cells. */
  _assertCanEdit(sheet: Sheet, rect: Rect, what: string): void {
    const core = this._core;
    if (!core.userCanEditFile()) throw exception(MESSAGES.noFileEditAccess);
    if (!core.userIsOwner) {
      for (const p of this._protections) {
        if (!p._allows(core.user) && p._covers(sheet, rect))
          throw exception(MESSAGES.protectedCell);
      }
    }
    core.recordWrite(`${what} ${quoteSheetName(sheet._name)}!${rectA1(rect)}`);
  }

  /** Structure (rows, columns, name, visibility) of a sheet: refused under a sheet protection. */
  _assertCanEditStructure(
    sheet: Sheet,
    what: string,
    rows?: { from: number; count: number },
  ): void {
    const core = this._core;
    if (!core.userCanEditFile()) throw exception(MESSAGES.noFileEditAccess);
    if (!core.userIsOwner) {
      for (const p of this._protections) {
        if (p._removed || p._sheet !== sheet || p._allows(core.user)) continue;
        if (p._type === 'SHEET') throw exception(MESSAGES.protectedCell);
        if (
          rows &&
          p._rect &&
          p._rect.row < rows.from + rows.count &&
          rows.from < p._rect.row + p._rect.numRows
        ) {
          throw exception(MESSAGES.protectedCell);
        }
      }
    }
    core.recordWrite(`${what} ${quoteSheetName(sheet._name)}`);
  }

  _sheetByNameExact(name: string): Sheet | null {
    return this._sheets.find((s) => s._name === name) ?? null;
  }

  _activeSheet(): Sheet {
    if (this._active && this._sheets.includes(this._active)) return this._active;
    this._active = this._sheets.find((s) => !s._hidden) ?? this._sheets[0]!;
    return this._active;
  }

  // ---- API -----------------------------------------------------------------------------------

  getId(): string {
    return this._init.id;
  }
  getName(): string {
    return this._name;
  }
  rename(newName: string): void {
    this._name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._init.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    if (!isValidTimeZone(timezone)) throw exception(`Invalid argument: timezone`);
    this._timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this._locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._locale = String(locale);
  }
  getOwner(): User {
    return new User(this._core.owner);
  }
  getEditors(): User[] {
    const list = [this._core.owner, ...(this._core.editors ?? [this._core.user])];
    const out: string[] = [];
    for (const e of list) if (!out.some((x) => sameEmail(x, e))) out.push(e);
    return out.map((e) => new User(e));
  }
  addEditor(emailOrUser: string | User): this {
    if (!this._core.userCanEditFile()) throw exception(MESSAGES.noFileEditAccess);
    const email = emailOrUser instanceof User ? emailOrUser._email : String(emailOrUser);
    this._core.editors ??= [this._core.user];
    if (!this._core.editors.some((e) => sameEmail(e, email))) this._core.editors.push(email);
    return this;
  }
  getSheets(): Sheet[] {
    return [...this._sheets];
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    if (typeof name !== 'string')
      throw signatureMismatch('SpreadsheetApp.Spreadsheet.getSheetByName', [name]);
    return this._sheetByNameExact(name);
  }
  getSheetById(id: number): Sheet | null {
    return this._sheets.find((s) => s._id === id) ?? null;
  }
  getActiveSheet(): Sheet {
    return this._activeSheet();
  }
  setActiveSheet(sheet: unknown, _restoreSelection?: boolean): Sheet {
    if (!(sheet instanceof Sheet))
      throw signatureMismatch('SpreadsheetApp.Spreadsheet.setActiveSheet', [sheet]);
    this._active = sheet;
    this._activeRange = null;
    return sheet;
  }
  getActiveRange(): Range {
    const sheet = this._activeSheet();
    if (this._activeRange && this._activeRange._sheet === sheet) return this._activeRange;
    return new Range(sheet, { row: 1, column: 1, numRows: 1, numColumns: 1 });
  }
  getActiveCell(): Range {
    const r = this.getActiveRange();
    return new Range(r._sheet, { row: r._row, column: r._column, numRows: 1, numColumns: 1 });
  }
  getCurrentCell(): Range {
    return this.getActiveCell();
  }
  setActiveRange(range: unknown): Range {
    if (!(range instanceof Range))
      throw signatureMismatch('SpreadsheetApp.Spreadsheet.setActiveRange', [range]);
    this._active = range._sheet;
    this._activeRange = range;
    return range;
  }
  insertSheet(...args: unknown[]): Sheet {
    let name: string | null = null;
    let index: number | null = null;
    for (const a of args) {
      if (typeof a === 'string' && name === null && index === null) name = a;
      else if (typeof a === 'number' && index === null) index = int(a);
      else if (typeof a === 'object' && a !== null && !Array.isArray(a))
        continue; // options
      else throw signatureMismatch('SpreadsheetApp.Spreadsheet.insertSheet', args);
    }
    if (!this._core.userCanEditFile()) throw exception(MESSAGES.noFileEditAccess);
    if (name !== null && this._nameTaken(name)) throw exception(sheetNameTaken(name));
    if (index !== null && (index < 0 || index > this._sheets.length)) {
      throw exception(`The sheet index ${index} is out of range.`);
    }
    if (name === null) {
      let n = this._sheets.length + 1;
      while (this._nameTaken(`${this._defaultSheetBase()}${n}`)) n++;
      name = `${this._defaultSheetBase()}${n}`;
    }
    this._assertCellBudget(1000 * 26);
    // Without an index the new sheet goes right after the active one; it becomes active.
    const at = index ?? this._sheets.indexOf(this._activeSheet()) + 1;
    const sheet = this._addSheet(name, at);
    this._active = sheet;
    this._activeRange = null;
    this._core.recordWrite(`Spreadsheet.insertSheet ${quoteSheetName(name)}`);
    return sheet;
  }
  deleteSheet(sheet: unknown): void {
    if (!(sheet instanceof Sheet))
      throw signatureMismatch('SpreadsheetApp.Spreadsheet.deleteSheet', [sheet]);
    if (this._sheets.length === 1) throw exception(MESSAGES.removeAllSheets);
    this._assertCanEditStructure(sheet, 'Spreadsheet.deleteSheet');
    this._sheets = this._sheets.filter((s) => s !== sheet);
    this._protections = this._protections.filter((p) => p._sheet !== sheet);
    sheet._deleted = true;
    if (this._active === sheet) this._active = null;
  }
  getProtections(type: unknown): Protection[] {
    if (type !== 'RANGE' && type !== 'SHEET')
      throw signatureMismatch('SpreadsheetApp.Spreadsheet.getProtections', [type]);
    return this._protections.filter((p) => p._type === type);
  }
  getRange(a1Notation: unknown): Range {
    if (typeof a1Notation !== 'string')
      throw signatureMismatch('SpreadsheetApp.Spreadsheet.getRange', [a1Notation]);
    const parsed = parseA1(a1Notation);
    if (!parsed) throw exception(MESSAGES.rangeNotFound);
    const sheet =
      parsed.sheetName === null ? this._activeSheet() : this._sheetByNameExact(parsed.sheetName);
    if (!sheet) throw exception(MESSAGES.rangeNotFound);
    return sheet._rangeFromParsed(parsed);
  }
  getLastRow(): number {
    return this._activeSheet().getLastRow();
  }
  getLastColumn(): number {
    return this._activeSheet().getLastColumn();
  }
  getDataRange(): Range {
    return this._activeSheet().getDataRange();
  }
  toast(msg: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    this._core.state.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: typeof timeoutSeconds === 'number' ? timeoutSeconds : null,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Sheet

export class Sheet implements AppsScriptView<'GoogleAppsScript.Spreadsheet.Sheet'> {
  readonly _apiName = 'Sheet';
  _rows: (Cell | undefined)[][] = [];
  _merges: Rect[] = [];
  _borders: { rect: Rect; border: Border }[] = [];
  _frozenRows = 0;
  _frozenColumns = 0;
  _hidden = false;
  _deleted = false;
  _tabColor: string | null = null;
  _columnWidths = new Map<number, number>();
  _rowHeights = new Map<number, number>();
  _hiddenColumns = new Set<number>();
  _hiddenRows = new Set<number>();
  _conditionalRules: ConditionalFormatRule[] = [];
  _filter: Filter | null = null;
  _autoResized: number[] = [];
  _charts: EmbeddedChart[] = [];

  constructor(
    readonly _ss: Spreadsheet,
    readonly _id: number,
    public _name: string,
    public _maxRows: number,
    public _maxColumns: number,
  ) {}

  // ---- internal ------------------------------------------------------------------------------

  _cell(row: number, column: number): Cell | undefined {
    return this._rows[row - 1]?.[column - 1];
  }

  _cellForWrite(row: number, column: number): Cell {
    let line = this._rows[row - 1];
    if (!line) {
      line = [];
      this._rows[row - 1] = line;
    }
    let cell = line[column - 1];
    if (!cell) {
      cell = { value: '', formula: '', format: '' };
      line[column - 1] = cell;
    }
    return cell;
  }

  _fullRange(): Range {
    return new Range(this, {
      row: 1,
      column: 1,
      numRows: this._maxRows,
      numColumns: this._maxColumns,
    });
  }

  _checkBounds(rect: Rect): void {
    if (
      rect.row + rect.numRows - 1 > this._maxRows ||
      rect.column + rect.numColumns - 1 > this._maxColumns
    ) {
      throw exception(MESSAGES.outsideSheet);
    }
  }

  _rangeFromParsed(p: NonNullable<ReturnType<typeof parseA1>>): Range {
    const row = p.startRow ?? 1;
    const column = p.startColumn ?? 1;
    const endRow = p.endRow ?? this._maxRows;
    const endColumn = p.endColumn ?? this._maxColumns;
    const rect = { row, column, numRows: endRow - row + 1, numColumns: endColumn - column + 1 };
    this._checkBounds(rect);
    return new Range(this, rect);
  }

  _formulaValue(cell: Cell, row: number, column: number): ReadValue {
    const hook = this._ss._formulaResult;
    return hook ? hook(cell.formula, { sheet: this._name, row, column }) : '';
  }

  _readValue(row: number, column: number): ReadValue {
    const cell = this._cell(row, column);
    if (!cell) return '';
    if (cell.formula) return this._formulaValue(cell, row, column);
    return isDate(cell.value) ? new Date(cell.value.getTime()) : cell.value;
  }

  _lastRowWithContent(): number {
    for (let r = this._rows.length; r >= 1; r--) {
      const line = this._rows[r - 1];
      if (line?.some((c) => c && (c.value !== '' || c.formula !== ''))) return r;
    }
    return 0;
  }

  _lastColumnWithContent(): number {
    let last = 0;
    for (const line of this._rows) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) {
        const cell = line[c - 1];
        if (cell && (cell.value !== '' || cell.formula !== '')) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Moves everything that refers to rows or columns when some are inserted or deleted. */
  _shift(dim: 'row' | 'column', at: number, count: number): void {
    const move = (r: Rect): Rect | null => {
      const start = dim === 'row' ? r.row : r.column;
      const size = dim === 'row' ? r.numRows : r.numColumns;
      let s = start;
      let n = size;
      if (count > 0) {
        if (at <= start) s += count;
        else if (at < start + size) n += count;
      } else {
        const del = -count;
        const delEnd = at + del; // exclusive
        const end = start + size; // exclusive
        const keptBefore = Math.max(0, Math.min(end, at) - start);
        const keptAfter = Math.max(0, end - Math.max(start, delEnd));
        n = keptBefore + keptAfter;
        s = start < at ? start : Math.max(at, start - del);
        if (n === 0) return null;
      }
      return dim === 'row' ? { ...r, row: s, numRows: n } : { ...r, column: s, numColumns: n };
    };
    const moveAll = (list: Rect[]): Rect[] => list.map(move).filter((r): r is Rect => r !== null);
    this._merges = moveAll(this._merges);
    this._borders = this._borders
      .map((b) => ({ ...b, rect: move(b.rect) }))
      .filter((b): b is { rect: Rect; border: Border } => b.rect !== null);
    for (const p of this._ss._protections) {
      if (p._sheet !== this) continue;
      p._unprotected = moveAll(p._unprotected);
      if (p._type === 'RANGE' && p._rect) {
        const r = move(p._rect);
        if (r === null) p._removed = true;
        else p._rect = r;
      }
    }
    this._ss._protections = this._ss._protections.filter((p) => !p._removed);
    if (this._filter) {
      const r = move(this._filter._rect);
      if (r === null) this._filter = null;
      else this._filter._rect = r;
    }
    this._conditionalRules = this._conditionalRules.map(
      (rule) =>
        new ConditionalFormatRule(
          rule._format,
          rule._ranges
            .map((rg) => (rg._sheet === this ? move(rg._rect()) : rg._rect()))
            .map((r, i) => (r === null ? null : new Range(rule._ranges[i]!._sheet, r)))
            .filter((r): r is Range => r !== null),
        ),
    );
  }

  private _insertRowsAt(before: number, count: number, what: string): this {
    this._ss._assertCanEditStructure(this, what);
    this._ss._assertCellBudget(count * this._maxColumns);
    const blanks: (Cell | undefined)[][] = Array.from({ length: count }, () => []);
    if (before - 1 <= this._rows.length) this._rows.splice(before - 1, 0, ...blanks);
    this._maxRows += count;
    this._shift('row', before, count);
    return this;
  }

  private _insertColumnsAt(before: number, count: number, what: string): this {
    this._ss._assertCanEditStructure(this, what);
    this._ss._assertCellBudget(count * this._maxRows);
    for (const line of this._rows) {
      if (line && before - 1 <= line.length)
        line.splice(before - 1, 0, ...new Array<Cell | undefined>(count));
    }
    this._maxColumns += count;
    this._shift('column', before, count);
    return this;
  }

  private _checkPosition(pos: unknown, max: number, method: string, args: unknown[]): number {
    if (!isInt(pos)) throw signatureMismatch(`SpreadsheetApp.Sheet.${method}`, args);
    const p = int(pos);
    if (p < 1 || p > max) {
      throw exception(`Those ${/column/i.test(method) ? 'columns' : 'rows'} are out of bounds.`);
    }
    return p;
  }

  private _checkCount(n: unknown, method: string, args: unknown[]): number {
    if (n === undefined) return 1;
    if (!isInt(n)) throw signatureMismatch(`SpreadsheetApp.Sheet.${method}`, args);
    const c = int(n);
    if (c < 1)
      throw exception(
        `The number of ${method.toLowerCase().includes('column') ? 'columns' : 'rows'} must be at least 1.`,
      );
    return c;
  }

  // ---- API: identity and visibility ----------------------------------------------------------

  getName(): string {
    return this._name;
  }
  setName(name: unknown): this {
    if (typeof name !== 'string') throw signatureMismatch('SpreadsheetApp.Sheet.setName', [name]);
    if (name.trim() === '') throw exception('Sheet name cannot be empty.');
    if (this._ss._nameTaken(name, this)) throw exception(sheetNameTaken(name));
    this._ss._assertCanEditStructure(this, 'Sheet.setName');
    this._name = name;
    return this;
  }
  getSheetId(): number {
    return this._id;
  }
  getIndex(): number {
    return this._ss._sheets.indexOf(this) + 1;
  }
  getParent(): Spreadsheet {
    return this._ss;
  }
  activate(): this {
    this._ss._active = this;
    this._ss._activeRange = null;
    return this;
  }
  hideSheet(): this {
    const visible = this._ss._sheets.filter((s) => !s._hidden);
    if (!this._hidden && visible.length === 1) throw exception(MESSAGES.hideAllSheets);
    this._ss._assertCanEditStructure(this, 'Sheet.hideSheet');
    this._hidden = true;
    return this;
  }
  showSheet(): this {
    this._ss._assertCanEditStructure(this, 'Sheet.showSheet');
    this._hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  // ---- API: charts --------------------------------------------------------------------------

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this);
  }
  insertChart(chart: EmbeddedChart): void {
    this._ss._assertCanEditStructure(this, 'Sheet.insertChart');
    if (chart._inserted) throw exception('The chart is already inserted.');
    chart._inserted = true;
    this._charts.push(chart);
  }
  getCharts(): EmbeddedChart[] {
    return [...this._charts];
  }
  removeChart(chart: EmbeddedChart): void {
    this._ss._assertCanEditStructure(this, 'Sheet.removeChart');
    if (!this._charts.includes(chart)) throw exception('The chart is not on this sheet.');
    this._charts = this._charts.filter((c) => c !== chart);
  }

  setTabColor(color: string | null): this {
    this._ss._assertCanEditStructure(this, 'Sheet.setTabColor');
    this._tabColor = color === null ? null : normalizeColor(color);
    return this;
  }
  getTabColor(): string | null {
    return this._tabColor;
  }

  // ---- API: ranges ---------------------------------------------------------------------------

  getRange(...args: unknown[]): Range {
    if (args.length === 1) {
      const [a1] = args;
      if (typeof a1 !== 'string') throw signatureMismatch('SpreadsheetApp.Sheet.getRange', args);
      const parsed = parseA1(a1);
      if (!parsed || (parsed.sheetName !== null && parsed.sheetName !== this._name)) {
        throw exception(MESSAGES.rangeNotFound);
      }
      return this._rangeFromParsed(parsed);
    }
    if (args.length < 2 || args.length > 4 || !args.every(isInt)) {
      throw signatureMismatch('SpreadsheetApp.Sheet.getRange', args);
    }
    const [row, column, numRows = 1, numColumns = 1] = (args as number[]).map(int);
    if (row! < 1) throw exception(MESSAGES.startRowTooSmall);
    if (column! < 1) throw exception(MESSAGES.startColumnTooSmall);
    if (numRows < 1) throw exception(MESSAGES.rowsAtLeastOne);
    if (numColumns < 1) throw exception(MESSAGES.columnsAtLeastOne);
    const rect = { row: row!, column: column!, numRows, numColumns };
    this._checkBounds(rect);
    return new Range(this, rect);
  }
  getRangeList(a1Notations: unknown): RangeList {
    if (!Array.isArray(a1Notations) || !a1Notations.every((a) => typeof a === 'string'))
      throw signatureMismatch('SpreadsheetApp.Sheet.getRangeList', [a1Notations]);
    return new RangeList(a1Notations.map((a1: string) => this.getRange(a1)));
  }
  getDataRange(): Range {
    return new Range(this, {
      row: 1,
      column: 1,
      numRows: Math.max(1, this._lastRowWithContent()),
      numColumns: Math.max(1, this._lastColumnWithContent()),
    });
  }
  getLastRow(): number {
    return this._lastRowWithContent();
  }
  getLastColumn(): number {
    return this._lastColumnWithContent();
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxColumns;
  }
  getActiveRange(): Range {
    return this._ss._activeRange?._sheet === this
      ? this._ss._activeRange
      : new Range(this, { row: 1, column: 1, numRows: 1, numColumns: 1 });
  }

  // ---- API: rows and columns -----------------------------------------------------------------

  insertRowBefore(beforePosition: unknown): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: unknown): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: unknown, howMany: unknown): this {
    const args = [beforePosition, howMany];
    const p = this._checkPosition(beforePosition, this._maxRows, 'insertRowsBefore', args);
    return this._insertRowsAt(
      p,
      this._checkCount(howMany, 'insertRowsBefore', args),
      'Sheet.insertRowsBefore',
    );
  }
  insertRowsAfter(afterPosition: unknown, howMany: unknown): this {
    const args = [afterPosition, howMany];
    const p = this._checkPosition(afterPosition, this._maxRows, 'insertRowsAfter', args);
    return this._insertRowsAt(
      p + 1,
      this._checkCount(howMany, 'insertRowsAfter', args),
      'Sheet.insertRowsAfter',
    );
  }
  insertRows(rowIndex: unknown, numRows?: unknown): void {
    const args = numRows === undefined ? [rowIndex] : [rowIndex, numRows];
    const p = this._checkPosition(rowIndex, this._maxRows, 'insertRows', args);
    this._insertRowsAt(p, this._checkCount(numRows, 'insertRows', args), 'Sheet.insertRows');
  }
  insertColumnBefore(beforePosition: unknown): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: unknown): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: unknown, howMany: unknown): this {
    const args = [beforePosition, howMany];
    const p = this._checkPosition(beforePosition, this._maxColumns, 'insertColumnsBefore', args);
    return this._insertColumnsAt(
      p,
      this._checkCount(howMany, 'insertColumnsBefore', args),
      'Sheet.insertColumnsBefore',
    );
  }
  insertColumnsAfter(afterPosition: unknown, howMany: unknown): this {
    const args = [afterPosition, howMany];
    const p = this._checkPosition(afterPosition, this._maxColumns, 'insertColumnsAfter', args);
    return this._insertColumnsAt(
      p + 1,
      this._checkCount(howMany, 'insertColumnsAfter', args),
      'Sheet.insertColumnsAfter',
    );
  }
  insertColumns(columnIndex: unknown, numColumns?: unknown): void {
    const args = numColumns === undefined ? [columnIndex] : [columnIndex, numColumns];
    const p = this._checkPosition(columnIndex, this._maxColumns, 'insertColumns', args);
    this._insertColumnsAt(
      p,
      this._checkCount(numColumns, 'insertColumns', args),
      'Sheet.insertColumns',
    );
  }
  deleteRow(rowPosition: unknown): this {
    return this.deleteRows(rowPosition, 1);
  }
  deleteRows(rowPosition: unknown, howMany: unknown): this {
    const args = [rowPosition, howMany];
    const p = this._checkPosition(rowPosition, this._maxRows, 'deleteRows', args);
    const n = this._checkCount(howMany, 'deleteRows', args);
    if (p + n - 1 > this._maxRows) throw exception('Those rows are out of bounds.');
    if (n >= this._maxRows - this._frozenRows)
      throw exception("You can't delete all the rows on the sheet.");
    this._ss._assertCanEditStructure(this, 'Sheet.deleteRows', { from: p, count: n });
    this._rows.splice(p - 1, n);
    this._maxRows -= n;
    this._shift('row', p, -n);
    return this;
  }
  deleteColumn(columnPosition: unknown): this {
    return this.deleteColumns(columnPosition, 1);
  }
  deleteColumns(columnPosition: unknown, howMany: unknown): this {
    const args = [columnPosition, howMany];
    const p = this._checkPosition(columnPosition, this._maxColumns, 'deleteColumns', args);
    const n = this._checkCount(howMany, 'deleteColumns', args);
    if (p + n - 1 > this._maxColumns) throw exception('Those columns are out of bounds.');
    if (n >= this._maxColumns - this._frozenColumns)
      throw exception("You can't delete all the columns on the sheet.");
    this._ss._assertCanEditStructure(this, 'Sheet.deleteColumns');
    for (const line of this._rows) line?.splice(p - 1, n);
    this._maxColumns -= n;
    this._shift('column', p, -n);
    return this;
  }
  appendRow(rowContents: unknown): this {
    if (!Array.isArray(rowContents))
      throw signatureMismatch('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    const row = this._lastRowWithContent() + 1;
    const width = Math.max(1, rowContents.length);
    if (row > this._maxRows) {
      this._ss._assertCellBudget(this._maxColumns);
      this._maxRows = row;
    }
    if (width > this._maxColumns) {
      this._ss._assertCellBudget((width - this._maxColumns) * this._maxRows);
      this._maxColumns = width;
    }
    new Range(this, { row, column: 1, numRows: 1, numColumns: width })._writeValues(
      [rowContents.length ? rowContents : ['']],
      'Sheet.appendRow',
    );
    return this;
  }

  // ---- API: clearing -------------------------------------------------------------------------

  clear(options?: unknown): this {
    this._fullRange()._clear(options, 'Sheet.clear');
    return this;
  }
  clearContents(): this {
    this._fullRange().clearContent();
    return this;
  }
  clearFormats(): this {
    this._fullRange().clearFormat();
    return this;
  }
  clearNotes(): this {
    this._fullRange().clearNote();
    return this;
  }

  // ---- API: layout ---------------------------------------------------------------------------

  setFrozenRows(rows: unknown): void {
    if (!isInt(rows) || rows < 0)
      throw signatureMismatch('SpreadsheetApp.Sheet.setFrozenRows', [rows]);
    if (rows >= this._maxRows) throw exception("You can't freeze all visible rows on the sheet.");
    this._ss._assertCanEditStructure(this, 'Sheet.setFrozenRows');
    this._frozenRows = int(rows);
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setFrozenColumns(columns: unknown): void {
    if (!isInt(columns) || columns < 0)
      throw signatureMismatch('SpreadsheetApp.Sheet.setFrozenColumns', [columns]);
    if (columns >= this._maxColumns)
      throw exception("You can't freeze all visible columns on the sheet.");
    this._ss._assertCanEditStructure(this, 'Sheet.setFrozenColumns');
    this._frozenColumns = int(columns);
  }
  getFrozenColumns(): number {
    return this._frozenColumns;
  }
  setColumnWidth(columnPosition: unknown, width: unknown): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: unknown, numColumns: unknown, width: unknown): this {
    const args = [startColumn, numColumns, width];
    if (!isInt(startColumn) || !isInt(numColumns) || !isInt(width))
      throw signatureMismatch('SpreadsheetApp.Sheet.setColumnWidths', args);
    if (startColumn < 1 || startColumn + numColumns - 1 > this._maxColumns)
      throw exception(MESSAGES.outsideSheet);
    this._ss._assertCanEditStructure(this, 'Sheet.setColumnWidths');
    for (let c = int(startColumn); c < startColumn + numColumns; c++)
      this._columnWidths.set(c, int(width));
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this._columnWidths.get(columnPosition) ?? 100;
  }
  setRowHeight(rowPosition: unknown, height: unknown): this {
    return this.setRowHeights(rowPosition, 1, height);
  }
  setRowHeights(startRow: unknown, numRows: unknown, height: unknown): this {
    const args = [startRow, numRows, height];
    if (!isInt(startRow) || !isInt(numRows) || !isInt(height))
      throw signatureMismatch('SpreadsheetApp.Sheet.setRowHeights', args);
    if (startRow < 1 || startRow + numRows - 1 > this._maxRows)
      throw exception(MESSAGES.outsideSheet);
    this._ss._assertCanEditStructure(this, 'Sheet.setRowHeights');
    for (let r = int(startRow); r < startRow + numRows; r++) this._rowHeights.set(r, int(height));
    return this;
  }
  setRowHeightsForced(startRow: unknown, numRows: unknown, height: unknown): this {
    return this.setRowHeights(startRow, numRows, height);
  }
  getRowHeight(rowPosition: number): number {
    return this._rowHeights.get(rowPosition) ?? 21;
  }
  autoResizeColumn(columnPosition: unknown): this {
    return this.autoResizeColumns(columnPosition, 1);
  }
  autoResizeColumns(startColumn: unknown, numColumns: unknown): this {
    if (!isInt(startColumn) || !isInt(numColumns))
      throw signatureMismatch('SpreadsheetApp.Sheet.autoResizeColumns', [startColumn, numColumns]);
    if (startColumn < 1 || startColumn + numColumns - 1 > this._maxColumns)
      throw exception(MESSAGES.outsideSheet);
    this._ss._assertCanEditStructure(this, 'Sheet.autoResizeColumns');
    for (let c = int(startColumn); c < startColumn + numColumns; c++) this._autoResized.push(c);
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this._ss._assertCanEditStructure(this, 'Sheet.hideColumns');
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this._ss._assertCanEditStructure(this, 'Sheet.showColumns');
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenColumns.delete(c);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    this._ss._assertCanEditStructure(this, 'Sheet.hideRows');
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    this._ss._assertCanEditStructure(this, 'Sheet.showRows');
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._hiddenRows.delete(r);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._hiddenColumns.has(columnPosition);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this._hiddenRows.has(rowPosition);
  }
  /** Rows a filter hides: tests hide them with `_filterHiddenRows` (the fake has no filter criteria). */
  readonly _filterHiddenRows = new Set<number>();
  isRowHiddenByFilter(rowPosition: number): boolean {
    return this._filterHiddenRows.has(rowPosition);
  }
  setHiddenGridlines(_hideGridlines: boolean): this {
    return this;
  }

  // ---- API: protection, rules, filter --------------------------------------------------------

  protect(): Protection {
    // A protected sheet is protected once: protect() returns the existing protection.
    const existing = this._ss._protections.find((p) => p._type === 'SHEET' && p._sheet === this);
    if (existing) return existing;
    this._ss._assertCanEditStructure(this, 'Sheet.protect');
    const p = new Protection(this._ss, 'SHEET', this, null);
    this._ss._protections.push(p);
    return p;
  }
  getProtections(type: unknown): Protection[] {
    if (type !== 'RANGE' && type !== 'SHEET')
      throw signatureMismatch('SpreadsheetApp.Sheet.getProtections', [type]);
    return this._ss._protections.filter((p) => p._type === type && p._sheet === this);
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return [...this._conditionalRules];
  }
  setConditionalFormatRules(rules: unknown): void {
    if (!Array.isArray(rules) || !rules.every((r) => r instanceof ConditionalFormatRule)) {
      throw signatureMismatch('SpreadsheetApp.Sheet.setConditionalFormatRules', [rules]);
    }
    this._ss._assertCanEditStructure(this, 'Sheet.setConditionalFormatRules');
    // Replaces every rule on the sheet (documented).
    this._conditionalRules = [...rules];
  }
  clearConditionalFormatRules(): void {
    this._ss._assertCanEditStructure(this, 'Sheet.clearConditionalFormatRules');
    this._conditionalRules = [];
  }
  getFilter(): Filter | null {
    return this._filter;
  }
}

// ---------------------------------------------------------------------------------------------
// Range

const HALIGN = new Set(['left', 'center', 'right', 'normal', 'general']);
const VALIGN = new Set(['top', 'middle', 'bottom']);

export class Range implements AppsScriptView<'GoogleAppsScript.Spreadsheet.Range'> {
  readonly _apiName = 'Range';
  readonly _row: number;
  readonly _column: number;
  readonly _numRows: number;
  readonly _numColumns: number;

  constructor(
    readonly _sheet: Sheet,
    rect: Rect,
  ) {
    this._row = rect.row;
    this._column = rect.column;
    this._numRows = rect.numRows;
    this._numColumns = rect.numColumns;
  }

  // ---- internal ------------------------------------------------------------------------------

  private get _book(): Spreadsheet {
    return this._sheet._ss;
  }

  _rect(): Rect {
    return {
      row: this._row,
      column: this._column,
      numRows: this._numRows,
      numColumns: this._numColumns,
    };
  }

  _qualifiedA1(): string {
    return `${quoteSheetName(this._sheet._name)}!${rectA1(this._rect())}`;
  }

  private _each<T>(fn: (row: number, column: number, i: number, j: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this._numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this._numColumns; j++)
        line.push(fn(this._row + i, this._column + j, i, j));
      out.push(line);
    }
    return out;
  }

  /** Checks a 2D argument against the range's shape, with the real messages. */
  private _checkShape(values: unknown, method: string): unknown[][] {
    if (!is2D(values)) throw signatureMismatch(`SpreadsheetApp.Range.${method}`, [values]);
    if (values.length !== this._numRows)
      throw exception(rowsMismatch(values.length, this._numRows));
    for (const line of values) {
      if (line.length !== this._numColumns)
        throw exception(columnsMismatch(line.length, this._numColumns));
    }
    return values;
  }

  /** What a script's value becomes in a cell; throws on what Sheets refuses. */
  private _toCell(
    v: unknown,
    cell: Cell | undefined,
  ): { value: ReadValue; formula: string; format?: string } {
    if (v === null || v === undefined) return { value: '', formula: '' };
    if (typeof v === 'string') {
      if (v.length > MAX_CELL_CHARS) throw exception(MESSAGES.cellTooLong);
      if (v.startsWith('=') && v.length > 1) return { value: '', formula: normalizeFormula(v) };
      if (v.startsWith("'")) return { value: v.slice(1), formula: '' };
      if (cell?.format === '@') return { value: v, formula: '' };
      const typed = typedValue(v, this._book._locale, this._book._timeZone);
      const automatic = !cell || cell.format === '' || cell.format === AUTOMATIC_FORMAT;
      return typed.impliedFormat && automatic
        ? { value: typed.value, formula: '', format: typed.impliedFormat }
        : { value: typed.value, formula: '' };
    }
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) {
        this._book._core.warn(
          `${String(v)} written to ${this._qualifiedA1()}: Sheets stores it as text`,
        );
        return { value: String(v), formula: '' };
      }
      return { value: v, formula: '' };
    }
    if (typeof v === 'boolean') return { value: v, formula: '' };
    if (isDate(v)) {
      if (Number.isNaN(v.getTime())) {
        this._book._core.warn(`An invalid Date written to ${this._qualifiedA1()}`);
        return { value: '', formula: '' };
      }
      const automatic = !cell || cell.format === '' || cell.format === AUTOMATIC_FORMAT;
      if (!automatic) return { value: new Date(v.getTime()), formula: '' };
      const w = wallClock(v.getTime(), this._book._timeZone);
      const midnight = w.hour === 0 && w.minute === 0 && w.second === 0;
      const li = this._book._locale.startsWith('en_US')
        ? ['M/d/yyyy', 'M/d/yyyy H:mm:ss']
        : ['dd/MM/yyyy', 'dd/MM/yyyy HH:mm:ss'];
      return { value: new Date(v.getTime()), formula: '', format: midnight ? li[0]! : li[1]! };
    }
    this._book._core.warn(
      `An object written to ${this._qualifiedA1()} became the text "${String(v)}"`,
    );
    return { value: String(v), formula: '' };
  }

  /** Writes user values (already shape-checked), after the permission check. */
  _writeValues(values: unknown[][], what: string): void {
    const prepared = values.map((line, i) =>
      line.map((v, j) => this._toCell(v, this._sheet._cell(this._row + i, this._column + j))),
    );
    this._book._assertCanEdit(this._sheet, this._rect(), what);
    prepared.forEach((line, i) =>
      line.forEach((p, j) => {
        const cell = this._sheet._cellForWrite(this._row + i, this._column + j);
        cell.value = p.value;
        cell.formula = p.formula;
        if (p.format !== undefined) cell.format = p.format;
      }),
    );
  }

  private _setAttr(attr: Attr, what: string, value: (i: number, j: number) => unknown): this {
    this._book._assertCanEdit(this._sheet, this._rect(), what);
    this._each((r, c, i, j) => {
      const v = value(i, j);
      const cell = this._sheet._cellForWrite(r, c);
      if (v === null || v === undefined) delete cell[attr];
      else (cell as unknown as Record<string, unknown>)[attr] = v;
    });
    return this;
  }

  private _getAttr<K extends Attr>(attr: K): NonNullable<Cell[K]>[][] {
    return this._each((r, c) => {
      const v = this._sheet._cell(r, c)?.[attr];
      const fallback = (DEFAULTS as Record<string, unknown>)[attr];
      return (v === undefined || v === '' ? fallback : v) as NonNullable<Cell[K]>;
    });
  }

  private _singular(
    attr: Attr,
    method: string,
    value: unknown,
    check: (v: unknown) => unknown,
  ): this {
    const v = check(value);
    return this._setAttr(attr, `Range.${method}`, () => v);
  }

  private _plural(
    attr: Attr,
    method: string,
    values: unknown,
    check: (v: unknown) => unknown,
  ): this {
    const grid = this._checkShape(values, method).map((line) => line.map(check));
    return this._setAttr(attr, `Range.${method}`, (i, j) => grid[i]![j]);
  }

  _clear(options: unknown, what: string): void {
    let contents = true;
    let formats = true;
    let validations = false;
    let notes = false;
    if (options !== undefined) {
      if (typeof options !== 'object' || options === null)
        throw signatureMismatch('SpreadsheetApp.Range.clear', [options]);
      const o = options as Record<string, unknown>;
      const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
      // clear(options) clears everything unless told which part (documented "by default all").
      contents = !any || Boolean(o.contentsOnly);
      formats = !any || Boolean(o.formatOnly);
      validations = !any || Boolean(o.validationsOnly);
      notes = !any || Boolean(o.commentsOnly);
    }
    this._book._assertCanEdit(this._sheet, this._rect(), what);
    this._each((r, c) => {
      const cell = this._sheet._cell(r, c);
      if (!cell) return;
      if (contents) {
        cell.value = '';
        cell.formula = '';
      }
      if (formats) {
        const { value, formula, validation, note } = cell;
        for (const k of Object.keys(cell)) delete (cell as unknown as Record<string, unknown>)[k];
        Object.assign(cell, { value, formula, format: '' });
        if (validation) cell.validation = validation;
        if (note) cell.note = note;
      }
      if (validations) delete cell.validation;
      if (notes) delete cell.note;
    });
    if (formats) {
      this._sheet._merges = this._sheet._merges.filter((m) => !containsRect(this._rect(), m));
      // borders are formatting too
      this._sheet._borders = this._sheet._borders.filter(
        (b) => !containsRect(this._rect(), b.rect),
      );
    }
  }

  // ---- API: geometry -------------------------------------------------------------------------

  getA1Notation(): string {
    return rectA1(this._rect());
  }
  getRow(): number {
    return this._row;
  }
  getRowIndex(): number {
    return this._row;
  }
  getColumn(): number {
    return this._column;
  }
  getLastRow(): number {
    return this._row + this._numRows - 1;
  }
  getLastColumn(): number {
    return this._column + this._numColumns - 1;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numColumns;
  }
  getHeight(): number {
    return this._numRows;
  }
  getWidth(): number {
    return this._numColumns;
  }
  getSheet(): Sheet {
    return this._sheet;
  }
  getGridId(): number {
    return this._sheet._id;
  }
  getCell(row: unknown, column: unknown): Range {
    if (!isInt(row) || !isInt(column))
      throw signatureMismatch('SpreadsheetApp.Range.getCell', [row, column]);
    if (row < 1 || column < 1 || row > this._numRows || column > this._numColumns) {
      throw exception(MESSAGES.cellOutOfRange);
    }
    return new Range(this._sheet, {
      row: this._row + int(row) - 1,
      column: this._column + int(column) - 1,
      numRows: 1,
      numColumns: 1,
    });
  }
  offset(...args: unknown[]): Range {
    if (args.length < 2 || args.length > 4 || !args.every(isInt))
      throw signatureMismatch('SpreadsheetApp.Range.offset', args);
    const [dr, dc, nr = this._numRows, nc = this._numColumns] = (args as number[]).map(int);
    const rect = { row: this._row + dr!, column: this._column + dc!, numRows: nr, numColumns: nc };
    if (rect.row < 1) throw exception(MESSAGES.startRowTooSmall);
    if (rect.column < 1) throw exception(MESSAGES.startColumnTooSmall);
    if (nr < 1) throw exception(MESSAGES.rowsAtLeastOne);
    if (nc < 1) throw exception(MESSAGES.columnsAtLeastOne);
    this._sheet._checkBounds(rect);
    return new Range(this._sheet, rect);
  }
  activate(): this {
    this._book._active = this._sheet;
    this._book._activeRange = this;
    return this;
  }
  isBlank(): boolean {
    return this._each((r, c) => {
      const cell = this._sheet._cell(r, c);
      return !cell || (cell.value === '' && cell.formula === '');
    }).every((line) => line.every(Boolean));
  }

  // ---- API: values and formulas --------------------------------------------------------------

  getValues(): ReadValue[][] {
    return this._each((r, c) => this._sheet._readValue(r, c));
  }
  getValue(): ReadValue {
    return this._sheet._readValue(this._row, this._column);
  }
  getDisplayValues(): string[][] {
    return this._each((r, c) => {
      const cell = this._sheet._cell(r, c);
      return displayText(
        this._sheet._readValue(r, c),
        cell?.format ?? '',
        this._book._locale,
        this._book._timeZone,
      );
    });
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0]![0]!;
  }
  setValues(values: unknown): this {
    this._writeValues(this._checkShape(values, 'setValues'), 'Range.setValues');
    return this;
  }
  setValue(value: unknown): this {
    if (Array.isArray(value)) throw signatureMismatch('SpreadsheetApp.Range.setValue', [value]);
    this._writeValues(
      this._each(() => value),
      'Range.setValue',
    );
    return this;
  }
  getFormulas(): string[][] {
    return this._each((r, c) => this._sheet._cell(r, c)?.formula ?? '');
  }
  getFormula(): string {
    return this._sheet._cell(this._row, this._column)?.formula ?? '';
  }
  setFormulas(formulas: unknown): this {
    const grid = this._checkShape(formulas, 'setFormulas');
    if (!grid.every((line) => line.every((f) => typeof f === 'string'))) {
      throw signatureMismatch('SpreadsheetApp.Range.setFormulas', [formulas]);
    }
    this._writeValues(grid, 'Range.setFormulas');
    return this;
  }
  setFormula(formula: unknown): this {
    if (typeof formula !== 'string')
      throw signatureMismatch('SpreadsheetApp.Range.setFormula', [formula]);
    this._writeValues(
      this._each(() => formula),
      'Range.setFormula',
    );
    return this;
  }

  // ---- API: clearing -------------------------------------------------------------------------

  clear(options?: unknown): this {
    this._clear(options, 'Range.clear');
    return this;
  }
  clearContent(): this {
    this._clear({ contentsOnly: true }, 'Range.clearContent');
    return this;
  }
  clearFormat(): this {
    this._clear({ formatOnly: true }, 'Range.clearFormat');
    return this;
  }
  clearDataValidations(): this {
    this._clear({ validationsOnly: true }, 'Range.clearDataValidations');
    return this;
  }
  clearNote(): this {
    this._clear({ commentsOnly: true }, 'Range.clearNote');
    return this;
  }

  // ---- API: formats --------------------------------------------------------------------------

  getNumberFormat(): string {
    return this.getNumberFormats()[0]![0]!;
  }
  getNumberFormats(): string[][] {
    return this._getAttr('format') as string[][];
  }
  setNumberFormat(numberFormat: unknown): this {
    return this._singular('format', 'setNumberFormat', numberFormat, (v) => {
      if (typeof v !== 'string')
        throw signatureMismatch('SpreadsheetApp.Range.setNumberFormat', [v]);
      return v;
    });
  }
  setNumberFormats(numberFormats: unknown): this {
    return this._plural('format', 'setNumberFormats', numberFormats, (v) => {
      if (typeof v !== 'string')
        throw signatureMismatch('SpreadsheetApp.Range.setNumberFormats', [numberFormats]);
      return v;
    });
  }

  private _color = (method: string) => (v: unknown) => {
    if (v === null) return null;
    if (typeof v !== 'string') throw signatureMismatch(`SpreadsheetApp.Range.${method}`, [v]);
    return normalizeColor(v);
  };
  private _oneOf = (method: string, allowed: Set<string>) => (v: unknown) => {
    if (v === null) return null;
    if (typeof v !== 'string' || !allowed.has(v.toLowerCase()))
      throw signatureMismatch(`SpreadsheetApp.Range.${method}`, [v]);
    return v.toLowerCase();
  };
  private _text = (method: string) => (v: unknown) => {
    if (v === null) return null;
    if (typeof v !== 'string') throw signatureMismatch(`SpreadsheetApp.Range.${method}`, [v]);
    return v;
  };
  private _size = (method: string) => (v: unknown) => {
    if (v === null) return null;
    if (!isInt(v)) throw signatureMismatch(`SpreadsheetApp.Range.${method}`, [v]);
    return v;
  };

  getBackground(): string {
    return this.getBackgrounds()[0]![0]!;
  }
  getBackgrounds(): string[][] {
    return this._getAttr('background') as string[][];
  }
  setBackground(color: unknown): this {
    return this._singular('background', 'setBackground', color, this._color('setBackground'));
  }
  setBackgrounds(colors: unknown): this {
    return this._plural('background', 'setBackgrounds', colors, this._color('setBackgrounds'));
  }
  setBackgroundRGB(red: number, green: number, blue: number): this {
    const hex = [red, green, blue]
      .map((n) =>
        Math.max(0, Math.min(255, int(n)))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('');
    return this.setBackground(`#${hex}`);
  }
  getFontColors(): string[][] {
    return this._getAttr('fontColor') as string[][];
  }
  setFontColor(color: unknown): this {
    return this._singular('fontColor', 'setFontColor', color, this._color('setFontColor'));
  }
  setFontColors(colors: unknown): this {
    return this._plural('fontColor', 'setFontColors', colors, this._color('setFontColors'));
  }
  getFontFamily(): string {
    return this.getFontFamilies()[0]![0]!;
  }
  getFontFamilies(): string[][] {
    return this._getAttr('fontFamily') as string[][];
  }
  setFontFamily(fontFamily: unknown): this {
    return this._singular('fontFamily', 'setFontFamily', fontFamily, this._text('setFontFamily'));
  }
  setFontFamilies(fontFamilies: unknown): this {
    return this._plural(
      'fontFamily',
      'setFontFamilies',
      fontFamilies,
      this._text('setFontFamilies'),
    );
  }
  getFontSize(): number {
    return this.getFontSizes()[0]![0]!;
  }
  getFontSizes(): number[][] {
    return this._getAttr('fontSize') as number[][];
  }
  setFontSize(size: unknown): this {
    return this._singular('fontSize', 'setFontSize', size, this._size('setFontSize'));
  }
  setFontSizes(sizes: unknown): this {
    return this._plural('fontSize', 'setFontSizes', sizes, this._size('setFontSizes'));
  }
  getFontWeight(): string {
    return this.getFontWeights()[0]![0]!;
  }
  getFontWeights(): string[][] {
    return this._getAttr('fontWeight') as string[][];
  }
  setFontWeight(fontWeight: unknown): this {
    return this._singular(
      'fontWeight',
      'setFontWeight',
      fontWeight,
      this._oneOf('setFontWeight', new Set(['bold', 'normal'])),
    );
  }
  setFontWeights(fontWeights: unknown): this {
    return this._plural(
      'fontWeight',
      'setFontWeights',
      fontWeights,
      this._oneOf('setFontWeights', new Set(['bold', 'normal'])),
    );
  }
  getFontStyle(): string {
    return this.getFontStyles()[0]![0]!;
  }
  getFontStyles(): string[][] {
    return this._getAttr('fontStyle') as string[][];
  }
  setFontStyle(fontStyle: unknown): this {
    return this._singular(
      'fontStyle',
      'setFontStyle',
      fontStyle,
      this._oneOf('setFontStyle', new Set(['italic', 'normal'])),
    );
  }
  setFontStyles(fontStyles: unknown): this {
    return this._plural(
      'fontStyle',
      'setFontStyles',
      fontStyles,
      this._oneOf('setFontStyles', new Set(['italic', 'normal'])),
    );
  }
  getFontLines(): string[][] {
    return this._getAttr('fontLine') as string[][];
  }
  setFontLine(fontLine: unknown): this {
    return this._singular(
      'fontLine',
      'setFontLine',
      fontLine,
      this._oneOf('setFontLine', new Set(['underline', 'line-through', 'none'])),
    );
  }
  setFontLines(fontLines: unknown): this {
    return this._plural(
      'fontLine',
      'setFontLines',
      fontLines,
      this._oneOf('setFontLines', new Set(['underline', 'line-through', 'none'])),
    );
  }
  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0]![0]!;
  }
  getHorizontalAlignments(): string[][] {
    return this._getAttr('hAlign') as string[][];
  }
  setHorizontalAlignment(alignment: unknown): this {
    return this._singular(
      'hAlign',
      'setHorizontalAlignment',
      alignment,
      this._oneOf('setHorizontalAlignment', HALIGN),
    );
  }
  setHorizontalAlignments(alignments: unknown): this {
    return this._plural(
      'hAlign',
      'setHorizontalAlignments',
      alignments,
      this._oneOf('setHorizontalAlignments', HALIGN),
    );
  }
  getVerticalAlignment(): string {
    return this.getVerticalAlignments()[0]![0]!;
  }
  getVerticalAlignments(): string[][] {
    return this._getAttr('vAlign') as string[][];
  }
  setVerticalAlignment(alignment: unknown): this {
    return this._singular(
      'vAlign',
      'setVerticalAlignment',
      alignment,
      this._oneOf('setVerticalAlignment', VALIGN),
    );
  }
  setVerticalAlignments(alignments: unknown): this {
    return this._plural(
      'vAlign',
      'setVerticalAlignments',
      alignments,
      this._oneOf('setVerticalAlignments', VALIGN),
    );
  }
  getWrap(): boolean {
    return this.getWraps()[0]![0]!;
  }
  getWraps(): boolean[][] {
    return (this._getAttr('wrapStrategy') as string[][]).map((line) =>
      line.map((s) => s === 'WRAP'),
    );
  }
  setWrap(isWrapEnabled: unknown): this {
    if (typeof isWrapEnabled !== 'boolean')
      throw signatureMismatch('SpreadsheetApp.Range.setWrap', [isWrapEnabled]);
    return this._setAttr('wrapStrategy', 'Range.setWrap', () =>
      isWrapEnabled ? 'WRAP' : 'OVERFLOW',
    );
  }
  setWraps(isWrapEnabled: unknown): this {
    return this._plural('wrapStrategy', 'setWraps', isWrapEnabled, (v) => {
      if (typeof v !== 'boolean')
        throw signatureMismatch('SpreadsheetApp.Range.setWraps', [isWrapEnabled]);
      return v ? 'WRAP' : 'OVERFLOW';
    });
  }
  getWrapStrategy(): string {
    return this.getWrapStrategies()[0]![0]!;
  }
  getWrapStrategies(): string[][] {
    return this._getAttr('wrapStrategy') as string[][];
  }
  setWrapStrategy(strategy: unknown): this {
    return this._singular(
      'wrapStrategy',
      'setWrapStrategy',
      strategy,
      this._strategy('setWrapStrategy'),
    );
  }
  setWrapStrategies(strategies: unknown): this {
    return this._plural(
      'wrapStrategy',
      'setWrapStrategies',
      strategies,
      this._strategy('setWrapStrategies'),
    );
  }
  private _strategy = (method: string) => (v: unknown) => {
    if (v !== 'WRAP' && v !== 'OVERFLOW' && v !== 'CLIP')
      throw signatureMismatch(`SpreadsheetApp.Range.${method}`, [v]);
    return v;
  };
  setTextStyles(styles: unknown): this {
    const grid = this._checkShape(styles, 'setTextStyles');
    for (const line of grid) {
      for (const st of line) {
        if (!(st instanceof TextStyle))
          throw signatureMismatch('SpreadsheetApp.Range.setTextStyles', [styles]);
      }
    }
    const at = (i: number, j: number) => grid[i]![j] as TextStyle;
    this._book._assertCanEdit(this._sheet, this._rect(), 'Range.setTextStyles');
    this._each((r, c, i, j) => {
      const st = at(i, j);
      const cell = this._sheet._cellForWrite(r, c);
      if (st._fontFamily !== null) cell.fontFamily = st._fontFamily;
      if (st._fontSize !== null) cell.fontSize = st._fontSize;
      if (st._bold !== null) cell.fontWeight = st._bold ? 'bold' : 'normal';
      if (st._italic !== null) cell.fontStyle = st._italic ? 'italic' : 'normal';
      if (st._color !== null) cell.fontColor = st._color;
    });
    return this;
  }
  getNote(): string {
    return this.getNotes()[0]![0]!;
  }
  getNotes(): string[][] {
    return this._getAttr('note') as string[][];
  }
  setNote(note: unknown): this {
    return this._singular('note', 'setNote', note, (v) => (v === null ? null : String(v)));
  }
  setNotes(notes: unknown): this {
    return this._plural('note', 'setNotes', notes, (v) => (v === null ? null : String(v)));
  }
  setBorder(...args: unknown[]): this {
    const flags = args.slice(0, 6);
    if (args.length !== 6 && args.length !== 8)
      throw signatureMismatch('SpreadsheetApp.Range.setBorder', args);
    if (!flags.every((f) => f === null || typeof f === 'boolean'))
      throw signatureMismatch('SpreadsheetApp.Range.setBorder', args);
    this._book._assertCanEdit(this._sheet, this._rect(), 'Range.setBorder');
    const [top, left, bottom, right, vertical, horizontal] = flags as (boolean | null)[];
    this._sheet._borders.push({
      rect: this._rect(),
      border: {
        top: top!,
        left: left!,
        bottom: bottom!,
        right: right!,
        vertical: vertical!,
        horizontal: horizontal!,
        color: typeof args[6] === 'string' ? normalizeColor(args[6]) : null,
        style: typeof args[7] === 'string' ? args[7] : null,
      },
    });
    return this;
  }

  // ---- API: data validation ------------------------------------------------------------------

  private _checkRule(rule: unknown, method: string): DataValidation | null {
    if (rule === null) return null;
    if (!(rule instanceof DataValidation))
      throw signatureMismatch(`SpreadsheetApp.Range.${method}`, [rule]);
    if (
      rule._criteria === 'VALUE_IN_LIST' &&
      (rule._values[0] as unknown[]).length > MAX_LIST_ITEMS
    ) {
      throw exception(MESSAGES.validationListTooLong);
    }
    return rule;
  }
  setDataValidation(rule: unknown): this {
    const r = this._checkRule(rule, 'setDataValidation');
    return this._setAttr('validation', 'Range.setDataValidation', () => r);
  }
  setDataValidations(rules: unknown): this {
    const grid = this._checkShape(rules, 'setDataValidations').map((line) =>
      line.map((r) => this._checkRule(r, 'setDataValidations')),
    );
    return this._setAttr('validation', 'Range.setDataValidations', (i, j) => grid[i]![j]);
  }
  getDataValidation(): DataValidation | null {
    return this._sheet._cell(this._row, this._column)?.validation ?? null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this._each((r, c) => this._sheet._cell(r, c)?.validation ?? null);
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const builder = new DataValidationBuilder().requireCheckbox(checkedValue, uncheckedValue);
    const rule = builder.build();
    this._book._assertCanEdit(this._sheet, this._rect(), 'Range.insertCheckboxes');
    this._each((r, c) => {
      const cell = this._sheet._cellForWrite(r, c);
      cell.validation = rule;
      cell.value = uncheckedValue === undefined ? false : (uncheckedValue as ReadValue);
      cell.formula = '';
    });
    return this;
  }
  removeCheckboxes(): this {
    this._book._assertCanEdit(this._sheet, this._rect(), 'Range.removeCheckboxes');
    this._each((r, c) => {
      const cell = this._sheet._cell(r, c);
      if (cell?.validation?._criteria !== 'CHECKBOX') return;
      const [checked = true, unchecked = false] = cell.validation._values as ReadValue[];
      if (cell.value === checked || cell.value === unchecked) cell.value = '';
      delete cell.validation;
    });
    return this;
  }

  // ---- API: merges ---------------------------------------------------------------------------

  private _mergeRects(rects: Rect[], what: string): this {
    const sheet = this._sheet;
    const own = this._rect();
    if (sheet._merges.some((m) => intersects(m, own) && !containsRect(own, m)))
      throw exception(MESSAGES.mergePartial);
    this._book._assertCanEdit(sheet, own, what);
    sheet._merges = sheet._merges.filter((m) => !containsRect(own, m));
    for (const m of rects) {
      if (m.numRows === 1 && m.numColumns === 1) continue;
      sheet._merges.push(m);
      // Only the top-left value survives a merge.
      for (let r = m.row; r < m.row + m.numRows; r++) {
        for (let c = m.column; c < m.column + m.numColumns; c++) {
          if (r === m.row && c === m.column) continue;
          const cell = sheet._cell(r, c);
          if (cell) {
            cell.value = '';
            cell.formula = '';
          }
        }
      }
    }
    return this;
  }
  merge(): this {
    return this._mergeRects([this._rect()], 'Range.merge');
  }
  mergeAcross(): this {
    const rows = Array.from({ length: this._numRows }, (_, i) => ({
      row: this._row + i,
      column: this._column,
      numRows: 1,
      numColumns: this._numColumns,
    }));
    return this._mergeRects(rows, 'Range.mergeAcross');
  }
  mergeVertically(): this {
    const columns = Array.from({ length: this._numColumns }, (_, j) => ({
      row: this._row,
      column: this._column + j,
      numRows: this._numRows,
      numColumns: 1,
    }));
    return this._mergeRects(columns, 'Range.mergeVertically');
  }
  breakApart(): this {
    return this._mergeRects([], 'Range.breakApart');
  }
  isPartOfMerge(): boolean {
    return this._sheet._merges.some((m) => intersects(m, this._rect()));
  }
  getMergedRanges(): Range[] {
    return this._sheet._merges
      .filter((m) => intersects(m, this._rect()))
      .map((m) => new Range(this._sheet, m));
  }

  // ---- API: protection and filter ------------------------------------------------------------

  protect(): Protection {
    this._book._assertCanEdit(this._sheet, this._rect(), 'Range.protect');
    const p = new Protection(this._book, 'RANGE', this._sheet, this._rect());
    this._book._protections.push(p);
    return p;
  }
  createFilter(): Filter {
    if (this._sheet._filter)
      throw exception("You can't create a filter in a sheet that already has a filter.");
    this._book._assertCanEdit(this._sheet, this._rect(), 'Range.createFilter');
    this._sheet._filter = new Filter(this._sheet, this._rect());
    return this._sheet._filter;
  }
  getFilter(): Filter | null {
    const f = this._sheet._filter;
    return f && intersects(f._rect, this._rect()) ? f : null;
  }
}

/** A cell reference for messages: 'Sheet 1'!B3. */
export function describeCell(sheet: Sheet, row: number, column: number): string {
  return `${quoteSheetName(sheet._name)}!${cellA1(row, column)}`;
}
