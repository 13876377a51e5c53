import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { analyzeWorkbook } from '../../app/analyzeWorkbook';
import { planUnitLists } from '../../app/splitLedger';
import { describeProblem } from '../../core/problems';
import { XlsxWorkbook } from '../../xlsx/xlsxWorkbook';
import type { Io } from '../kit/io';
import { UsageError, catchUsageErrors } from '../kit/usageError';
import { onlyInputFile, parseOptions } from '../kit/parseOptions';
import { readDateOption } from '../kit/readDateOption';
import { MAP_HELP, formatLedgerFailure, readMapOptions } from '../kit/mapOption';
import { readRules } from '../kit/readRules';
import { settingsInForce } from '../kit/settingsInForce';
import { readInput } from '../kit/readInput';
import { writeOutput } from '../kit/writeOutput';

export const SPLIT_USAGE = `用法 Usage:
  duban split 台账.xlsx [--as-of YYYY-MM-DD] [--out-dir 目录] [--sheet 表名] [--map 概念=列]... [--rules 规则.json] [--force]

分发：为每个有在办事项的承办单位写出一个督办清单文件「<单位>-督办清单-<日期>.xlsx」，列出该单位截至该日
  未办结的事项（编号、名称、来源、办理时限、督办状态、已收督办单及编号、逾期天数），右侧由单位填写
  进展情况、完成时间、佐证材料、联系人；其余单元格锁定（工作表保护，无密码）。没有在办事项的单位不生成文件。
单位填好交回后，用 duban collect 导入。

  --as-of    清单截止日期（默认：今天，北京时间）
  --out-dir  输出目录（默认：<输入文件名>-督办清单-<日期>，与输入文件同目录；不存在则新建）
  --sheet    台账所在工作表（默认：「规则设置」表中的台账工作表，否则第一张像台账的表）
${MAP_HELP}
  --rules    规则 JSON，代替工作簿「规则设置」表中的规则
  --force    覆盖目录中已存在的同名清单文件`;

const exists = (file: string) => fs.access(file, fsConstants.F_OK).then(() => true, () => false);

/** Problems listed by the summary before the rest are only counted. */
const LISTED_PROBLEMS = 10;

/**
 * `duban split LEDGER.xlsx --out-dir DIR`: one 督办清单 workbook per supervised unit with open
 * items (分发, issue 21). The input is only read; no file is written when any would replace an
 * existing one without --force.
 *
 * @example
 * await runSplit(['台账.xlsx', '--as-of', '2020-07-01', '--out-dir', '清单'], io) // 0, and 清单/县住建局-督办清单-2020-07-01.xlsx …
 */
export function runSplit(args: string[], io: Io): Promise<number> {
  return catchUsageErrors(io, () => split(args, io));
}

async function split(args: string[], io: Io): Promise<number> {
  const { values: opts, positionals } = parseOptions(
    args,
    {
      'as-of': { type: 'string' },
      'out-dir': { type: 'string' },
      sheet: { type: 'string' },
      map: { type: 'string', multiple: true },
      rules: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    SPLIT_USAGE,
  );
  if (opts.help) {
    io.stdout(`${SPLIT_USAGE}\n`);
    return 0;
  }
  const input = path.resolve(onlyInputFile(positionals, SPLIT_USAGE));
  const asOf = readDateOption('as-of', opts['as-of'], io.today);
  const map = readMapOptions(opts.map);
  const fileRules = await readRules(opts.rules);
  const dir = path.resolve(opts['out-dir'] ?? path.join(path.dirname(input), `${path.parse(input).name}-督办清单-${asOf}`));

  const workbook = await XlsxWorkbook.load(await readInput(input));
  const settings = await settingsInForce(workbook, { fileRules, sheet: opts.sheet }, map);
  const result = await analyzeWorkbook(workbook, { ...settings, asOf });
  if (!result.ok) throw new UsageError(formatLedgerFailure(result.failure, map));
  const { analysis } = result;
  const plan = planUnitLists(analysis);

  if (plan.lists.length > 0) {
    await fs.mkdir(dir, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
      throw new UsageError(`无法建立输出目录：${dir}（${e.code ?? e.message}）`);
    });
    if (!opts.force) {
      const taken: string[] = [];
      for (const list of plan.lists) if (await exists(path.join(dir, list.fileName))) taken.push(list.fileName);
      if (taken.length > 0) throw new UsageError(`输出目录中已有同名清单：${taken.join('、')}（加 --force 覆盖）`);
    }
  }
  for (const list of plan.lists) {
    const file = XlsxWorkbook.create();
    await file.addSheet(list.model);
    await writeOutput(path.join(dir, list.fileName), await file.toBuffer(), opts.force);
  }

  const errors = analysis.problems.filter((p) => p.severity === 'error');
  const lines = [
    `截止日期：${asOf}（台账：${analysis.sheet.name}）`,
    plan.lists.length === 0
      ? '没有在办事项，未生成清单'
      : `已生成 ${plan.lists.length} 个单位的督办清单，共 ${plan.lists.reduce((n, l) => n + l.items, 0)} 项，在 ${dir}：`,
    ...plan.lists.map((l) => `  ${l.fileName}（${l.items} 项）`),
    ...(plan.idle.length > 0 ? [`没有在办事项、未生成清单的单位 ${plan.idle.length} 个：${plan.idle.join('、')}`] : []),
    // Rows the ledger could not read are in no list: the clerk should know which.
    ...(errors.length > 0 ? [`台账中有 ${errors.length} 处错误，相关事项可能未列入清单：`, ...errors.slice(0, LISTED_PROBLEMS).map((p) => `  - ${describeProblem(p)}`)] : []),
    ...(errors.length > LISTED_PROBLEMS ? [`  …另有 ${errors.length - LISTED_PROBLEMS} 条，用 duban run --json 查看全部`] : []),
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
