/// <reference types="google-apps-script" />
/**
 * The "Thi đua" menu and the sidebar. Menus are in Vietnamese (Apps Script cannot change them per
 * user); the sidebar switches language itself. onOpen makes only Ui calls, which Apps Script
 * allows before the add-on is authorized (AuthMode.NONE). A menu item runs its command as the
 * sidebar does, through the same entry.
 */
import type { RpcRequest } from '../../../shared/app/rpc';
import { vi } from '../../../shared/i18n/vi';
import { serve } from './rpc';

/** True in the Editor add-on build (menus then go under Extensions › Sổ Thi Đua). */
declare const __ADDON__: boolean;

const M = vi.ui.sheets.menu;

export function onOpen(_e?: unknown): void {
  const ui = SpreadsheetApp.getUi();
  const menu = __ADDON__ ? ui.createAddonMenu() : ui.createMenu(M.title);
  menu
    .addItem(M.open, 'showSidebar')
    .addSeparator()
    .addItem(M.refresh, 'menuRefreshReport')
    .addItem(M.myRows, 'menuSelectMyRows')
    .addItem(M.protect, 'menuProtectUnits')
    .addToUi();
}

/** An add-on installed from the Marketplace runs onInstall, not onOpen, the first time. */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(vi.ui.sheets.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Runs a command of the menu; its result as a toast (Vietnamese; details are in the sidebar). */
function run(request: RpcRequest): void {
  const o = serve(request);
  const text = o.ok
    ? [o.message?.vi ?? '', ...o.notes.map((n) => n.vi)]
    : [...o.problems.map((p) => p.vi), ...o.notes.map((n) => n.vi)];
  SpreadsheetApp.getActiveSpreadsheet().toast(
    text.filter(Boolean).join(' '),
    vi.ui.sheets.sidebarTitle,
    10,
  );
}

export function menuRefreshReport(): void {
  run({ command: 'refresh', input: {} });
}

export function menuProtectUnits(): void {
  run({ command: 'protect', input: {} });
}

export function menuSelectMyRows(): void {
  run({ command: 'selectMine', input: {} });
}
