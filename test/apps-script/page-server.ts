/**
 * The sidebar page in a browser talking to the built server on the SpreadsheetApp fake: a
 * google.script.run in the page whose `rpc` goes to the bundle in Node (JSON both ways, answered
 * later, a server error to the failure handler), as the real client library does. A call can be
 * made to fail on the way (a time-out, a quota), as Apps Script fails one.
 */
import type { Page } from 'playwright-core';
import type { LoadedBundle } from '../fakes/apps-script';

type Answer = { ok: true; value: unknown } | { ok: false; error: string };

/** The connection of one page, to make its next call fail as Apps Script fails one. */
export interface SidebarLine {
  /** The next call does not reach the server: its failure handler gets `error`. */
  failNext(error: string): void;
}

/** Installs the page's google.script.run before any of its scripts runs (call before `goto`). */
export async function connectSidebar(page: Page, bundle: LoadedBundle): Promise<SidebarLine> {
  const failures: string[] = [];
  await page.exposeFunction('__thiduaRpc', (request: unknown): Answer => {
    const failure = failures.shift();
    if (failure !== undefined) return { ok: false, error: failure };
    try {
      return { ok: true, value: bundle.callFromClient('rpc', request) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  });
  await page.addInitScript(() => {
    type Handler = ((v: unknown) => void) | null;
    const w = window as unknown as {
      __thiduaRpc(request: unknown): Promise<Answer>;
      google: unknown;
    };
    const runner = (ok: Handler, fail: Handler): unknown => ({
      withSuccessHandler: (f: Handler) => runner(f, fail),
      withFailureHandler: (f: Handler) => runner(ok, f),
      rpc(request: unknown) {
        void w.__thiduaRpc(JSON.parse(JSON.stringify(request))).then((a) => {
          if (a.ok) ok?.(a.value);
          else fail?.(new Error(a.error));
        });
      },
    });
    w.google = { script: { run: runner(null, null) } };
  });
  return { failNext: (error) => void failures.push(error) };
}
