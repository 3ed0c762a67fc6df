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

/** Part name → sheet name; empty when the workbook's own parts cannot be read. */
export function sheetPartNames(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
): Map<string, string> {
  const out = new Map<string, string>();
  const text = (name: string): string | null => {
    const e = entries.find((x) => x.name.toLowerCase() === name.toLowerCase());
    const b = e ? entryBytes(bytes, e, SMALL_PART) : null;
    return b ? new TextDecoder('utf-8').decode(b) : null;
  };
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, resolvePart('xl/workbook.xml', unescapeXml(target)));
  }
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const id = attr(m[0], '[\\w]+:id');
    const part = id ? targets.get(id) : undefined;
    if (name !== null && part) out.set(part, unescapeXml(name));
  }
  return out;
}
