/**
 * TEST helper: the SPEC §2–3 worked example as a grid for MemoryWorkbook, header in row 1, all
 * items assigned 2020-04-28. As of 2020-07-01: row 2 (县长批示, due 05-11) red, row 3 done 05-14,
 * row 4 (会议交办, no deadline known) and row 5 not yet due. F is headed 时间节点, a deadline
 * header detection does not know (F holds 长期 for row 4).
 */
import type { CellValue } from '../../core/cells';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function specLedgerGrid(): CellValue[][] {
  return [
    ['序号', '督办事项', '事项来源', '责任单位', '交办时间', '时间节点', '完成时间'],
    [1, '推进县城污水管网改造', '县长批示', '县住建局、县发改局', d('2020-04-28'), null, null],
    [2, '落实春耕生产资金', '县长批示', '县财政局', d('2020-04-28'), null, d('2020-05-14')],
    [3, '优化营商环境', '会议交办', '县政务服务中心', d('2020-04-28'), '长期', null],
    [4, '建设智慧城市平台', '会议交办', '县工信局', d('2020-04-28'), d('2020-12-31'), null],
  ];
}

/** A sheet that is not a ledger, before it in tab order. */
export const NOTE_SHEET: CellValue[][] = [['本工作簿记录2020年县长批示件的办理情况。']];
