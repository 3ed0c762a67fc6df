/**
 * A zip archive's central directory, read without inflating anything: the names, methods and
 * declared sizes of its entries. An .xlsx, a .docx and an .ods are zip archives; this is what the
 * size limits are checked against before a library unpacks them. Pure TypeScript over bytes.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is a method Office does not write. */
  method: number;
  /** Bit 0: the entry is encrypted (zip encryption). */
  flags: number;
  compressedSize: number;
  /** As declared by the directory: a crafted file may lie, so inflating checks it again. */
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  localOffset: number;
  /** Where its record in the central directory starts, and that record's length. */
  central: { offset: number; length: number };
}

export type ZipDirectory =
  { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'not-zip' | 'truncated' | 'damaged' };

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, o: number): number => (b[o] as number) | ((b[o + 1] as number) << 8);
const u32 = (b: Uint8Array, o: number): number =>
  ((b[o] as number) |
    ((b[o + 1] as number) << 8) |
    ((b[o + 2] as number) << 16) |
    ((b[o + 3] as number) << 24)) >>>
  0;
/** 8-byte sizes as numbers: exact up to 2^53, far beyond any limit checked against them. */
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 0x1_0000_0000;

/** "PK" and a local header, an empty archive's end record, or a spanned archive's marker. */
export function isZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  const tag = u16(bytes, 2);
  return tag === 0x0403 || tag === 0x0605 || tag === 0x0807;
}

function findEocd(bytes: Uint8Array): number {
  // the record is 22 bytes, followed by a comment of at most 65,535 bytes
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (bytes[i] === 0x50 && u32(bytes, i) === EOCD) return i;
  }
  return -1;
}

/** Reads the central directory; says when the bytes are no zip, or a cut or damaged one. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (!isZip(bytes)) return { ok: false, reason: 'not-zip' };
  const eocd = findEocd(bytes);
  // a zip with no end record was cut short (a download or a copy that did not finish)
  if (eocd < 0) return { ok: false, reason: 'truncated' };
  let count = u16(bytes, eocd + 10);
  let size = u32(bytes, eocd + 12);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== EOCD64_LOCATOR) return { ok: false, reason: 'damaged' };
    const rec = u64(bytes, loc + 8);
    if (rec + 56 > bytes.length || u32(bytes, rec) !== EOCD64) {
      return { ok: false, reason: 'damaged' };
    }
    count = u64(bytes, rec + 32);
    size = u64(bytes, rec + 40);
    offset = u64(bytes, rec + 48);
  }
  if (offset + size > bytes.length) return { ok: false, reason: 'truncated' };
  const entries: ZipEntry[] = [];
  // made here, not when the module loads: Apps Script's server runtime has no TextDecoder
  const utf8 = new TextDecoder('utf-8');
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > offset + size || u32(bytes, p) !== CENTRAL) {
      return { ok: false, reason: 'damaged' };
    }
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    let compressedSize = u32(bytes, p + 20);
    let uncompressedSize = u32(bytes, p + 24);
    let localOffset = u32(bytes, p + 42);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // ZIP64: sizes too large for 4 bytes are in an extra field, in this order
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = u16(bytes, e);
      const len = u16(bytes, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          uncompressedSize = u64(bytes, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          compressedSize = u64(bytes, q);
          q += 8;
        }
        if (localOffset === 0xffffffff && q + 8 <= e + 4 + len) localOffset = u64(bytes, q);
      }
      e += 4 + len;
    }
    entries.push({
      name,
      method: u16(bytes, p + 10),
      flags: u16(bytes, p + 8),
      compressedSize,
      uncompressedSize,
      localOffset,
      central: { offset: p, length: extraEnd + commentLength - p },
    });
    p = extraEnd + commentLength;
  }
  return { ok: true, entries };
}

/** Where an entry's data starts, or -1 when its local header is not where the directory says. */
export function entryDataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const o = entry.localOffset;
  if (o + 30 > bytes.length || u32(bytes, o) !== LOCAL) return -1;
  const start = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28);
  return start + entry.compressedSize <= bytes.length ? start : -1;
}
