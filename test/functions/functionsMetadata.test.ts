/**
 * The build step that lets the DUBAN functions take error values as input (scripts/functionsMetadata.js):
 * functions.json must carry "allowErrorForDataTypeAny": true, top-level as Microsoft documents it
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany),
 * and every parameter must be of type any for Excel to pass it errors.
 */
import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import webpack, { type Configuration, type WebpackPluginInstance } from 'webpack';

const ROOT = path.join(__dirname, '..', '..');
const load = createRequire(__filename);

interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: Array<{ id: string; parameters: Array<{ name: string; type?: string }> }>;
}
const metadataScript = load(path.join(ROOT, 'scripts/functionsMetadata.js')) as {
  allowErrorArguments(json: unknown): Metadata;
  allowErrorArgumentsInText(text: string): string;
  errorArgumentProblems(json: unknown): string[];
  AllowErrorArgumentsPlugin: new (options?: { output?: string }) => WebpackPluginInstance;
};
const { allowErrorArguments, allowErrorArgumentsInText, errorArgumentProblems, AllowErrorArgumentsPlugin } = metadataScript;
const { checkBuild } = load(path.join(ROOT, 'scripts/check-build.js')) as { checkBuild(dist: string): string[] };
const CustomFunctionsMetadataPlugin = load('custom-functions-metadata-plugin') as new (...args: never[]) => WebpackPluginInstance;

const EXPECTED_IDS = ['ISWORKDAY', 'WORKDAY', 'NETWORKDAYS', 'DEADLINE', 'LEVEL', 'OVERDUE', 'NEXTNOTICE', 'SCORE', 'TIER', 'BONUS'];

/** What CustomFunctionsMetadataPlugin writes, cut down to two functions. */
const PLUGIN_SHAPE = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      description: '判断日期是否为工作日',
      id: 'ISWORKDAY',
      name: 'ISWORKDAY',
      parameters: [{ description: '日期', dimensionality: 'matrix', name: 'date', type: 'any' }],
      result: { dimensionality: 'matrix', type: 'boolean' },
    },
    {
      description: '办理时限',
      id: 'DEADLINE',
      name: 'DEADLINE',
      parameters: [
        { description: '交办时间', dimensionality: 'matrix', name: 'assigned', type: 'any' },
        { description: '办理时限', dimensionality: 'matrix', name: 'deadline', optional: true },
      ],
      result: { dimensionality: 'matrix' },
    },
  ],
};

describe('allowErrorArguments', () => {
  it('adds the top-level option before the functions, changing nothing else', () => {
    const out = allowErrorArguments(PLUGIN_SHAPE);
    expect(out).toEqual({ allowCustomDataForDataTypeAny: true, allowErrorForDataTypeAny: true, functions: PLUGIN_SHAPE.functions });
    expect(Object.keys(out)).toEqual(['allowCustomDataForDataTypeAny', 'allowErrorForDataTypeAny', 'functions']);
    // Pure: the input is left as it was.
    expect(Object.keys(PLUGIN_SHAPE)).toEqual(['allowCustomDataForDataTypeAny', 'functions']);
  });

  it('keeps other top-level properties and sets an existing false option to true', () => {
    const json = { allowErrorForDataTypeAny: false, functions: [{ id: 'NOW2', name: 'NOW2', parameters: [] }], enums: [] };
    expect(allowErrorArguments(json)).toEqual({ enums: [], allowErrorForDataTypeAny: true, functions: [{ id: 'NOW2', name: 'NOW2', parameters: [] }] });
  });

  it('refuses metadata without functions, in Chinese and English', () => {
    for (const json of [{ functions: [] }, {}, null, { functions: 'ISWORKDAY' }]) {
      expect(() => allowErrorArguments(json)).toThrow('functions.json 中没有任何函数 / functions.json lists no functions');
    }
  });

  it('refuses a parameter Excel would not pass errors to, naming it', () => {
    const json = { functions: [{ id: 'WORKDAY', parameters: [{ name: 'start', type: 'any' }, { name: 'days', type: 'number' }] }] };
    expect(() => allowErrorArguments(json)).toThrow(
      '以下参数不是 any 类型，Excel 不会把错误值传给它们：WORKDAY.days (number) / ' +
        'these parameters are not of type any, so Excel would not pass them error values: WORKDAY.days (number)',
    );
  });
});

describe('allowErrorArgumentsInText', () => {
  it('rewrites the file as the plugin writes it, with a 4-space indent', () => {
    expect(allowErrorArgumentsInText('{"functions":[{"id":"X","parameters":[]}]}')).toBe(
      '{\n    "allowErrorForDataTypeAny": true,\n    "functions": [\n        {\n            "id": "X",\n            "parameters": []\n        }\n    ]\n}',
    );
  });

  it('refuses text that is not JSON', () => {
    expect(() => allowErrorArgumentsInText('{"functions": [')).toThrow('functions.json 不是有效的 JSON / functions.json is not valid JSON');
  });
});

describe('errorArgumentProblems (npm run check:build)', () => {
  it('finds none once the option is on', () => {
    expect(errorArgumentProblems(allowErrorArguments(PLUGIN_SHAPE))).toEqual([]);
  });

  it('reports a missing option and parameters of other types', () => {
    expect(errorArgumentProblems(PLUGIN_SHAPE)).toEqual([
      'functions.json 缺少 "allowErrorForDataTypeAny": true，区域中一格错误值会使整个结果变成一个错误 / ' +
        'functions.json lacks "allowErrorForDataTypeAny": true, so one error cell in a range fails the whole result',
    ]);
    expect(errorArgumentProblems({ allowErrorForDataTypeAny: true, functions: [{ id: 'TIER', parameters: [{ name: 'rank', type: 'string' }] }] })).toEqual([
      'functions.json 中参数 TIER.rank (string) 不是 any 类型，收不到错误值 / parameter TIER.rank (string) is not of type any and gets no error values',
    ]);
    expect(errorArgumentProblems({ functions: [] })).toEqual(['functions.json 中没有任何函数 / functions.json lists no functions']);
  });

  it('fails check-build on a dist/functions.json without the option', async () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'duban-dist-'));
    try {
      const generated = await generateCustomFunctionsMetadata(path.join(ROOT, 'src/functions/functions.ts'));
      await fs.writeFile(path.join(dist, 'functions.json'), generated.metadataJson);
      expect(checkBuild(dist).filter((p) => p.includes('functions.json'))).toEqual([
        'functions.json 缺少 "allowErrorForDataTypeAny": true，区域中一格错误值会使整个结果变成一个错误 / ' +
          'functions.json lacks "allowErrorForDataTypeAny": true, so one error cell in a range fails the whole result',
      ]);
      await fs.writeFile(path.join(dist, 'functions.json'), allowErrorArgumentsInText(generated.metadataJson));
      expect(checkBuild(dist).filter((p) => p.includes('functions.json'))).toEqual([]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('the build', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'duban-webpack-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs webpack over a one-line entry with `plugins`; the functions.json it writes (null if none) and its errors. */
  async function build(plugins: WebpackPluginInstance[]): Promise<{ json: Metadata | null; errors: string[] }> {
    await fs.writeFile(path.join(dir, 'entry.js'), 'export const one = 1;\n');
    const config: Configuration = { mode: 'none', context: dir, entry: './entry.js', output: { path: path.join(dir, 'out') }, plugins };
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(config, (err, result) => (err || !result ? reject(err ?? new Error('no stats')) : resolve(result))),
    );
    const errors = (stats.toJson({ all: false, errors: true }).errors ?? []).map((e) => e.message);
    const text = await fs.readFile(path.join(dir, 'out', 'functions.json'), 'utf8').catch(() => null);
    return { json: text === null ? null : (JSON.parse(text) as Metadata), errors };
  }

  it('webpack.config.js runs the step after the metadata plugin, and every function gets the option', async () => {
    // The real plugins of the add-in build, from the config itself (development: no manifest notice).
    const makeConfig = load(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: { mode: string }) => Configuration;
    const all = (makeConfig({}, { mode: 'development' }).plugins ?? []) as WebpackPluginInstance[];
    const metadataAt = all.findIndex((p) => p instanceof CustomFunctionsMetadataPlugin);
    const stepAt = all.findIndex((p) => p instanceof AllowErrorArgumentsPlugin);
    expect(metadataAt).toBeGreaterThanOrEqual(0);
    expect(stepAt).toBeGreaterThan(metadataAt);

    const cwd = process.cwd();
    process.chdir(ROOT); // the metadata plugin resolves its input from the working directory
    let out: Awaited<ReturnType<typeof build>>;
    try {
      out = await build([all[metadataAt], all[stepAt]]);
    } finally {
      process.chdir(cwd);
    }
    expect(out.errors).toEqual([]);
    expect(out.json?.allowErrorForDataTypeAny).toBe(true);
    expect(out.json?.functions.map((f) => f.id)).toEqual(EXPECTED_IDS);
    expect(out.json?.functions.flatMap((f) => f.parameters.map((p) => p.type)).every((t) => t === 'any')).toBe(true);
    expect(errorArgumentProblems(out.json)).toEqual([]);
  }, 30_000);

  it('fails when no functions.json was emitted', async () => {
    const out = await build([new AllowErrorArgumentsPlugin()]);
    expect(out.errors).toEqual([
      'AllowErrorArgumentsPlugin：未找到 functions.json（CustomFunctionsMetadataPlugin 没有生成它） / ' +
        'functions.json was not found: CustomFunctionsMetadataPlugin did not emit it',
    ]);
    expect(out.json).toBeNull();
  }, 30_000);

  it('fails when functions.json lists no functions', async () => {
    const emitEmpty: WebpackPluginInstance = {
      apply(compiler) {
        compiler.hooks.thisCompilation.tap('EmitEmpty', (compilation) => {
          compilation.emitAsset('functions.json', new compiler.webpack.sources.RawSource('{"functions": []}'));
        });
      },
    };
    const out = await build([emitEmpty, new AllowErrorArgumentsPlugin()]);
    expect(out.errors).toEqual(['AllowErrorArgumentsPlugin：functions.json 中没有任何函数 / functions.json lists no functions']);
  }, 30_000);
});
