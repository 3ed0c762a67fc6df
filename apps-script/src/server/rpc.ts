/// <reference types="google-apps-script" />
/**
 * The one call the sidebar makes (google.script.run.rpc), and what the menu runs: a request of
 * the command table, checked, run through the SpreadsheetApp port, under the document lock when
 * it writes. The reply is the Outcome itself, plain JSON: google.script.run hands the sidebar
 * null for a promise or a Date.
 */
import type { Clock } from '../../../shared/app/clock';
import { vietnamClock } from '../../../shared/app/clock';
import type { CommandId } from '../../../shared/app/command';
import type { Outcome } from '../../../shared/app/outcome';
import type { RpcRequest } from '../../../shared/app/rpc';
import { answerRpcNow } from '../../../shared/app/rpc';
import { COMMANDS } from '../../../shared/app/table';
import type { Progress } from './guard';
import { guarded } from './guard';
import { SheetsPort } from './sheets-port';

/** Random bytes from Utilities.getUuid (122 random bits each): Apps Script has no WebCrypto. */
function uuidBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let hexDigits = '';
  while (hexDigits.length < n * 2) hexDigits += Utilities.getUuid().replace(/[^0-9a-f]/gi, '');
  for (let i = 0; i < n; i++) out[i] = parseInt(hexDigits.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/**
 * Whether the request's command writes to the book: redraws sheets, marks rows, or (`protect`)
 * sets the protections, which its `changes` (sheet contents) do not list.
 */
function writes(request: unknown): boolean {
  const id = (request as { command?: unknown } | null)?.command;
  if (typeof id !== 'string' || !Object.hasOwn(COMMANDS, id)) return false;
  const spec = COMMANDS[id as CommandId];
  return spec.changes.length > 0 || spec.id === 'protect';
}

/** Runs a request (as sent, unchecked) and answers with its Outcome; never throws. */
export function serve(request: unknown): Outcome {
  const clock: Clock = vietnamClock(new Date(), uuidBytes);
  const progress: Progress = { done: [], current: null };
  return guarded(writes(request), progress, () => {
    const port = new SheetsPort(SpreadsheetApp.getActiveSpreadsheet(), clock, progress);
    const outcome = answerRpcNow(port, request, clock);
    // the `--sheets-api` build sends its draw now, in as few calls as it can
    port.finish();
    return outcome;
  });
}

/** The sidebar's one call: a command of the table and its input; its Outcome back. */
export function rpc(request: RpcRequest): Outcome {
  return serve(request);
}
