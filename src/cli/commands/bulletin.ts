import path from 'node:path';
import { parsePeriodArg, PERIOD_KINDS, type Period, type PeriodKind } from '../../core/bulletin';
import { describeProblem } from '../../core/problems';
import { generateBulletin } from '../../app/writeBulletin';
import { NOTICE_LOG_SHEET } from '../../core/notices/noticeLog';
import { XlsxWorkbook } from '../../xlsx/xlsxWorkbook';
import type { Io } from '../kit/io';
import { UsageError, catchUsageErrors } from '../kit/usageError';
import { onlyInputFile, parseOptions } from '../kit/parseOptions';
import { readDateOption } from '../kit/readDateOption';
import { MAP_HELP, formatLedgerFailure, readMapOptions } from '../kit/mapOption';
import { readRules } from '../kit/readRules';
import { settingsInForce } from '../kit/settingsInForce';
import { readInput } from '../kit/readInput';
import { chooseOutput, writeOutput } from '../kit/writeOutput';

export const BULLETIN_USAGE = `用法 Usage:
  duban bulletin 台账.xlsx (--month 2020-05 | --week 2020-W19 | --week 2020-05-06 | --half 2020-H1 | --year 2020)
                 [--as-of YYYY-MM-DD] [--sheet 表名] [--map 概念=列]... [--out 输出.xlsx] [--rules 规则.json] [--json] [--force]

  --month   月报：YYYY-MM              --half   半年讲评：YYYY-H1 或 YYYY-H2
  --week    周汇总：YYYY-Www，或该周内任一日期 YYYY-MM-DD（周一至周日）
  --year    年度：YYYY                 （四者必须且只能指定一个）
  --as-of   统计截止日期（默认：今天，北京时间）。期间已结束时，数据按期末统计（台账按期末重新推算，
            之后的办结、延期和督办单不计入）；期间未结束时，统计到截止日期，通报中注明
  --sheet   台账所在工作表（默认：「规则设置」表中的台账工作表，否则第一张像台账的表）
${MAP_HELP}
  --out     输出文件（默认：<输入文件名>-通报.xlsx，与输入文件同目录）：原有各表原样保留，另加通报表；
            通报期数接续工作簿中同类通报表的期数（表名如「督办通报 2020年4月（第4期）」），同年内编号
  --rules   规则 JSON，代替工作簿「规则设置」表中的规则（默认：该表；没有该表时为湘阴2020）
  --json    向标准输出打印通报数据（JSON）
  --force   覆盖已存在的输出文件`;

const FORMATS: Record<PeriodKind, string> = {
  week: 'YYYY-Www（如 2020-W19）或该周内的日期 YYYY-MM-DD',
  month: 'YYYY-MM（如 2020-05）',
  half: 'YYYY-H1 或 YYYY-H2（如 2020-H1）',
  year: 'YYYY（如 2020）',
};

/**
 * `duban bulletin LEDGER.xlsx --month 2020-05` (or --week / --half / --year): writes a copy of the
 * workbook with the period's bulletin sheet added. The input is only read. Exit 0 on success,
 * 2 on a usage or input error (one Chinese line on stderr); anything else is thrown to the caller.
 *
 * @example
 * await runBulletin(['台账.xlsx', '--month', '2020-05'], io) // 0, and 台账-通报.xlsx written
 */
export function runBulletin(args: string[], io: Io): Promise<number> {
  return catchUsageErrors(io, () => bulletin(args, io));
}

async function bulletin(args: string[], io: Io): Promise<number> {
  const { values: opts, positionals } = parseOptions(
    args,
    {
      month: { type: 'string' },
      week: { type: 'string' },
      half: { type: 'string' },
      year: { type: 'string' },
      'as-of': { type: 'string' },
      sheet: { type: 'string' },
      map: { type: 'string', multiple: true },
      out: { type: 'string' },
      rules: { type: 'string' },
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    BULLETIN_USAGE,
  );
  if (opts.help) {
    io.stdout(`${BULLETIN_USAGE}\n`);
    return 0;
  }
  const input = path.resolve(onlyInputFile(positionals, BULLETIN_USAGE));
  const period = readPeriod(opts);
  const today = readDateOption('as-of', opts['as-of'], io.today);
  if (today < period.start) throw new UsageError(`统计期间「${period.label}」尚未开始（截止日期 ${today}）`);
  const map = readMapOptions(opts.map);
  const fileRules = await readRules(opts.rules);
  const out = await chooseOutput(input, opts.out, '通报', opts.force);

  const workbook = await XlsxWorkbook.load(await readInput(input));
  const settings = await settingsInForce(workbook, { fileRules, sheet: opts.sheet }, map);
  const made = await generateBulletin(workbook, period, today, settings);
  if (!made.ok) throw new UsageError(formatLedgerFailure(made.failure, map));
  await writeOutput(out, await workbook.toBuffer(), opts.force);

  const { analysis } = made;
  if (opts.json) {
    io.stdout(`${JSON.stringify({ sheet: made.sheet, ...made.data, problems: analysis.problems }, null, 2)}\n`);
    return 0;
  }
  const d = made.data;
  const errors = analysis.problems.filter((p) => p.severity === 'error').length;
  const lines = [
    `督办通报：${d.title}`,
    `统计期间：${d.period.start} 至 ${d.period.end}，数据截至 ${d.asOf}${d.partial ? '（本期尚未结束）' : ''}（台账：${analysis.sheet.name}）`,
    d.summary,
    ...(analysis.sheetNames.includes(NOTICE_LOG_SHEET) ? [] : [`注意：工作簿中没有「${NOTICE_LOG_SHEET}」表，督办单以登记为准，本通报中督办单均按 0 计`]),
    `问题 ${analysis.problems.length} 条（错误 ${errors}，提示 ${analysis.problems.length - errors}）${analysis.problems.length > 0 ? '：' : ''}`,
    ...analysis.problems.slice(0, 10).map((p) => `  - ${describeProblem(p)}`),
    ...(analysis.problems.length > 10 ? [`  …另有 ${analysis.problems.length - 10} 条，用 --json 查看全部`] : []),
    `已写出：${out}（新增工作表「${made.sheet}」）`,
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/** Exactly one of --month, --week, --half, --year, in its own spelling. */
function readPeriod(opts: Partial<Record<PeriodKind, string>>): Period {
  const given = PERIOD_KINDS.filter((k) => opts[k] !== undefined);
  if (given.length === 0) throw new UsageError(`需要指定统计期间：--month、--week、--half、--year 四者之一\n${BULLETIN_USAGE}`);
  if (given.length > 1) throw new UsageError(`只能指定一个统计期间，却同时给出了 ${given.map((k) => `--${k}`).join('、')}`);
  const kind = given[0];
  const text = opts[kind] as string;
  const period = parsePeriodArg(text, kind);
  if (period === null) throw new UsageError(`--${kind} 应为 ${FORMATS[kind]}：${text}`);
  return period;
}
