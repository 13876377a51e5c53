// Flat ESLint config. Besides typescript-eslint's recommended rules it keeps the edges of the
// design honest (docs/architecture.md): Office.js globals only where Excel is the edge, and a
// core with no clock, no DOM, no I/O and no console.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Node globals for the CommonJS scripts and config files (listed here rather than adding the
// `globals` package for a dozen names).
const nodeGlobals = Object.fromEntries(
  [
    'require', 'module', 'exports', 'process', '__dirname', '__filename', 'console', 'Buffer',
    'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'URL',
  ].map((name) => [name, 'readonly']),
);

const OFFICE_MESSAGE =
  '只能在 src/office、src/functions、src/commands 和任务窗格入口使用 Office.js / Office.js globals belong in src/office, src/functions, src/commands and the task pane entry only.';
const CORE_MESSAGE = 'src/core 是纯函数：不读时钟、不碰 DOM、不做 I/O / src/core is pure: no clock, no DOM, no I/O.';

const officeGlobals = ['Office', 'Excel', 'CustomFunctions', 'OfficeExtension', 'OfficeRuntime'].map((name) => ({
  name,
  message: OFFICE_MESSAGE,
}));
// The same globals reached as properties (globalThis.Office, window.Excel).
const officeProperties = ['globalThis', 'window', 'self'].flatMap((object) =>
  officeGlobals.map(({ name, message }) => ({ object, property: name, message })),
);
const browserGlobals = [
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest',
  'WebSocket', 'performance',
].map((name) => ({ name, message: CORE_MESSAGE }));

const localTimeMethods = [
  'getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds',
  'getMilliseconds', 'getTimezoneOffset', 'setFullYear', 'setMonth', 'setDate', 'setHours',
  'setMinutes', 'setSeconds', 'setMilliseconds', 'toLocaleDateString', 'toLocaleTimeString',
  'toDateString', 'toTimeString',
];
const clockSyntax = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: `${CORE_MESSAGE} new Date() 读取当前时间 / reads the clock` },
  { selector: "CallExpression[callee.name='Date']", message: `${CORE_MESSAGE} Date() 读取当前时间 / reads the clock` },
  {
    selector: `CallExpression[callee.property.name=/^(${localTimeMethods.join('|')})$/]`,
    message: '只用 UTC 方法或 DateOnly / use UTC methods or DateOnly, never local-time Date methods.',
  },
];
const ioImportSyntax = [
  {
    selector: 'ImportDeclaration[source.value=/^(node:)?(fs|fs\\u002Fpromises|path|os|child_process|http|https|net)$/]',
    message: CORE_MESSAGE,
  },
];


// The layers (docs/architecture.md, 分层): core ← sheets ← app; office and xlsx implement app's
// ports; functions, commands, taskpane and cli are entries that wire ports and call app. Each
// folder names what it may not reach. A relative import climbing to a top-level folder of src
// reads "../office/…" (or "../../office/…"), so the patterns match that climb.
const LAYERS = {
  core: ['sheets', 'app', 'office', 'xlsx', 'functions', 'commands', 'taskpane', 'cli'],
  sheets: ['app', 'office', 'xlsx', 'functions', 'commands', 'taskpane', 'cli'],
  app: ['office', 'xlsx', 'functions', 'commands', 'taskpane', 'cli'],
  office: ['xlsx', 'functions', 'commands', 'taskpane', 'cli'],
  xlsx: ['office', 'functions', 'commands', 'taskpane', 'cli'],
  functions: ['sheets', 'xlsx', 'commands', 'taskpane', 'cli'],
  commands: ['sheets', 'xlsx', 'functions', 'taskpane', 'cli'],
  taskpane: ['sheets', 'xlsx', 'functions', 'commands', 'cli'],
  cli: ['office', 'functions', 'commands', 'taskpane'],
};
const layerPattern = (folder, target) => ({
  regex: `^(\\.\\./)+${target}(/|$)`,
  message: `src/${folder} 不能引用 src/${target}（分层见 docs/architecture.md）/ src/${folder} may not import src/${target}.`,
});
// What the pane may take from the core besides types: label tables, the sheet names it shows, the
// wording of a place (a column's letters, a problem's cell, a required column's label), and the
// date box's reading of what was typed (readTypedDate: the date it names or why not, within the
// years the CLI's --as-of takes; parseDateOnly, isDateOnly) and the days its month calendar lays
// out and moves between (calendarWeeks, moveInCalendar).
const PANE_CORE_VALUES = [
  'CONCEPTS', 'ALL_CONCEPTS', 'COLOR_NAMES', 'NOTICE_LOG_SHEET', 'FEEDBACK_SHEET', 'REGISTER_SHEET', 'STAFF_SHEET', 'PERIOD_KINDS',
  'SHORTLIST_LENGTH', 'columnLetters', 'problemPlace', 'requiredLabel', 'isDateOnly', 'parseDateOnly',
  'readTypedDate', 'calendarWeeks', 'moveInCalendar',
];
const paneCorePattern = {
  regex: '^(\\.\\./)+core(/|$)',
  allowTypeImports: true,
  allowImportNames: PANE_CORE_VALUES,
  message: '任务窗格只从 src/core 引用类型和标签表，逻辑经 src/app 调用 / the pane takes only types and label tables from src/core; logic goes through src/app.',
};
const TESTS = ['src/**/*.test.ts', 'src/**/*.test.tsx'];
const fence = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});
const layerFences = Object.entries(LAYERS).flatMap(([folder, forbidden]) => {
  const files = [`src/${folder}/**/*.ts`, `src/${folder}/**/*.tsx`];
  const patterns = forbidden.map((target) => layerPattern(folder, target));
  const extra = folder === 'taskpane' ? [paneCorePattern] : [];
  // Tests may drive a real adapter through the layer they test (an app use case over the .xlsx
  // port), but the entries' own folders stay theirs alone.
  const testPatterns = patterns.filter((p) => /(taskpane|cli)\(/.test(p.regex));
  return [fence(files, [...patterns, ...extra], TESTS), fence(files.map((f) => f.replace(/\*\.(tsx?)$/, '*.test.$1')), testPatterns)];
});

export default defineConfig(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', 'out/', 'test-output/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: nodeGlobals },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Office.js is an edge: forbidden everywhere in src but the adapters and entry points.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/office/**', 'src/functions/**', 'src/commands/**', 'src/taskpane/index.tsx'],
    rules: {
      'no-restricted-globals': ['error', ...officeGlobals],
      'no-restricted-properties': ['error', ...officeProperties],
    },
  },
  // The core: no clock, no DOM, no I/O, no console (later entries override the rule lists above).
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...officeGlobals, ...browserGlobals],
      'no-restricted-properties': [
        'error',
        ...officeProperties,
        { object: 'Date', property: 'now', message: `${CORE_MESSAGE} Date.now` },
      ],
      'no-restricted-syntax': ['error', ...clockSyntax, ...ioImportSyntax],
      'no-console': 'error',
    },
  },
  {
    // Tests of the core keep the calendar clock out (results must not depend on today) but may
    // read fixture files and time themselves with performance.now() (the 100,000-row budget).
    files: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...officeGlobals, ...browserGlobals.filter((g) => g.name !== 'performance')],
      'no-restricted-syntax': ['error', ...clockSyntax],
    },
  },
  ...layerFences,
);
