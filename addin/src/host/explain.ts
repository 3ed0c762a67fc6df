/**
 * What went wrong in a host, for the user: Excel's error codes, a draw cut off half-way, and
 * anything else thrown, each said in the user's words (never a stack trace). A bridge never
 * throws: what a command throws becomes an Outcome that says it.
 */
import type { Message } from '../../../shared/app/message';
import { words } from '../../../shared/app/message';
import type { Outcome } from '../../../shared/app/outcome';
import { isDrawError } from '../excel/draw';

interface OfficeErrorLike {
  code: string;
  message: string;
}

/** An error from office.js (`OfficeExtension.Error`, "RichApi.Error"), also across frames. */
function isOfficeError(e: unknown): e is OfficeErrorLike {
  if (typeof e !== 'object' || e === null) return false;
  const o = e as { name?: unknown; code?: unknown; debugInfo?: unknown };
  return typeof o.code === 'string' && (o.name === 'RichApi.Error' || o.debugInfo !== undefined);
}

/** What went wrong, for the user: Excel's code explained; a half-done draw said so. */
function explain(e: unknown): Message[] {
  if (isDrawError(e)) {
    return [...explain(e.cause), words((ui) => ui.excel.partial({ sheets: e.touched.join(', ') }))];
  }
  if (isOfficeError(e)) {
    const code = e.code;
    return [
      words((ui) => {
        const known = ui.excel.errors;
        switch (code) {
          case 'AccessDenied':
          case 'BadPassword':
          case 'ApiNotFound':
          case 'ItemNotFound':
          case 'InvalidSelection':
            return known[code];
          case 'RequestPayloadSizeLimitExceeded':
          case 'ResponsePayloadSizeLimitExceeded':
          case 'RangeExceedsLimit':
            return known.PayloadTooLarge;
          default:
            return known.other({ code, message: e.message });
        }
      }),
    ];
  }
  const detail = e instanceof Error ? e.message : String(e);
  return [words((ui) => ui.excel.unexpected({ detail }))];
}

/** The Outcome of a command that threw. */
export function thrown(e: unknown): Outcome<never> {
  return { ok: false, problems: [], notes: explain(e), log: [], files: [] };
}
