import { ALL_CONCEPTS, CONCEPTS, headerCore, missingRequired, normalizeHeaderText, scoreHeader, type Concept } from './concepts';

/** The concept a raw header names, as detection reads it (normalised first). */
const conceptOf = (header: string): Concept | null => scoreHeader(normalizeHeaderText(header))[0]?.concept ?? null;

describe('normalizeHeaderText', () => {
  it('drops line breaks, spaces and full-width spaces anywhere', () => {
    expect(normalizeHeaderText('责任\n单位')).toBe('责任单位');
    expect(normalizeHeaderText(' 完成\r\n时 限　')).toBe('完成时限');
  });

  it('turns full-width letters, digits and punctuation half-width', () => {
    expect(normalizeHeaderText('ＩＤ（１）：')).toBe('ID(1):');
  });
});

describe('headerCore', () => {
  it('drops bracketed notes, marks, a leading number and a 要求 after a date word', () => {
    expect(headerCore('责任单位(部门)')).toBe('责任单位');
    expect(headerCore('完成时限(以文件为准)')).toBe('完成时限');
    expect(headerCore('*督办事项')).toBe('督办事项');
    expect(headerCore('备注:')).toBe('备注');
    expect(headerCore('3.办理状态')).toBe('办理状态');
    expect(headerCore('完成时限要求')).toBe('完成时限');
    expect(headerCore('任务要求')).toBe('任务要求');
  });
});

describe('scoreHeader', () => {
  it('names the word that decided, and scores a qualified head word below the word itself', () => {
    expect(scoreHeader('整改期限')[0]).toEqual({ concept: 'deadline', score: 96, word: '整改期限' });
    expect(scoreHeader('期限')[0]).toEqual({ concept: 'deadline', score: 90, word: '期限' });
    expect(scoreHeader('项目期限')[0]).toEqual({ concept: 'deadline', score: 85, word: '期限' });
    expect(scoreHeader('责任单位(部门)')[0]).toEqual({ concept: 'units', score: 100, word: '责任单位' });
  });

  it('reads no sentence as a header', () => {
    expect(scoreHeader('说明：本表由各责任单位于每月5日前报送办理情况')).toEqual([]);
  });
});

describe('scoreHeader: the concept a header names best', () => {
  it('matches every header word SPEC §1 lists to its concept', () => {
    const cases: Array<[string, Concept]> = [
      ['编号', 'id'], ['序号', 'id'], ['督办编号', 'id'], ['事项编号', 'id'],
      ['督办事项', 'title'], ['交办事项', 'title'], ['工作任务', 'title'], ['事项内容', 'title'], ['任务内容', 'title'], ['批示内容', 'title'], ['重点工作', 'title'],
      ['来源', 'source'], ['事项来源', 'source'], ['督办类型', 'source'], ['交办依据', 'source'],
      ['责任单位', 'units'], ['承办单位', 'units'], ['主办单位', 'units'], ['被督办单位', 'units'],
      ['牵头单位', 'leadUnits'], ['配合单位', 'coUnits'], ['协办单位', 'coUnits'],
      ['责任领导', 'leader'], ['分管领导', 'leader'], ['联系领导', 'leader'],
      ['交办时间', 'assigned'], ['交办日期', 'assigned'], ['批示时间', 'assigned'], ['下达时间', 'assigned'],
      ['办理时限', 'deadline'], ['完成时限', 'deadline'], ['办结时限', 'deadline'], ['时限要求', 'deadline'], ['截止时间', 'deadline'],
      ['完成时间', 'completed'], ['办结时间', 'completed'], ['实际完成时间', 'completed'], ['销号时间', 'completed'],
      ['办理状态', 'status'], ['完成情况', 'status'], ['进展情况', 'status'], ['状态', 'status'],
      ['延期至', 'extendedTo'], ['延期时限', 'extendedTo'], ['批准延期至', 'extendedTo'],
      ['延期申请日期', 'extensionAppliedOn'], ['延期批准人', 'extensionApprover'],
      ['是否批准', 'extensionApproved'], ['是否同意延期', 'extensionApproved'], ['延期审批', 'extensionApproved'],
      ['备注', 'remark'],
    ];
    for (const [text, concept] of cases) expect([text, conceptOf(text)]).toEqual([text, concept]);
  });

  it('reads the headers of public 督办 systems by meaning', () => {
    const layouts: Array<Array<[string, Concept | null]>> = [
      [['事项名称', 'title'], ['责任单位', 'units'], ['完成时限', 'deadline'], ['事项类别', 'source'], ['完成情况', 'status'], ['分管领导', 'leader'],
        ['督办人', null], ['批示内容', 'title'], ['批示领导', null], ['完成进度', 'status'], ['状态', 'status']],
      [['事项编号', 'id'], ['事项类别', 'source'], ['来源时间', 'assigned'], ['事项名称', 'title'], ['批示或出访领导', null], ['任务要求', null],
        ['主办单位', 'units'], ['主办人', null], ['拟办结时间', 'deadline'], ['成果形式', null], ['工作计划', null], ['最近反馈时间', null],
        ['推进状态', 'status'], ['进展情况', 'status']],
      [['事项类型', 'source'], ['事项名称', 'title'], ['责任领导', 'leader'], ['牵头单位', 'leadUnits'], ['责任单位', 'units'], ['督办人', null],
        ['评价人', null], ['相关要求', null], ['阶段信息', null]],
      [['序号', 'id'], ['责任单位（部门）', 'units'], ['牵头单位（部门）', 'leadUnits'], ['配合单位（部门）', 'coUnits'], ['督办部门（单位）', null],
        ['基本概况', 'title'], ['整治目标', null], ['整治方案', null], ['整治情况', 'status']],
      [['督办编号', 'id'], ['隐患编号', 'id'], ['隐患内容', 'title'], ['责任单位', 'units'], ['整改期限', 'deadline'], ['超期天数', null],
        ['督办等级', null], ['进度', 'status'], ['销号结论', null]],
    ];
    for (const layout of layouts) for (const [text, concept] of layout) expect([text, conceptOf(text)]).toEqual([text, concept]);
  });

  it('keeps look-alikes apart', () => {
    const cases: Array<[string, Concept | null]> = [
      ['填报单位', null], ['填报日期', null], ['督办单位', null], ['联系电话', null], ['交办文号', null],
      ['要求完成时间', 'deadline'], ['计划完成时间', 'deadline'], ['预计完成时间', 'deadline'], ['答复期限', 'deadline'],
      ['答复时间', 'completed'], ['实际办结时间', 'completed'], ['延期完成时间', 'extendedTo'], ['申请延期时间', 'extensionAppliedOn'],
      ['项目总投资(万元)', null], ['目标任务', 'title'], ['整改措施', null], ['责任人', null], ['县级责任领导', 'leader'],
    ];
    for (const [text, concept] of cases) expect([text, conceptOf(text)]).toEqual([text, concept]);
  });

  it('reads decorated headers: notes in brackets, marks, line breaks, full-width forms', () => {
    expect(conceptOf('完成时限（以文件为准）')).toBe('deadline');
    expect(conceptOf('*督办事项')).toBe('title');
    expect(conceptOf('备注：')).toBe('remark');
    expect(conceptOf('完成\n时限要求')).toBe('deadline');
    expect(conceptOf('责任单位【必填】')).toBe('units');
  });

  it('scores the word that names a concept outright above a qualified head word', () => {
    const score = (text: string) => scoreHeader(text)[0]?.score ?? 0;
    expect(score('督办编号')).toBeGreaterThan(score('隐患编号'));
    expect(score('隐患编号')).toBeGreaterThan(score('序号'));
    expect(score('事项名称')).toBeGreaterThan(score('批示内容'));
    expect(score('实际完成时间')).toBeGreaterThan(score('完成时间'));
    expect(score('推进状态')).toBeGreaterThan(score('进展情况'));
  });

  it('names nothing for a title, a group word or a date word without a qualifier', () => {
    expect(conceptOf('2020年县长批示件督办台账')).toBeNull();
    expect(conceptOf('时间')).toBeNull();
    expect(conceptOf('日期')).toBeNull();
  });
});

describe('missingRequired', () => {
  it('asks for 督办事项, 责任单位 and, without a deadline column, 交办时间', () => {
    expect(missingRequired({})).toEqual(['title', 'units', 'assigned']);
    expect(missingRequired({ title: 2, units: 3, assigned: 4 })).toEqual([]);
  });

  it('takes 牵头单位 for 责任单位 and a deadline column for 交办时间', () => {
    expect(missingRequired({ title: 2, leadUnits: 3, deadline: 5 })).toEqual([]);
  });
});

describe('CONCEPTS', () => {
  it('marks 督办事项, 责任单位 and 交办时间 required', () => {
    expect(ALL_CONCEPTS.filter((c) => CONCEPTS[c].required)).toEqual(['title', 'units', 'assigned']);
  });

  it('gives no cue word to two concepts', () => {
    const all = ALL_CONCEPTS.flatMap((c) => CONCEPTS[c].cues.map(([word]) => word));
    expect(new Set(all).size).toBe(all.length);
  });
});
