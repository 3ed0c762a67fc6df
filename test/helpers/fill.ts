/**
 * Filling a unit's returned file as a user would: open it, find the columns of `Theo dõi` by
 * their headers, type into them, save. Written with exceljs, independently of the product's own
 * writer, so the test does not depend on the product to describe its own files.
 */
import ExcelJS from 'exceljs';

export interface Typed {
  status?: string;
  /** A real date, or text as typed ("15/03/2014"). */
  doneDate?: Date | string;
  evidence?: string;
  note?: string;
  /** Write into the unit column too (to try editing another unit's row). */
  unit?: string;
}

/** Calls `decide` for each data row of `Theo dõi` with its task id and unit; saves what it returns. */
export async function fillTracking(
  file: string,
  decide: (row: {
    taskId: string;
    unit: string;
    deadline: Date | null;
    index: number;
  }) => Typed | null,
  extraRows: { taskId: string; unit: string; typed: Typed }[] = [],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Theo dõi');
  if (!ws) throw new Error(`no Theo dõi in ${file}`);
  const col = new Map<string, number>();
  ws.getRow(1).eachCell((cell, c) => col.set(String(cell.value), c));
  const at = (name: string): number => {
    const c = col.get(name);
    if (!c) throw new Error(`no column ${name}`);
    return c;
  };
  const write = (row: ExcelJS.Row, t: Typed): void => {
    if (t.status !== undefined) row.getCell(at('Trạng thái')).value = t.status;
    if (t.doneDate !== undefined) row.getCell(at('Ngày hoàn thành')).value = t.doneDate;
    if (t.evidence !== undefined) row.getCell(at('Minh chứng')).value = t.evidence;
    if (t.note !== undefined) row.getCell(at('Ghi chú')).value = t.note;
    if (t.unit !== undefined) row.getCell(at('Đơn vị')).value = t.unit;
  };
  let index = 0;
  const last = ws.rowCount;
  for (let r = 2; r <= last; r++) {
    const row = ws.getRow(r);
    const taskId = String(row.getCell(at('Mã CV')).value ?? '');
    if (!taskId) continue;
    const hạn = row.getCell(at('Hạn')).value;
    const typed = decide({
      taskId,
      unit: String(row.getCell(at('Đơn vị')).value ?? ''),
      deadline: hạn instanceof Date ? hạn : null,
      index: index++,
    });
    if (typed) write(row, typed);
  }
  let r = last + 1;
  for (const extra of extraRows) {
    const row = ws.getRow(r++);
    row.getCell(at('Mã CV')).value = extra.taskId;
    row.getCell(at('Đơn vị')).value = extra.unit;
    write(row, extra.typed);
  }
  await wb.xlsx.writeFile(file);
}

/** UTC midnight of a calendar day, as Excel stores a typed date. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}
