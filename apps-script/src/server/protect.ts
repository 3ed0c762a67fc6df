/// <reference types="google-apps-script" />
/**
 * Who may edit what. Every sheet of the book is protected for the office alone; on `Theo dõi`
 * each unit's block of input cells is left out of the sheet's protection and protected on its
 * own, editable by that unit's e-mails (and the office). Sheets lets a person edit a cell only if
 * every protection covering it allows them, so a district can change its own rows and nothing
 * else: not another unit's rows, not the formulas, not the unit directory.
 */
import type { ReadRow } from '../../../shared/book/read-row';
import { columnRuns } from '../../../shared/layout/tracking-columns';
import type { Unit } from '../../../shared/units/model';
import { columnOf } from '../../../shared/workbook/a1';
import type { Range as SpecRange } from '../../../shared/workbook/spec';
import { protectRequest, type SpreadsheetMeta } from './sheets-api';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

export interface UnitBlock {
  unitCode: string;
  emails: string[];
  range: SpecRange;
}

export interface ProtectResult {
  units: number;
  withoutEmail: number;
  /** Unit e-mails that are not editors of the file: a protection does not share the file. */
  notShared: string[];
}

const DESCRIPTION = 'Sổ Thi Đua';

/** The office: the owner and whoever runs the command, plus e-mails of the office's own units. */
export function officeEditors(units: readonly Unit[], me: string): string[] {
  const out = new Set<string>();
  if (me) out.add(me.toLowerCase());
  for (const u of units) {
    if (u.group === 'department' || u.group === 'standing') {
      for (const e of u.emails) out.add(e.trim().toLowerCase());
    }
  }
  return [...out].filter(Boolean);
}

/**
 * What every protection of one command needs to know, asked once: who runs the script, who may
 * edit the file (a new protection starts with exactly them), and whether the domain may edit (a
 * Gmail-owned file has no domain setting).
 */
export interface ProtectContext {
  me: string;
  fileEditors: string[];
  domainEdit?: boolean;
  /**
   * In the `--sheets-api` build: the protections as requests, sent with the draw's; the old ones
   * found in the spreadsheet's metadata as read before the draw, sheets by id.
   */
  api: ApiProtect | null;
}

export interface ApiProtect {
  requests: unknown[];
  meta: SpreadsheetMeta;
  ids: ReadonlyMap<string, number>;
}

export function protectContext(ss: Spreadsheet, api: ApiProtect | null = null): ProtectContext {
  const me = Session.getEffectiveUser().getEmail().toLowerCase();
  const fileEditors = ss.getEditors().map((u) => u.getEmail().toLowerCase());
  return { me, fileEditors, api };
}

/**
 * Removes the protections of a sheet drawn again: its sheet protection (`whole`), or its range
 * protections, one call each.
 */
function removeOld(sheet: Sheet, whole: boolean): void {
  const type = whole ? SpreadsheetApp.ProtectionType.SHEET : SpreadsheetApp.ProtectionType.RANGE;
  for (const p of sheet.getProtections(type)) p.remove();
}

/** The same, as requests: the sheet's protections as the metadata lists them. */
function removeOldApi(sheetId: number, whole: boolean, api: ApiProtect): void {
  for (const sheet of api.meta.sheets) {
    for (const p of sheet.protectedRanges) {
      if (p.sheetId === sheetId && p.whole === whole) {
        api.requests.push({ deleteProtectedRange: { protectedRangeId: p.id } });
      }
    }
  }
}

/** Who may edit a protection: whoever runs the script first, then `editors`. */
function editorsOf(editors: readonly string[], ctx: ProtectContext): string[] {
  return [...new Set([ctx.me, ...editors].filter(Boolean))];
}

/**
 * Leaves only `editors` (and the owner and the user running the script, whom Sheets never
 * removes) on a protection just made, in one list each way: the first change to the editors ends
 * "mirror the file's permissions", under which a new protection protects nothing, and leaves it
 * with the file's editors, so those not wanted are removed.
 */
function restrict(p: Protection, editors: readonly string[], ctx: ProtectContext): void {
  // The documented order: be an editor first, or removing a group that grants our own access
  // throws.
  const wanted = editorsOf(editors, ctx);
  p.addEditors(wanted);
  const keep = new Set(wanted);
  const gone = ctx.fileEditors.filter((e) => !keep.has(e));
  if (gone.length > 0) p.removeEditors(gone);
  // Workspace files also let the whole domain edit until told not to; a Gmail-owned file has no
  // domain setting and setDomainEdit throws there. The file's setting is the same for every
  // protection: asked of the first.
  ctx.domainEdit ??= p.canDomainEdit();
  if (ctx.domainEdit) {
    try {
      p.setDomainEdit(false);
    } catch {
      // consumer account: nothing to turn off
    }
  }
}

/**
 * Protects whole sheets for the office (old protections of ours are replaced). `sheets`: the
 * sheets as drawn, and those the draw inserted, which have no protection yet.
 */
export function protectSheets(
  ss: Spreadsheet,
  names: readonly string[],
  office: readonly string[],
  ctx: ProtectContext,
  tracking?: { name: string; blocks: readonly UnitBlock[] },
  drawn?: { sheets: ReadonlyMap<string, Sheet>; inserted: ReadonlySet<string> },
): void {
  for (const name of names) {
    const open = tracking && tracking.name === name ? tracking.blocks.map((b) => b.range) : [];
    const api = ctx.api;
    if (api) {
      const id = api.ids.get(name);
      if (id === undefined) continue;
      if (!drawn?.inserted.has(name)) removeOldApi(id, true, api);
      api.requests.push(protectRequest(id, null, DESCRIPTION, editorsOf(office, ctx), open));
      continue;
    }
    const sheet = drawn?.sheets.get(name) ?? ss.getSheetByName(name);
    if (!sheet) continue;
    if (!drawn?.inserted.has(name)) removeOld(sheet, true);
    const p = sheet.protect().setDescription(DESCRIPTION);
    if (open.length > 0) p.setUnprotectedRanges(open.map((r) => rangeOf(sheet, r)));
    restrict(p, office, ctx);
  }
}

function rangeOf(sheet: Sheet, r: SpecRange): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(r.row + 1, r.col + 1, r.rows, r.cols);
}

/**
 * One range protection per unit block of `Theo dõi`, editable by the unit's e-mails and the
 * office. Old range protections of the sheet are removed first (the blocks move when rows are
 * added or archived), unless the draw just inserted the sheet.
 */
export function protectUnitBlocks(
  sheet: Sheet | null,
  blocks: readonly UnitBlock[],
  office: readonly string[],
  ctx: ProtectContext,
  inserted = false,
): ProtectResult {
  if (!sheet) return { units: 0, withoutEmail: 0, notShared: [] };
  if (!inserted) removeOld(sheet, false);
  return eachBlock(blocks, ctx, (b, description, emails) => {
    const p = rangeOf(sheet, b.range).protect().setDescription(description);
    restrict(p, [...office, ...emails], ctx);
  });
}

/** The same, as requests (the `--sheets-api` build): `sheetId` is `Theo dõi`'s. */
export function protectUnitBlocksApi(
  sheetId: number | undefined,
  blocks: readonly UnitBlock[],
  office: readonly string[],
  ctx: ProtectContext & { api: ApiProtect },
  inserted: boolean,
): ProtectResult {
  if (sheetId === undefined) return { units: 0, withoutEmail: 0, notShared: [] };
  if (!inserted) removeOldApi(sheetId, false, ctx.api);
  return eachBlock(blocks, ctx, (b, description, emails) => {
    const editors = editorsOf([...office, ...emails], ctx);
    ctx.api.requests.push(protectRequest(sheetId, b.range, description, editors));
  });
}

/** Protects each block with `protect`, and counts the units, those without e-mail, and who is not shared. */
function eachBlock(
  blocks: readonly UnitBlock[],
  ctx: ProtectContext,
  protect: (b: UnitBlock, description: string, emails: string[]) => void,
): ProtectResult {
  const units = new Set<string>();
  const withoutEmail = new Set<string>();
  const wanted = new Set<string>();
  for (const b of blocks) {
    const emails = b.emails.map((e) => e.trim().toLowerCase()).filter(Boolean);
    units.add(b.unitCode);
    if (emails.length === 0) withoutEmail.add(b.unitCode);
    emails.forEach((e) => wanted.add(e));
    protect(b, `${DESCRIPTION}: ${b.unitCode}`, emails);
  }
  const editors = new Set(ctx.fileEditors);
  const notShared = [...wanted].filter((e) => !editors.has(e));
  return { units: units.size, withoutEmail: withoutEmail.size, notShared };
}

/** May the person running the script edit the book's structure (the office)? */
export function isOffice(ss: Spreadsheet, trackingName: string, meta?: SpreadsheetMeta): boolean {
  if (meta) {
    const sheet = meta.sheets.find((s) => s.title === trackingName);
    const p = sheet?.protectedRanges.find((r) => r.whole);
    return p ? p.canEdit : true;
  }
  const sheet = ss.getSheetByName(trackingName);
  if (!sheet) return true;
  const [p] = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  return p ? p.canEdit() : true;
}

/** The columns (0-based) of a row's four input cells, where the sheet has them. */
function inputColumns(r: ReadRow): number[] {
  return [r.status, r.doneDate, r.evidence, r.note].map((f) => columnOf(f.cell));
}

/**
 * Contiguous runs of rows of one unit on `Theo dõi`, as the sheet holds them now (sorted by hand,
 * perhaps): one block per run of adjacent input columns (a column of the office's among them
 * stays the office's).
 */
export function blocksOf(rows: readonly ReadRow[], units: readonly Unit[]): UnitBlock[] {
  const emails = new Map(units.map((u) => [u.code, u.emails]));
  const sorted = rows.filter((r) => r.unitCode).sort((a, b) => a.row - b.row);
  const runs = sorted[0] ? columnRuns(inputColumns(sorted[0])) : [];
  const out: UnitBlock[] = [];
  let open: UnitBlock[] = [];
  for (const r of sorted) {
    const last = open[0];
    if (last && last.unitCode === r.unitCode && last.range.row + last.range.rows === r.row) {
      for (const b of open) b.range.rows++;
    } else {
      open = runs.map((run) => ({
        unitCode: r.unitCode as string,
        emails: emails.get(r.unitCode as string) ?? [],
        range: { row: r.row, col: run.col, rows: 1, cols: run.cols },
      }));
      out.push(...open);
    }
  }
  return out;
}
