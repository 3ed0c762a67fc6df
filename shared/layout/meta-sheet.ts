/**
 * `_ThiDua`, a very hidden sheet: the product mark, the plan's identity and version, and the
 * plan itself as JSON (in pieces under Excel's 32,767 characters a cell), so returned files and
 * later updates can be matched to the plan they came from.
 *
 * The JSON is kept deflated, in base64: a province's plan is a megabyte of text that every unit
 * file carries, and written as XML text it cost split and consolidate more than the sheets the
 * units see. Books written before keep plain JSON, which is still read.
 */
import { fromByteArray, toByteArray } from 'base64-js';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { ledgerOf } from '../book/ledger';
import type { Book, BookMeta, Entry } from '../book/model';
import { SHEET } from '../i18n/workbook-vi';
import type { SheetSpec, WorkbookSpec } from '../workbook/spec';
import { SheetBuilder } from './builder';

const META_CHUNK = 30_000;

/** Row of the `state` key: "drawing" while a host writes the workbook, "complete" after. */
const STATE_ROW = 0;
export const DRAWING = 'drawing';
const COMPLETE = 'complete';

/** Pieces of at most META_CHUNK characters, never cutting a surrogate pair in two. */
function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(i + META_CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(i, end));
    i = end;
  }
  return out.length > 0 ? out : [''];
}

/** How a packed value starts: the codec, then the length of the JSON's UTF-8 bytes. */
const PACKED = 'deflate;';

/** The JSON of `value`, deflated and in base64, behind its mark and unpacked length. */
function packed(value: unknown): string {
  const bytes = strToU8(JSON.stringify(value));
  return `${PACKED}${bytes.length};${fromByteArray(deflateSync(bytes))}`;
}

/** A packed value cannot unpack to more than this: a crafted cell must not fill the memory. */
const MAX_UNPACKED = 256 * 1024 * 1024;

/**
 * The JSON text of a value as `_ThiDua` keeps it: plain JSON (books written before packing), or
 * packed; null when a packed value is damaged or unpacks to other than its stated length.
 */
export function unpackedJson(text: string): string | null {
  if (!text.startsWith(PACKED)) return text;
  const sep = text.indexOf(';', PACKED.length);
  const length = Number(text.slice(PACKED.length, sep));
  if (sep < 0 || !Number.isInteger(length) || length < 0 || length > MAX_UNPACKED) return null;
  try {
    // one byte more than stated, so that more data than stated shows
    const out = inflateSync(toByteArray(text.slice(sep + 1)), { out: new Uint8Array(length + 1) });
    return out.length === length ? strFromU8(out) : null;
  } catch {
    return null;
  }
}

/**
 * The plan's pieces, made once per plan: split writes fifty unit files of one plan, and
 * packing a province's plan costs as much as drawing a sheet.
 */
const planPieces = new WeakMap<Book['plan'], string[]>();
function piecesOfPlan(plan: Book['plan']): string[] {
  let pieces = planPieces.get(plan);
  if (!pieces) {
    pieces = chunks(packed(plan));
    planPieces.set(plan, pieces);
  }
  return pieces;
}

/** What a renderer writes last: the identity sheet's state, complete. */
export function finishCell(): NonNullable<WorkbookSpec['finish']> {
  return { sheet: SHEET.meta, row: STATE_ROW, col: 1, value: COMPLETE };
}

export function metaSheet(
  book: Pick<Book, 'meta' | 'plan' | 'base' | 'units' | 'rows'> & Partial<Pick<Book, 'archive'>>,
): SheetSpec {
  const b = new SheetBuilder(2);
  const m: BookMeta = book.meta;
  const pairs: [string, string | number][] = [
    ['state', DRAWING],
    ['product', m.product],
    ['format', m.format],
    ['planId', m.planId],
    ['version', m.version],
    ['kind', m.kind],
    ['unitCode', m.unitCode ?? ''],
    ['createdAt', m.createdAt],
    ['updatedAt', m.updatedAt],
  ];
  // the book's key stays in the book; a unit's file has its seal instead
  if (m.kind === 'book' && m.secret) pairs.push(['secret', m.secret]);
  if (m.kind === 'book' && m.secretSince) pairs.push(['secretSince', m.secretSince]);
  if (m.kind === 'unit' && m.issuedAt) pairs.push(['issuedAt', m.issuedAt]);
  if (m.kind === 'unit' && m.seal) pairs.push(['seal', m.seal]);
  for (const [k, v] of pairs) b.add([k, v]);
  piecesOfPlan(book.plan).forEach((c, i) => b.add([`plan.${i}`, c]));
  // the units' names as `Theo dõi` shows them: rows still find their unit after a rename
  const names: [string, string][] = book.units.map((u) => [u.code, u.name]);
  chunks(packed(names)).forEach((c, i) => b.add([`units.${i}`, c]));
  // the entries as written, so a row deleted from `Theo dõi` by hand is noticed and archived
  if (m.kind === 'book')
    chunks(packed(ledgerOf(book.rows))).forEach((c, i) => b.add([`entries.${i}`, c]));
  // and those of `Lưu trữ`, so that rows deleted there (or the whole sheet) are noticed too
  if (m.kind === 'book' && book.archive && book.archive.length > 0)
    chunks(packed(ledgerOf(book.archive))).forEach((c, i) => b.add([`archived.${i}`, c]));
  if (book.base)
    chunks(packed(book.base satisfies Record<string, Entry>)).forEach((c, i) =>
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
