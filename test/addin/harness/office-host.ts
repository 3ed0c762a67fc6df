/**
 * The simulated Office host: a stand-in for office.js, bundled for the browser, that installs
 * `Office` and `Excel` backed by the strict in-memory fake. The test page
 * sets `window.__fakeExcelConfig` first; `window.__fakeExcel` lets the test choose the selection
 * and read the workbook.
 */
import { createExcelFake } from '../../fakes/excel-fake';

interface Config {
  apiVersion?: '1.1' | '1.7' | '1.8' | '1.9' | '1.12' | '1.17';
  displayLanguage?: string;
}

const w = window as unknown as {
  __fakeExcelConfig?: Config;
  __fakeExcel?: unknown;
};
const config = w.__fakeExcelConfig ?? {};
const fake = createExcelFake({
  apiVersion: config.apiVersion ?? '1.17',
  displayLanguage: config.displayLanguage ?? 'vi-VN',
});
fake.install(window);

w.__fakeExcel = {
  workbook: fake.workbook,
  stats: fake.stats,
  select: (sheet: string, address: string) => fake.workbook.select(sheet, address),
  sheetNames: () => fake.workbook.sheetNames(),
  values: (sheet: string, address: string) => fake.workbook.getValues(sheet, address),
  usedRange: (sheet: string) => fake.workbook.sheet(sheet).usedRange(true),
  validations: (sheet: string) => fake.workbook.sheet(sheet).dataValidations,
};
