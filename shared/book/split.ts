/** One file per unit, holding only that unit's rows, its identity, and the entries as sent. */
import type { Book, Entry, TrackingRow } from './model';
import { rowKey } from './model';
import { sealedMeta } from './seal';

export function entryOf(e: Entry): Entry {
  return { status: e.status, doneDate: e.doneDate, evidence: e.evidence, note: e.note };
}

/** A row as a unit's file has it: the office's own columns stay in the office's book. */
function unitRow(r: TrackingRow): TrackingRow {
  const { extras: _extras, ...row } = r;
  return row;
}

/**
 * The unit books to send out, one per unit that has rows, in directory order, each sealed with
 * the book's key (see seal.ts).
 */
export function splitBook(book: Book, now: string): Book[] {
  const out: Book[] = [];
  const byUnit = new Map<string, TrackingRow[]>();
  for (const r of book.rows) {
    const rows = byUnit.get(r.unitCode);
    if (rows) rows.push(unitRow(r));
    else byUnit.set(r.unitCode, [unitRow(r)]);
  }
  for (const unit of book.units) {
    const rows = byUnit.get(unit.code) ?? [];
    if (rows.length === 0) continue;
    const base: Record<string, Entry> = {};
    for (const r of rows) base[rowKey(r.taskId, r.unitCode)] = entryOf(r);
    const { extraColumns: _columns, ...shared } = book;
    out.push({
      ...shared,
      meta: sealedMeta(book, unit.code, now, base),
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
