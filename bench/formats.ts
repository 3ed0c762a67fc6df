/**
 * Reading plans kept in other formats: a .csv and an .xlsx table (owners merged over pairs of
 * tasks) of 1,000 and 10,000 tasks, and a .docx whose task numbers are Word's automatic
 * numbering against the same document with typed numbers (what numbering the paragraphs costs),
 * and the Word reader alone on a bare table of 2,000 rows.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { readPlanBytes } from '../shared/plan/read';
import { readDocxBlocks } from '../shared/plan/read-docx';
import { buildDocx, type DocxCellSpec } from '../test/helpers/docx-builder';
import type { Measured } from './lib';
import { line, mb, measure, printTable } from './lib';

const HEADER = ['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện', 'Thời gian', 'Ghi chú'];
const OWNERS = ['BTV Tỉnh Đoàn', 'Văn phòng Tỉnh Đoàn', 'Ban Tổ chức - Kiểm tra'];

/** A plan table of `tasks` tasks over four quarters; owners empty on every second task. */
function rows(tasks: number): string[][] {
  const out = [HEADER];
  const perQuarter = Math.ceil(tasks / 4);
  let made = 0;
  for (let q = 1; q <= 4 && made < tasks; q++) {
    out.push([
      ['I', 'II', 'III', 'IV'][q - 1] as string,
      `Quý ${q === 1 ? 'I' : q === 2 ? 'II' : q === 3 ? 'III' : 'IV'}/2024`,
      '',
      '',
      '',
    ]);
    for (let n = 1; n <= perQuarter && made < tasks; n++, made++) {
      out.push([
        String(n),
        `Công việc số ${made + 1}: triển khai, đôn đốc, kiểm tra việc thực hiện các tiêu chí thi đua;\nsơ kết, rút kinh nghiệm từng đợt thi đua.`,
        n % 2 === 1 ? (OWNERS[made % 3] as string) : '',
        `Tháng ${((q - 1) * 3 + (n % 3) + 1).toString()}/2024`,
        '',
      ]);
    }
  }
  return out;
}

async function xlsxOf(grid: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  ws.addRows(grid);
  grid.forEach((row, r) => {
    if (row[2] !== '' && grid[r + 1]?.[2] === '' && grid[r + 1]?.[0] !== 'I') {
      ws.mergeCells(r + 1, 3, r + 2, 3);
    }
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function docxOf(tasks: number, numbered: boolean): Promise<Uint8Array> {
  const grid = rows(tasks);
  const cells = grid.map((row, r): (string | DocxCellSpec)[] =>
    r > 0 && /^\d+$/.test(row[0] as string) && numbered
      ? [{ content: [{ text: '', list: { num: 1 } }] }, ...row.slice(1)]
      : row,
  );
  return buildDocx(['KẾ HOẠCH', { kind: 'table', rows: cells }], {
    lists: { abstracts: { 0: [{ format: 'decimal', text: '%1.' }] }, nums: { 1: { abstract: 0 } } },
  });
}

async function read(bytes: Uint8Array, name: string, tasks: number): Promise<void> {
  const r = await readPlanBytes(bytes, name);
  if (!r.ok || r.value.periods.reduce((k, p) => k + p.tasks.length, 0) !== tasks) {
    throw new Error(`bad read of ${name}`);
  }
}

export async function benchFormats(): Promise<void> {
  const out: Measured[] = [];
  const perTask = new Map<string, number[]>();
  for (const n of [1_000, 10_000]) {
    const grid = rows(n);
    const csv = new TextEncoder().encode(Papa.unparse(grid));
    const xlsx = await xlsxOf(grid);
    for (const [kind, bytes] of [
      ['csv', csv],
      ['xlsx', xlsx],
    ] as const) {
      const m = await measure(
        `read a .${kind} plan table of ${n} tasks (${mb(bytes.length)})`,
        () => read(bytes, `ke-hoach.${kind}`, n),
        3,
      );
      out.push(m);
      perTask.set(kind, [...(perTask.get(kind) ?? []), m.medianMs / n]);
    }
  }
  const typed = await docxOf(2_000, false);
  const numbered = await docxOf(2_000, true);
  const t = await measure(
    'read a .docx of 2,000 tasks, numbers typed',
    () => read(typed, 'a.docx', 2_000),
    3,
  );
  const w = await measure(
    'read the same .docx, numbers by Word numbering',
    () => read(numbered, 'b.docx', 2_000),
    3,
  );
  // the Word reader alone (mammoth and the merges, no interpreting) on a bare table of 2,000 rows
  const bare: string[][] = [['Stt', 'Nội dung công việc', 'Chỉ đạo, thực hiện', 'Ghi chú']];
  for (let i = 1; i <= 2_000; i++) {
    bare.push([String(i), `Nội dung công việc số ${i}`, '- BTV Tỉnh Đoàn.', '']);
  }
  const bareDocx = await buildDocx([{ kind: 'table', rows: bare }]);
  const b = await measure(
    'the Word reader alone: the blocks of a 2,000-row table',
    async () => {
      const blocks = await readDocxBlocks(bareDocx);
      if (blocks.length !== 1) throw new Error('bad read of the bare table');
    },
    3,
  );
  out.push(t, w, b);
  printTable('Plans in other formats (issue 8)', out);
  for (const [kind, [small, large]] of perTask) {
    line(
      `.${kind} per task: 1,000: ${((small as number) * 1000).toFixed(1)} µs, 10,000: ${((large as number) * 1000).toFixed(1)} µs (ratio ${((large as number) / (small as number)).toFixed(2)}; linear ≈ 1)`,
    );
  }
  line(`Word numbering costs ${(w.medianMs / t.medianMs).toFixed(2)}× the typed-number read`);
}
