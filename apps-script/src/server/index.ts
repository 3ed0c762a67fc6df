/// <reference types="google-apps-script" />
/**
 * What Apps Script calls, and nothing else. The build turns every member of `serverFunctions`
 * (what the sidebar calls through google.script.run: the one RPC) and of `triggers` (menus and
 * simple triggers) into a top-level `function name() {}`; the sidebar's bridge is typed by
 * `ServerFunctions`, so it cannot call what the server does not have.
 */
import {
  menuProtectUnits,
  menuRefreshReport,
  menuSelectMyRows,
  onInstall,
  onOpen,
  showSidebar,
} from './menu';
import { rpc } from './rpc';
import { stampEdit } from './stamp';

export const serverFunctions = { rpc };

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
