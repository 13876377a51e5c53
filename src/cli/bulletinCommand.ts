import { parseArgs } from 'node:util';
import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { parsePeriodArg, PERIOD_KINDS, type Period, type PeriodKind } from '../core/bulletin';
import { isDateOnly } from '../core/dates/dateOnly';
import { describeProblem } from '../core/problems';
import { XIANGYIN_2020, type RuleSet } from '../core/rules/ruleSet';
import { validateRuleSet } from '../core/rules/validateRuleSet';
import { generateBulletin } from '../app/writeBulletin';
import { NOTICE_LOG_SHEET } from '../core/notices/noticeLog';
import { XlsxWorkbook, WorkbookOpenError } from '../xlsx/xlsxWorkbook';
import type { Io } from './main';
import { MAP_HELP, formatLedgerFailure, parseMapOptions } from './mapOption';

export const BULLETIN_USAGE = `用法 Usage:
  duban bulletin 台账.xlsx (--month 2020-05 | --week 2020-W19 | --week 2020-05-06 | --half 2020-H1 | --year 2020)
                 [--as-of YYYY-MM-DD] [--sheet 表名] [--map 概念=列]... [--out 输出.xlsx] [--rules 规则.json] [--json] [--force]

  --month   月报：YYYY-MM              --half   半年讲评：YYYY-H1 或 YYYY-H2
  --week    周汇总：YYYY-Www，或该周内任一日期 YYYY-MM-DD（周一至周日）
  --year    年度：YYYY                 （四者必须且只能指定一个）
  --as-of   统计截止日期（默认：今天，北京时间）。期间已结束时，数据按期末统计（台账按期末重新推算，
            之后的办结、延期和督办单不计入）；期间未结束时，统计到截止日期，通报中注明
  --sheet   台账所在工作表（默认：第一张像台账的表）
${MAP_HELP}
  --out     输出文件（默认：<输入文件名>-通报.xlsx，与输入文件同目录）：原有各表原样保留，另加通报表；
            通报期数接续工作簿中同类通报表的期数（表名如「督办通报 2020年4月（第4期）」），同年内编号
  --rules   规则设置 JSON（默认：湘阴2020）
  --json    向标准输出打印通报数据（JSON）
  --force   覆盖已存在的输出文件`;

const FORMATS: Record<PeriodKind, string> = {
  week: 'YYYY-Www（如 2020-W19）或该周内的日期 YYYY-MM-DD',
  month: 'YYYY-MM（如 2020-05）',
  half: 'YYYY-H1 或 YYYY-H2（如 2020-H1）',
  year: 'YYYY（如 2020）',
};

/** A failure the user can fix: one line on stderr, exit status 2 (as `duban run`). */
class BulletinUsageError extends Error {}

const errorMessage = (e: unknown): string =>
  typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string' ? (e as { message: string }).message : String(e);

/**
 * `duban bulletin LEDGER.xlsx --month 2020-05` (or --week / --half / --year): writes a copy of the
 * workbook with the period's bulletin sheet added. The input is only read. Exit 0 on success,
 * 2 on a usage or input error (one Chinese line on stderr); anything else is thrown to the caller.
 */
export async function runBulletin(args: string[], io: Io): Promise<number> {
  try {
    return await bulletin(args, io);
  } catch (e) {
    if (e instanceof BulletinUsageError || e instanceof WorkbookOpenError) {
      io.stderr(`duban: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

async function bulletin(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
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
    });
  } catch (e) {
    const unknown = /Unknown option '([^']+)'/.exec(errorMessage(e));
    const missing = /Option '(--[a-z-]+)[^']*' argument missing/.exec(errorMessage(e));
    const why = unknown ? `未知选项 ${unknown[1]}` : missing ? `选项 ${missing[1]} 缺少取值` : `参数有误：${errorMessage(e)}`;
    throw new BulletinUsageError(`${why}\n${BULLETIN_USAGE}`);
  }
  const { values: opts, positionals } = parsed;
  if (opts.help) {
    io.stdout(`${BULLETIN_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new BulletinUsageError(`需要且只需要一个台账文件\n${BULLETIN_USAGE}`);
  const period = readPeriod(opts);
  const input = path.resolve(positionals[0]);
  const today = opts['as-of'] ?? io.today();
  if (!isDateOnly(today)) throw new BulletinUsageError(`--as-of 应为 YYYY-MM-DD 格式的有效日期：${today}`);
  if (today < period.start) throw new BulletinUsageError(`统计期间「${period.label}」尚未开始（截止日期 ${today}）`);
  const mapped = parseMapOptions(opts.map ?? []);
  if (!mapped.ok) throw new BulletinUsageError(mapped.message);
  const rules = opts.rules ? await readRules(opts.rules) : XIANGYIN_2020;
  const out = path.resolve(opts.out ?? defaultBulletinOutput(input));
  if (out === input) throw new BulletinUsageError('输出文件不能与输入文件相同：输入文件从不改写');
  if (!opts.force && (await exists(out))) throw new BulletinUsageError(`输出文件已存在：${out}（加 --force 覆盖）`);

  const data = await fs.readFile(input).catch((e: NodeJS.ErrnoException) => {
    throw new BulletinUsageError(e.code === 'ENOENT' ? `找不到文件：${input}` : `无法读取文件：${input}（${e.code ?? e.message}）`);
  });
  const workbook = await XlsxWorkbook.load(data);
  const made = await generateBulletin(workbook, period, today, { rules, sheet: opts.sheet, columns: mapped.map.choices });
  if (!made.ok) throw new BulletinUsageError(formatLedgerFailure(made.failure, mapped.map));
  await writeOutput(out, await workbook.toBuffer());

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
  if (given.length === 0) throw new BulletinUsageError(`需要指定统计期间：--month、--week、--half、--year 四者之一\n${BULLETIN_USAGE}`);
  if (given.length > 1) throw new BulletinUsageError(`只能指定一个统计期间，却同时给出了 ${given.map((k) => `--${k}`).join('、')}`);
  const kind = given[0];
  const text = opts[kind] as string;
  const period = parsePeriodArg(text, kind);
  if (period === null) throw new BulletinUsageError(`--${kind} 应为 ${FORMATS[kind]}：${text}`);
  return period;
}

/** `台账.xlsx` → `台账-通报.xlsx` beside it (`duban run` writes `台账-督办.xlsx`). */
export function defaultBulletinOutput(input: string): string {
  const { dir, name } = path.parse(input);
  return path.join(dir, `${name}-通报.xlsx`);
}

async function readRules(file: string): Promise<RuleSet> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (e) {
    throw new BulletinUsageError(`规则文件无法读取或不是 JSON：${file}（${errorMessage(e)}）`);
  }
  const checked = validateRuleSet(json);
  if (!checked.ok) throw new BulletinUsageError(`规则文件 ${file} 有误：${checked.problems.map((p) => p.message).join('；')}`);
  return checked.rules;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file, fsConstants.F_OK).then(() => true, () => false);
}

/** Written beside the target and renamed into place, so a failure never leaves half a file. */
async function writeOutput(out: string, data: Buffer): Promise<void> {
  const temp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, out);
  } catch (e) {
    await fs.rm(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new BulletinUsageError(`无法写出输出文件：${out}（${code ?? errorMessage(e)}）`);
  }
}
