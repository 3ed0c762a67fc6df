/**
 * The cases of test/plan/format-fixtures.test.ts: a file in one of the formats offices keep their
 * plans in (built from test/helpers/format-fixtures.ts, or committed as text in
 * test/fixtures/formats), and the name of its expected result there (NAME.expected.json).
 */
import * as fs from 'fs';
import * as path from 'path';
import Papa from 'papaparse';
import { readPlanBytes, type FileReadOptions } from '../../shared/plan/read';
import {
  numberedPlanDocx,
  planWorkbook,
  tcvn3PlanDocx,
  toWindows1258,
  workbookWithoutPlan,
} from './format-fixtures';
import { FIXTURES } from './paths';

export const FORMATS = path.join(FIXTURES, 'formats');

const text = (name: string): Uint8Array =>
  new Uint8Array(fs.readFileSync(path.join(FORMATS, name)));

/** The comma CSV again, as Excel writes "CSV" on a Vietnamese Windows: semicolons, code page 1258. */
function semicolonCsv(): Uint8Array {
  const csv = fs
    .readFileSync(path.join(FORMATS, 'ke-hoach-2024.csv'), 'utf8')
    .replace(/^\ufeff/, '');
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  return toWindows1258(`${Papa.unparse(rows, { delimiter: ';', newline: '\r\n' })}\r\n`);
}

export interface FormatCase {
  /** The expected file's name, NAME.expected.json. */
  name: string;
  /** The file name the reader is given (its extension says the format). */
  file: string;
  bytes: () => Promise<Uint8Array> | Uint8Array;
  options?: FileReadOptions;
}

export const FORMAT_CASES: FormatCase[] = [
  { name: 'ke-hoach-danh-so-word', file: 'ke-hoach-danh-so-word.docx', bytes: numberedPlanDocx },
  { name: 'ke-hoach-tcvn3-word', file: 'ke-hoach-tcvn3.docx', bytes: tcvn3PlanDocx },
  { name: 'ke-hoach-gop-o', file: 'ke-hoach-gop-o.xlsx', bytes: planWorkbook },
  {
    name: 'ke-hoach-gop-o-trang-chi-dinh',
    file: 'ke-hoach-gop-o.xlsx',
    bytes: planWorkbook,
    options: { sheet: 'kế hoạch 2024' },
  },
  { name: 'ke-hoach-2024-csv', file: 'ke-hoach-2024.csv', bytes: () => text('ke-hoach-2024.csv') },
  { name: 'ke-hoach-2024-tsv', file: 'ke-hoach-2024.tsv', bytes: () => text('ke-hoach-2024.tsv') },
  { name: 'ke-hoach-2024-cham-phay', file: 'ke-hoach-2024-excel-vn.csv', bytes: semicolonCsv },
  // bad forms
  { name: 'xlsx-khong-co-bang', file: 'danh-ba.xlsx', bytes: workbookWithoutPlan },
  {
    name: 'xlsx-sai-ten-trang',
    file: 'ke-hoach-gop-o.xlsx',
    bytes: planWorkbook,
    options: { sheet: 'Quý I' },
  },
  {
    name: 'xlsx-hong',
    file: 'hong.xlsx',
    bytes: async () => {
      // the compressed data damaged in the middle, the zip's directory left whole
      const bytes = (await planWorkbook()).slice();
      const middle = Math.floor(bytes.length / 2);
      for (let i = middle; i < middle + 256; i++) bytes[i] = bytes[i]! ^ 0x5a;
      return bytes;
    },
  },
  {
    name: 'csv-trong',
    file: 'trong.csv',
    bytes: () => new TextEncoder().encode('\ufeff\r\n\r\n'),
  },
  {
    name: 'csv-ngoac-kep-khong-dong',
    file: 'ke-hoach-loi.csv',
    bytes: () =>
      new TextEncoder().encode(
        'Stt,Nội dung công việc,"Chỉ đạo, thực hiện"\r\nI,Quý I/2024,\r\n1,"Tổng kết năm,Văn phòng\r\n2,Hội nghị,BTV Tỉnh Đoàn\r\n',
      ),
  },
  {
    name: 'csv-co-chi-dinh-trang',
    file: 'ke-hoach-2024.csv',
    bytes: () => text('ke-hoach-2024.csv'),
    options: { sheet: 'Kế hoạch' },
  },
];

/** What a fixture reads as: the plan and its warnings' codes, or the problems in full. */
export async function readCase(c: FormatCase): Promise<unknown> {
  const r = await readPlanBytes(await c.bytes(), c.file, c.options);
  return r.ok
    ? { plan: r.value, warnings: r.warnings.map((w) => w.code) }
    : { problems: r.problems.map((p) => ({ code: p.code, vi: p.vi, en: p.en, at: p.at })) };
}
