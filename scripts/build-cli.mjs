// Bundles the `thidua` command into build/cli.js so that `npx thidua` needs no separate build step.
// `node scripts/build-cli.mjs DIR` builds into DIR/build instead (the tests build their own).
//
// The libraries that read and write .xlsx, .docx and .csv files are most of the code (4.6 MB in one
// bundle: `thidua --help` spent its time reading and compiling them). Each goes into its own file,
// build/lib/NAME.js, and the bundle gets in its place a module with the same exports that loads
// the file on first use: `--help`, `schema` and a .txt plan never read it, and the sources keep
// their ordinary imports.
import { spawnSync } from 'child_process';
import { build } from 'esbuild';
import { createRequire } from 'module';
import * as path from 'path';
import { fileURLToPath } from 'url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(path.resolve(process.argv[2] ?? ROOT), 'build');
/** The libraries loaded on first use, by the name the sources import them by. */
const LAZY = ['exceljs', 'mammoth', 'docx', 'jszip', 'htmlparser2', 'papaparse', 'fflate'];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
};

await Promise.all(
  LAZY.map((name) =>
    build({
      ...common,
      stdin: { contents: `module.exports = require('${name}');`, resolveDir: ROOT },
      outfile: path.join(OUT, 'lib', `${name}.js`),
    }),
  ),
);

// the names each library exports, read from the file built, so that the stand-in has them all
const requireBuilt = createRequire(path.join(OUT, 'cli.js'));
const exportsOf = new Map(LAZY.map((name) => [name, requireBuilt(`./lib/${name}.js`)]));

/** A module exporting what `name` exports, through getters that load it the first time. */
function standIn(name) {
  const lib = exportsOf.get(name);
  const names = Object.getOwnPropertyNames(lib).filter((k) => k !== '__esModule');
  return [
    `let lib;`,
    `const load = () => (lib ??= require('./lib/${name}.js'));`,
    // esbuild reads __esModule to choose the default import: a value, so that asking loads nothing
    lib.__esModule ? `Object.defineProperty(exports, '__esModule', { value: true });` : '',
    `for (const name of ${JSON.stringify(names)}) {`,
    `  Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
    `}`,
  ].join('\n');
}

const lazyLibraries = {
  name: 'lazy-libraries',
  setup(b) {
    const filter = new RegExp(`^(${LAZY.join('|')})$`);
    b.onResolve({ filter }, (a) => ({ path: a.path, namespace: 'lazy' }));
    b.onResolve({ filter: /^\.\/lib\//, namespace: 'lazy' }, (a) => ({
      path: a.path,
      external: true,
    }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (a) => ({
      contents: standIn(a.path),
      loader: 'js',
    }));
  },
};

await build({
  ...common,
  entryPoints: [path.join(ROOT, 'cli/main.ts')],
  outfile: path.join(OUT, 'cli.js'),
  sourcemap: true,
  // a smaller file to read at each start; names are kept for stack traces and profiles
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [lazyLibraries],
});

// V8's code cache of the bundle, made by a Node process apart (the bundle's top level runs)
const cached = spawnSync(
  process.execPath,
  [
    '-e',
    `require(${JSON.stringify(path.join(ROOT, 'bin', 'compile-cache.js'))}).writeCache(${JSON.stringify(path.join(OUT, 'cli.js'))})`,
  ],
  { stdio: 'inherit' },
);
if (cached.status !== 0) throw new Error('could not make the code cache of build/cli.js');
