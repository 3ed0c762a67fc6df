/** Units' returned files, read in the page before they are merged; those that cannot be, said. */
import type { Returned } from '../../../shared/book/consolidate';
import type { Problem } from '../../../shared/errors/problem';
import type { FileBytes } from '../../../shared/ui/bridge';
import { xlsxFiles } from '../host/file-code';

export async function readReturned(
  files: readonly FileBytes[],
  today: string,
): Promise<{ returned: Returned[]; unreadable: Problem[] }> {
  const { readBookXlsx } = await xlsxFiles();
  const returned: Returned[] = [];
  const unreadable: Problem[] = [];
  for (const f of files) {
    const r = await readBookXlsx(f.bytes, { file: f.name, strict: false, today });
    if (r.ok) {
      returned.push({
        file: f.name,
        book: r.value.book,
        rows: r.value.tracking,
        problems: r.warnings,
      });
    } else unreadable.push(...r.problems);
  }
  return { returned, unreadable };
}
