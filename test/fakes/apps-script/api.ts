/// <reference types="google-apps-script" />
/**
 * The Apps Script fake's classes checked against @types/google-apps-script: each is paired with
 * the real class it stands for, and `APPS_SCRIPT_SURFACE` lists the members the product uses of
 * each (kept equal to the product's own calls by test/fakes/surface.test.ts). A fake class
 * `implements AppsScriptView<'GoogleAppsScript.Spreadsheet.Range'>` (see ../typed.ts).
 */
import type { Surface, TwinView } from '../typed';
import type {
  HtmlOutput,
  HtmlService,
  Lock,
  LockService,
  Menu,
  Properties,
  PropertiesService,
  Session,
  SpreadsheetApp,
  Ui,
  Utilities,
} from './services';
import type { EmbeddedChart, EmbeddedChartBuilder } from './charts';
import type { RangeList } from './range-list';
import type { TextStyle, TextStyleBuilder } from './text-style';
import type {
  ConditionalFormatRule,
  ConditionalFormatRuleBuilder,
  DataValidation,
  DataValidationBuilder,
  Filter,
  Protection,
  ProtectionType,
  Range,
  Sheet,
  Spreadsheet,
  User,
} from './spreadsheet';

/** Each real class (by its qualified name) and the fake that stands for it. */
export interface AppsScriptTwins {
  'GoogleAppsScript.Base.Menu': [GoogleAppsScript.Base.Menu, Menu];
  'GoogleAppsScript.Base.Session': [GoogleAppsScript.Base.Session, Session];
  'GoogleAppsScript.Base.Ui': [GoogleAppsScript.Base.Ui, Ui];
  'GoogleAppsScript.Base.User': [GoogleAppsScript.Base.User, User];
  'GoogleAppsScript.HTML.HtmlOutput': [GoogleAppsScript.HTML.HtmlOutput, HtmlOutput];
  'GoogleAppsScript.HTML.HtmlService': [GoogleAppsScript.HTML.HtmlService, HtmlService];
  'GoogleAppsScript.Lock.Lock': [GoogleAppsScript.Lock.Lock, Lock];
  'GoogleAppsScript.Lock.LockService': [GoogleAppsScript.Lock.LockService, LockService];
  'GoogleAppsScript.Properties.Properties': [GoogleAppsScript.Properties.Properties, Properties];
  'GoogleAppsScript.Properties.PropertiesService': [
    GoogleAppsScript.Properties.PropertiesService,
    PropertiesService,
  ];
  'GoogleAppsScript.Spreadsheet.ConditionalFormatRule': [
    GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
    ConditionalFormatRule,
  ];
  'GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder': [
    GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
    ConditionalFormatRuleBuilder,
  ];
  'GoogleAppsScript.Spreadsheet.DataValidation': [
    GoogleAppsScript.Spreadsheet.DataValidation,
    DataValidation,
  ];
  'GoogleAppsScript.Spreadsheet.DataValidationBuilder': [
    GoogleAppsScript.Spreadsheet.DataValidationBuilder,
    DataValidationBuilder,
  ];
  'GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder': [
    GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder,
    EmbeddedChartBuilder,
  ];
  'GoogleAppsScript.Spreadsheet.EmbeddedChart': [
    GoogleAppsScript.Spreadsheet.EmbeddedChart,
    EmbeddedChart,
  ];
  'GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder': [
    GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
    EmbeddedChartBuilder,
  ];
  'GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder': [
    GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder,
    EmbeddedChartBuilder,
  ];
  'GoogleAppsScript.Spreadsheet.Filter': [GoogleAppsScript.Spreadsheet.Filter, Filter];
  'GoogleAppsScript.Spreadsheet.Protection': [GoogleAppsScript.Spreadsheet.Protection, Protection];
  'GoogleAppsScript.Spreadsheet.ProtectionType': [
    typeof GoogleAppsScript.Spreadsheet.ProtectionType,
    typeof ProtectionType,
  ];
  // the enum's values are objects named by their key at run time; the fake uses the names
  'GoogleAppsScript.Spreadsheet.ProtectionType.RANGE': [
    GoogleAppsScript.Spreadsheet.ProtectionType.RANGE,
    'RANGE',
  ];
  'GoogleAppsScript.Spreadsheet.ProtectionType.SHEET': [
    GoogleAppsScript.Spreadsheet.ProtectionType.SHEET,
    'SHEET',
  ];
  'GoogleAppsScript.Spreadsheet.Range': [GoogleAppsScript.Spreadsheet.Range, Range];
  'GoogleAppsScript.Spreadsheet.RangeList': [GoogleAppsScript.Spreadsheet.RangeList, RangeList];
  'GoogleAppsScript.Spreadsheet.TextStyle': [GoogleAppsScript.Spreadsheet.TextStyle, TextStyle];
  'GoogleAppsScript.Spreadsheet.TextStyleBuilder': [
    GoogleAppsScript.Spreadsheet.TextStyleBuilder,
    TextStyleBuilder,
  ];
  'GoogleAppsScript.Spreadsheet.Sheet': [GoogleAppsScript.Spreadsheet.Sheet, Sheet];
  'GoogleAppsScript.Spreadsheet.Spreadsheet': [
    GoogleAppsScript.Spreadsheet.Spreadsheet,
    Spreadsheet,
  ];
  'GoogleAppsScript.Spreadsheet.SpreadsheetApp': [
    GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    SpreadsheetApp,
  ];
  'GoogleAppsScript.Utilities.Utilities': [GoogleAppsScript.Utilities.Utilities, Utilities];
}

/** What the product uses of each: test/fakes/surface.test.ts keeps it equal to the product's calls. */
export const APPS_SCRIPT_SURFACE = {
  'GoogleAppsScript.Base.Menu': ['addItem', 'addSeparator', 'addToUi'],
  'GoogleAppsScript.Base.Session': ['getActiveUser', 'getEffectiveUser', 'getScriptTimeZone'],
  'GoogleAppsScript.Base.Ui': ['createAddonMenu', 'createMenu', 'showSidebar'],
  'GoogleAppsScript.Base.User': ['getEmail'],
  'GoogleAppsScript.HTML.HtmlOutput': ['setTitle'],
  'GoogleAppsScript.HTML.HtmlService': ['createHtmlOutputFromFile'],
  'GoogleAppsScript.Lock.Lock': ['releaseLock', 'tryLock'],
  'GoogleAppsScript.Lock.LockService': ['getDocumentLock'],
  'GoogleAppsScript.Properties.Properties': ['getProperty', 'setProperty'],
  'GoogleAppsScript.Properties.PropertiesService': ['getDocumentProperties'],
  'GoogleAppsScript.Spreadsheet.ConditionalFormatRule': [],
  'GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder': [
    'build',
    'setBackground',
    'setFontColor',
    'setRanges',
    'whenTextEqualTo',
  ],
  'GoogleAppsScript.Spreadsheet.DataValidation': [],
  'GoogleAppsScript.Spreadsheet.DataValidationBuilder': [
    'build',
    'requireDate',
    'requireValueInList',
    'setAllowInvalid',
    'setHelpText',
  ],
  'GoogleAppsScript.Spreadsheet.Filter': ['remove'],
  'GoogleAppsScript.Spreadsheet.Protection': [
    'addEditors',
    'canDomainEdit',
    'canEdit',
    'remove',
    'removeEditors',
    'setDescription',
    'setDomainEdit',
    'setUnprotectedRanges',
  ],
  'GoogleAppsScript.Spreadsheet.ProtectionType': ['RANGE', 'SHEET'],
  'GoogleAppsScript.Spreadsheet.ProtectionType.RANGE': [],
  'GoogleAppsScript.Spreadsheet.ProtectionType.SHEET': [],
  'GoogleAppsScript.Spreadsheet.Range': [
    'activate',
    'breakApart',
    'clear',
    'createFilter',
    'getColumn',
    'getMergedRanges',
    'getNotes',
    'getNumColumns',
    'getNumRows',
    'getNumberFormats',
    'getRow',
    'getSheet',
    'getValues',
    'merge',
    'mergeAcross',
    'protect',
    'setBackgrounds',
    'setBorder',
    'setDataValidation',
    'setHorizontalAlignments',
    'setNotes',
    'setTextStyles',
    'setValue',
    'setValues',
    'setVerticalAlignments',
    'setWraps',
  ],
  'GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder': ['addRange'],
  'GoogleAppsScript.Spreadsheet.EmbeddedChart': [],
  'GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder': [
    'addRange',
    'asBarChart',
    'asColumnChart',
    'build',
    'setOption',
    'setPosition',
  ],
  'GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder': ['addRange'],
  'GoogleAppsScript.Spreadsheet.RangeList': [
    'setBackground',
    'setBorder',
    'setHorizontalAlignment',
    'setNumberFormat',
    'setVerticalAlignment',
    'setWrap',
  ],
  'GoogleAppsScript.Spreadsheet.TextStyle': [],
  'GoogleAppsScript.Spreadsheet.TextStyleBuilder': [
    'build',
    'setBold',
    'setFontFamily',
    'setFontSize',
    'setForegroundColor',
    'setItalic',
  ],
  'GoogleAppsScript.Spreadsheet.Sheet': [
    'deleteColumns',
    'deleteRows',
    'getCharts',
    'getDataRange',
    'getFilter',
    'getLastColumn',
    'getLastRow',
    'getMaxColumns',
    'getMaxRows',
    'getName',
    'getProtections',
    'getRange',
    'getRangeList',
    'hideSheet',
    'insertChart',
    'insertColumnsAfter',
    'insertRowsAfter',
    'isRowHiddenByFilter',
    'isRowHiddenByUser',
    'isSheetHidden',
    'newChart',
    'protect',
    'removeChart',
    'setColumnWidths',
    'setConditionalFormatRules',
    'setFrozenColumns',
    'setFrozenRows',
    'setRowHeights',
    'setTabColor',
    'showSheet',
  ],
  'GoogleAppsScript.Spreadsheet.Spreadsheet': [
    'deleteSheet',
    'getActiveRange',
    'getActiveSheet',
    'getEditors',
    'getId',
    'getSheetByName',
    'getSheets',
    'getSpreadsheetLocale',
    'getSpreadsheetTimeZone',
    'insertSheet',
    'toast',
  ],
  'GoogleAppsScript.Spreadsheet.SpreadsheetApp': [
    'ProtectionType',
    'flush',
    'getActiveSpreadsheet',
    'getUi',
    'newConditionalFormatRule',
    'newDataValidation',
    'newTextStyle',
  ],
  'GoogleAppsScript.Utilities.Utilities': ['formatDate', 'getUuid'],
} as const satisfies Surface<AppsScriptTwins>;

/** What the fake of the real class `K` must provide. */
export type AppsScriptView<K extends keyof AppsScriptTwins> = TwinView<
  AppsScriptTwins,
  typeof APPS_SCRIPT_SURFACE,
  K
>;
