/**
 * Runs a built Apps Script bundle as Apps Script would: in a fresh V8 context holding only the
 * language's built-ins and the fake's services (no require, process, module, setTimeout), with
 * the script's time zone as local time, the whole file evaluated again before every execution
 * (so state kept in globals does not survive from one call to the next), entry points limited to
 * top-level function declarations, and google.script.run's rules for calls from the sidebar.
 */
import vm from 'node:vm';
import type { Realm } from './boundary';
import type { AuthMode } from './core';
import type { AppsScriptFake } from './fake';
import { User } from './spreadsheet';
import { ZONED_DATE_SOURCE } from './zoned-date';

export interface LoadOptions {
  /** HTML files of the project (the built sidebar), by name. */
  files?: Record<string, string>;
  /** Shown in stack traces. */
  filename?: string;
  /**
   * Evaluate the file again in a new context for every execution, as Apps Script does.
   * Default true; false keeps one context (globals then persist between calls).
   */
  freshContextPerCall?: boolean;
  /** Milliseconds before a run is stopped (Apps Script stops a run after 6 minutes). */
  timeoutMs?: number;
  /** The script's clock (ms since 1970), where a test needs a day of its own; the real one by default. */
  now?: () => number;
}

export interface TriggerEvent {
  authMode?: AuthMode;
  [key: string]: unknown;
}

export interface LoadedBundle {
  /** The context of the latest execution. */
  readonly context: vm.Context;
  /** Top-level function declarations: what a menu, trigger or google.script.run may call. */
  readonly entryPoints: string[];
  /** Runs a function as a menu item or the editor's Run button does (AuthMode.FULL). */
  call(fnName: string, ...args: unknown[]): unknown;
  /**
   * Runs a simple trigger (onOpen, onEdit, onInstall…) with its event object; authMode defaults
   * to LIMITED (a bound script's simple trigger), FULL for onInstall.
   */
  trigger(fnName: string, event?: TriggerEvent): unknown;
  /**
   * Calls a function as google.script.run does from the sidebar: private functions (ending in
   * "_") do not exist on the client, arguments and the result must be JSON-like (no Date, no
   * function), and what comes back is a copy.
   */
  callFromClient(fnName: string, ...args: unknown[]): unknown;
  /** Runs the function behind a menu item the script added, by caption ("Thi đua > Mở"). */
  clickMenu(path: string): unknown;
}

const CALL_SLOT = '__appsScriptFakeCall__';

/** Loads `code` (one bundled script file) against `fake`. The first evaluation happens now. */
export function loadAppsScriptBundle(
  code: string,
  fake: AppsScriptFake,
  opts: LoadOptions = {},
): LoadedBundle {
  const core = fake._core;
  if (opts.files) fake.addFiles(opts.files);
  const filename = opts.filename ?? 'Code.gs';
  const timeout = opts.timeoutMs ?? 30_000;
  const fresh = opts.freshContextPerCall ?? true;
  const script = new vm.Script(code, { filename });

  let context: vm.Context | null = null;
  let realm: Realm | null = null;

  const newContext = (authMode: AuthMode): vm.Context => {
    const ctx = vm.createContext({}, { name: `Apps Script (${filename})` });
    const zoned = (vm.runInContext(ZONED_DATE_SOURCE, ctx) as (tz: string) => DateConstructor)(
      core.scriptTimeZone,
    );
    if (opts.now) (zoned as { now: () => number }).now = opts.now;
    Object.defineProperty(ctx, 'Date', { value: zoned, writable: true, configurable: true });
    const intrinsics = vm.runInContext('({ Error: Error, Array: Array, Object: Object })', ctx) as {
      Error: ErrorConstructor;
      Array: ArrayConstructor;
      Object: ObjectConstructor;
    };
    realm = {
      Date: zoned,
      Error: intrinsics.Error,
      Array: intrinsics.Array,
      Object: intrinsics.Object,
      compile: (params, body) =>
        vm.runInContext(`(function (${params.join(', ')}) {\n${body}\n})`, ctx, {
          timeout,
        }) as (...args: unknown[]) => unknown,
    };
    for (const [name, value] of Object.entries(fake.globals)) {
      Object.defineProperty(ctx, name, { value, writable: true, configurable: true });
    }
    core.beginExecution(authMode, 'load', realm);
    try {
      script.runInContext(ctx, { timeout });
    } finally {
      core.execution = { authMode, phase: 'run' };
    }
    context = ctx;
    return ctx;
  };

  const declared = topLevelFunctions(code, filename);
  const entryPoints = (): string[] => declared;

  const execute = (
    fnName: string,
    authMode: AuthMode,
    makeArgs: (ctx: vm.Context) => unknown[],
  ) => {
    try {
      const ctx = fresh || context === null ? newContext(authMode) : context;
      if (!fresh) core.beginExecution(authMode, 'run', realm!);
      if (!entryPoints().includes(fnName)) {
        throw new Error(`Script function not found: ${fnName}`);
      }
      Object.defineProperty(ctx, CALL_SLOT, {
        value: makeArgs(ctx),
        writable: true,
        configurable: true,
      });
      try {
        return vm.runInContext(`${fnName}.apply(undefined, globalThis.${CALL_SLOT})`, ctx, {
          timeout,
        }) as unknown;
      } finally {
        delete (ctx as Record<string, unknown>)[CALL_SLOT];
      }
    } catch (e) {
      throw toHostError(e);
    } finally {
      core.endExecution();
    }
  };

  // The first evaluation: what Apps Script does before any entry point runs.
  try {
    newContext('FULL');
  } finally {
    core.endExecution();
  }

  const bundle: LoadedBundle = {
    get context() {
      return context!;
    },
    get entryPoints() {
      return entryPoints();
    },
    call(fnName, ...args) {
      return execute(fnName, 'FULL', () => args.map((a) => core.boundary.toScript(a)));
    },
    trigger(fnName, event = {}) {
      const authMode = event.authMode ?? (fnName === 'onInstall' ? 'FULL' : 'LIMITED');
      return execute(fnName, authMode, (ctx) => {
        const e = vm.runInContext('({})', ctx) as Record<string, unknown>;
        e.authMode = authMode;
        // The runtime fills the event in: not a call the script made.
        if (authMode !== 'NONE') {
          e.source = core.boundary.wrap(fake._spreadsheet);
          e.user = core.boundary.wrap(new User(core.visibleActiveUser()));
        }
        for (const [k, v] of Object.entries(event)) if (k !== 'authMode') e[k] = v;
        return [e];
      });
    },
    callFromClient(fnName, ...args) {
      if (fnName.endsWith('_') || !entryPoints().includes(fnName)) {
        throw new TypeError(`google.script.run.${fnName} is not a function`);
      }
      args.forEach((a, i) => checkTransferable(a, String(i)));
      const json = JSON.stringify(args.map((a) => (a === undefined ? null : a)));
      let result: unknown;
      try {
        result = execute(
          fnName,
          'FULL',
          (ctx) => (vm.runInContext('JSON', ctx) as JSON).parse(json) as unknown[],
        );
      } catch (e) {
        // The failure handler gets an Error carrying the server's message.
        const err = new Error(isErrorLike(e) ? String((e as Error).message) : String(e));
        err.name = isErrorLike(e) ? String((e as Error).name) : 'Error';
        throw err;
      }
      const where = illegalReturn(result, '');
      if (where !== null) {
        throw new Error(
          `Failed due to illegal value in property: ${where || '(return value)'} ` +
            `(${fnName} returned it; google.script.run would hand the success handler null)`,
        );
      }
      return result === undefined ? null : (JSON.parse(JSON.stringify(result)) as unknown);
    },
    clickMenu(path) {
      const [top, ...rest] = path.split('>').map((s) => s.trim());
      const menu = fake.state.menus.find((m) => m.caption === top);
      if (!menu) throw new Error(`No menu ${JSON.stringify(top)} was added to the UI`);
      let items = menu.items;
      let found: string | null = null;
      rest.forEach((caption, i) => {
        const entry = items.find((it) => it.kind !== 'separator' && it.caption === caption);
        if (!entry || entry.kind === 'separator')
          throw new Error(`No menu item ${JSON.stringify(path)}`);
        if (entry.kind === 'submenu' && i < rest.length - 1) items = entry.items;
        else if (entry.kind === 'item' && i === rest.length - 1) found = entry.functionName;
        else throw new Error(`No menu item ${JSON.stringify(path)}`);
      });
      if (found === null) throw new Error(`No menu item ${JSON.stringify(path)}`);
      return bundle.call(found);
    },
  };
  return bundle;
}

/** An error from the script's realm as a host Error (so `instanceof Error` and toThrow work). */
function toHostError(e: unknown): unknown {
  if (e instanceof Error || !isErrorLike(e)) return e;
  const src = e as Error;
  const err = new Error(src.message, { cause: e });
  Object.defineProperty(err, 'name', { value: src.name, configurable: true, writable: true });
  if (typeof src.stack === 'string') err.stack = src.stack;
  return err;
}

function isErrorLike(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'message' in e && 'name' in e;
}

/**
 * The top-level function declarations of `code`. Apps Script runs only those (not
 * `var f = function () {}`, not `globalThis.f = …`). Declarations are hoisted: before the first
 * statement runs they are already functions while `var`s are undefined, so a probe placed
 * before the code tells them apart without running any of it.
 */
function topLevelFunctions(code: string, filename: string): string[] {
  const candidates = new Set<string>();
  const re = /(?:^|[^.\w$])(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(/g;
  for (let m = re.exec(code); m; m = re.exec(code)) candidates.add(m[1]!);
  const ctx = vm.createContext({});
  const probe =
    `globalThis.__hoisted = ${JSON.stringify([...candidates])}.filter(function (n) {` +
    ` return typeof globalThis[n] === 'function'; }); throw 'stop';\n`;
  try {
    vm.runInContext(probe + code, ctx, { filename });
  } catch (e) {
    if (e !== 'stop') throw e;
  }
  return (ctx as { __hoisted?: string[] }).__hoisted ?? [];
}

function isDateLike(v: object): boolean {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Throws like the google.script.run client when an argument holds an illegal value. */
function checkTransferable(v: unknown, key: string, seen = new Set<object>()): void {
  const fail = (): never => {
    throw new Error(`Failed due to illegal value in property: ${key}`);
  };
  if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') fail();
  if (typeof v !== 'object' || v === null) return;
  if (isDateLike(v) || v instanceof Map || v instanceof Set || v instanceof RegExp) fail();
  if (seen.has(v)) fail(); // circular
  seen.add(v);
  for (const [k, x] of Object.entries(v)) checkTransferable(x, Array.isArray(v) ? k : k, seen);
  seen.delete(v);
}

function isPromiseLike(v: object): boolean {
  return (
    Object.prototype.toString.call(v) === '[object Promise]' ||
    typeof (v as { then?: unknown }).then === 'function'
  );
}

/** The path of the first value google.script.run cannot return, or null. */
function illegalReturn(v: unknown, path: string, seen = new Set<object>()): string | null {
  if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') return path;
  if (typeof v !== 'object' || v === null) return null;
  // a promise is not awaited: the page would get nothing of what it resolves to
  if (isDateLike(v) || isPromiseLike(v)) return path;
  if (seen.has(v)) return path;
  seen.add(v);
  for (const [k, x] of Object.entries(v)) {
    const found = illegalReturn(x, path ? `${path}.${k}` : k, seen);
    if (found !== null) return found;
  }
  seen.delete(v);
  return null;
}
