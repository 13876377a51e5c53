#!/usr/bin/env node
// Writes docs/reliability.md from the bad-input corpus' case definitions (test/corpus/cases.ts).
// test/corpus/corpus.test.ts fails when the file differs from what this writes.
//
// The cases are TypeScript: they are loaded through the compiler the project already has
// (transpile only, no type check — jest and tsc do that), so the script needs nothing extra.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

const root = path.join(__dirname, '..');
const { CASES } = require(path.join(root, 'test/corpus/cases.ts'));
const { renderReliabilityDoc } = require(path.join(root, 'test/corpus/reliabilityDoc.ts'));

const target = path.join(root, 'docs/reliability.md');
fs.writeFileSync(target, renderReliabilityDoc(CASES));
console.log(`docs/reliability.md: ${CASES.length} 个情形 / cases`);
