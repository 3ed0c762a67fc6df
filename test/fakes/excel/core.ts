import type { ExcelView } from './api';
/**
 * The proxy model of the Excel JavaScript API: a request context with a queue of actions,
 * `load()` that reads at sync time, property setters and methods that only queue, and errors
 * that surface when `context.sync()` runs the queue (ApiNotFound, ItemNotFound, …). Reading a
 * property that was neither loaded nor set throws PropertyNotLoaded at once, as office.js does.
 */
import {
  ErrorCodes,
  FakeOfficeError,
  isFakeOfficeError,
  officeError,
  propertyNotLoaded,
} from './errors';
import type { FakeWorkbookState } from './state';
import type { FakeWorkbook } from './workbook';
import { utf8Length } from './values';

// ---------------------------------------------------------------------------------------------
// Host: the state, the options and the statistics shared by every context of one fake

export type ExcelApiVersion = '1.1' | '1.7' | '1.8' | '1.9' | '1.12' | '1.17' | (string & {});

export type FakePlatform = 'OfficeOnline' | 'PC' | 'Mac';

export interface HostOptions {
  apiVersion: ExcelApiVersion;
  maxRequestBytes: number;
  platform: FakePlatform;
}

/** One round trip to the fake host. */
export interface SyncRecord {
  run: number;
  /** false for the flush Excel.run does itself after the batch function resolves. */
  explicit: boolean;
  requestBytes: number;
  responseBytes: number;
  actions: number;
  error: string | null;
}

/** Round trips and request sizes, for tests that bound an adapter's traffic. */
export class FakeExcelStats {
  /** Excel.run calls. */
  runs = 0;
  /** Round trips, in total: each `context.sync()` plus Excel.run's own final flush when it had work. */
  syncs = 0;
  /** Round trips of each Excel.run, in order (index 0 is the first run). */
  readonly syncsPerRun: number[] = [];
  /** Size in bytes of each round trip's request (UTF-8 JSON of the queued actions, approximate). */
  readonly requestBytes: number[] = [];
  /** Size in bytes of each round trip's response (the loaded values). */
  readonly responseBytes: number[] = [];
  readonly log: SyncRecord[] = [];
  /** The request limit in force (Excel on the web: 5 MB). */
  readonly requestLimitBytes: number;

  constructor(limit: number) {
    this.requestLimitBytes = limit;
  }

  /** The largest request seen so far. */
  get maxRequestBytes(): number {
    let max = 0;
    for (const b of this.requestBytes) if (b > max) max = b;
    return max;
  }

  /** Round trips of the last Excel.run. */
  get lastRunSyncs(): number {
    return this.syncsPerRun[this.syncsPerRun.length - 1] ?? 0;
  }

  reset(): void {
    this.runs = 0;
    this.syncs = 0;
    this.syncsPerRun.length = 0;
    this.requestBytes.length = 0;
    this.responseBytes.length = 0;
    this.log.length = 0;
  }
}

export class FakeHost {
  readonly state: FakeWorkbookState;
  readonly options: HostOptions;
  readonly stats: FakeExcelStats;

  constructor(state: FakeWorkbookState, options: HostOptions) {
    this.state = state;
    this.options = options;
    this.stats = new FakeExcelStats(options.maxRequestBytes);
  }

  supports(version: string): boolean {
    return compareVersions(this.options.apiVersion, version) >= 0;
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Actions and the request context

/** Bytes each queued action costs beyond its arguments (ids, action type, object path). */
export const ACTION_OVERHEAD_BYTES = 80;

export interface Action {
  /** "Class.member", reported as debugInfo.errorLocation. */
  location: string;
  /** The ExcelApi version the member needs; the host answers ApiNotFound below it. */
  api: string;
  /** What travels to the host, for the payload size. */
  args: unknown;
  /** Runs at sync; a load returns what to deliver to its proxies once the response is accepted. */
  run: (response: ResponseSink) => void;
}

export interface ResponseSink {
  deliver(bytes: number, commit: () => void): void;
}

let contextCounter = 0;

export class FakeRequestContext
  implements ExcelView<'Excel.RequestContext'>, ExcelView<'OfficeExtension.ClientRequestContext'>
{
  /** @internal */ readonly _host: FakeHost;
  /** @internal */ _queue: Action[] = [];
  /** @internal */ readonly _id: number;
  /** @internal */ _run = 0;
  /** The root of the object model; set by the Excel namespace when the context is made. */
  workbook!: FakeWorkbook;

  constructor(host: FakeHost) {
    this._host = host;
    contextCounter += 1;
    this._id = contextCounter;
  }

  /** @internal */
  _enqueue(action: Action): void {
    this._queue.push(action);
  }

  /** Sends the queued actions; rejects with the first failure, as Excel does. */
  sync<T>(passThroughValue?: T): Promise<T> {
    return this._roundTrip(true).then(() => passThroughValue as T);
  }

  /** @internal */
  async _roundTrip(explicit: boolean): Promise<void> {
    const queue = this._queue;
    this._queue = [];
    await Promise.resolve();
    const host = this._host;
    const stats = host.stats;
    let requestBytes = 0;
    for (const a of queue) requestBytes += ACTION_OVERHEAD_BYTES + utf8Length(safeJson(a.args));
    const record: SyncRecord = {
      run: this._run,
      explicit,
      requestBytes,
      responseBytes: 0,
      actions: queue.length,
      error: null,
    };
    stats.syncs += 1;
    if (this._run > 0)
      stats.syncsPerRun[this._run - 1] = (stats.syncsPerRun[this._run - 1] ?? 0) + 1;
    stats.requestBytes.push(requestBytes);
    stats.log.push(record);
    const fail = (e: unknown): never => {
      record.error = isFakeOfficeError(e) ? e.code : String(e);
      stats.responseBytes.push(0);
      throw e;
    };
    if (requestBytes > host.options.maxRequestBytes) {
      fail(officeError(ErrorCodes.requestPayloadSizeLimitExceeded));
    }
    const commits: (() => void)[] = [];
    let responseBytes = 0;
    const sink: ResponseSink = {
      deliver(bytes, commit) {
        responseBytes += bytes;
        commits.push(commit);
      },
    };
    for (const a of queue) {
      if (!host.supports(a.api)) fail(officeError(ErrorCodes.apiNotFound, undefined, a.location));
      try {
        a.run(sink);
      } catch (e) {
        if (e instanceof FakeOfficeError && e.debugInfo.errorLocation === undefined) {
          fail(new FakeOfficeError(e.code, e.message, a.location));
        }
        fail(e);
      }
    }
    record.responseBytes = responseBytes;
    if (responseBytes > host.options.maxRequestBytes) {
      fail(officeError(ErrorCodes.responsePayloadSizeLimitExceeded));
    }
    stats.responseBytes.push(responseBytes);
    for (const c of commits) c();
  }
}

function safeJson(v: unknown): string {
  if (v === undefined) return '';
  return JSON.stringify(v, (_k, x: unknown) =>
    x instanceof FakeClientObject ? { _ObjectPath: x._className } : x,
  );
}

// ---------------------------------------------------------------------------------------------
// Proxy objects

export interface PropDef {
  /** ExcelApi version to read (load) the property; '1.1' by default. */
  api?: string;
  /** ExcelApi version to write it; absent and without `write` means read-only. */
  setApi?: string;
  read(o: FakeClientObject): unknown;
  write?(o: FakeClientObject, v: unknown, location: string): void;
}

interface ClassInfo {
  name: string;
  props: Record<string, PropDef>;
  navs: string[];
}

const classInfo = new WeakMap<object, ClassInfo>();

/**
 * Declares a class's loadable properties: a getter that throws PropertyNotLoaded until the
 * property is loaded (or set locally, as office.js keeps the set value), and for writable ones a
 * setter that queues the write.
 */
export function defineProps(
  ctor: abstract new (...args: never[]) => FakeClientObject,
  name: string,
  props: Record<string, PropDef>,
  navs: string[] = [],
): void {
  classInfo.set(ctor.prototype, { name, props, navs });
  for (const [prop, def] of Object.entries(props)) {
    const descriptor: PropertyDescriptor = {
      configurable: true,
      enumerable: true,
      get(this: FakeClientObject) {
        return this._read(prop);
      },
    };
    if (def.write) {
      const write = def.write;
      descriptor.set = function (this: FakeClientObject, v: unknown) {
        const location = `${name}.${prop}`;
        this._values.set(prop, v);
        this._queue({
          location,
          api: def.setApi ?? def.api ?? '1.1',
          args: v,
          run: () => {
            this._assertExists();
            write(this, v, location);
          },
        });
      };
    }
    Object.defineProperty(ctor.prototype, prop, descriptor);
  }
}

function infoOf(o: FakeClientObject): ClassInfo {
  const info = classInfo.get(Object.getPrototypeOf(o) as object);
  if (!info) throw new Error(`fake: no property table for ${o.constructor.name}`);
  return info;
}

export interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  children: Map<string, LoadTree>;
}

function emptyTree(): LoadTree {
  return { all: false, scalars: new Set(), children: new Map() };
}

/** Every form `load()` takes: names, paths, `{ select, expand }`, or an object of options. */
export type LoadSpec = string | string[] | object | undefined;

/** Parses every form `load()` accepts into a tree of paths. */
export function parseLoad(spec: LoadSpec): LoadTree {
  const tree = emptyTree();
  const addPath = (path: string) => {
    const parts = path
      .split('/')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    if (parts.length === 0) return;
    let node = tree;
    for (const part of parts.slice(0, -1)) {
      let child = node.children.get(part);
      if (!child) {
        child = emptyTree();
        node.children.set(part, child);
      }
      node = child;
    }
    node.scalars.add(parts[parts.length - 1]!);
  };
  if (spec === undefined || spec === null) {
    tree.all = true;
  } else if (typeof spec === 'string') {
    spec.split(',').forEach(addPath);
  } else if (Array.isArray(spec)) {
    for (const s of spec) String(s).split(',').forEach(addPath);
  } else if (typeof spec === 'object' && ('select' in spec || 'expand' in spec)) {
    const o = spec as { select?: string; expand?: string };
    if (o.select) o.select.split(',').forEach(addPath);
    if (o.expand) {
      for (const nav of o.expand.split(',').map((x) => x.trim())) {
        if (nav === '') continue;
        let node = tree;
        for (const part of nav.split('/')) {
          let child = node.children.get(part);
          if (!child) {
            child = emptyTree();
            node.children.set(part, child);
          }
          node = child;
        }
        node.all = true;
      }
    }
    if (!o.select && !o.expand) tree.all = true;
  } else if (typeof spec === 'object') {
    const walk = (o: Record<string, unknown>, node: LoadTree) => {
      for (const [k, v] of Object.entries(o)) {
        if (k === '$all') {
          if (v) node.all = true;
        } else if (v === true) node.scalars.add(k);
        else if (v && typeof v === 'object') {
          const child = node.children.get(k) ?? emptyTree();
          node.children.set(k, child);
          walk(v as Record<string, unknown>, child);
        }
      }
    };
    walk(spec as Record<string, unknown>, tree);
  }
  return tree;
}

export abstract class FakeClientObject implements ExcelView<'OfficeExtension.ClientObject'> {
  readonly context: FakeRequestContext;
  /** @internal Loaded or locally set property values. */
  readonly _values = new Map<string, unknown>();
  /** @internal */ _isNull = false;
  /** @internal */ abstract readonly _className: string;

  constructor(context: FakeRequestContext) {
    this.context = context;
  }

  /** True when an *OrNullObject call found nothing; readable after the sync that made it. */
  get isNullObject(): boolean {
    if (!this._values.has('isNullObject')) throw propertyNotLoaded('isNullObject');
    return this._values.get('isNullObject') as boolean;
  }

  /** @internal Throws when the object is a null object or its target is gone. */
  abstract _assertExists(): void;

  /** @internal */
  _read(prop: string): unknown {
    if (this._values.has(prop)) return this._values.get(prop);
    if (this._isNull) return null;
    throw propertyNotLoaded(prop, `${this._className}.${prop}`);
  }

  /** @internal */
  _queue(action: Action): void {
    this.context._enqueue(action);
  }

  /** @internal Queues a method call. */
  _call(method: string, api: string, args: unknown[], run: () => void): void {
    this._queue({
      location: `${this._className}.${method}`,
      api,
      args,
      run: () => {
        this._assertExists();
        run();
      },
    });
  }

  /** @internal The navigation property `name`, if this class has it. */
  _nav(name: string): FakeClientObject | undefined {
    if (!infoOf(this).navs.includes(name)) return undefined;
    return (this as unknown as Record<string, FakeClientObject>)[name];
  }

  /**
   * @internal Queues the loading of properties; read them after `context.sync()`. Each class the
   * product loads has its own `load` (as each real class has), calling this.
   */
  _load(spec?: LoadSpec): this {
    const tree = parseLoad(spec);
    this._queue({
      location: `${this._className}.load`,
      api: '1.1',
      args: spec ?? null,
      run: (sink) => this._runLoad(tree, sink),
    });
    return this;
  }

  /** @internal Reads the tree's properties now (at sync) and delivers them with the response. */
  _runLoad(tree: LoadTree, sink: ResponseSink): void {
    this._assertExistsOrNull();
    if (this._isNull) return;
    const info = infoOf(this);
    const host = this.context._host;
    const names = new Set(tree.scalars);
    if (tree.all) {
      for (const [n, def] of Object.entries(info.props))
        if (host.supports(def.api ?? '1.1')) names.add(n);
    }
    const delivered: [string, unknown][] = [];
    for (const n of names) {
      const def = info.props[n];
      if (!def) {
        const nav = this._nav(n);
        if (nav) {
          nav._runLoad({ all: true, scalars: new Set(), children: new Map() }, sink);
          continue;
        }
        throw officeError(
          ErrorCodes.invalidArgument,
          `The property '${n}' does not exist on ${info.name}.`,
          `${info.name}.load`,
        );
      }
      if (!host.supports(def.api ?? '1.1')) {
        throw officeError(ErrorCodes.apiNotFound, undefined, `${info.name}.${n}`);
      }
      delivered.push([n, clone(def.read(this))]);
    }
    let bytes = 0;
    for (const [n, v] of delivered) bytes += utf8Length(n) + utf8Length(safeJson(v)) + 4;
    sink.deliver(bytes, () => {
      for (const [n, v] of delivered) this._values.set(n, v);
    });
    for (const [n, sub] of tree.children) {
      const nav = this._nav(n);
      if (!nav) {
        throw officeError(
          ErrorCodes.invalidArgument,
          `The property '${n}' does not exist on ${info.name}.`,
          `${info.name}.load`,
        );
      }
      nav._runLoad(sub, sink);
    }
  }

  /** @internal Finds the object's target in the workbook, once (sets _isNull for *OrNullObject). */
  _resolve(): void {}

  /** @internal Like _assertExists, but a null object passes (its load only tells isNullObject). */
  _assertExistsOrNull(): void {
    this._resolve();
    if (!this._isNull) this._assertExists();
  }

  /** @internal A child proxy made once and kept (range.format, worksheet.protection, …). */
  _child<T extends FakeClientObject>(name: string, make: () => T): T {
    const slot = `_nav_${name}`;
    const self = this as unknown as Record<string, T | undefined>;
    let child = self[slot];
    if (!child) {
      child = make();
      Object.defineProperty(this, slot, { value: child, enumerable: false });
    }
    return child;
  }

  /** @internal Throws InvalidRequestContext when `other` belongs to another context. */
  _sameContext(other: FakeClientObject): void {
    if (other.context !== this.context) throw officeError(ErrorCodes.invalidRequestContext);
  }
}

/** Loaded values are copies, so later changes in the workbook do not show through. */
function clone<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof Date) return new Date(v.getTime()) as T;
  return JSON.parse(JSON.stringify(v)) as T;
}
