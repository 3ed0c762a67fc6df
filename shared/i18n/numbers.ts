/**
 * Numbers as the reader writes them: in Vietnamese a dot between thousands and a comma before
 * decimals (1.234; 66,7%), in English the other way round. Written out here rather than by
 * Intl, whose data an old Office webview may lack.
 */
import type { Lang } from './catalog';

const MARKS: Record<Lang, { thousands: string; decimal: string }> = {
  vi: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

export function formatCount(n: number, lang: Lang): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(Math.round(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, MARKS[lang].thousands);
}

/** A rate (0..1) as a percentage with one decimal where it has one: 66,7% / 100%. */
export function formatRate(rate: number, lang: Lang): string {
  const tenths = Math.round(rate * 1000);
  const whole = formatCount(Math.trunc(tenths / 10), lang);
  const rest = Math.abs(tenths % 10);
  return `${whole}${rest === 0 ? '' : MARKS[lang].decimal + String(rest)}%`;
}
