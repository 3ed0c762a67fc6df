/**
 * The errors the fake throws, with Apps Script's own wording where it is documented or widely
 * reported. Apps Script shows a service error as `Exception: <message>`: the name is `Exception`.
 */

export class AppsScriptException extends Error {
  override name = 'Exception' as const;
}

export function isAppsScriptException(e: unknown): e is AppsScriptException {
  return e instanceof Error && e.name === 'Exception';
}

export function exception(message: string): AppsScriptException {
  return new AppsScriptException(message);
}

export const MESSAGES = {
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  rangeNotFound: 'Range not found',
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  tooManyCells:
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  removeAllSheets: "You can't remove all the sheets in a document.",
  hideAllSheets: "You can't hide all the sheets in a document.",
  mergePartial: 'You must select all cells in a merged range to merge or unmerge them.',
  cellOutOfRange: 'Cell reference out of range',
  validationListTooLong:
    'The data validation rule has more items than the limit of 500. Use the \u2018List from a range\u2019 criteria instead.',
  // Not documented word for word: chosen to say what the real service refuses.
  domainEditConsumer:
    'Domain protection is only supported on documents within a Google Workspace domain: this spreadsheet is owned by a consumer (gmail.com) account.',
  unprotectedRangesOnRange:
    'Unprotected ranges can only be set on a protected sheet, not on a protected range.',
  unprotectedRangeOtherSheet: 'Unprotected ranges must be on the protected sheet.',
  noFileEditAccess: 'You do not have permission to edit this spreadsheet.',
} as const;

export function sheetNameTaken(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

export function rowsMismatch(data: number, range: number): string {
  return `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`;
}

export function columnsMismatch(data: number, range: number): string {
  return `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`;
}

export function noHtmlFile(name: string): string {
  return `No HTML file named ${name} was found.`;
}

export function noPermission(method: string, scope?: string): string {
  return (
    `You do not have permission to call ${method}.` +
    (scope ? ` Required permissions: ${scope}` : '')
  );
}

/** How Apps Script names an argument's type in "The parameters (…) don't match …". */
export function describeType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (Array.isArray(v)) {
    const first = v.find((x) => x !== null && x !== undefined);
    return first === undefined ? 'Object[]' : `${describeType(first)}[]`;
  }
  if (Object.prototype.toString.call(v) === '[object Date]') return 'Date';
  if (typeof v === 'function') return 'Function';
  const api = (v as { _apiName?: unknown })._apiName;
  if (typeof api === 'string') return `${api}`;
  return 'Object';
}

export function signatureMismatch(method: string, args: readonly unknown[]): AppsScriptException {
  return exception(
    `The parameters (${args.map(describeType).join(',')}) don't match the method signature for ${method}.`,
  );
}
