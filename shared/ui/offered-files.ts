/**
 * The files a command offers (workbooks described as `WorkbookSpec`s) made into .xlsx in the page,
 * in every host: the renderer (exceljs) is loaded only now, so that it is not part of the first
 * paint. Several files come as one .zip too.
 */
import type { OfferedFile } from '../app/command';
import type { Problem } from '../errors/problem';
import type { FileBytes } from './bridge';
import { xlsxFiles, zipFiles as zipCode } from './file-code';

export async function renderFiles(
  files: readonly OfferedFile[],
): Promise<{ files: FileBytes[]; problems: Problem[] }> {
  if (files.length === 0) return { files: [], problems: [] };
  const { writeSpecXlsx } = await xlsxFiles();
  const out: FileBytes[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    const r = await writeSpecXlsx(f.spec);
    if (r.ok) out.push({ name: f.name, bytes: r.value });
    else problems.push(...r.problems);
  }
  return { files: out, problems };
}

/** The files in one .zip, for "download all". */
export async function zipFiles(files: readonly FileBytes[], name: string): Promise<FileBytes> {
  const { zipSync } = await zipCode();
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.name] = f.bytes;
  return { name, bytes: zipSync(entries, { level: 6 }) };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A link that saves the file; its text is set by the caller (it changes with the language). */
export function downloadLink(doc: Document, file: FileBytes): HTMLAnchorElement {
  const a = doc.createElement('a');
  const type = file.name.endsWith('.zip') ? 'application/zip' : XLSX;
  a.href = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type }));
  a.download = file.name;
  return a;
}
