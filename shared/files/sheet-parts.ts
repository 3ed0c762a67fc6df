/**
 * Which sheet each part of an .xlsx holds ("xl/worksheets/sheet3.xml" → "Theo dõi"), read from
 * the workbook and its relationships, so that a message names the sheet the user sees.
 */
import type { ZipEntry } from './zip-directory';
import { entryBytes } from './zip-inflate';

const SMALL_PART = 8 * 1024 * 1024;

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2] ?? '') : null;
};

function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (_all, name, dec, hex) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[
      name as string
    ] as string;
  });
}

/** Resolves a relationship's target against the folder of the part that names it. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** A sheet as the workbook lists it: its name, its part, its kind and whether it is hidden. */
export interface WorkbookSheet {
  name: string;
  /** The part that holds it ("xl/worksheets/sheet3.xml"). */
  part: string;
  /** A worksheet, or a sheet of another kind (a chart sheet…) that holds no cells. */
  cells: boolean;
  /** `hidden` or `veryHidden`; `visible` when the workbook says nothing. */
  state: string;
}

/** The text of a small part of the package, or null when it is missing or cannot be unpacked. */
export function partText(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  name: string,
  budget = SMALL_PART,
): string | null {
  const e = entries.find((x) => x.name.toLowerCase() === name.toLowerCase());
  const b = e ? entryBytes(bytes, e, budget) : null;
  return b ? new TextDecoder('utf-8').decode(b) : null;
}

/** The relationships of a part, by id: each target's part name and type. */
export function partRelations(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  part: string,
): Map<string, { target: string; type: string; external: boolean }> {
  const slash = part.lastIndexOf('/');
  const relsName = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const rels = partText(bytes, entries, relsName) ?? '';
  const out = new Map<string, { target: string; type: string; external: boolean }>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (!id || target === null) continue;
    const external = attr(m[0], 'TargetMode') === 'External';
    out.set(id, {
      target: external ? unescapeXml(target) : resolvePart(part, unescapeXml(target)),
      type: attr(m[0], 'Type') ?? '',
      external,
    });
  }
  return out;
}

/** The sheets the workbook lists, in its order; empty when its own parts cannot be read. */
export function workbookSheets(bytes: Uint8Array, entries: readonly ZipEntry[]): WorkbookSheet[] {
  const workbook = partText(bytes, entries, 'xl/workbook.xml');
  if (!workbook) return [];
  const targets = partRelations(bytes, entries, 'xl/workbook.xml');
  const out: WorkbookSheet[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const id = attr(m[0], '[\\w]+:id');
    const rel = id ? targets.get(id) : undefined;
    if (name === null || !rel) continue;
    out.push({
      name: unescapeXml(name),
      part: rel.target,
      cells: /\/worksheet$/.test(rel.type),
      state: attr(m[0], 'state') ?? 'visible',
    });
  }
  return out;
}

/** Part name → sheet name; empty when the workbook's own parts cannot be read. */
export function sheetPartNames(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
): Map<string, string> {
  return new Map(workbookSheets(bytes, entries).map((s) => [s.part, s.name]));
}
