/**
 * A unit directory from a CSV file's bytes: whichever way Excel saved it (CSV UTF-8, "Unicode
 * text" in UTF-16, or plain CSV in Vietnamese Windows' code page 1258), or typed in the legacy
 * TCVN3 / VNI fonts. What was guessed is said; what is no CSV at all is named.
 */
import { error, warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Result } from '../errors/result';
import { fail } from '../errors/result';
import { decodeVietnameseText } from '../files/decode-text';
import { sniffFile } from '../files/format';
import { UNITS_CSV_BYTES } from '../files/limits';
import { convertLegacy, detectLegacyEncoding } from '../text/legacy';
import type { Unit } from './model';
import { readUnitsCsv } from './read-units';

const LEGACY_NAMES = { TCVN3: 'TCVN3 (ABC)', VNI: 'VNI' } as const;

export function readUnitsCsvBytes(bytes: Uint8Array, file?: string): Result<Unit[]> {
  const at = file ? { file } : undefined;
  const { format } = sniffFile(bytes);
  if (format === 'empty') return fail([error('emptyInput', at)]);
  if (format !== 'csv' && format !== 'text') return fail([error('notACsv', at, { format })]);
  if (bytes.length > UNITS_CSV_BYTES) {
    return fail([error('fileTooLarge', at, { size: bytes.length, limit: UNITS_CSV_BYTES })]);
  }
  const notes: Problem[] = [];
  const decoded = decodeVietnameseText(bytes);
  let text = decoded.text;
  const legacy = detectLegacyEncoding(text);
  if (legacy) {
    text = convertLegacy(text, legacy);
    notes.push(warning('legacyEncodingConverted', at, { encoding: LEGACY_NAMES[legacy] }));
  } else if (decoded.encoding === 'windows-1258') {
    // a CSV saved by Excel on Vietnamese Windows: a guess, so it is said
    notes.push(warning('csvEncoding', at, { encoding: 'Windows-1258' }));
  }
  const read = readUnitsCsv(text, file);
  return read.ok ? { ...read, warnings: [...notes, ...read.warnings] } : read;
}
