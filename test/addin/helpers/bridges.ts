/**
 * The pane's two bridges as the tests make them: Excel's over the strict Office fake, and
 * browser mode's over a store of the test's (nothing kept by default), both at the tests' clock.
 */
import { workbookOf } from '../../../shared/app/command';
import type { Outcome } from '../../../shared/app/outcome';
import type { FileBytes } from '../../../shared/ui/bridge';
import { writeSpecXlsx } from '../../../shared/xlsx/book-io';
import { detectSupport } from '../../../addin/src/excel/support';
import type { BookStore } from '../../../addin/src/host/book-store';
import { ExcelBridge } from '../../../addin/src/host/excel-bridge';
import { FileBridge, NO_STORE } from '../../../addin/src/host/file-bridge';
import type { Clock } from '../../../shared/app/clock';
import { asExcel, type ExcelFake } from '../../fakes/excel-fake';
import { CLOCK } from './books';

export function excelBridge(fake: ExcelFake, clock: Clock = CLOCK): ExcelBridge {
  const support = detectSupport((n, v) => fake.Office.context.requirements.isSetSupported(n, v));
  return new ExcelBridge(asExcel(fake), support, () => clock);
}

export function fileBridge(store: BookStore = NO_STORE, clock: Clock = CLOCK): Promise<FileBridge> {
  return FileBridge.start(store, () => clock);
}

/** The files a command offered, rendered as the UI renders them for download. */
export async function rendered(outcome: Outcome): Promise<FileBytes[]> {
  return Promise.all(
    outcome.files.map(async (f) => {
      const written = await writeSpecXlsx(workbookOf(f));
      if (!written.ok) throw new Error(JSON.stringify(written.problems));
      return { name: f.name, bytes: written.value };
    }),
  );
}
