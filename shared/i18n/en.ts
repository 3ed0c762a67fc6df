/** English strings, available wherever Vietnamese is shown first. */
import type { Catalog } from './catalog';

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const en: Catalog = {
  problems: {
    emptyInput: () => 'The file or text is empty: there is nothing to read.',
    tooLarge: ({ size, limit }) =>
      `The file is too large (${mb(size)}); a plan can be at most ${mb(limit)}. Check the file you chose.`,
    legacyDoc: () =>
      'This is an old Word file (.doc). Open it in Word, save it as .docx (File → Save As → Word Document), then choose it again.',
    notADocument: ({ kind }) =>
      `This file is ${kind}, not a plan document. Choose the plan's .docx or .txt file.`,
    corruptDocx: ({ detail }) => `The .docx file cannot be read (damaged or incomplete): ${detail}.`,
    undecodableText: () =>
      "The text's character encoding is not recognised. Save the text as Unicode (UTF-8).",
    legacyEncodingConverted: ({ encoding }) =>
      `The text was typed in the ${encoding} encoding and has been converted to Unicode. Check proper names.`,
    noTaskTable: () =>
      'No task table (a header row "Stt | Nội dung công việc | …") was found. Is this an emulation and commendation plan?',
    noTasks: () => 'The task table holds no tasks.',
    taskBeforePeriod: ({ label }) =>
      `Tasks stand before any period row (quarter, month); they were put in the period "${label}".`,
    unknownPeriod: ({ label }) =>
      `The period "${label}" is not recognised (expected "Quý I/2014", "Tháng 3/2015", "6 tháng đầu năm 2014"); its start and end dates are unknown.`,
    emptyTaskContent: ({ no }) => `Task ${no} has no content; the row was skipped.`,
    duplicateTaskNumber: ({ no, period }) =>
      `Task number ${no} appears more than once in the period "${period}".`,
    invalidModel: ({ path, detail }) => `Invalid plan data at ${path}: ${detail}.`,
  },
  location: (at) => {
    const parts: string[] = [];
    if (at.file) parts.push(`file ${at.file}`);
    if (at.sheet) parts.push(`sheet "${at.sheet}"`);
    if (at.cell) parts.push(`cell ${at.cell}`);
    if (at.line !== undefined) parts.push(`line ${at.line}`);
    if (at.tableRow !== undefined) parts.push(`task table, row ${at.tableRow}`);
    if (at.tableCell !== undefined) parts.push(`column ${at.tableCell}`);
    return parts.join(', ');
  },
  severity: { error: 'Error', warning: 'Note' },
};
