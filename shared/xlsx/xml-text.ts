/** Text as XML 1.0 carries it in content and attributes. */

// characters XML 1.0 cannot carry at all are left out, as exceljs does
// eslint-disable-next-line no-control-regex
const SPECIAL = /[<>&'"\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
const ENTITY: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  "'": '&apos;',
  '"': '&quot;',
};

export function xmlEscape(s: string): string {
  SPECIAL.lastIndex = 0;
  return SPECIAL.test(s) ? s.replace(SPECIAL, (c) => ENTITY[c] ?? '') : s;
}
