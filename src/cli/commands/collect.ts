import path from 'node:path';
import { analyzeWorkbook } from '../../app/analyzeWorkbook';
import { previewFeedback, recordFeedback, type ReturnedSheet } from '../../app/collectFeedback';
import { FEEDBACK_SHEET } from '../../core/feedback/feedbackLog';
import { isUnitList } from '../../core/feedback/readUnitReply';
import { describeProblem } from '../../core/problems';
import { XlsxWorkbook, WorkbookOpenError } from '../../xlsx/xlsxWorkbook';
import type { Io } from '../kit/io';
import { UsageError, catchUsageErrors } from '../kit/usageError';
import { parseOptions } from '../kit/parseOptions';
import { readDateOption } from '../kit/readDateOption';
import { MAP_HELP, formatLedgerFailure, readMapOptions } from '../kit/mapOption';
import { readRules } from '../kit/readRules';
import { settingsInForce } from '../kit/settingsInForce';
import { readInput } from '../kit/readInput';
import { chooseOutput, writeOutput } from '../kit/writeOutput';

export const COLLECT_USAGE = `用法 Usage:
  duban collect 台账.xlsx 回复1.xlsx [回复2.xlsx …] [--out 汇总.xlsx] [--as-of 收到日期] [--apply]
                [--sheet 表名] [--map 概念=列]... [--rules 规则.json] [--json] [--force]

回收：读各单位交回的督办清单（duban split 或任务窗格生成），把每条反馈追加到台账工作簿的「${FEEDBACK_SHEET}」表
  （收到日期、单位、事项编号、进展情况、报告完成时间、佐证材料、联系人、来源文件）。台账本身不改动；
  同一份清单交回两次不会重复登记。以下情况列为问题、不登记：事项编号在台账中不存在、为别的单位的事项填报、
  报告的完成时间早于交办时间或晚于收到日期；来自另一份台账的清单、比该单位已交回的清单更旧的清单整份不导入。

  --out     输出文件（默认：<台账文件名>-反馈.xlsx，与台账同目录）；输入文件从不改写
  --as-of   收到日期（默认：今天，北京时间）
  --apply   把报告的完成时间填入台账「完成时间」列中为空的单元格（只填空格，填入的单元格标浅紫色底纹，
            并在「${FEEDBACK_SHEET}」的“填入台账”列注明）；多个单位共同承办的事项只登记不填
  --sheet   台账所在工作表（默认：「规则设置」表中的台账工作表，否则第一张像台账的表）
${MAP_HELP}
  --rules   规则 JSON，代替工作簿「规则设置」表中的规则
  --json    向标准输出打印 JSON 报告
  --force   覆盖已存在的输出文件`;

/** Problems listed by the summary before the rest are only counted. */
const LISTED_PROBLEMS = 20;

/**
 * `duban collect LEDGER.xlsx REPLY.xlsx…`: registers the units' answers in 反馈登记 and, with
 * --apply, fills the ledger's empty 完成时间 cells they report (回收, issue 21), in a copy of the
 * ledger's workbook. The inputs are only read; nothing is written when there is nothing new.
 *
 * @example
 * await runCollect(['台账.xlsx', '县住建局-督办清单-2020-07-01.xlsx', '--apply'], io) // 0, and 台账-反馈.xlsx written
 */
export function runCollect(args: string[], io: Io): Promise<number> {
  return catchUsageErrors(io, () => collect(args, io));
}

async function collect(args: string[], io: Io): Promise<number> {
  const { values: opts, positionals } = parseOptions(
    args,
    {
      out: { type: 'string' },
      'as-of': { type: 'string' },
      apply: { type: 'boolean', default: false },
      sheet: { type: 'string' },
      map: { type: 'string', multiple: true },
      rules: { type: 'string' },
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    COLLECT_USAGE,
  );
  if (opts.help) {
    io.stdout(`${COLLECT_USAGE}\n`);
    return 0;
  }
  if (positionals.length < 2) throw new UsageError(`需要台账文件和至少一个交回的清单文件\n${COLLECT_USAGE}`);
  const [input, ...replyFiles] = positionals.map((p) => path.resolve(p));
  const receivedOn = readDateOption('as-of', opts['as-of'], io.today);
  const map = readMapOptions(opts.map);
  const fileRules = await readRules(opts.rules);
  const out = await chooseOutput(input, opts.out, '反馈', opts.force);
  if (replyFiles.includes(out)) throw new UsageError(`输出文件不能是交回的清单：${out}`);

  const workbook = await XlsxWorkbook.load(await readInput(input));
  const settings = await settingsInForce(workbook, { fileRules, sheet: opts.sheet }, map);
  const result = await analyzeWorkbook(workbook, { ...settings, asOf: receivedOn });
  if (!result.ok) throw new UsageError(formatLedgerFailure(result.failure, map));
  const { analysis } = result;

  const sheets: ReturnedSheet[] = [];
  const unread: Array<{ source: string; message: string }> = [];
  for (const file of replyFiles) {
    const source = path.basename(file);
    const read = await readReply(file, source);
    if ('message' in read) unread.push(read);
    else sheets.push(...read);
  }
  const preview = await previewFeedback(workbook, analysis, sheets, receivedOn);
  preview.review.refused.unshift(...unread);
  const recorded = await recordFeedback(workbook, preview, { apply: opts.apply });
  const wrote = recorded.registered.length > 0 || recorded.filled.length > 0;
  if (wrote) await writeOutput(out, await workbook.toBuffer(), opts.force);

  const { review } = preview;
  if (opts.json) {
    const report = {
      receivedOn,
      ledger: analysis.sheet.name,
      output: wrote ? out : null,
      registered: recorded.registered,
      filled: recorded.filled,
      notEmpty: recorded.notEmpty,
      duplicates: review.duplicates,
      blank: review.blank,
      refused: review.refused,
      problems: review.problems,
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const errors = review.problems.filter((p) => p.severity === 'error').length;
  const lines = [
    `收到日期：${receivedOn}（台账：${analysis.sheet.name}）`,
    `读取清单 ${replyFiles.length} 个文件：新登记反馈 ${recorded.registered.length} 条，已登记过 ${review.duplicates} 条，未填写 ${review.blank} 项`,
    ...(opts.apply
      ? [`填入台账完成时间 ${recorded.filled.length} 处${recorded.filled.length > 0 ? `：${recorded.filled.join('、')}` : ''}`]
      : review.answers.some((a) => a.fill !== null) || review.earlierFills.length > 0
        ? [`有 ${review.answers.filter((a) => a.fill !== null).length + review.earlierFills.length} 条报告的完成时间台账中为空：加 --apply 可填入台账`]
        : []),
    ...(recorded.notEmpty.length > 0 ? [`未填入（单元格已有内容）：${recorded.notEmpty.join('、')}`] : []),
    ...review.refused.map((r) => `未导入：${r.message}`),
    `问题 ${review.problems.length} 条（错误 ${errors}，提示 ${review.problems.length - errors}）${review.problems.length > 0 ? '：' : ''}`,
    ...review.problems.slice(0, LISTED_PROBLEMS).map((p) => `  - ${describeProblem(p)}`),
    ...(review.problems.length > LISTED_PROBLEMS ? [`  …另有 ${review.problems.length - LISTED_PROBLEMS} 条，用 --json 查看全部`] : []),
    wrote ? `已写出：${out}` : '没有新的反馈，未写出文件',
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/** The list sheets of a returned file, or why it is none. */
async function readReply(file: string, source: string): Promise<ReturnedSheet[] | { source: string; message: string }> {
  let reply: XlsxWorkbook;
  try {
    reply = await XlsxWorkbook.load(await readInput(file));
  } catch (e) {
    if (e instanceof WorkbookOpenError || e instanceof UsageError) return { source, message: `「${source}」无法打开：${e.message}` };
    throw e;
  }
  const names = (await reply.listSheets()).map((s) => s.name);
  const lists = (await reply.readSheets(names)).filter(isUnitList);
  if (lists.length === 0) return { source, message: `「${source}」不是督办清单：没有一张工作表带“清单标识”（请交回督办台账助手生成的清单文件）` };
  return lists.map((snapshot) => ({
    source: lists.length === 1 ? source : `${source}「${snapshot.name}」`,
    place: `[${source}]${snapshot.name}`,
    snapshot,
  }));
}
