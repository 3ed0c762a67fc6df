/** `npm run bench`: every benchmark, with medians and ratios measured in this one process. */
import { benchCommands } from './commands';
import { benchExcel } from './excel';
import { benchFiles } from './files';
import { benchFormats } from './formats';
import { benchPlan } from './plan';
import { benchSheets } from './sheets';
import { benchWorkbook } from './workbook';

async function main(): Promise<void> {
  process.stdout.write(
    `Sổ Thi Đua benchmarks — node ${process.version}, ${new Date().toISOString()}\n`,
  );
  await benchPlan();
  await benchFormats();
  await benchWorkbook();
  await benchCommands();
  await benchExcel();
  await benchSheets();
  await benchFiles();
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
