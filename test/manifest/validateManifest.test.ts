/**
 * `npm run validate` (scripts/validate-manifest.js) on the real manifest and on broken copies:
 * a broken manifest must fail with a message that names the element, in Chinese and English.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'validate-manifest.js');
const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'duban-manifest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(text: string): { status: number | null; stderr: string; stdout: string } {
  const file = path.join(dir, `manifest-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, [SCRIPT, file], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

/** The manifest with one element (and its content) removed. */
const without = (element: string) => manifest.replace(new RegExp(`\\s*<${element}>[\\s\\S]*?</${element}>`), '');

describe('npm run validate', () => {
  it('passes the project manifest', () => {
    const r = validate(manifest);
    expect(r.stderr).not.toContain('✗');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('清单检查通过');
  });

  it.each([
    ['Permissions', '缺少必需元素 <Permissions>'],
    ['ProviderName', '缺少必需元素 <ProviderName>'],
    ['Hosts', '缺少必需元素 <Hosts>'],
  ])('fails when <%s> is removed, naming it', (element, message) => {
    const r = validate(without(element));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('清单无效 / manifest invalid');
  });

  it('fails on a wider permission than ReadWriteDocument', () => {
    const r = validate(manifest.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('<Permissions> 应为 ReadWriteDocument，实际为 "ReadWriteMailbox"');
  });

  it('fails on a plain-http or placeholder URL', () => {
    const http = validate(manifest.replace(/https:\/\/localhost:3000\/taskpane\.html/g, 'http://localhost:3000/taskpane.html'));
    expect(http.status).toBe(1);
    expect(http.stderr).toContain('http://localhost:3000/taskpane.html：必须使用 https');
    const placeholder = validate(manifest.replace(/https:\/\/localhost:3000\/taskpane\.html/g, 'https://www.contoso.com/taskpane.html'));
    expect(placeholder.status).toBe(1);
    expect(placeholder.stderr).toContain('是示例占位域名');
  });

  it('fails on XML that is not well-formed, with the line', () => {
    const r = validate(manifest.replace('</Permissions>', ''));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/XML 格式错误 \/ the XML is not well-formed: 第 \d+ 行/);
  });
});
