/**
 * The fakes stand for exactly what the product uses of the host APIs: the lists their typed views
 * are checked against (test/fakes/excel/api.ts) are the product's own calls, found by the
 * TypeScript checker, and a fake class has no public member outside its list.
 */
import { APPS_SCRIPT_SURFACE } from './apps-script/api';
import { EXCEL_SURFACE } from './excel/api';
import {
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
} from './excel/charts';
import { FakeClientObject, FakeRequestContext } from './excel/core';
import { FakeExcel } from './excel/index';
import { FakeOffice, FakeOfficeContext, FakeRequirements } from './excel/office';
import {
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
} from './excel/range';
import {
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
} from './excel/workbook';
import { productApiSurface } from './surface';

type Surface = Readonly<Record<string, readonly string[]>>;

const EXCEL_OWNERS = /^(Excel|Office|OfficeExtension)(\.|$)/;
// the event objects a trigger receives are plain data the harness makes, not a fake's class
const APPS_SCRIPT_OWNERS = /^GoogleAppsScript\.(?!Events\.)/;

/** Each fake class of the Excel fake, by the real class it stands for. */
const EXCEL_FAKES: Record<keyof typeof EXCEL_SURFACE, abstract new (...args: never[]) => object> = {
  Excel: FakeExcel,
  'Excel.Application': FakeApplication,
  'Excel.AutoFilter': FakeAutoFilter,
  'Excel.CellValueConditionalFormat': FakeCellValueConditionalFormat,
  'Excel.Chart': FakeChart,
  'Excel.ChartAxes': FakeChartAxes,
  'Excel.ChartAxis': FakeChartAxis,
  'Excel.ChartCollection': FakeChartCollection,
  'Excel.ChartDataLabels': FakeChartDataLabels,
  'Excel.ChartFill': FakeChartFill,
  'Excel.ChartLegend': FakeChartLegend,
  'Excel.ChartSeries': FakeChartSeries,
  'Excel.ChartSeriesCollection': FakeChartSeriesCollection,
  'Excel.ChartSeriesFormat': FakeChartSeriesFormat,
  'Excel.ChartTitle': FakeChartTitle,
  'Excel.ConditionalFormat': FakeConditionalFormat,
  'Excel.ConditionalFormatCollection': FakeConditionalFormatCollection,
  'Excel.ConditionalRangeFill': FakeConditionalRangeFill,
  'Excel.ConditionalRangeFont': FakeConditionalRangeFont,
  'Excel.ConditionalRangeFormat': FakeConditionalRangeFormat,
  'Excel.DataValidation': FakeDataValidation,
  'Excel.DocumentProperties': FakeDocumentProperties,
  'Excel.FormatProtection': FakeFormatProtection,
  'Excel.HeaderFooter': FakeHeaderFooter,
  'Excel.HeaderFooterGroup': FakeHeaderFooterGroup,
  'Excel.PageLayout': FakePageLayout,
  'Excel.Range': FakeRange,
  'Excel.RangeAreas': FakeRangeAreas,
  'Excel.RangeBorder': FakeRangeBorder,
  'Excel.RangeBorderCollection': FakeRangeBorderCollection,
  'Excel.RangeCollection': FakeRangeCollection,
  'Excel.RangeFill': FakeRangeFill,
  'Excel.RangeFont': FakeRangeFont,
  'Excel.RangeFormat': FakeRangeFormat,
  'Excel.RequestContext': FakeRequestContext,
  'Excel.Workbook': FakeWorkbook,
  'Excel.Worksheet': FakeWorksheet,
  'Excel.WorksheetCollection': FakeWorksheetCollection,
  'Excel.WorksheetFreezePanes': FakeWorksheetFreezePanes,
  'Excel.WorksheetProtection': FakeWorksheetProtection,
  'OfficeExtension.ClientObject': FakeClientObject,
  'OfficeExtension.ClientRequestContext': FakeRequestContext,
  Office: FakeOffice,
  'Office.Context': FakeOfficeContext,
  'Office.RequirementSetSupport': FakeRequirements,
};

/** Public names on a class's prototypes (methods, accessors, properties of the API). */
function publicMembers(ctor: abstract new (...args: never[]) => object): string[] {
  const names = new Set<string>();
  for (
    let proto = ctor.prototype as object | null;
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name !== 'constructor' && !name.startsWith('_')) names.add(name);
    }
  }
  return [...names].sort();
}

/** Owner → sorted members, for owners matching `owners`. */
function sorted(surface: Map<string, Set<string>> | Surface, owners: RegExp): Surface {
  const entries =
    surface instanceof Map
      ? [...surface].map(([k, v]) => [k, [...v]] as const)
      : Object.entries(surface);
  return Object.fromEntries(
    entries
      .filter(([k, v]) => owners.test(k) && [...v].length > 0)
      .map(([k, v]) => [k, [...v].sort()] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

describe('the fakes stand for what the product uses of the host APIs', () => {
  let product: Map<string, Set<string>>;
  beforeAll(() => {
    product = productApiSurface();
  }, 300_000);

  it('lists for the Excel fake exactly the members of office.js the product calls', () => {
    expect(sorted(EXCEL_SURFACE, EXCEL_OWNERS)).toEqual(sorted(product, EXCEL_OWNERS));
  });

  it('lists for the Apps Script fake exactly the members of Apps Script the product calls', () => {
    expect(sorted(APPS_SCRIPT_SURFACE, APPS_SCRIPT_OWNERS)).toEqual(
      sorted(product, APPS_SCRIPT_OWNERS),
    );
  });

  it('gives the Excel fake no public member the product does not call', () => {
    const surface: Surface = EXCEL_SURFACE;
    const extra = Object.entries(EXCEL_FAKES).flatMap(([owner, ctor]) => {
      // a class standing for two real ones (the request context) may have the members of both
      const allowed = new Set(
        Object.entries(EXCEL_FAKES)
          .filter(([, c]) => c === ctor || ctor.prototype instanceof c)
          .flatMap(([o]) => surface[o] ?? []),
      );
      return publicMembers(ctor)
        .filter((m) => !allowed.has(m))
        .map((m) => `${owner}.${m}`);
    });
    expect(extra).toEqual([]);
  });
});
