/**
 * The page's lazily loaded file code (shared/ui/file-code.ts), loaded at once: Jest's module
 * system has no dynamic import() without --experimental-vm-modules, so jest.config.js maps the
 * module here. The built pane and sidebar load it as built (their Chromium tests run the builds).
 */
import * as bookIo from '../../shared/xlsx/book-io';
import * as planRead from '../../shared/plan/read';
import * as fflate from 'fflate';
import * as writeDocx from '../../shared/report/write-docx';

export const xlsxFiles = () => Promise.resolve(bookIo);
export const planFiles = () => Promise.resolve(planRead);
export const zipFiles = () => Promise.resolve(fflate);
export const docxFiles = () => Promise.resolve(writeDocx);
