import { parseArgs } from 'node:util';
import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { isDateOnly, type DateOnly } from '../core/dates/dateOnly';
import { describeProblem } from '../core/problems';
import { XIANGYIN_2020, type RuleSet } from '../core/rules/ruleSet';
import { validateRuleSet } from '../core/rules/validateRuleSet';
import { analyzeWorkbook, type LedgerAnalysis } from '../app/analyzeWorkbook';
import { applyLedgerColors } from '../app/applyLedgerColors';
import { buildReport } from '../app/buildReport';
import { issueNotices, type IssuedNotices } from '../app/issueNotices';
import { NOTICE_LOG_SHEET } from '../core/notices/noticeLog';
import { XlsxWorkbook, WorkbookOpenError } from '../xlsx/xlsxWorkbook';

/** The message of anything thrown (errors from Node's own modules may come from another realm). */
const errorMessage = (e: unknown): string =>
  typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string' ? (e as { message: string }).message : String(e);

/** A failure the user can fix: printed as one line, exit status 2, no stack trace. */
export class UsageError extends Error {}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today's date in China; a parameter so tests need no clock. */
  today: () => DateOnly;
}

const USAGE = `用法 Usage:
  duban run 台账.xlsx [--sheet 表名] [--as-of YYYY-MM-DD] [--out 输出.xlsx] [--rules 规则.json] [--json] [--force]

  --sheet   台账所在工作表（默认：第一张像台账的表）
  --as-of   统计截止日期（默认：今天，北京时间）
  --out     输出文件（默认：<输入文件名>-督办.xlsx，与输入文件同目录）；输入文件从不改写
  --rules   规则设置 JSON（默认：湘阴2020）
  --json    向标准输出打印 JSON 报告
  --force   覆盖已存在的输出文件`;

/** Rows above which progress is shown on stderr. */
const PROGRESS_ROWS = 5000;

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof WorkbookOpenError) {
      io.stderr(`duban: ${e.message}\n`);
      return 2;
    }
    io.stderr(`duban: 内部错误：${errorMessage(e)}\n`);
    if (process.env.DUBAN_DEBUG && e instanceof Error) io.stderr(`${e.stack}\n`);
    return 1;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'run') throw new UsageError(`未知命令「${command}」\n${USAGE}`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        sheet: { type: 'string' },
        'as-of': { type: 'string' },
        out: { type: 'string' },
        rules: { type: 'string' },
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    const unknown = /Unknown option '([^']+)'/.exec(errorMessage(e));
    throw new UsageError(`${unknown ? `未知选项 ${unknown[1]}` : `参数有误：${errorMessage(e)}`}\n${USAGE}`);
  }
  const { values: opts, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`需要且只需要一个台账文件\n${USAGE}`);
  const input = path.resolve(positionals[0]);
  const asOf = opts['as-of'] ?? io.today();
  if (!isDateOnly(asOf)) throw new UsageError(`--as-of 应为 YYYY-MM-DD 格式的有效日期：${asOf}`);
  const rules = opts.rules ? await readRules(opts.rules) : XIANGYIN_2020;
  const out = path.resolve(opts.out ?? defaultOutput(input));
  if (out === input) throw new UsageError('输出文件不能与输入文件相同：输入文件从不改写');
  if (!opts.force && (await exists(out))) throw new UsageError(`输出文件已存在：${out}（加 --force 覆盖）`);

  const data = await fs.readFile(input).catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(e.code === 'ENOENT' ? `找不到文件：${input}` : `无法读取文件：${input}（${e.code ?? e.message}）`);
  });
  const workbook = await XlsxWorkbook.load(data);
  const result = await analyzeWorkbook(workbook, { asOf, rules, sheet: opts.sheet });
  if (!result.ok) throw new UsageError(result.message);
  const analysis = result.analysis;
  const big = analysis.items.length > PROGRESS_ROWS;
  if (big) io.stderr(`已分析 ${analysis.items.length} 条督办事项，正在写出…\n`);
  await applyLedgerColors(workbook, analysis);
  // After coloring: issue what fell due up to --as-of (the log read back makes a rerun a no-op).
  const issued = await issueNotices(workbook, analysis);
  await writeOutput(out, await workbook.toBuffer());
  if (big) io.stderr('完成。\n');

  if (opts.json) io.stdout(`${JSON.stringify(buildReport(analysis, issued), null, 2)}\n`);
  else io.stdout(summarize(analysis, issued, out));
  return 0;
}

async function readRules(file: string): Promise<RuleSet> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`规则文件无法读取或不是 JSON：${file}（${errorMessage(e)}）`);
  }
  const checked = validateRuleSet(json);
  if (!checked.ok) throw new UsageError(`规则文件 ${file} 有误：${checked.problems.map((p) => p.message).join('；')}`);
  return checked.rules;
}

export function defaultOutput(input: string): string {
  const { dir, name } = path.parse(input);
  return path.join(dir, `${name}-督办.xlsx`);
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
    throw new UsageError(`无法写出输出文件：${out}（${code ?? errorMessage(e)}）`);
  }
}

/** Sheet names listed in the summary before the rest are only counted. */
const LISTED_SHEETS = 10;

function issuedLine(issued: IssuedNotices): string {
  const { notices, sheets } = issued;
  if (notices.length === 0) return `本次无新的督办单（已发的均在「${NOTICE_LOG_SHEET}」中）`;
  const by = (c: string) => notices.filter((n) => n.color === c).length;
  const listed = sheets.slice(0, LISTED_SHEETS).join('、') + (sheets.length > LISTED_SHEETS ? ` 等 ${sheets.length} 张` : '');
  return `本次发出督办单 ${notices.length} 份（红 ${by('red')}、黄 ${by('yellow')}、蓝 ${by('blue')}），已登记到「${NOTICE_LOG_SHEET}」；督办单表：${listed}`;
}

function summarize(a: LedgerAnalysis, issued: IssuedNotices, out: string): string {
  const count = (status: string) => a.escalations.filter((e) => e.status === status).length;
  const notices = { blue: 0, yellow: 0, red: 0 };
  for (const e of a.escalations) for (const n of e.notices) notices[n.color]++;
  const problems = [...a.problems, ...issued.problems];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const lines = [
    `截止日期：${a.asOf}（台账：${a.sheet.name}）`,
    `督办事项 ${a.escalations.length} 项：红 ${count('红')}、黄 ${count('黄')}、蓝 ${count('蓝')}、已办结 ${count('已办结')}、长期 ${count('长期')}、未到期 ${count('—')}`,
    `应发督办单：蓝 ${notices.blue}、黄 ${notices.yellow}、红 ${notices.red}`,
    issuedLine(issued),
    `问题 ${problems.length} 条（错误 ${errors}，提示 ${problems.length - errors}）${problems.length > 0 ? '：' : ''}`,
    ...problems.slice(0, 20).map((p) => `  - ${describeProblem(p)}`),
    ...(problems.length > 20 ? [`  …另有 ${problems.length - 20} 条，用 --json 查看全部`] : []),
    `已写出：${out}`,
  ];
  return `${lines.join('\n')}\n`;
}
