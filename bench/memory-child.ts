/** Run in a fresh process by the workbook benchmark: builds and writes the 50,000-row book, prints peak memory. */
import { describeBook } from '../shared/layout/describe';
import { writeXlsx } from '../shared/xlsx/write';
import { bigBook } from './workbook';

async function main(): Promise<void> {
  const before = process.resourceUsage().maxRSS;
  const book = bigBook(1000, 50);
  const bytes = await writeXlsx(describeBook(book).spec);
  process.stdout.write(
    JSON.stringify({
      bytes: bytes.length,
      baselineKb: before,
      peakKb: process.resourceUsage().maxRSS,
    }),
  );
}

void main();
