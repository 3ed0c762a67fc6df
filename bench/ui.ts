/**
 * The two front ends as a user receives them: the size of each file (raw and gzipped, as a web
 * server sends it), and the time to first paint (first-contentful-paint) of the Excel pane and of
 * the Sheets sidebar page in Chromium, beside an almost empty page served the same way in the
 * same run, so that a later change can show that neither grows. Each load is a fresh browser
 * context (nothing cached); the pane loads Microsoft's office.js from the @microsoft/office-js
 * package, served locally in place of the CDN, and works in browser mode (outside Office).
 * Beside the first paint: when the page's scripts have run (DOMContentLoaded), and for the pane
 * when its controls are shown (its script evaluated and Office answered).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gzipSync } from 'zlib';
import type { Browser } from 'playwright-core';
import { buildAddin } from '../test/addin/helpers/build';
import { OFFICE_JS_DIST, OFFICE_JS_MOUNT, routeOfficeJs } from '../test/addin/helpers/office-js';
import { serve, type Served } from '../test/addin/helpers/serve';
import { buildBundle } from '../test/apps-script/helpers';
import { CHROMIUM, launchChromium } from '../test/helpers/chromium';
import { line } from './lib';

/** Loads of each page; medians of these. */
const LOADS = 9;

/** The baseline: a page with one line of text, served by the same server. */
const EMPTY_PAGE =
  '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Sổ Thi Đua</title></head>' +
  '<body><p>…</p></body></html>';

/** google.script.run as far as the sidebar needs it to start: calls that are never answered. */
const SCRIPT_RUN_STAND_IN =
  '<script>window.google={script:{run:new Proxy({},{get:function(t,n){' +
  "return n.indexOf('with')===0?function(){return window.google.script.run;}:function(){};}})}};" +
  '</script>';

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

interface Load {
  /** first-contentful-paint, ms from the start of navigation. */
  paint: number;
  /** DOMContentLoaded handled: the page's own scripts have run, ms. */
  scripts: number;
  /** The pane's controls shown (its script ran and Office answered), ms; NaN for other pages. */
  ready: number;
}

async function load(browser: Browser, served: Served, page: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 420, height: 800 } });
  const tab = await context.newPage();
  await routeOfficeJs(tab, served.url);
  await tab.addInitScript(() => {
    const w = window as unknown as { __readyAt?: number };
    new MutationObserver(() => {
      const app = document.getElementById('app');
      if (app && !app.hidden && w.__readyAt === undefined) w.__readyAt = performance.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
  });
  await tab.goto(`${served.url}${page}`, { waitUntil: 'load' });
  if (page.startsWith('pane/')) await tab.waitForSelector('#app:not([hidden])');
  const measured = await tab.evaluate(
    () =>
      new Promise<Load>((resolve) => {
        const ready = (window as unknown as { __readyAt?: number }).__readyAt ?? NaN;
        const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        const scripts = nav?.domContentLoadedEventEnd ?? NaN;
        new PerformanceObserver((list) => {
          const fcp = list.getEntriesByName('first-contentful-paint')[0];
          if (fcp) resolve({ paint: fcp.startTime, scripts, ready });
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  await context.close();
  return measured;
}

export async function benchUi(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-ui-'));
  const pane = path.join(root, 'pane');
  await buildAddin(pane);
  const gas = buildBundle('bench-ui-apps-script');
  fs.mkdirSync(path.join(root, 'sidebar'));
  fs.writeFileSync(
    path.join(root, 'sidebar/sidebar.html'),
    gas.html.replace('<head>', `<head>${SCRIPT_RUN_STAND_IN}`),
  );
  fs.writeFileSync(path.join(root, 'empty.html'), EMPTY_PAGE);

  process.stdout.write(
    '\nThe front ends as delivered (production builds; gzip as a server sends)\n',
  );
  const files: [string, string][] = [
    ['pane taskpane.js', path.join(pane, 'taskpane.js')],
    ['pane taskpane.css', path.join(pane, 'taskpane.css')],
    ['pane taskpane.html', path.join(pane, 'taskpane.html')],
    ['sidebar sidebar.html (script and style inlined)', path.join(gas.dir, 'sidebar.html')],
    ['Apps Script Code.js', path.join(gas.dir, 'Code.js')],
  ];
  for (const [name, file] of files) {
    const bytes = fs.readFileSync(file);
    line(
      `${name.padEnd(50)} ${kb(bytes.length).padStart(10)} raw  ${kb(gzipSync(bytes).length).padStart(9)} gzipped`,
    );
  }
  // the parts of the pane it loads when a file is first read or written (exceljs, mammoth)
  const later = fs
    .readdirSync(pane)
    .filter((f) => f.endsWith('.js') && f !== 'taskpane.js' && f !== 'commands.js')
    .map((f) => fs.readFileSync(path.join(pane, f)));
  const laterBytes = later.reduce((n, b) => n + b.length, 0);
  const laterGzip = later.reduce((n, b) => n + gzipSync(b).length, 0);
  line(
    `${`pane, loaded with the first file (${later.length} parts)`.padEnd(50)} ${kb(laterBytes).padStart(10)} raw  ${kb(laterGzip).padStart(9)} gzipped`,
  );
  const maps = fs.readdirSync(pane, { recursive: true, encoding: 'utf8' });
  line(`source maps in the pane's dist/: ${maps.filter((f) => f.endsWith('.map')).length}`);

  process.stdout.write(
    `\nTime to first paint in Chromium (first-contentful-paint; median of ${LOADS} cold loads)\n`,
  );
  if (!fs.existsSync(CHROMIUM)) {
    line(`skipped: install chromium (no browser at ${CHROMIUM})`);
    return;
  }
  const served = await serve(root, { [OFFICE_JS_MOUNT]: OFFICE_JS_DIST });
  const browser = await launchChromium();
  const pages = {
    'an almost empty page (baseline)': 'empty.html',
    'the Excel pane, browser mode, with office.js': 'pane/taskpane.html',
    'the Sheets sidebar page': 'sidebar/sidebar.html',
  };
  const loads = new Map<string, Load[]>(Object.keys(pages).map((k) => [k, []]));
  try {
    // one warm-up load each, then rounds in turn so that the machine's load falls on all alike
    for (const url of Object.values(pages)) await load(browser, served, url);
    for (let i = 0; i < LOADS; i++) {
      for (const [name, url] of Object.entries(pages)) {
        loads.get(name)!.push(await load(browser, served, url));
      }
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const base = median(loads.get('an almost empty page (baseline)')!.map((l) => l.paint));
  for (const [name, ls] of loads) {
    const paint = median(ls.map((l) => l.paint));
    const scripts = median(ls.map((l) => l.scripts));
    const ready = median(ls.map((l) => l.ready));
    line(
      `${name.padEnd(46)} first paint ${paint.toFixed(0).padStart(5)} ms ×${(paint / base).toFixed(2)}` +
        `   scripts run ${scripts.toFixed(0).padStart(5)} ms` +
        (Number.isNaN(ready) ? '' : `   controls shown ${ready.toFixed(0)} ms`),
    );
  }
  fs.rmSync(root, { recursive: true, force: true });
}
