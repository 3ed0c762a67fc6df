/**
 * The pane's lazily loaded file code, loaded at once: Jest's module system has no dynamic
 * import() without --experimental-vm-modules, so jest.config.js maps addin/src/host/file-code.ts here.
 * The built pane loads it lazily (test/addin/pane.browser.test.ts runs the production build).
 */
import * as bookIo from '../../../shared/xlsx/book-io';
import * as planRead from '../../../shared/plan/read';
import * as jszip from 'jszip';

export const xlsxFiles = () => Promise.resolve(bookIo);
export const planFiles = () => Promise.resolve(planRead);
export const zipFiles = () => Promise.resolve(jszip);
