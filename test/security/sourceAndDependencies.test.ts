/**
 * Checks on the source and the dependency tree:
 * - no HTML is built from strings in src/ (React escapes what it renders; these bypass it);
 * - the SheetJS `xlsx` package is not installed at all: the npm registry's copy is stuck at 0.18.5
 *   with known high-severity advisories (prototype pollution, ReDoS), and ExcelJS does the job.
 * The advisories of the production dependencies are checked by `npm run audit:prod` (part of
 * `npm test`), which needs the registry and so is not a jest test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from './builtAddin';

const { judgeAudit } = createRequire(__filename)('./auditProd.js') as {
  judgeAudit(stdout: string, status: number | null): { verdict: 'passed' | 'failed' | 'not-done'; lines: string[] };
};

/** Every file under src/, relative to the repository, with its text. */
function sourceFiles(): Array<{ file: string; text: string }> {
  const files: Array<{ file: string; text: string }> = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) visit(full);
      else files.push({ file: path.relative(ROOT, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  visit(path.join(ROOT, 'src'));
  return files;
}

/** Ways to put a string into the page as HTML, or to run a string as code. */
const RAW_HTML = [/dangerouslySetInnerHTML/, /\.innerHTML\b/, /\.outerHTML\b/, /insertAdjacentHTML/, /document\.write/, /\beval\(/, /\bnew Function\(/];

describe('the source', () => {
  const files = sourceFiles();

  it('is found (the walk reaches the task pane)', () => {
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining(['src/taskpane/App.tsx', 'src/taskpane/taskpane.html']));
  });

  it('never sets raw HTML nor runs a string as code', () => {
    const hits = files.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, i) => (RAW_HTML.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});

describe('the dependencies', () => {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    lockfileVersion: number;
    packages: Record<string, { version?: string; dev?: boolean }>;
  };
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;

  it('are locked in a lockfile that lists every installed package', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.packages['node_modules/exceljs']?.version).toMatch(/^4\./);
  });

  it('do not include SheetJS xlsx, directly or through another package', () => {
    const declared = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].filter((k) => pkg[k]?.xlsx !== undefined);
    expect(declared).toEqual([]);
    const installed = Object.keys(lock.packages).filter((p) => p === 'node_modules/xlsx' || p.endsWith('/node_modules/xlsx'));
    expect(installed).toEqual([]);
  });

  it('run npm audit on the production tree as part of npm test, failing on high or critical', () => {
    const scripts = pkg.scripts ?? {};
    expect(scripts['audit:prod']).toBe('node test/security/auditProd.js');
    expect(scripts.test).toContain('npm run audit:prod && npm run test:unit');
  });
});

describe('npm run audit:prod', () => {
  it('says loudly that the audit was not done, never that it passed, when the registry refuses the audit request', () => {
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.invalid/-/npm/v1/security/advisories/bulk',
      method: 'POST',
      statusCode: 405,
      body: '',
      error: { summary: '', detail: '' },
    });
    const result = judgeAudit(refused, 1);
    expect(result.verdict).toBe('not-done');
    expect(result.lines[0]).toBe(
      '⚠ 未能完成依赖安全审计：npm 仓库的审计接口不可用（405 Method Not Allowed - POST https://registry.invalid/-/npm/v1/security/advisories/bulk）。审计未做，不是通过；请在能访问 npm 仓库审计接口的网络下运行 npm run audit:prod -- --strict。',
    );
  });

  it('says the audit was not done when npm gives no report at all (offline, npm crashed)', () => {
    expect(judgeAudit('', 1)).toEqual({
      verdict: 'not-done',
      lines: [
        '⚠ 未能完成依赖安全审计：npm audit 没有给出审计结果（退出码 1）。审计未做，不是通过；请检查网络能否访问 npm 仓库后运行 npm run audit:prod -- --strict。',
        '⚠ The dependency audit was NOT done: npm audit gave no report (exit code 1). Not audited is not passed: check that the npm registry can be reached and run npm run audit:prod -- --strict.',
      ],
    });
  });

  it('fails on a high advisory, naming the package and the advisory', () => {
    const report = {
      auditReportVersion: 2,
      vulnerabilities: {
        xlsx: {
          name: 'xlsx',
          severity: 'high',
          via: [{ title: 'Prototype Pollution in sheetJS', url: 'https://github.com/advisories/GHSA-4r6h-8v6p-xvw6', severity: 'high' }],
          range: '*',
        },
        'some-lib': { name: 'some-lib', severity: 'high', via: ['xlsx'], range: '<2.0.0' },
      },
      metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 2, critical: 0, total: 2 } },
    };
    expect(judgeAudit(JSON.stringify(report), 1)).toEqual({
      verdict: 'failed',
      lines: [
        '✗ 生产依赖有 2 个高危或严重的安全公告 / the production dependencies have 2 high or critical advisories:',
        '  - xlsx *：high — Prototype Pollution in sheetJS (https://github.com/advisories/GHSA-4r6h-8v6p-xvw6)',
        '  - some-lib <2.0.0：high',
        '  请升级或替换这些依赖（npm audit fix 可先试） / upgrade or replace them (try npm audit fix first).',
      ],
    });
  });

  it('passes when only low and moderate advisories remain, and says how many', () => {
    const report = {
      auditReportVersion: 2,
      vulnerabilities: { 'some-lib': { name: 'some-lib', severity: 'moderate', via: [{ title: 'ReDoS' }], range: '<2.0.0' } },
      metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 0, critical: 0, total: 1 } },
    };
    expect(judgeAudit(JSON.stringify(report), 0)).toEqual({
      verdict: 'passed',
      lines: ['✓ 生产依赖没有高危或严重的安全公告（其余：info 0, low 0, moderate 1） / no high or critical advisories in the production dependencies (others: info 0, low 0, moderate 1)'],
    });
  });
});
