/**
 * google.script.run as promises, typed by the server's own list of functions: the sidebar cannot
 * call what the server does not export, nor with the wrong arguments.
 */
import type { ServerFunctions } from '../server/index';

type Runner = {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: unknown) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner } };

export function callServer<K extends keyof ServerFunctions>(
  name: K,
  ...args: Parameters<ServerFunctions[K]>
): Promise<ReturnType<ServerFunctions[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as ReturnType<ServerFunctions[K]>))
      .withFailureHandler((e) => reject(e instanceof Error ? e : new Error(String(e))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`google.script.run.${name} is not a function`));
      return;
    }
    fn.apply(runner, args);
  });
}
