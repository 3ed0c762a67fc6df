/**
 * A strict in-memory Apps Script environment for testing the built Google Sheets bundle:
 * `createAppsScriptFake` makes the services, `loadAppsScriptBundle` runs the bundle against them.
 */
export { createAppsScriptFake } from './fake';
export type {
  AppsScriptFake,
  AppsScriptFakeOptions,
  ProtectionView,
  SheetSeed,
  SheetView,
} from './fake';
export { loadAppsScriptBundle } from './harness';
export type { LoadOptions, LoadedBundle, TriggerEvent } from './harness';
export type {
  AuthMode,
  ButtonName,
  CallCounter,
  DialogRecord,
  FakeState,
  LogRecord,
  MenuEntry,
  MenuRecord,
  ShownHtml,
} from './core';
export { MESSAGES, rowsMismatch, columnsMismatch, sheetNameTaken } from './errors';
