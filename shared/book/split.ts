/** One file per unit, holding only that unit's rows, its identity, and the entries as sent. */
import type { Book, Entry } from './model';
import { rowKey } from './model';

export function entryOf(e: Entry): Entry {
  return { status: e.status, doneDate: e.doneDate, evidence: e.evidence, note: e.note };
}

/** The unit books to send out, one per unit that has rows, in directory order. */
export function splitBook(book: Book, now: string): Book[] {
  const out: Book[] = [];
  for (const unit of book.units) {
    const rows = book.rows.filter((r) => r.unitCode === unit.code);
    if (rows.length === 0) continue;
    const base: Record<string, Entry> = {};
    for (const r of rows) base[rowKey(r.taskId, r.unitCode)] = entryOf(r);
    out.push({
      ...book,
      meta: { ...book.meta, kind: 'unit', unitCode: unit.code, updatedAt: now },
      units: [unit],
      mappings: [],
      rows,
      archive: [],
      log: [],
      base,
    });
  }
  return out;
}
