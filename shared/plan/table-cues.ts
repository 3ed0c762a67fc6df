/** Recognising the task table's header cells, row markers and the headings that end the table. */
import { startsUpper } from '../text/letters';
import { asciiFold, squeeze } from '../text/normalize';
import { looksLikePeriodLabel } from './periods';
import { isRoman } from './roman';

/**
 * What a task table's column holds. `period` is a column headed "Tháng", "Quý" or "Kỳ"; it and a
 * `when` column ("Thời gian") may turn out to hold the period of the tasks (see task-rows.ts).
 */
export type ColumnRole = 'no' | 'content' | 'owners' | 'support' | 'when' | 'period' | 'note';

/** The role of a header cell from its text, or null for a column we do not use. */
export function columnRole(header: string): ColumnRole | null {
  if (header.length > 60) return null;
  const f = squeeze(asciiFold(header).replace(/\s+/g, ' ')).replace(/[.:]$/, '');
  if (/^(stt|tt|t\.t|so tt|s\.tt|so thu tu|thu tu)$/.test(f)) return 'no';
  if (/ghi chu/.test(f)) return 'note';
  if (/^(thang|quy|ky|thang thuc hien|quy thuc hien)$/.test(f)) return 'period';
  if (/^(thoi gian|thoi han|tien do|moc thoi gian|thoi diem|(?:han|ngay) hoan thanh)/.test(f))
    return 'when';
  // under "Thời gian thực hiện": "Bắt đầu | Kết thúc", "Từ ngày | Đến ngày" (the last date is due)
  if (/^(?:ngay )?(?:bat dau|ket thuc|hoan thanh)$|^(?:tu|den) ngay$/.test(f)) return 'when';
  // "Chủ trì, phối hợp": both roles in one column, its cells say which is which ("Phối hợp: …")
  if (/phoi hop/.test(f) && !LEADS.test(f.replace(/phoi hop thuc hien/g, ''))) return 'support';
  if (/noi dung|cong viec|nhiem vu|^(?:ten |cac )?hoat dong$/.test(f)) return 'content';
  // "Bộ phận tham mưu": the office's department that prepares and carries out the task
  if (LEADS.test(f) || /don vi|trach nhiem|can bo|phan cong|tham muu|bo phan/.test(f))
    return 'owners';
  return null;
}

/** Words of a column that names who leads ("Chủ trì", "Chỉ đạo, thực hiện", "Phụ trách"). */
const LEADS = /chi dao|thuc hien|chu tri|phu trach/;

/** "1", "12.", "IV", "II." — what stands in the Stt column. */
export function isRowMarker(text: string): boolean {
  if (text.length > 12) return false;
  const t = text.trim().replace(/[.)]$/, '');
  return /^\d{1,4}$/.test(t) || isRoman(t);
}

/**
 * "1.1", "2.3.": a task numbered under its period's "1", "2" — the number of the period it is in
 * (the part before the first dot), or null for any other text.
 */
export function subNumberHead(text: string): number | null {
  const m = /^(\d{1,3})(?:\.\d{1,3}){1,2}[.)]?$/.exec(text.trim());
  return m ? Number(m[1]) : null;
}

export function markerNumber(text: string): number | null {
  const t = text.trim().replace(/[.)]$/, '');
  return /^\d{1,4}$/.test(t) ? Number(t) : null;
}

/** A numbered section heading such as "II- TỔ CHỨC THỰC HIỆN" or "III. KINH PHÍ". */
export function sectionHeading(text: string): { no: string; title: string } | null {
  if (!/^\s*[IVXL]/.test(text)) return null;
  const m = /^\s*([IVXL]{1,6})\s*[-.–)/]\s*(\S.*)$/.exec(text);
  if (!m) return null;
  const title = squeeze(m[2] as string).replace(/[:.]\s*$/, '');
  if (looksLikePeriodLabel(title)) return null;
  // a heading is written in capitals, or at least starts with one
  if (!startsUpper(title)) return null;
  return { no: m[1] as string, title };
}

export function isRecipientsHeading(text: string): boolean {
  return /^\s*n[ơo]i\s+nh[ậa]n\s*:?/iu.test(text);
}

/** "TM. BAN THƯỜNG VỤ", "T/M", "KT. BÍ THƯ", "TL.", "TUQ." */
export function isSignatureLead(text: string): boolean {
  if (/^\s*(TM|T\/M|KT|K\/T|TL|T\/L|TUQ|Q)\s*[.:]\s*\S/u.test(text)) return true;
  // "T/M BCH ĐOÀN TRƯỜNG", "TM BAN THƯỜNG VỤ": the mark without its dot, on a line in capitals
  return (
    /^\s*(?:T\/M|K\/T|T\/L|TM|KT|TL|TUQ)\s+\S/u.test(text) &&
    text === text.toUpperCase() &&
    text.length <= 80
  );
}

/** "(tiếp theo)", "(Tiếp)", "- 2 -", "Trang 3": marks of a table going on over a page break. */
export function isPageMark(text: string): boolean {
  if (text.length > 30) return false;
  const f = asciiFold(text).trim();
  return (
    /^\(?\s*tiep(\s+theo)?(\s+trang\s+truoc)?\s*\)?[.:]?$/.test(f) ||
    /^[-–\s]*\d{1,3}[-–\s]*$/.test(f) ||
    /^trang\s+\d{1,3}(\s*\/\s*\d{1,3})?$/.test(f)
  );
}

/** "Trên đây là kế hoạch …": the sentence that closes a plan's body. */
export function isClosingSentence(text: string): boolean {
  return /^\s*tr[eêế]n\b/i.test(text) && /^tren day la\b/.test(asciiFold(text).trim());
}

/** "I. QUÝ I:", "1) Quý II", "A - Nhiệm vụ": the heading without its numbering and colon. */
export function withoutNumbering(text: string): string {
  return squeeze(text.replace(/^\s*(?:[IVXL]{1,6}|\d{1,2}|[A-H])\s*[.)\-–:]\s*(?=\S)/, '')).replace(
    /:\s*$/,
    '',
  );
}
