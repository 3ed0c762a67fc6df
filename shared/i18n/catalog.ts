/**
 * The shape of every user-facing string, so that the Vietnamese and English catalogs cannot drift
 * apart: a key missing from one of them is a compile error.
 */
import type { Location } from '../errors/location';

export type Lang = 'vi' | 'en';

export type FileKind = 'image' | 'pdf' | 'zip' | 'spreadsheet' | 'rtf' | 'binary';

export interface ProblemMessages {
  bookExists: (p: { plan: string; entries: number }) => string;
  noBook: () => string;
  noSelection: () => string;
  fileNotFound: () => string;
  emptyInput: () => string;
  tooLarge: (p: { size: number; limit: number }) => string;
  legacyDoc: () => string;
  notADocument: (p: { kind: FileKind }) => string;
  corruptDocx: (p: { detail: string }) => string;
  undecodableText: () => string;
  legacyEncodingConverted: (p: { encoding: string }) => string;
  noTaskTable: () => string;
  noTasks: () => string;
  taskBeforePeriod: (p: { label: string }) => string;
  unknownPeriod: (p: { label: string }) => string;
  emptyTaskContent: (p: { no: string }) => string;
  duplicateTaskNumber: (p: { no: number; period: string }) => string;
  invalidModel: (p: { path: string; detail: string }) => string;
  cellTooLong: (p: { length: number; limit: number }) => string;
  xlsxUnreadable: (p: { detail: string }) => string;
  notOurWorkbook: () => string;
  missingSheet: (p: { name: string }) => string;
  missingColumns: (p: { names: string }) => string;
  badMeta: (p: { detail: string }) => string;
  planMismatch: (p: { file: string; book: string }) => string;
  notAUnitFile: () => string;
  olderVersion: (p: { file: number; book: number }) => string;
  unknownUnit: (p: { name: string }) => string;
  otherUnitRow: (p: { unit: string; fileUnit: string }) => string;
  unknownRow: (p: { taskId: string; unit: string }) => string;
  duplicateRow: (p: { taskId: string; unit: string }) => string;
  unknownStatus: (p: { text: string }) => string;
  handTypedStatus: (p: { text: string; status: string }) => string;
  badDate: (p: { text: string }) => string;
  textDate: (p: { text: string; date: string }) => string;
  formulaInCell: (p: { formula: string }) => string;
  conflict: (p: { field: string; ours: string; theirs: string }) => string;
  unitsHeader: (p: { names: string }) => string;
  badUnitGroup: (p: { text: string }) => string;
  badUnitCode: (p: { code: string }) => string;
  duplicateUnit: (p: { name: string }) => string;
  noUnits: () => string;
  unknownMappingTarget: (p: { phrase: string; target: string }) => string;
  unresolvedPhrase: (p: { phrase: string; tasks: string }) => string;
  unassignedTask: (p: { id: string }) => string;
  badThreshold: (p: { text: string }) => string;
  badAsOf: (p: { text: string }) => string;
}

export interface CliMessages {
  parsed: (p: { periods: number; tasks: number }) => string;
  built: (p: {
    file: string;
    periods: number;
    tasks: number;
    rows: number;
    units: number;
  }) => string;
  unresolved: (p: { count: number }) => string;
  split: (p: { count: number; dir: string }) => string;
  splitFile: (p: { file: string; unit: string; rows: number }) => string;
  consolidated: (p: {
    file: string;
    merged: number;
    refused: number;
    applied: number;
    conflicts: number;
    rejected: number;
  }) => string;
  logLine: (p: {
    unit: string;
    task: string;
    field: string;
    old: string;
    value: string;
    outcome: string;
  }) => string;
  nothingMerged: () => string;
  updated: (p: {
    file: string;
    version: number;
    kept: number;
    reworded: number;
    added: number;
    removed: number;
    archived: number;
  }) => string;
  reportHeader: (p: { asOf: string }) => string;
  reportWritten: (p: { file: string }) => string;
}

/** Results of the panes' actions (Excel task pane, Google Sheets sidebar, browser mode). */
export interface PaneMessages {
  built: (p: { periods: number; tasks: number; rows: number; units: number }) => string;
  refreshed: (p: { asOf: string }) => string;
  updated: (p: {
    version: number;
    kept: number;
    reworded: number;
    added: number;
    removed: number;
    archived: number;
  }) => string;
  resynced: (p: { added: number; archived: number }) => string;
  marked: (p: { rows: number }) => string;
  consolidated: (p: {
    merged: number;
    refused: number;
    applied: number;
    conflicts: number;
    rejected: number;
  }) => string;
  unitsSaved: (p: { units: number }) => string;
  split: (p: { files: number }) => string;
  summaryReady: () => string;
  unresolved: (p: { count: number }) => string;
}

/** Labels of the panes, shared by the Excel task pane, the Google Sheets sidebar and browser mode. */
export interface UiLabels {
  appName: string;
  language: string;
  tabs: {
    plan: string;
    units: string;
    mark: string;
    merge: string;
    report: string;
    update: string;
  };
  plan: {
    title: string;
    pasteLabel: string;
    pastePlaceholder: string;
    chooseFile: string;
    fromSelection: string;
    build: string;
    asOf: string;
  };
  units: {
    title: string;
    code: string;
    name: string;
    group: string;
    emails: string;
    aliases: string;
    add: string;
    save: string;
    unresolvedTitle: string;
    mapTo: string;
    applyMappings: string;
    assignTitle: string;
    assignSelected: string;
  };
  mark: {
    title: string;
    hint: string;
    status: string;
    doneDate: string;
    evidence: string;
    note: string;
    apply: string;
  };
  merge: { title: string; hint: string; chooseFiles: string; merge: string; logTitle: string };
  report: { title: string; refresh: string; exportSummary: string; downloadUnits: string };
  update: { title: string; hint: string; apply: string };
  mode: { excel: string; sheets: string; browser: string; officeTimeout: string };
  working: string;
  done: string;
  failed: string;
  missingFeatures: (p: { features: string }) => string;
  confirmReplace: (p: { entries: number }) => string;
}

export interface Catalog {
  problems: ProblemMessages;
  cli: CliMessages;
  pane: PaneMessages;
  ui: UiLabels;
  location: (at: Location) => string;
  severity: { error: string; warning: string };
}
