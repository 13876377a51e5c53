import path from 'node:path';
import { yearOf } from '../../core/dates/dateOnly';
import { isPlausibleYear, PLAUSIBLE_YEARS } from '../../core/dates/plausibleYears';
import { describeProblem, type Problem } from '../../core/problems';
import { analyzeWorkbook, type LedgerAnalysis } from '../../app/analyzeWorkbook';
import type { WorkbookPort } from '../../app/ports/workbookPort';
import { applyLedgerColors } from '../../app/applyLedgerColors';
import { buildReport, type ReportSheets } from '../../app/buildReport';
import { issueNotices, previewNotices, type IssuedNotices } from '../../app/issueNotices';
import { checkNoticePlausibility } from '../../core/notices/checkNoticePlausibility';
import { writeUnitScores } from '../../app/writeUnitScores';
import { writeBonuses } from '../../app/writeBonuses';
import type { BonusResult } from '../../core/bonus/computeBonuses';
import { STAFF_SHEET } from '../../core/bonus/parseStaffSheet';
import type { UnitScore } from '../../core/scoring/scoreUnits';
import { NOTICE_LOG_SHEET } from '../../core/notices/noticeLog';
import { XlsxWorkbook } from '../../xlsx/xlsxWorkbook';
import { reportProgress } from '../reportProgress';
import { formatNoticeDoubt } from '../formatNoticeDoubt';
import type { Io } from '../kit/io';
import { UsageError, catchUsageErrors } from '../kit/usageError';
import { onlyInputFile, parseOptions } from '../kit/parseOptions';
import { readDateOption } from '../kit/readDateOption';
import { MAP_HELP, formatLedgerFailure, readMapOptions } from '../kit/mapOption';
import { readRules } from '../kit/readRules';
import { settingsInForce } from '../kit/settingsInForce';
import { readInput } from '../kit/readInput';
import { chooseOutput, writeOutput } from '../kit/writeOutput';

/** `duban run --help`, and duban's own help: run is the command most users need. */
export const RUN_USAGE = `用法 Usage:
  duban run 台账.xlsx [--sheet 表名] [--map 概念=列]... [--as-of YYYY-MM-DD] [--out 输出.xlsx] [--rules 规则.json] [--json] [--force] [--confirm]
  duban bulletin 台账.xlsx (--month 2020-05 | --week 2020-W19 | --half 2020-H1 | --year 2020) [选项]
  duban bulletin --help     （督办通报的全部选项）
  duban settings 台账.xlsx [--out 输出.xlsx]   写出带「规则设置」表（现行全部规则与列映射）的副本
  duban calendar 通知.txt [--out 输出.xlsx] [--json]   读国务院节假日安排通知，得出「节假日调整」各行
  duban split 台账.xlsx [--out-dir 目录]   分发：每个承办单位一个督办清单文件，供单位填写进展
  duban collect 台账.xlsx 回复.xlsx… [--apply]   回收：把单位交回的清单登记到「反馈登记」

duban run：在输出文件中标注督办状态（蓝/黄/红，及临期提醒）、发出到期的督办单并登记到「${NOTICE_LOG_SHEET}」，
  另加「单位得分 <年度>」表；工作簿有「${STAFF_SHEET}」表时另加「绩效奖金 <年度>」表
duban bulletin：生成一期督办通报（周汇总、月通报、半年讲评、年度）

duban run 的选项：
  --sheet   台账所在工作表（默认：「规则设置」表中的台账工作表，否则第一张像台账的表）
${MAP_HELP}
  --as-of   统计截止日期（默认：今天，北京时间），年份须在 ${PLAUSIBLE_YEARS.earliest}–${PLAUSIBLE_YEARS.latest} 之间
  --out     输出文件（默认：<输入文件名>-督办.xlsx，与输入文件同目录）；输入文件从不改写
  --rules   规则 JSON，代替工作簿「规则设置」表中的规则（默认：该表；没有该表时为湘阴2020）
  --json    向标准输出打印 JSON 报告
  --force   覆盖已存在的输出文件
  --confirm 确认发出：本次督办单多于规则设置 notices.maxPerRun（默认 200 份），或有发出日期早于截止日期
            notices.maxAgeYears 年（默认 1 年）以前的，不加此项只列出将发出的督办单、不写出文件（退出码 2）`;

/**
 * `duban run LEDGER.xlsx`: writes a copy of the workbook with the ledger's statuses colored, the
 * notices that fell due issued and logged, and the year's unit scores and bonuses. The input is
 * only read. Exit 0 on success, 2 on a usage or input error or a doubtful batch of notices
 * (Chinese lines on stderr); anything else is thrown to the caller.
 *
 * @example
 * await runLedger(['台账.xlsx', '--as-of', '2020-07-01'], io) // 0, and 台账-督办.xlsx written
 */
export function runLedger(args: string[], io: Io): Promise<number> {
  return catchUsageErrors(io, () => run(args, io));
}

async function run(args: string[], io: Io): Promise<number> {
  const { values: opts, positionals } = parseOptions(
    args,
    {
      sheet: { type: 'string' },
      map: { type: 'string', multiple: true },
      'as-of': { type: 'string' },
      out: { type: 'string' },
      rules: { type: 'string' },
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      confirm: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    RUN_USAGE,
  );
  if (opts.help) {
    io.stdout(`${RUN_USAGE}\n`);
    return 0;
  }
  const input = path.resolve(onlyInputFile(positionals, RUN_USAGE));
  const asOf = readDateOption('as-of', opts['as-of'], io.today);
  // A typo such as 2100 or 1020 would date every notice wrongly; the pane's 截止日期 takes the same years.
  if (!isPlausibleYear(yearOf(asOf))) {
    throw new UsageError(`--as-of 的年份应在 ${PLAUSIBLE_YEARS.earliest} 至 ${PLAUSIBLE_YEARS.latest} 之间：${asOf}`);
  }
  const map = readMapOptions(opts.map);
  const fileRules = await readRules(opts.rules);
  const out = await chooseOutput(input, opts.out, '督办', opts.force);

  const data = await readInput(input);
  const progress = reportProgress(io.stderr, io.now ?? (() => performance.now()));
  progress.phase('读取', path.basename(input));
  const workbook = await XlsxWorkbook.load(data, {
    // Each sheet read is followed by the analysis of what it holds (analyzeWorkbook reads, then parses).
    onRead: (sheet, fraction) => (fraction < 1 ? progress.fraction(fraction) : progress.phase('分析', `「${sheet}」`)),
    onReadStart: (sheet) => progress.phase('读取', `「${sheet}」`),
  });
  const settings = await settingsInForce(workbook, { fileRules, sheet: opts.sheet }, map);
  const { rules } = settings;
  const result = await analyzeWorkbook(workbook, { ...settings, asOf });
  if (!result.ok) throw new UsageError(formatLedgerFailure(result.failure, map));
  const analysis = result.analysis;
  // Plausibility before the log (SPEC §9): a doubtful batch is listed, and nothing is written, until --confirm.
  const plan = previewNotices(analysis);
  if (!opts.confirm) {
    const doubt = checkNoticePlausibility(plan.notices, asOf, rules.notices);
    if (doubt !== null) {
      io.stderr(`duban: ${formatNoticeDoubt(doubt)}`);
      return 2;
    }
  }
  progress.phase('写出督办状态', `${analysis.items.length} 行`);
  await applyLedgerColors(workbook, analysis);
  // After coloring: issue what fell due up to --as-of (the log the analysis read makes a rerun a no-op).
  // One notice sheet per issue date: a first run over a year of open items writes hundreds.
  const noticeSheets = new Set(plan.notices.map((n) => n.issueDate)).size;
  progress.phase('写出督办单', `${plan.notices.length} 份，${noticeSheets} 张表`);
  const issued = await issueNotices(
    countingSheets(workbook, (added) => progress.fraction(added / noticeSheets)),
    analysis,
    plan,
  );
  // Scores count the log as it stands now, this run's notices included (the log is the single
  // source, SPEC §4–5): issued.log is the log read by the analysis plus what was appended.
  progress.phase('写出单位得分与绩效奖金');
  const scores = await writeUnitScores(workbook, analysis, issued.log);
  const bonuses = await writeBonuses(workbook, analysis);
  progress.phase('保存', path.basename(out));
  await writeOutput(out, await workbook.toBuffer(), opts.force);
  progress.finish();

  if (opts.json) io.stdout(`${JSON.stringify(buildReport(analysis, issued, { scores, bonuses }), null, 2)}\n`);
  else io.stdout(summarize(analysis, issued, { scores, bonuses }, out));
  return 0;
}

/** The port, telling `onAdded` how many sheets it has added so far (progress through the notice sheets). */
function countingSheets(port: WorkbookPort, onAdded: (count: number) => void): WorkbookPort {
  let added = 0;
  return {
    listSheets: () => port.listSheets(),
    readSheets: (names) => port.readSheets(names),
    writeLedgerDecoration: (d) => port.writeLedgerDecoration(d),
    clearLedgerDecoration: (sheet, column) => port.clearLedgerDecoration(sheet, column),
    addSheet: async (model) => {
      const name = await port.addSheet(model);
      onAdded(++added);
      return name;
    },
    appendRows: (sheet, rows, create) => port.appendRows(sheet, rows, create),
    fillEmptyCells: (sheet, cells, mark) => port.fillEmptyCells(sheet, cells, mark),
    setCells: (sheet, cells) => port.setCells(sheet, cells),
  };
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

/** Units listed by name in a summary line before the rest are only counted. */
const LISTED_UNITS = 10;
const listUnits = (names: string[]) => names.slice(0, LISTED_UNITS).join('、') + (names.length > LISTED_UNITS ? ` 等 ${names.length} 个单位` : '');

function scoresLine(year: number, written: { sheet: string; scores: readonly UnitScore[] }): string {
  const { sheet, scores } = written;
  const provisional = scores.some((s) => s.provisional) ? `，“全年无黄/红色督办单”加分为暂计` : '';
  const flagged = scores.filter((s) => s.flags.criticism || s.flags.admonition).map((s) => `${s.unit}（${s.flags.admonition ? '诫勉谈话' : '通报批评'}）`);
  return `单位得分：已写入「${sheet}」（${year}年度，${scores.length} 个单位${provisional}）${flagged.length > 0 ? `；问责提示：${listUnits(flagged)}` : ''}`;
}

function bonusLine(written: { sheet: string; result: BonusResult } | null): string {
  if (written === null) return `绩效奖金：工作簿中没有「${STAFF_SHEET}」表（或表中没有可读的人员），未计算`;
  const paid = written.result.units.filter((u) => u.ok).length;
  const failed = written.result.units.flatMap((u) => (u.ok ? [] : [`${u.unit}（${u.error}）`]));
  return `绩效奖金：已写入「${written.sheet}」，已分配 ${paid} 个单位${failed.length > 0 ? `；未分配 ${failed.length} 个单位：${listUnits(failed)}` : ''}`;
}

/** Bonus problems minus those that only repeat a unit's error row (the bonus line names them). */
function bonusProblems(result: BonusResult | undefined): Problem[] {
  if (result === undefined) return [];
  const failed = new Set(result.units.flatMap((u) => (u.ok ? [] : [u.code])));
  return result.problems.filter((p) => !failed.has(p.code));
}

function summarize(a: LedgerAnalysis, issued: IssuedNotices, written: Required<ReportSheets>, out: string): string {
  const count = (status: string) => a.escalations.filter((e) => e.status === status).length;
  const notices = { blue: 0, yellow: 0, red: 0 };
  for (const e of a.escalations) for (const n of e.notices) notices[n.color]++;
  const problems = [...a.problems, ...issued.problems, ...bonusProblems(written.bonuses?.result)];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const lines = [
    `截止日期：${a.asOf}（台账：${a.sheet.name}）`,
    `督办事项 ${a.escalations.length} 项：红 ${count('红')}、黄 ${count('黄')}、蓝 ${count('蓝')}、临期 ${count('临期')}、已办结 ${count('已办结')}、长期 ${count('长期')}、未到期 ${count('—')}`,
    `应发督办单：蓝 ${notices.blue}、黄 ${notices.yellow}、红 ${notices.red}`,
    issuedLine(issued),
    scoresLine(yearOf(a.asOf), written.scores),
    bonusLine(written.bonuses),
    `问题 ${problems.length} 条（错误 ${errors}，提示 ${problems.length - errors}）${problems.length > 0 ? '：' : ''}`,
    ...problems.slice(0, 20).map((p) => `  - ${describeProblem(p)}`),
    ...(problems.length > 20 ? [`  …另有 ${problems.length - 20} 条，用 --json 查看全部`] : []),
    `已写出：${out}`,
  ];
  return `${lines.join('\n')}\n`;
}
