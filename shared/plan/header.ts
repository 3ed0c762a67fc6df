/**
 * The document's header: number ("Số: 73 -KH /TĐTN-VP"), place and date ("Cao Bằng, ngày 7
 * tháng 4 năm 2014"), issuer, parent organisation, kind and title.
 */
import { hasUpper } from '../text/letters';
import { asciiFold, squeeze } from '../text/normalize';
import type { DocKind } from './doc-kind';
import type { AnnexReference } from './doc-kind';
import { annexReference, isSubjectLine, kindLine, kindOfNumber } from './doc-kind';
import type { DocumentInfo } from './model';
import { isBasis } from './sections';

const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * "73 -KH /TĐTN-VP" → "73-KH/TĐTN-VP": the number as printed, with the spaces around its dashes
 * and slashes taken out and dashes as "-"; it ends at the first space after that (a place and
 * date on the same line are not part of it). Null when the number is left blank in a draft.
 */
export function normalizeDocNumber(raw: string): string | null {
  const joined = squeeze(raw.replace(DASHES, '-')).replace(/\s*([-/])\s*/g, '$1');
  const s = (joined.split(' ')[0] ?? '').replace(/[.,;:]+$/, '');
  if (!/\d/.test(s.split(/[-/]/)[0] ?? '')) return null;
  return s;
}

const NUMBER_LINE = /^\s*s[ốo]\s*(:|\.)?\s*(.*)$/i;

/** A "Số: …" line; `number` is null when the line is there but the number is blank. */
export function parseNumberLine(line: string): { number: string | null } | null {
  const m = NUMBER_LINE.exec(line);
  if (!m) return null;
  let rest = m[2] ?? '';
  // "Số 03 KH/HĐ": the dash after the number typed as a space
  rest = rest.replace(/^(\d+)\s+(?=[A-ZĐ]{2,6}\s*\/)/u, '$1-');
  const shaped = /^[\d\s.…_]*[-/\u2010-\u2015]\s*\S/.test(rest);
  if (!shaped && !(m[1] && /^\d+\s*$/.test(rest))) return null;
  return { number: normalizeDocNumber(rest) };
}

interface PlaceDate {
  place: string | null;
  date: string | null;
  year: number | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "Cao Bằng, ngày  7  tháng 4  năm 2014" (also with blanks for a draft's day and month). */
export function parsePlaceDate(line: string): PlaceDate | null {
  // "Yên Thế, ngày 10/01/2025": the date in figures
  const d = /^(.*?)[,\s]*\bng[àa]y\b\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b/i.exec(
    line,
  );
  if (d) return parsePlaceDate(`${d[1] ?? ''}, ngày ${d[2]} tháng ${d[3]} năm ${d[4]}`);
  const m =
    /^(.*?)[,\s]*\bng[àa]y\b\s*([\d.…_\s]*?)\s*\bth[áa]ng\b\s*([\d.…_\s]*?)\s*\bn[ăa]m\b\s*(\d{4})/i.exec(
      line,
    );
  if (!m) return null;
  const place = squeeze((m[1] ?? '').replace(/[,\s]+$/, '')) || null;
  const year = Number(m[4]);
  const day = /^\d{1,2}$/.test((m[2] ?? '').trim()) ? Number((m[2] ?? '').trim()) : null;
  const month = /^\d{1,2}$/.test((m[3] ?? '').trim()) ? Number((m[3] ?? '').trim()) : null;
  let date: string | null = null;
  if (day !== null && month !== null && month >= 1 && month <= 12 && day >= 1) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day <= last) date = `${year}-${pad(month)}-${pad(day)}`;
  }
  return { place, date, year };
}

const PARENT = /^(ĐOÀN TNCS HỒ CHÍ MINH|ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH)$/;
const MOTTO = /^(cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc)/;

/** "---------", "***", and the ornamented "-----oOo-----", "---o0o---" under a title. */
function isRule(s: string): boolean {
  return /^[\s*\-_=–—.~]+$/.test(s) || /^[\s*\-_=–—.~]{2,}[oO0]{3}[\s*\-_=–—.~]{2,}$/.test(s);
}

function isUpper(s: string): boolean {
  return s === s.toUpperCase() && hasUpper(s);
}

/**
 * The first year of the school year a title names: "năm học 2023 – 2024", or "năm học" alone in a
 * plan dated in it (from August, the school year that starts then).
 */
function schoolYearOf(title: string, date: string | null): number | null {
  const folded = asciiFold(title);
  if (!/\bnam hoc\b/.test(folded)) return null;
  const m = /\bnam hoc\s*((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})\b/.exec(folded);
  if (m && Number(m[2]) === Number(m[1]) + 1) return Number(m[1]);
  if (!date) return null;
  return Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 8 ? 1 : 0);
}

/** "(Dự thảo)", "DỰ THẢO": a draft's mark under the title, no part of it. */
function isDraftMark(line: string): boolean {
  return /^\(?\s*du thao(?:\s+lan\s+\d+)?\s*\)?$/.test(asciiFold(line).trim());
}

export interface HeaderRead {
  info: DocumentInfo;
  /** How many of the lines the header took. */
  consumed: number;
  /** The kind of document: from its kind line, else its "V/v" line or its number; null if unsaid. */
  kind: DocKind | null;
}

/**
 * Reads the header from the paragraphs that come before the first "Căn cứ" or section heading.
 * The two columns of a Word header table arrive here one after the other.
 */
export function parseHeader(lines: string[]): HeaderRead {
  const info: DocumentInfo = {
    issuer: null,
    parent: null,
    number: null,
    place: null,
    date: null,
    kind: null,
    title: null,
    year: null,
  };
  let kind: DocKind | null = null;
  let subject = false;
  const issuerParts: string[] = [];
  const titleParts: string[] = [];
  let phase: 'head' | 'title' = 'head';
  let i = 0;
  for (; i < lines.length; i++) {
    const raw = lines[i] as string;
    const line = squeeze(raw);
    if (!line) continue;
    const folded = asciiFold(line);
    if (isBasis(line) || /^[ivx]{1,5}\s*[-.–)]\s*\S/i.test(line)) break;
    if (phase === 'title') {
      // the opening sentence ("… xây dựng kế hoạch … như sau:") is no part of the title
      if (/:\s*$/.test(line)) break;
      if (isRule(line)) {
        i++;
        break;
      }
      const ref: AnnexReference | null = kind === 'annex' ? annexReference(line) : null;
      if (ref) {
        // an annex's number and date are those of the document it goes with
        kind = ref.kind ?? kind;
        if (info.number === null && ref.number) info.number = normalizeDocNumber(ref.number);
        if (info.date === null && ref.date) {
          const pd = parsePlaceDate(
            `ngày ${ref.date.day} tháng ${ref.date.month} năm ${ref.date.year}`,
          );
          info.date = pd?.date ?? null;
          info.year ??= pd?.year ?? null;
        }
      } else if (!isDraftMark(line)) titleParts.push(line);
      continue;
    }
    // "(DỰ THẢO)" above the kind line, as in the header's corner: no part of the issuer
    if (isRule(line) || MOTTO.test(folded) || isDraftMark(line)) continue;
    if (PARENT.test(line.toUpperCase()) && isUpper(line)) {
      info.parent = line;
      continue;
    }
    const num = parseNumberLine(line);
    if (num && info.number === null) {
      info.number = num.number;
      continue;
    }
    let pd = parsePlaceDate(line);
    if (!pd && /\bng[àa]y\b/i.test(line) && i + 1 < lines.length) {
      // a date broken over two lines: "Cao Bằng, ngày 7 tháng 4" / "năm 2014"
      pd = parsePlaceDate(`${line} ${squeeze(lines[i + 1] as string)}`);
      if (pd) i++;
    }
    if (pd) {
      info.place = pd.place;
      info.date = pd.date;
      info.year ??= pd.year;
      continue;
    }
    const kl = info.kind === null ? kindLine(line) : null;
    if (kl) {
      info.kind = kl.words;
      kind = kl.kind;
      if (kl.rest) titleParts.push(kl.rest);
      phase = 'title';
      continue;
    }
    if (isSubjectLine(line)) {
      subject = true;
      continue;
    }
    if (isUpper(line) && info.kind === null) {
      issuerParts.push(line);
      continue;
    }
    // a place name broken over lines before ", ngày …"
    if (i + 1 < lines.length && /^[,\s]*ng[àa]y\b/i.test(squeeze(lines[i + 1] as string))) {
      const joined = parsePlaceDate(`${line}${squeeze(lines[i + 1] as string)}`);
      if (joined) {
        info.place = joined.place;
        info.date = joined.date;
        info.year ??= joined.year;
        i++;
        continue;
      }
    }
  }
  if (issuerParts.length > 0) info.issuer = issuerParts.join(' ');
  if (titleParts.length > 0) {
    info.title = titleParts.join(' ');
    const y = /\bn[ăa]m\s+((?:19|20)\d{2})\b/i.exec(info.title);
    if (y) info.year = Number(y[1]);
    const school = schoolYearOf(info.title, info.date);
    if (school !== null) {
      info.year = school;
      info.schoolYear = `${school}-${school + 1}`;
    }
  }
  kind ??= subject ? 'letter' : kindOfNumber(info.number);
  return { info, consumed: i, kind };
}
