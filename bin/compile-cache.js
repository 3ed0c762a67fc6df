// Loads a CommonJS file through V8's code cache: a file compiled once at build time is not
// compiled again at every start (Node 20 has no module.enableCompileCache). The cache is
// FILE.cache beside it; V8 refuses a cache made by another Node or for other source, and the
// file is then compiled as usual.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

/** Runs `file` as a module; `script` is kept so that a cache can be made after it ran. */
function run(file, cachedData) {
  const source = fs.readFileSync(file, 'utf8');
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const mod = { exports: {}, filename: file, id: file, loaded: false };
  const fn = script.runInThisContext();
  fn.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return { exports: mod.exports, script };
}

/** The exports of `file`, using its code cache when there is one V8 accepts. */
function loadCached(file) {
  let cachedData;
  try {
    cachedData = fs.readFileSync(`${file}.cache`);
  } catch {
    // no cache: compiled as usual
  }
  return run(file, cachedData).exports;
}

/**
 * Writes FILE.cache: the code of `file` compiled and its top level run (the commands' tables,
 * the schemas), so the functions a start runs are in the cache too.
 */
function writeCache(file) {
  const { script } = run(file);
  const tmp = `${file}.cache.${process.pid}.tmp`;
  fs.writeFileSync(tmp, script.createCachedData());
  fs.renameSync(tmp, `${file}.cache`);
}

module.exports = { loadCached, writeCache };
