/**
 * The DUBAN.* worksheet functions: working days by the State Council calendar (法定节假日 off,
 * 调休 makeup days on), the deadline and notices of a supervised item, unit scores and the
 * tiered staff bonus. docs/functions.md documents them for users.
 *
 * The JSDoc below is the source of dist/functions.json (custom-functions-metadata-plugin), and
 * the same plugin appends one CustomFunctions.associate(id, function) call per @customfunction
 * when webpack bundles this file, so the ids are associated exactly once: never call associate
 * here. Ids and names are upper-case and stable (formulas saved in workbooks name them).
 *
 * Every parameter is a matrix (unknown[][], type any in the metadata), so each function takes a
 * single value or a range; arguments combine cell by cell and the result spills (mapCells). A bad
 * cell gives #VALUE! with a Chinese message in that cell only; nothing here throws to Excel. An
 * input cell holding an error (#N/A, or a #VALUE! row of DEADLINE's spill) is a bad cell too: the
 * build lets Excel pass errors to parameters of type any (scripts/functionsMetadata.js), and the
 * labels given to spill name the arguments in those messages.
 */
import { createWorkCalendar, type WorkCalendar } from '../core/calendar';
import type { Parsed } from '../core/dates';
import { SETTINGS_KEY } from '../app/settings';
import type { RuleSet } from '../core/rules/ruleSet';
import { watchSettingsSheet } from '../office/watchSettingsSheet';
import { evaluateBonus, evaluateTier } from './bonusFunctions';
import { evaluateIsWorkday, evaluateNetworkdays, evaluateWorkday } from './calendarFunctions';
import { createRulesReader } from './createRulesReader';
import { createFunctionEnv, evaluateDeadline, evaluateLevel, evaluateNextNotice, evaluateOverdue, type FunctionEnv } from './escalationFunctions';
import { mapCells, type CellArgs } from './mapCells';
import { evaluateScore } from './scoreFunctions';

let calendar: WorkCalendar | null = null;

/** Built on first use: the shared runtime loads this file even when no function is called. */
function workCalendar(): WorkCalendar {
  calendar ??= createWorkCalendar();
  return calendar;
}

/**
 * What versions before the 规则设置 sheet saved in the document settings, read lazily through
 * the shared runtime's Office.js at each call (until the pane moves them into the sheet).
 */
function readSavedSettings(): unknown {
  if (typeof Office === 'undefined') return undefined;
  return Office.context?.document?.settings?.get(SETTINGS_KEY);
}

const readSavedRules = createRulesReader(readSavedSettings);

/** The 规则设置 sheet's rules, kept current by watchSettingsSheet; null while there is no sheet. */
let sheetRules: RuleSet | null = null;

/** The rules in force: the 规则设置 sheet's, else the old saved ones, else the 湘阴2020 preset. */
const readRules = (): RuleSet => sheetRules ?? readSavedRules();

// A function must answer at once, so the sheet is read ahead and on each change of it; when the
// rules changed, the workbook is recalculated, since Excel recalculates a function only when its
// arguments change.
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => {
    let first = true;
    return watchSettingsSheet(
      (batch) => Excel.run(batch),
      (rules) => {
        const changed = JSON.stringify(rules) !== JSON.stringify(sheetRules);
        sheetRules = rules;
        if (changed && !first) {
          void Excel.run(async (context) => {
            context.workbook.application.calculate(Excel.CalculationType.full);
            await context.sync();
          }).catch(() => undefined);
        }
        first = false;
      },
    ).catch(() => undefined);
  });
}

/** Argument names of LEVEL, OVERDUE and NEXTNOTICE, as their own messages name them ('时限为空'). */
const SCHEDULE_LABELS = ['时限', '完成时间', '统计日期'];

function toError(reason: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, reason);
}

/**
 * One call over its arguments. The result is typed as the functions declare it for the
 * metadata; cells that failed hold CustomFunctions.Error objects, which Excel shows as errors
 * inside any result matrix (CustomFunctionsRuntime 1.2).
 */
function spill<T>(labels: readonly string[], args: readonly unknown[], make: (env: FunctionEnv) => (cells: CellArgs) => Parsed<T>): T[][] {
  try {
    return mapCells(args, make(createFunctionEnv(workCalendar(), readRules())), toError, labels) as T[][];
  } catch (e) {
    return [[toError(`计算出错：${e instanceof Error ? e.message : String(e)}`)]] as unknown as T[][];
  }
}

/**
 * 判断日期是否为工作日：周末与法定节假日休息，调休上班日算工作日。可输入单个日期或一个区域。
 * @customfunction ISWORKDAY ISWORKDAY
 * @param date 日期：Excel 日期、文本日期（如 2020-05-09、2020年5月9日）或日期区域
 * @returns 是工作日为 TRUE，否则为 FALSE
 */
export function isWorkday(date: unknown[][]): boolean[][] {
  return spill(['日期'], [date], ({ cal }) => (c) => evaluateIsWorkday(cal, c[0]));
}

/**
 * 开始日期之后第 N 个工作日（N 为负数时向前推），按国务院节假日安排，含调休上班日。
 * @customfunction WORKDAY WORKDAY
 * @param start 开始日期（本身不计入）：Excel 日期、文本日期或日期区域
 * @param days 工作日天数：可为负数，小数部分舍去
 * @returns 结果日期（Excel 日期序列号，请设置为日期格式）
 */
export function workday(start: unknown[][], days: unknown[][]): number[][] {
  return spill(['开始日期', '天数'], [start, days], ({ cal }) => (c) => evaluateWorkday(cal, c[0], c[1]));
}

/**
 * 两个日期之间的工作日天数，首尾两天都计入，按国务院节假日安排，含调休上班日。
 * @customfunction NETWORKDAYS NETWORKDAYS
 * @param start 开始日期：Excel 日期、文本日期或日期区域
 * @param end 结束日期：早于开始日期时结果为负数
 * @returns 工作日天数
 */
export function networkdays(start: unknown[][], end: unknown[][]): number[][] {
  return spill(['开始日期', '结束日期'], [start, end], ({ cal }) => (c) => evaluateNetworkdays(cal, c[0], c[1]));
}

/**
 * 事项的办理时限（按“蓝、黄、红”三色督办单制度第三条）：写明的日期顺延到工作日；“7个工作日”“3月底前”等按交办时间推算；未写时限按来源的默认工作日数（默认县长批示 7 个工作日）；长期事项返回“长期”。
 * @customfunction DEADLINE DEADLINE
 * @param assigned 交办时间：Excel 日期或文本日期
 * @param [deadline] 办理时限：日期、“7个工作日”“3月底前”“长期”等，留空按来源默认工作日数
 * @param [source] 事项来源：如“县长批示”，办理时限留空时使用
 * @returns 办理时限（Excel 日期序列号），长期事项为“长期”
 */
export function deadlineInForce(assigned: unknown[][], deadline?: unknown[][], source?: unknown[][]): unknown[][] {
  return spill(['交办时间', '办理时限', '来源'], [assigned, deadline, source], (env) => (c) => evaluateDeadline(env, c[0], c[1], c[2]));
}

/**
 * 截至统计日期应发的最高一级督办单：“蓝”“黄”“红”；未发督办单、时限在统计日期后3个工作日内（规则设置“临期预警”）的为“临期”；其余为空。在某日前（含当日）已办结的，该日不再发督办单。
 * @customfunction LEVEL LEVEL
 * @param deadline 办理时限：日期（可用 DUBAN.DEADLINE 的结果），“长期”不督办
 * @param done 完成时间：留空表示未办结
 * @param asOf 统计日期：如 TODAY()
 * @returns “蓝”“黄”“红”“临期”或空
 */
export function level(deadline: unknown[][], done: unknown[][], asOf: unknown[][]): string[][] {
  return spill(SCHEDULE_LABELS, [deadline, done, asOf], (env) => (c) => evaluateLevel(env, c[0], c[1], c[2]));
}

/**
 * 逾期天数：截至完成时间与统计日期中较早者，超过办理时限的自然日天数；未超过或长期事项为 0。
 * @customfunction OVERDUE OVERDUE
 * @param deadline 办理时限：日期（可用 DUBAN.DEADLINE 的结果）
 * @param done 完成时间：留空表示未办结
 * @param asOf 统计日期：如 TODAY()
 * @returns 逾期天数（自然日，不为负数）
 */
export function overdue(deadline: unknown[][], done: unknown[][], asOf: unknown[][]): number[][] {
  return spill(SCHEDULE_LABELS, [deadline, done, asOf], (env) => (c) => evaluateOverdue(env, c[0], c[1], c[2]));
}

/**
 * 统计日期之后下一张督办单的发出日期；已办结、长期事项或不再有督办单时为空。
 * @customfunction NEXTNOTICE NEXTNOTICE
 * @param deadline 办理时限：日期（可用 DUBAN.DEADLINE 的结果）
 * @param done 完成时间：留空表示未办结
 * @param asOf 统计日期：如 TODAY()
 * @returns 下一张督办单的日期（Excel 日期序列号），没有则为空
 */
export function nextNotice(deadline: unknown[][], done: unknown[][], asOf: unknown[][]): unknown[][] {
  return spill(SCHEDULE_LABELS, [deadline, done, asOf], (env) => (c) => evaluateNextNotice(env, c[0], c[1], c[2]));
}

/**
 * 单位督办得分，与“单位得分”表一致，按规则设置扣分、加分（默认湘阴2020：蓝、黄、红色督办单每张扣 1、2、5 分；承办 5 项以上全年无黄色加 10 分、无红色加 5 分；20 项以上再加 20 分、10 分）。
 * @customfunction SCORE SCORE
 * @param blue 蓝色督办单张数
 * @param yellow 黄色督办单张数
 * @param red 红色督办单张数
 * @param items 承办事项数（不含配合事项）
 * @returns 得分
 */
export function score(blue: unknown[][], yellow: unknown[][], red: unknown[][], items: unknown[][]): number[][] {
  return spill(['蓝色督办单数', '黄色督办单数', '红色督办单数', '承办事项数'], [blue, yellow, red, items], ({ rules }) => (c) => evaluateScore(rules, c[0], c[1], c[2], c[3]));
}

/**
 * 按排名确定绩效奖金等次（§22）：第一等次不超过人数的 20%，第三等次不少于 10%，其余为第二等次（比例按规则设置，默认湘阴2020）。并列与“不称职”以“绩效奖金”表为准。
 * @customfunction TIER TIER
 * @param rank 排名：1 为最好
 * @param headcount 单位参加考核的人数
 * @param [tiers] 等次数：3（默认）或 2（30 人以下的单位可分两个等次）
 * @returns 等次：1、2 或 3
 */
export function tier(rank: unknown[][], headcount: unknown[][], tiers?: unknown[][]): number[][] {
  return spill(['排名', '人数', '等次数'], [rank, headcount, tiers], ({ rules }) => (c) => evaluateTier(rules, c[0], c[1], c[2]));
}

/**
 * 个人绩效奖金（元，§22）：奖金总额 = 标准 × 人数，60% 为人人相同的基础奖，40% 为阶梯奖，第一等次加 20%、第三等次减 20%，第二等次使总额恰好分完（比例按规则设置，默认湘阴2020）。
 * @customfunction BONUS BONUS
 * @param standard 人均奖金标准（元）
 * @param tier 本人等次：1、2 或 3
 * @param headcount 单位参加考核的人数
 * @param n1 第一等次人数
 * @param n3 第三等次人数
 * @param [order] 本人在等次内的名次（可选）：填写后与“绩效奖金”表分毫不差，否则余数的 1 元不计入
 * @returns 奖金（元）
 */
export function bonus(standard: unknown[][], tier: unknown[][], headcount: unknown[][], n1: unknown[][], n3: unknown[][], order?: unknown[][]): number[][] {
  return spill(['奖金标准', '等次', '人数', '第一等次人数', '第三等次人数', '等次内名次'], [standard, tier, headcount, n1, n3, order], ({ rules }) => (c) => evaluateBonus(rules, c[0], c[1], c[2], c[3], c[4], c[5]));
}
