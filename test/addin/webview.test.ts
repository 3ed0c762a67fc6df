/**
 * The pane must also start in the EdgeHTML webview of Office 2019 (ES2017, no Unicode property
 * escapes and no look-behind in regular expressions): a regular expression literal using either
 * is a syntax error there, and the whole pane would not load.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'acorn';
import { outputDir } from '../helpers/paths';
import { buildAddin } from './helpers/build';

describe('the production bundle of the task pane', () => {
  let code = '';
  let dir = '';
  beforeAll(async () => {
    dir = outputDir('addin-webview');
    await buildAddin(dir);
    code = fs.readFileSync(path.join(dir, 'taskpane.js'), 'utf8');
  }, 120_000);

  it('parses as ES2017, regular expressions included', () => {
    // acorn checks each regular expression literal against the ECMAScript version too:
    // Unicode property escapes and look-behind are ES2018
    expect(() => parse(code, { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow();
  });

  it('ships no source map: dist/ is copied to the web server as it is', () => {
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(code).not.toContain('sourceMappingURL');
  });

  it('is checked by a parser that does reject what EdgeHTML cannot run', () => {
    for (const newer of ['/\\p{L}/u', '/(?<=a)b/', 'a?.b', 'a ?? b', 'const { a, ...rest } = o;']) {
      expect(() => parse(newer, { ecmaVersion: 2017 })).toThrow();
    }
  });
});
