/**
 * The lint rules that hold the core's shape (ARCHITECTURE.md): imports between the folders of
 * shared/ go one way, the core imports no host, and only shared/ui touches the page. Each case is
 * a file that does not exist, linted by the project's own ESLint configuration as if it stood at
 * that path, in a separate Node process (the configuration is an ES module).
 */
import { spawnSync } from 'child_process';
import { ROOT } from '../helpers/paths';

interface Case {
  file: string;
  code: string;
}

interface Finding {
  rule: string | null;
  message: string;
}

const LINT = `
const { ESLint } = require('eslint');
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const c of cases) {
    const [r] = await eslint.lintText(c.code, { filePath: c.file });
    out.push(r.messages.map((m) => ({ rule: m.ruleId, message: m.message })));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

function lint(cases: Case[]): Finding[][] {
  const r = spawnSync(process.execPath, ['-e', LINT], {
    cwd: ROOT,
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 1 << 22,
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Finding[][];
}

const importing = (file: string, from: string): Case => ({
  file,
  code: `import * as m from '${from}';\nexport const x = m;\n`,
});

describe('the lint rules of the core', () => {
  const cases: Record<string, Case> = {
    bookToLayout: importing('shared/book/fixture.ts', '../layout/describe'),
    bookToReadType: {
      file: 'shared/book/fixture.ts',
      code: "import type { ReadBook } from '../read/book';\nexport type X = ReadBook;\n",
    },
    unitsToBook: importing('shared/units/fixture.ts', '../book/model'),
    unitsToTracking: importing('shared/units/fixture.ts', '../tracking/status'),
    i18nToPlan: importing('shared/i18n/fixture.ts', '../plan/model'),
    planToXlsx: importing('shared/plan/fixture.ts', '../xlsx/write'),
    layoutToRead: importing('shared/layout/fixture.ts', '../read/book'),
    reportToApp: importing('shared/report/fixture.ts', '../app/run'),
    unknownFolder: importing('shared/helpers/fixture.ts', '../text/normalize'),
    coreToCli: importing('shared/app/fixture.ts', '../../cli/main'),
    appDown: importing('shared/app/fixture.ts', '../xlsx/write'),
    bookDown: importing('shared/book/fixture.ts', '../units/model'),
    appDom: { file: 'shared/app/fixture.ts', code: 'export const t = document.title;\n' },
    uiDom: { file: 'shared/ui/fixture.ts', code: 'export const t = document.title;\n' },
    uiNode: { file: 'shared/ui/fixture.ts', code: 'export const e = process.env;\n' },
    planFs: importing('shared/plan/fixture.ts', 'fs'),
  };
  const names = Object.keys(cases);
  let found: Record<string, Finding[]>;

  beforeAll(() => {
    const results = lint(names.map((n) => cases[n] as Case));
    found = Object.fromEntries(names.map((n, i) => [n, results[i] ?? []]));
  }, 120_000);

  const rules = (name: string) => (found[name] ?? []).map((f) => f.rule);

  it('refuses an import from a folder above, type imports included', () => {
    for (const name of ['bookToLayout', 'bookToReadType', 'unitsToBook', 'i18nToPlan']) {
      expect([name, rules(name)]).toEqual([name, ['import-x/no-restricted-paths']]);
    }
    expect(found.bookToLayout?.[0]?.message).toBe(
      'Unexpected path "../layout/describe" imported in restricted zone. shared/book may import only the folders below it (ARCHITECTURE.md, LAYERS in eslint.config.mjs).',
    );
  });

  it('refuses the imports that made cycles: plan to the .xlsx writer, layout to the reader, report to the app', () => {
    for (const name of ['planToXlsx', 'layoutToRead', 'reportToApp']) {
      expect([name, rules(name)]).toEqual([name, ['import-x/no-restricted-paths']]);
    }
  });

  it('refuses imports between folders of one line (units and tracking)', () => {
    expect(rules('unitsToTracking')).toEqual(['import-x/no-restricted-paths']);
  });

  it('refuses a folder of shared/ that has no place in the layers, and any host in the core', () => {
    expect(found.unknownFolder?.map((f) => f.message)).toEqual([
      'Unexpected path "../text/normalize" imported in restricted zone. A folder of shared/ that is not in LAYERS (eslint.config.mjs): give it its place first.',
    ]);
    expect(rules('coreToCli')).toContain('import-x/no-restricted-paths');
  });

  it('lets a folder import the folders below it', () => {
    expect(found.appDown).toEqual([]);
    expect(found.bookDown).toEqual([]);
  });

  it('keeps the page to shared/ui, and Node out of the whole core', () => {
    expect(found.appDom).toEqual([
      { rule: 'no-restricted-globals', message: "Unexpected use of 'document'." },
    ]);
    expect(found.uiDom).toEqual([]);
    expect(found.uiNode).toEqual([
      { rule: 'no-restricted-globals', message: "Unexpected use of 'process'." },
    ]);
    expect(rules('planFs')).toEqual(['no-restricted-imports']);
  });
});
