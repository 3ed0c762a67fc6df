/// <reference types="google-apps-script" />
/**
 * How a command runs on the server: one that writes holds the document lock (two people writing
 * at once are taken one after the other) and flushes before releasing it; whatever a service
 * throws is said in the user's words, with what was written before it.
 */
import type { Message } from '../../../shared/app/message';
import { words } from '../../../shared/app/message';
import type { Outcome } from '../../../shared/app/outcome';

/** How long a command waits for another writer before saying the book is busy. */
const LOCK_WAIT_MS = 20_000;

/** What a command has written so far: sheets done, and the step under way. */
export interface Progress {
  done: string[];
  /** The sheet being drawn. */
  current: string | null;
  /** Setting the protections, after the sheets. */
  protecting?: boolean;
}

const PROTECTED = /protected cell|protected range|protected sheet|contact the spreadsheet owner/i;
const NO_EDIT = /permission to edit|do not have edit|only view/i;

/** A service error, in the user's words; plus what was written before it, if anything. */
export function explain(e: unknown, progress?: Progress): Message[] {
  const text = e instanceof Error ? e.message : String(e);
  const out: Message[] = [];
  if (PROTECTED.test(text)) out.push(words((ui) => ui.sheets.protectedCells));
  else if (NO_EDIT.test(text)) out.push(words((ui) => ui.sheets.noEditAccess));
  else if (/lock timeout/i.test(text)) out.push(words((ui) => ui.sheets.busy));
  else out.push(words((ui) => ui.sheets.unexpected({ detail: text })));
  if (progress && progress.done.length > 0) {
    out.push(
      words((ui) =>
        ui.sheets.partial({
          done: progress.done.join(', '),
          failed: progress.protecting ? ui.sheets.protectionsStep : (progress.current ?? '…'),
        }),
      ),
    );
  }
  return out;
}

/** A command that did not run, or stopped: what to say instead of its outcome. */
function stopped(notes: Message[]): Outcome<never> {
  return { ok: false, problems: [], notes, log: [], files: [] };
}

/** Runs `body`, under the document lock when it writes; a failure becomes an Outcome that says it. */
export function guarded<T>(write: boolean, progress: Progress, body: () => Outcome<T>): Outcome<T> {
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  if (write) {
    lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) return stopped([words((ui) => ui.sheets.busy)]);
  }
  try {
    return body();
  } catch (e) {
    return stopped(explain(e, progress));
  } finally {
    if (lock) {
      try {
        SpreadsheetApp.flush();
      } finally {
        lock.releaseLock();
      }
    }
  }
}
