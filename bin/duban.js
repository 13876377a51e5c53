#!/usr/bin/env node
'use strict';
// The CLI is compiled to build/ by `npm run build:cli` (run by `prepare` on npm ci / npm install).
let cli;
try {
  cli = require('../build/src/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('duban: 命令行尚未编译，请先运行 npm run build:cli（The CLI is not built yet: run `npm run build:cli`.)\n');
    process.exit(2);
  }
  throw e;
}
const { chinaClock } = require('../build/src/app/ports/clock.js');
cli
  .main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    today: chinaClock,
  })
  .then((code) => {
    process.exitCode = code;
  });
