/**
 * A zip package with some entries replaced or added, the others copied as they are, still
 * compressed: adding a few small parts to a province-scale workbook (its charts) costs the size of
 * those parts, not inflating and deflating every sheet again. Pure TypeScript over bytes.
 */
import { zipSync } from 'fflate';
import type { ZipEntry } from '../files/zip-directory';
import { readZipDirectory } from '../files/zip-directory';

const EOCD = 0x06054b50;

const put16 = (b: Uint8Array, o: number, v: number): void => {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
};
const put32 = (b: Uint8Array, o: number, v: number): void => {
  put16(b, o, v & 0xffff);
  put16(b, o + 2, v >>> 16);
};

interface Piece {
  bytes: Uint8Array;
  entry: ZipEntry;
  /** The entry's local header, data and data descriptor, as stored. */
  local: Uint8Array;
}

/** Each entry with its stored bytes: from its local header to the next one, or the directory. */
function pieces(bytes: Uint8Array): Piece[] {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) throw new Error(`zip: ${dir.reason}`);
  const start = Math.min(bytes.length, ...dir.entries.map((e) => e.central.offset));
  const byOffset = [...dir.entries].sort((a, b) => a.localOffset - b.localOffset);
  const ends = new Map<ZipEntry, number>();
  byOffset.forEach((e, i) => ends.set(e, byOffset[i + 1]?.localOffset ?? start));
  return dir.entries.map((entry) => {
    // an archive past 4 GB or 65,535 entries (ZIP64) is never a workbook this writes
    if (entry.localOffset >= 0xffffffff) throw new Error('zip: ZIP64 archive');
    return { bytes, entry, local: bytes.subarray(entry.localOffset, ends.get(entry)) };
  });
}

/**
 * `zip` with `files` in it: an entry of the same name is replaced (in its place), a new one
 * goes last; the new entries are deflated, every other is copied byte for byte.
 */
export function spliceZip(zip: Uint8Array, files: Record<string, Uint8Array>): Uint8Array {
  const added = pieces(zipSync(files, { level: 6 }));
  const byName = new Map(added.map((p) => [p.entry.name, p]));
  const kept = pieces(zip).map((p) => {
    const replaced = byName.get(p.entry.name);
    if (replaced) byName.delete(p.entry.name);
    return replaced ?? p;
  });
  const all = [...kept, ...byName.values()];
  const localSize = all.reduce((n, p) => n + p.local.length, 0);
  const centralSize = all.reduce((n, p) => n + p.entry.central.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  let at = 0;
  const offsets = all.map((p) => {
    out.set(p.local, at);
    at += p.local.length;
    return at - p.local.length;
  });
  all.forEach((p, i) => {
    const { offset, length } = p.entry.central;
    out.set(p.bytes.subarray(offset, offset + length), at);
    put32(out, at + 42, offsets[i] as number);
    at += length;
  });
  put32(out, at, EOCD);
  put16(out, at + 8, all.length);
  put16(out, at + 10, all.length);
  put32(out, at + 12, centralSize);
  put32(out, at + 16, localSize);
  return out;
}
