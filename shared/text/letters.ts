/**
 * Letter classes written out for the scripts Vietnamese text uses (Latin with its diacritics),
 * instead of Unicode property escapes (\p{L}): the Excel pane must also run in the EdgeHTML
 * webview of Office 2019, whose JavaScript has neither those escapes nor look-behind.
 */

/** Latin letters with every Vietnamese diacritic, as a character-class body. */
export const LETTER = 'A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF';
export const DIGIT = '0-9';

function isCased(c: string | undefined): c is string {
  return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}

/** The character is an upper-case letter ("Đ", "Ấ"). */
function isUpperChar(c: string | undefined): boolean {
  return isCased(c) && c === c.toUpperCase();
}

export function isLowerChar(c: string | undefined): boolean {
  return isCased(c) && c === c.toLowerCase();
}

export function startsUpper(s: string): boolean {
  return isUpperChar(s.trimStart()[0]);
}

export function startsLower(s: string): boolean {
  return isLowerChar(s.trimStart()[0]);
}

/** Two upper-case letters in a row somewhere: a word in capitals. */
export function hasCapitalsRun(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (isUpperChar(s[i - 1]) && isUpperChar(s[i])) return true;
  return false;
}

export function hasUpper(s: string): boolean {
  for (const c of s) if (isUpperChar(c)) return true;
  return false;
}
