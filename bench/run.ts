/**
 * `npm run bench`: every benchmark, with medians and ratios measured in this one process.
 * `npm run bench -- ui sheets` runs only those named.
 */
import { benchCommands, benchReport } from './commands';
import { benchExcel } from './excel';
import { benchFiles } from './files';
import { benchFormats } from './formats';
import { benchPlan } from './plan';
import { benchSheets } from './sheets';
import { benchStart } from './start';
import { benchUi } from './ui';
import { benchWorkbook } from './workbook';

const BENCHES: Record<string, () => Promise<void>> = {
  plan: benchPlan,
  formats: benchFormats,
  workbook: benchWorkbook,
  commands: benchCommands,
  report: benchReport,
  excel: benchExcel,
  sheets: benchSheets,
  files: benchFiles,
  start: benchStart,
  ui: benchUi,
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !(name in BENCHES));
  if (unknown.length > 0) {
    throw new Error(
      `no benchmark ${unknown.join(', ')}; there are ${Object.keys(BENCHES).join(', ')}`,
    );
  }
  process.stdout.write(
    `Sổ Thi Đua benchmarks — node ${process.version}, ${new Date().toISOString()}\n`,
  );
  for (const [name, run] of Object.entries(BENCHES)) {
    if (only.length === 0 || only.includes(name)) await run();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
