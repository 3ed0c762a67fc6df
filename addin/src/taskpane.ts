/// <reference types="office-js" />
/**
 * The task pane's entry: only wiring. Inside Excel the pane works on the open workbook; opened
 * in a plain browser (Office.onReady gives no host) or where office.js does not load in time, the
 * same page works on .xlsx files instead (browser mode).
 */
import './polyfills';
import { catalog } from '../../shared/i18n';
import { mountApp } from '../../shared/ui/app';
import { langStore, pageStorage } from '../../shared/ui/lang';
import { detectSupport } from './excel/support';
import { indexedDbStore } from './host/book-store';
import { ExcelBridge } from './host/excel-bridge';
import { FileBridge } from './host/file-bridge';

/** How long to wait for Office before working on files instead. */
export const OFFICE_TIMEOUT_MS = 8000;
/**
 * Inside Office (which adds `_host_Info` to the pane's address) a slow first load of office.js
 * is waited for longer: falling back to files there would leave the pane in browser mode.
 */
export const OFFICE_HOSTED_TIMEOUT_MS = 45000;

function hostedByOffice(): boolean {
  return /[?&]_host_Info=/i.test(window.location.search);
}

type Ready = { host: string | null } | 'timeout';

function officeReady(): Promise<Ready> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    return Promise.resolve('timeout');
  }
  return Promise.race([
    Office.onReady().then((info) => ({ host: info?.host ? String(info.host) : null })),
    new Promise<Ready>((resolve) =>
      setTimeout(
        () => resolve('timeout'),
        hostedByOffice() ? OFFICE_HOSTED_TIMEOUT_MS : OFFICE_TIMEOUT_MS,
      ),
    ),
  ]);
}

async function start(): Promise<void> {
  // Vietnamese unless English was chosen here: never Office's or the browser's language
  const loading = document.getElementById('loading');
  if (loading) loading.textContent = catalog(langStore(pageStorage(window)).get()).ui.excel.loading;
  const root = document.getElementById('app') as HTMLElement;
  const ready = await officeReady();
  if (ready !== 'timeout' && ready.host === 'Excel') {
    const support = detectSupport((name, v) => Office.context.requirements.isSetSupported(name, v));
    await mountApp(root, new ExcelBridge(Excel, support));
  } else {
    // browser mode: the book kept in this browser from the last visit, if it kept one; the page
    // asks before closing with changes not downloaded
    const files = await FileBridge.start(indexedDbStore(() => window.indexedDB));
    await mountApp(
      root,
      files,
      ready === 'timeout' ? { modeLine: (ui) => ui.mode.officeTimeout } : {},
    );
  }
  loading?.remove();
  root.hidden = false;
}

// first of all: the page's message for browsers that cannot run this script is not for this one
document.getElementById('old-office')?.remove();
void start();
