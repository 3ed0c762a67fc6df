/// <reference types="office-js" />
import type { ExcelView } from './api';
/** Workbook, worksheets and the worksheet-level objects (freeze panes, protection, page layout, auto-filter). */
import {
  type Bounds,
  formatBounds,
  isWholeColumns,
  isWholeRows,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
} from './address';
import { bool, color, int, invalid, knownKeys, num, oneOf, plainObject, str } from './check';
import {
  defineProps,
  FakeClientObject,
  type FakeRequestContext,
  type LoadSpec,
  type LoadTree,
  type ResponseSink,
} from './core';
import { ErrorCodes, officeError, propertyNotLoaded } from './errors';
import { FakeChartCollection } from './charts';
import { FakeRange } from './range';
import {
  DEFAULT_PROTECTION_OPTIONS,
  type FakeSheetState,
  type HeaderFooter,
  type PageLayoutState,
  type ProtectionOptions,
  type Visibility,
} from './state';

// ---------------------------------------------------------------------------------------------
// Workbook

export class FakeWorkbook extends FakeClientObject implements ExcelView<'Excel.Workbook'> {
  readonly _className = 'Workbook';

  get worksheets(): FakeWorksheetCollection {
    return this._child('worksheets', () => new FakeWorksheetCollection(this.context));
  }

  get application(): FakeApplication {
    return this._child('application', () => new FakeApplication(this.context));
  }

  /** ExcelApi 1.7. */
  get properties(): FakeDocumentProperties {
    return this._child('properties', () => new FakeDocumentProperties(this.context));
  }

  _assertExists(): void {}

  /** The cells the user selected (FakeWorkbookState.select); A1 of the active sheet at first. */
  getSelectedRange(): FakeRange {
    const state = this.context._host.state;
    const range = new FakeRange(this.context, () => state.selectedBounds());
    this._call('getSelectedRange', '1.1', [], () => range._assertExists());
    return range;
  }
}

defineProps(FakeWorkbook, 'Workbook', {}, ['worksheets', 'application', 'properties']);

// ---------------------------------------------------------------------------------------------
// Application and document properties

export class FakeApplication extends FakeClientObject implements ExcelView<'Excel.Application'> {
  readonly _className = 'Application';

  _assertExists(): void {}

  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', '1.6', [], () => {
      this.context._host.state.calculationSuspensions += 1;
    });
  }

  /** ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void {
    this._call('suspendScreenUpdatingUntilNextSync', '1.9', [], () => {
      this.context._host.state.screenUpdatingSuspensions += 1;
    });
  }
}

defineProps(FakeApplication, 'Application', {});

export class FakeDocumentProperties
  extends FakeClientObject
  implements ExcelView<'Excel.DocumentProperties'>
{
  readonly _className = 'DocumentProperties';
  declare title: string;

  _assertExists(): void {}
}

defineProps(FakeDocumentProperties, 'DocumentProperties', {
  title: {
    api: '1.7',
    read: (o) => o.context._host.state.properties.title,
    write: (o, v, at) => {
      o.context._host.state.properties.title = str(v, at, 255);
    },
  },
});

// ---------------------------------------------------------------------------------------------
// Worksheets

const FORBIDDEN_IN_NAME = /[\\/?*[\]:]/;

/** Excel's sheet-name rules: 1–31 characters, none of \ / ? * [ ] :, no apostrophe at either end. */
function checkSheetName(name: unknown, location: string): string {
  if (typeof name !== 'string') invalid(location);
  if (
    name.length === 0 ||
    name.length > 31 ||
    FORBIDDEN_IN_NAME.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === 'history'
  ) {
    invalid(location, `'${name}' is not a valid worksheet name.`);
  }
  return name;
}

export class FakeWorksheetCollection
  extends FakeClientObject
  implements ExcelView<'Excel.WorksheetCollection'>
{
  readonly _className = 'WorksheetCollection';
  private _items: FakeWorksheet[] | undefined;

  _assertExists(): void {}

  /** Queues the loading of properties; read them after `context.sync()`. */
  load(spec?: LoadSpec): this {
    return this._load(spec);
  }

  /** Loaded with `load('items/name')` (or `load('name')`) and a sync. */
  get items(): FakeWorksheet[] {
    if (!this._items) throw propertyNotLoaded('items', 'WorksheetCollection.items');
    return this._items;
  }

  /** Gets a worksheet by name (case-insensitive) or id; ItemNotFound at sync when there is none. */
  getItem(key: string): FakeWorksheet {
    const state = this.context._host.state;
    const ws = new FakeWorksheet(this.context, () => state.findSheet(key)?.id ?? null);
    this._call('getItem', '1.1', [key], () => ws._sheet());
    return ws;
  }

  getActiveWorksheet(): FakeWorksheet {
    const state = this.context._host.state;
    const ws = new FakeWorksheet(this.context, () => state.activeSheet?.id ?? null);
    this._call('getActiveWorksheet', '1.1', [], () => ws._sheet());
    return ws;
  }

  /**
   * Adds a sheet at the end. Without a name Excel picks "SheetN". A taken name (any case) is
   * ItemAlreadyExists; an invalid one InvalidArgument.
   */
  add(name?: string): FakeWorksheet {
    const state = this.context._host.state;
    let addedId: string | null = null;
    const ws = new FakeWorksheet(this.context, () => addedId);
    this._call('add', '1.1', name === undefined ? [] : [name], () => {
      let chosen: string;
      if (name === undefined) {
        let n = state.sheets.length + 1;
        while (state.findSheet(`Sheet${n}`)) n += 1;
        chosen = `Sheet${n}`;
      } else {
        chosen = checkSheetName(name, 'WorksheetCollection.add');
        if (state.findSheet(chosen)) throw officeError(ErrorCodes.itemAlreadyExists);
      }
      addedId = state.addSheet(chosen).id;
      ws._resolve();
    });
    return ws;
  }

  override _runLoad(tree: LoadTree, sink: ResponseSink): void {
    const itemTree: LoadTree = tree.children.get('items') ?? {
      all: tree.all,
      scalars: new Set(),
      children: new Map(),
    };
    for (const s of tree.scalars) {
      if (s === 'items') itemTree.all = true;
      else itemTree.scalars.add(s);
    }
    for (const [k, v] of tree.children) if (k !== 'items') itemTree.children.set(k, v);
    if (itemTree.scalars.size === 0 && itemTree.children.size === 0) itemTree.all = true;
    const items = this.context._host.state.sheets.map((s) => {
      const ws = new FakeWorksheet(this.context, () => s.id);
      ws._resolve();
      return ws;
    });
    for (const ws of items) ws._runLoad(itemTree, sink);
    sink.deliver(2, () => {
      this._items = items;
    });
  }
}

defineProps(FakeWorksheetCollection, 'WorksheetCollection', {});

export class FakeWorksheet extends FakeClientObject implements ExcelView<'Excel.Worksheet'> {
  readonly _className = 'Worksheet';
  declare name: string;
  /** Read: ExcelApi 1.1; write: 1.2. */
  declare visibility: Visibility;
  /** ExcelApi 1.7. */
  declare tabColor: string;
  private _resolved: string | null | undefined;
  private readonly _resolver: () => string | null;

  /** @internal */
  constructor(context: FakeRequestContext, resolver: () => string | null) {
    super(context);
    this._resolver = resolver;
  }

  /** Queues the loading of properties; read them after `context.sync()`. */
  load(spec?: LoadSpec): this {
    return this._load(spec);
  }

  override _resolve(): void {
    if (this._resolved !== undefined) return;
    const id = this._resolver();
    this._resolved = id;
    this._isNull = id === null;
    this._values.set('isNullObject', id === null);
  }

  /** @internal The sheet behind the proxy; ItemNotFound when there is none (any more). */
  _sheet(): FakeSheetState {
    this._resolve();
    const id = this._resolved;
    const s = id ? this.context._host.state.sheets.find((x) => x.id === id) : undefined;
    if (!s) throw officeError(ErrorCodes.itemNotFound);
    return s;
  }

  _assertExists(): void {
    this._sheet();
  }

  /** ExcelApi 1.7. */
  get freezePanes(): FakeWorksheetFreezePanes {
    return this._child('freezePanes', () => new FakeWorksheetFreezePanes(this));
  }

  /** ExcelApi 1.2. */
  get protection(): FakeWorksheetProtection {
    return this._child('protection', () => new FakeWorksheetProtection(this));
  }

  /** ExcelApi 1.9. */
  get pageLayout(): FakePageLayout {
    return this._child('pageLayout', () => new FakePageLayout(this));
  }

  /** ExcelApi 1.9. */
  get autoFilter(): FakeAutoFilter {
    return this._child('autoFilter', () => new FakeAutoFilter(this));
  }

  get charts(): FakeChartCollection {
    return this._child('charts', () => new FakeChartCollection(this));
  }

  /** @internal A range of this sheet whose bounds are computed at sync. */
  _range(
    method: string,
    api: string,
    args: unknown[],
    bounds: (s: FakeSheetState) => Bounds | null,
  ): FakeRange {
    const range = new FakeRange(this.context, () => {
      const s = this._sheet();
      const b = bounds(s);
      return b ? { sheetId: s.id, b } : null;
    });
    this._call(method, api, args, () => range._resolve());
    return range;
  }

  /** "A1", "A1:K20", "A:A", "1:3", "$A$1"; no address: the whole sheet. InvalidArgument otherwise. */
  getRange(address?: string): FakeRange {
    return this._range('getRange', '1.1', address === undefined ? [] : [address], (s) => {
      if (address === undefined) return { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 };
      if (typeof address !== 'string' || address.length > 8192) invalid('Worksheet.getRange');
      const parsed = parseAddress(address);
      if (!parsed) invalid('Worksheet.getRange', `'${address}' is not a valid range address.`);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== s.name.toLowerCase()) {
        invalid('Worksheet.getRange', `'${address}' is not on sheet '${s.name}'.`);
      }
      return parsed.bounds;
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this._range('getCell', '1.1', [row, column], () => {
      const r = int(row, 'Worksheet.getCell', 0, MAX_ROWS - 1);
      const c = int(column, 'Worksheet.getCell', 0, MAX_COLS - 1);
      return { r0: r, c0: c, r1: r, c1: c };
    });
  }

  /**
   * The smallest range holding every value or format (values only with `valuesOnly`, ExcelApi
   * 1.2); A1 for an empty sheet.
   */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    const api = valuesOnly === undefined ? '1.1' : '1.2';
    return this._range('getUsedRange', api, valuesOnly === undefined ? [] : [valuesOnly], (s) => {
      return s.usedBounds(valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
    });
  }

  activate(): void {
    this._call('activate', '1.1', [], () => {
      const s = this._sheet();
      if (s.visibility !== 'Visible') throw officeError(ErrorCodes.invalidOperation);
      this.context._host.state.activeSheetId = s.id;
    });
  }
}

const sheetOf = (o: FakeClientObject) => (o as FakeWorksheet)._sheet();

defineProps(
  FakeWorksheet,
  'Worksheet',
  {
    name: {
      read: (o) => sheetOf(o).name,
      write: (o, v, at) => {
        const s = sheetOf(o);
        const name = checkSheetName(v, at);
        const other = o.context._host.state.findSheet(name);
        if (other && other !== s) throw officeError(ErrorCodes.itemAlreadyExists, undefined, at);
        s.name = name;
      },
    },
    visibility: {
      api: '1.1',
      setApi: '1.2',
      read: (o) => sheetOf(o).visibility,
      write: (o, v, at) => {
        const state = o.context._host.state;
        const s = sheetOf(o);
        const to = oneOf(v, ['Visible', 'Hidden', 'VeryHidden'], at);
        if (to !== 'Visible' && s.visibility === 'Visible') {
          const visible = state.sheets.filter((x) => x.visibility === 'Visible');
          if (visible.length === 1) throw officeError(ErrorCodes.invalidOperation, undefined, at);
        }
        s.visibility = to;
        if (to !== 'Visible' && state.activeSheetId === s.id) {
          state.activeSheetId = state.sheets.find((x) => x.visibility === 'Visible')?.id ?? null;
        }
      },
    },
    tabColor: {
      api: '1.7',
      read: (o) => sheetOf(o).tabColor,
      write: (o, v, at) => {
        sheetOf(o).tabColor = v === '' ? '' : color(v, at);
      },
    },
  },
  ['freezePanes', 'protection', 'pageLayout', 'autoFilter', 'charts'],
);

/** Base of the objects that hang off one worksheet. */
abstract class SheetPart extends FakeClientObject {
  /** @internal */ readonly _worksheet: FakeWorksheet;

  constructor(worksheet: FakeWorksheet) {
    super(worksheet.context);
    this._worksheet = worksheet;
  }

  /** @internal */
  _sheet(): FakeSheetState {
    return this._worksheet._sheet();
  }

  _assertExists(): void {
    this._sheet();
  }

  /** @internal A Range argument (same context) or an address on this sheet, as bounds. */
  _boundsOf(target: FakeRange | string, at: string): Bounds {
    const s = this._sheet();
    if (typeof target === 'string') {
      const parsed = parseAddress(target);
      if (
        !parsed ||
        (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== s.name.toLowerCase())
      ) {
        invalid(at, `'${target}' is not a valid range address on sheet '${s.name}'.`);
      }
      return parsed.bounds;
    }
    if (!(target instanceof FakeRange)) invalid(at);
    const t = target._target();
    if (t.sheet !== s) invalid(at, 'The range is on another sheet.');
    return t.b;
  }

  /** @internal Checks a Range argument's context at call time, as office.js does. */
  _arg(target: unknown): void {
    if (target instanceof FakeClientObject) this._sameContext(target);
  }
}

// ---------------------------------------------------------------------------------------------
// Freeze panes (ExcelApi 1.7)

export class FakeWorksheetFreezePanes
  extends SheetPart
  implements ExcelView<'Excel.WorksheetFreezePanes'>
{
  readonly _className = 'WorksheetFreezePanes';

  /** Freezes the top `count` rows (1 by default); 0 unfreezes the rows. */
  freezeRows(count?: number): void {
    this._call('freezeRows', '1.7', count === undefined ? [] : [count], () => {
      this._sheet().freeze.rows =
        count === undefined ? 1 : int(count, 'WorksheetFreezePanes.freezeRows', 0, MAX_ROWS - 1);
    });
  }

  freezeColumns(count?: number): void {
    this._call('freezeColumns', '1.7', count === undefined ? [] : [count], () => {
      this._sheet().freeze.columns =
        count === undefined ? 1 : int(count, 'WorksheetFreezePanes.freezeColumns', 0, MAX_COLS - 1);
    });
  }

  /** Freezes the rows above and the columns left of the bottom-right corner of `frozenRange`. */
  freezeAt(frozenRange: FakeRange | string): void {
    this._arg(frozenRange);
    this._call('freezeAt', '1.7', [frozenRange], () => {
      const b = this._boundsOf(frozenRange, 'WorksheetFreezePanes.freezeAt');
      const s = this._sheet();
      s.freeze.rows = isWholeColumns(b) ? 0 : b.r1 + 1;
      s.freeze.columns = isWholeRows(b) ? 0 : b.c1 + 1;
    });
  }

  unfreeze(): void {
    this._call('unfreeze', '1.7', [], () => {
      this._sheet().freeze = { rows: 0, columns: 0 };
    });
  }
}

defineProps(FakeWorksheetFreezePanes, 'WorksheetFreezePanes', {});

// ---------------------------------------------------------------------------------------------
// Protection (ExcelApi 1.2; passwords 1.7)

const PROTECTION_KEYS = Object.keys(DEFAULT_PROTECTION_OPTIONS);

export class FakeWorksheetProtection
  extends SheetPart
  implements ExcelView<'Excel.WorksheetProtection'>
{
  readonly _className = 'WorksheetProtection';

  /**
   * Protects the sheet. "Fails if the worksheet has already been protected" (the reference):
   * the fake answers InvalidOperation. Options not given are false ("Normal" selection).
   */
  protect(options?: Partial<ProtectionOptions> | null, password?: string): void {
    const api = password === undefined ? '1.2' : '1.7';
    const args: unknown[] = [options ?? null];
    if (password !== undefined) args.push(password);
    this._call('protect', api, args, () => {
      const at = 'WorksheetProtection.protect';
      const s = this._sheet();
      if (s.protection.protected) throw officeError(ErrorCodes.invalidOperation, undefined, at);
      const merged: ProtectionOptions = { ...DEFAULT_PROTECTION_OPTIONS };
      if (options) {
        const o = plainObject(options, at);
        knownKeys(o, PROTECTION_KEYS, at);
        for (const [k, v] of Object.entries(o)) {
          if (k === 'selectionMode')
            merged.selectionMode = oneOf(v, ['Normal', 'Unlocked', 'None'], at);
          else (merged as unknown as Record<string, boolean>)[k] = bool(v, at);
        }
      }
      if (password !== undefined) str(password, at, 255);
      s.protection = { protected: true, options: merged, password: password || null };
    });
  }

  /** Unprotects; a wrong password is BadPassword. Unprotecting an unprotected sheet does nothing. */
  unprotect(password?: string): void {
    const api = password === undefined ? '1.2' : '1.7';
    this._call('unprotect', api, password === undefined ? [] : [password], () => {
      const s = this._sheet();
      if (!s.protection.protected) return;
      if (s.protection.password !== null && s.protection.password !== (password ?? '')) {
        throw officeError(ErrorCodes.badPassword);
      }
      s.protection = {
        protected: false,
        options: { ...DEFAULT_PROTECTION_OPTIONS },
        password: null,
      };
    });
  }
}

defineProps(FakeWorksheetProtection, 'WorksheetProtection', {});

// ---------------------------------------------------------------------------------------------
// Page layout (ExcelApi 1.9)

const PAPER_TYPES = [
  'Letter',
  'LetterSmall',
  'Tabloid',
  'Ledger',
  'Legal',
  'Statement',
  'Executive',
  'A3',
  'A4',
  'A4Small',
  'A5',
  'B4',
  'B5',
  'Folio',
  'Quatro',
  'Paper10x14',
  'Paper11x17',
  'Note',
  'Envelope9',
  'Envelope10',
  'Envelope11',
  'Envelope12',
  'Envelope14',
  'Csheet',
  'Dsheet',
  'Esheet',
  'EnvelopeDL',
  'EnvelopeC5',
  'EnvelopeC3',
  'EnvelopeC4',
  'EnvelopeC6',
  'EnvelopeC65',
  'EnvelopeB4',
  'EnvelopeB5',
  'EnvelopeB6',
  'EnvelopeItaly',
  'EnvelopeMonarch',
  'EnvelopePersonal',
  'FanfoldUS',
  'FanfoldStdGerman',
  'FanfoldLegalGerman',
] as const;

export class FakePageLayout extends SheetPart implements ExcelView<'Excel.PageLayout'> {
  readonly _className = 'PageLayout';
  declare orientation: 'Portrait' | 'Landscape';
  declare paperSize: Excel.PageLayout['paperSize'];
  /** Set as a whole object: `pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }`. */
  declare zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };

  get headersFooters(): FakeHeaderFooterGroup {
    return this._child('headersFooters', () => new FakeHeaderFooterGroup(this._worksheet));
  }

  /** Rows repeated at the top of each page: whole rows only ("$1:$3"), else InvalidArgument. */
  setPrintTitleRows(printTitleRows: FakeRange | string): void {
    this._arg(printTitleRows);
    this._call('setPrintTitleRows', '1.9', [printTitleRows], () => {
      const at = 'PageLayout.setPrintTitleRows';
      const b = this._boundsOf(printTitleRows, at);
      if (!isWholeRows(b) || isWholeColumns(b)) invalid(at, 'The range must span entire rows.');
      this._sheet().pageLayout.printTitleRows = formatBounds(b, true);
    });
  }

  /** Margins in 'Points', 'Inches' or 'Centimeters'; stored in points. */
  setPrintMargins(
    unit: 'Points' | 'Inches' | 'Centimeters',
    marginOptions: {
      top?: number;
      bottom?: number;
      left?: number;
      right?: number;
      header?: number;
      footer?: number;
    },
  ): void {
    this._call('setPrintMargins', '1.9', [unit, marginOptions], () => {
      const at = 'PageLayout.setPrintMargins';
      const factor = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 }[
        oneOf(unit, ['Points', 'Inches', 'Centimeters'], at)
      ];
      const o = plainObject(marginOptions, at);
      knownKeys(o, ['top', 'bottom', 'left', 'right', 'header', 'footer'], at);
      const p = this._sheet().pageLayout;
      const names = {
        top: 'topMargin',
        bottom: 'bottomMargin',
        left: 'leftMargin',
        right: 'rightMargin',
        header: 'headerMargin',
        footer: 'footerMargin',
      } as const;
      for (const [k, v] of Object.entries(o)) {
        if (v === undefined) continue;
        p[names[k as keyof typeof names]] = num(v, at, 0) * factor;
      }
    });
  }
}

const layoutOf = (o: FakeClientObject): PageLayoutState => (o as SheetPart)._sheet().pageLayout;

function layoutProp(
  name: keyof PageLayoutState,
  check: (v: unknown, at: string) => unknown,
): {
  api: string;
  read: (o: FakeClientObject) => unknown;
  write: (o: FakeClientObject, v: unknown, at: string) => void;
} {
  return {
    api: '1.9',
    read: (o) => layoutOf(o)[name],
    write: (o, v, at) => {
      (layoutOf(o) as unknown as Record<string, unknown>)[name] = check(v, at);
    },
  };
}

defineProps(
  FakePageLayout,
  'PageLayout',
  {
    orientation: layoutProp('orientation', (v, at) => oneOf(v, ['Portrait', 'Landscape'], at)),
    paperSize: layoutProp('paperSize', (v, at) => oneOf(v, PAPER_TYPES, at)),
    zoom: layoutProp('zoom', (v, at) => {
      const o = plainObject(v, at);
      knownKeys(o, ['scale', 'horizontalFitToPages', 'verticalFitToPages'], at);
      const out: PageLayoutState['zoom'] = {};
      if (o.scale !== undefined) out.scale = int(o.scale, at, 10, 400);
      if (o.horizontalFitToPages !== undefined)
        out.horizontalFitToPages = int(o.horizontalFitToPages, at, 0, 32767);
      if (o.verticalFitToPages !== undefined)
        out.verticalFitToPages = int(o.verticalFitToPages, at, 0, 32767);
      if (
        out.scale !== undefined &&
        (out.horizontalFitToPages !== undefined || out.verticalFitToPages !== undefined)
      ) {
        invalid(at, 'Give either a scale or pages to fit, not both.');
      }
      if (Object.keys(out).length === 0) invalid(at);
      return out;
    }),
  },
  ['headersFooters'],
);

export class FakeHeaderFooterGroup
  extends SheetPart
  implements ExcelView<'Excel.HeaderFooterGroup'>
{
  readonly _className = 'HeaderFooterGroup';

  get defaultForAllPages(): FakeHeaderFooter {
    return this._child(
      'defaultForAllPages',
      () => new FakeHeaderFooter(this._worksheet, 'defaultForAllPages'),
    );
  }
}

const groupOf = (o: FakeClientObject) => layoutOf(o).headersFooters;

defineProps(FakeHeaderFooterGroup, 'HeaderFooterGroup', {}, ['defaultForAllPages']);

export class FakeHeaderFooter extends SheetPart implements ExcelView<'Excel.HeaderFooter'> {
  readonly _className = 'HeaderFooter';
  declare centerHeader: string;
  declare centerFooter: string;
  /** @internal */ readonly _which: 'defaultForAllPages' | 'firstPage' | 'evenPages' | 'oddPages';

  constructor(worksheet: FakeWorksheet, which: FakeHeaderFooter['_which']) {
    super(worksheet);
    this._which = which;
  }
}

/** Excel caps a header or footer section at 255 characters. */
const hfProp = (name: keyof HeaderFooter) => ({
  api: '1.9',
  read: (o: FakeClientObject) => groupOf(o)[(o as FakeHeaderFooter)._which][name],
  write: (o: FakeClientObject, v: unknown, at: string) => {
    groupOf(o)[(o as FakeHeaderFooter)._which][name] = str(v, at, 255);
  },
});

defineProps(FakeHeaderFooter, 'HeaderFooter', {
  centerHeader: hfProp('centerHeader'),
  centerFooter: hfProp('centerFooter'),
});

// ---------------------------------------------------------------------------------------------
// Auto-filter (ExcelApi 1.9)

export class FakeAutoFilter extends SheetPart implements ExcelView<'Excel.AutoFilter'> {
  readonly _className = 'AutoFilter';

  /** Applies the auto-filter to `range`; the fake records the range (criteria are not applied). */
  apply(range: FakeRange | string, columnIndex?: number, criteria?: object): void {
    this._arg(range);
    const args: unknown[] = [range];
    if (columnIndex !== undefined) args.push(columnIndex);
    if (criteria !== undefined) args.push(criteria);
    this._call('apply', '1.9', args, () => {
      const at = 'AutoFilter.apply';
      const s = this._sheet();
      s.assertAllowed('never', null, at);
      const b = this._boundsOf(range, at);
      if (columnIndex !== undefined) int(columnIndex, at, 0, b.c1 - b.c0);
      s.autoFilterBounds = b;
    });
  }

  remove(): void {
    this._call('remove', '1.9', [], () => {
      this._sheet().autoFilterBounds = null;
    });
  }
}

defineProps(FakeAutoFilter, 'AutoFilter', {});
