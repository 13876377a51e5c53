/**
 * The README's 工作表函数 section is what users copy formulas from: it must be the section kept in
 * docs/functions.md, name every DUBAN function, and every example must give what it says.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
Object.assign(globalThis, {
  CustomFunctions: { Error: FakeCustomFunctionsError, ErrorCode: { invalidValue: '#VALUE!' } },
});
// Imported after the stand-in is installed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const duban = require('../../src/functions/functions') as Record<string, (...args: unknown[][][]) => unknown[][]>;

const ROOT = path.join(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const doc = fs.readFileSync(path.join(ROOT, 'docs', 'functions.md'), 'utf8');
const section = doc.split('<!-- README section: begin -->\n')[1].split('<!-- README section: end -->')[0];

/** Function id → its JS export, as functions.json associates them. */
const JS: Record<string, string> = {
  ISWORKDAY: 'isWorkday',
  WORKDAY: 'workday',
  NETWORKDAYS: 'networkdays',
  DEADLINE: 'deadlineInForce',
  LEVEL: 'level',
  OVERDUE: 'overdue',
  NEXTNOTICE: 'nextNotice',
  SCORE: 'score',
  TIER: 'tier',
  BONUS: 'bonus',
};

/** Excel's 1900-system serial of an ISO date (serial 1 = 1900-01-01, after the fake 1900-02-29). */
const serialOf = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000 + 25_569;

/** `=DUBAN.X("2020-04-28", 7)` → the id and its arguments as 1×1 matrices. */
function parseExample(formula: string): { id: string; args: unknown[][][] } {
  const m = /^=DUBAN\.([A-Z]+)\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a DUBAN example: ${formula}`);
  const args = m[2].split(/,\s*/).map((a) => [[a.startsWith('"') ? a.slice(1, -1) : Number(a)]]);
  return { id: m[1], args };
}

/** The stated result: a date is shown as ISO (the function returns its serial), TRUE/FALSE, a number or text. */
function expectedValue(shown: string): unknown {
  const value = shown.replace(/（.*）$/, '').trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return serialOf(value);
  if (value === 'TRUE' || value === 'FALSE') return value === 'TRUE';
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

const examples = [...section.matchAll(/`(=DUBAN\.[A-Z]+\([^`]*\))` → ([^|]+)\|/g)].map((m) => ({ formula: m[1], shown: m[2].trim() }));

describe('README 工作表函数 section', () => {
  it('is the section kept in docs/functions.md, word for word', () => {
    expect(readme).toContain(section);
  });

  it('documents every DUBAN function with an example', () => {
    expect(examples.map((e) => parseExample(e.formula).id).sort()).toEqual(Object.keys(JS).sort());
  });

  it.each([
    ['=DUBAN.WORKDAY("2020-04-28", 7)', serialOf('2020-05-11')],
    ['=DUBAN.ISWORKDAY("2020-05-09")', true],
    ['=DUBAN.SCORE(0, 0, 0, 20)', 45],
  ])('reads %s as SPEC works it out', (formula, value) => {
    const example = examples.find((e) => e.formula === formula);
    expect(example && expectedValue(example.shown)).toEqual(value);
  });

  it.each(examples.map((e) => [e.formula, e.shown]))('%s gives %s', (formula, shown) => {
    const { id, args } = parseExample(formula);
    expect(duban[JS[id]](...args)).toEqual([[expectedValue(shown)]]);
  });
});
