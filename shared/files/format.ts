/**
 * What a file's bytes are, whatever its name says: an .xlsx, an old .xls, a password-protected
 * Office file, an OpenDocument file, a CSV or a web page saved as ".xls", a PDF… Read from the
 * bytes only (a zip's directory, a compound file's names, the first bytes of text), so that every
 * reader of the product can say in plain words what the user gave it. Pure TypeScript.
 */
import type { FileFormat } from '../i18n/catalog';
import { cfbNames, isCfb } from './cfb';
import { decodeTextBytes, looksBinary } from './decode-text';
import type { ZipDirectory, ZipEntry } from './zip-directory';
import { entryDataStart, isZip, readZipDirectory } from './zip-directory';

export interface Sniffed {
  format: FileFormat;
  /** For a zip: its directory, or why it cannot be read (a file cut short, a damaged one). */
  zip?: ZipDirectory;
}

function startsWith(bytes: Uint8Array, sig: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  return sig.every((b, i) => bytes[offset + i] === b);
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const ODF_TYPES: Record<string, FileFormat> = {
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.text': 'odt',
};

function odfType(bytes: Uint8Array, entries: readonly ZipEntry[]): FileFormat | null {
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (!mimetype) {
    return entries.some((e) => e.name === 'content.xml') &&
      entries.some((e) => e.name === 'META-INF/manifest.xml')
      ? 'odf'
      : null;
  }
  // OpenDocument stores its mimetype uncompressed, first in the archive
  const start = entryDataStart(bytes, mimetype);
  if (mimetype.method !== 0 || start < 0 || mimetype.compressedSize > 200) return 'odf';
  const type = String.fromCharCode(...bytes.subarray(start, start + mimetype.compressedSize));
  return ODF_TYPES[type] ?? 'odf';
}

/** Office formats from the names in a zip (its directory, or the raw bytes of a damaged one). */
function zipFormat(has: (prefix: string) => boolean): FileFormat {
  if (has('xl/')) return 'xlsx';
  if (has('word/')) return 'docx';
  if (has('ppt/')) return 'pptx';
  return 'zip';
}

/** Whether a name occurs anywhere in the bytes: the local headers of a zip whose directory is lost. */
function bytesHold(bytes: Uint8Array, name: string): boolean {
  const needle = ascii(name);
  const first = needle[0] as number;
  outer: for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    if (i > bytes.length - needle.length) return false;
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

function cfbFormat(bytes: Uint8Array): FileFormat {
  const names = new Set((cfbNames(bytes) ?? []).map((n) => n.toLowerCase()));
  if (names.has('encryptioninfo') || names.has('encryptedpackage')) return 'encrypted';
  if (names.has('workbook') || names.has('book')) return 'xls';
  if (names.has('worddocument')) return 'doc';
  if (names.has('powerpoint document')) return 'ppt';
  return 'ole';
}

/** Text that is a web page or an Excel 2003 XML spreadsheet, as some systems export ".xls". */
function markupFormat(bytes: Uint8Array): FileFormat | null {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 4096)))
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .toLowerCase();
  if (/urn:schemas-microsoft-com:office:spreadsheet/.test(head) && /<workbook/.test(head)) {
    return 'xml2003';
  }
  if (/^\s*(<!doctype html|<html|<table|<meta|<head|<body)/.test(head)) return 'html';
  return null;
}

export function sniffFile(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { format: 'empty' };
  if (isZip(bytes)) {
    const zip = readZipDirectory(bytes);
    if (!zip.ok) return { format: zipFormat((p) => bytesHold(bytes, p)), zip };
    const names = zip.entries.map((e) => e.name);
    const format =
      odfType(bytes, zip.entries) ?? zipFormat((p) => names.some((n) => n.startsWith(p)));
    return { format, zip };
  }
  if (isCfb(bytes)) return { format: cfbFormat(bytes) };
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, ascii('GIF8')) ||
    (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
  ) {
    return { format: 'image' };
  }
  if (startsWith(bytes, ascii('%PDF'))) return { format: 'pdf' };
  if (startsWith(bytes, ascii('{\\rtf'))) return { format: 'rtf' };
  const markup = markupFormat(bytes);
  if (markup) return { format: markup };
  if (looksBinary(bytes)) return { format: 'binary' };
  return { format: looksLikeCsv(bytes) ? 'csv' : 'text' };
}

/** Lines of fields separated by commas, semicolons or tabs: the first two agree on one. */
function looksLikeCsv(bytes: Uint8Array): boolean {
  const head = decodeTextBytes(bytes.subarray(0, 4096), 'windows-1252').text;
  const [first, second] = head.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (first === undefined) return false;
  return [',', ';', '\t'].some((sep) => {
    const count = (line: string): number => line.split(sep).length - 1;
    return count(first) > 0 && (second === undefined || count(second) > 0);
  });
}
