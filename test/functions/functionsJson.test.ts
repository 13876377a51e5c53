/**
 * The functions.json the build generates (custom-functions-metadata-plugin runs this same
 * generator over src/functions/functions.ts). Ids and names are stable: workbooks save formulas
 * by them, so a rename breaks users' sheets and must fail here first.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateCustomFunctionsMetadata, type IFunction } from 'custom-functions-metadata';
import * as functionsModule from '../../src/functions/functions';

const SOURCE = path.join(__dirname, '..', '..', 'src', 'functions', 'functions.ts');

/** id → JS function, parameters (name, optional), result type (undefined = any). */
const EXPECTED: Array<{ id: string; js: string; params: string[]; result: string | undefined }> = [
  { id: 'ISWORKDAY', js: 'isWorkday', params: ['date'], result: 'boolean' },
  { id: 'WORKDAY', js: 'workday', params: ['start', 'days'], result: 'number' },
  { id: 'NETWORKDAYS', js: 'networkdays', params: ['start', 'end'], result: 'number' },
  { id: 'DEADLINE', js: 'deadlineInForce', params: ['assigned', '[deadline]', '[source]'], result: undefined },
  { id: 'LEVEL', js: 'level', params: ['deadline', 'done', 'asOf'], result: 'string' },
  { id: 'OVERDUE', js: 'overdue', params: ['deadline', 'done', 'asOf'], result: 'number' },
  { id: 'NEXTNOTICE', js: 'nextNotice', params: ['deadline', 'done', 'asOf'], result: undefined },
  { id: 'SCORE', js: 'score', params: ['blue', 'yellow', 'red', 'items'], result: 'number' },
  { id: 'TIER', js: 'tier', params: ['rank', 'headcount', '[tiers]'], result: 'number' },
  { id: 'BONUS', js: 'bonus', params: ['standard', 'tier', 'headcount', 'n1', 'n3', '[order]'], result: 'number' },
];

const CHINESE = /[\u4e00-\u9fff]/;

let functions: IFunction[];
let associate: Array<{ functionName: string; id: string }>;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE);
  expect(generated.errors).toEqual([]);
  functions = JSON.parse(generated.metadataJson).functions;
  associate = generated.associate;
});

describe('generated functions.json', () => {
  it('lists exactly the DUBAN functions, with stable upper-case ids equal to their names', () => {
    expect(functions.map((f) => f.id)).toEqual(EXPECTED.map((e) => e.id));
    expect(functions.map((f) => f.name)).toEqual(EXPECTED.map((e) => e.id));
  });

  it('has the parameter names, optional markers and result types', () => {
    const shape = functions.map((f) => ({
      id: f.id,
      params: f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)),
      result: f.result?.type,
    }));
    expect(shape).toEqual(EXPECTED.map(({ id, params, result }) => ({ id, params, result })));
  });

  it('takes every parameter as a range (matrix, any type) and spills every result', () => {
    for (const f of functions) {
      for (const p of f.parameters) expect([f.id, p.name, p.dimensionality, p.type]).toEqual([f.id, p.name, 'matrix', 'any']);
      expect([f.id, f.result?.dimensionality]).toEqual([f.id, 'matrix']);
    }
  });

  it('describes every function and parameter in Chinese (shown in formula autocomplete)', () => {
    for (const f of functions) {
      expect([f.id, CHINESE.test(f.description ?? '')]).toEqual([f.id, true]);
      for (const p of f.parameters) expect([f.id, p.name, CHINESE.test(p.description ?? '')]).toEqual([f.id, p.name, true]);
    }
  });

  it('associates each id with an exported function, once, in the plugin only', () => {
    expect(associate.map((a) => [a.id, a.functionName])).toEqual(EXPECTED.map((e) => [e.id, e.js]));
    const exported = functionsModule as unknown as Record<string, unknown>;
    for (const e of EXPECTED) expect([e.js, typeof exported[e.js]]).toEqual([e.js, 'function']);
    // The plugin appends the associate calls; a second one in the source would register twice.
    expect(fs.readFileSync(SOURCE, 'utf8')).not.toMatch(/^\s*CustomFunctions\.associate\s*\(/m);
  });
});
