/**
 * Run in a fresh process by the files benchmark: reads one file as a book (or, with `bare`,
 * with exceljs alone, as before the checks) and prints the time and peak memory.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import { readBookXlsx } from '../shared/xlsx/book-io';

async function main(): Promise<void> {
  const [file, mode] = process.argv.slice(2) as [string, string | undefined];
  const baselineKb = process.resourceUsage().maxRSS;
  const bytes = new Uint8Array(fs.readFileSync(file));
  const t0 = performance.now();
  let outcome: string;
  if (mode === 'bare') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    outcome = `read ${wb.worksheets.reduce((n, ws) => n + ws.rowCount, 0)} rows`;
  } else {
    const r = await readBookXlsx(bytes, { file: 'x.xlsx', strict: false });
    outcome = r.ok ? `read ${r.value.book.rows.length} rows` : `refused: ${r.problems[0]!.code}`;
  }
  process.stdout.write(
    JSON.stringify({
      ms: performance.now() - t0,
      outcome,
      baselineKb,
      peakKb: process.resourceUsage().maxRSS,
    }),
  );
}

void main();
