/**
 * What this Excel can do, asked once with `Office.context.requirements.isSetSupported`. The
 * manifest declares no `<Requirements>` (that would hide the add-in from Office 2019 entirely), so
 * the adapter checks each feature here, skips what the host lacks, and the pane names it.
 */

/** A feature of the drawn workbook, or of the way it is drawn, and the ExcelApi set it needs. */
const FEATURE_SETS = {
  merges: '1.2',
  columnWidths: '1.2',
  protection: '1.2',
  hiddenSheets: '1.2',
  hiddenRows: '1.2',
  autofitRows: '1.2',
  usedRangeValuesOnly: '1.2',
  suspendCalculation: '1.6',
  conditionalFormats: '1.6',
  freeze: '1.7',
  tabColor: '1.7',
  /** Charts with their categories set apart from their values (ChartSeries.setXAxisValues). */
  charts: '1.7',
  documentProperties: '1.7',
  validation: '1.8',
  /** A chart's axis and labels in a number format, its value axis crossing at the last category. */
  chartFormats: '1.8',
  print: '1.9',
  autoFilter: '1.9',
  screenUpdating: '1.9',
  /** Range.getMergedAreasOrNullObject, for reading a plan table pasted with merged cells. */
  mergedAreas: '1.13',
} as const;

export type Feature = keyof typeof FEATURE_SETS;

/** Features a user notices when missing, in the order the pane lists them. */
const VISIBLE_FEATURES = [
  'validation',
  'print',
  'autoFilter',
  'freeze',
  'conditionalFormats',
  'protection',
  'merges',
  'hiddenSheets',
  'columnWidths',
  'tabColor',
  'charts',
] as const satisfies readonly Feature[];

export type VisibleFeature = (typeof VISIBLE_FEATURES)[number];

export interface Support {
  has(feature: Feature): boolean;
  /** The highest ExcelApi version found among those the features need ("1.17" for all). */
  readonly apiVersion: string;
}

type IsSetSupported = (name: string, minVersion?: string) => boolean;

const VERSIONS = ['1.1', '1.2', '1.6', '1.7', '1.8', '1.9', '1.13', '1.17'];

/** Asks the host once per ExcelApi version (as strings: 1.10 as a number would read as 1.1). */
export function detectSupport(isSetSupported: IsSetSupported): Support {
  const ok = new Map<string, boolean>();
  for (const v of VERSIONS)
    ok.set(
      v,
      safe(() => isSetSupported('ExcelApi', v)),
    );
  const apiVersion = [...VERSIONS].reverse().find((v) => ok.get(v)) ?? '1.1';
  return { has: (f) => ok.get(FEATURE_SETS[f]) === true, apiVersion };
}

function safe(ask: () => boolean): boolean {
  try {
    return ask() === true;
  } catch {
    return false;
  }
}

/** Everything supported: Microsoft 365 and Excel on the web. */
export const FULL_SUPPORT: Support = { has: () => true, apiVersion: '1.17' };

/** The features of `wanted` this host lacks, in the pane's order, without repeats. */
export function missing(support: Support, wanted: Iterable<Feature>): VisibleFeature[] {
  const want = new Set(wanted);
  return VISIBLE_FEATURES.filter((f) => want.has(f) && !support.has(f));
}
