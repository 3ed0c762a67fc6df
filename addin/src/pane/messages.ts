/** Messages in both languages, made from the catalogs; and Excel's errors explained. */
import type { UiLabels } from '../../../shared/i18n/catalog';
import { en } from '../../../shared/i18n/en';
import { vi } from '../../../shared/i18n/vi';
import type { Message } from '../../../shared/app/message';
import { isDrawError } from '../excel/draw';
import type { VisibleFeature } from '../excel/support';

export function both(f: (ui: UiLabels) => string): Message {
  return { vi: f(vi.ui), en: f(en.ui) };
}

export function skippedNote(skipped: readonly VisibleFeature[]): Message {
  return both((ui) =>
    ui.missingFeatures({ features: skipped.map((f) => ui.excel.features[f]).join(', ') }),
  );
}

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
export function explain(e: unknown): Message[] {
  if (isDrawError(e)) {
    return [...explain(e.cause), both((ui) => ui.excel.partial({ sheets: e.touched.join(', ') }))];
  }
  if (isOfficeError(e)) {
    const code = e.code;
    return [
      both((ui) => {
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
  return [both((ui) => ui.excel.unexpected({ detail }))];
}
