/**
 * The one UI on a host in the page (test/ui/page): the page built with esbuild (the lazy readers
 * and the .xlsx renderer in chunks of their own, as a host would load them), served to Chromium
 * from memory, and the scenario table's adapter for it.
 */
import { build } from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import type { User } from '../../shared/app/command';
import { ROOT } from '../helpers/paths';
import type { HostState } from './page/memory-bridge';
import { DISTRICT, type HostAdapter, type HostKind, type Who } from './scenario';

export const ORIGIN = 'http://thidua.test';

export interface TestPage {
  /** File name (under ORIGIN) → content. */
  files: Map<string, { type: string; body: Buffer }>;
  /** Bytes of the first script (with the chunks it imports at once), and of the chunks loaded later. */
  sizes: { first: number; lazy: number };
  /** The chunks the first script imports at once. */
  firstChunks: string[];
}

/** The test page's HTML, scripts and styles. */
export async function buildTestPage(): Promise<TestPage> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'test/ui/page/entry.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    outdir: '/out',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
  });
  const css = ['shared/ui/ui.css', 'shared/ui/app.css']
    .map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8'))
    .join('\n');
  const html =
    '<!doctype html><html lang="vi"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>Sổ Thi Đua</title><style>${css}</style></head>` +
    '<body style="margin:0"><div id="app"></div><script type="module" src="entry.js"></script></body></html>';
  const files = new Map<string, { type: string; body: Buffer }>();
  files.set('index.html', { type: 'text/html; charset=utf-8', body: Buffer.from(html) });
  let first = 0;
  let lazy = 0;
  for (const f of result.outputFiles) {
    const name = path.basename(f.path);
    files.set(name, {
      type: 'application/javascript; charset=utf-8',
      body: Buffer.from(f.contents),
    });
    if (name === 'entry.js') first += f.contents.length;
    else lazy += f.contents.length;
  }
  // the chunks the first script imports statically (and those they import) are part of the
  // first paint too
  const outputs = result.metafile.outputs;
  const firstChunks: string[] = [];
  const entry = Object.keys(outputs).find((k) => path.basename(k) === 'entry.js') as string;
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    for (const imp of outputs[queue.shift() as string]?.imports ?? []) {
      if (imp.kind !== 'import-statement' || seen.has(imp.path)) continue;
      seen.add(imp.path);
      queue.push(imp.path);
      const size = outputs[imp.path]?.bytes ?? 0;
      first += size;
      lazy -= size;
      firstChunks.push(path.basename(imp.path));
    }
  }
  return { files, sizes: { first, lazy }, firstChunks };
}

/** Serves the test page to every page of the context, from memory. */
export async function routeTestPage(context: BrowserContext, built: TestPage): Promise<void> {
  await context.route(`${ORIGIN}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1) || 'index.html';
    const file = built.files.get(name);
    if (!file) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: file.type, body: file.body });
  });
}

const USERS: Record<Who, User> = {
  office: { who: 'office', units: [] },
  district: { who: 'unit', units: [DISTRICT.code], email: DISTRICT.email },
};

interface PageApi {
  start(state: HostState): Promise<void>;
  state(): HostState | null;
  select(sheet: string, rows: number[]): void;
  selectTable(sheet: string, rows: string[][]): void;
  sheet(name: string): unknown[][] | null;
}

async function open(page: Page, state: HostState): Promise<void> {
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() => '__thidua' in window);
  await page.evaluate((s) => (window as unknown as { __thidua: PageApi }).__thidua.start(s), state);
}

async function stateOf(page: Page): Promise<HostState> {
  const s = await page.evaluate(() =>
    (window as unknown as { __thidua: PageApi }).__thidua.state(),
  );
  if (!s) throw new Error('the host in the page was not started');
  return s;
}

/** The adapter of the host in the page: as the Sheets sidebar, or as browser mode. */
export function memoryAdapter(kind: Extract<HostKind, 'sheets' | 'file'>): HostAdapter {
  return {
    kind,
    lacks: {
      storageBlocked:
        'the host in the page keeps no book in the browser: browser mode’s own storage is the pane’s, on the hosts as built',
      serverFails:
        'the host in the page answers in the page: a call failing on the way is the sidebar’s, on the hosts as built',
      excelApi: 'the host in the page is no Excel',
    },
    async start(page, who) {
      await open(page, {
        host: kind,
        sheets: [],
        user: USERS[who],
        bookName: null,
        unsaved: false,
      });
    },
    async become(page, who) {
      const s = await stateOf(page);
      await open(page, { ...s, user: USERS[who] });
    },
    async reload(page) {
      await open(page, await stateOf(page));
    },
    async select(page, sheet, rows) {
      await page.evaluate(
        ([n, r]) => (window as unknown as { __thidua: PageApi }).__thidua.select(n, r),
        [sheet, rows] as [string, number[]],
      );
    },
    async selectTable(page, sheet, rows) {
      await page.evaluate(
        ([n, r]) => (window as unknown as { __thidua: PageApi }).__thidua.selectTable(n, r),
        [sheet, rows] as [string, string[][]],
      );
    },
    async sheet(page, name) {
      return page.evaluate(
        (n) => (window as unknown as { __thidua: PageApi }).__thidua.sheet(n),
        name,
      );
    },
  };
}
