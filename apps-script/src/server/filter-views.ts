/// <reference types="google-apps-script" />
/**
 * One filter view per unit on `Theo dõi` ("Data > Filter views > <unit>"), which each person can
 * open without changing what others see. SpreadsheetApp cannot make filter views: only the
 * Sheets API can (addFilterView), through the advanced `Sheets` service, which needs the broader
 * `spreadsheets` scope. So this runs only where the deployer enabled that service (the
 * `--filter-views` build); otherwise it says so, and units use "Go to my unit's rows".
 */
import type { ApiProtect } from './protect';
import { sheetsApi } from './sheets-api';

export interface UnitView {
  title: string;
  unitName: string;
  /** 0-based, whole table with its header row. */
  rows: number;
  cols: number;
}

const PREFIX = 'Thi đua · ';

/**
 * Replaces our filter views on the sheet with one per unit, filtering the unit column on the
 * unit's name. Two API calls whatever the number of units; none in the `--sheets-api` build,
 * where `into` (the protections' requests, with the metadata read before the draw) takes them.
 * Null when the service is missing.
 */
export function syncFilterViews(
  spreadsheetId: string,
  sheetName: string,
  unitCol: number,
  views: readonly UnitView[],
  into: ApiProtect | null = null,
): number | null {
  const api = sheetsApi();
  if (!api) return null;
  let sheetId: number | undefined;
  let old: { id: number | undefined; title: string | undefined }[] = [];
  if (into) {
    sheetId = into.ids.get(sheetName);
    old = into.meta.sheets.find((s) => s.id === sheetId)?.filterViews ?? [];
  } else {
    const got = api.Spreadsheets.get(spreadsheetId, {
      fields: 'sheets(properties(sheetId,title),filterViews(filterViewId,title))',
    });
    const sheet = (got.sheets ?? []).find((s) => s.properties?.title === sheetName);
    sheetId = sheet?.properties?.sheetId;
    old = (sheet?.filterViews ?? []).map((v) => ({ id: v.filterViewId, title: v.title }));
  }
  if (sheetId === undefined) return 0;
  const requests: unknown[] = old
    .filter((v) => (v.title ?? '').startsWith(PREFIX))
    .map((v) => ({ deleteFilterView: { filterId: v.id } }));
  for (const v of views) {
    requests.push({
      addFilterView: {
        filter: {
          title: `${PREFIX}${v.title}`,
          range: {
            sheetId,
            startRowIndex: 0,
            endRowIndex: v.rows,
            startColumnIndex: 0,
            endColumnIndex: v.cols,
          },
          filterSpecs: [
            {
              columnIndex: unitCol,
              filterCriteria: {
                condition: { type: 'TEXT_EQ', values: [{ userEnteredValue: v.unitName }] },
              },
            },
          ],
        },
      },
    });
  }
  if (into) into.requests.push(...requests);
  else if (requests.length > 0) api.Spreadsheets.batchUpdate({ requests }, spreadsheetId);
  return views.length;
}
