/**
 * Looking into books as a user would, with exceljs and the headers (independently of the
 * product's reader): the entries of `Theo dõi` and `Lưu trữ`, a file's hash, and hand edits.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import ExcelJS from 'exceljs';

export const hash = (f: string): string =>
  createHash('sha256').update(fs.readFileSync(f)).digest('hex');

export async function edit(
  src: string,
  dst: string,
  change: (wb: ExcelJS.Workbook) => void | Promise<void>,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  await change(wb);
  await wb.xlsx.writeFile(dst);
  return dst;
}

/** A sheet's rows as objects by header (dates as ISO dates, formulas as their results). */
export function rowsByHeader(ws: ExcelJS.Worksheet): Record<string, unknown>[] {
  const header: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (c, i) => (header[i - 1] = String(c.value ?? '')));
  const out: Record<string, unknown>[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const o: Record<string, unknown> = {};
    let any = false;
    header.forEach((h, i) => {
      let v = row.getCell(i + 1).value as unknown;
      if (v instanceof Date) v = v.toISOString().slice(0, 10);
      if (v && typeof v === 'object' && 'result' in (v as object))
        v = (v as { result: unknown }).result;
      if (v !== null && v !== undefined && v !== '') any = true;
      o[h || `(${i + 1})`] = v ?? null;
    });
    if (any) out.push(o);
  }
  return out;
}

export interface SeenEntry {
  taskId: string;
  unit: string;
  status: string;
  done: string | null;
  evidence: string;
  note: string;
}

const entryOf = (o: Record<string, unknown>): SeenEntry => ({
  taskId: String(o['Mã CV'] ?? ''),
  unit: String(o['Đơn vị'] ?? ''),
  status: String(o['Trạng thái'] ?? ''),
  done: (o['Ngày hoàn thành'] as string | null) ?? null,
  evidence: String(o['Minh chứng'] ?? ''),
  note: String(o['Ghi chú'] ?? ''),
});

const filled = (e: SeenEntry) =>
  (e.status !== '' && e.status !== 'Chưa thực hiện') || !!e.done || !!e.evidence || !!e.note;

/** Every entry of a book: on `Theo dõi`, and on `Lưu trữ`. */
export async function entriesOf(
  file: string,
): Promise<{ tracking: SeenEntry[]; archive: SeenEntry[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const t = wb.getWorksheet('Theo dõi');
  const a = wb.getWorksheet('Lưu trữ');
  return {
    tracking: t ? rowsByHeader(t).map(entryOf).filter(filled) : [],
    archive: a ? rowsByHeader(a).map(entryOf).filter(filled) : [],
  };
}

const keyOf = (e: SeenEntry) =>
  [e.taskId, e.unit, e.status, e.done ?? '', e.evidence, e.note].join('|');

/** Entries of `before` found in neither `Theo dõi` nor `Lưu trữ` of `after`. */
export async function lostEntries(before: string, after: string): Promise<string[]> {
  const b = await entriesOf(before);
  const a = await entriesOf(after);
  const kept = new Set([...a.tracking, ...a.archive].map(keyOf));
  return b.tracking.map(keyOf).filter((k) => !kept.has(k));
}
