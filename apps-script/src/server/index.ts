/// <reference types="google-apps-script" />
/**
 * What Apps Script calls, and nothing else. The build turns every member of `serverFunctions`
 * (what the sidebar calls through google.script.run) and of `triggers` (menus and simple
 * triggers) into a top-level `function name() {}`; the sidebar's wrapper is typed as
 * `typeof serverFunctions`, so it cannot call what the server does not have.
 */
import {
  applyAmendedPlan,
  applyUnitProtections,
  assignSelected,
  buildFromPlan,
  buildFromSelection,
  consolidateFiles,
  exportSummary,
  getContext,
  listUnresolved,
  markSelected,
  refreshReport,
  saveMappings,
  saveUnitsFromSheet,
  selectMyRows,
  showReport,
  stampEdit,
} from './commands';
import {
  menuProtectUnits,
  menuRefreshReport,
  menuSelectMyRows,
  onInstall,
  onOpen,
  showSidebar,
} from './menu';

export const serverFunctions = {
  getContext,
  buildFromPlan,
  buildFromSelection,
  refreshReport,
  showReport,
  exportSummary,
  applyAmendedPlan,
  saveUnitsFromSheet,
  listUnresolved,
  saveMappings,
  assignSelected,
  markSelected,
  consolidateFiles,
  applyUnitProtections,
  selectMyRows,
};

export type ServerFunctions = typeof serverFunctions;

export const triggers = {
  onOpen,
  onInstall,
  onEdit: stampEdit,
  showSidebar,
  menuRefreshReport,
  menuProtectUnits,
  menuSelectMyRows,
};
