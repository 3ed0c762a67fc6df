/** What a file's bytes are, from their first bytes: a .docx, an .xlsx, an old .doc, an image, or text. */
import type { FileKind } from '../i18n/catalog';
import { detectLegacyEncoding } from '../text/legacy';

export type Sniffed =
  | { kind: 'docx' }
  | { kind: 'xlsx' }
  | { kind: 'legacy-doc' }
  | { kind: 'other'; what: FileKind }
  | { kind: 'text' };

function startsWith(bytes: Uint8Array, sig: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  return sig.every((b, i) => bytes[offset + i] === b);
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Whether the zip's directory names an entry (names are stored as plain bytes). */
function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  const needle = ascii(name);
  const first = needle[0] as number;
  outer: for (
    let i = bytes.indexOf(first);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

export function sniff(bytes: Uint8Array, fileName = ''): Sniffed {
  const lower = fileName.toLowerCase();
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (zipHasEntry(bytes, 'word/')) return { kind: 'docx' };
    if (zipHasEntry(bytes, 'xl/')) return { kind: 'xlsx' };
    return { kind: 'other', what: 'zip' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return /\.xls[a-z]?$/.test(lower)
      ? { kind: 'other', what: 'spreadsheet' }
      : { kind: 'legacy-doc' };
  }
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, ascii('GIF8')) ||
    (startsWith(bytes, ascii('BM')) && /\.bmp$/.test(lower)) ||
    (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
  ) {
    return { kind: 'other', what: 'image' };
  }
  if (startsWith(bytes, ascii('%PDF'))) return { kind: 'other', what: 'pdf' };
  if (startsWith(bytes, ascii('{\\rtf'))) return { kind: 'other', what: 'rtf' };
  return { kind: 'text' };
}

/** Text from bytes: UTF-8 or UTF-16 with a BOM, UTF-8, else the Windows code page legacy fonts used. */
export function decodeText(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  // text has almost no control characters; tabs, line ends and form feeds aside
  let control = 0;
  for (const b of sample)
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  if (control > sample.length / 50) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows(bytes);
  }
}

/** Letters only Vietnamese written in Unicode has (after NFC). */
const VIETNAMESE_LETTERS = /[ĂăĐđƠơƯư\u1EA0-\u1EF9]/gu;

/**
 * Text saved in a Windows code page. TCVN3 and VNI text was typed with Western (1252) code
 * points; Unicode Vietnamese saved as "ANSI" on a Vietnamese Windows (Notepad, Excel's "CSV
 * (Comma delimited)") is in the Vietnamese code page 1258, whose tone marks are combining
 * characters. A text that reads as legacy Vietnamese in 1252 stays so; otherwise 1258 is taken
 * when it gives Vietnamese letters.
 */
function decodeWindows(bytes: Uint8Array): string {
  const western = new TextDecoder('windows-1252').decode(bytes);
  if (detectLegacyEncoding(western.slice(0, 64 * 1024)) !== null) return western;
  const vietnamese = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  const letters = vietnamese.slice(0, 64 * 1024).match(VIETNAMESE_LETTERS)?.length ?? 0;
  return letters >= 3 ? vietnamese : western;
}
