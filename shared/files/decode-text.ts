/**
 * Text from a file's bytes, whichever way Windows saved it: UTF-8 (with or without a BOM),
 * UTF-16 ("Unicode text", with or without a BOM), or an 8-bit code page. The 8-bit one is only
 * a guess, so it is named: the caller says which it read.
 */
import { detectLegacyEncoding } from '../text/legacy';

type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252' | 'windows-1258';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a BOM: text in the Latin range has a zero in every other byte. */
function utf16Order(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'UTF-16LE';
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'UTF-16BE';
  return null;
}

/**
 * Decodes text: a BOM decides; else UTF-16 by its zeros; else UTF-8 when the bytes are valid
 * UTF-8; else the 8-bit code page given (Windows-1258 is Vietnamese Windows' own; 1252 is the
 * one the legacy TCVN3 and VNI fonts were read through).
 */
export function decodeTextBytes(
  bytes: Uint8Array,
  eightBit: 'windows-1252' | 'windows-1258',
): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  }
  const order = utf16Order(bytes);
  if (order) return { text: new TextDecoder(order.toLowerCase()).decode(bytes), encoding: order };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder(eightBit).decode(bytes), encoding: eightBit };
  }
}

/**
 * Text as a Vietnamese office's files hold it: as `decodeTextBytes`, and where the bytes are no
 * Unicode, Windows-1252 when they read as the legacy TCVN3 or VNI fonts (typed through Western
 * code points), else Windows-1258, what Notepad and Excel's "CSV (Comma delimited)" save as
 * "ANSI" on a Vietnamese Windows (its tone marks are combining characters, so the text is NFC'd).
 */
export function decodeVietnameseText(bytes: Uint8Array): DecodedText {
  const decoded = decodeTextBytes(bytes, 'windows-1252');
  if (decoded.encoding !== 'windows-1252') return decoded;
  if (detectLegacyEncoding(decoded.text.slice(0, 64 * 1024)) !== null) return decoded;
  return {
    text: new TextDecoder('windows-1258').decode(bytes).normalize('NFC'),
    encoding: 'windows-1258',
  };
}

/** Whether bytes look like binary data rather than text (UTF-16 text aside). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || utf16Order(bytes)) {
    return false;
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let control = 0;
  for (const b of sample) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) {
      control++;
    }
  }
  return control > sample.length / 50;
}
