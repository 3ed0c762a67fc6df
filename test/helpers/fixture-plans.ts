/**
 * The fixture plans of test/fixtures/plans: each NAME.expected.json goes with NAME.txt; for
 * NAME.docx.expected.json, with the Word document described in docx/NAME.ts, and for
 * NAME.xlsx.expected.json with the workbook described in xlsx/NAME.ts (both built here as real
 * files); for NAME.csv.expected.json, with the committed NAME.csv. NAME.units.csv, when there is
 * one, is the directory that names the plan's units (shared by a plan's forms).
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import type { Book } from '../../shared/book/model';
import { DOCX_OPTIONS, DOCX_PLANS } from '../fixtures/plans/docx';
import type { SheetFixture } from '../fixtures/plans/xlsx';
import { XLSX_PLANS } from '../fixtures/plans/xlsx';
import { buildDocx } from './docx-builder';
import { fillSheet } from './format-fixtures';
import { PLANS } from './paths';

const FORM = /\.(docx|xlsx|csv)$/;

export function fixtureNames(): string[] {
  return fs
    .readdirSync(PLANS)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .sort();
}

/** The fixture's bytes and the file name they are read under. */
export async function fixtureSource(name: string): Promise<{ bytes: Uint8Array; file: string }> {
  const base = name.replace(FORM, '');
  if (name.endsWith('.docx')) {
    const blocks = DOCX_PLANS[base];
    if (!blocks) throw new Error(`no docx/${base}.ts`);
    return { bytes: await buildDocx(blocks, DOCX_OPTIONS[base]), file: name };
  }
  if (name.endsWith('.xlsx')) {
    const sheets = XLSX_PLANS[base];
    if (!sheets) throw new Error(`no xlsx/${base}.ts`);
    return { bytes: await buildWorkbook(sheets), file: name };
  }
  if (name.endsWith('.csv')) {
    return { bytes: new Uint8Array(fs.readFileSync(path.join(PLANS, name))), file: name };
  }
  const file = `${name}.txt`;
  return { bytes: new Uint8Array(fs.readFileSync(path.join(PLANS, file))), file };
}

export function expectedOf(name: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(PLANS, `${name}.expected.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** A workbook of the sheets described, with their merged cells and dates as dd/mm/yyyy. */
export async function buildWorkbook(sheets: readonly SheetFixture[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) fillSheet(wb.addWorksheet(s.name), s.rows, s.merges);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The unit directory CSV of a fixture (shared by its forms), if it has one. */
export function unitsCsvOf(name: string): string | null {
  const file = path.join(PLANS, `${name.replace(FORM, '')}.units.csv`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

export interface BookView {
  periods: [string, string | null, string | null][];
  tasks: Record<string, { deadline: string | null; lead: string[]; support: string[] }>;
  /** Phrases of the plan that name no unit of the directory, listed for the office to map. */
  unresolved: string[];
}

/** What a built workbook says of the plan: periods, and each task's deadline and units. */
export function bookView(book: Book): BookView {
  const tasks: BookView['tasks'] = {};
  for (const p of book.plan.periods) {
    for (const t of p.tasks) tasks[t.id] = { deadline: null, lead: [], support: [] };
  }
  for (const r of book.rows) {
    const t = tasks[r.taskId];
    if (!t) continue;
    t.deadline = r.deadline;
    (r.role === 'lead' ? t.lead : t.support).push(r.unitCode);
  }
  return {
    periods: book.plan.periods.map((p) => [p.key, p.start, p.end]),
    tasks,
    unresolved: book.mappings.filter((m) => m.targets.length === 0).map((m) => m.phrase),
  };
}
