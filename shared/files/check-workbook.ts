/**
 * Whether bytes can be handed to the .xlsx reader: an .xlsx at all (not an .xls, an .ods, a CSV,
 * a password-protected file…), whole, and within the size limits, declared and actual. Checked
 * before exceljs unpacks anything, in every host that reads a workbook: the command line, the
 * Excel pane's browser mode and the Sheets sidebar. Bytes in, problems out.
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
export type KeepPart = (name: string, bytes: Uint8Array) => void;

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

/**
 * Unpacks every entry with bounded memory, counting: an entry larger than it declared is forged
 * or damaged; a sheet past the row or cell limit is refused as soon as it gets there.
 */
function actualProblem(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  at: Location | undefined,
  limits: Omit<WorkbookLimits, 'fileBytes'>,
  keep?: KeepPart,
): Problem | null {
  const sheets = sheetPartNames(bytes, entries);
  let budget = limits.unpackedBytes;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const sheet = sheets.get(e.name);
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
        return over === null;
      };
    }
    const r = inflateEntry(bytes, e, budget, onChunk);
    if (over) return over;
    if (r.ok && r.bytes && keep) keep(e.name, r.bytes);
    if (!r.ok) {
      switch (r.reason) {
        case 'over-budget':
          return error('unpackedTooLarge', at, {
            size: limits.unpackedBytes + 1,
            limit: limits.unpackedBytes,
          });
        case 'larger-than-declared':
          return error('sizeMismatch', at);
        case 'unsupported':
          return error('unusualCompression', at);
        case 'damaged':
          return sheet ? error('damagedSheet', where) : error('damagedPart', at);
      }
    }
    budget -= r.size;
  }
  return null;
}

/**
 * Problems that stop these bytes being read as an .xlsx (empty when they can be): the format,
 * a cut or damaged zip, and the limits. `at` names the file in the problems.
 */
export function checkWorkbookBytes(
  bytes: Uint8Array,
  at?: Location,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
  keep?: KeepPart,
): Problem[] {
  const format = formatProblem(bytes, at);
  if (format) return [format];
  if (bytes.length > limits.fileBytes) {
    return [error('fileTooLarge', at, { size: bytes.length, limit: limits.fileBytes })];
  }
  return checkArchive(bytes, at, limits, keep);
}

/**
 * The size limits of any zip-based Office file (a .docx plan too): declared in its directory,
 * then actual, unpacking with bounded memory. Empty when it is within them.
 */
export function checkArchive(
  bytes: Uint8Array,
  at: Location | undefined,
  limits: Omit<WorkbookLimits, 'fileBytes'>,
  keep?: KeepPart,
): Problem[] {
  const zip = sniffFile(bytes).zip;
  if (!zip?.ok) {
    const cause = zip?.ok === false && zip.reason === 'truncated' ? 'truncated' : 'damaged';
    return [error('damagedFile', at, { cause })];
  }
  const problem =
    declaredProblem(zip.entries, at, limits) ?? actualProblem(bytes, zip.entries, at, limits, keep);
  return problem ? [problem] : [];
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
