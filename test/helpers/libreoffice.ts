/**
 * LibreOffice as an independent engine: opens an .xlsx headless, recalculates every formula
 * (the profile says "always recalculate" for OOXML), and writes every sheet to CSV.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { readXlsx } from '../../shared/files/read-xlsx';
import type { SheetGrid } from '../../shared/workbook/spec';

export function sofficePath(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], {
    encoding: 'utf8',
  });
  const p = r.stdout.trim();
  return r.status === 0 && p ? p : null;
}

/**
 * `describe` when LibreOffice is installed. Without it: a visible skip on a developer's machine,
 * and a failure under CI, where it must be there.
 */
export function describeWithLibreOffice(name: string, body: () => void): void {
  if (sofficePath()) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('needs LibreOffice, which CI installs (libreoffice-calc-nogui)', () => {
        throw new Error('LibreOffice (soffice) is missing: install libreoffice-calc-nogui');
      });
    });
    return;
  }
  describe(name, () => {
    it.skip('skipped: install LibreOffice (apt-get install libreoffice-calc-nogui)', () =>
      undefined);
  });
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * The workbook as LibreOffice computes it: opened headless with every formula recalculated and
 * saved again, then read back. (LibreOffice's CSV export writes values as formatted, "16.7%",
 * so the numbers are taken from the .xlsx it saves instead.)
 */
export async function libreOfficeRecalculated(xlsx: string, work: string): Promise<SheetGrid[]> {
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice is not installed');
  const profile = path.join(work, 'lo-profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const out = path.join(work, 'recalculated');
  fs.mkdirSync(out, { recursive: true });
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      out,
      xlsx,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  const bytes = new Uint8Array(fs.readFileSync(path.join(out, path.basename(xlsx))));
  return (await readXlsx(bytes)).sheets;
}

function onPath(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).status === 0;
}

/**
 * `describe` when nothing is `missing`; without it, a visible skip on a developer's machine and a
 * failure under CI, which installs every tool the tests need.
 */
function describeNeeding(name: string, missing: string | null, body: () => void): void {
  if (!missing) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it(`needs ${missing}, which CI installs`, () => {
        throw new Error(`missing: install ${missing}`);
      });
    });
    return;
  }
  describe(name, () => {
    it.skip(`skipped: install ${missing}`, () => undefined);
  });
}

/**
 * `describe` when LibreOffice and poppler's pdftotext and pdftoppm are installed, to print a
 * workbook to PDF and look at the pages.
 */
export function describeWithPdfTools(name: string, body: () => void): void {
  const missing = [
    ...(sofficePath() ? [] : ['libreoffice-calc-nogui']),
    ...(onPath('pdftotext') && onPath('pdftoppm') ? [] : ['poppler-utils']),
  ];
  describeNeeding(name, missing.length > 0 ? missing.join(' ') : null, body);
}

/** The workbook printed to PDF by LibreOffice (every visible sheet, as its print setup says). */
export function libreOfficePdf(xlsx: string, work: string): string {
  return libreOfficePdfs([xlsx], work)[0] as string;
}

/** LibreOffice's word processor (Writer), which CI installs beside Calc, and poppler's tools. */
function writerMissing(): string | null {
  const soffice = sofficePath();
  if (!soffice) return 'LibreOffice (soffice)';
  const program = path.dirname(fs.realpathSync(soffice));
  if (!fs.existsSync(path.join(program, 'libswlo.so'))) return 'LibreOffice Writer';
  const r = spawnSync('sh', ['-c', 'command -v pdftotext && command -v pdfinfo'], {
    encoding: 'utf8',
  });
  return r.status === 0 ? null : 'poppler-utils (pdftotext, pdfinfo)';
}

/** `describe` when LibreOffice Writer and poppler-utils are installed, to read documents as PDF. */
export function describeWithWriter(name: string, body: () => void): void {
  const missing = writerMissing();
  describeNeeding(
    name,
    missing ? `${missing} (apt-get install libreoffice-writer-nogui poppler-utils)` : null,
    body,
  );
}

/** The documents as PDF files beside them, converted by LibreOffice in one run. */
export function libreOfficePdfs(docs: readonly string[], work: string): string[] {
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice is not installed');
  const profile = path.join(work, 'lo-profile');
  fs.mkdirSync(profile, { recursive: true });
  const out = path.join(work, 'pdf');
  fs.mkdirSync(out, { recursive: true });
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      ...docs,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return docs.map((d) => path.join(out, `${path.basename(d, path.extname(d))}.pdf`));
}
