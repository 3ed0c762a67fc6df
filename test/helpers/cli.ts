/** Runs the `thidua` program in-process, with real files, capturing its output and exit code. */
import { main } from '../../cli/main';
import { nodeIo } from '../../cli/io';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export const FIXED_NOW = new Date('2014-07-15T03:00:00.000Z');

export async function runCli(args: string[], now: Date = FIXED_NOW): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(
    ['node', 'thidua', ...args],
    { ...nodeIo, out: (t) => void (out += t), err: (t) => void (err += t) },
    () => now,
  );
  return { code, out, err };
}
