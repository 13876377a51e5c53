import { gridSnapshot } from '../../../test/fixtures-support/gridSnapshot';
import { XIANGYIN_2020 } from '../rules/ruleSet';
import { detectLedger } from './detectLedger';

const rules = XIANGYIN_2020;

describe('detectLedger', () => {
  it('finds the header on row 3 under a merged title row and a blank row', () => {
    const sheet = gridSnapshot(
      [
        ['2020年县长批示件督办台账', null, null, null, null, null],
        [null, null, null, null, null, null],
        ['编号', '督办事项', '责任单位', '交办时间', '办理时限', '备注'],
        ['PS-1', '城区排涝', '县水利局', '2020-04-28', null, null],
        ['PS-2', '校园安全', '县教育局', '2020-05-06', '5月底前', null],
        [null, null, null, null, null, null],
        [null, null, null, null, null, null],
      ],
      { merges: [{ top: 1, left: 1, bottom: 1, right: 6 }] },
    );
    const { mapping, missing, problems } = detectLedger(sheet, rules);
    expect(mapping).toEqual({
      headerRows: [3],
      firstDataRow: 4,
      lastDataRow: 5,
      columns: { id: 1, title: 2, units: 3, assigned: 4, deadline: 5, remark: 6 },
      headers: [
        { col: 1, text: '编号', concept: 'id', matched: '编号' },
        { col: 2, text: '督办事项', concept: 'title', matched: '督办事项' },
        { col: 3, text: '责任单位', concept: 'units', matched: '责任单位' },
        { col: 4, text: '交办时间', concept: 'assigned', matched: '交办时间' },
        { col: 5, text: '办理时限', concept: 'deadline', matched: '办理时限' },
        { col: 6, text: '备注', concept: 'remark', matched: '备注' },
      ],
    });
    expect(missing).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('reads headers with line breaks, spaces and full-width characters', () => {
    const sheet = gridSnapshot([
      [' 督办\n事项 ', '责任\r\n单位', '交办　日期', '完成\n时限', '办理 状态', '延期至（天）'],
      ['道路硬化', '县交通局', '2020/3/7', '6月底前', '办理中', null],
    ]);
    const { mapping } = detectLedger(sheet, rules);
    expect(mapping?.columns).toEqual({ title: 1, units: 2, assigned: 3, deadline: 4, status: 5, extendedTo: 6 });
    expect(mapping?.headers.map((h) => h.text)).toEqual(['督办事项', '责任单位', '交办日期', '完成时限', '办理状态', '延期至(天)']);
  });

  it('combines a two-row header: 时间 over 交办 | 时限 | 办结, with vertically merged neighbours', () => {
    const sheet = gridSnapshot(
      [
        ['常务会议交办事项台账', null, null, null, null, null, null],
        ['序号', '交办事项', '责任单位', '时间', null, null, '备注'],
        [null, null, null, '交办', '时限', '办结', null],
        [1, '背街小巷改造', '县住建局', '2020年3月10日', '3月底前', null, null],
      ],
      {
        merges: [
          { top: 1, left: 1, bottom: 1, right: 7 },
          { top: 2, left: 4, bottom: 2, right: 6 },
          { top: 2, left: 1, bottom: 3, right: 1 },
          { top: 2, left: 2, bottom: 3, right: 2 },
          { top: 2, left: 3, bottom: 3, right: 3 },
          { top: 2, left: 7, bottom: 3, right: 7 },
        ],
      },
    );
    const { mapping, missing } = detectLedger(sheet, rules);
    expect(mapping?.headerRows).toEqual([2, 3]);
    expect(mapping?.firstDataRow).toBe(4);
    expect(mapping?.lastDataRow).toBe(4);
    expect(mapping?.columns).toEqual({ id: 1, title: 2, units: 3, assigned: 4, deadline: 5, completed: 6, remark: 7 });
    expect(mapping?.headers.map((h) => h.text)).toEqual(['序号', '交办事项', '责任单位', '交办时间', '办理时限', '办结时间', '备注']);
    expect(missing).toEqual([]);
  });

  it('reads 牵头 | 配合 under a 责任单位 group, and keeps an unknown sub-header as group + sub', () => {
    const sheet = gridSnapshot(
      [
        ['督办事项', '责任单位', null, '交办时间', '延期', null],
        [null, '牵头', '配合', null, '申请日期', '原因'],
        ['防汛', '县水利局', '县应急局', '2020-05-06', null, null],
      ],
      {
        merges: [
          { top: 1, left: 2, bottom: 1, right: 3 },
          { top: 1, left: 5, bottom: 1, right: 6 },
          { top: 1, left: 1, bottom: 2, right: 1 },
          { top: 1, left: 4, bottom: 2, right: 4 },
        ],
      },
    );
    const { mapping } = detectLedger(sheet, rules);
    expect(mapping?.headerRows).toEqual([1, 2]);
    expect(mapping?.columns).toEqual({ title: 1, leadUnits: 2, coUnits: 3, assigned: 4, extensionAppliedOn: 5 });
    expect(mapping?.headers.map((h) => h.text)).toEqual(['督办事项', '牵头单位', '配合单位', '交办时间', '延期申请日期', '延期原因']);
  });

  it('does not take a title merged over part of the width for a group header', () => {
    const sheet = gridSnapshot(
      [
        ['重点工作台账', null, null, null, null],
        ['督办事项', '牵头单位', '交办时间', '办理状态', '备注'],
        ['防汛', '县水利局', '2020-05-06', null, null],
      ],
      { merges: [{ top: 1, left: 1, bottom: 1, right: 4 }] },
    );
    const { mapping, missing } = detectLedger(sheet, rules);
    expect(mapping?.headerRows).toEqual([2]);
    expect(mapping?.columns).toEqual({ title: 1, leadUnits: 2, assigned: 3, status: 4, remark: 5 });
    expect(missing).toEqual([]); // 牵头单位 alone supplies the supervised units
  });

  it('takes the header row from an Excel table and stops at its last row', () => {
    const sheet = gridSnapshot(
      [
        ['说明：督办事项、责任单位、交办时间见下表', null, null],
        ['督办事项', '责任单位', '交办时间'], // a decoy above the table
        [null, null, null],
        ['工作任务', '承办单位', '下达时间'],
        ['人居环境整治', '县农业农村局', 43897],
        ['河长制巡河', '县水利局', 43898],
        ['合计：2项', null, null],
      ],
      { tables: [{ name: 'Tasks', top: 4, left: 1, bottom: 6, right: 3, headerRow: true }] },
    );
    const { mapping } = detectLedger(sheet, rules);
    expect(mapping).toEqual({
      headerRows: [4],
      firstDataRow: 5,
      lastDataRow: 6,
      columns: { title: 1, units: 2, assigned: 3 },
      headers: [
        { col: 1, text: '工作任务', concept: 'title', matched: '工作任务' },
        { col: 2, text: '承办单位', concept: 'units', matched: '承办单位' },
        { col: 3, text: '下达时间', concept: 'assigned', matched: '下达时间' },
      ],
    });
  });

  it('gives sheet rows and columns when the used range does not start at A1', () => {
    const sheet = gridSnapshot(
      [
        ['督办事项', '责任单位', '交办时间'],
        ['防汛', '县水利局', '2020-05-06'],
      ],
      { origin: { row: 4, col: 3 } },
    );
    const { mapping } = detectLedger(sheet, rules);
    expect(mapping?.headerRows).toEqual([4]);
    expect(mapping?.firstDataRow).toBe(5);
    expect(mapping?.lastDataRow).toBe(5);
    expect(mapping?.columns).toEqual({ title: 3, units: 4, assigned: 5 });
  });

  it('prefers 督办编号 over 序号 for the id, and 实际完成时间 over 完成时间', () => {
    const sheet = gridSnapshot([
      ['序号', '督办编号', '督办事项', '责任单位', '交办时间', '完成时间', '实际完成时间'],
      [1, 'DB-001', '防汛', '县水利局', '2020-05-06', null, null],
    ]);
    expect(detectLedger(sheet, rules).mapping?.columns).toEqual({
      id: 2,
      title: 3,
      units: 4,
      assigned: 5,
      completed: 7,
    });
  });

  it('maps a header with two required concepts and reports the third as missing', () => {
    const sheet = gridSnapshot([
      ['督办事项', '责任单位', '备注'],
      ['防汛', '县水利局', null],
    ]);
    const { mapping, missing, problems } = detectLedger(sheet, rules);
    expect(mapping?.columns).toEqual({ title: 1, units: 2, remark: 3 });
    expect(missing).toEqual(['assigned']);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'ledger.missing-column',
        message: '表头中未找到"交办时间（或办理时限）"列，请在列映射中指定',
        sheet: 'Sheet1',
        row: 1,
      },
    ]);
  });

  it('returns no mapping when no row names two required concepts', () => {
    const sheet = gridSnapshot([
      ['2020年工作要点', null],
      ['督办事项', '备注'],
      ['防汛', null],
    ]);
    const { mapping, missing, problems } = detectLedger(sheet, rules);
    expect(mapping).toBeNull();
    expect(missing).toEqual(['title', 'units', 'assigned']);
    expect(problems.map((p) => [p.severity, p.code])).toEqual([['error', 'ledger.no-header']]);
  });

  it('searches only the first 30 rows for the header', () => {
    const grid: (string | null)[][] = [];
    for (let i = 0; i < 30; i++) grid.push([`说明${i + 1}`, null]);
    grid.push(['督办事项', '责任单位'], ['防汛', '县水利局']);
    expect(detectLedger(gridSnapshot(grid), rules).mapping).toBeNull();
    grid.shift(); // the header is now row 30
    expect(detectLedger(gridSnapshot(grid), rules).mapping?.headerRows).toEqual([30]);
  });

  it('reports an empty sheet', () => {
    const { mapping, problems } = detectLedger(gridSnapshot([]), rules);
    expect(mapping).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['ledger.empty']);
  });

  it('ends the data at the bottom of a cell merged down the last rows', () => {
    const sheet = gridSnapshot(
      [
        ['督办事项', '责任单位', '交办时间'],
        ['防汛', '县水利局', '2020-05-06'],
        ['抗旱', null, '2020-05-07'],
        [null, null, null],
      ],
      { merges: [{ top: 2, left: 2, bottom: 4, right: 2 }] },
    );
    expect(detectLedger(sheet, rules).mapping?.lastDataRow).toBe(4);
  });

  it('reads a county ledger whose headers are off any list, under a title and a 填报单位 line', () => {
    const sheet = gridSnapshot(
      [
        ['2020年县长批示件办理台账', null, null, null, null, null, null],
        ['填报单位：县政府督查室', null, null, '填报日期：2020年6月30日', null, null, null],
        ['序号', '批示要点', '承办部门（单位）', '签批日期', '拟办结时间', '实际办结日期', '推进状态'],
        [1, '城区排涝', '县水利局', '2020-04-28', '2020-05-11', null, '办理中'],
      ],
      { merges: [{ top: 1, left: 1, bottom: 1, right: 7 }] },
    );
    const { mapping, missing, problems } = detectLedger(sheet, rules);
    expect(mapping?.headerRows).toEqual([3]);
    expect(mapping?.columns).toEqual({ id: 1, title: 2, units: 3, assigned: 4, deadline: 5, completed: 6, status: 7 });
    expect(mapping?.headers.map((h) => [h.text, h.matched])).toEqual([
      ['序号', '序号'],
      ['批示要点', '批示要点'],
      ['承办部门(单位)', '承办部门'],
      ['签批日期', '签批日期'],
      ['拟办结时间', '拟办结时间'],
      ['实际办结日期', '实际办结日期'],
      ['推进状态', '推进状态'],
    ]);
    expect(missing).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('maps a 隐患整改 ledger with a deadline and no assigned date, leaving look-alikes unmapped', () => {
    const sheet = gridSnapshot([
      ['督办编号', '隐患编号', '隐患内容', '责任单位', '整改期限', '超期天数', '督办等级', '进度', '销号结论'],
      ['AQ-01', 'YH-0032', '加油站消防通道堵塞', '县应急局', '2020-05-11', 12, '黄', '整改中', null],
    ]);
    const { mapping, missing, problems } = detectLedger(sheet, rules);
    expect(mapping?.columns).toEqual({ id: 1, title: 3, units: 4, deadline: 5, status: 8 });
    expect(missing).toEqual([]);
    expect(problems).toEqual([
      {
        severity: 'warning',
        code: 'ledger.no-assigned-column',
        message: '表头中没有"交办时间"列：按"办理时限"列督办；未写时限的事项无法推算时限，单位得分不计承办事项数的加分',
        sheet: 'Sheet1',
        row: 1,
      },
    ]);
  });

  it('asks for 交办时间 or 办理时限 when a ledger has neither', () => {
    const sheet = gridSnapshot([
      ['事项类型', '事项名称', '责任领导', '牵头单位', '责任单位', '督办人', '评价人', '相关要求', '阶段信息'],
      ['会议议定', '老旧小区改造', '副县长甲', '县住建局', '城关镇', '李四', '王五', '6月底前完成', '方案已报批'],
    ]);
    const { mapping, missing, problems } = detectLedger(sheet, rules);
    expect(mapping?.columns).toEqual({ source: 1, title: 2, leader: 3, leadUnits: 4, units: 5 });
    expect(missing).toEqual(['assigned']);
    expect(problems.map((p) => p.message)).toEqual(['表头中未找到"交办时间（或办理时限）"列，请在列映射中指定']);
  });

  it('leaves a concept two different headers fit equally unmapped, naming both cells', () => {
    const sheet = gridSnapshot([
      ['工作任务', '重点工作', '责任单位', '交办时间'],
      ['城区排涝', '防汛', '县水利局', '2020-04-28'],
    ]);
    const { mapping, missing, problems } = detectLedger(sheet, rules);
    expect(mapping?.columns).toEqual({ units: 3, assigned: 4 });
    expect(mapping?.ambiguous).toEqual({ title: [1, 2] });
    expect(missing).toEqual(['title']);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'ledger.ambiguous-column',
        message: '表头"工作任务"（A1）和"重点工作"（B1）都可作为"督办事项"列，未自动选择，请在列映射中指定',
        sheet: 'Sheet1',
        cell: 'A1',
        row: 1,
      },
    ]);
  });

  it('leaves a header that fits two concepts equally unmapped, as a warning when neither is required', () => {
    const sheet = gridSnapshot([
      ['督办事项', '责任单位', '交办时间', '编号及进展情况'],
      ['防汛', '县水利局', '2020-04-28', 'DB-1 办理中'],
    ]);
    const { mapping, missing, problems } = detectLedger(sheet, rules);
    expect(mapping?.columns).toEqual({ title: 1, units: 2, assigned: 3 });
    expect(mapping?.ambiguous).toEqual({ id: [4], status: [4] });
    expect(missing).toEqual([]);
    expect(problems.map((p) => [p.severity, p.cell, p.message])).toEqual([
      ['warning', 'D1', '表头"编号及进展情况"（D1）既可作为"督办编号"列，也可作为"办理状态"列，未自动选择，请在列映射中指定'],
    ]);
  });

  it('finds a header with one required concept and two more, so the user can map the rest', () => {
    const sheet = gridSnapshot([
      ['批示摘要', '承办科室', '交办时间', '完成时限', '备注'],
      ['城区排涝', '水利股', '2020-04-28', '2020-05-11', null],
    ]);
    const { mapping, missing } = detectLedger(sheet, rules);
    expect(mapping?.headerRows).toEqual([1]);
    expect(mapping?.columns).toEqual({ assigned: 3, deadline: 4, remark: 5 });
    expect(missing).toEqual(['title', 'units']);
  });
});
