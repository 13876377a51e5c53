#!/usr/bin/env node
// npm run audit:prod — the production dependencies' security advisories (part of npm test):
//   npm audit --omit=dev --audit-level=high
// exit 1: a high or critical advisory. An audit that could not be done (the registry refuses or
// cannot be reached: some mirrors have no audit endpoint) is never reported as passed: it prints a
// warning saying the audit was NOT done, and exits 1 with --strict, 0 without (so npm test can run
// where only the package registry is reachable). Run `npm run audit:prod -- --strict` to insist.
'use strict';
const { spawnSync } = require('node:child_process');

const ARGS = ['audit', '--omit=dev', '--audit-level=high', '--json'];
const BLOCKING = ['high', 'critical'];

/**
 * What an `npm audit --json` run means: { verdict: 'passed' | 'failed' | 'not-done', lines }, lines
 * being the messages to print (Chinese, then English). `stdout` is npm's JSON output, `status` its exit code.
 */
function judgeAudit(stdout, status) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return {
      verdict: 'not-done',
      lines: [
        `⚠ 未能完成依赖安全审计：npm audit 没有给出审计结果（退出码 ${status}）。审计未做，不是通过；请检查网络能否访问 npm 仓库后运行 npm run audit:prod -- --strict。`,
        `⚠ The dependency audit was NOT done: npm audit gave no report (exit code ${status}). Not audited is not passed: check that the npm registry can be reached and run npm run audit:prod -- --strict.`,
      ],
    };
  }
  if (report.error !== undefined || report.metadata === undefined) {
    const why = report.message || report.error?.summary || report.error?.code || '未知错误 / unknown error';
    return {
      verdict: 'not-done',
      lines: [
        `⚠ 未能完成依赖安全审计：npm 仓库的审计接口不可用（${why}）。审计未做，不是通过；请在能访问 npm 仓库审计接口的网络下运行 npm run audit:prod -- --strict。`,
        `⚠ The dependency audit was NOT done: the registry's audit endpoint failed (${why}). Not audited is not passed: run npm run audit:prod -- --strict where the registry's audit endpoint can be reached.`,
      ],
    };
  }
  const counts = report.metadata.vulnerabilities ?? {};
  const blocking = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => BLOCKING.includes(v.severity))
    .map(([name, v]) => {
      const titles = (v.via ?? []).filter((x) => typeof x === 'object').map((x) => `${x.title}${x.url ? ` (${x.url})` : ''}`);
      return `  - ${name} ${v.range ?? ''}：${v.severity}${titles.length > 0 ? ` — ${titles.join('; ')}` : ''}`;
    });
  if (blocking.length > 0) {
    return {
      verdict: 'failed',
      lines: [
        `✗ 生产依赖有 ${blocking.length} 个高危或严重的安全公告 / the production dependencies have ${blocking.length} high or critical advisories:`,
        ...blocking,
        '  请升级或替换这些依赖（npm audit fix 可先试） / upgrade or replace them (try npm audit fix first).',
      ],
    };
  }
  const others = ['info', 'low', 'moderate'].map((s) => `${s} ${counts[s] ?? 0}`).join(', ');
  return {
    verdict: 'passed',
    lines: [`✓ 生产依赖没有高危或严重的安全公告（其余：${others}） / no high or critical advisories in the production dependencies (others: ${others})`],
  };
}

function main(argv) {
  const strict = argv.includes('--strict');
  // Under `npm run`, npm_execpath is the npm that runs us: use the same one.
  const npm = process.env.npm_execpath;
  const r = npm
    ? spawnSync(process.execPath, [npm, ...ARGS], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ARGS, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32' });
  if (r.error) {
    console.error(`✗ 无法运行 npm audit / cannot run npm audit: ${r.error.message}`);
    return 1;
  }
  const { verdict, lines } = judgeAudit(r.stdout, r.status);
  for (const line of lines) (verdict === 'passed' ? console.log : console.error)(line);
  return verdict === 'failed' || (verdict === 'not-done' && strict) ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { judgeAudit };
