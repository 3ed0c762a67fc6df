// The demo's scoring, as the office does it in Excel: first it sets its criteria on `Tiêu chí`
// (one scored from the plan's progress, four scored by hand, a bonus for creative models), and
// after the next rewrite of the book has drawn their columns on `Chấm điểm`, it types each
// unit's points there. Points come from a table, not chance; Huyện Đoàn Trà Lĩnh, which sent
// nothing back, has not been scored on reporting yet.
import ExcelJS from 'exceljs';

const CRITERIA = [
  ['Thực hiện các nhiệm vụ trong kế hoạch thi đua', 40, 'Theo tiến độ kế hoạch', 2, 1],
  ['Công tác tuyên truyền, giáo dục', 15, 'Chấm tay'],
  ['Phong trào hành động cách mạng', 15, 'Chấm tay'],
  ['Xây dựng tổ chức Đoàn, Hội vững mạnh', 15, 'Chấm tay'],
  ['Chế độ thông tin, báo cáo', 15, 'Chấm tay'],
];
const BONUS_CAP = 10;

/** Points by hand, in the order of the four hand criteria, then the bonus (null: none). */
const POINTS = {
  TPCB: [14, 14.5, 14, 15, 6],
  BLAC: [12, 13, 12.5, 14, null],
  BLAM: [12.5, 12, 13, 11, 2],
  HQ: [11, 12, 12, 12, null],
  TN: [10, 11.5, 11, 12, null],
  TL: [9, 10, 10, null, null],
  TK: [14, 14, 13.5, 15, 8],
  HL: [10, 9.5, 10, 9, null],
  QU: [12, 12, 12.5, 12, 3],
  PH: [13, 12.5, 13, 13.5, null],
  HA: [14, 13.5, 14, 15, 12],
  NB: [9, 9, 9.5, 8, null],
  TA: [12.5, 13, 12, 13, null],
  DKCQ: [14, 13, 14, 15, 5],
  DKDN: [11, 12, 11.5, 12, null],
  CA: [14, 14.5, 14, 15, 4],
  BDBP: [14.5, 14, 14.5, 15, 6],
  QS: [13, 13.5, 13, 14, null],
  CDSP: [12, 12.5, 12, 13, 3],
};

const same = (a, b) => String(a ?? '').trim() === b;

/** Finds the row whose first cells read `headers`; 1-based, as exceljs counts. */
function headerRow(ws, headers) {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (headers.every((h, i) => same(ws.getRow(r).getCell(i + 1).value, h))) return r;
  }
  throw new Error(`${ws.name}: no row "${headers.join(', ')}"`);
}

/** The office's criteria typed over the default one on `Tiêu chí`. */
export async function setCriteria(book) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  const ws = wb.getWorksheet('Tiêu chí');
  const head = headerRow(ws, ['STT', 'Tiêu chí', 'Điểm tối đa']);
  CRITERIA.forEach((c, i) => {
    const row = ws.getRow(head + 1 + i);
    row.getCell(1).value = i + 1;
    for (let k = 0; k < 5; k++) row.getCell(k + 2).value = c[k] ?? null;
  });
  for (let r = head + 1; r <= ws.rowCount; r++) {
    if (same(ws.getRow(r).getCell(2).value, 'Điểm thưởng tối đa (mô hình sáng tạo, …)')) {
      ws.getRow(r).getCell(3).value = BONUS_CAP;
    }
  }
  await wb.xlsx.writeFile(book);
  return CRITERIA.length;
}

/** Each unit's points typed on `Chấm điểm`, under the columns of the hand criteria. */
export async function typeScores(book) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  const ws = wb.getWorksheet('Chấm điểm');
  const head = headerRow(ws, ['STT', 'Mã', 'Đơn vị']);
  const columns = new Map();
  ws.getRow(head).eachCell((c, col) => columns.set(String(c.value ?? '').trim(), col));
  const hand = CRITERIA.filter((c) => c[2] === 'Chấm tay').map((c) => columns.get(c[0]));
  const bonus = columns.get('Điểm thưởng');
  if (hand.some((c) => c === undefined) || bonus === undefined) {
    throw new Error('Chấm điểm has no column for a hand criterion: was the book rewritten?');
  }
  let scored = 0;
  for (let r = head + 1; r <= ws.rowCount; r++) {
    const points = POINTS[String(ws.getRow(r).getCell(2).value ?? '')];
    if (!points) continue;
    hand.forEach((col, i) => {
      if (points[i] !== null) ws.getRow(r).getCell(col).value = points[i];
    });
    if (points[4] !== null) ws.getRow(r).getCell(bonus).value = points[4];
    scored++;
  }
  await wb.xlsx.writeFile(book);
  return scored;
}
