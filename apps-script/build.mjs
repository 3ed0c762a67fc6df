// Builds the Google Sheets project into apps-script/dist/ (or --out DIR):
//   Code.js         the server: one script, an IIFE assigning `__thidua`, then a top-level
//                   `function name() {}` for every entry point (clasp 3 pushes it as Code.gs)
//   sidebar.html    the sidebar with its CSS and JS inlined (HtmlService serves one file)
//   appsscript.json V8, Asia/Ho_Chi_Minh, the narrowest scopes
// Options: --addon (menus under Extensions, for an Editor add-on), --filter-views (enables the
// advanced Sheets service and its broader scope, for one filter view per unit), --sheets-api
// (the same service and scope, and the draw sends number formats, merges, widths, validations
// and protections as one batchUpdate instead of one SpreadsheetApp call per range), --metafile
// (writes sidebar.meta.json, esbuild's account of what each module adds to the sidebar; `npm
// run bench -- ui` prints it by package and folder; .claspignore keeps it from Apps Script).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const outArg = args.indexOf('--out');
const outDir = path.resolve(outArg >= 0 ? args[outArg + 1] : path.join(here, 'dist'));

const SCOPES = {
  currentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
  email: 'https://www.googleapis.com/auth/userinfo.email',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
};

/** Node-only and browser-only modules that must never reach the Apps Script server. */
const SERVER_FORBIDDEN = ['mammoth', 'exceljs', 'jszip', 'htmlparser2'];

async function buildServer() {
  const result = await build({
    entryPoints: [path.join(here, 'src/server/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__thidua',
    // Package "browser" fields pick builds without Node built-ins (papaparse's "stream").
    platform: 'browser',
    target: 'es2019',
    // Apps Script parses the whole file before every execution: keep it small, but keep the
    // names, so that stack traces in the execution log stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    charset: 'utf8',
    legalComments: 'none',
    define: {
      __ADDON__: flag('--addon') ? 'true' : 'false',
      __SHEETS_API__: flag('--sheets-api') ? 'true' : 'false',
    },
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const leaked = inputs.filter((f) =>
    SERVER_FORBIDDEN.some((m) => f.includes(`node_modules/${m}/`)),
  );
  if (leaked.length > 0) throw new Error(`server bundle includes ${leaked.join(', ')}`);
  const code = result.outputFiles[0].text;

  // Which functions to expose: evaluate the bundle alone (it must make no service call at load).
  const ctx = vm.createContext({});
  vm.runInContext(
    `${code}\n;globalThis.__names = {
    server: Object.keys(__thidua.serverFunctions),
    triggers: Object.keys(__thidua.triggers),
  };`,
    ctx,
  );
  const { server, triggers } = ctx.__names;
  const wrapper = (group, name) =>
    `function ${name}() {\n  return __thidua.${group}.${name}.apply(this, arguments);\n}\n`;
  const entry = [
    '',
    '// Entry points: Apps Script calls only top-level function declarations.',
    ...triggers.map((n) => wrapper('triggers', n)),
    '// Called by the sidebar (google.script.run).',
    ...server.map((n) => wrapper('serverFunctions', n)),
  ].join('\n');
  return { code: `${code}${entry}`, server, triggers };
}

async function buildClient() {
  const result = await build({
    entryPoints: [path.join(here, 'src/client/sidebar.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    // Google Sheets runs in the browsers Google supports, which have what exceljs's default
    // browser build polyfills (core-js, regenerator): its build without them is 60 KB smaller.
    // The Excel pane keeps the polyfilled one: Office 2019's EdgeHTML webview needs it.
    alias: { exceljs: 'exceljs/dist/exceljs.bare.min.js' },
    metafile: true,
    logLevel: 'silent',
  });
  return { js: result.outputFiles[0].text, metafile: result.metafile };
}

function manifest() {
  const advanced = flag('--filter-views') || flag('--sheets-api');
  const m = {
    timeZone: 'Asia/Ho_Chi_Minh',
    runtimeVersion: 'V8',
    exceptionLogging: 'STACKDRIVER',
    oauthScopes: [SCOPES.currentOnly, SCOPES.ui, SCOPES.email],
  };
  if (advanced) {
    m.oauthScopes.push(SCOPES.spreadsheets);
    m.dependencies = {
      enabledAdvancedServices: [{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }],
    };
  }
  return m;
}

async function main() {
  const [server, client] = await Promise.all([buildServer(), buildClient()]);
  // the one UI's look, the same files the pane links
  const css = ['../shared/ui/ui.css', '../shared/ui/app.css']
    .map((f) => fs.readFileSync(path.join(here, f), 'utf8'))
    .join('\n');
  const template = fs.readFileSync(path.join(here, 'src/sidebar.html'), 'utf8');
  // "</script" inside the bundle would end the inline script early.
  const js = client.js.replace(/<\/script/gi, '<\\/script');
  const html = template
    .replace('<!-- inline:css -->', () => `<style>\n${css}</style>`)
    .replace('<!-- inline:js -->', () => `<script>\n${js}</script>`);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'Code.js'), server.code);
  fs.writeFileSync(path.join(outDir, 'sidebar.html'), html);
  if (flag('--metafile')) {
    fs.writeFileSync(path.join(outDir, 'sidebar.meta.json'), JSON.stringify(client.metafile));
  }
  fs.writeFileSync(
    path.join(outDir, 'appsscript.json'),
    `${JSON.stringify(manifest(), null, 2)}\n`,
  );
  // clasp reads .claspignore next to .clasp.json; a copy in rootDir covers older layouts.
  fs.copyFileSync(path.join(here, '.claspignore'), path.join(outDir, '.claspignore'));
  fs.writeFileSync(
    path.join(outDir, 'entry-points.json'),
    `${JSON.stringify({ server: server.server, triggers: server.triggers }, null, 2)}\n`,
  );
  const kb = (s) => `${(s.length / 1024).toFixed(0)} K chars`;
  process.stdout.write(
    `apps-script → ${path.relative(process.cwd(), outDir) || '.'}: Code.js ${kb(server.code)}, ` +
      `sidebar.html ${kb(html)}, ${server.triggers.length + server.server.length} entry points\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
