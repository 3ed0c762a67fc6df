/// <reference types="office-js" />
/**
 * The errors the fake raises, shaped like the ones office.js rejects `context.sync()` with: an
 * `OfficeExtension.Error` whose runtime `name` is "RichApi.Error", with `code`, `message` and
 * `debugInfo` ({ code, message, errorLocation }). Codes and messages follow the table in
 * "Error handling with the application-specific JavaScript APIs" (office-js-docs-pr,
 * docs/testing/application-specific-api-error-handling.md).
 */

export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  badPassword: 'BadPassword',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidRequestContext: 'InvalidRequestContext',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  operationCellsExceedLimit: 'OperationCellsExceedLimit',
  propertyNotLoaded: 'PropertyNotLoaded',
  rangeExceedsLimit: 'RangeExceedsLimit',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  runMustReturnPromise: 'RunMustReturnPromise',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

const LIMITS_DOC =
  '"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"';

/** The default (English) message of each code, as documented. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel. See Excel JavaScript API requirement sets for more information.',
  BadPassword: 'The password you supplied is incorrect.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  OperationCellsExceedLimit:
    'The attempted operation affects more than the limit of 33554000 cells.',
  PropertyNotLoaded: 'The property is not available.',
  RangeExceedsLimit: `The cell count in the range has exceeded the maximum supported number. Please refer to the documentation: ${LIMITS_DOC}.`,
  RequestPayloadSizeLimitExceeded: `The request payload size has exceeded the limit. Please refer to the documentation: ${LIMITS_DOC}.`,
  ResponsePayloadSizeLimitExceeded: `The response payload size has exceeded the limit. Please refer to the documentation: ${LIMITS_DOC}.`,
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
};

export interface FakeDebugInfo {
  code: string;
  message: string;
  /** "Class.member" that failed, e.g. "Range.values" (real office.js reports the same form). */
  errorLocation?: string;
}

/**
 * One error as office.js reports it. `instanceof OfficeExtension.Error` holds for it; across
 * frames, match `name === 'RichApi.Error'` and `code` instead (see `isFakeOfficeError`).
 */
export class FakeOfficeError
  extends Error
  implements Pick<OfficeExtension.Error, 'code' | 'debugInfo' | 'message' | 'name'>
{
  override name = 'RichApi.Error' as const;
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: ErrorCode | string, message?: string, errorLocation?: string) {
    const text = message ?? ERROR_MESSAGES[code as ErrorCode] ?? code;
    super(text);
    this.code = code;
    this.debugInfo =
      errorLocation === undefined
        ? { code, message: text }
        : { code, message: text, errorLocation };
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

/** True for an error the fake (or real office.js) raised, also from another frame. */
export function isFakeOfficeError(e: unknown): e is FakeOfficeError {
  return (
    e instanceof FakeOfficeError ||
    (typeof e === 'object' &&
      e !== null &&
      (e as { name?: unknown }).name === 'RichApi.Error' &&
      typeof (e as { code?: unknown }).code === 'string')
  );
}

export function officeError(code: ErrorCode, message?: string, location?: string): FakeOfficeError {
  return new FakeOfficeError(code, message, location);
}

/** Thrown synchronously by a getter whose property was neither loaded nor set. */
export function propertyNotLoaded(name: string, location?: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.propertyNotLoaded,
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    location,
  );
}

export const SHAPE_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";
