/// <reference types="google-apps-script" />
/**
 * The "Thi đua" menu and the sidebar. Menus are in Vietnamese (Apps Script cannot change them per
 * user); the sidebar switches language itself. onOpen makes only Ui calls, which Apps Script
 * allows before the add-on is authorized (AuthMode.NONE).
 */
import { vi } from '../../../shared/i18n/vi';
import type { Reply } from './commands';
import { applyUnitProtections, refreshReport, selectMyRows } from './commands';

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

/** A menu command's result as a toast (Vietnamese; details are in the sidebar). */
function report<T>(reply: Reply<T>): void {
  const text = reply.ok
    ? [reply.message.vi, ...reply.notes.map((n) => n.vi)].join(' ')
    : [...reply.errors.map((m) => m.vi), ...reply.problems.map((p) => p.vi)].join(' ');
  SpreadsheetApp.getActiveSpreadsheet().toast(text, vi.ui.sheets.sidebarTitle, 10);
}

export function menuRefreshReport(): void {
  report(refreshReport({}));
}

export function menuProtectUnits(): void {
  report(applyUnitProtections());
}

export function menuSelectMyRows(): void {
  report(selectMyRows());
}
