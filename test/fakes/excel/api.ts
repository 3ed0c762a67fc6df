/// <reference types="office-js" />
/**
 * The fake's classes checked against @types/office-js: each is paired with the real class it
 * stands for, and `EXCEL_SURFACE` lists the members the product uses of each (kept equal to the
 * product's own calls by test/fakes/surface.test.ts). A fake class `implements ExcelView<'Range'>`:
 * the real members of that list, with real classes swapped for fakes (see ../typed.ts).
 */
import type { Surface, TwinView } from '../typed';
import type {
  FakeChart,
  FakeChartAxes,
  FakeChartAxis,
  FakeChartCollection,
  FakeChartDataLabels,
  FakeChartFill,
  FakeChartLegend,
  FakeChartSeries,
  FakeChartSeriesCollection,
  FakeChartSeriesFormat,
  FakeChartTitle,
} from './charts';
import type { FakeClientObject, FakeRequestContext } from './core';
import type { FakeExcel } from './index';
import type { FakeOffice, FakeOfficeContext, FakeRequirements } from './office';
import type {
  FakeCellValueConditionalFormat,
  FakeConditionalFormat,
  FakeConditionalFormatCollection,
  FakeConditionalRangeFill,
  FakeConditionalRangeFont,
  FakeConditionalRangeFormat,
  FakeDataValidation,
  FakeFormatProtection,
  FakeRange,
  FakeRangeAreas,
  FakeRangeBorder,
  FakeRangeBorderCollection,
  FakeRangeCollection,
  FakeRangeFill,
  FakeRangeFont,
  FakeRangeFormat,
} from './range';
import type {
  FakeApplication,
  FakeAutoFilter,
  FakeDocumentProperties,
  FakeHeaderFooter,
  FakeHeaderFooterGroup,
  FakePageLayout,
  FakeWorkbook,
  FakeWorksheet,
  FakeWorksheetCollection,
  FakeWorksheetFreezePanes,
  FakeWorksheetProtection,
} from './workbook';

/** Each real class (by its qualified name) and the fake that stands for it. */
export interface ExcelTwins {
  Excel: [typeof Excel, FakeExcel];
  'Excel.Application': [Excel.Application, FakeApplication];
  'Excel.AutoFilter': [Excel.AutoFilter, FakeAutoFilter];
  'Excel.Chart': [Excel.Chart, FakeChart];
  'Excel.ChartAxes': [Excel.ChartAxes, FakeChartAxes];
  'Excel.ChartAxis': [Excel.ChartAxis, FakeChartAxis];
  'Excel.ChartCollection': [Excel.ChartCollection, FakeChartCollection];
  'Excel.ChartDataLabels': [Excel.ChartDataLabels, FakeChartDataLabels];
  'Excel.ChartFill': [Excel.ChartFill, FakeChartFill];
  'Excel.ChartLegend': [Excel.ChartLegend, FakeChartLegend];
  'Excel.ChartSeries': [Excel.ChartSeries, FakeChartSeries];
  'Excel.ChartSeriesCollection': [Excel.ChartSeriesCollection, FakeChartSeriesCollection];
  'Excel.ChartSeriesFormat': [Excel.ChartSeriesFormat, FakeChartSeriesFormat];
  'Excel.ChartTitle': [Excel.ChartTitle, FakeChartTitle];
  'Excel.CellValueConditionalFormat': [
    Excel.CellValueConditionalFormat,
    FakeCellValueConditionalFormat,
  ];
  'Excel.ConditionalFormat': [Excel.ConditionalFormat, FakeConditionalFormat];
  'Excel.ConditionalFormatCollection': [
    Excel.ConditionalFormatCollection,
    FakeConditionalFormatCollection,
  ];
  'Excel.ConditionalRangeFill': [Excel.ConditionalRangeFill, FakeConditionalRangeFill];
  'Excel.ConditionalRangeFont': [Excel.ConditionalRangeFont, FakeConditionalRangeFont];
  'Excel.ConditionalRangeFormat': [Excel.ConditionalRangeFormat, FakeConditionalRangeFormat];
  'Excel.DataValidation': [Excel.DataValidation, FakeDataValidation];
  'Excel.DocumentProperties': [Excel.DocumentProperties, FakeDocumentProperties];
  'Excel.FormatProtection': [Excel.FormatProtection, FakeFormatProtection];
  'Excel.HeaderFooter': [Excel.HeaderFooter, FakeHeaderFooter];
  'Excel.HeaderFooterGroup': [Excel.HeaderFooterGroup, FakeHeaderFooterGroup];
  'Excel.PageLayout': [Excel.PageLayout, FakePageLayout];
  'Excel.Range': [Excel.Range, FakeRange];
  'Excel.RangeAreas': [Excel.RangeAreas, FakeRangeAreas];
  'Excel.RangeBorder': [Excel.RangeBorder, FakeRangeBorder];
  'Excel.RangeBorderCollection': [Excel.RangeBorderCollection, FakeRangeBorderCollection];
  'Excel.RangeCollection': [Excel.RangeCollection, FakeRangeCollection];
  'Excel.RangeFill': [Excel.RangeFill, FakeRangeFill];
  'Excel.RangeFont': [Excel.RangeFont, FakeRangeFont];
  'Excel.RangeFormat': [Excel.RangeFormat, FakeRangeFormat];
  'Excel.RequestContext': [Excel.RequestContext, FakeRequestContext];
  'Excel.Workbook': [Excel.Workbook, FakeWorkbook];
  'Excel.Worksheet': [Excel.Worksheet, FakeWorksheet];
  'Excel.WorksheetCollection': [Excel.WorksheetCollection, FakeWorksheetCollection];
  'Excel.WorksheetFreezePanes': [Excel.WorksheetFreezePanes, FakeWorksheetFreezePanes];
  'Excel.WorksheetProtection': [Excel.WorksheetProtection, FakeWorksheetProtection];
  'OfficeExtension.ClientObject': [OfficeExtension.ClientObject, FakeClientObject];
  'OfficeExtension.ClientRequestContext': [
    OfficeExtension.ClientRequestContext,
    FakeRequestContext,
  ];
  Office: [typeof Office, FakeOffice];
  'Office.Context': [Office.Context, FakeOfficeContext];
  'Office.RequirementSetSupport': [Office.RequirementSetSupport, FakeRequirements];
}

/** What the product uses of each: test/fakes/surface.test.ts keeps it equal to the product's calls. */
export const EXCEL_SURFACE = {
  Excel: ['createWorkbook', 'run'],
  'Excel.Application': ['suspendApiCalculationUntilNextSync', 'suspendScreenUpdatingUntilNextSync'],
  'Excel.AutoFilter': ['apply', 'remove'],
  'Excel.CellValueConditionalFormat': ['format', 'rule'],
  'Excel.Chart': [
    'axes',
    'dataLabels',
    'delete',
    'legend',
    'name',
    'series',
    'setPosition',
    'title',
  ],
  'Excel.ChartAxes': ['categoryAxis', 'valueAxis'],
  'Excel.ChartAxis': ['maximum', 'minimum', 'numberFormat', 'position', 'reversePlotOrder'],
  'Excel.ChartCollection': ['add', 'items', 'load'],
  'Excel.ChartDataLabels': ['numberFormat', 'showValue'],
  'Excel.ChartFill': ['setSolidColor'],
  'Excel.ChartLegend': ['visible'],
  'Excel.ChartSeries': ['format', 'name', 'setValues', 'setXAxisValues'],
  'Excel.ChartSeriesCollection': ['add', 'getItemAt'],
  'Excel.ChartSeriesFormat': ['fill'],
  'Excel.ChartTitle': ['text'],
  'Excel.ConditionalFormat': ['cellValue'],
  'Excel.ConditionalFormatCollection': ['add', 'clearAll'],
  'Excel.ConditionalRangeFill': ['color'],
  'Excel.ConditionalRangeFont': ['color'],
  'Excel.ConditionalRangeFormat': ['fill', 'font'],
  'Excel.DataValidation': ['clear', 'errorAlert', 'ignoreBlanks', 'prompt', 'rule'],
  'Excel.DocumentProperties': ['title'],
  'Excel.FormatProtection': ['locked'],
  'Excel.HeaderFooter': ['centerFooter', 'centerHeader'],
  'Excel.HeaderFooterGroup': ['defaultForAllPages'],
  'Excel.PageLayout': [
    'headersFooters',
    'orientation',
    'paperSize',
    'setPrintMargins',
    'setPrintTitleRows',
    'zoom',
  ],
  'Excel.Range': [
    'clear',
    'columnCount',
    'columnIndex',
    'conditionalFormats',
    'dataValidation',
    'format',
    'formulas',
    'getMergedAreasOrNullObject',
    'getRow',
    'load',
    'merge',
    'numberFormat',
    'rowCount',
    'rowHidden',
    'rowIndex',
    'select',
    'values',
  ],
  'Excel.RangeAreas': ['areas'],
  'Excel.RangeBorder': ['color', 'style', 'weight'],
  'Excel.RangeBorderCollection': ['getItem'],
  'Excel.RangeCollection': ['items', 'load'],
  'Excel.RangeFill': ['color'],
  'Excel.RangeFont': ['bold', 'color', 'italic', 'name', 'size'],
  'Excel.RangeFormat': [
    'autofitRows',
    'borders',
    'columnWidth',
    'fill',
    'font',
    'horizontalAlignment',
    'protection',
    'rowHeight',
    'verticalAlignment',
    'wrapText',
  ],
  'Excel.RequestContext': ['workbook'],
  'Excel.Workbook': ['application', 'getSelectedRange', 'properties', 'worksheets'],
  'Excel.Worksheet': [
    'activate',
    'autoFilter',
    'charts',
    'freezePanes',
    'getCell',
    'getRange',
    'getUsedRange',
    'load',
    'name',
    'pageLayout',
    'protection',
    'tabColor',
    'visibility',
  ],
  'Excel.WorksheetCollection': ['add', 'getActiveWorksheet', 'getItem', 'items', 'load'],
  'Excel.WorksheetFreezePanes': ['freezeAt', 'freezeColumns', 'freezeRows', 'unfreeze'],
  'Excel.WorksheetProtection': ['protect', 'unprotect'],
  'OfficeExtension.ClientObject': ['isNullObject'],
  'OfficeExtension.ClientRequestContext': ['sync'],
  Office: ['context', 'onReady'],
  'Office.Context': ['requirements'],
  'Office.RequirementSetSupport': ['isSetSupported'],
} as const satisfies Surface<ExcelTwins>;

/** What the fake of the real class `K` must provide. */
export type ExcelView<K extends keyof ExcelTwins> = TwinView<ExcelTwins, typeof EXCEL_SURFACE, K>;
