/** `Hướng dẫn`: how a unit fills in and returns its file. */
import { SHEET, WB } from '../i18n/workbook-vi';
import type { SheetSpec } from '../workbook/spec';
import { SheetBuilder } from './builder';

export function guideSheet(unitName: string): SheetSpec {
  const b = new SheetBuilder(1);
  b.paragraph(WB.guideTitle(unitName), { bold: true, fontSize: 13 }, 100);
  b.add();
  for (const line of WB.guideLines) b.paragraph(line, {}, 100);
  return b.build({
    name: SHEET.guide,
    role: 'guide',
    visibility: 'visible',
    columns: [100],
    protect: true,
    print: { orientation: 'landscape' },
  });
}
