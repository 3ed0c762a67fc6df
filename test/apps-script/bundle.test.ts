/**
 * The built Apps Script project: one script of top-level entry points with no service call at
 * load, nothing from Node or the Word/Excel readers inside, and the manifest Apps Script needs.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS } from '../../shared/app/table';
import { ROOT } from '../helpers/paths';
import { buildBundle, load, type Built } from './helpers';

let built: Built;

beforeAll(() => {
  built = buildBundle();
});

describe('the server bundle', () => {
  it('leaves no import, export or require for Apps Script to trip on', () => {
    expect(built.code).not.toMatch(/^\s*(import|export)\s/m);
    expect(built.code).not.toMatch(/\brequire\s*\(\s*["']/);
  });

  it('carries neither the Word reader nor exceljs', () => {
    expect(built.code).not.toMatch(/mammoth|exceljs|jszip/i);
  });

  it('makes no service call while the file is evaluated', () => {
    const { fake, bundle } = load(built);
    expect(fake.state.callsDuringLoad).toEqual([]);
    // the menu's and the triggers' functions, and the sidebar's one call
    const exposed = [...built.entryPoints.triggers, ...built.entryPoints.server];
    for (const fn of exposed) expect(bundle.entryPoints).toContain(fn);
    expect(exposed.sort()).toEqual(
      [
        'menuProtectUnits',
        'menuRefreshReport',
        'menuSelectMyRows',
        'onEdit',
        'onInstall',
        'onOpen',
        'rpc',
        'showSidebar',
      ].sort(),
    );
  });

  it('defines every function the menu and the sidebar call, as top-level functions', () => {
    const { fake, bundle } = load(built);
    bundle.trigger('onOpen');
    const menu = fake.state.menus.find((m) => m.caption === 'Thi đua');
    expect(menu).toBeDefined();
    const items = menu!.items.flatMap((i) => (i.kind === 'item' ? [i.functionName] : []));
    expect(items).toEqual([
      'showSidebar',
      'menuRefreshReport',
      'menuSelectMyRows',
      'menuProtectUnits',
    ]);
    // the sidebar has one server function, the RPC; what it runs are commands of the table
    expect(built.entryPoints.server).toEqual(['rpc']);
    const read = (f: string) =>
      fs.readFileSync(path.join(ROOT, 'apps-script/src/client', f), 'utf8');
    expect(read('bridge.ts')).toMatch(/\.rpc\(request\)/);
    // the sidebar is the one page on that bridge; the page's jobs run the table's commands
    expect(read('sidebar.ts')).toMatch(/mountApp\(/);
    const ui = [
      'app.ts',
      'act.ts',
      'book-bar.ts',
      'home.ts',
      ...fs.readdirSync(path.join(ROOT, 'shared/ui/jobs')).map((f) => `jobs/${f}`),
    ]
      .map((f) => fs.readFileSync(path.join(ROOT, 'shared/ui', f), 'utf8'))
      .join('\n');
    const named = Object.keys(COMMANDS).filter((id) => ui.includes(`'${id}'`));
    expect(named.sort()).toEqual(Object.keys(COMMANDS).sort());
    for (const fn of [...items, 'rpc', 'onOpen', 'onInstall', 'onEdit']) {
      expect(bundle.entryPoints).toContain(fn);
    }
    for (const fn of built.entryPoints.server) expect(fn.endsWith('_')).toBe(false);
    expect(fake.state.unimplemented).toEqual([]);
  });

  it('opens the sidebar from the menu, with its script and style inlined', () => {
    const { fake, bundle } = load(built);
    bundle.trigger('onOpen');
    bundle.clickMenu('Thi đua > Mở bảng điều khiển');
    const shown = fake.state.sidebar!;
    expect(shown.title).toBe('Sổ Thi Đua');
    expect(shown.html).toContain('<style>');
    expect(shown.html).not.toContain('inline:js');
    expect(shown.html).not.toMatch(/<script[^>]+src=/);
  });

  it('builds the add-on variant with an add-on menu', () => {
    const addon = buildBundle('apps-script-dist-addon', ['--addon']);
    const { fake, bundle } = load(addon);
    bundle.trigger('onOpen', { authMode: 'NONE' });
    expect(fake.state.menus[0]!.addon).toBe(true);
    expect(fake.state.callsDuringLoad).toEqual([]);
  });
});

describe('appsscript.json', () => {
  it('asks for V8, the Việt Nam time zone and the narrowest scopes', () => {
    expect(built.manifest.runtimeVersion).toBe('V8');
    expect(built.manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(built.manifest.oauthScopes.sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  it('adds the advanced Sheets service and its scope only for filter views', () => {
    const withViews = buildBundle('apps-script-dist-views', ['--filter-views']);
    expect(withViews.manifest.oauthScopes).toContain(
      'https://www.googleapis.com/auth/spreadsheets',
    );
    expect(JSON.stringify(withViews.manifest)).toContain('"serviceId":"sheets"');
  });
});

describe('what `npm run gas:push` sends', () => {
  it("pushes the three built files, with the project's own clasp, offline", () => {
    // the layout of apps-script/: .clasp.json (rootDir "dist") and .claspignore beside dist/
    const project = path.join(ROOT, 'test-output', 'apps-script-clasp');
    fs.rmSync(project, { recursive: true, force: true });
    fs.cpSync(built.dir, path.join(project, 'dist'), { recursive: true });
    fs.copyFileSync(
      path.join(ROOT, 'apps-script/.clasp.json.example'),
      path.join(project, '.clasp.json'),
    );
    fs.copyFileSync(
      path.join(ROOT, 'apps-script/.claspignore'),
      path.join(project, '.claspignore'),
    );
    // a home with no clasp credentials: listing what would be pushed needs no login
    const home = path.join(project, 'home');
    fs.mkdirSync(home);
    const status = execFileSync(
      path.join(ROOT, 'node_modules/.bin/clasp'),
      ['show-file-status', '--json'],
      { cwd: project, env: { ...process.env, HOME: home, USERPROFILE: home }, encoding: 'utf8' },
    );
    expect((JSON.parse(status) as { filesToPush: string[] }).filesToPush.sort()).toEqual([
      'dist/Code.js',
      'dist/appsscript.json',
      'dist/sidebar.html',
    ]);
  });

  it('runs the clasp of package.json, not a download at run time', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.devDependencies['@google/clasp']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.scripts['gas:push']).toBe(
      'node apps-script/build.mjs && cd apps-script && clasp push',
    );
  });
});
