/**
 * Reading a plan from a file's bytes (.docx or text) into the validated model. Bad input comes
 * back as problems with a message in both languages, never a throw.
 */
import { error } from '../errors/problem';
import { checkArchive } from '../files/check-workbook';
import { DOCX_LIMITS } from '../files/limits';
import type { Problem } from '../errors/problem';
import type { Result } from '../errors/result';
import { fail } from '../errors/result';
import { normalizeText } from '../text/normalize';
import type { Block } from './blocks';
import type { Plan } from './model';
import { DocxReadError, readDocxBlocks } from './read-docx';
import { MAX_PLAN_BYTES, mapBlockText, readBlocks, readPlanText } from './read-plan-text';
import { decodeText, sniff } from './sniff';

export { MAX_PLAN_BYTES, readPlanGrid, readPlanText } from './read-plan-text';

/** Reads a plan from a file's bytes: a .docx, or text. Problems name the file when it is given. */
export async function readPlanBytes(bytes: Uint8Array, fileName = ''): Promise<Result<Plan>> {
  const result = await readBytes(bytes, fileName);
  if (!fileName) return result;
  const named = (p: Problem): Problem =>
    p.at?.file ? p : { ...p, at: { file: fileName, ...p.at } };
  return result.ok
    ? { ...result, warnings: result.warnings.map(named) }
    : { ok: false, problems: result.problems.map(named) };
}

async function readBytes(bytes: Uint8Array, fileName: string): Promise<Result<Plan>> {
  const at = fileName ? { file: fileName } : undefined;
  if (bytes.length === 0) return fail([error('emptyInput', at)]);
  if (bytes.length > MAX_PLAN_BYTES) {
    return fail([error('tooLarge', at, { size: bytes.length, limit: MAX_PLAN_BYTES })]);
  }
  const kind = sniff(bytes, fileName);
  switch (kind.kind) {
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
        const detail = e instanceof DocxReadError ? e.detail : 'unreadable';
        return fail([error('corruptDocx', at, { detail })]);
      }
      blocks = mapBlockText(blocks, normalizeText);
      if (blocks.length === 0) return fail([error('emptyInput', at)]);
      return readBlocks(blocks);
    }
    case 'text': {
      const text = decodeText(bytes);
      if (text === null) return fail([error('notADocument', at, { kind: 'binary' })]);
      return readPlanText(text);
    }
  }
}
