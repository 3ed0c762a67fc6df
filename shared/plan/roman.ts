/** Roman numerals as plans use them for periods and sections (I … XX). */

const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a Roman numeral such as "IV", or null when the text is not one. */
export function romanValue(text: string): number | null {
  if (text.length > 12) return null;
  const s = text.trim().toUpperCase();
  if (!/^[IVXLC]{1,7}$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = VALUES[s[i] as string] as number;
    const next = i + 1 < s.length ? (VALUES[s[i + 1] as string] as number) : 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

export function isRoman(text: string): boolean {
  return romanValue(text) !== null;
}
