/**
 * Bad files, made for real: zip bombs (a sheet that unpacks to hundreds of megabytes, one whose
 * directory lies about its size), a sheet of a million rows, damaged sheet XML, a file cut short,
 * compound files with the streams of an .xls or of a password-protected file. Each starts from a
 * real .xlsx written by exceljs and is zipped by fflate, independently of the product's readers.
 */
import ExcelJS from 'exceljs';
import { Zip, ZipDeflate, unzipSync, zipSync } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import { FIXTURES } from './paths';

export const FILES = path.join(FIXTURES, 'files');

/** A small real workbook: one sheet "Theo dõi" with a header and two rows. */
export async function smallXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Theo dõi');
  ws.addRow(['Mã CV', 'Đơn vị', 'Trạng thái']);
  ws.addRow(['2014-Q1-01', 'BTV', 'Hoàn thành']);
  ws.addRow(['2014-Q1-02', 'BTV', '']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/**
 * A copy of a real zip (an .xlsx, a .docx) whose part `name` is streamed from `pieces`, never
 * held whole in memory; the other parts as they were.
 */
export async function withStreamedPart(
  base: Uint8Array,
  name: string,
  pieces: () => Iterable<string>,
): Promise<Uint8Array> {
  const parts = unzipSync(base);
  const out: Uint8Array[] = [];
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const zip = new Zip((err, chunk, final) => {
    if (err) throw err;
    out.push(chunk);
    if (final) done();
  });
  const enc = new TextEncoder();
  for (const [part, data] of Object.entries(parts)) {
    const f = new ZipDeflate(part, { level: 1 });
    zip.add(f);
    if (part !== name) {
      f.push(data, true);
      continue;
    }
    for (const piece of pieces()) f.push(enc.encode(piece));
    f.push(new Uint8Array(0), true);
  }
  zip.end();
  await finished;
  return concat(out);
}

/** A real .xlsx whose first sheet's rows are streamed from `rows`. */
export async function xlsxWithSheet(rows: () => Iterable<string>): Promise<Uint8Array> {
  return withStreamedPart(await smallXlsx(), 'xl/worksheets/sheet1.xml', function* () {
    yield SHEET_HEAD;
    yield* rows();
    yield SHEET_TAIL;
  });
}

/** A real .docx (the sample plan) with `mb` megabytes of spaces in its document. */
export async function docxBomb(docx: Uint8Array, mb: number): Promise<Uint8Array> {
  const xml = new TextDecoder().decode(unzipSync(docx)['word/document.xml']);
  const cut = xml.indexOf('<w:body>') + '<w:body>'.length;
  return withStreamedPart(docx, 'word/document.xml', function* () {
    yield xml.slice(0, cut);
    const megabyte = ' '.repeat(1024 * 1024);
    for (let i = 0; i < mb; i++) yield megabyte;
    yield xml.slice(cut);
  });
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    all.set(c, o);
    o += c.length;
  }
  return all;
}

/** A zip bomb: a sheet padded with `mb` megabytes of spaces (about 1,000:1). */
export function zipBomb(mb: number): Promise<Uint8Array> {
  return xlsxWithSheet(function* () {
    const megabyte = ' '.repeat(1024 * 1024);
    for (let i = 0; i < mb; i++) yield megabyte;
  });
}

/** A sheet of `rows` rows of three cells, as a program exporting a big table writes it. */
export function manyRows(rows: number): Promise<Uint8Array> {
  return xlsxWithSheet(function* () {
    let batch = '';
    for (let r = 1; r <= rows; r++) {
      batch += `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>Hoàn thành</t></is></c><c r="C${r}"><v>41700</v></c></row>`;
      if (r % 10_000 === 0) {
        yield batch;
        batch = '';
      }
    }
    yield batch;
  });
}

/** The same workbook with one part replaced (damaged XML, a wrong root…). */
export async function withPart(
  bytes: Uint8Array,
  name: string,
  change: (xml: string) => string,
): Promise<Uint8Array> {
  const parts = unzipSync(bytes);
  const old = parts[name];
  if (!old) throw new Error(`no part ${name}`);
  parts[name] = new TextEncoder().encode(change(new TextDecoder().decode(old)));
  return zipSync(parts, { level: 6 });
}

const u32 = (b: Uint8Array, o: number): number =>
  ((b[o] as number) |
    ((b[o + 1] as number) << 8) |
    ((b[o + 2] as number) << 16) |
    ((b[o + 3] as number) << 24)) >>>
  0;

/** Where the central directory entry of `name` starts. */
function centralEntry(bytes: Uint8Array, name: string): number {
  const nameBytes = new TextEncoder().encode(name);
  for (let p = 0; p + 46 < bytes.length; p++) {
    if (u32(bytes, p) !== 0x02014b50) continue;
    const n = (bytes[p + 28] as number) | ((bytes[p + 29] as number) << 8);
    const here = bytes.subarray(p + 46, p + 46 + n);
    if (n === nameBytes.length && here.every((b, i) => b === nameBytes[i])) return p;
  }
  throw new Error(`no entry ${name}`);
}

/** The sizes the central directory gives for `name`: unpacked and packed. */
export function declaredSizes(bytes: Uint8Array, name: string): { size: number; packed: number } {
  const p = centralEntry(bytes, name);
  return { size: u32(bytes, p + 24), packed: u32(bytes, p + 20) };
}

/**
 * A zip whose central directory says `name` unpacks to `declared` bytes (a forged bomb says
 * little and unpacks to much).
 */
export function lyingAbout(bytes: Uint8Array, name: string, declared: number): Uint8Array {
  const out = bytes.slice();
  new DataView(out.buffer, out.byteOffset).setUint32(centralEntry(out, name) + 24, declared, true);
  return out;
}

/** A zip of `count` tiny parts besides a real workbook's. */
export async function manyParts(count: number): Promise<Uint8Array> {
  const parts = unzipSync(await smallXlsx());
  for (let i = 0; i < count; i++) parts[`xl/media/image${i}.png`] = new Uint8Array([i & 0xff]);
  return zipSync(parts, { level: 0 });
}

/**
 * A compound file (OLE2, [MS-CFB] version 3) whose root holds empty streams of these names: with
 * `Workbook` it is what Excel 97–2003 writes; with `EncryptionInfo` and `EncryptedPackage` the
 * container of a password-protected .xlsx.
 */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const SECTOR = 512;
  const entries = ['Root Entry', ...streams];
  const dirSectors = Math.ceil(entries.length / 4);
  const bytes = new Uint8Array(SECTOR * (2 + dirSectors));
  const v = new DataView(bytes.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (bytes[i] = b));
  v.setUint16(0x18, 0x3e, true); // minor version
  v.setUint16(0x1a, 3, true); // major version 3: 512-byte sectors
  v.setUint16(0x1c, 0xfffe, true); // little-endian
  v.setUint16(0x1e, 9, true); // sector shift
  v.setUint16(0x20, 6, true); // mini sector shift
  v.setUint32(0x2c, 1, true); // one FAT sector
  v.setUint32(0x30, 1, true); // the directory starts at sector 1
  v.setUint32(0x38, 0x1000, true); // mini stream cut-off
  v.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  v.setUint32(0x44, 0xfffffffe, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  // the FAT, in sector 0: itself, then the directory's chain
  const fat = SECTOR;
  v.setUint32(fat, 0xfffffffd, true);
  for (let s = 1; s <= dirSectors; s++) {
    v.setUint32(fat + s * 4, s === dirSectors ? 0xfffffffe : s + 1, true);
  }
  for (let s = dirSectors + 1; s < SECTOR / 4; s++) v.setUint32(fat + s * 4, 0xffffffff, true);
  entries.forEach((name, i) => {
    const e = SECTOR * 2 + i * 128;
    for (let k = 0; k < name.length; k++) v.setUint16(e + k * 2, name.charCodeAt(k), true);
    v.setUint16(e + 0x40, (name.length + 1) * 2, true);
    bytes[e + 0x42] = i === 0 ? 5 : 2; // root storage, then streams
    bytes[e + 0x43] = 1; // black
    v.setUint32(e + 0x44, 0xffffffff, true); // left sibling
    v.setUint32(e + 0x48, i > 0 && i < entries.length - 1 ? i + 1 : 0xffffffff, true);
    v.setUint32(e + 0x4c, i === 0 && entries.length > 1 ? 1 : 0xffffffff, true); // child
    v.setUint32(e + 0x74, 0xfffffffe, true); // start sector: none
  });
  return bytes;
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FILES, name)));
}
