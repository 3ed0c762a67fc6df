/**
 * The readers and writers of files, loaded the first time a file is read or written: exceljs,
 * mammoth and JSZip are most of the pane's weight, and the pane shows its controls without them.
 */
export const xlsxFiles = () => import('../../../shared/xlsx/book-io.js');
export const planFiles = () => import('../../../shared/plan/read.js');
export const zipFiles = () => import('jszip');
