/**
 * Writes the format fixtures as files, to open in Word, Excel or LibreOffice or to feed the CLI:
 *   npx tsx test/helpers/write-format-fixtures.ts [folder]     (test-output/formats by default)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  numberedPlanDocx,
  planWorkbook,
  severalTablesDocx,
  tcvn3PlanDocx,
  workProgrammeDocx,
} from './format-fixtures';

const files: Record<string, () => Promise<Uint8Array>> = {
  'ke-hoach-danh-so-word.docx': numberedPlanDocx,
  'ke-hoach-tcvn3.docx': tcvn3PlanDocx,
  'ke-hoach-nhieu-bang.docx': severalTablesDocx,
  'chuong-trinh-cong-tac.docx': workProgrammeDocx,
  'ke-hoach-gop-o.xlsx': planWorkbook,
};

async function main(folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  for (const [name, make] of Object.entries(files)) {
    const file = join(folder, name);
    writeFileSync(file, await make());
    console.log(file);
  }
}

main(process.argv[2] ?? join('test-output', 'formats')).catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
