/// <reference types="office-js" />
/**
 * Charts (ExcelApi 1.1, with members of 1.7 and 1.8): the part of `Worksheet.charts` the product
 * uses. A chart is recorded on its sheet's state (`FakeSheetState.charts`) with the addresses of
 * its data, so tests see what Excel would draw. As in the real API, members above the host's
 * ExcelApi are refused at sync (ApiNotFound), and a protected sheet takes no new chart.
 */
import type { ExcelView } from './api';
import { formatBounds } from './address';
import { bool, int, num, oneOf, str } from './check';
import {
  defineProps,
  FakeClientObject,
  type LoadSpec,
  type LoadTree,
  type ResponseSink,
} from './core';
import { ErrorCodes, officeError, propertyNotLoaded } from './errors';
import { FakeRange } from './range';
import type { FakeSheetState } from './state';
import type { FakeWorksheet } from './workbook';

export interface ChartSeriesState {
  name: string;
  /** The values' address ("H20:H43"), and the categories' (x axis values), when set. */
  values: string | null;
  xValues: string | null;
  fill: string | null;
}

export interface ChartAxisState {
  minimum: number | null;
  maximum: number | null;
  numberFormat: string;
  reversePlotOrder: boolean;
  position: string;
}

export interface ChartState {
  readonly id: number;
  name: string;
  type: string;
  /** The source range given to `add`, and how it is read. */
  source: string;
  seriesBy: string;
  /** The cells the chart covers, by `setPosition` ("B45", "J74"). */
  position: { start: string; end: string } | null;
  title: string;
  legendVisible: boolean;
  series: ChartSeriesState[];
  valueAxis: ChartAxisState;
  categoryAxis: ChartAxisState;
  dataLabels: { showValue: boolean; numberFormat: string };
}

const CHART_TYPES = [
  'BarClustered',
  'ColumnClustered',
  'BarStacked',
  'ColumnStacked',
  'Pie',
  'Line',
];
let nextChartId = 1;

const axis = (): ChartAxisState => ({
  minimum: null,
  maximum: null,
  numberFormat: 'General',
  reversePlotOrder: false,
  position: 'Automatic',
});

/** Base of a chart's parts: they find their chart on the sheet when the queue runs. */
abstract class ChartPart extends FakeClientObject {
  constructor(
    /** @internal */ readonly _worksheet: FakeWorksheet,
    /** @internal */ readonly _chartId: () => number | null,
  ) {
    super(_worksheet.context);
  }

  /** @internal */
  _chart(): ChartState {
    const id = this._chartId();
    const c = this._worksheet._sheet().charts.find((x) => x.id === id);
    if (!c) throw officeError(ErrorCodes.itemNotFound);
    return c;
  }

  _assertExists(): void {
    this._chart();
  }

  /** @internal A range argument as an address on the chart's sheet. */
  _address(range: FakeRange, at: string): string {
    if (!(range instanceof FakeRange)) throw officeError(ErrorCodes.invalidArgument, undefined, at);
    const t = range._target();
    if (t.sheet !== this._worksheet._sheet()) {
      throw officeError(ErrorCodes.invalidArgument, 'The range is on another sheet.', at);
    }
    return formatBounds(t.b);
  }
}

export class FakeChartCollection
  extends FakeClientObject
  implements ExcelView<'Excel.ChartCollection'>
{
  readonly _className = 'ChartCollection';
  private _items: FakeChart[] | undefined;

  constructor(/** @internal */ readonly _worksheet: FakeWorksheet) {
    super(_worksheet.context);
  }

  _assertExists(): void {
    this._worksheet._sheet();
  }

  load(spec?: LoadSpec): this {
    return this._load(spec);
  }

  /** Loaded with `load('items/name')` and a sync. */
  get items(): FakeChart[] {
    if (!this._items) throw propertyNotLoaded('items', 'ChartCollection.items');
    return this._items;
  }

  /** A chart of `sourceData` (a range of this sheet), placed by Excel until `setPosition`. */
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    this._sameContext(sourceData);
    let added: number | null = null;
    const chart = new FakeChart(this._worksheet, () => added);
    const args: unknown[] = [type, sourceData];
    if (seriesBy !== undefined) args.push(seriesBy);
    this._call('add', '1.1', args, () => {
      const at = 'ChartCollection.add';
      const s: FakeSheetState = this._worksheet._sheet();
      s.assertAllowed('never', null, at);
      const kind = oneOf(type, CHART_TYPES, at);
      const by = seriesBy === undefined ? 'Auto' : oneOf(seriesBy, ['Auto', 'Columns', 'Rows'], at);
      const t = sourceData._target();
      if (t.sheet !== s) throw officeError(ErrorCodes.invalidArgument, undefined, at);
      const id = nextChartId++;
      // a single column read by columns: one series of its cells, named "Series1" by Excel
      const columns = t.b.c1 - t.b.c0 + 1;
      s.charts.push({
        id,
        name: `Chart ${id}`,
        type: kind,
        source: formatBounds(t.b),
        seriesBy: by,
        position: null,
        title: '',
        legendVisible: true,
        series: Array.from({ length: by === 'Rows' ? t.b.r1 - t.b.r0 + 1 : columns }, (_, k) => ({
          name: `Series${k + 1}`,
          values: formatBounds(
            by === 'Rows'
              ? { r0: t.b.r0 + k, c0: t.b.c0, r1: t.b.r0 + k, c1: t.b.c1 }
              : { r0: t.b.r0, c0: t.b.c0 + k, r1: t.b.r1, c1: t.b.c0 + k },
          ),
          xValues: null,
          fill: null,
        })),
        valueAxis: axis(),
        categoryAxis: axis(),
        dataLabels: { showValue: false, numberFormat: 'General' },
      });
      added = id;
    });
    return chart;
  }

  override _runLoad(tree: LoadTree, sink: ResponseSink): void {
    this._assertExists();
    const itemTree: LoadTree = tree.children.get('items') ?? {
      all: true,
      scalars: new Set(),
      children: new Map(),
    };
    const items = this._worksheet._sheet().charts.map((c) => {
      const id = c.id;
      return new FakeChart(this._worksheet, () => id);
    });
    for (const chart of items) chart._runLoad(itemTree, sink);
    sink.deliver(2, () => {
      this._items = items;
    });
  }
}

defineProps(FakeChartCollection, 'ChartCollection', {});

export class FakeChart extends ChartPart implements ExcelView<'Excel.Chart'> {
  readonly _className = 'Chart';
  declare name: string;

  get title(): FakeChartTitle {
    return this._child('title', () => new FakeChartTitle(this._worksheet, this._chartId));
  }

  get legend(): FakeChartLegend {
    return this._child('legend', () => new FakeChartLegend(this._worksheet, this._chartId));
  }

  get axes(): FakeChartAxes {
    return this._child('axes', () => new FakeChartAxes(this._worksheet, this._chartId));
  }

  get series(): FakeChartSeriesCollection {
    return this._child(
      'series',
      () => new FakeChartSeriesCollection(this._worksheet, this._chartId),
    );
  }

  get dataLabels(): FakeChartDataLabels {
    return this._child('dataLabels', () => new FakeChartDataLabels(this._worksheet, this._chartId));
  }

  /** Covers `startCell` to `endCell` (both on the chart's sheet). */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const args: unknown[] = [startCell];
    if (endCell !== undefined) args.push(endCell);
    this._call('setPosition', '1.1', args, () => {
      const at = 'Chart.setPosition';
      const cell = (c: FakeRange | string): string =>
        typeof c === 'string' ? str(c, at) : this._address(c, at);
      const start = cell(startCell);
      this._chart().position = { start, end: endCell === undefined ? start : cell(endCell) };
    });
  }

  delete(): void {
    this._call('delete', '1.1', [], () => {
      const s = this._worksheet._sheet();
      const c = this._chart();
      s.charts = s.charts.filter((x) => x !== c);
    });
  }
}

defineProps(
  FakeChart,
  'Chart',
  {
    name: {
      read: (o) => (o as FakeChart)._chart().name,
      write: (o, v, at) => {
        (o as FakeChart)._chart().name = str(v, at, 255);
      },
    },
  },
  ['title', 'legend', 'axes', 'series', 'dataLabels'],
);

export class FakeChartTitle extends ChartPart implements ExcelView<'Excel.ChartTitle'> {
  readonly _className = 'ChartTitle';
  declare text: string;
}

defineProps(FakeChartTitle, 'ChartTitle', {
  text: {
    read: (o) => (o as FakeChartTitle)._chart().title,
    write: (o, v, at) => {
      (o as FakeChartTitle)._chart().title = str(v, at, 255);
    },
  },
});

export class FakeChartLegend extends ChartPart implements ExcelView<'Excel.ChartLegend'> {
  readonly _className = 'ChartLegend';
  declare visible: boolean;
}

defineProps(FakeChartLegend, 'ChartLegend', {
  visible: {
    read: (o) => (o as FakeChartLegend)._chart().legendVisible,
    write: (o, v, at) => {
      (o as FakeChartLegend)._chart().legendVisible = bool(v, at);
    },
  },
});

export class FakeChartAxes extends ChartPart implements ExcelView<'Excel.ChartAxes'> {
  readonly _className = 'ChartAxes';

  get valueAxis(): FakeChartAxis {
    return this._child(
      'valueAxis',
      () => new FakeChartAxis(this._worksheet, this._chartId, 'value'),
    );
  }

  get categoryAxis(): FakeChartAxis {
    return this._child(
      'categoryAxis',
      () => new FakeChartAxis(this._worksheet, this._chartId, 'category'),
    );
  }
}

defineProps(FakeChartAxes, 'ChartAxes', {}, ['valueAxis', 'categoryAxis']);

export class FakeChartAxis extends ChartPart implements ExcelView<'Excel.ChartAxis'> {
  readonly _className = 'ChartAxis';
  declare minimum: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- as declared
  declare maximum: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- as declared
  /** ExcelApi 1.8. */
  declare numberFormat: string;
  /** ExcelApi 1.7. */
  declare reversePlotOrder: boolean;
  /** ExcelApi 1.8. */
  declare position: Excel.ChartAxisPosition | 'Automatic' | 'Maximum' | 'Minimum' | 'Custom';

  constructor(
    worksheet: FakeWorksheet,
    chartId: () => number | null,
    /** @internal */ readonly _which: 'value' | 'category',
  ) {
    super(worksheet, chartId);
  }

  /** @internal */
  _axis(): ChartAxisState {
    const c = this._chart();
    return this._which === 'value' ? c.valueAxis : c.categoryAxis;
  }
}

const axisOf = (o: FakeClientObject) => (o as FakeChartAxis)._axis();

defineProps(FakeChartAxis, 'ChartAxis', {
  minimum: {
    read: (o) => axisOf(o).minimum,
    write: (o, v, at) => {
      axisOf(o).minimum = num(v, at);
    },
  },
  maximum: {
    read: (o) => axisOf(o).maximum,
    write: (o, v, at) => {
      axisOf(o).maximum = num(v, at);
    },
  },
  numberFormat: {
    api: '1.8',
    read: (o) => axisOf(o).numberFormat,
    write: (o, v, at) => {
      axisOf(o).numberFormat = str(v, at, 255);
    },
  },
  reversePlotOrder: {
    api: '1.7',
    read: (o) => axisOf(o).reversePlotOrder,
    write: (o, v, at) => {
      axisOf(o).reversePlotOrder = bool(v, at);
    },
  },
  position: {
    api: '1.8',
    read: (o) => axisOf(o).position,
    write: (o, v, at) => {
      axisOf(o).position = oneOf(v, ['Automatic', 'Maximum', 'Minimum', 'Custom'], at);
    },
  },
});

export class FakeChartSeriesCollection
  extends ChartPart
  implements ExcelView<'Excel.ChartSeriesCollection'>
{
  readonly _className = 'ChartSeriesCollection';

  getItemAt(index: number): FakeChartSeries {
    let found: number | null = null;
    const series = new FakeChartSeries(this._worksheet, this._chartId, () => found);
    this._call('getItemAt', '1.1', [index], () => {
      const i = int(index, 'ChartSeriesCollection.getItemAt', 0);
      if (i >= this._chart().series.length) throw officeError(ErrorCodes.itemNotFound);
      found = i;
    });
    return series;
  }

  /** ExcelApi 1.7: a new series, empty until its values are set. */
  add(name?: string, index?: number): FakeChartSeries {
    let added: number | null = null;
    const series = new FakeChartSeries(this._worksheet, this._chartId, () => added);
    const args: unknown[] = name === undefined ? [] : [name];
    if (index !== undefined) args.push(index);
    this._call('add', '1.7', args, () => {
      const at = 'ChartSeriesCollection.add';
      const list = this._chart().series;
      const i = index === undefined ? list.length : int(index, at, 0, list.length);
      list.splice(i, 0, {
        name: name === undefined ? `Series${list.length + 1}` : str(name, at, 255),
        values: null,
        xValues: null,
        fill: null,
      });
      added = i;
    });
    return series;
  }
}

defineProps(FakeChartSeriesCollection, 'ChartSeriesCollection', {});

export class FakeChartSeries extends ChartPart implements ExcelView<'Excel.ChartSeries'> {
  readonly _className = 'ChartSeries';
  declare name: string;

  constructor(
    worksheet: FakeWorksheet,
    chartId: () => number | null,
    /** @internal */ readonly _index: () => number | null,
  ) {
    super(worksheet, chartId);
  }

  /** @internal */
  _series(): ChartSeriesState {
    const i = this._index();
    const s = i === null ? undefined : this._chart().series[i];
    if (!s) throw officeError(ErrorCodes.itemNotFound);
    return s;
  }

  override _assertExists(): void {
    this._series();
  }

  get format(): FakeChartSeriesFormat {
    return this._child('format', () => new FakeChartSeriesFormat(this));
  }

  /** ExcelApi 1.7. */
  setValues(sourceData: FakeRange): void {
    this._sameContext(sourceData);
    this._call('setValues', '1.7', [sourceData], () => {
      this._series().values = this._address(sourceData, 'ChartSeries.setValues');
    });
  }

  /** ExcelApi 1.7: the categories. */
  setXAxisValues(sourceData: FakeRange): void {
    this._sameContext(sourceData);
    this._call('setXAxisValues', '1.7', [sourceData], () => {
      this._series().xValues = this._address(sourceData, 'ChartSeries.setXAxisValues');
    });
  }
}

defineProps(
  FakeChartSeries,
  'ChartSeries',
  {
    name: {
      read: (o) => (o as FakeChartSeries)._series().name,
      write: (o, v, at) => {
        (o as FakeChartSeries)._series().name = str(v, at, 255);
      },
    },
  },
  ['format'],
);

export class FakeChartSeriesFormat
  extends FakeClientObject
  implements ExcelView<'Excel.ChartSeriesFormat'>
{
  readonly _className = 'ChartSeriesFormat';

  constructor(/** @internal */ readonly _series: FakeChartSeries) {
    super(_series.context);
  }

  _assertExists(): void {
    this._series._assertExists();
  }

  get fill(): FakeChartFill {
    return this._child('fill', () => new FakeChartFill(this._series));
  }
}

defineProps(FakeChartSeriesFormat, 'ChartSeriesFormat', {}, ['fill']);

export class FakeChartFill extends FakeClientObject implements ExcelView<'Excel.ChartFill'> {
  readonly _className = 'ChartFill';

  constructor(/** @internal */ readonly _series: FakeChartSeries) {
    super(_series.context);
  }

  _assertExists(): void {
    this._series._assertExists();
  }

  setSolidColor(color: string): void {
    this._call('setSolidColor', '1.1', [color], () => {
      const at = 'ChartFill.setSolidColor';
      if (typeof color !== 'string' || !/^#[0-9A-Fa-f]{6}$|^[A-Za-z]+$/.test(color)) {
        throw officeError(ErrorCodes.invalidArgument, undefined, at);
      }
      this._series._series().fill = color;
    });
  }
}

defineProps(FakeChartFill, 'ChartFill', {});

export class FakeChartDataLabels extends ChartPart implements ExcelView<'Excel.ChartDataLabels'> {
  readonly _className = 'ChartDataLabels';
  declare showValue: boolean;
  /** ExcelApi 1.8. */
  declare numberFormat: string;
}

defineProps(FakeChartDataLabels, 'ChartDataLabels', {
  showValue: {
    read: (o) => (o as FakeChartDataLabels)._chart().dataLabels.showValue,
    write: (o, v, at) => {
      (o as FakeChartDataLabels)._chart().dataLabels.showValue = bool(v, at);
    },
  },
  numberFormat: {
    api: '1.8',
    read: (o) => (o as FakeChartDataLabels)._chart().dataLabels.numberFormat,
    write: (o, v, at) => {
      (o as FakeChartDataLabels)._chart().dataLabels.numberFormat = str(v, at, 255);
    },
  },
});
