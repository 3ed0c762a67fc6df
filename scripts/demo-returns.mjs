// The demo's returned unit files: the files `thidua split` sent out, filled in as each unit's
// staff would fill them in Excel by 30/06/2014, and saved into another folder as they come back.
//
// Only the four columns a unit may edit (Trạng thái, Ngày hoàn thành, Minh chứng, Ghi chú) are
// typed, found by their headers; everything else in the file is left as sent, so the product's
// own `consolidate` reads them like any returned file. The story is the STORY table below; the
// dates and document numbers come from a generator seeded by the unit's code, so every run
// writes the same entries (no Math.random, no today's date).
import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, readdirSync } from 'fs';
import path from 'path';

/**
 * What each unit did by the report date, by its rows' deadlines: `past` rows are due before the
 * report date (`done` of them, the last `late` of those done after the deadline, then `skipped`
 * marked "Không thực hiện"; the rest are overdue), `current` rows are due on the report date,
 * `later` rows are due after it (done early; `laterOpen` more in progress). `typing` is how its
 * staff type: `list` picks the status from the cell's list, `hand` types forms the reader accepts
 * ("xong", "HT"…), `text` types like `hand` and also types completion dates as text. A unit
 * missing here sent nothing back.
 */
const STORY = {
  TPCB: { past: { done: 8 }, current: 6, later: 2, typing: 'list' },
  BLAC: { past: { done: 8 }, current: 5, later: 0, typing: 'hand' },
  BLAM: { past: { done: 8, late: 2 }, current: 4, later: 0, typing: 'list' },
  HQ: { past: { done: 7, late: 1 }, current: 3, later: 0, typing: 'hand' },
  TN: { past: { done: 6 }, current: 2, later: 0, typing: 'list' },
  // TL (Huyện Đoàn Trà Lĩnh) has sent nothing back
  TK: { past: { done: 8 }, current: 6, later: 1, typing: 'list' },
  HL: { past: { done: 5, late: 2 }, current: 1, later: 0, typing: 'hand' },
  QU: { past: { done: 8, late: 3 }, current: 3, later: 0, typing: 'list' },
  PH: { past: { done: 8 }, current: 4, later: 0, typing: 'hand' },
  HA: { past: { done: 8 }, current: 6, later: 0, typing: 'text' },
  NB: { past: { done: 4 }, current: 0, later: 0, typing: 'hand' },
  TA: { past: { done: 7 }, current: 5, later: 0, typing: 'list' },
  DKCQ: { past: { done: 8 }, current: 6, later: 1, typing: 'list' },
  DKDN: { past: { done: 6, late: 1 }, current: 3, later: 0, typing: 'hand' },
  CA: { past: { done: 7, skipped: 1 }, current: 6, later: 0, typing: 'list' },
  BDBP: { past: { done: 8, late: 1 }, current: 5, later: 0, typing: 'list' },
  QS: { past: { done: 8 }, current: 4, later: 0, typing: 'text' },
  CDSP: { past: { done: 7, late: 2 }, current: 2, later: 0, typing: 'hand' },
  BTV: { past: { done: 9, late: 1 }, current: 7, later: 1, typing: 'list' },
  VP: { past: { done: 0 }, current: 0, later: 1, typing: 'list' },
  TTNTH: { past: { done: 0 }, current: 0, later: 0, laterOpen: 1, typing: 'hand' },
};

/** The short name a unit signs its documents with ("Công văn số 45/CV-HĐ"). */
const SIGN = { TPCB: 'TĐ', BTV: 'TĐTN', VP: 'VP', TTNTH: 'TTNTH', DKCQ: 'ĐK', DKDN: 'ĐK' };
const signOf = (code, name) => SIGN[code] ?? (name.startsWith('Huyện Đoàn') ? 'HĐ' : 'ĐTN');

const DOCUMENTS = [
  (n, s, d) => `Báo cáo số ${n}-BC/${s} ngày ${d}`,
  (n, s, d) => `Công văn số ${n}/CV-${s} ngày ${d}`,
  (n, s, d) => `Kế hoạch số ${n}-KH/${s} ngày ${d}`,
  (n, s, d) => `Hướng dẫn số ${n}-HD/${s} ngày ${d}`,
];
const DONE_WORDS = { list: ['Hoàn thành'], hand: ['Đã hoàn thành', 'xong', 'HT', 'hoàn thành'] };
const DOING_WORDS = { list: ['Đang thực hiện'], hand: ['đang làm', 'Đang triển khai'] };
const LATE_NOTES = [
  'Chậm do tập trung tổ chức Đại hội Hội LHTN cấp huyện',
  'Chậm do cán bộ phụ trách đi học tập trung',
  'Chờ ý kiến chỉ đạo của cấp ủy',
];
const OPEN_NOTES = [
  'Dự kiến hoàn thành trong tháng 7/2014',
  'Đang tổng hợp số liệu từ cơ sở',
  '',
  'Chờ hướng dẫn của Ủy ban MTTQ tỉnh',
];

/** A small seeded generator (mulberry32): the same unit code gives the same numbers. */
function seeded(text) {
  let a = [...text].reduce((h, c) => Math.imul(h ^ c.codePointAt(0), 2654435761) >>> 0, 7);
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const DAY = 86_400_000;
/** A working day between `from` and `to` (UTC midnights): a Saturday or Sunday moves back to Friday. */
function workday(pick, from, to) {
  const span = Math.max(0, Math.round((to - from) / DAY));
  const d = new Date(from.getTime() + pick(span + 1) * DAY);
  const back = d.getUTCDay() === 6 ? 1 : d.getUTCDay() === 0 ? 2 : 0;
  return new Date(Math.max(from.getTime(), d.getTime() - back * DAY));
}
const dmy = (d) => `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
const dmyPadded = (d) => dmy(d).replace(/\b(\d)\b/g, '0$1');

/**
 * Copies each sent file of a unit in STORY from `sentDir` to `returnedDir` and fills it in as
 * of `asOf` (a UTC midnight). Returns what was typed, per unit, for the demo to print.
 */
export async function makeReturns(sentDir, returnedDir, asOf) {
  mkdirSync(returnedDir, { recursive: true });
  const made = [];
  for (const file of readdirSync(sentDir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()) {
    const code = file.split('-')[0];
    const story = STORY[code];
    if (!story) continue;
    const target = path.join(returnedDir, file);
    copyFileSync(path.join(sentDir, file), target);
    made.push({ code, file, ...(await fill(target, code, story, asOf)) });
  }
  return made;
}

async function fill(file, code, story, asOf) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Theo dõi');
  const col = new Map();
  ws.getRow(1).eachCell((cell, c) => col.set(String(cell.value), c));
  const sign = signOf(code, String(ws.getRow(2).getCell(col.get('Đơn vị')).value ?? ''));
  const pick = seeded(code);
  let number = 10 + pick(40);
  const rows = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const deadline = row.getCell(col.get('Hạn')).value;
    if (row.getCell(col.get('Mã CV')).value && deadline instanceof Date)
      rows.push({ row, deadline });
  }
  const past = rows.filter((x) => x.deadline < asOf);
  const current = rows.filter((x) => x.deadline.getTime() === asOf.getTime());
  const later = rows.filter((x) => x.deadline > asOf);
  const typed = { done: 0, late: 0, skipped: 0, open: 0 };
  // where in its rotation of words and documents this unit's typist starts
  let k = pick(4);
  const type = (row, status, date, evidence, note) => {
    row.getCell(col.get('Trạng thái')).value = status;
    if (date) {
      row.getCell(col.get('Ngày hoàn thành')).value =
        story.typing === 'text' ? dmyPadded(date) : date;
    }
    if (evidence) row.getCell(col.get('Minh chứng')).value = evidence;
    if (note) row.getCell(col.get('Ghi chú')).value = note;
  };
  const words = story.typing === 'list' ? 'list' : 'hand';
  const done = (x, from, to, note) => {
    const date = workday(pick, from, to);
    number += 1 + pick(6);
    const doc = DOCUMENTS[k % DOCUMENTS.length](number, sign, dmy(date));
    type(x.row, DONE_WORDS[words][k++ % DONE_WORDS[words].length], date, doc, note);
    typed.done++;
  };
  const open = (x, i) => {
    const status = DOING_WORDS[words][i % DOING_WORDS[words].length];
    type(x.row, status, null, '', OPEN_NOTES[i % OPEN_NOTES.length]);
    typed.open++;
  };
  const before = (d, days) => new Date(d.getTime() - days * DAY);
  const { done: pastDone, late = 0, skipped = 0 } = story.past;
  past.forEach((x, i) => {
    if (i < pastDone - late) done(x, before(x.deadline, 50), before(x.deadline, 2), '');
    else if (i < pastDone) {
      const to = new Date(Math.min(before(asOf, 5).getTime(), before(x.deadline, -55).getTime()));
      done(x, before(x.deadline, -8), to, LATE_NOTES[typed.late % LATE_NOTES.length]);
      typed.late++;
    } else if (i < pastDone + skipped) {
      const status = words === 'list' ? 'Không thực hiện' : 'không thực hiện';
      type(x.row, status, null, '', 'Trung ương Đoàn không triển khai nội dung này trong kỳ');
      typed.skipped++;
    } else open(x, i);
  });
  current.forEach((x, i) => {
    if (i < story.current) done(x, before(x.deadline, 80), before(x.deadline, 3), '');
    else open(x, i);
  });
  later.forEach((x, i) => {
    if (i < story.later) done(x, before(asOf, 25), before(asOf, 4), 'Hoàn thành sớm');
    else if (i < story.later + (story.laterOpen ?? 0)) open(x, i);
  });
  await wb.xlsx.writeFile(file);
  return typed;
}
