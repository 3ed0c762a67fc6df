/** What a file's bytes are, for the plan reader: a .docx, an .xlsx, an old .doc, text, or something else. */
import { decodeVietnameseText, looksBinary } from '../files/decode-text';
import { sniffFile } from '../files/format';
import type { FileKind } from '../i18n/catalog';

export type Sniffed =
  | { kind: 'docx' }
  | { kind: 'xlsx' }
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
  const { format, zip } = sniffFile(bytes);
  // a zip cut short may not show what it was: read as a .docx, it is said to be cut short
  if (zip && !zip.ok && format !== 'xlsx' && format !== 'pptx') return { kind: 'docx' };
  switch (format) {
    case 'docx':
      return { kind: 'docx' };
    case 'encrypted':
      return { kind: 'encrypted' };
    case 'xlsx':
      return { kind: 'xlsx' };
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

/** Text from bytes, or null for binary data (see `decodeVietnameseText` for the code pages). */
export function decodeText(bytes: Uint8Array): string | null {
  return looksBinary(bytes) ? null : decodeVietnameseText(bytes).text;
}
