/**
 * The readers and writers of files, loaded the first time a file is read or written: exceljs,
 * mammoth, docx and fflate are most of the page's weight, and the page shows its controls without
 * them. The one place the UI and the hosts load them from (Jest maps it to a module that loads
 * them at once: its module system has no import() without --experimental-vm-modules).
 */
export const xlsxFiles = () => import('../xlsx/book-io.js');
export const planFiles = () => import('../plan/read.js');
export const zipFiles = () => import('fflate');
export const docxFiles = () => import('../report/write-docx.js');
