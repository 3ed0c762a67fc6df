/**
 * What the user hands the page, read in the page in every host (then sent to the command as
 * data): a plan pasted or chosen as a file (.docx, .txt, .xlsx, .csv), and the unit files sent
 * back (.xlsx). The readers (mammoth, exceljs) are loaded only when a file is read.
 */
import type { Returned } from '../book/consolidate';
import { returnedOf } from '../book/consolidate';
import type { Problem } from '../errors/problem';
import type { Result } from '../errors/result';
import type { Plan } from '../plan/model';
import type { FileBytes } from './bridge';
import { planFiles, xlsxFiles } from './file-code';

/** A file the user chose, as bytes. */
export async function fileBytes(file: File): Promise<FileBytes> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The plan from a chosen file, else from the pasted text; null when there is neither. */
export async function readPlan(text: string, file: File | undefined): Promise<Result<Plan> | null> {
  if (!file && text.trim() === '') return null;
  const { readPlanBytes, readPlanText } = await planFiles();
  if (file) {
    const f = await fileBytes(file);
    return readPlanBytes(f.bytes, f.name);
  }
  return readPlanText(text);
}

/** Returned unit files read as books; a file that is not one is said, with its name. */
export async function readReturned(
  files: readonly File[],
  today: string,
): Promise<{ returned: Returned[]; unreadable: Problem[]; refused: number }> {
  return readReturnedBytes(await Promise.all(files.map(fileBytes)), today);
}

/** The same, of files already read as bytes. */
export async function readReturnedBytes(
  files: readonly FileBytes[],
  today: string,
): Promise<{ returned: Returned[]; unreadable: Problem[]; refused: number }> {
  const { readBookXlsx } = await xlsxFiles();
  const returned: Returned[] = [];
  const unreadable: Problem[] = [];
  let refused = 0;
  for (const f of files) {
    const r = await readBookXlsx(f.bytes, { file: f.name, strict: false, today });
    if (r.ok) {
      returned.push(returnedOf(f.name, r.value, r.warnings));
    } else {
      unreadable.push(...r.problems);
      refused++;
    }
  }
  return { returned, unreadable, refused };
}
