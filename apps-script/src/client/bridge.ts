/**
 * The sidebar's side of the one RPC: a command of the table and its input go to the server's
 * `rpc` through google.script.run; its Outcome comes back, checked. Nothing here throws: a call
 * that fails on the way, or an answer that is not an Outcome, is an Outcome that says so. Many
 * returned files are merged in several calls, each under BATCH_BYTES of JSON (google.script.run
 * refuses very large arguments), and their outcomes are told as one.
 */
import type { CommandId } from '../../../shared/app/command';
import type { Message } from '../../../shared/app/message';
import { say, words } from '../../../shared/app/message';
import type { Outcome } from '../../../shared/app/outcome';
import type { RpcRequest } from '../../../shared/app/rpc';
import { OutcomeSchema } from '../../../shared/app/rpc';
import type { DataOf, InputOf } from '../../../shared/app/table';
import type { CallFailure } from '../../../shared/i18n/catalog';
import type { Returned } from '../../../shared/book/consolidate';
import type { UiBridge } from '../../../shared/ui/bridge';
import type { ServerFunctions } from '../server/index';

/** Each google.script.run call stays under this many bytes of JSON. */
const BATCH_BYTES = 1_000_000;

/**
 * google.script.run as the sidebar uses it: handlers for one call, then one of the server's
 * functions with the arguments it takes (the one RPC: an `RpcRequest`).
 */
export type ScriptRun = {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: unknown) => void): ScriptRun;
} & { [K in keyof ServerFunctions]: (...args: Parameters<ServerFunctions[K]>) => void };

declare const google: { script: { run: ScriptRun } };

export interface SheetsBridgeOptions {
  /** google.script.run; by default the page's, looked up at each call. */
  run?: () => ScriptRun;
  /** The largest JSON of one call's returned files. */
  batchBytes?: number;
  /** Told before each call of a merge: which batch of how many, with how many files. */
  onBatch?: (p: { batch: number; of: number; files: number }) => void;
}

/** An Outcome that only says something went wrong. */
function failed(notes: Message[]): Outcome<never> {
  return { ok: false, problems: [], notes, log: [], files: [] };
}

/**
 * Why a call failed, from Apps Script's own (English) words, so that the user is told what to do
 * in theirs: "Exception: Service Spreadsheets timed out while accessing document with id …",
 * "Exceeded maximum execution time", "Authorization is required to perform that action.",
 * "NetworkError: Connection failure due to HTTP 0", "Service invoked too many times for one day",
 * "We're sorry, a server error occurred. Please wait a bit and try again."
 */
export function failureOf(e: unknown): CallFailure {
  const detail = e instanceof Error ? e.message : String(e);
  if (/timed out|time ?limit|execution time/i.test(detail)) return 'timeout';
  if (/authori[sz]|permission|access denied|not have access/i.test(detail)) return 'permission';
  if (/network|connection|HTTP 0\b/i.test(detail)) return 'network';
  if (/too many|quota|rate limit|try again|server error/i.test(detail)) return 'busy';
  return 'other';
}

/** A call that failed on the way, said in the user's words. */
function callFailed(e: unknown): Outcome<never> {
  return failed([words((ui) => ui.sheets.callFailed({ why: failureOf(e) }))]);
}

/** The server's answer as an Outcome, or one that says it is not one. */
function checked(value: unknown): Outcome {
  const r = OutcomeSchema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const detail = issue ? `${issue.path.join('.') || '(outcome)'}: ${issue.message}` : 'outcome';
  return failed([words((ui) => ui.sheets.badReply({ detail }))]);
}

/** Returned files grouped so that each call's JSON stays under `limit` bytes. */
function batches(files: readonly Returned[], limit: number): Returned[][] {
  const encoder = new TextEncoder();
  const out: Returned[][] = [];
  let current: Returned[] = [];
  let size = 2;
  for (const f of files) {
    const n = encoder.encode(JSON.stringify(f)).length + 1;
    if (current.length > 0 && size + n > limit) {
      out.push(current);
      current = [];
      size = 2;
    }
    current.push(f);
    size += n;
  }
  if (current.length > 0) out.push(current);
  return out;
}

type Merged = DataOf<'merge'>;

/**
 * The outcomes of a merge sent in several batches, told as one: the counts of all of them, every
 * problem, note and log line, and which batch did not go in.
 */
function combined(
  outcomes: readonly Outcome<Merged>[],
  groups: readonly Returned[][],
  unread: number,
): Outcome<Merged> {
  const merged: string[] = [];
  const refused: string[] = [];
  const notes: Message[] = [];
  const nothing = say('nothingMerged').vi;
  outcomes.forEach((o, i) => {
    const files = (groups[i] ?? []).map((f) => f.file);
    if (o.ok && o.data) {
      merged.push(...o.data.merged);
      refused.push(...o.data.refused);
      notes.push(...o.notes);
      return;
    }
    refused.push(...files);
    const list = files.join(', ');
    notes.push(
      words((ui) => ui.sheets.batchFailed({ batch: i + 1, of: outcomes.length, files: list })),
      // "nothing merged, the book is as it was" is said of the whole merge, not of one batch
      ...o.notes.filter((n) => n.vi !== nothing),
    );
  });
  const log = outcomes.flatMap((o) => o.log);
  const count = (k: (typeof log)[number]['outcome']) => log.filter((e) => e.outcome === k).length;
  const out: Outcome<Merged> = {
    ok: outcomes.every((o) => o.ok),
    problems: outcomes.flatMap((o) => o.problems),
    notes: merged.length > 0 ? notes : [...notes, say('nothingMerged')],
    log,
    files: outcomes.flatMap((o) => o.files),
    data: { merged, refused },
  };
  if (merged.length > 0) {
    out.message = say('consolidated', {
      merged: merged.length,
      refused: refused.length + unread,
      applied: count('applied'),
      conflicts: count('conflict'),
      rejected: count('rejected'),
    });
  }
  return out;
}

export class SheetsBridge implements UiBridge {
  readonly host = 'sheets' as const;

  constructor(private readonly opts: SheetsBridgeOptions = {}) {}

  async run<K extends CommandId>(id: K, input: InputOf<K>): Promise<Outcome<DataOf<K>>> {
    try {
      if (id === 'merge')
        return (await this.merge(input as InputOf<'merge'>)) as Outcome<DataOf<K>>;
      return (await this.call({ command: id, input } as RpcRequest)) as Outcome<DataOf<K>>;
    } catch (e) {
      // a fault here (an input it cannot send) is said like a failed call, never thrown
      return callFailed(e);
    }
  }

  /** One call of the RPC; its Outcome, whatever happens on the way. */
  private call(request: RpcRequest): Promise<Outcome> {
    return new Promise((resolve) => {
      const said = (e: unknown) => resolve(callFailed(e));
      try {
        const run = this.opts.run ? this.opts.run() : google.script.run;
        run
          .withSuccessHandler((v) => resolve(checked(v)))
          .withFailureHandler(said)
          .rpc(request);
      } catch (e) {
        said(e);
      }
    });
  }

  /** Returned files, in as many calls as their size needs; each batch is merged and drawn whole. */
  private async merge(input: InputOf<'merge'>): Promise<Outcome<Merged>> {
    const groups = batches(input.returned, this.opts.batchBytes ?? BATCH_BYTES);
    const unread = input.refused ?? 0;
    if (groups.length === 0) groups.push([]);
    const outcomes: Outcome<Merged>[] = [];
    for (const [i, returned] of groups.entries()) {
      this.opts.onBatch?.({ batch: i + 1, of: groups.length, files: returned.length });
      // the files the sidebar could not read are counted once, with the first batch
      const refused = i === 0 && unread > 0 ? { refused: unread } : {};
      outcomes.push(
        (await this.call({ command: 'merge', input: { returned, ...refused } })) as Outcome<Merged>,
      );
    }
    return outcomes.length === 1
      ? (outcomes[0] as Outcome<Merged>)
      : combined(outcomes, groups, unread);
  }
}
