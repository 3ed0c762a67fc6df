/**
 * The pane must also start in the EdgeHTML webview of Office 2019 (ES2017, no Unicode property
 * escapes and no look-behind in regular expressions): a regular expression literal using either
 * is a syntax error there, and the whole pane would not load. Where even that is too new (the
 * Internet Explorer webview of Office 2016), the page's one inline script, in ES3, says so.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'acorn';
import { outputDir } from '../helpers/paths';
import { buildAddin } from './helpers/build';

let dir = '';
beforeAll(async () => {
  dir = outputDir('addin-webview');
  await buildAddin(dir);
}, 120_000);

describe('the production bundle of the task pane', () => {
  let code = '';
  /** The pane's script and the parts it loads when a file is first read or written. */
  let scripts: string[] = [];
  beforeAll(() => {
    code = fs.readFileSync(path.join(dir, 'taskpane.js'), 'utf8');
    scripts = fs.readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'commands.js');
  });

  it('parses as ES2017, regular expressions included, the parts loaded later too', () => {
    expect(scripts).toContain('taskpane.js');
    // exceljs and mammoth are loaded when a file is first read or written
    expect(scripts.length).toBeGreaterThan(1);
    for (const file of scripts) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      // acorn checks each regular expression literal against the ECMAScript version too:
      // Unicode property escapes and look-behind are ES2018
      expect(() => parse(source, { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow();
    }
  });

  it('ships no source map: dist/ is copied to the web server as it is', () => {
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(code).not.toContain('sourceMappingURL');
    for (const file of scripts) {
      expect(fs.readFileSync(path.join(dir, file), 'utf8')).not.toContain('sourceMappingURL');
    }
  });

  it('is checked by a parser that does reject what EdgeHTML cannot run', () => {
    for (const newer of ['/\\p{L}/u', '/(?<=a)b/', 'a?.b', 'a ?? b', 'const { a, ...rest } = o;']) {
      expect(() => parse(newer, { ecmaVersion: 2017 })).toThrow();
    }
  });
});

describe("the page's own script, for webviews that cannot run the pane", () => {
  let inline: string[] = [];
  beforeAll(() => {
    const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
    inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  });

  it('is one inline script that parses as ES3, as Internet Explorer runs it', () => {
    expect(inline).toHaveLength(1);
    expect(() => parse(inline[0]!, { ecmaVersion: 3, sourceType: 'script' })).not.toThrow();
  });

  it('is checked by a parser that does reject ES5 and later', () => {
    for (const newer of [
      'var o = { a: 1, };',
      'const a = 1;',
      'var f = () => 1;',
      'var s = `a`;',
    ]) {
      expect(() => parse(newer, { ecmaVersion: 3 })).toThrow();
    }
  });
});
