/**
 * Reading a plan from a file's bytes (.docx, text, .xlsx, .csv/.tsv) into the validated model.
 * Bad input comes back as problems with a message in both languages, never a throw.
 */
import { error } from '../errors/problem';
import { checkArchive } from '../files/check-workbook';
import { DOCX_LIMITS } from '../files/limits';
import type { Problem } from '../errors/problem';
import type { Result } from '../errors/result';
import { fail } from '../errors/result';
import { normalizeText } from '../text/normalize';
import type { Block } from './blocks';
import type { PlanReading, ReadOptions } from './interpret';
import type { Plan } from './model';
import { DocxReadError, readDocxBlocks } from './read-docx';
import {
  MAX_PLAN_BYTES,
  mapBlockText,
  planOf,
  readBlocks,
  readTextReading,
} from './read-plan-text';
import { readPlanDelimited, readPlanSheets } from './read-sheets';
import { decodeText, sniff } from './sniff';
import type { SheetText } from '../files/read-xlsx';
import { readXlsxText, XlsxReadError } from '../files/read-xlsx';

export { MAX_PLAN_BYTES, readPlanGrid, readPlanText } from './read-plan-text';
export type { PlanReading } from './interpret';

/** How to read a plan file: the office's names, and the sheet of an .xlsx. */
export interface FileReadOptions extends ReadOptions {
  /** The sheet of an .xlsx to read; by default the first that has the task header. */
  sheet?: string;
}

/**
 * Reads a plan from a file's bytes: a .docx, text, an .xlsx workbook, or a .csv / .tsv table
 * (told by the file name). Problems name the file when it is given.
 */
export async function readPlanBytes(
  bytes: Uint8Array,
  fileName = '',
  opts: FileReadOptions = {},
): Promise<Result<Plan>> {
  return planOf(await readPlanDocument(bytes, fileName, opts));
}

/** `readPlanBytes`, with the account of how each row of the task section was used. */
export async function readPlanDocument(
  bytes: Uint8Array,
  fileName = '',
  opts: FileReadOptions = {},
): Promise<Result<PlanReading>> {
  const result = await readBytes(bytes, fileName, opts);
  if (!fileName) return result;
  const named = (p: Problem): Problem =>
    p.at?.file ? p : { ...p, at: { file: fileName, ...p.at } };
  return result.ok
    ? { ...result, warnings: result.warnings.map(named) }
    : { ok: false, problems: result.problems.map(named) };
}

async function readBytes(
  bytes: Uint8Array,
  fileName: string,
  opts: FileReadOptions,
): Promise<Result<PlanReading>> {
  const at = fileName ? { file: fileName } : undefined;
  if (bytes.length === 0) return fail([error('emptyInput', at)]);
  if (bytes.length > MAX_PLAN_BYTES) {
    return fail([error('tooLarge', at, { size: bytes.length, limit: MAX_PLAN_BYTES })]);
  }
  const kind = sniff(bytes, fileName);
  if (opts.sheet !== undefined && kind.kind !== 'xlsx') {
    return fail([error('sheetOfNonWorkbook', at, { sheet: opts.sheet })]);
  }
  switch (kind.kind) {
    case 'xlsx': {
      let sheets: SheetText[];
      try {
        sheets = await readXlsxText(bytes, at);
      } catch (e) {
        if (e instanceof XlsxReadError) return fail(e.problems);
        throw e;
      }
      return readPlanSheets(sheets, opts.sheet, opts);
    }
    case 'legacy-doc':
      return fail([error('legacyDoc', at)]);
    case 'encrypted':
      return fail([error('encryptedFile', at)]);
    case 'other':
      return fail([error('notADocument', at, { kind: kind.what })]);
    case 'docx': {
      // a zip bomb dressed as a .docx is refused before mammoth unpacks it
      const refused = checkArchive(bytes, at, DOCX_LIMITS);
      if (refused.length > 0) return fail(refused);
      let blocks: Block[];
      try {
        blocks = await readDocxBlocks(bytes);
      } catch (e) {
        const reason = e instanceof DocxReadError ? e.reason : 'corrupt';
        return fail([error('corruptDocx', at, { reason })]);
      }
      blocks = mapBlockText(blocks, normalizeText);
      if (blocks.length === 0) return fail([error('emptyInput', at)]);
      return readBlocks(blocks, opts);
    }
    case 'text': {
      const text = decodeText(bytes);
      if (text === null) return fail([error('notADocument', at, { kind: 'binary' })]);
      const table = /\.(csv|tsv|tab)$/i.exec(fileName)?.[1]?.toLowerCase();
      if (table) return readPlanDelimited(text, table === 'csv' ? 'csv' : 'tsv', opts);
      return readTextReading(text, opts);
    }
  }
}
