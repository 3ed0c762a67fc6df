/** What a file's bytes are, for the plan reader: a .docx, an old .doc, text, or something else. */
import { sniffFile } from '../files/format';
import type { FileKind } from '../i18n/catalog';

export type Sniffed =
  | { kind: 'docx' }
  | { kind: 'legacy-doc' }
  | { kind: 'encrypted' }
  | { kind: 'other'; what: FileKind }
  | { kind: 'text' };

function startsWith(bytes: Uint8Array, sig: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  return sig.every((b, i) => bytes[offset + i] === b);
}

export function sniff(bytes: Uint8Array, fileName = ''): Sniffed {
  const lower = fileName.toLowerCase();
  switch (sniffFile(bytes).format) {
    case 'docx':
      return { kind: 'docx' };
    case 'encrypted':
      return { kind: 'encrypted' };
    case 'xlsx':
    case 'ods':
    case 'xls':
      return { kind: 'other', what: 'spreadsheet' };
    case 'pptx':
    case 'odt':
    case 'odf':
    case 'zip':
      return { kind: 'other', what: 'zip' };
    case 'doc':
    case 'ppt':
    case 'ole':
      // a compound file whose directory cannot be read: its name is all there is to go by
      return /\.xls[a-z]?$/.test(lower)
        ? { kind: 'other', what: 'spreadsheet' }
        : { kind: 'legacy-doc' };
    case 'image':
      return { kind: 'other', what: 'image' };
    case 'pdf':
      return { kind: 'other', what: 'pdf' };
    case 'rtf':
      return { kind: 'other', what: 'rtf' };
    default:
      if (startsWith(bytes, [0x42, 0x4d]) && /\.bmp$/.test(lower)) {
        return { kind: 'other', what: 'image' };
      }
      return { kind: 'text' };
  }
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
    // TCVN3 and VNI text files were saved in the Western (Windows-1252) code page
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
