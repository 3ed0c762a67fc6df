/** Builds the add-in as `npm run build` does (webpack, production), into a folder of the test's. */
import * as esbuild from 'esbuild';
import * as path from 'path';
import webpack from 'webpack';
import { ROOT } from '../../helpers/paths';

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<webpack.Configuration>;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const factory = require(path.join(ROOT, 'webpack.config.js')) as ConfigFactory;

export async function buildAddin(outDir: string): Promise<void> {
  const config = await factory({ outDir }, { mode: 'production' });
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    });
  });
}

/** The simulated Office host (a stand-in for office.js), bundled for the browser. */
export async function buildOfficeStandIn(): Promise<string> {
  const out = await esbuild.build({
    entryPoints: [path.join(ROOT, 'test/addin/harness/office-host.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}
