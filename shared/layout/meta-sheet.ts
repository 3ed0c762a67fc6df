/**
 * `_ThiDua`, a very hidden sheet: the product mark, the plan's identity and version, and the
 * plan itself as JSON (in pieces under Excel's 32,767 characters a cell), so returned files and
 * later updates can be matched to the plan they came from.
 */
import type { Book, BookMeta, Entry } from '../book/model';
import { SHEET } from '../i18n/workbook-vi';
import type { SheetSpec } from '../workbook/spec';
import { SheetBuilder } from './builder';

export const META_CHUNK = 30_000;

export function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += META_CHUNK) out.push(text.slice(i, i + META_CHUNK));
  return out.length > 0 ? out : [''];
}

export function metaSheet(book: Pick<Book, 'meta' | 'plan' | 'base'>): SheetSpec {
  const b = new SheetBuilder(2);
  const m: BookMeta = book.meta;
  const pairs: [string, string | number][] = [
    ['product', m.product],
    ['format', m.format],
    ['planId', m.planId],
    ['version', m.version],
    ['kind', m.kind],
    ['unitCode', m.unitCode ?? ''],
    ['createdAt', m.createdAt],
    ['updatedAt', m.updatedAt],
  ];
  for (const [k, v] of pairs) b.add([k, v]);
  chunks(JSON.stringify(book.plan)).forEach((c, i) => b.add([`plan.${i}`, c]));
  if (book.base)
    chunks(JSON.stringify(book.base satisfies Record<string, Entry>)).forEach((c, i) =>
      b.add([`base.${i}`, c]),
    );
  b.style({ row: 0, col: 0, rows: b.next, cols: 2 }, { numberFormat: '@' });
  return b.build({
    name: SHEET.meta,
    role: 'meta',
    visibility: 'veryHidden',
    columns: [12, 60],
    protect: true,
  });
}
