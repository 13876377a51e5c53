import { dateToSerial } from '../core/dates/excelSerial';
import type { DateOnly } from '../core/dates/dateOnly';
import { FEEDBACK_COLUMNS, FEEDBACK_SHEET, type FeedbackColumn, type FeedbackRecord } from '../core/feedback/feedbackLog';
import { toCellText } from './cellText';
import { buildAppendOnlySheet } from './appendOnlySheet';
import { PAGE_NUMBER_FOOTER } from './sheetFlow';
import type { CellModel, CellStyle, SheetModel } from './sheetModel';

/**
 * The fill of a ledger 完成时间 cell the add-in filled from a unit's answer (WorkbookPort.fillEmptyCells),
 * so a clerk tells a reported date from one typed in. A light violet, apart from the status fills
 * (DDEBF7 blue, FFEB9C yellow, FFC7CE red) and the green of 临期; 反馈登记's 填入台账 cell of each
 * such answer has it too, so the register is the legend.
 */
export const LEDGER_FILL_MARK = 'E4DFEC';

const KEYS = Object.keys(FEEDBACK_COLUMNS) as FeedbackColumn[];
/** Room for the usual entry: a date, a unit, a number, a title or an answer on two lines, a file name, a cell. */
const WIDTHS: Record<FeedbackColumn, number> = {
  receivedOn: 14,
  unit: 18,
  key: 14,
  title: 28,
  progress: 32,
  completed: 14,
  evidence: 20,
  contact: 16,
  listDate: 14,
  source: 18,
  applied: 18,
};
// Titles, answers and file names wrap inside their cell; the row grows to hold them.
const TEXT: CellStyle = { border: true, vertical: 'middle', wrap: true };
const CENTER: CellStyle = { border: true, vertical: 'middle', horizontal: 'center', wrap: true };
const DATE: CellStyle = { border: true, vertical: 'middle', horizontal: 'center', numberFormat: 'yyyy-mm-dd' };
const FILLED: CellStyle = { ...TEXT, fill: LEDGER_FILL_MARK };

/**
 * The empty answer register (反馈登记, SPEC §9 回收): the header in FEEDBACK_COLUMNS order, bold
 * and grey with borders, frozen, printed A4 landscape one page wide with the header on every page.
 * Answers are only ever appended below it (WorkbookPort.appendRows with feedbackLogRows).
 *
 * @example
 * buildFeedbackLogSheet().rows[0].map((c) => c.value)
 * // → ['收到日期', '单位', '事项编号', '事项名称', '进展情况', '报告完成时间', '佐证材料', '联系人', '清单日期', '来源', '填入台账']
 */
export function buildFeedbackLogSheet(): SheetModel {
  return buildAppendOnlySheet(FEEDBACK_SHEET, FEEDBACK_COLUMNS, WIDTHS, { center: PAGE_NUMBER_FOOTER });
}

/**
 * One register row per answer, in FEEDBACK_COLUMNS order. Dates are real Excel dates (serials with
 * a date format), what a unit wrote goes in as text, a blank answer as an empty cell; 填入台账
 * naming a ledger cell ('督办台账!K12') has the fill that cell was given (LEDGER_FILL_MARK).
 *
 * @example
 * feedbackLogRows([{ receivedOn: '2020-05-22', unit: '县住建局', key: 'DB-01', …, applied: '督办台账!K5' }])[0][10]
 * // → { value: '督办台账!K5', style: { border: true, vertical: 'middle', wrap: true, fill: 'E4DFEC' } }
 */
export function feedbackLogRows(records: readonly FeedbackRecord[], date1904 = false): CellModel[][] {
  const date = (d: DateOnly | null): CellModel => ({ value: d === null ? null : dateToSerial(d, date1904), style: DATE });
  const text = (t: string | null, style: CellStyle = TEXT): CellModel => ({ value: t === null || t === '' ? null : toCellText(t), style });
  return records.map((r) => {
    const cells: Record<FeedbackColumn, CellModel> = {
      receivedOn: date(r.receivedOn),
      unit: text(r.unit),
      key: text(r.key, CENTER),
      title: text(r.title),
      progress: text(r.progress),
      completed: date(r.completed),
      evidence: text(r.evidence),
      contact: text(r.contact),
      listDate: date(r.listDate),
      source: text(r.source),
      applied: text(r.applied, r.applied.includes('!') ? FILLED : TEXT),
    };
    return KEYS.map((k) => cells[k]);
  });
}
