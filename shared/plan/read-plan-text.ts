/**
 * Reading a plan from text or from a pasted grid into the validated model; no .docx here, so the
 * Apps Script server can use it without the Word reader. Bad input comes back as problems with a
 * message in both languages, never a throw.
 */
import { error, warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Result } from '../errors/result';
import { fail } from '../errors/result';
import { convertLegacy, detectLegacyEncoding } from '../text/legacy';
import type { LegacyEncoding } from '../text/legacy';
import { normalizeText, stripSoftHyphens } from '../text/normalize';
import type { Block } from './blocks';
import type { RowAccount } from './accounting';
import { rowText } from './accounting';
import type { PlanReading, ReadOptions } from './interpret';
import { interpretBlocks } from './interpret';
import type { Plan } from './model';
import type { GridOptions, GridValue } from './read-grid';
import { gridToBlocks } from './read-grid';
import type { PlainLines } from './read-text';
import { textToBlocks } from './read-text';

/** Larger than any real plan (the sample is 11 KB; 10,000 tasks make about 10 MB). */
export const MAX_PLAN_BYTES = 20 * 1024 * 1024;

const ENCODING_NAMES: Record<LegacyEncoding, string> = {
  TCVN3: 'TCVN3 (ABC, phông .VnTime)',
  VNI: 'VNI (phông VNI-Times)',
};

/**
 * Enough of a long text to tell its encoding: a document is typed in one encoding throughout,
 * and detection over 10 MB would cost more than the rest of the reading.
 */
function sampleOf(text: string): string {
  const limit = 256 * 1024;
  if (text.length <= limit) return text;
  const mid = Math.floor(text.length / 2);
  return `${text.slice(0, limit / 2)}\n${text.slice(mid, mid + limit / 4)}\n${text.slice(-limit / 4)}`;
}

function withWarnings<T>(result: Result<T>, extra: Problem[]): Result<T> {
  if (!result.ok || extra.length === 0) return result;
  return { ...result, warnings: [...extra, ...result.warnings] };
}

/** The plan alone, for callers that do not show the account of its rows. */
export function planOf(result: Result<PlanReading>): Result<Plan> {
  return result.ok ? { ...result, value: result.value.plan } : result;
}

export function mapBlockText(blocks: Block[], f: (s: string) => string): Block[] {
  return blocks.map((b) =>
    b.kind === 'paragraph'
      ? { ...b, text: f(b.text) }
      : {
          ...b,
          rows: b.rows.map((r) => ({
            ...r,
            cells: r.cells.map((c) => ({
              ...c,
              paragraphs: c.paragraphs.map(f),
              ...(c.mergedFrom ? { mergedFrom: c.mergedFrom.map(f) } : {}),
            })),
          })),
        },
  );
}

function blocksText(blocks: Block[]): string {
  return blocks
    .map((b) =>
      b.kind === 'paragraph'
        ? b.text
        : b.rows.map((r) => r.cells.map((c) => c.paragraphs.join('\n')).join('\n')).join('\n'),
    )
    .join('\n');
}

/** Reads a plan from text in either convention (tab-marked cells, or plain numbered text). */
export function readPlanText(text: string, opts: ReadOptions = {}): Result<Plan> {
  return planOf(readTextReading(text, opts));
}

/** Reads a plan from a grid of cells (a sheet, a .csv, the add-ins' "selected range"). */
export function readPlanGrid(
  grid: readonly (readonly GridValue[])[],
  gridOpts: GridOptions = {},
  opts: ReadOptions = {},
): Result<Plan> {
  return planOf(readGridReading(grid, gridOpts, opts));
}

/** `readPlanGrid`, with the account of how each row of the task section was used. */
export function readGridReading(
  grid: readonly (readonly GridValue[])[],
  gridOpts: GridOptions = {},
  opts: ReadOptions = {},
): Result<PlanReading> {
  const blocks = mapBlockText(gridToBlocks(grid, gridOpts), normalizeText);
  if (blocks.length === 0) return fail([error('emptyInput')]);
  return readBlocks(blocks, opts);
}

/** `readPlanText`, with the account of how each row (or line) of the task section was used. */
export function readTextReading(text: string, opts: ReadOptions = {}): Result<PlanReading> {
  if (text.length > MAX_PLAN_BYTES) {
    return fail([error('tooLarge', undefined, { size: text.length, limit: MAX_PLAN_BYTES })]);
  }
  let normal = normalizeText(text);
  if (normal.trim() === '') return fail([error('emptyInput')]);
  const notes: Problem[] = [];
  const legacy = detectLegacyEncoding(sampleOf(normal));
  if (legacy) {
    normal = convertLegacy(normal, legacy);
    notes.push(warning('legacyEncodingConverted', undefined, { encoding: ENCODING_NAMES[legacy] }));
  } else {
    normal = stripSoftHyphens(normal);
  }
  const { blocks, plain } = textToBlocks(normal);
  const read = interpretBlocks(blocks, opts);
  return withWarnings(plain && read.ok ? withPlainLines(read, plain) : read, notes);
}

/**
 * A plain numbered plan is counted by lines: its table was made from them, with no header row of
 * its own, and the lines that went into a task (or were left out) are counted here.
 */
function withPlainLines(
  read: Result<PlanReading> & { ok: true },
  plain: PlainLines,
): Result<PlanReading> {
  const a = read.value.account;
  const uses = { ...a.uses };
  uses.header -= 1;
  uses.continuation += plain.continuation;
  uses.blank += plain.blank;
  const skipped = [
    ...a.skipped,
    ...plain.skipped.map((s) => ({
      at: { line: s.line },
      reason: 'beforeFirstTask' as const,
      text: rowText(s.text),
    })),
  ];
  const account: RowAccount = {
    unit: 'lines',
    tables: 0,
    read: a.read - 1 + plain.continuation + plain.blank + plain.skipped.length,
    uses,
    skipped,
  };
  const notes = plain.skipped.map((s) =>
    warning('lineBeforeFirstTask', { line: s.line }, { text: rowText(s.text) }),
  );
  return {
    ok: true,
    value: { plan: read.value.plan, account },
    warnings: [...read.warnings, ...notes],
  };
}

export function readBlocks(blocks: Block[], opts: ReadOptions = {}): Result<PlanReading> {
  const legacy = detectLegacyEncoding(sampleOf(blocksText(blocks)));
  if (!legacy) return interpretBlocks(mapBlockText(blocks, stripSoftHyphens), opts);
  const converted = mapBlockText(blocks, (s) => convertLegacy(s, legacy));
  return withWarnings(interpretBlocks(converted, opts), [
    warning('legacyEncodingConverted', undefined, { encoding: ENCODING_NAMES[legacy] }),
  ]);
}
