import path from 'node:path';
import { readSettingsSheet } from '../../app/workbookSettings';
import { settingsView } from '../../app/settingsView';
import { describeProblem } from '../../core/problems';
import { SETTINGS_SHEET, settingRowsFor, formatSettingValue, valueAt } from '../../core/rules/ruleSettings';
import { XIANGYIN_2020 } from '../../core/rules/ruleSet';
import { buildSettingsSheet } from '../../sheets/settingsSheet';
import { XlsxWorkbook } from '../../xlsx/xlsxWorkbook';
import type { Io } from '../kit/io';
import { catchUsageErrors } from '../kit/usageError';
import { onlyInputFile, parseOptions } from '../kit/parseOptions';
import { readRules } from '../kit/readRules';
import { readInput } from '../kit/readInput';
import { chooseOutput, writeOutput } from '../kit/writeOutput';

export const SETTINGS_USAGE = `用法 Usage:
  duban settings 台账.xlsx [--out 输出.xlsx] [--rules 规则.json] [--force]

写出一份带「${SETTINGS_SHEET}」工作表的副本，表中是现行的全部设置（规则与列映射），每项一行：设置项 | 值 | 说明 | 默认值。
  工作簿已有「${SETTINGS_SHEET}」表时：照用该表；其中无效的值在副本中改为实际采用的默认值，并逐项列出
  没有该表时：新建，值为预设“${XIANGYIN_2020.name}”（或 --rules 给出的规则）
之后在 Excel 中修改「值」一列，任务窗格、功能区按钮、DUBAN 函数和 duban run 都按此表办理。

  --out     输出文件（默认：<输入文件名>-规则设置.xlsx，与输入文件同目录）；输入文件从不改写
  --rules   规则 JSON：没有「${SETTINGS_SHEET}」表时，新表按它填写
  --force   覆盖已存在的输出文件`;

/**
 * `duban settings LEDGER.xlsx`: writes a copy of the workbook whose 规则设置 sheet holds the
 * settings in force: the workbook's own sheet (a value it refuses replaced, in the copy, by the
 * default in force, each listed), else a new sheet from the preset or `--rules`.
 *
 * @example
 * await runSettings(['台账.xlsx'], io) // 0, and 台账-规则设置.xlsx written
 */
export function runSettings(args: string[], io: Io): Promise<number> {
  return catchUsageErrors(io, () => settings(args, io));
}

async function settings(args: string[], io: Io): Promise<number> {
  const { values: opts, positionals } = parseOptions(
    args,
    {
      out: { type: 'string' },
      rules: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    SETTINGS_USAGE,
  );
  if (opts.help) {
    io.stdout(`${SETTINGS_USAGE}\n`);
    return 0;
  }
  const input = path.resolve(onlyInputFile(positionals, SETTINGS_USAGE));
  const fileRules = await readRules(opts.rules);
  const out = await chooseOutput(input, opts.out, '规则设置', opts.force);
  const workbook = await XlsxWorkbook.load(await readInput(input));
  const read = await readSettingsSheet(workbook);

  const lines: string[] = [];
  let rules = fileRules ?? XIANGYIN_2020;
  if (read === null || read.headerRow === null) {
    const name = await workbook.addSheet(buildSettingsSheet({ rules, ledgerSheet: null, columns: {} }));
    lines.push(`新建「${name}」工作表：规则为${fileRules ? ` ${opts.rules} 中的规则` : `预设“${rules.name}”`}，台账与列为自动识别`);
    if (read !== null) lines.push(`注意：原有的「${SETTINGS_SHEET}」表没有“设置项 | 值”表头，未使用；新表名为「${name}」`);
  } else {
    rules = read.rules;
    // In the copy, each refused value becomes the value in force, so the sheet says what applies.
    const fixes = read.problems.filter((p) => p.code === 'settings.invalid' && p.setting !== undefined && read.cells[p.setting] !== undefined);
    const rows = settingRowsFor(rules);
    const cells = fixes.map((p) => {
      const row = rows.find((r) => r.path === p.setting);
      return { ...read.cells[p.setting as string], value: row ? formatSettingValue(row.format, valueAt(rules, row.path)) : null };
    });
    if (cells.length > 0) await workbook.setCells(SETTINGS_SHEET, cells);
    lines.push(`沿用工作簿中的「${SETTINGS_SHEET}」工作表（规则：${rules.name}）`);
    if (fileRules) lines.push(`注意：工作簿已有「${SETTINGS_SHEET}」表，--rules ${opts.rules} 未使用；要改规则，请在该表中修改`);
    lines.push(...read.problems.map((p) => `  - ${describeProblem(p)}${fixes.includes(p) ? '（副本中已改为该值）' : ''}`));
  }
  await writeOutput(out, await workbook.toBuffer(), opts.force);

  const changed = settingsView({ ledgerSheet: read?.ledgerSheet ?? null, columns: read?.columns ?? {}, rules })
    .flatMap((g) => g.settings)
    .filter((s) => s.value !== s.defaultValue && s.value !== '' && !s.path.startsWith('columns.') && s.path !== 'ledgerSheet');
  lines.push(changed.length === 0 ? `各项规则均为预设“${XIANGYIN_2020.name}”的默认值` : `与预设“${XIANGYIN_2020.name}”不同的 ${changed.length} 项：`);
  lines.push(...changed.map((s) => `  ${s.label}：${s.value}（默认 ${s.defaultValue}）`));
  lines.push(`已写出：${out}`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
