/**
 * The Google Sheets bundle as built (apps-script/build.mjs), loaded into the strict fake; and
 * ways to look at the fake spreadsheet as the core reads a workbook.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { SheetsBridgeOptions, ScriptRun } from '../../apps-script/src/client/bridge';
import { SheetsBridge } from '../../apps-script/src/client/bridge';
import type { Outcome } from '../../shared/app/outcome';
import type { RpcRequest } from '../../shared/app/rpc';
import { GROUP_LABELS } from '../../shared/units/model';
import type { Unit } from '../../shared/units/model';
import { UNIT_HEADERS } from '../../shared/i18n/workbook-vi';
import type { CellValue, SheetGrid } from '../../shared/workbook/spec';
import {
  createAppsScriptFake,
  loadAppsScriptBundle,
  type AppsScriptFake,
  type AppsScriptFakeOptions,
  type LoadedBundle,
} from '../fakes/apps-script';
import { ROOT } from '../helpers/paths';

export interface Built {
  dir: string;
  code: string;
  html: string;
  manifest: { timeZone: string; runtimeVersion: string; oauthScopes: string[] };
  entryPoints: { server: string[]; triggers: string[] };
}

/** Runs the real build into test-output/ (esbuild: about a second). */
export function buildBundle(
  name = `apps-script-dist-${process.env.JEST_WORKER_ID ?? 0}`,
  flags: string[] = [],
): Built {
  const dir = path.join(ROOT, 'test-output', name);
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'apps-script/build.mjs'), '--out', dir, ...flags],
    {
      stdio: 'pipe',
    },
  );
  const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
  return {
    dir,
    code: read('Code.js'),
    html: read('sidebar.html'),
    manifest: JSON.parse(read('appsscript.json')) as Built['manifest'],
    entryPoints: JSON.parse(read('entry-points.json')) as Built['entryPoints'],
  };
}

export const OFFICE = 'vanphong.tinhdoan@gmail.com';

export function load(
  built: Built,
  options: Partial<AppsScriptFakeOptions> = {},
): { fake: AppsScriptFake; bundle: LoadedBundle } {
  const fake = createAppsScriptFake({
    owner: OFFICE,
    sheets: [{ name: 'Trang tính1' }],
    ...options,
  });
  const bundle = loadAppsScriptBundle(built.code, fake, {
    files: { sidebar: built.html },
    timeoutMs: 600_000,
  });
  return { fake, bundle };
}

/**
 * google.script.run for the sidebar's bridge, in Node: the built server's `rpc` called as the
 * client library calls it (JSON both ways, private functions hidden), answered later, a server
 * error to the failure handler. Each request sent is kept in `sent`.
 */
export function scriptRun(bundle: LoadedBundle, sent: RpcRequest[] = []): () => ScriptRun {
  return () => {
    let ok: (value: unknown) => void = () => undefined;
    let fail: (error: unknown) => void = () => undefined;
    const runner: ScriptRun = {
      withSuccessHandler(f) {
        ok = f;
        return runner;
      },
      withFailureHandler(f) {
        fail = f;
        return runner;
      },
      rpc(request) {
        sent.push(JSON.parse(JSON.stringify(request)) as RpcRequest);
        setTimeout(() => {
          let answer: unknown;
          try {
            answer = bundle.callFromClient('rpc', request);
          } catch (e) {
            fail(e);
            return;
          }
          ok(answer);
        }, 0);
      },
    };
    return runner;
  };
}

/** The sidebar's bridge to the built server, as the sidebar makes it. */
export function sidebarBridge(
  bundle: LoadedBundle,
  opts: Omit<SheetsBridgeOptions, 'run'> & { sent?: RpcRequest[] } = {},
): SheetsBridge {
  return new SheetsBridge({ ...opts, run: scriptRun(bundle, opts.sent) });
}

/** An outcome that must be a success: its problems and notes shown when it is not. */
export function expectOk<T>(o: Outcome<T>): Outcome<T> & { data: T } {
  if (!o.ok) throw new Error(JSON.stringify(o, null, 2));
  return o as Outcome<T> & { data: T };
}

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
const VN_MS = 7 * 3_600_000;

/** The fake's sheets as the core reads them (dates as serials in Việt Nam, formulas as ''). */
export function gridsOf(fake: AppsScriptFake): SheetGrid[] {
  return fake.sheetNames().map((name) => {
    const values = fake.sheet(name).values();
    const rows = values.map((row) =>
      row.map((v): CellValue => {
        if (v === '') return null;
        if (v instanceof Date) return (v.getTime() + VN_MS - EPOCH_MS) / DAY_MS;
        return v;
      }),
    );
    const empty = rows.length === 1 && rows[0]!.length === 1 && rows[0]![0] === null;
    return { name, values: empty ? [] : rows };
  });
}

/** The `Đơn vị` sheet's rows for a directory (what the office types there). */
export function unitRows(units: readonly Unit[]): string[][] {
  return [
    [...UNIT_HEADERS],
    ...units.map((u) => [
      u.code,
      u.name,
      GROUP_LABELS[u.group].vi,
      u.emails.join(', '),
      u.aliases.join('; '),
    ]),
  ];
}

/** Selects whole rows (1-based, inclusive) of a sheet, as the user would before an action. */
export function selectRows(fake: AppsScriptFake, sheet: string, first: number, last: number): void {
  const ss = fake._spreadsheet;
  ss.setActiveRange(ss.getRange(`'${sheet}'!A${first}:K${last}`));
}

/** 1-based sheet rows of `Theo dõi` whose unit column holds `unitName`. */
export function rowsOfUnit(fake: AppsScriptFake, unitName: string): number[] {
  const values = fake.sheet('Theo dõi').values();
  const out: number[] = [];
  values.forEach((row, i) => {
    if (i > 0 && row[4] === unitName) out.push(i + 1);
  });
  return out;
}
