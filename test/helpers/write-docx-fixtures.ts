/**
 * Writes the sample plan and the .docx and .xlsx fixture plans (test/fixtures/plans/docx, xlsx)
 * as files, to open in Word, Excel or LibreOffice or to feed the CLI:
 *   npx tsx test/helpers/write-docx-fixtures.ts [folder]     (test-output/docx by default)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCX_OPTIONS, DOCX_PLANS } from '../fixtures/plans/docx';
import { XLSX_PLANS } from '../fixtures/plans/xlsx';
import { buildWorkbook } from './fixture-plans';
import { buildDocx, buildPlanDocx, samplePlanDescription, type PlanLayout } from './docx-builder';

const variants: Record<string, PlanLayout> = {
  'ke-hoach-tdkt-2014-cao-bang.docx': {},
  'ke-hoach-tdkt-2014-cao-bang-quy-gop-4-cot.docx': { periodRow: 'merged' },
  'ke-hoach-tdkt-2014-cao-bang-gop-doc.docx': { mergeEqualCells: ['owners'] },
};

async function main(folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  for (const [name, layout] of Object.entries(variants)) {
    const file = join(folder, name);
    writeFileSync(file, await buildPlanDocx(samplePlanDescription(), layout));
    console.log(file);
  }
  for (const [name, blocks] of Object.entries(DOCX_PLANS)) {
    const file = join(folder, `${name}.docx`);
    writeFileSync(file, await buildDocx(blocks, DOCX_OPTIONS[name]));
    console.log(file);
  }
  for (const [name, sheets] of Object.entries(XLSX_PLANS)) {
    const file = join(folder, `${name}.xlsx`);
    writeFileSync(file, await buildWorkbook(sheets));
    console.log(file);
  }
}

main(process.argv[2] ?? join('test-output', 'docx')).catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
