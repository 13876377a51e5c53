#!/usr/bin/env node
// Runs the jest suite once per time zone: dates are date-only values, so results must not
// depend on the machine's zone, and a zone west of UTC is where local-time Date bugs show.
const { spawnSync } = require('node:child_process');
const zones = ['Asia/Shanghai', 'America/Los_Angeles'];
const jest = require.resolve('jest/bin/jest');
for (const tz of zones) {
  console.log(`\n=== jest, TZ=${tz} ===`);
  const r = spawnSync(process.execPath, [jest, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
