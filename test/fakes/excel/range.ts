/// <reference types="office-js" />
import type { ExcelView } from './api';
/** Range and what hangs off it: format (font, fill, borders, protection), data validation, conditional formats. */
import {
  area,
  type Bounds,
  cols,
  formatAddress,
  formatBounds,
  inGrid,
  intersect,
  rows,
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
import {
  type BorderKey,
  type BorderSide,
  type ConditionalFormatEntry,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type FakeSheetState,
  type Permission,
  type StoredRule,
  type Style,
} from './state';

/** Range reads (values, formulas, …) stop at 5,000,000 cells ("Resource limits …", Excel add-ins). */
export const MAX_READ_CELLS = 5_000_000;

export interface RangeTarget {
  sheet: FakeSheetState;
  b: Bounds;
}

type Resolver = () => { sheetId: string; b: Bounds } | null;

export class FakeRange extends FakeClientObject implements ExcelView<'Excel.Range'> {
  readonly _className = 'Range';
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare numberFormat: unknown[][];
  /** ExcelApi 1.2. */
  declare rowHidden: boolean;
  private _resolved: { sheetId: string; b: Bounds } | null | undefined;
  private readonly _resolver: Resolver;

  /** @internal */
  constructor(context: FakeRequestContext, resolver: Resolver) {
    super(context);
    this._resolver = resolver;
  }

  /** Queues the loading of properties; read them after `context.sync()`. */
  load(spec?: LoadSpec): this {
    return this._load(spec);
  }

  override _resolve(): void {
    if (this._resolved !== undefined) return;
    const r = this._resolver();
    this._resolved = r;
    this._isNull = r === null;
    this._values.set('isNullObject', r === null);
  }

  /** @internal The sheet and cells behind the proxy (bound once, like a tracked range). */
  _target(): RangeTarget {
    this._resolve();
    const r = this._resolved;
    if (!r) throw officeError(ErrorCodes.itemNotFound);
    const sheet = this.context._host.state.sheets.find((s) => s.id === r.sheetId);
    if (!sheet) throw officeError(ErrorCodes.itemNotFound);
    return { sheet, b: r.b };
  }

  _assertExists(): void {
    this._target();
  }

  get format(): FakeRangeFormat {
    return this._child('format', () => new FakeRangeFormat(this));
  }

  /** ExcelApi 1.8. */
  get dataValidation(): FakeDataValidation {
    return this._child('dataValidation', () => new FakeDataValidation(this));
  }

  /** ExcelApi 1.6. */
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._child('conditionalFormats', () => new FakeConditionalFormatCollection(this));
  }

  /** @internal A new range computed from this one at sync. */
  _derive(
    method: string,
    api: string,
    args: unknown[],
    make: (t: RangeTarget) => Bounds | null,
  ): FakeRange {
    const at = `Range.${method}`;
    const range = new FakeRange(this.context, () => {
      const t = this._target();
      const b = make(t);
      if (b === null) return null;
      if (!inGrid(b)) invalid(at, 'The resulting range is outside the worksheet grid.');
      return { sheetId: t.sheet.id, b };
    });
    this._call(method, api, args, () => range._resolve());
    return range;
  }

  getRow(row: number): FakeRange {
    return this._derive('getRow', '1.1', [row], ({ b }) => {
      const r = b.r0 + int(row, 'Range.getRow');
      return { r0: r, c0: b.c0, r1: r, c1: b.c1 };
    });
  }

  /** @internal Queues an operation on the target cells after checking the sheet's protection. */
  _op(
    method: string,
    api: string,
    args: unknown[],
    permission: Permission | null,
    run: (t: RangeTarget, at: string) => void,
  ): void {
    const at = `Range.${method}`;
    this._call(method, api, args, () => {
      const t = this._target();
      if (permission) t.sheet.assertAllowed(permission, t.b, at);
      run(t, at);
    });
  }

  /**
   * ExcelApi 1.13. The merged areas whose top-left cell lies in this range, in row order: as
   * Excel answers, an area that starts above or left of the range is not among them (office-js
   * issue #3611). A null object when there is none; more than 512 areas fail the request, as the
   * reference says ("this method will fail to return the result").
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const found = new FakeRangeAreas(this.context, () => {
      const { sheet, b } = this._target();
      const areas = sheet.mergeAreas
        .filter((m) => m.r0 >= b.r0 && m.r0 <= b.r1 && m.c0 >= b.c0 && m.c0 <= b.c1)
        .sort((x, y) => x.r0 - y.r0 || x.c0 - y.c0);
      if (areas.length > MAX_MERGED_AREAS) {
        throw officeError(
          ErrorCodes.generalException,
          undefined,
          'Range.getMergedAreasOrNullObject',
        );
      }
      return areas.length === 0 ? null : { sheetId: sheet.id, areas };
    });
    this._call('getMergedAreasOrNullObject', '1.13', [], () => found._resolve());
    return found;
  }

  /**
   * ExcelApi 1.1. Selects the range for the user: its sheet becomes the active one. A hidden
   * sheet's cells cannot be selected (InvalidOperation).
   */
  select(): void {
    this._call('select', '1.1', [], () => {
      const { sheet, b } = this._target();
      if (sheet.visibility !== 'Visible') throw officeError(ErrorCodes.invalidOperation);
      this.context._host.state.selectBounds(sheet.id, b);
    });
  }

  /** ExcelApi 1.2. Merges the range (each row separately with `across`). */
  merge(across = false): void {
    this._op('merge', '1.2', [across], 'never', ({ sheet, b }, at) =>
      sheet.merge(b, bool(across, at), at),
    );
  }

  /** 'All' (default), 'Formats', 'Contents'; hyperlinks are not modelled. */
  clear(
    applyTo:
      'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents' = 'All',
  ): void {
    this._op('clear', '1.1', [applyTo], null, ({ sheet, b }, at) => {
      const what = oneOf(
        applyTo,
        ['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'],
        at,
      );
      if (what === 'All' || what === 'Contents' || what === 'ResetContents') {
        sheet.assertAllowed('content', b, at);
      }
      if (what === 'All' || what === 'Formats') sheet.assertAllowed('formatCells', b, at);
      if (what === 'All' || what === 'Contents' || what === 'ResetContents') sheet.clearContents(b);
      if (what === 'All' || what === 'Formats') sheet.clearFormats(b);
    });
  }
}

const targetOf = (o: FakeClientObject): RangeTarget => (o as FakeRange)._target();

/** Merged areas `getMergedAreasOrNullObject` answers at most. */
export const MAX_MERGED_AREAS = 512;

type AreasResolver = () => { sheetId: string; areas: Bounds[] } | null;

/** ExcelApi 1.9. Several rectangular ranges of one sheet (here: the merged areas of a range). */
export class FakeRangeAreas extends FakeClientObject implements ExcelView<'Excel.RangeAreas'> {
  readonly _className = 'RangeAreas';
  private _resolved: { sheetId: string; areas: Bounds[] } | null | undefined;
  private readonly _resolver: AreasResolver;

  /** @internal */
  constructor(context: FakeRequestContext, resolver: AreasResolver) {
    super(context);
    this._resolver = resolver;
  }

  override _resolve(): void {
    if (this._resolved !== undefined) return;
    const r = this._resolver();
    this._resolved = r;
    this._isNull = r === null;
    this._values.set('isNullObject', r === null);
  }

  /** @internal The sheet and the areas behind the proxy. */
  _areas(): { sheet: FakeSheetState; areas: Bounds[] } {
    this._resolve();
    const r = this._resolved;
    if (!r) throw officeError(ErrorCodes.itemNotFound);
    const sheet = this.context._host.state.sheets.find((s) => s.id === r.sheetId);
    if (!sheet) throw officeError(ErrorCodes.itemNotFound);
    return { sheet, areas: r.areas };
  }

  _assertExists(): void {
    this._areas();
  }

  /** ExcelApi 1.9. The rectangular ranges, as a collection of ranges. */
  get areas(): FakeRangeCollection {
    return this._child('areas', () => new FakeRangeCollection(this));
  }
}

defineProps(FakeRangeAreas, 'RangeAreas', {}, ['areas']);

/** ExcelApi 1.9. The ranges of a RangeAreas: `items` once loaded. */
export class FakeRangeCollection
  extends FakeClientObject
  implements ExcelView<'Excel.RangeCollection'>
{
  readonly _className = 'RangeCollection';
  private readonly _owner: FakeRangeAreas;
  private _items: FakeRange[] | undefined;

  constructor(owner: FakeRangeAreas) {
    super(owner.context);
    this._owner = owner;
  }

  /** Queues the loading of properties; read them after `context.sync()`. */
  load(spec?: LoadSpec): this {
    return this._load(spec);
  }

  _assertExists(): void {
    this._owner._assertExists();
  }

  get items(): FakeRange[] {
    if (!this._items) throw propertyNotLoaded('items', 'RangeCollection.items');
    return this._items;
  }

  override _runLoad(tree: LoadTree, sink: ResponseSink): void {
    if (!this.context._host.supports('1.9')) {
      throw officeError(ErrorCodes.apiNotFound, undefined, 'RangeCollection.load');
    }
    // the areas of a null object are null too: nothing to load
    this._owner._resolve();
    if (this._owner._isNull) return;
    const itemTree: LoadTree = tree.children.get('items') ?? {
      all: tree.all,
      scalars: new Set(),
      children: new Map(),
    };
    for (const s of tree.scalars) {
      if (s === 'items') itemTree.all = true;
      else itemTree.scalars.add(s);
    }
    if (itemTree.scalars.size === 0 && itemTree.children.size === 0) itemTree.all = true;
    const { sheet, areas } = this._owner._areas();
    const items = areas.map((b) => {
      const range = new FakeRange(this.context, () => ({ sheetId: sheet.id, b }));
      range._resolve();
      return range;
    });
    for (const r of items) r._runLoad(itemTree, sink);
    sink.deliver(2, () => {
      this._items = items;
    });
  }
}

defineProps(FakeRangeCollection, 'RangeCollection', {});

function readCells(o: FakeClientObject, read: (t: RangeTarget) => unknown): unknown {
  const t = targetOf(o);
  if (area(t.b) > MAX_READ_CELLS) throw officeError(ErrorCodes.rangeExceedsLimit);
  return read(t);
}

function tri(values: boolean[]): boolean | null {
  return values.every((v) => v) ? true : values.every((v) => !v) ? false : null;
}

function setHidden(o: FakeClientObject, v: unknown, at: string, axis: 'rows' | 'cols'): void {
  const { sheet, b } = targetOf(o);
  const hidden = bool(v, at);
  sheet.assertAllowed(axis === 'rows' ? 'formatRows' : 'formatColumns', b, at);
  const set = axis === 'rows' ? sheet.hiddenRows : sheet.hiddenColumns;
  const [lo, hi] = axis === 'rows' ? [b.r0, b.r1] : [b.c0, b.c1];
  for (let i = lo; i <= hi; i += 1) {
    if (hidden) set.add(i);
    else set.delete(i);
  }
}

function hiddenValues(o: FakeClientObject, axis: 'rows' | 'cols'): boolean[] {
  const { sheet, b } = targetOf(o);
  const set = axis === 'rows' ? sheet.hiddenRows : sheet.hiddenColumns;
  const [lo, hi] = axis === 'rows' ? [b.r0, b.r1] : [b.c0, b.c1];
  if (hi - lo > 100_000) return set.size === 0 ? [false] : [true, false];
  const out: boolean[] = [];
  for (let i = lo; i <= hi; i += 1) out.push(set.has(i));
  return out;
}

const writeCells = (o: FakeClientObject, v: unknown, at: string) => {
  const { sheet, b } = targetOf(o);
  sheet.writeEntries(b, v, at);
};

const writeFormats = (o: FakeClientObject, v: unknown, at: string) => {
  const { sheet, b } = targetOf(o);
  sheet.writeNumberFormat(b, v, at);
};

defineProps(
  FakeRange,
  'Range',
  {
    rowCount: { read: (o) => rows(targetOf(o).b) },
    columnCount: { read: (o) => cols(targetOf(o).b) },
    rowIndex: { read: (o) => targetOf(o).b.r0 },
    columnIndex: { read: (o) => targetOf(o).b.c0 },
    values: { read: (o) => readCells(o, ({ sheet, b }) => sheet.readValues(b)), write: writeCells },
    formulas: {
      read: (o) => readCells(o, ({ sheet, b }) => sheet.readFormulas(b)),
      write: writeCells,
    },
    numberFormat: {
      read: (o) => readCells(o, ({ sheet, b }) => sheet.readNumberFormats(b)),
      write: writeFormats,
    },
    rowHidden: {
      api: '1.2',
      read: (o) => tri(hiddenValues(o, 'rows')),
      write: (o, v, at) => setHidden(o, v, at, 'rows'),
    },
  },
  ['format', 'dataValidation', 'conditionalFormats'],
);

// ---------------------------------------------------------------------------------------------
// Formats

/** Base of the objects that hang off one range. */
abstract class RangePart extends FakeClientObject {
  /** @internal */ readonly _range: FakeRange;

  constructor(range: FakeRange) {
    super(range.context);
    this._range = range;
  }

  /** @internal */
  _target(): RangeTarget {
    return this._range._target();
  }

  _assertExists(): void {
    this._target();
  }
}

const partTarget = (o: FakeClientObject): RangeTarget => (o as RangePart)._target();

/** A style property read as one value, or null when the range's cells differ. */
function uniform<T>(o: FakeClientObject, pick: (s: Style) => T): T | null {
  const { sheet, b } = partTarget(o);
  const values = sheet.distinct(b, (s) => pick(s));
  return values.length === 1 ? (values[0] as T) : null;
}

function styled<T>(
  pick: (s: Style) => T,
  check: (v: unknown, at: string) => T,
  apply: (s: Style, v: T) => Style,
  permission: Permission = 'formatCells',
  api = '1.1',
): {
  api: string;
  read: (o: FakeClientObject) => unknown;
  write: (o: FakeClientObject, v: unknown, at: string) => void;
} {
  return {
    api,
    read: (o) => uniform(o, pick),
    write: (o, v, at) => {
      const value = check(v, at);
      const { sheet, b } = partTarget(o);
      sheet.assertAllowed(permission, b, at);
      sheet.applyStyle(b, (s) => apply(s, value));
    },
  };
}

const H_ALIGN = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
] as const;
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'] as const;

export class FakeRangeFormat extends RangePart implements ExcelView<'Excel.RangeFormat'> {
  readonly _className = 'RangeFormat';
  declare horizontalAlignment: (typeof H_ALIGN)[number];
  declare verticalAlignment: (typeof V_ALIGN)[number];
  declare wrapText: boolean;
  /** ExcelApi 1.2. Points; null when the columns differ. */
  declare columnWidth: number;
  /** ExcelApi 1.2. Points; null when the rows differ. */
  declare rowHeight: number;

  get font(): FakeRangeFont {
    return this._child('font', () => new FakeRangeFont(this._range));
  }

  get fill(): FakeRangeFill {
    return this._child('fill', () => new FakeRangeFill(this._range));
  }

  get borders(): FakeRangeBorderCollection {
    return this._child('borders', () => new FakeRangeBorderCollection(this._range));
  }

  /** ExcelApi 1.2. */
  get protection(): FakeFormatProtection {
    return this._child('protection', () => new FakeFormatProtection(this._range));
  }

  /** ExcelApi 1.2. Heights from the line count, approximately (15 points a line). */
  autofitRows(): void {
    this._call('autofitRows', '1.2', [], () => {
      const { sheet, b } = this._target();
      sheet.assertAllowed('formatRows', b, 'RangeFormat.autofitRows');
      sheet.autofitRows(b);
    });
  }
}

function sizes(o: FakeClientObject, axis: 'cols' | 'rows'): number | null {
  const { sheet, b } = partTarget(o);
  const [lo, hi] = axis === 'cols' ? [b.c0, b.c1] : [b.r0, b.r1];
  const map = axis === 'cols' ? sheet.columnWidths : sheet.rowHeights;
  const fallback = axis === 'cols' ? DEFAULT_COLUMN_WIDTH : DEFAULT_ROW_HEIGHT;
  const first = map.get(lo) ?? fallback;
  if (hi - lo > 100_000) {
    for (const [i, v] of map) if (i >= lo && i <= hi && v !== first) return null;
    return first;
  }
  for (let i = lo + 1; i <= hi; i += 1) if ((map.get(i) ?? fallback) !== first) return null;
  return first;
}

defineProps(
  FakeRangeFormat,
  'RangeFormat',
  {
    horizontalAlignment: styled(
      (s) => s.horizontalAlignment,
      (v, at) => oneOf(v, H_ALIGN, at),
      (s, v) => ({ ...s, horizontalAlignment: v }),
    ),
    verticalAlignment: styled(
      (s) => s.verticalAlignment,
      (v, at) => oneOf(v, V_ALIGN, at),
      (s, v) => ({ ...s, verticalAlignment: v }),
    ),
    wrapText: styled(
      (s) => s.wrapText,
      bool,
      (s, v) => ({ ...s, wrapText: v }),
    ),
    columnWidth: {
      api: '1.2',
      read: (o) => sizes(o, 'cols'),
      write: (o, v, at) => {
        // Excel's maximum is 255 characters wide, about 1,790 points.
        const width = num(v, at, 0, 1790);
        const { sheet, b } = partTarget(o);
        sheet.assertAllowed('formatColumns', b, at);
        for (let c = b.c0; c <= b.c1; c += 1) sheet.columnWidths.set(c, width);
      },
    },
    rowHeight: {
      api: '1.2',
      read: (o) => sizes(o, 'rows'),
      write: (o, v, at) => {
        // Excel's maximum row height is 409 points.
        const height = num(v, at, 0, 409);
        const { sheet, b } = partTarget(o);
        sheet.assertAllowed('formatRows', b, at);
        for (let r = b.r0; r <= b.r1; r += 1) sheet.rowHeights.set(r, height);
      },
    },
  },
  ['font', 'fill', 'borders', 'protection'],
);

export class FakeRangeFont extends RangePart implements ExcelView<'Excel.RangeFont'> {
  readonly _className = 'RangeFont';
  declare name: string;
  declare size: number;
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
}

defineProps(FakeRangeFont, 'RangeFont', {
  name: styled(
    (s) => s.fontName,
    (v, at) => str(v, at, 255),
    (s, v) => ({ ...s, fontName: v }),
  ),
  size: styled(
    (s) => s.fontSize,
    (v, at) => num(v, at, 1, 409),
    (s, v) => ({ ...s, fontSize: v }),
  ),
  bold: styled(
    (s) => s.bold,
    bool,
    (s, v) => ({ ...s, bold: v }),
  ),
  italic: styled(
    (s) => s.italic,
    bool,
    (s, v) => ({ ...s, italic: v }),
  ),
  color: styled(
    (s) => s.fontColor,
    color,
    (s, v) => ({ ...s, fontColor: v }),
  ),
});

export class FakeRangeFill extends RangePart implements ExcelView<'Excel.RangeFill'> {
  readonly _className = 'RangeFill';
  /** "#RRGGBB"; "#FFFFFF" when there is no fill. */
  declare color: string;
}

defineProps(FakeRangeFill, 'RangeFill', {
  color: styled(
    (s) => s.fill ?? '#FFFFFF',
    color,
    (s, v) => ({ ...s, fill: v }),
  ),
});

const BORDER_INDEXES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
] as const;
type BorderIndex = (typeof BORDER_INDEXES)[number];
const LINE_STYLES = [
  'None',
  'Continuous',
  'Dash',
  'DashDot',
  'DashDotDot',
  'Dot',
  'Double',
  'SlantDashDot',
] as const;
const WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'] as const;

export class FakeRangeBorderCollection
  extends RangePart
  implements ExcelView<'Excel.RangeBorderCollection'>
{
  readonly _className = 'RangeBorderCollection';

  /** EdgeTop, EdgeBottom, EdgeLeft, EdgeRight, InsideVertical, InsideHorizontal, DiagonalDown, DiagonalUp. */
  getItem(index: BorderIndex): FakeRangeBorder {
    const border = new FakeRangeBorder(this._range, index);
    this._call('getItem', '1.1', [index], () => {
      oneOf(index, BORDER_INDEXES, 'RangeBorderCollection.getItem');
    });
    return border;
  }
}

defineProps(FakeRangeBorderCollection, 'RangeBorderCollection', {});

/** Which cell sides a border index covers inside bounds `b`. */
function borderCells(index: BorderIndex, b: Bounds): { b: Bounds; side: BorderKey }[] {
  switch (index) {
    case 'EdgeTop':
      return [{ b: { ...b, r1: b.r0 }, side: 'top' }];
    case 'EdgeBottom':
      return [{ b: { ...b, r0: b.r1 }, side: 'bottom' }];
    case 'EdgeLeft':
      return [{ b: { ...b, c1: b.c0 }, side: 'left' }];
    case 'EdgeRight':
      return [{ b: { ...b, c0: b.c1 }, side: 'right' }];
    case 'InsideHorizontal':
      return b.r0 === b.r1
        ? []
        : [
            { b: { ...b, r1: b.r1 - 1 }, side: 'bottom' },
            { b: { ...b, r0: b.r0 + 1 }, side: 'top' },
          ];
    case 'InsideVertical':
      return b.c0 === b.c1
        ? []
        : [
            { b: { ...b, c1: b.c1 - 1 }, side: 'right' },
            { b: { ...b, c0: b.c0 + 1 }, side: 'left' },
          ];
    case 'DiagonalDown':
      return [{ b, side: 'diagonalDown' }];
    default:
      return [{ b, side: 'diagonalUp' }];
  }
}

const NO_BORDER: BorderSide = { style: 'None', color: '#000000', weight: 'Thin' };

export class FakeRangeBorder extends RangePart implements ExcelView<'Excel.RangeBorder'> {
  readonly _className = 'RangeBorder';
  declare style: (typeof LINE_STYLES)[number];
  declare color: string;
  declare weight: (typeof WEIGHTS)[number];
  /** @internal */ readonly _index: BorderIndex;

  constructor(range: FakeRange, index: BorderIndex) {
    super(range);
    this._index = index;
  }
}

function borderProp<K extends keyof BorderSide>(
  field: K,
  check: (v: unknown, at: string) => BorderSide[K],
): {
  read: (o: FakeClientObject) => unknown;
  write: (o: FakeClientObject, v: unknown, at: string) => void;
} {
  return {
    read: (o) => {
      const border = o as FakeRangeBorder;
      const { sheet, b } = border._target();
      const parts = borderCells(border._index, b);
      const seen: unknown[] = [];
      for (const p of parts) {
        for (const v of sheet.distinct(p.b, (s) => (s.borders[p.side] ?? NO_BORDER)[field])) {
          if (!seen.includes(v)) seen.push(v);
        }
      }
      return seen.length === 1 ? seen[0] : seen.length === 0 ? NO_BORDER[field] : null;
    },
    write: (o, v, at) => {
      const border = o as FakeRangeBorder;
      const value = check(v, at);
      const { sheet, b } = border._target();
      sheet.assertAllowed('formatCells', b, at);
      for (const p of borderCells(border._index, b)) {
        sheet.applyStyle(p.b, (s) => {
          const current = s.borders[p.side] ?? { ...NO_BORDER };
          const next: BorderSide = { ...current, [field]: value };
          if (field !== 'style' && current.style === 'None') next.style = 'Continuous';
          const bordersNext = { ...s.borders };
          if (next.style === 'None') delete bordersNext[p.side];
          else bordersNext[p.side] = next;
          return { ...s, borders: bordersNext };
        });
      }
    },
  };
}

defineProps(FakeRangeBorder, 'RangeBorder', {
  style: borderProp('style', (v, at) => oneOf(v, LINE_STYLES, at)),
  color: borderProp('color', color),
  weight: borderProp('weight', (v, at) => oneOf(v, WEIGHTS, at)),
});

export class FakeFormatProtection extends RangePart implements ExcelView<'Excel.FormatProtection'> {
  readonly _className = 'FormatProtection';
  declare locked: boolean;
}

defineProps(FakeFormatProtection, 'FormatProtection', {
  locked: styled(
    (s) => s.locked,
    bool,
    (s, v) => ({ ...s, locked: v }),
    'never',
    '1.2',
  ),
});

// ---------------------------------------------------------------------------------------------
// Data validation (ExcelApi 1.8)

const DV_OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
] as const;
const RULE_KINDS = [
  'custom',
  'date',
  'decimal',
  'list',
  'textLength',
  'time',
  'wholeNumber',
] as const;

export class FakeDataValidation extends RangePart implements ExcelView<'Excel.DataValidation'> {
  readonly _className = 'DataValidation';
  /** Exactly one of list, wholeNumber, decimal, textLength, date, time, custom. */
  declare rule: Record<string, unknown>;
  declare errorAlert: {
    message: string;
    showAlert: boolean;
    style: 'Stop' | 'Warning' | 'Information';
    title: string;
  };
  declare prompt: { message: string; showPrompt: boolean; title: string };
  declare ignoreBlanks: boolean;

  /** Removes validation from the cells of this range (other parts of a larger validation stay). */
  clear(): void {
    this._call('clear', '1.8', [], () => {
      const { sheet, b } = this._target();
      sheet.assertAllowed('never', b, 'DataValidation.clear');
      sheet.clearValidation(b);
    });
  }
}

/** A formula operand as Excel stores it: numbers and Dates as text, a Range as its absolute address. */
function operand(v: unknown, here: RangeTarget, at: string, dates: boolean): string | number {
  if (typeof v === 'number' && !dates) return num(v, at);
  if (typeof v === 'string' && v !== '') return v;
  if (v instanceof Date && dates) return v.toISOString().slice(0, 10);
  if (v instanceof FakeRange) return rangeFormula(v, here);
  return invalid(at);
}

function rangeFormula(r: FakeRange, here: RangeTarget): string {
  const t = r._target();
  return t.sheet === here.sheet
    ? `=${formatBounds(t.b, true)}`
    : `=${formatAddress(t.sheet.name, t.b, true)}`;
}

/** Checks a rule and stores it the way Excel would return it. */
function normalizeRule(v: unknown, here: RangeTarget, at: string): StoredRule {
  const o = plainObject(v, at);
  knownKeys(o, RULE_KINDS, at);
  const present = Object.entries(o).filter(([, x]) => x !== undefined && x !== null);
  if (present.length !== 1) invalid(at, 'A data validation rule has exactly one type.');
  const [kind, body] = present[0]!;
  const b = plainObject(body, at);
  switch (kind) {
    case 'list': {
      knownKeys(b, ['inCellDropDown', 'source'], at);
      const inCellDropDown = b.inCellDropDown === undefined ? true : bool(b.inCellDropDown, at);
      let source: string;
      if (b.source instanceof FakeRange) source = rangeFormula(b.source, here);
      else {
        source = str(b.source, at);
        if (source.trim() === '') invalid(at, 'A list needs a source.');
        // A typed list (not a formula) is limited to 255 characters in Excel.
        if (!source.startsWith('=') && source.length > 255) {
          invalid(at, 'A list source typed as text is limited to 255 characters.');
        }
      }
      return { list: { inCellDropDown, source } };
    }
    case 'custom': {
      knownKeys(b, ['formula'], at);
      return { custom: { formula: str(b.formula, at, 8192) } };
    }
    default: {
      const dates = kind === 'date' || kind === 'time';
      knownKeys(b, ['formula1', 'formula2', 'operator'], at);
      const operator = oneOf(b.operator, DV_OPERATORS, at);
      const out: Record<string, unknown> = {
        formula1: operand(b.formula1, here, at, dates),
        operator,
      };
      if (operator === 'Between' || operator === 'NotBetween')
        out.formula2 = operand(b.formula2, here, at, dates);
      else if (b.formula2 !== undefined) invalid(at, `${operator} takes one formula.`);
      return { [kind]: out };
    }
  }
}

const dvTarget = (o: FakeClientObject) => partTarget(o);

function dvRead<T>(
  o: FakeClientObject,
  pick: (e: Exclude<ReturnType<FakeSheetState['validationAt']>, 'none' | 'mixed'>) => T,
  none: T,
): T | null {
  const { sheet, b } = dvTarget(o);
  const at = sheet.validationAt(b);
  if (at === 'none') return none;
  if (at === 'mixed') return null;
  return pick(at);
}

function dvWrite(
  o: FakeClientObject,
  at: string,
  patch: (t: RangeTarget) => Parameters<FakeSheetState['setValidation']>[1],
): void {
  const t = dvTarget(o);
  t.sheet.assertAllowed('never', t.b, at);
  t.sheet.setValidation(t.b, patch(t));
}

defineProps(FakeDataValidation, 'DataValidation', {
  rule: {
    api: '1.8',
    read: (o) => dvRead(o, (e) => e.rule ?? {}, {}),
    write: (o, v, at) => dvWrite(o, at, (t) => ({ rule: normalizeRule(v, t, at) })),
  },
  errorAlert: {
    api: '1.8',
    read: (o) =>
      dvRead(o, (e) => e.errorAlert, { message: '', showAlert: true, style: 'Stop', title: '' }),
    write: (o, v, at) =>
      dvWrite(o, at, () => {
        const a = plainObject(v, at);
        knownKeys(a, ['message', 'showAlert', 'style', 'title'], at);
        // Excel's limits: a title of 32 characters, an error message of 225.
        return {
          errorAlert: {
            message: a.message === undefined ? '' : str(a.message, at, 225),
            showAlert: a.showAlert === undefined ? true : bool(a.showAlert, at),
            style:
              a.style === undefined
                ? 'Stop'
                : oneOf(a.style, ['Stop', 'Warning', 'Information'], at),
            title: a.title === undefined ? '' : str(a.title, at, 32),
          },
        };
      }),
  },
  prompt: {
    api: '1.8',
    read: (o) => dvRead(o, (e) => e.prompt, { message: '', showPrompt: false, title: '' }),
    write: (o, v, at) =>
      dvWrite(o, at, () => {
        const p = plainObject(v, at);
        knownKeys(p, ['message', 'showPrompt', 'title'], at);
        // Excel's limits: a title of 32 characters, a message of 255.
        return {
          prompt: {
            message: p.message === undefined ? '' : str(p.message, at, 255),
            showPrompt: p.showPrompt === undefined ? false : bool(p.showPrompt, at),
            title: p.title === undefined ? '' : str(p.title, at, 32),
          },
        };
      }),
  },
  ignoreBlanks: {
    api: '1.8',
    read: (o) => dvRead(o, (e) => e.ignoreBlanks, true),
    write: (o, v, at) => dvWrite(o, at, () => ({ ignoreBlanks: bool(v, at) })),
  },
});

// ---------------------------------------------------------------------------------------------
// Conditional formats (ExcelApi 1.6)

const CF_TYPES = [
  'Custom',
  'DataBar',
  'ColorScale',
  'IconSet',
  'TopBottom',
  'PresetCriteria',
  'ContainsText',
  'CellValue',
] as const;
const CF_CELL_OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqual',
  'LessThanOrEqual',
] as const;

export class FakeConditionalFormatCollection
  extends RangePart
  implements ExcelView<'Excel.ConditionalFormatCollection'>
{
  readonly _className = 'ConditionalFormatCollection';

  /** Adds a conditional format at the top priority. Custom, ContainsText and CellValue carry rules here. */
  add(type: (typeof CF_TYPES)[number]): FakeConditionalFormat {
    let entry: ConditionalFormatEntry | null = null;
    const cf = new FakeConditionalFormat(this._range, () => entry);
    this._call('add', '1.6', [type], () => {
      const at = 'ConditionalFormatCollection.add';
      const { sheet, b } = this._target();
      sheet.assertAllowed('never', b, at);
      entry = sheet.addConditionalFormat(b, oneOf(type, CF_TYPES, at));
      cf._resolve();
    });
    return cf;
  }

  /** Removes every conditional format that touches this range. */
  clearAll(): void {
    this._call('clearAll', '1.6', [], () => {
      const { sheet, b } = this._target();
      sheet.assertAllowed('never', b, 'ConditionalFormatCollection.clearAll');
      sheet.conditionalFormatEntries = sheet.conditionalFormatEntries.filter(
        (e) => !intersect(e.bounds, b),
      );
    });
  }
}

defineProps(FakeConditionalFormatCollection, 'ConditionalFormatCollection', {});

export class FakeConditionalFormat
  extends RangePart
  implements ExcelView<'Excel.ConditionalFormat'>
{
  readonly _className = 'ConditionalFormat';
  private _entry: ConditionalFormatEntry | null | undefined;
  private readonly _find: () => ConditionalFormatEntry | null;

  constructor(range: FakeRange, find: () => ConditionalFormatEntry | null) {
    super(range);
    this._find = find;
  }

  override _resolve(): void {
    if (this._entry !== undefined) return;
    this._entry = this._find();
    this._isNull = this._entry === null;
    this._values.set('isNullObject', this._isNull);
  }

  /** @internal The stored conditional format; ItemNotFound once deleted. */
  _cf(): { sheet: FakeSheetState; entry: ConditionalFormatEntry } {
    this._resolve();
    const { sheet } = this._target();
    const entry = this._entry;
    if (!entry || !sheet.conditionalFormatEntries.includes(entry))
      throw officeError(ErrorCodes.itemNotFound);
    return { sheet, entry };
  }

  override _assertExists(): void {
    this._cf();
  }

  /** The rule and format of a CellValue conditional format. */
  get cellValue(): FakeCellValueConditionalFormat {
    return this._child('cellValue', () => new FakeCellValueConditionalFormat(this, 'CellValue'));
  }
}

defineProps(FakeConditionalFormat, 'ConditionalFormat', {}, ['cellValue']);

/** Base of a conditional format's typed view; using the wrong view fails with InvalidOperation. */
abstract class CfPart extends FakeClientObject {
  /** @internal */ readonly _cfObject: FakeConditionalFormat;
  /** @internal */ readonly _type: string;

  constructor(cf: FakeConditionalFormat, type: string) {
    super(cf.context);
    this._cfObject = cf;
    this._type = type;
  }

  /** @internal */
  _entry(): { sheet: FakeSheetState; entry: ConditionalFormatEntry } {
    const found = this._cfObject._cf();
    if (found.entry.type !== this._type) throw officeError(ErrorCodes.invalidOperation);
    return found;
  }

  _assertExists(): void {
    this._entry();
  }

  /** @internal */
  _write(at: string, change: (e: ConditionalFormatEntry) => void): void {
    const { sheet, entry } = this._entry();
    sheet.assertAllowed('never', entry.bounds, at);
    change(entry);
  }
}

const cfEntry = (o: FakeClientObject) => (o as CfPart)._entry().entry;

export class FakeConditionalRangeFormat
  extends CfPart
  implements ExcelView<'Excel.ConditionalRangeFormat'>
{
  readonly _className = 'ConditionalRangeFormat';
  get font(): FakeConditionalRangeFont {
    return this._child('font', () => new FakeConditionalRangeFont(this._cfObject, this._type));
  }

  get fill(): FakeConditionalRangeFill {
    return this._child('fill', () => new FakeConditionalRangeFill(this._cfObject, this._type));
  }
}

defineProps(FakeConditionalRangeFormat, 'ConditionalRangeFormat', {}, ['font', 'fill']);

export class FakeConditionalRangeFont
  extends CfPart
  implements ExcelView<'Excel.ConditionalRangeFont'>
{
  readonly _className = 'ConditionalRangeFont';
  declare color: string;
}

function cfFormatProp<K extends 'fontColor' | 'fill'>(
  key: K,
  check: (v: unknown, at: string) => NonNullable<ConditionalFormatEntry['format'][K]>,
): {
  api: string;
  read: (o: FakeClientObject) => unknown;
  write: (o: FakeClientObject, v: unknown, at: string) => void;
} {
  return {
    api: '1.6',
    read: (o) => cfEntry(o).format[key] ?? null,
    write: (o, v, at) =>
      (o as CfPart)._write(at, (e) => {
        e.format[key] = check(v, at);
      }),
  };
}

defineProps(FakeConditionalRangeFont, 'ConditionalRangeFont', {
  color: cfFormatProp('fontColor', color),
});

export class FakeConditionalRangeFill
  extends CfPart
  implements ExcelView<'Excel.ConditionalRangeFill'>
{
  readonly _className = 'ConditionalRangeFill';
  declare color: string;
}

defineProps(FakeConditionalRangeFill, 'ConditionalRangeFill', {
  color: cfFormatProp('fill', color),
});

export class FakeCellValueConditionalFormat
  extends CfPart
  implements ExcelView<'Excel.CellValueConditionalFormat'>
{
  readonly _className = 'CellValueConditionalFormat';
  /** { formula1, formula2?, operator }: set as a whole object. */
  declare rule: Excel.ConditionalCellValueRule;

  get format(): FakeConditionalRangeFormat {
    return this._child('format', () => new FakeConditionalRangeFormat(this._cfObject, this._type));
  }
}

function cfFormula(v: unknown, at: string): string {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return str(v, at, 8192);
}

defineProps(
  FakeCellValueConditionalFormat,
  'CellValueConditionalFormat',
  {
    rule: {
      api: '1.6',
      read: (o) => cfEntry(o).rule,
      write: (o, v, at) =>
        (o as CfPart)._write(at, (e) => {
          const r = plainObject(v, at);
          knownKeys(r, ['formula1', 'formula2', 'operator'], at);
          const operator = oneOf(r.operator, CF_CELL_OPERATORS, at);
          const rule: Record<string, unknown> = { formula1: cfFormula(r.formula1, at), operator };
          if (operator === 'Between' || operator === 'NotBetween')
            rule.formula2 = cfFormula(r.formula2, at);
          e.rule = rule;
        }),
    },
  },
  ['format'],
);
