/**
 * Writes the sample plan and the .docx fixture plans (test/fixtures/plans/docx) as .docx files,
 * to open in Word or LibreOffice or to feed the CLI:
 *   npx tsx test/helpers/write-docx-fixtures.ts [folder]     (test-output/docx by default)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCX_PLANS } from '../fixtures/plans/docx';
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
    writeFileSync(file, await buildDocx(blocks));
    console.log(file);
  }
}

main(process.argv[2] ?? join('test-output', 'docx')).catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
