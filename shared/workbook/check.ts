/** Limits every host shares, checked before anything is written. */
import { error } from '../errors/problem';
import type { Problem } from '../errors/problem';
import { cellAddress } from './a1';
import type { WorkbookSpec } from './spec';

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32_767;

/** Problems named per sheet before the rest are only counted: the first cells say enough. */
const SHOWN_PER_SHEET = 3;

export function checkSpec(spec: WorkbookSpec): Problem[] {
  const problems: Problem[] = [];
  for (const sheet of spec.sheets) {
    let found = 0;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell === 'string' && cell.length > MAX_CELL_CHARS && found++ < SHOWN_PER_SHEET) {
          problems.push(
            error(
              'cellTooLong',
              { sheet: sheet.name, cell: cellAddress(r, c) },
              { length: cell.length, limit: MAX_CELL_CHARS },
            ),
          );
        }
      }),
    );
  }
  return problems;
}
