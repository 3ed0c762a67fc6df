/**
 * The built command loads the libraries for .xlsx, .docx and .csv only when a command reads or
 * writes such a file (scripts/build-cli.mjs): `--help`, `schema` and a .txt plan start without them.
 * What each run loaded is read from Node's module cache; the time it saves is in `npm run bench
 * -- start`.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import * as vm from 'vm';
import { readPlanDocument } from '../../shared/plan/read';
import { builtCli } from '../helpers/built-cli';
import { fixtureSource } from '../helpers/fixture-plans';
import { outputDir, PLANS, SAMPLE } from '../helpers/paths';

let bundle = '';
let dir = '';

beforeAll(() => {
  const bin = builtCli('lazy-start-cli');
  bundle = path.join(path.dirname(path.dirname(bin)), 'build/cli.js');
  dir = outputDir('lazy-start');
}, 120_000);

/** Runs `thidua ARGS` in a fresh process; its exit code, and the libraries it loaded. */
function run(args: string[]): { code: number; loaded: string[]; out: string } {
  const script = `
    const { main, nodeIo } = require(${JSON.stringify(bundle)});
    let out = '';
    main(['node', 'thidua', ...${JSON.stringify(args)}], { ...nodeIo, out: (t) => void (out += t), err: () => undefined })
      .then((code) => {
        const loaded = Object.keys(require.cache)
          .filter((f) => f.includes(${JSON.stringify(`${path.sep}lib${path.sep}`)}))
          .map((f) => require('path').basename(f, '.js'))
          .sort();
        process.stdout.write(JSON.stringify({ code, loaded, out }));
      });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as {
    code: number;
    loaded: string[];
    out: string;
  };
}

describe("the built command's code cache", () => {
  it('is made by the build and accepted by this Node for this bundle', () => {
    const source = fs.readFileSync(bundle, 'utf8');
    const script = new vm.Script(Module.wrap(source), {
      filename: bundle,
      cachedData: fs.readFileSync(`${bundle}.cache`),
    });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('when damaged or missing, is only not used: the command starts and answers', () => {
    const bin = path.join(path.dirname(path.dirname(bundle)), 'bin/thidua.js');
    const cache = `${bundle}.cache`;
    const kept = fs.readFileSync(cache);
    try {
      for (const damage of [
        () => fs.writeFileSync(cache, 'không phải mã'),
        () => fs.rmSync(cache),
      ]) {
        damage();
        const out = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
        expect(out).toContain('Cách dùng / Usage: thidua');
      }
    } finally {
      fs.writeFileSync(cache, kept);
    }
  });
});

describe('the built thidua command', () => {
  it('shows its help and the schema without loading any of them', () => {
    const help = run(['--help']);
    expect(help).toMatchObject({ code: 0, loaded: [] });
    expect(help.out).toContain('Cách dùng / Usage: thidua');
    expect(run(['schema'])).toMatchObject({ code: 0, loaded: [] });
  });

  it('reads a .txt plan without them', () => {
    const r = run(['parse', SAMPLE, '--json']);
    expect(r).toMatchObject({ code: 0, loaded: [] });
    expect((JSON.parse(r.out) as { periods: unknown[] }).periods).toHaveLength(4);
    // a unit directory in .csv brings only the CSV reader
    const units = path.join(PLANS, 'chuong-trinh-2025-tuy-phuoc.units.csv');
    const plan = path.join(PLANS, 'chuong-trinh-2025-tuy-phuoc.txt');
    expect(run(['parse', plan, '--units', units])).toMatchObject({
      code: 0,
      loaded: ['papaparse'],
    });
  });

  it('loads the .docx readers for a .docx plan, and reads it as the sources do', async () => {
    const name = 'chuong-trinh-2025-tuy-phuoc.docx';
    const { bytes } = await fixtureSource(name);
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const r = run(['parse', file, '--json']);
    expect(r).toMatchObject({
      code: 0,
      loaded: ['fflate', 'htmlparser2', 'jszip', 'mammoth'],
    });
    const read = await readPlanDocument(bytes, name);
    if (!read.ok) throw new Error('the fixture does not read');
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(read.value.plan)));
  });

  it('loads exceljs to write a book; the book is read without it, and docx writes the report document', () => {
    const book = path.join(dir, 'so.xlsx');
    expect(run(['build', SAMPLE, '-o', book])).toMatchObject({
      code: 0,
      loaded: ['exceljs', 'fflate'],
    });
    const report = run(['report', book, '--docx', path.join(dir, 'bao-cao.docx')]);
    // the product's own reader takes the book's sheets (fflate unpacks them): no exceljs
    expect(report).toMatchObject({ code: 0, loaded: ['docx', 'fflate'] });
    expect(fs.statSync(path.join(dir, 'bao-cao.docx')).size).toBeGreaterThan(1000);
  });
});
