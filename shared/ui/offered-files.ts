/**
 * The files a command offers (workbooks described as `WorkbookSpec`s, documents as `DocSpec`s)
 * made into .xlsx and .docx in the page, in every host: the writers (exceljs, docx) are loaded
 * only now, so that they are not part of the first paint. Several files come as one .zip too.
 */
import type { OfferedFile } from '../app/command';
import type { Problem } from '../errors/problem';
import type { FileBytes } from './bridge';
import { docxFiles, xlsxFiles, zipFiles as zipCode } from './file-code';

export async function renderFiles(
  files: readonly OfferedFile[],
): Promise<{ files: FileBytes[]; problems: Problem[] }> {
  if (files.length === 0) return { files: [], problems: [] };
  const out: FileBytes[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    if ('doc' in f) {
      const { writeDocx } = await docxFiles();
      out.push({ name: f.name, bytes: await writeDocx(f.doc) });
      continue;
    }
    const { writeSpecXlsx } = await xlsxFiles();
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

const TYPES: Record<string, string> = {
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A link that saves the file; its text is set by the caller (it changes with the language). */
export function downloadLink(doc: Document, file: FileBytes): HTMLAnchorElement {
  const a = doc.createElement('a');
  const type = TYPES[/\.(zip|docx)$/.exec(file.name)?.[1] ?? 'xlsx']!;
  a.href = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type }));
  a.download = file.name;
  return a;
}
