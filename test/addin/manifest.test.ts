/**
 * manifest.xml, checked offline (`office-addin-manifest validate` needs the network): well-formed,
 * the elements the schema requires in the order it demands, no <Requirements> (it would hide the
 * add-in from Office 2019), every resource id defined, and URLs that match what the build emits.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Parser } from 'htmlparser2';
import { vi } from '../../shared/i18n/vi';
import { ROOT } from '../helpers/paths';

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

/** Parses XML strictly enough for a manifest: every element closed explicitly, in order. */
function parseXml(xml: string): Node {
  const root: Node = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: Node[] = [root];
  const errors: string[] = [];
  const selfClosing = new Set<Node>();
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        const node: Node = { name, attrs, children: [], text: '' };
        if (xml.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>')) selfClosing.add(node);
        stack[stack.length - 1]!.children.push(node);
        stack.push(node);
      },
      ontext(text) {
        stack[stack.length - 1]!.text += text;
      },
      onclosetag(name, isImplied) {
        const node = stack.pop();
        if (isImplied && !(node && selfClosing.has(node))) errors.push(`<${name}> is not closed`);
      },
    },
    { xmlMode: true, recognizeSelfClosing: true },
  );
  parser.write(xml);
  parser.end();
  if (errors.length > 0) throw new Error(errors.join('; '));
  if (stack.length !== 1) throw new Error('unbalanced elements');
  return root;
}

const child = (n: Node, name: string): Node | undefined => n.children.find((c) => c.name === name);
const all = (n: Node, name: string): Node[] => [
  ...n.children.filter((c) => c.name === name),
  ...n.children.flatMap((c) => all(c, name)),
];

const text = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const doc = parseXml(text);
const app = child(doc, 'OfficeApp')!;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, 'webpack.config.js')) as {
  manifestFor(content: string, url: string): string;
  DEV_URL: string;
};

/** The TaskPaneApp's elements, in the order of the schema (OfficeApp v1.1). */
const ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
];
const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'DefaultSettings',
  'Permissions',
];

describe('manifest.xml', () => {
  it('is a well-formed task pane add-in for Excel', () => {
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(app.attrs.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(all(app, 'Host')[0]!.attrs.Name).toBe('Workbook');
    expect(child(app, 'Permissions')!.text.trim()).toBe('ReadWriteDocument');
  });

  it('has the required elements, in the order the schema demands', () => {
    const names = app.children.map((c) => c.name);
    for (const r of REQUIRED) expect(names).toContain(r);
    const positions = names.map((n) => ORDER.indexOf(n));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('declares no Requirements, so that Office 2019 still lists the add-in', () => {
    expect(all(app, 'Requirements')).toEqual([]);
  });

  it('keeps a fixed GUID and a four-part version', () => {
    expect(child(app, 'Id')!.text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(child(app, 'Version')!.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('shows Vietnamese first, with English overrides', () => {
    expect(child(app, 'DefaultLocale')!.text).toBe('vi-VN');
    const name = child(app, 'DisplayName')!;
    expect(name.attrs.DefaultValue).toBe(vi.ui.appName);
    expect(child(name, 'Override')!.attrs.Locale).toBe('en-US');
    expect(child(child(app, 'Description')!, 'Override')!.attrs.Locale).toBe('en-US');
    for (const s of all(app, 'bt:String')) {
      expect(child(s, 'bt:Override')?.attrs.Locale).toBe('en-US');
    }
  });

  it('has a ribbon button that opens the pane, with the parts in the schema order', () => {
    const overrides = child(app, 'VersionOverrides')!;
    expect(overrides.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    expect(overrides.children.map((c) => c.name)).toEqual(['Hosts', 'Resources']);
    const form = all(overrides, 'DesktopFormFactor')[0]!;
    expect(form.children.map((c) => c.name)).toEqual([
      'GetStarted',
      'FunctionFile',
      'ExtensionPoint',
    ]);
    const control = all(form, 'Control')[0]!;
    expect(control.attrs['xsi:type']).toBe('Button');
    expect(control.children.map((c) => c.name)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
    expect(child(control, 'Action')!.attrs['xsi:type']).toBe('ShowTaskpane');
    const resources = child(overrides, 'Resources')!;
    expect(resources.children.map((c) => c.name)).toEqual([
      'bt:Images',
      'bt:Urls',
      'bt:ShortStrings',
      'bt:LongStrings',
    ]);
  });

  it('defines every resource it refers to, within the length limits', () => {
    const defined = new Map<string, Node>();
    for (const kind of ['bt:Image', 'bt:Url', 'bt:String']) {
      for (const n of all(child(app, 'VersionOverrides')!, kind)) {
        if (n.attrs.id) defined.set(n.attrs.id, n);
      }
    }
    const used = [...text.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(defined.has(id)).toBe(true);
    const limit = (group: string, max: number) => {
      for (const s of all(all(app, group)[0]!, 'bt:String')) {
        expect(s.attrs.DefaultValue!.length).toBeLessThanOrEqual(max);
        expect(child(s, 'bt:Override')!.attrs.Value!.length).toBeLessThanOrEqual(max);
      }
    };
    limit('bt:ShortStrings', 125);
    limit('bt:LongStrings', 250);
  });

  it('points every URL at a file the build emits, on the development server', () => {
    const urls = [...text.matchAll(/https:\/\/[^"<\s]+/g)]
      .map((m) => m[0])
      .filter((u) => !u.includes('schemas.microsoft.com'));
    expect(urls.length).toBeGreaterThan(5);
    const emitted = new Set([
      'taskpane.html',
      'commands.html',
      ...fs.readdirSync(path.join(ROOT, 'addin/assets')).map((f) => `assets/${f}`),
    ]);
    for (const url of urls) {
      expect(url.startsWith(webpackConfig.DEV_URL)).toBe(true);
      expect(emitted.has(url.slice(webpackConfig.DEV_URL.length))).toBe(true);
    }
  });

  it('is rewritten for the deployment URL by the build, leaving no localhost behind', () => {
    const deployed = webpackConfig.manifestFor(text, 'https://static.example.org/so-thi-dua/');
    expect(deployed).not.toContain('localhost');
    expect(deployed).toContain(
      '<SourceLocation DefaultValue="https://static.example.org/so-thi-dua/taskpane.html" />',
    );
    expect(() => parseXml(deployed)).not.toThrow();
  });
});
