// `npm run demo [-- OUT_DIR]`: the main job on the bundled sample plan at mid-year, into out/
// (or OUT_DIR): the tracking workbook as of 30/06/2014, one file per unit (don-vi/), the files
// the units sent back filled in (gui-lai/, made by demo-returns.mjs; one unit sends nothing),
// merged into the workbook, the office's criteria and hand scores (demo-scores.mjs), then the
// report as JSON and the summary for bloc meetings, with a page per bloc.
// THIDUA_BUNDLE names another build of the CLI (the tests build their own).
import { createRequire } from 'module';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'fs';
import path from 'path';
import { makeReturns } from './demo-returns.mjs';
import { setCriteria, typeScores } from './demo-scores.mjs';

const require = createRequire(import.meta.url);
const { main, nodeIo } = require(process.env.THIDUA_BUNDLE ?? '../build/cli.js');
const sample = 'test/fixtures/plans/ke-hoach-tdkt-2014-cao-bang.txt';
const out = process.argv[2] ?? 'out';
const at = (name) => path.join(out, name);
const book = at('so-theo-doi-2014.xlsx');
const asOf = new Date('2014-06-30T00:00:00Z');

// each run starts again from the plan: the demo's own files of an earlier run go first (a book
// holding entries would be kept by `build`, and returned files by `split`)
mkdirSync(out, { recursive: true });
for (const f of readdirSync(out)) {
  if (
    /^so-theo-doi-2014(\.bak(-\d+)?)?\.xlsx$|^tong-hop-hop-khoi\.xlsx$|^bao-cao\.json$|^bao-cao-thi-dua\.docx$/.test(
      f,
    )
  ) {
    rmSync(at(f));
  }
}
for (const d of ['don-vi', 'gui-lai']) rmSync(at(d), { recursive: true, force: true });

async function thidua(args, io = nodeIo) {
  process.stdout.write(`\n$ thidua ${args.join(' ')}\n`);
  const code = await main(['node', 'thidua', ...args], io);
  if (code !== 0) process.exit(code);
}

await thidua(['build', sample, '-o', book, '--as-of', '30/06/2014']);
await thidua(['split', book, '-o', at('don-vi')]);
process.stdout.write(
  `\nVăn phòng đặt ${await setCriteria(book)} tiêu chí chấm điểm trên trang Tiêu chí — the office sets its criteria\n`,
);

process.stdout.write(
  `\nCác đơn vị gửi lại tệp đã điền — units send their files back: ${at('gui-lai')}\n`,
);
const made = await makeReturns(at('don-vi'), at('gui-lai'), asOf);
for (const m of made) {
  process.stdout.write(
    `  ${m.file}: ${m.done} hoàn thành (${m.late} trễ hạn), ${m.open} đang thực hiện` +
      (m.skipped ? `, ${m.skipped} không thực hiện\n` : '\n'),
  );
}
const returned = made.map((m) => at(path.join('gui-lai', m.file)));
await thidua(['consolidate', book, ...returned, '-o', book, '--in-place']);
process.stdout.write(
  `\nVăn phòng chấm điểm ${await typeScores(book)} đơn vị trên trang Chấm điểm — the office scores the units by hand\n`,
);
await thidua([
  'report',
  book,
  '-o',
  at('tong-hop-hop-khoi.xlsx'),
  '--blocs',
  '--docx',
  at('bao-cao-thi-dua.docx'),
]);

let json = '';
await thidua(['report', book, '--json'], { ...nodeIo, out: (t) => void (json += t) });
writeFileSync(at('bao-cao.json'), json);
process.stdout.write(`\nKết quả trong ${out}/ — results are in ${out}/\n`);
