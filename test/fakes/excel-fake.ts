/**
 * The strict in-memory fake of the Excel JavaScript API: see ./excel/index.ts for what it
 * models and test/fakes/excel-fake.test.ts for each behaviour, as sentences.
 */
export * from './excel/index';
