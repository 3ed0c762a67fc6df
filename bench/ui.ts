/**
 * The two front ends as a user receives them: the size of each file (raw and gzipped, as a web
 * server sends it), and the time to first paint (first-contentful-paint) of the Excel pane and of
 * the Sheets sidebar page in Chromium, beside an almost empty page served the same way in the
 * same run, so that a later change can show that neither grows. Each load is a fresh browser
 * context (nothing cached); the pane loads Microsoft's office.js from the @microsoft/office-js
 * package, served locally in place of the CDN, and works in browser mode (outside Office).
 * Beside the first paint: when the page's scripts have run (DOMContentLoaded), and when its
 * controls are shown (the one UI has asked the host who is here: `data-ready` on its root).
 *
 * The one UI writes its words only once the host has answered `context`, so a page whose host
 * never answers never paints any text (no first-contentful-paint at all): the sidebar's
 * google.script.run stand-in answers `context` with the Outcome the built server gives on a new
 * spreadsheet (the office, no book yet: the state the pane is in on a new browser), at once, so
 * that the figures are the page's own cost; in Sheets the server's round trip comes on top.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gzipSync } from 'zlib';
import type { Browser } from 'playwright-core';
import { buildAddin } from '../test/addin/helpers/build';
import { OFFICE_JS_DIST, OFFICE_JS_MOUNT, routeOfficeJs } from '../test/addin/helpers/office-js';
import { serve, type Served } from '../test/addin/helpers/serve';
import { buildBundle, load as loadServer } from '../test/apps-script/helpers';
import { CHROMIUM, launchChromium } from '../test/helpers/chromium';
import { line } from './lib';

/** Loads of each page; medians of these (BENCH_UI_LOADS=3 for a quick look). */
const LOADS = Number(process.env.BENCH_UI_LOADS ?? 9);

/** The baseline: a page with one line of text, served by the same server. */
const EMPTY_PAGE =
  '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Sổ Thi Đua</title></head>' +
  '<body><p>…</p></body></html>';

/** Longest wait for a page's first paint or its controls; a page past it is a fault of the bench. */
const WAIT_MS = 30_000;

/**
 * google.script.run as far as the sidebar needs it to start: `rpc({ command: 'context' })`
 * answered (asynchronously, as the real one answers) with `context`, the server's own Outcome;
 * any other call fails, as nothing else is asked before the controls are shown.
 */
function scriptRunStandIn(context: unknown): string {
  const answer = JSON.stringify(context).replace(/</g, '\\u003c');
  return `<script>(function(){var answer=${answer};
function runner(ok,fail){return{
withSuccessHandler:function(f){return runner(f,fail);},
withFailureHandler:function(f){return runner(ok,f);},
rpc:function(r){setTimeout(function(){
if(r&&r.command==='context'){if(ok)ok(JSON.parse(JSON.stringify(answer)));}
else if(fail)fail(new Error('the bench answers only context'));},0);}};}
window.google={script:{run:runner(null,null)}};})();</script>`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Where a module belongs: its package, or its folder of shared/ (a host's folder otherwise). */
function partOf(file: string): string {
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return pkg[1] as string;
  const parts = file.split('/');
  return parts.slice(0, parts[0] === 'shared' ? 2 : 3).join('/');
}

/** The sidebar's script by package and folder: what each adds to it (esbuild's metafile). */
function sidebarParts(metafile: string): void {
  const meta = JSON.parse(fs.readFileSync(metafile, 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
  };
  const bytes = new Map<string, number>();
  for (const out of Object.values(meta.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(out.inputs)) {
      bytes.set(partOf(file), (bytes.get(partOf(file)) ?? 0) + bytesInOutput);
    }
  }
  const parts = [...bytes].sort((a, b) => b[1] - a[1]);
  const shown = parts.slice(0, 12);
  const rest = parts.slice(12).reduce((n, [, b]) => n + b, 0);
  line("the sidebar's script by part (minified, before gzip):");
  for (const [name, b] of shown) line(`  ${name.padEnd(48)} ${kb(b).padStart(10)}`);
  line(`  ${`${parts.length - shown.length} other parts`.padEnd(48)} ${kb(rest).padStart(10)}`);
}

interface Load {
  /** first-contentful-paint, ms from the start of navigation. */
  paint: number;
  /** DOMContentLoaded handled: the page's own scripts have run, ms. */
  scripts: number;
  /** The one UI's controls shown (it has asked the host who is here), ms; NaN for the baseline. */
  ready: number;
}

async function load(browser: Browser, served: Served, page: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 420, height: 800 } });
  try {
    const tab = await context.newPage();
    await routeOfficeJs(tab, served.url);
    await tab.addInitScript(() => {
      const w = window as unknown as { __readyAt?: number };
      new MutationObserver(() => {
        const app = document.getElementById('app');
        // the one UI says it is ready once it has asked the host who is here; the pane shows
        // its root (hidden until then) in the same turn
        const shown = app !== null && app.dataset.ready === 'true' && !app.hidden;
        if (shown && w.__readyAt === undefined) w.__readyAt = performance.now();
      }).observe(document, {
        subtree: true,
        attributes: true,
        attributeFilter: ['hidden', 'data-ready'],
      });
    });
    await tab.goto(`${served.url}${page}`, { waitUntil: 'load', timeout: WAIT_MS });
    if (page !== 'empty.html') {
      await tab.waitForSelector('#app[data-ready="true"]:not([hidden])', { timeout: WAIT_MS });
    }
    return await tab.evaluate(
      (waitMs) =>
        new Promise<Load>((resolve, reject) => {
          const ready = (window as unknown as { __readyAt?: number }).__readyAt ?? NaN;
          const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
          const scripts = nav?.domContentLoadedEventEnd ?? NaN;
          // a page that paints no text has no first-contentful-paint: say so, never hang
          setTimeout(() => reject(new Error(`no first-contentful-paint in ${waitMs} ms`)), waitMs);
          new PerformanceObserver((list) => {
            const fcp = list.getEntriesByName('first-contentful-paint')[0];
            if (fcp) resolve({ paint: fcp.startTime, scripts, ready });
          }).observe({ type: 'paint', buffered: true });
        }),
      WAIT_MS,
    );
  } catch (e) {
    throw new Error(`${page}: ${(e as Error).message}`);
  } finally {
    await context.close();
  }
}

export async function benchUi(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-ui-'));
  const pane = path.join(root, 'pane');
  await buildAddin(pane);
  const gas = buildBundle('bench-ui-apps-script', ['--metafile']);
  // what the built server answers the sidebar's first call with, on a new spreadsheet
  const context = loadServer(gas).bundle.callFromClient('rpc', { command: 'context', input: {} });
  fs.mkdirSync(path.join(root, 'sidebar'));
  fs.writeFileSync(
    path.join(root, 'sidebar/sidebar.html'),
    gas.html.replace('<head>', () => `<head>${scriptRunStandIn(context)}`),
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
  sidebarParts(path.join(gas.dir, 'sidebar.meta.json'));

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
    'the Sheets sidebar page (server answered at once)': 'sidebar/sidebar.html',
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
  const baseline = loads.get('an almost empty page (baseline)')!;
  const basePaint = median(baseline.map((l) => l.paint));
  const baseScripts = median(baseline.map((l) => l.scripts));
  // each figure beside the baseline's: its first paint for paint and controls, its scripts run
  const ms = (v: number, base: number) =>
    `${v.toFixed(0).padStart(5)} ms ×${(v / base).toFixed(2).padEnd(5)}`;
  for (const [name, ls] of loads) {
    const ready = median(ls.map((l) => l.ready));
    line(
      (
        `${name.padEnd(50)} first paint ${ms(median(ls.map((l) => l.paint)), basePaint)}` +
        `  scripts run ${ms(median(ls.map((l) => l.scripts)), baseScripts)}` +
        (Number.isNaN(ready) ? '' : `  controls shown ${ms(ready, basePaint)}`)
      ).trimEnd(),
    );
  }
  fs.rmSync(root, { recursive: true, force: true });
}
