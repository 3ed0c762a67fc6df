#!/usr/bin/env node
// Entry of the `thidua` command: the bundled CLI, built by `npm run build:cli` (run by npm's prepare).
'use strict';
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '..', 'build', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    'thidua: chưa build. Hãy chạy "npm run build:cli".\n' +
      'thidua: not built yet. Run "npm run build:cli".\n',
  );
  process.exit(2);
}
require('./compile-cache')
  .loadCached(bundle)
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
