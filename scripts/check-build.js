#!/usr/bin/env node
// Checks what `npm run build` produced (npm run check:build builds, then runs this):
//   node scripts/check-build.js [dist]        exit 0 good, 1 something missing or wrong
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { errorArgumentProblems } = require('./functionsMetadata');

const EXPECTED_FUNCTIONS = ['ISWORKDAY', 'WORKDAY', 'NETWORKDAYS', 'DEADLINE', 'LEVEL', 'OVERDUE', 'NEXTNOTICE', 'SCORE', 'TIER', 'BONUS'];
const BUNDLES = ['functions.js', 'shared.js', 'commands.js', 'taskpane.js'];
const ICONS = [...[16, 32, 64, 80, 128].map((size) => `assets/icon-${size}.png`), ...[16, 32, 80].map((size) => `assets/bulletin-${size}.png`)];

/** Problems with the build in `dist`, as Chinese / English sentences. */
function checkBuild(dist) {
  const problems = [];
  const read = (name) => {
    const file = path.join(dist, name);
    if (!fs.existsSync(file)) {
      problems.push(`缺少 ${name} / ${name} is missing`);
      return null;
    }
    return fs.readFileSync(file, 'utf8');
  };

  for (const name of ['shared.js', 'commands.js', 'taskpane.js', ...ICONS]) read(name);
  // The deployable manifest is written only for a deployment address (webpack.config.js).
  if (process.env.DUBAN_ADDIN_URL) {
    const manifest = read('manifest.xml');
    if (manifest !== null && manifest.includes('https://localhost:')) {
      problems.push('manifest.xml 仍指向 localhost / manifest.xml still points at localhost');
    }
  }
  const functions = read('functions.js');

  const html = read('taskpane.html');
  if (html !== null) {
    if (!html.includes('https://appsforoffice.microsoft.com/lib/1/hosted/office.js')) {
      problems.push('taskpane.html 未加载 office.js / taskpane.html does not load office.js');
    }
    // The shared runtime page must load every bundle, after office.js.
    const officeAt = html.indexOf('office.js');
    for (const bundle of BUNDLES) {
      const at = html.search(new RegExp(`src="?${bundle.replace('.', '\\.')}`));
      if (at < 0) problems.push(`taskpane.html 未加载 ${bundle} / taskpane.html does not load ${bundle}`);
      else if (at < officeAt) problems.push(`taskpane.html 在 office.js 之前加载 ${bundle} / ${bundle} loads before office.js`);
    }
  }

  const json = read('functions.json');
  if (json !== null) {
    let metadata = null;
    let ids = null;
    try {
      metadata = JSON.parse(json);
      ids = metadata.functions.map((f) => f.id);
    } catch (e) {
      problems.push(`functions.json 无法解析 / functions.json is not valid metadata: ${e.message}`);
    }
    if (ids && JSON.stringify([...ids].sort()) !== JSON.stringify([...EXPECTED_FUNCTIONS].sort())) {
      problems.push(
        `functions.json 的函数应为 ${EXPECTED_FUNCTIONS.join(', ')}，实际为 ${ids.join(', ')} / ` +
          `functions.json should list exactly ${EXPECTED_FUNCTIONS.join(', ')}, found ${ids.join(', ')}`,
      );
    }
    // Every function must receive error cells (AllowErrorArgumentsPlugin in webpack.config.js).
    if (ids) problems.push(...errorArgumentProblems(metadata));
  }

  if (functions !== null) {
    // The metadata plugin appends these calls; without them Excel cannot run the functions.
    for (const id of EXPECTED_FUNCTIONS) {
      if (!functions.includes(`CustomFunctions.associate("${id}"`)) {
        problems.push(`functions.js 未关联 ${id} / functions.js does not associate ${id}`);
      }
    }
  }
  return problems;
}

if (require.main === module) {
  const dist = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'dist'));
  const problems = checkBuild(dist);
  for (const p of problems) console.error(`✗ ${p}`);
  if (problems.length > 0) {
    console.error(`构建产物不完整 / the build in ${dist} is incomplete`);
    process.exitCode = 1;
  } else {
    console.log(`✓ ${dist}: 构建产物齐全 / build output complete`);
  }
}

module.exports = { checkBuild };
