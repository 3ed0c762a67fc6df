/**
 * The fixture plans of test/fixtures/plans: each NAME.expected.json goes with NAME.txt, or, for
 * NAME.docx.expected.json, with the Word document described in docx/NAME.ts (built here as a
 * real .docx). NAME.units.csv, when there is one, is the directory that names the plan's units.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Book } from '../../shared/book/model';
import { DOCX_PLANS } from '../fixtures/plans/docx';
import { buildDocx } from './docx-builder';
import { PLANS } from './paths';

export function fixtureNames(): string[] {
  return fs
    .readdirSync(PLANS)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .sort();
}

/** The fixture's bytes and the file name they are read under. */
export async function fixtureSource(name: string): Promise<{ bytes: Uint8Array; file: string }> {
  if (name.endsWith('.docx')) {
    const blocks = DOCX_PLANS[name.replace(/\.docx$/, '')];
    if (!blocks) throw new Error(`no docx/${name}.ts`);
    return { bytes: await buildDocx(blocks), file: name };
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

/** The unit directory CSV of a fixture (shared by its text and .docx forms), if it has one. */
export function unitsCsvOf(name: string): string | null {
  const file = path.join(PLANS, `${name.replace(/\.docx$/, '')}.units.csv`);
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
