/**
 * The Google Sheets sidebar's entry: the one UI (shared/ui) on the bridge to the server's one
 * RPC. Files are read here, in the browser; the server gets plain JSON and draws the result.
 */
import { catalog } from '../../../shared/i18n';
import { mountApp, type MountedApp } from '../../../shared/ui/app';
import { SheetsBridge } from './bridge';

let app: MountedApp | null = null;

const bridge = new SheetsBridge({
  // a merge of many returned files goes in several calls: say which one is under way
  onBatch: (p) => {
    const status = document.getElementById('status-text');
    if (status && app) status.textContent = catalog(app.lang()).ui.sheets.batch(p);
  },
});

void mountApp(document.getElementById('app') as HTMLElement, bridge).then((mounted) => {
  app = mounted;
});
