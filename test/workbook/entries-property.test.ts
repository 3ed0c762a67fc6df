/**
 * The property of issue 9: whatever an office and its units do — split, fill, consolidate,
 * update with an amended plan, and by hand sort, hide, delete and copy rows of the book or
 * insert columns — no entry the book held is ever lost. After every command, each entry the book
 * last wrote is still on `Theo dõi` or `Lưu trữ` (changed only by a unit's merge, which the log
 * records), or the command refused and left every input as it was. Columns the office inserted
 * stay. Real .xlsx files and the command line throughout; bounded and seeded (FC_SEED to vary).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { edit, entriesOf, hash, rowsByHeader, type SeenEntry } from '../helpers/book-files';
import { runCli } from '../helpers/cli';
import { day, fillTracking } from '../helpers/fill';
import { outputDir } from '../helpers/paths';

const dir = outputDir('entries-property');
const SEED = Number(process.env.FC_SEED ?? 20140407);
const RUNS = Number(process.env.FC_RUNS ?? 20);

const UNITS_CSV = [
  'Mã,Tên đơn vị,Nhóm,Email,Tên gọi khác',
  'BTV,Ban Thường vụ Tỉnh Đoàn,Ban Thường vụ,,BTV Tỉnh Đoàn',
  'HA,Huyện Đoàn Hòa An,Cấp huyện,,Hòa An',
  'TA,Huyện Đoàn Thạch An,Cấp huyện,,Thạch An',
].join('\n');

const TASKS: [string, string, string][] = [
  ['I', 'Tổng kết công tác thi đua năm 2013.', 'BTV Tỉnh Đoàn.'],
  ['I', 'Xây dựng kế hoạch thi đua năm 2014.', 'Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
  ['I', 'Phát động thi đua chào mừng 26/3.', 'Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
  ['II', 'Sơ kết 6 tháng công tác thi đua.', 'Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
  ['II', 'Xét khen thưởng chuyên đề.', 'BTV Tỉnh Đoàn.'],
  ['II', 'Kiểm tra chéo giữa các đơn vị.', 'Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
];

/** The plan as Word's text gives it; variants drop a task, reword one, or add one. */
function planText(variant: number): string {
  let tasks = TASKS.map((t) => [...t] as [string, string, string]);
  if (variant === 1) tasks = tasks.filter((_, i) => i !== 2);
  if (variant === 2) tasks[3]![1] = 'Sơ kết 6 tháng đầu năm công tác thi đua, khen thưởng.';
  if (variant === 3) tasks.push(['II', 'Tuyên dương điển hình tiên tiến.', 'BTV Tỉnh Đoàn.']);
  const lines = [
    '\tBCH ĐOÀN TỈNH CAO BẰNG',
    'Số: 73 -KH /TĐTN-VP',
    '\tĐOÀN TNCS HỒ CHÍ MINH',
    'Cao Bằng, ngày 7 tháng 4 năm 2014',
    'KẾ HOẠCH',
    'Thực hiện công tác Thi đua, Khen thưởng năm 2014',
    '',
    'I- NỘI DUNG CÔNG VIỆC:',
    '',
    '\tStt',
    '\tNội dung công việc',
    '\tChỉ đạo, thực hiện',
    '\tGhi chú',
    '',
  ];
  for (const period of ['I', 'II']) {
    lines.push(`\t${period}`, `\tQuý ${period}/2014`, '');
    tasks
      .filter((t) => t[0] === period)
      .forEach((t, i) => lines.push(`\t${i + 1}`, `\t${t[1]}`, `\t- ${t[2]}`, '\t', ''));
  }
  return lines.join('\n');
}

type Op =
  | { kind: 'split' }
  | { kind: 'fill'; file: number; rows: number[]; status: number; date: number; note: string }
  | { kind: 'consolidate'; files: number[] }
  | { kind: 'update'; variant: number }
  | { kind: 'sort' }
  | { kind: 'hide'; rows: number[] }
  | { kind: 'deleteRow'; row: number }
  | { kind: 'insertColumn'; at: number }
  | { kind: 'duplicateRow'; row: number };

const STATUSES = ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Không thực hiện', 'xong'];

// weighted towards the units' round trip, so most runs have entries to lose
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.constant<Op>({ kind: 'split' }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('fill' as const),
      file: fc.nat(5),
      rows: fc.uniqueArray(fc.nat(7), { minLength: 1, maxLength: 3 }),
      status: fc.nat(STATUSES.length - 1),
      date: fc.nat(200),
      note: fc.constantFrom('', 'BC số 5', 'đã gửi'),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('consolidate' as const),
      files: fc.uniqueArray(fc.nat(5), { minLength: 1, maxLength: 3 }),
    }),
    weight: 4,
  },
  fc.record({ kind: fc.constant('update' as const), variant: fc.nat(3) }),
  fc.constant<Op>({ kind: 'sort' }),
  fc.record({
    kind: fc.constant('hide' as const),
    rows: fc.uniqueArray(fc.nat(15), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('deleteRow' as const), row: fc.nat(15) }),
  fc.record({ kind: fc.constant('insertColumn' as const), at: fc.nat(12) }),
  fc.record({ kind: fc.constant('duplicateRow' as const), row: fc.nat(15) }),
);

const keyOf = (e: SeenEntry) => `${e.taskId}|${e.unit}`;
const valueOf = (e: SeenEntry) => [e.status, e.done ?? '', e.evidence, e.note].join('|');

/** Data rows of `Theo dõi` (2…n) of a book, for hand edits. */
async function handEdit(
  src: string,
  dst: string,
  change: (ws: ExcelJS.Worksheet, n: number) => void,
): Promise<void> {
  await edit(src, dst, (wb) => {
    const ws = wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet;
    change(ws, ws.actualRowCount - 1);
  });
}

const values = (ws: ExcelJS.Worksheet, r: number): unknown[] =>
  (ws.getRow(r).values as unknown[]).slice(1);

async function header(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return (values(wb.getWorksheet('Theo dõi') as ExcelJS.Worksheet, 1) as unknown[]).map((v) =>
    String(v ?? ''),
  );
}

/** Entries applied by merges in a book's log: "task|unit code". */
async function appliedKeys(file: string): Promise<Set<string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const log = rowsByHeader(wb.getWorksheet('Nhật ký') as ExcelJS.Worksheet);
  return new Set(
    log.filter((e) => e['Kết quả'] === 'Đã cập nhật').map((e) => `${e['Mã CV']}|${e['Đơn vị']}`),
  );
}

const CODES: Record<string, string> = {
  'Ban Thường vụ Tỉnh Đoàn': 'BTV',
  'Huyện Đoàn Hòa An': 'HA',
  'Huyện Đoàn Thạch An': 'TA',
};

let run = 0;
const stats = { checks: 0, entries: 0, refused: 0 };

async function scenario(ops: Op[]): Promise<void> {
  const here = path.join(dir, `run-${run++}`);
  fs.mkdirSync(here, { recursive: true });
  const units = path.join(here, 'units.csv');
  fs.writeFileSync(units, UNITS_CSV);
  const plans = [0, 1, 2, 3].map((v) => {
    const f = path.join(here, `plan-${v}.txt`);
    fs.writeFileSync(f, planText(v));
    return f;
  });
  let book = path.join(here, 'book-0.xlsx');
  expect(
    (await runCli(['build', plans[0]!, '-o', book, '--units', units, '--as-of', '30/06/2014']))
      .code,
  ).toBe(0);
  // every run starts from a book holding entries of every unit, and the files they came back in
  const first = path.join(here, 'units-0');
  expect((await runCli(['split', book, '-o', first])).code).toBe(0);
  let unitFiles = fs
    .readdirSync(first)
    .sort()
    .map((f) => path.join(first, f));
  for (const [k, f] of unitFiles.entries()) {
    await fillTracking(f, (row) =>
      row.index <= k
        ? {
            status: 'Hoàn thành',
            doneDate: day(`2014-0${3 + k}-1${row.index}`),
            evidence: `QĐ ${k}`,
          }
        : null,
    );
  }
  const start = path.join(here, 'book-start.xlsx');
  expect((await runCli(['consolidate', book, ...unitFiles, '-o', start])).code).toBe(0);
  book = start;
  let known = new Map((await entriesOf(book)).tracking.map((e) => [keyOf(e), valueOf(e)]));
  expect(known.size).toBe(6);
  const inserted: string[] = [];
  let step = 0;

  /** After a command that wrote `out` from `book`: nothing the book held is lost. */
  const check = async (out: string, merged: boolean) => {
    const after = await entriesOf(out);
    const onTracking = new Map(after.tracking.map((e) => [keyOf(e), valueOf(e)]));
    const archived = new Set(after.archive.map((e) => `${keyOf(e)}|${valueOf(e)}`));
    const applied = merged ? await appliedKeys(out) : new Set<string>();
    for (const [key, value] of known) {
      if (onTracking.get(key) === value || archived.has(`${key}|${value}`)) continue;
      const [task, unit] = key.split('|') as [string, string];
      // a unit's merge may change its own entry, and says so in the log
      const changedByUnit = applied.has(`${task}|${CODES[unit]}`);
      expect({ ops, step, lost: key, value, changedByUnit }).toEqual({
        ops,
        step,
        lost: key,
        value,
        changedByUnit: true,
      });
    }
    stats.checks++;
    stats.entries += known.size;
    const cols = await header(out);
    for (const h of inserted)
      expect({ ops, step, column: h, kept: cols.includes(h) }).toMatchObject({ kept: true });
    known = new Map(after.tracking.map((e) => [keyOf(e), valueOf(e)]));
    book = out;
  };

  for (const op of ops) {
    step++;
    const next = path.join(here, `book-${step}.xlsx`);
    switch (op.kind) {
      case 'split': {
        const to = path.join(here, `units-${step}`);
        const before = hash(book);
        const r = await runCli(['split', book, '-o', to]);
        expect(hash(book)).toBe(before);
        if (r.code === 0)
          unitFiles = fs
            .readdirSync(to)
            .sort()
            .map((f) => path.join(to, f));
        else expect(r.code).toBe(2);
        break;
      }
      case 'fill': {
        const f = unitFiles[op.file % Math.max(unitFiles.length, 1)];
        if (!f) break;
        const status = STATUSES[op.status] as string;
        await fillTracking(f, (row) =>
          op.rows.includes(row.index)
            ? {
                status,
                ...(status === 'Hoàn thành' || status === 'xong'
                  ? {
                      doneDate: day(
                        new Date(Date.UTC(2014, 0, 1 + op.date)).toISOString().slice(0, 10),
                      ),
                    }
                  : {}),
                note: op.note,
              }
            : null,
        );
        break;
      }
      case 'consolidate': {
        const files = [
          ...new Set(op.files.map((i) => unitFiles[i % Math.max(unitFiles.length, 1)])),
        ].filter((f): f is string => !!f);
        if (files.length === 0) break;
        const before = [book, ...files].map(hash);
        const r = await runCli(['consolidate', book, ...files, '-o', next]);
        expect([book, ...files].map(hash)).toEqual(before);
        if (r.code === 0) await check(next, true);
        else {
          stats.refused++;
          expect([r.code, fs.existsSync(next)]).toEqual([2, false]);
        }
        break;
      }
      case 'update': {
        const before = hash(book);
        const r = await runCli(['update', book, plans[op.variant]!, '-o', next]);
        expect(hash(book)).toBe(before);
        if (r.code === 0) await check(next, false);
        else expect([r.code, fs.existsSync(next)]).toEqual([2, false]);
        break;
      }
      case 'sort':
        await handEdit(book, next, (ws, n) => {
          const rows = Array.from({ length: n }, (_, i) => values(ws, i + 2));
          rows.reverse().forEach((v, i) => {
            const row = ws.getRow(i + 2);
            v.forEach((x, c) => (row.getCell(c + 1).value = (x ?? null) as ExcelJS.CellValue));
          });
        });
        book = next;
        break;
      case 'hide':
        await handEdit(book, next, (ws, n) => {
          for (const r of op.rows) ws.getRow(2 + (r % Math.max(n, 1))).hidden = true;
        });
        book = next;
        break;
      case 'deleteRow':
        await handEdit(book, next, (ws, n) => {
          if (n > 1) ws.spliceRows(2 + (op.row % n), 1);
        });
        book = next;
        break;
      case 'duplicateRow':
        await handEdit(book, next, (ws, n) => {
          if (n > 0) ws.addRow(values(ws, 2 + (op.row % n)));
        });
        book = next;
        break;
      case 'insertColumn': {
        const name = `Cột thêm ${step}`;
        await handEdit(book, next, (ws, n) => {
          const col = 1 + (op.at % (ws.actualColumnCount + 1));
          ws.spliceColumns(col, 0, [
            name,
            ...Array.from({ length: n }, (_, i) => (i % 2 ? `ghi ${i}` : null)),
          ]);
        });
        inserted.push(name);
        book = next;
        break;
      }
    }
  }
}

describe('entries through any sequence of commands and hand edits', () => {
  it(`are never lost (seed ${SEED}, ${RUNS} runs)`, async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 3, maxLength: 10 }), scenario), {
      numRuns: RUNS,
      seed: SEED,
      endOnFailure: true,
    });
    fs.writeFileSync(path.join(dir, 'stats.json'), JSON.stringify(stats));
    // the runs did check books after commands, not only skip them
    expect(stats.checks).toBeGreaterThan(RUNS);
  }, 300_000);
});
