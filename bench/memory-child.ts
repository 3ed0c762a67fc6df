/**
 * Preloaded (`node --require`) into a fresh `thidua` process by the workbook benchmark: when the
 * process exits, writes its peak resident memory (KB) to the file named by THIDUA_PEAK_FILE.
 */
import * as fs from 'fs';

const out = process.env.THIDUA_PEAK_FILE;
if (out) {
  process.on('exit', () => {
    fs.writeFileSync(out, String(process.resourceUsage().maxRSS));
  });
}
