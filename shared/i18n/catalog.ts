/**
 * The shape of every user-facing string, so that the Vietnamese and English catalogs cannot drift
 * apart: a key missing from one of them is a compile error.
 */
import type { Location } from './location';
import type { DocxReadFailure } from './plan-words';
import type { RowUse, SkipReason } from './plan-words';
import type { OtherDocKind } from './plan-words';

/** Why a call of the sidebar to its server failed on the way (apps-script/src/client/bridge.ts). */
export type CallFailure = 'timeout' | 'permission' | 'network' | 'busy' | 'other';

export type Lang = 'vi' | 'en';

/** What a cell of `Tiêu chí` holds, for the message that refuses it. */
export type CriteriaField =
  'name' | 'maxPoints' | 'penalty' | 'method' | 'bonusCap' | 'count' | 'least';

export type FileKind = 'image' | 'pdf' | 'zip' | 'spreadsheet' | 'rtf' | 'binary';

/** What a file's bytes are, as `shared/files/format` tells them apart. */
export type FileFormat =
  | 'empty'
  | 'xlsx'
  | 'docx'
  | 'pptx'
  | 'ods'
  | 'odt'
  | 'odf'
  | 'zip'
  | 'encrypted'
  | 'xls'
  | 'doc'
  | 'ppt'
  | 'ole'
  | 'pdf'
  | 'image'
  | 'rtf'
  | 'html'
  | 'xml2003'
  | 'csv'
  | 'text'
  | 'binary';

/** What stands at a path that is not a regular file. */
export type NotAFile = 'folder' | 'pipe' | 'device' | 'socket' | 'other';

/** Which input a command's output would have overwritten. */
export type InputRole = 'book' | 'returned' | 'plan' | 'units' | 'log';

/** An argument or option of the command line, described in both languages. */
export interface Described {
  name: string;
  vi: string;
  en: string;
}

export interface ProblemMessages {
  emptyMark: () => string;
  sheetsInTheWay: (p: { names: string }) => string;
  incompleteDraw: () => string;
  duplicatePeriodLabel: (p: { label: string }) => string;
  bookExists: (p: { plan: string; entries: number }) => string;
  noBook: () => string;
  noSelection: () => string;
  fileNotFound: () => string;
  // files: what they are, how large, whether they can be read (shared/files)
  notAFile: (p: { kind: NotAFile }) => string;
  fileNoAccess: () => string;
  fileTooLarge: (p: { size: number; limit: number }) => string;
  legacyXls: () => string;
  encryptedFile: () => string;
  odsFile: () => string;
  notAWorkbook: (p: { format: FileFormat }) => string;
  notACsv: (p: { format: FileFormat }) => string;
  damagedFile: (p: { cause: 'truncated' | 'damaged' }) => string;
  damagedSheet: () => string;
  damagedPart: () => string;
  unusualCompression: () => string;
  tooManyParts: (p: { count: number; limit: number }) => string;
  unpackedTooLarge: (p: { size: number; limit: number }) => string;
  compressionTooHigh: (p: { ratio: number; limit: number }) => string;
  sizeMismatch: () => string;
  tooManyRows: (p: { limit: number }) => string;
  tooManyCells: (p: { cells: number; limit: number }) => string;
  csvEncoding: (p: { encoding: string }) => string;
  // the command line's outputs: never an input, never entries overwritten unasked
  outputIsInput: (p: { role: InputRole; inPlace: boolean }) => string;
  outputNotAFile: (p: { kind: NotAFile }) => string;
  outputNotAFolder: () => string;
  outputHoldsEntries: (p: { entries: number; unit: boolean }) => string;
  outputUnreadable: () => string;
  unitFilesInTheWay: (p: { files: { name: string; unmerged: number | null }[] }) => string;
  // the command line's own errors
  cliMissingArgument: (p: { command: string; arg: Described }) => string;
  cliMissingOption: (p: { command: string; option: Described }) => string;
  cliOptionValueMissing: (p: { command: string; option: Described }) => string;
  cliUnknownOption: (p: { command: string; flag: string; suggestion: string }) => string;
  cliUnknownCommand: (p: { name: string; suggestion: string; commands: string }) => string;
  cliTooManyArguments: (p: { command: string; expected: number; got: number }) => string;
  cliInvalidValue: (p: { option: string; value: string; choices: string }) => string;
  cliOther: (p: { text: string }) => string;
  emptyInput: () => string;
  tooLarge: (p: { size: number; limit: number }) => string;
  legacyDoc: () => string;
  notADocument: (p: { kind: FileKind }) => string;
  corruptDocx: (p: { reason: DocxReadFailure }) => string;
  undecodableText: () => string;
  legacyEncodingConverted: (p: { encoding: string }) => string;
  noTaskTable: () => string;
  notAPlan: (p: { kind: OtherDocKind }) => string;
  noTasks: () => string;
  taskBeforePeriod: (p: { label: string }) => string;
  tasksGroupedByTime: (p: { periods: string }) => string;
  unknownPeriod: (p: { label: string }) => string;
  periodWithoutYear: (p: { label: string }) => string;
  periodsMerged: (p: { label: string; first: string; dates: string }) => string;
  periodRepeated: (p: { label: string; first: string; dates: string }) => string;
  emptyTaskContent: (p: { no: string }) => string;
  rowNoTaskAbove: (p: { text: string }) => string;
  rowUnusedColumnsOnly: (p: { text: string }) => string;
  rowAboveHeader: (p: { text: string }) => string;
  totalsRow: (p: { text: string }) => string;
  textBetweenTables: (p: { text: string; after: number }) => string;
  lineBeforeFirstTask: (p: { text: string }) => string;
  textAfterTasks: (p: { count: number; text: string }) => string;
  taskTableNotRead: (p: { rows: number; heading: string }) => string;
  unusedColumn: (p: { column: string; no: number }) => string;
  unnamedColumn: (p: { no: number; rows: number; sample: string }) => string;
  periodRowNote: (p: { label: string; note: string }) => string;
  mergeAssumedRows: (p: { column: string; places: string }) => string;
  mergeAssumedLines: (p: { column: string; places: string }) => string;
  duplicateTaskNumber: (p: { no: number; period: string }) => string;
  invalidModel: (p: { path: string; detail: string }) => string;
  cellTooLong: (p: { length: number; limit: number }) => string;
  noTaskSheet: (p: { sheets: string }) => string;
  unknownSheet: (p: { sheet: string; sheets: string }) => string;
  sheetOfNonWorkbook: (p: { sheet: string }) => string;
  unclosedQuote: () => string;
  notOurWorkbook: () => string;
  identityLost: (p: { entries: number; cleared: boolean }) => string;
  sheetCopyIgnored: (p: { sheet: string; copies: string }) => string;
  sheetOnlyAsCopy: (p: { sheet: string; copies: string }) => string;
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
  olderReturn: (p: { field: string; ours: string; theirs: string }) => string;
  unitsHeader: (p: { names: string }) => string;
  badUnitGroup: (p: { text: string }) => string;
  badBlocRole: (p: { text: string }) => string;
  badUnitCode: (p: { code: string }) => string;
  duplicateUnit: (p: { name: string; rows: number[] }) => string;
  noUnits: () => string;
  unknownMappingTarget: (p: { phrase: string; target: string }) => string;
  unresolvedPhrase: (p: { phrase: string; tasks: string }) => string;
  unassignedTask: (p: { id: string }) => string;
  badThreshold: (p: { text: string }) => string;
  badCriteriaCell: (p: { text: string; what: CriteriaField }) => string;
  criteriaUnreadable: () => string;
  duplicateCriterion: (p: { name: string }) => string;
  noCriteria: () => string;
  badHandScore: (p: { text: string; criterion: string; max: number }) => string;
  badBonus: (p: { text: string }) => string;
  handScoresDropped: (p: { unit: string; names: string[] }) => string;
  badAsOf: (p: { text: string }) => string;
  duplicateColumn: (p: { name: string; cells: string[] }) => string;
  rowWithoutKey: (p: { row: number }) => string;
  unknownTask: (p: { taskId: string }) => string;
  taskMismatch: (p: { taskId: string; field: string; found: string; expected: string }) => string;
  mergedCell: (p: { range: string }) => string;
  errorValue: (p: { text: string }) => string;
  formulaNoResult: (p: { formula: string }) => string;
  serialAsText: (p: { text: string; date: string }) => string;
  duplicateRows: (p: { taskId: string; unit: string; rows: number[]; fields: string[] }) => string;
  duplicateRowsMerged: (p: {
    taskId: string;
    unit: string;
    rows: number[];
    kept: number;
  }) => string;
  dateOutsideYear: (p: { date: string; year: number; school: boolean }) => string;
  dateAfterAsOf: (p: { date: string; asOf: string }) => string;
  dateWithoutDone: (p: { status: string; date: string }) => string;
  doneWithoutDate: () => string;
  blankDateOverDone: (p: { date: string }) => string;
  blankOverDone: (p: { date: string }) => string;
  rowDeleted: (p: { taskId: string; unit: string; entry: string }) => string;
  archiveRowDeleted: (p: { taskId: string; unit: string; entry: string }) => string;
  archivedEntryRestored: (p: { taskId: string; unit: string; entry: string }) => string;
  unitFileAsBook: (p: { unit: string }) => string;
  planIdentity: (p: { book: string; plan: string }) => string;
  unsealedFile: (p: { unit: string }) => string;
  unverifiableIdentity: (p: { unit: string }) => string;
  forgedIdentity: (p: { unit: string; issuedTo: string }) => string;
  refreshDuplicates: (p: { rows: number[] }) => string;
  extraColumnsIgnored: (p: { names: string }) => string;
  /** A command of the office's asked for by a unit. */
  officeOnly: () => string;
  noUnitForUser: (p: { email: string }) => string;
  otherUnitRows: (p: { units: string; own: string }) => string;
  unknownUser: () => string;
  /** The selection is on another sheet than the command takes rows from. */
  notOnSheet: (p: { sheets: string }) => string;
  /** A command that reads the selection, where the book is a file (no selection). */
  needsSpreadsheet: () => string;
  /** Assigning to a code or group that the directory does not have. */
  unknownTarget: (p: { targets: string }) => string;
  noTargets: () => string;
  /** What a host sent does not have the shape the command takes. */
  badRequest: (p: { detail: string }) => string;
}

/** How `thidua parse` says what became of each row of the task section. */
interface AccountMessages {
  /** "42 rows of 3 task tables read", or "25 lines of the task section read". */
  read: (p: { unit: 'rows' | 'lines'; read: number; tables: number }) => string;
  uses: Record<RowUse, (p: { n: number; unit: 'rows' | 'lines' }) => string>;
  skipped: (p: { n: number; unit: 'rows' | 'lines'; reasons: string }) => string;
  reasons: Record<SkipReason, string>;
}

export interface CliMessages {
  parsed: (p: { periods: number; tasks: number }) => string;
  account: AccountMessages;
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
  /** Consolidation's changes per unit, when the log is too long to print line by line. */
  logUnit: (p: { unit: string; applied: number; conflicts: number; rejected: number }) => string;
  /** The first `shown` of `total` log lines follow; the rest are in the book (and `log`, the --log file). */
  logFirst: (p: { shown: number; total: number }) => string;
  logRest: (p: { more: number; file: string; log?: string }) => string;
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
  reportTable: {
    period: string;
    tasks: string;
    assigned: string;
    done: string;
    late: string;
    overdue: string;
    rate: string;
    total: string;
    rank: string;
    unit: string;
    classification: string;
    due: string;
    doneOfDue: string;
    progress: string;
    score: string;
    proposal: string;
    notRanked: string;
    lists: (p: { overdue: number; late: number }) => string;
  };
  /** Fields and outcomes of the change log, as the log lines name them. */
  fields: {
    status: string;
    doneDate: string;
    evidence: string;
    note: string;
    task: string;
    row: string;
  };
  outcomes: { applied: string; conflict: string; rejected: string; plan: string };
  /** `reason` is the system's error code (ENOSPC, EACCES…), said in words by the catalog. */
  cannotWrite: (p: { file: string; reason: string }) => string;
  backupKept: (p: { file: string; backup: string }) => string;
  replacing: (p: { file: string; why: 'notBook' | 'noEntries' | 'empty' }) => string;
  splitReplacing: (p: { file: string; why: 'noEntries' | 'merged' }) => string;
  /** The command line's help: section titles, and the help option and command. */
  help: { titles: Record<string, string>; option: string; command: string };
  reportWritten: (p: { file: string }) => string;
  reportDocWritten: (p: { file: string }) => string;
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
  /** Assigning units that already have every selected task: nothing to add. */
  alreadyAssigned: (p: { targets: string; tasks: string }) => string;
  marked: (p: { rows: number }) => string;
  consolidated: (p: {
    merged: number;
    refused: number;
    applied: number;
    conflicts: number;
    rejected: number;
  }) => string;
  nothingMerged: () => string;
  unitsSaved: (p: { units: number }) => string;
  split: (p: { files: number }) => string;
  summaryReady: () => string;
  unresolved: (p: { count: number }) => string;
  reportReady: (p: { asOf: string }) => string;
  reportDocReady: (p: { asOf: string }) => string;
  myRowsSelected: (p: { unit: string; rows: number }) => string;
  protectedAgain: () => string;
  /** What marking would write to: the selected rows (as the sheet numbers them) and their units. */
  selectedRows: (p: { rows: number; where: string; units: string }) => string;
}

/** Labels of the panes, shared by the Excel task pane, the Google Sheets sidebar and browser mode. */
/** The one page of both hosts (shared/ui/app.ts): its home, jobs, results and browser-mode book. */
interface AppLabels {
  host: { excel: string; sheets: string; file: string };
  who: { office: string; unit: (p: { units: string }) => string; unitUnknown: string };
  jobsTitle: string;
  jobs: {
    plan: string;
    units: string;
    mark: string;
    merge: string;
    report: string;
    update: string;
    hints: {
      plan: string;
      units: string;
      mark: string;
      merge: string;
      report: string;
      update: string;
    };
    planHint: string;
  };
  back: string;
  cancel: string;
  /** Before a book exists: the office's three steps. */
  guide: {
    title: string;
    planTitle: string;
    plan: string;
    unitsTitle: string;
    units: string;
    shareTitle: string;
    share: { excel: string; sheets: string; file: string };
    start: string;
  };
  /** A unit, before the office has made the book. */
  noBookYet: string;
  work: {
    unitTitle: (p: { units: string }) => string;
    yourUnit: string;
    officeTitle: string;
    asOf: (p: { today: string }) => string;
    rows: string;
    done: string;
    due: string;
    overdue: string;
    late: string;
    listTitle: string;
    columns: { row: string; content: string; deadline: string; status: string };
  };
  plan: { nothing: string };
  merge: { noFiles: string };
  mark: { mine: string; preview: string; confirm: string; write: string };
  units: {
    hint: string;
    load: string;
    fromSheet: string;
    remove: string;
    noMappings: string;
    targets: string;
    targetsPlaceholder: string;
    assignHint: string;
    protectTitle: string;
    protectHint: string;
    protect: string;
  };
  result: { files: string; problems: string; log: string };
  log: {
    unit: string;
    task: string;
    field: string;
    old: string;
    value: string;
    outcome: string;
    outcomes: { applied: string; conflict: string; rejected: string; plan: string };
  };
  files: {
    /** The page's own file buttons (the browser's would follow the browser's language). */
    choose: string;
    chooseMany: string;
    noneChosen: string;
    preparing: string;
    download: (p: { name: string }) => string;
    downloadAll: string;
    opened: (p: { name: string }) => string;
  };
  book: {
    title: string;
    open: string;
    download: string;
    none: string;
    name: (p: { name: string }) => string;
    unsaved: (p: { name: string }) => string;
    opened: (p: { name: string }) => string;
  };
  unexpected: (p: { detail: string }) => string;
}

export interface UiLabels {
  /** The one page (shared/ui/app.ts). */
  app: AppLabels;
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
    /** Before the "selected range" button, in the Excel pane and the Sheets sidebar. */
    fromSelectionHint: string;
    /** The selection's merged cells could not be read: this Excel version, or too many of them. */
    mergesUnknown: string;
    mergesTooMany: string;
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
    /** Marking can also empty the completion date of the selected rows. */
    clearDate: string;
    statusUnchanged: string;
  };
  /** Every date field of the pane and the sidebar: typed and shown dd/mm/yyyy. */
  dates: {
    format: string;
    invalid: (p: { field: string; text: string }) => string;
  };
  merge: { title: string; hint: string; chooseFiles: string; merge: string; logTitle: string };
  report: {
    title: string;
    refresh: string;
    exportSummary: string;
    downloadUnits: string;
    /** The report document (.docx) to download. */
    downloadDoc: string;
    /** The report's figures shown in the page (tables and bar charts). */
    show: string;
    figuresAsOf: (p: { asOf: string }) => string;
    byPeriod: string;
    byUnit: string;
    chartByPeriod: string;
    chartByUnit: string;
    /** The text of a chart for those who cannot see it: every bar and its value. */
    chartDescription: (p: { bars: string }) => string;
    overall: string;
    /** A rate where nothing is assigned. */
    noRate: string;
    columns: {
      period: string;
      tasks: string;
      assigned: string;
      done: string;
      late: string;
      overdue: string;
      rate: string;
      rank: string;
      unit: string;
      classification: string;
      due: string;
      doneOfDue: string;
      progress: string;
      score: string;
      proposal: string;
    };
    /** A bloc's table caption, with its head where there is one. */
    bloc: (p: { name: string; head: string }) => string;
    notRanked: string;
    /** A rate of done of due where nothing is due yet. */
    nothingDue: string;
    chartBloc: (p: { name: string }) => string;
  };
  update: { title: string; hint: string; apply: string };
  mode: { excel: string; sheets: string; browser: string; officeTimeout: string };
  /** Google Sheets: the menu, the sidebar's own controls, and what the server says. */
  sheets: {
    menu: { title: string; open: string; refresh: string; protect: string; myRows: string };
    sidebarTitle: string;
    signedInAs: (p: { email: string }) => string;
    roleOffice: string;
    roleUnit: (p: { unit: string }) => string;
    roleUnknown: string;
    protectTitle: string;
    protectHint: string;
    protect: string;
    unitsFromSheet: string;
    unitsFromSheetHint: string;
    myRows: string;
    confirm: string;
    cancel: string;
    batch: (p: { batch: number; of: number; files: number }) => string;
    busy: string;
    protectedCells: string;
    noEditAccess: string;
    partial: (p: { done: string; failed: string }) => string;
    /** The step after the sheets, as `partial` names it when it failed. */
    protectionsStep: string;
    unexpected: (p: { detail: string }) => string;
    /**
     * google.script.run failed (network, time limit, quota, authorization): the server's answer
     * never came. Said by its kind, in plain words: Apps Script's own English never shows.
     */
    callFailed: (p: { why: CallFailure }) => string;
    /** The server answered with something that is not a command's outcome. */
    badReply: (p: { detail: string }) => string;
    /** A batch of returned files that was not merged, when they go in several. */
    batchFailed: (p: { batch: number; of: number; files: string }) => string;
    protections: (p: { units: number; withoutEmail: number }) => string;
    notShared: (p: { emails: string }) => string;
    filterViews: (p: { count: number }) => string;
    noFilterViews: string;
    stamp: (p: { email: string; at: string }) => string;
    someone: string;
  };
  working: string;
  done: string;
  failed: string;
  /** The status while an action waits for the user to confirm it, and once they decline. */
  confirmNeeded: string;
  cancelled: string;
  missingFeatures: (p: { features: string }) => string;
  /** The one question every host asks before rebuilding over a book that holds entries. */
  confirmReplace: (p: { entries: number }) => string;
  /** Asked before applying a plan whose issuer, year or number is not the book's. */
  confirmOtherPlan: (p: { book: string; plan: string }) => string;
  applyAnyway: string;
  /** Asked before building over sheets of the user's own that bear the book's names. */
  confirmOverwriteSheets: (p: { names: string }) => string;
  /** The answers that go on after confirmReplace and confirmOverwriteSheets. */
  buildAgain: string;
  overwriteSheets: string;
  /** The Excel task pane and its browser mode: its own controls, and what Excel says. */
  excel: {
    jobs: string;
    loading: string;
    or: string;
    planFile: string;
    replace: string;
    cancel: string;
    openBook: string;
    openBookHint: string;
    bookOpen: (p: { name: string }) => string;
    noBookOpen: string;
    downloads: string;
    download: (p: { name: string }) => string;
    downloadAll: string;
    summaryOpened: string;
    loadUnits: string;
    remove: string;
    noPhrases: string;
    targets: string;
    targetsPlaceholder: string;
    assignHint: string;
    /** Browser mode has no selected cells. */
    needsExcel: string;
    /** The browser would not keep the book (storage blocked or full): said once. */
    notKept: string;
    problems: string;
    log: { unit: string; task: string; field: string; old: string; value: string; outcome: string };
    outcomes: { applied: string; conflict: string; rejected: string; plan: string };
    features: {
      validation: string;
      print: string;
      autoFilter: string;
      freeze: string;
      conditionalFormats: string;
      protection: string;
      merges: string;
      hiddenSheets: string;
      columnWidths: string;
      tabColor: string;
      charts: string;
    };
    errors: {
      AccessDenied: string;
      BadPassword: string;
      ApiNotFound: string;
      ItemNotFound: string;
      InvalidSelection: string;
      PayloadTooLarge: string;
      other: (p: { code: string; message: string }) => string;
    };
    partial: (p: { sheets: string }) => string;
    unexpected: (p: { detail: string }) => string;
  };
}

export interface Catalog {
  problems: ProblemMessages;
  cli: CliMessages;
  pane: PaneMessages;
  ui: UiLabels;
  location: (at: Location) => string;
  severity: { error: string; warning: string };
  /** The rest of a group of problems of one kind: "… and 11 more of the same kind: …". */
  grouped: (p: { count: number; places: string; more: number }) => string;
}
