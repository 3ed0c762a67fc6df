/**
 * Whether bytes can be handed to the .xlsx reader: an .xlsx at all (not an .xls, an .ods, a CSV,
 * a password-protected file…), whole, and within the size limits, declared and actual. Checked
 * before exceljs unpacks anything, in every host that reads a workbook: the command line, the
 * Excel pane's browser mode and the Sheets sidebar. Bytes in, problems out. The product's own
 * reader checks the worksheets as it reads them (`checkWorkbookUpFront`, `unpackSheet`).
 */
import type { Location } from '../i18n/location';
import type { Problem } from '../errors/problem';
import { error } from '../errors/problem';
import { checkXml } from './xml-check';
import { sniffFile } from './format';
import type { WorkbookLimits } from './limits';
import { WORKBOOK_LIMITS } from './limits';
import { SheetScan } from './sheet-scan';
import { sheetPartNames } from './sheet-parts';
import type { ZipEntry } from './zip-directory';
import { entryBytes, inflateEntry } from './zip-inflate';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

/**
 * Given each part unpacked while checking, by its name in the zip, for a reader that would
 * otherwise unpack it again (a part is handed over only when it passed its checks).
 */
type KeepPart = (name: string, bytes: Uint8Array) => void;

/** The problem that stops reading bytes of this format as an .xlsx, or null for an .xlsx. */
function formatProblem(bytes: Uint8Array, at: Location | undefined): Problem | null {
  const { format, zip } = sniffFile(bytes);
  // a zip cut short: what it was meant to be may not show, and what matters is that it is cut
  if (zip && !zip.ok && format !== 'docx' && format !== 'pptx') {
    return error('damagedFile', at, {
      cause: zip.reason === 'truncated' ? 'truncated' : 'damaged',
    });
  }
  switch (format) {
    case 'xlsx':
      return null;
    case 'empty':
      return error('emptyInput', at);
    case 'xls':
      return error('legacyXls', at);
    case 'encrypted':
      return error('encryptedFile', at);
    case 'ods':
      return error('odsFile', at);
    default:
      return error('notAWorkbook', at, { format });
  }
}

/** Checks the zip's directory: what it declares, before anything is unpacked. */
function declaredProblem(
  entries: readonly ZipEntry[],
  at: Location | undefined,
  limits: Omit<WorkbookLimits, 'fileBytes'>,
): Problem | null {
  if (entries.length > limits.entries) {
    return error('tooManyParts', at, { count: entries.length, limit: limits.entries });
  }
  let total = 0;
  for (const e of entries) {
    if ((e.flags & 1) !== 0 || (e.method !== 0 && e.method !== 8)) {
      return error('unusualCompression', at);
    }
    total += e.uncompressedSize;
    if (
      e.uncompressedSize > limits.ratioFloorBytes &&
      e.uncompressedSize > limits.ratio * Math.max(1, e.compressedSize)
    ) {
      return error('compressionTooHigh', at, {
        ratio: Math.round(e.uncompressedSize / Math.max(1, e.compressedSize)),
        limit: limits.ratio,
      });
    }
  }
  if (total > limits.unpackedBytes) {
    return error('unpackedTooLarge', at, { size: total, limit: limits.unpackedBytes });
  }
  return null;
}

/** One part unpacked and checked: its bytes (when unpacked in one step), or why it is refused. */
type PartCheck = { ok: true; size: number; bytes?: Uint8Array } | { ok: false; problem: Problem };

/**
 * Unpacks one entry with bounded memory, counting: an entry larger than it declared (or than
 * `budget`) is forged or damaged; a worksheet past the row or cell limit is refused as soon as it
 * gets there. `sheet` names the sheet the part holds, for the problems.
 */
function checkPart(
  bytes: Uint8Array,
  e: ZipEntry,
  at: Location | undefined,
  sheet: string | undefined,
  limits: Omit<WorkbookLimits, 'fileBytes'>,
  budget: number,
  top?: { rows: number; take: (chunk: Uint8Array) => void },
): PartCheck {
  const where: Location | undefined = sheet ? { ...at, sheet } : at;
  let over: Problem | null = null;
  let onChunk: ((c: Uint8Array) => boolean) | undefined;
  if (WORKSHEET.test(e.name)) {
    const scan = new SheetScan(limits);
    onChunk = (c) => {
      scan.push(c);
      if (scan.over?.limit === 'rows') {
        over = error('tooManyRows', where, { limit: limits.rows });
      } else if (scan.over?.limit === 'cells') {
        over = error('tooManyCells', where, { cells: scan.over.cells, limit: limits.cells });
      }
      if (over === null) top?.take(c);
      // the top of a sheet ends with the tag of the first row past it
      return over === null && !(top && scan.lastRow > top.rows);
    };
  }
  const r = inflateEntry(bytes, e, budget, onChunk, top !== undefined);
  if (over) return { ok: false, problem: over };
  if (r.ok) return r;
  switch (r.reason) {
    case 'over-budget':
      return {
        ok: false,
        problem: error('unpackedTooLarge', at, {
          size: limits.unpackedBytes + 1,
          limit: limits.unpackedBytes,
        }),
      };
    case 'larger-than-declared':
      return { ok: false, problem: error('sizeMismatch', at) };
    case 'unsupported':
      return { ok: false, problem: error('unusualCompression', at) };
    case 'damaged':
      return {
        ok: false,
        problem: sheet ? error('damagedSheet', where) : error('damagedPart', at),
      };
  }
}

/**
 * Unpacks the entries that `now` takes (every one by default), checking each (`checkPart`)
 * against what is left of the unpacking budget.
 */
function actualProblem(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  at: Location | undefined,
  limits: Omit<WorkbookLimits, 'fileBytes'>,
  keep?: KeepPart,
  now: (e: ZipEntry) => boolean = () => true,
): Problem | null {
  const sheets = sheetPartNames(bytes, entries);
  let budget = limits.unpackedBytes;
  for (const e of entries) {
    if (e.name.endsWith('/') || !now(e)) continue;
    const r = checkPart(bytes, e, at, sheets.get(e.name), limits, budget);
    if (!r.ok) return r.problem;
    if (r.bytes && keep) keep(e.name, r.bytes);
    budget -= r.size;
  }
  return null;
}

/** The format, the file's size, then the archive's limits (`archiveProblems`). */
function workbookProblems(
  bytes: Uint8Array,
  at: Location | undefined,
  limits: WorkbookLimits,
  keep?: KeepPart,
  now?: (e: ZipEntry) => boolean,
): Problem[] {
  const format = formatProblem(bytes, at);
  if (format) return [format];
  if (bytes.length > limits.fileBytes) {
    return [error('fileTooLarge', at, { size: bytes.length, limit: limits.fileBytes })];
  }
  return archiveProblems(bytes, at, limits, keep, now);
}

/** A damaged zip, then the limits declared in its directory, then those of the parts `now` takes. */
function archiveProblems(
  bytes: Uint8Array,
  at: Location | undefined,
  limits: Omit<WorkbookLimits, 'fileBytes'>,
  keep?: KeepPart,
  now?: (e: ZipEntry) => boolean,
): Problem[] {
  const zip = sniffFile(bytes).zip;
  if (!zip?.ok) {
    const cause = zip?.ok === false && zip.reason === 'truncated' ? 'truncated' : 'damaged';
    return [error('damagedFile', at, { cause })];
  }
  const problem =
    declaredProblem(zip.entries, at, limits) ??
    actualProblem(bytes, zip.entries, at, limits, keep, now);
  return problem ? [problem] : [];
}

/**
 * Problems that stop these bytes being read as an .xlsx (empty when they can be): the format,
 * a cut or damaged zip, and the limits, every part unpacked. `at` names the file in the problems.
 */
export function checkWorkbookBytes(
  bytes: Uint8Array,
  at?: Location,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): Problem[] {
  return workbookProblems(bytes, at, limits);
}

/**
 * The size limits of any zip-based Office file (a .docx plan too): declared in its directory,
 * then actual, unpacking with bounded memory. Empty when it is within them.
 */
export function checkArchive(
  bytes: Uint8Array,
  at: Location | undefined,
  limits: Omit<WorkbookLimits, 'fileBytes'>,
): Problem[] {
  return archiveProblems(bytes, at, limits);
}

/**
 * A workbook checked up front for a reader that reads its sheets one by one, as commands ask for
 * them: the format, the file's size, every part's declared size (directory, ratio, total: what
 * refuses a zip bomb without unpacking it), and the actual size of every part but the worksheets
 * (small parts, which the reader needs at once). A worksheet is unpacked and checked only when it
 * is read (`unpackSheet`), with the same limits and words: a sheet a command never reads costs
 * nothing, and is refused, if it must be, by what it declares. Problems, or the parts unpacked
 * (given to `keep`).
 */
export function checkWorkbookUpFront(
  bytes: Uint8Array,
  at: Location | undefined,
  keep: KeepPart,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): Problem[] {
  return workbookProblems(bytes, at, limits, keep, (e) => !isWorksheetPart(e.name));
}

/**
 * The top of a worksheet part, for a reader of its first `rows` rows (a sheet whose settings are
 * at its top): unpacked in steps, checked as `unpackSheet` checks the whole, up to and with the
 * tag of the first row past them; the rest is never unpacked. `whole` when that is all of it.
 */
export function unpackSheetTop(
  bytes: Uint8Array,
  entry: ZipEntry,
  sheet: string | undefined,
  at: Location | undefined,
  rows: number,
  limits: Omit<WorkbookLimits, 'fileBytes'> = WORKBOOK_LIMITS,
): { ok: true; bytes: Uint8Array; whole: boolean } | { ok: false; problem: Problem } {
  const pieces: Uint8Array[] = [];
  let size = 0;
  const take = (chunk: Uint8Array): void => {
    // a copy: the unpacker may hand out views of a buffer it goes on using
    pieces.push(chunk.slice());
    size += chunk.length;
  };
  const r = checkPart(bytes, entry, at, sheet, limits, limits.unpackedBytes, { rows, take });
  if (!r.ok) return r;
  const out = new Uint8Array(size);
  let o = 0;
  for (const p of pieces) {
    out.set(p, o);
    o += p.length;
  }
  return { ok: true, bytes: out, whole: r.size === entry.uncompressedSize };
}

/** A part that `checkWorkbookUpFront` leaves to be checked when it is read. */
export function isWorksheetPart(name: string): boolean {
  return WORKSHEET.test(name);
}

/**
 * A worksheet part of a workbook that passed `checkWorkbookUpFront`, unpacked and checked as the
 * whole check would have (actual size against the declared one, rows and cells), or the problem
 * that refuses it; `sheet` is its name, for the problem.
 */
export function unpackSheet(
  bytes: Uint8Array,
  entry: ZipEntry,
  sheet: string | undefined,
  at: Location | undefined,
  limits: Omit<WorkbookLimits, 'fileBytes'> = WORKBOOK_LIMITS,
): { ok: true; bytes: Uint8Array } | { ok: false; problem: Problem } {
  // the declared sizes were checked against the budget up front, and no part unpacks to more
  // than it declares: one part's budget is the whole of it
  const r = checkPart(bytes, entry, at, sheet, limits, limits.unpackedBytes);
  if (!r.ok) return r;
  // declared within the budget, a part is always unpacked in one step
  if (r.bytes) return { ok: true, bytes: r.bytes };
  return {
    ok: false,
    problem: sheet ? error('damagedSheet', { ...at, sheet }) : error('damagedPart', at),
  };
}

/** Where the parts a workbook cannot do without hold. */
const REQUIRED_ROOTS: Record<string, string> = {
  '[content_types].xml': 'Types',
  'xl/workbook.xml': 'workbook',
  'xl/_rels/workbook.xml.rels': 'Relationships',
};

/**
 * After the reader failed on bytes that passed `checkWorkbookBytes`: the damaged part, named by
 * its sheet when it is one, instead of the reader's own words.
 */
export function locateDamage(bytes: Uint8Array, at?: Location): Problem {
  const zip = sniffFile(bytes).zip;
  if (!zip?.ok) return error('damagedFile', at, { cause: 'damaged' });
  const sheets = sheetPartNames(bytes, zip.entries);
  const names = new Set(zip.entries.map((e) => e.name.toLowerCase()));
  for (const required of Object.keys(REQUIRED_ROOTS)) {
    if (!names.has(required)) return error('damagedPart', at);
  }
  for (const [part, sheet] of sheets) {
    if (!names.has(part.toLowerCase())) return error('damagedSheet', { ...at, sheet });
  }
  const decoder = new TextDecoder('utf-8');
  for (const e of zip.entries) {
    const lower = e.name.toLowerCase();
    if (!/\.(xml|rels|vml)$/.test(lower)) continue;
    const content = entryBytes(bytes, e, WORKBOOK_LIMITS.unpackedBytes);
    const sheet = sheets.get(e.name);
    const fail = (): Problem =>
      sheet ? error('damagedSheet', { ...at, sheet }) : error('damagedPart', at);
    if (!content) return fail();
    const xml = checkXml(decoder.decode(content));
    if (!xml.ok) return fail();
    const root = REQUIRED_ROOTS[lower] ?? (sheet ? 'worksheet' : null);
    if (root && xml.root !== root && !(sheet && /^(chartsheet|dialogsheet)$/.test(xml.root))) {
      return fail();
    }
  }
  return error('damagedFile', at, { cause: 'damaged' });
}
