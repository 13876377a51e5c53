import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CASES } from './cases';
import type { Observation } from './pipeline';
import { renderReliabilityDoc } from './reliabilityDoc';

/**
 * The bad-input corpus, one loop: every case's fixture goes through the pipeline of real use and
 * what it showed must be what the case expects. Problems and refusals match by message fragment,
 * in full number and order; statuses and facts match exactly.
 */
describe('bad-input corpus', () => {
  it('has unique case ids', () => {
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });

  it('is what docs/reliability.md lists (run npm run docs:reliability after changing a case)', () => {
    const doc = readFileSync(path.join(__dirname, '..', '..', 'docs', 'reliability.md'), 'utf8');
    expect(doc).toBe(renderReliabilityDoc(CASES));
  });

  for (const c of CASES) {
    it(
      `${c.id}: ${c.title.zh}`,
      async () => {
        const observed = await c.run();
        expect(comparable(observed, c.expected)).toEqual(expectation(c.expected));
      },
      c.timeout,
    );
  }
});

/** The observation, limited to what the case states (a refusal is always compared). */
function comparable(observed: Observation, expected: Observation): Observation {
  const out: Observation = { refusal: observed.refusal };
  if (expected.problems !== undefined) out.problems = observed.problems ?? [];
  if (expected.statuses !== undefined) out.statuses = observed.statuses;
  if (expected.facts !== undefined) out.facts = observed.facts;
  return out;
}

/** The expected outcome as a matcher: message texts are fragments. */
function expectation(expected: Observation): unknown {
  const out: Record<string, unknown> = {
    refusal: expected.refusal === undefined ? undefined : expect.stringContaining(expected.refusal),
  };
  if (expected.problems !== undefined) {
    out.problems = expected.problems.map((p) => ({ at: p.at, code: p.code, text: expect.stringContaining(p.text) }));
  }
  if (expected.statuses !== undefined) out.statuses = expected.statuses;
  if (expected.facts !== undefined) out.facts = expected.facts;
  return out;
}
