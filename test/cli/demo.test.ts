/**
 * `npm run demo` as a newcomer runs it, into a folder of its own: the units' returned files it
 * makes are merged by the product's `consolidate`, and the report shows the mid-year story the
 * files tell, with every typed entry in the book.
 */
import { execFile } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import { readStatus } from '../../shared/tracking/status';
import { builtCli } from '../helpers/built-cli';
import { entriesOf } from '../helpers/cli';
import { ROOT, outputDir } from '../helpers/paths';

const out = outputDir('demo-story');
const book = path.join(out, 'so-theo-doi-2014.xlsx');
let stdout = '';
let stderr = '';

beforeAll(async () => {
  const bin = builtCli('demo-cli');
  const bundle = path.join(path.dirname(path.dirname(bin)), 'build/cli.js');
  const r = await promisify(execFile)(process.execPath, ['scripts/demo.mjs', out], {
    cwd: ROOT,
    env: { ...process.env, THIDUA_BUNDLE: bundle },
    maxBuffer: 16 * 1024 * 1024,
  });
  stdout = r.stdout;
  stderr = r.stderr;
}, 180_000);

/** The unit-editable columns of `Theo dõi`, the only cells a unit types into. */
const EDITABLE = ['Trạng thái', 'Ngày hoàn thành', 'Minh chứng', 'Ghi chú'];

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function headers(ws: ExcelJS.Worksheet): Map<string, number> {
  const col = new Map<string, number>();
  ws.getRow(1).eachCell((cell, c) => col.set(String(cell.value), c));
  return col;
}

const returnedFiles = (): string[] =>
  fs
    .readdirSync(path.join(out, 'gui-lai'))
    .filter((f) => f.endsWith('.xlsx'))
    .sort();

describe('npm run demo', () => {
  it('merges the 21 returned files with the product, and says so', () => {
    expect(returnedFiles()).toHaveLength(21);
    expect(fs.readdirSync(path.join(out, 'don-vi'))).toHaveLength(22);
    expect(returnedFiles().some((f) => f.startsWith('TL-'))).toBe(false);
    expect(stdout).toContain(
      'Đã ghi so-theo-doi-2014.xlsx: gộp 21 tệp (từ chối 0); 787 thay đổi, 0 xung đột, 0 bị từ chối.\n',
    );
    expect(fs.existsSync(path.join(out, 'tong-hop-hop-khoi.xlsx'))).toBe(true);
    // what the merge notes about the way the units typed
    expect(stderr).toContain(
      'Lưu ý (tệp HA-huyen-doan-hoa-an.xlsx, trang tính "Theo dõi", ô I2): Ngày được gõ dưới dạng chữ "21/02/2014"; đã hiểu là 21/02/2014.\n',
    );
    expect(stderr).toContain(
      'Lưu ý (tệp TTNTH-ban-thanh-thieu-nhi-truong-hoc.xlsx, trang tính "Theo dõi", ô H2): Trạng thái gõ tay "đang làm" được hiểu là "Đang thực hiện".\n',
    );
  });

  it('reports per unit the rows the units filled: done, late, overdue at 30/06/2014', () => {
    const report = JSON.parse(fs.readFileSync(path.join(out, 'bao-cao.json'), 'utf8')) as {
      asOf: string;
      units: { code: string; assigned: number; done: number; late: number; overdue: number }[];
      overall: { assigned: number; done: number; late: number; overdue: number };
      overdue: unknown[];
      late: unknown[];
    };
    expect(report.asOf).toBe('2014-06-30');
    const rows = Object.fromEntries(
      report.units.map((u) => [u.code, [u.assigned, u.done, u.late, u.overdue]]),
    );
    // [assigned, done, late, overdue]; TL sent nothing back, VP and TTNTH are departments
    expect(rows).toEqual({
      TPCB: [20, 16, 0, 0],
      BLAC: [20, 13, 0, 0],
      BLAM: [20, 12, 2, 0],
      HQ: [20, 10, 1, 1],
      TN: [20, 8, 0, 2],
      TL: [20, 0, 0, 8],
      TK: [20, 15, 0, 0],
      HL: [20, 6, 2, 3],
      QU: [20, 11, 3, 0],
      PH: [20, 12, 0, 0],
      HA: [20, 14, 0, 0],
      NB: [20, 4, 0, 4],
      TA: [20, 12, 0, 1],
      DKCQ: [20, 15, 0, 0],
      DKDN: [20, 9, 1, 2],
      CA: [20, 13, 0, 0],
      BDBP: [20, 13, 1, 0],
      QS: [20, 12, 0, 0],
      CDSP: [20, 9, 2, 1],
      BTV: [28, 17, 1, 0],
      VP: [1, 1, 0, 0],
      TCKT: [0, 0, 0, 0],
      TG: [0, 0, 0, 0],
      TTNTH: [1, 0, 0, 0],
    });
    expect(report.overall).toMatchObject({ assigned: 410, done: 222, late: 13, overdue: 22 });
    expect(report.overdue).toHaveLength(22);
    expect(report.late).toHaveLength(13);
  });

  it('keeps every entry the units typed, and no other', async () => {
    const typed: string[] = [];
    for (const file of returnedFiles()) {
      const ws = (await open(path.join(out, 'gui-lai', file))).getWorksheet('Theo dõi');
      if (!ws) throw new Error(`no Theo dõi in ${file}`);
      const col = headers(ws);
      const get = (row: ExcelJS.Row, name: string): ExcelJS.CellValue =>
        row.getCell(col.get(name) ?? 0).value;
      for (let r = 2; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        const read = readStatus(get(row, 'Trạng thái'));
        const status = read.kind === 'ok' ? read.status : 'todo';
        const date = get(row, 'Ngày hoàn thành');
        const doneDate =
          date instanceof Date
            ? date.toISOString().slice(0, 10)
            : typeof date === 'string'
              ? date.replace(/^(\d\d)\/(\d\d)\/(\d{4})$/, '$3-$2-$1')
              : '';
        const evidence = String(get(row, 'Minh chứng') ?? '');
        const note = String(get(row, 'Ghi chú') ?? '');
        if (status === 'todo' && !doneDate && !evidence && !note) continue;
        const unit = file.split('-')[0];
        typed.push([get(row, 'Mã CV'), unit, status, doneDate, evidence, note].join(' | '));
      }
    }
    expect(typed).toHaveLength(277);
    expect(await entriesOf(book)).toEqual(typed.sort());
    // the same entries on every run: the dates and numbers come from the unit's code
    // on time, late with its reason, typed by hand with the date as text, not carried out, and
    // a department's row in progress
    expect(typed).toEqual(
      expect.arrayContaining([
        '2014-Q1-01 | TPCB | done | 2014-03-14 | Công văn số 45/CV-TĐ ngày 14/3/2014 | ',
        '2014-Q1-07 | QU | done | 2014-04-22 | Báo cáo số 38-BC/HĐ ngày 22/4/2014 | Chậm do tập trung tổ chức Đại hội Hội LHTN cấp huyện',
        '2014-Q1-02 | HA | done | 2014-03-28 | Công văn số 38/CV-HĐ ngày 28/3/2014 | ',
        '2014-Q1-10 | CA | skipped |  |  | Trung ương Đoàn không triển khai nội dung này trong kỳ',
        '2014-Q3-02 | TTNTH | doing |  |  | Dự kiến hoàn thành trong tháng 7/2014',
      ]),
    );
  });

  it('types only into the unit-editable columns of the files the units were sent', async () => {
    for (const file of returnedFiles()) {
      const sent = await open(path.join(out, 'don-vi', file));
      const back = await open(path.join(out, 'gui-lai', file));
      expect(back.worksheets.map((w) => [w.name, w.state])).toEqual(
        sent.worksheets.map((w) => [w.name, w.state]),
      );
      for (const ws of sent.worksheets) {
        const other = back.getWorksheet(ws.name) as ExcelJS.Worksheet;
        const editable =
          ws.name === 'Theo dõi'
            ? new Set(EDITABLE.map((h) => headers(ws).get(h)))
            : new Set<number>();
        expect(other.rowCount).toBe(ws.rowCount);
        for (let r = 1; r <= ws.rowCount; r++) {
          for (let c = 1; c <= ws.columnCount; c++) {
            if (r > 1 && editable.has(c)) continue;
            expect([file, ws.name, r, c, other.getCell(r, c).value]).toEqual([
              file,
              ws.name,
              r,
              c,
              ws.getCell(r, c).value,
            ]);
          }
        }
      }
    }
  });
});
