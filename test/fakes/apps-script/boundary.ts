/**
 * The line between the script and the fake. Every object a script receives is a proxy that
 * counts its method calls ("Range.setValues"), hides the fake's internals (members starting
 * with "_"), turns values into the script's own realm (a Date the script gets is an instance of
 * the script's Date; an error it catches is an instance of its Error) and back, and records any
 * method the fake does not implement. Calls the fake makes on itself never pass through here, so
 * they are not counted.
 */
import { isAppsScriptException } from './errors';
import { isDate } from './values';

/** The intrinsics of the realm a script runs in (a vm context, or the test's own). */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  /** Makes a function in the script's global scope (HTML templates run there). */
  compile(params: string[], body: string): (...args: unknown[]) => unknown;
}

export const hostRealm: Realm = {
  Date,
  Error,
  Array,
  Object,
  compile: (params, body) => new Function(...params, body) as (...args: unknown[]) => unknown,
};

/** Something a script can hold: a class of the Apps Script API. */
export interface ApiObject {
  readonly _apiName: string;
}

export function isApiObject(v: unknown): v is ApiObject {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { _apiName?: unknown })._apiName === 'string'
  );
}

/** Members every proxy passes through untouched: probes made by JS itself and by test tools. */
const QUIET = new Set([
  'then',
  'toJSON',
  'constructor',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'inspect',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
  'valueOf',
]);

export interface BoundaryHooks {
  /** Called before every counted call; may throw (authorization). */
  beforeCall(name: string): void;
  /** A script asked for a member the fake does not implement. */
  missing(name: string): void;
  realm(): Realm;
}

export class Boundary {
  private readonly targets = new WeakMap<object, object>();

  constructor(private readonly hooks: BoundaryHooks) {}

  /** The object behind a proxy (or the value itself). */
  unwrap<T>(v: T): T {
    if (typeof v === 'object' && v !== null) {
      const t = this.targets.get(v);
      if (t) return t as T;
    }
    return v;
  }

  /** A value coming from the script: proxies unwrapped, Dates and arrays made ours. */
  fromScript(v: unknown): unknown {
    if (typeof v !== 'object' || v === null) return v;
    const t = this.targets.get(v);
    if (t) return t;
    if (isDate(v)) return new Date(v.getTime());
    if (Array.isArray(v)) return v.map((x) => this.fromScript(x));
    return v;
  }

  /** A value going to the script: API objects proxied, Dates and arrays made the script's. */
  toScript(v: unknown): unknown {
    if (typeof v !== 'object' || v === null) return v;
    if (this.targets.has(v)) return v;
    if (isApiObject(v)) return this.wrap(v);
    const realm = this.hooks.realm();
    if (isDate(v)) return new realm.Date(v.getTime());
    if (Array.isArray(v)) {
      const out = new realm.Array() as unknown[];
      for (const x of v) out.push(this.toScript(x));
      return out;
    }
    if (Object.getPrototypeOf(v) === Object.prototype) {
      const out = new realm.Object() as Record<string, unknown>;
      for (const [k, x] of Object.entries(v)) out[k] = this.toScript(x);
      return out;
    }
    return v;
  }

  /** An error thrown by the fake, as the script's realm would see it. */
  toScriptError(e: unknown): unknown {
    if (!isAppsScriptException(e)) return e;
    const realm = this.hooks.realm();
    const err = new realm.Error(e.message);
    Object.defineProperty(err, 'name', { value: 'Exception', configurable: true, writable: true });
    return err;
  }

  /**
   * A fresh proxy for an API object. Apps Script hands out a new wrapper on every call, so
   * `ss.getSheetByName('A') === ss.getActiveSheet()` is false there too.
   */
  wrap<T extends ApiObject>(target: T): T {
    const className = target._apiName;
    const proxy: T = new Proxy(target, {
      get: (t, prop, receiver) => {
        if (typeof prop === 'symbol') return Reflect.get(t, prop, receiver);
        if (prop === 'toString') return () => className;
        const vars = (t as { _scriptVars?: Map<string, unknown> })._scriptVars;
        if (vars?.has(prop)) return vars.get(prop);
        if (prop.startsWith('_') || QUIET.has(prop)) return undefined;
        const member: unknown = (t as Record<string, unknown>)[prop];
        if (typeof member === 'function') {
          const name = `${className}.${prop}`;
          return (...args: unknown[]) => {
            this.hooks.beforeCall(name);
            try {
              const result: unknown = (member as (...a: unknown[]) => unknown).apply(
                t,
                args.map((a) => this.fromScript(a)),
              );
              return result === t ? proxy : this.toScript(result);
            } catch (e) {
              throw this.toScriptError(e);
            }
          };
        }
        if (member === undefined) {
          this.hooks.missing(`${className}.${prop}`);
          return undefined;
        }
        // Enums and other constants (SpreadsheetApp.ProtectionType).
        return member;
      },
      set: (t, prop, value) => {
        const vars = (t as { _scriptVars?: Map<string, unknown> })._scriptVars;
        if (vars && typeof prop === 'string') vars.set(prop, value);
        return true; // other API objects ignore assignments, as Apps Script's do
      },
      has: (t, prop) => typeof prop === 'string' && !prop.startsWith('_') && prop in t,
      ownKeys: () => [],
      getOwnPropertyDescriptor: () => undefined,
    });
    this.targets.set(proxy, target);
    return proxy;
  }
}
