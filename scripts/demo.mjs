// `npm run demo`: the main job on the bundled sample plan, into out/:
// the tracking workbook, one file per unit, the report as JSON and the summary for bloc meetings.
import { createRequire } from 'module';
import { mkdirSync, writeFileSync } from 'fs';

const require = createRequire(import.meta.url);
const { main } = require('../build/cli.js');
const sample = 'test/fixtures/plans/ke-hoach-tdkt-2014-cao-bang.txt';

mkdirSync('out', { recursive: true });
const steps = [
  ['build', sample, '-o', 'out/so-theo-doi-2014.xlsx', '--as-of', '30/06/2014'],
  ['split', 'out/so-theo-doi-2014.xlsx', '-o', 'out/don-vi'],
  ['report', 'out/so-theo-doi-2014.xlsx', '-o', 'out/tong-hop-hop-khoi.xlsx'],
];
for (const args of steps) {
  process.stdout.write(`\n$ thidua ${args.join(' ')}\n`);
  const code = await main(['node', 'thidua', ...args]);
  if (code !== 0) process.exit(code);
}
let json = '';
const io = { ...require('../build/cli.js').nodeIo };
process.stdout.write('\n$ thidua report out/so-theo-doi-2014.xlsx --json > out/bao-cao.json\n');
const code = await main(['node', 'thidua', 'report', 'out/so-theo-doi-2014.xlsx', '--json'], {
  ...io,
  out: (t) => void (json += t),
});
if (code !== 0) process.exit(code);
writeFileSync('out/bao-cao.json', json);
process.stdout.write('\nKết quả trong out/ — results are in out/\n');
