import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XIANGYIN_2020 } from '../../core/rules/ruleSet';
import { readRules } from './readRules';
import { UsageError } from './usageError';

describe('readRules', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-rules-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('is nothing without --rules (the workbook’s 规则设置 sheet applies)', async () => {
    expect(await readRules(undefined)).toBeUndefined();
    expect(await readRules('')).toBeUndefined();
  });

  it('reads a rule file over the defaults', async () => {
    const file = path.join(dir, '规则.json');
    await fs.writeFile(file, JSON.stringify({ notices: { maxPerRun: 50 } }));
    const rules = await readRules(file);
    expect(rules?.notices.maxPerRun).toBe(50);
    expect(rules?.notices.maxAgeYears).toBe(XIANGYIN_2020.notices.maxAgeYears);
  });

  it('a missing file or one that is not JSON is one line naming it', async () => {
    const missing = path.join(dir, 'nope.json');
    await expect(readRules(missing)).rejects.toThrow(
      new UsageError(`规则文件无法读取或不是 JSON：${missing}（ENOENT: no such file or directory, open '${missing}'）`),
    );
    const broken = path.join(dir, 'broken.json');
    await fs.writeFile(broken, '{');
    await expect(readRules(broken)).rejects.toThrow(`规则文件无法读取或不是 JSON：${broken}（`);
  });

  it('rules that fail the check are listed after the file name', async () => {
    const file = path.join(dir, '数组.json');
    await fs.writeFile(file, '[]');
    await expect(readRules(file)).rejects.toThrow(new UsageError(`规则文件 ${file} 有误：规则设置必须是一组设置（对象）（当前：[]）`));
  });
});
