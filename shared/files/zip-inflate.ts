/**
 * Unpacking one zip entry in small steps, counting what comes out and stopping as soon as it is
 * more than the entry declared or more than a budget: the actual size, checked with bounded
 * memory, so that a crafted archive cannot make the reader unpack gigabytes first.
 */
import { Inflate, inflateSync } from 'fflate';
import type { ZipEntry } from './zip-directory';
import { entryDataStart } from './zip-directory';

export type Inflated =
  /** `bytes`: the whole entry, when it was unpacked in one step and not stopped early. */
  | { ok: true; size: number; bytes?: Uint8Array }
  | { ok: false; reason: 'damaged' | 'over-budget' | 'larger-than-declared' | 'unsupported' };

/**
 * Compressed bytes pushed at a time: 1 KB first (a push unpacks to at most about a thousand
 * times its size, so a bomb is stopped after a megabyte), doubling up to 64 KB for ordinary data.
 */
const FIRST_STEP = 1024;
const LAST_STEP = 64 * 1024;

/**
 * An entry within the budget, unpacked at once into a buffer one byte longer than it declares
 * (so that more data than declared shows, and memory stays bounded by the declaration).
 */
function inflateWhole(
  data: Uint8Array,
  entry: ZipEntry,
): { ok: true; bytes: Uint8Array } | { ok: false; reason: 'damaged' | 'larger-than-declared' } {
  if (entry.method === 0) {
    return data.length === entry.uncompressedSize
      ? { ok: true, bytes: data }
      : {
          ok: false,
          reason: data.length > entry.uncompressedSize ? 'larger-than-declared' : 'damaged',
        };
  }
  let out: Uint8Array;
  try {
    out = inflateSync(data, { out: new Uint8Array(entry.uncompressedSize + 1) });
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (out.length > entry.uncompressedSize) return { ok: false, reason: 'larger-than-declared' };
  return out.length === entry.uncompressedSize
    ? { ok: true, bytes: out }
    : { ok: false, reason: 'damaged' };
}

/**
 * Unpacks `entry`, giving each piece to `onChunk` (which may return false to stop early: then
 * the result is ok with the size so far). Stops with `over-budget` past `budget` bytes. `inSteps`
 * unpacks in small steps even within the budget, for a reader that may stop early (the top of a
 * sheet): what it does not take is never unpacked.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: number,
  onChunk?: (chunk: Uint8Array) => boolean | void,
  inSteps = false,
): Inflated {
  const start = entryDataStart(bytes, entry);
  if (start < 0) return { ok: false, reason: 'damaged' };
  if ((entry.flags & 1) !== 0) return { ok: false, reason: 'unsupported' };
  const data = bytes.subarray(start, start + entry.compressedSize);
  if ((entry.method === 0 || entry.method === 8) && entry.uncompressedSize <= budget && !inSteps) {
    // declared within the budget: unpacked in one step, then handed out piece by piece
    const whole = inflateWhole(data, entry);
    if (!whole.ok) return whole;
    for (let p = 0; p < whole.bytes.length; p += LAST_STEP) {
      if (onChunk && onChunk(whole.bytes.subarray(p, p + LAST_STEP)) === false) {
        return { ok: true, size: Math.min(p + LAST_STEP, whole.bytes.length) };
      }
    }
    return { ok: true, size: whole.bytes.length, bytes: whole.bytes };
  }
  let size = 0;
  let stop: Inflated | null = null;
  const take = (chunk: Uint8Array): void => {
    if (stop) return;
    size += chunk.length;
    if (size > entry.uncompressedSize) stop = { ok: false, reason: 'larger-than-declared' };
    else if (size > budget) stop = { ok: false, reason: 'over-budget' };
    else if (onChunk && onChunk(chunk) === false) stop = { ok: true, size };
  };
  if (entry.method === 0) {
    for (let p = 0; p < data.length && !stop; p += LAST_STEP) {
      take(data.subarray(p, p + LAST_STEP));
    }
  } else if (entry.method === 8) {
    const inflate = new Inflate((chunk) => take(chunk));
    try {
      let step = FIRST_STEP;
      for (let p = 0; p < data.length && !stop; p += step, step = Math.min(step * 2, LAST_STEP)) {
        inflate.push(data.subarray(p, p + step), p + step >= data.length);
      }
      if (data.length === 0) inflate.push(new Uint8Array(0), true);
    } catch {
      return stop ?? { ok: false, reason: 'damaged' };
    }
  } else {
    return { ok: false, reason: 'unsupported' };
  }
  if (stop) return stop;
  // less than declared: the entry was cut short
  return size === entry.uncompressedSize ? { ok: true, size } : { ok: false, reason: 'damaged' };
}

/** A whole entry's bytes (for the small parts that name the sheets), or null. */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry, budget: number): Uint8Array | null {
  const start = entryDataStart(bytes, entry);
  if (start < 0 || (entry.flags & 1) !== 0 || entry.uncompressedSize > budget) return null;
  if (entry.method !== 0 && entry.method !== 8) return null;
  const whole = inflateWhole(bytes.subarray(start, start + entry.compressedSize), entry);
  return whole.ok ? whole.bytes : null;
}
