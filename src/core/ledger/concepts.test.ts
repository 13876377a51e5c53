import { ALL_CONCEPTS, CONCEPTS, matchHeaderConcept, normalizeHeaderText } from './concepts';

describe('normalizeHeaderText', () => {
  it('drops line breaks, spaces and full-width spaces anywhere', () => {
    expect(normalizeHeaderText('责任\n单位')).toBe('责任单位');
    expect(normalizeHeaderText(' 完成\r\n时 限　')).toBe('完成时限');
  });

  it('turns full-width letters, digits and punctuation half-width', () => {
    expect(normalizeHeaderText('ＩＤ（１）：')).toBe('ID(1):');
  });
});

describe('matchHeaderConcept', () => {
  it('matches every synonym of SPEC §1 to its concept', () => {
    const cases: Array<[string, string]> = [
      ['编号', 'id'],
      ['序号', 'id'],
      ['督办编号', 'id'],
      ['事项编号', 'id'],
      ['督办事项', 'title'],
      ['交办事项', 'title'],
      ['工作任务', 'title'],
      ['事项内容', 'title'],
      ['任务内容', 'title'],
      ['批示内容', 'title'],
      ['重点工作', 'title'],
      ['来源', 'source'],
      ['事项来源', 'source'],
      ['督办类型', 'source'],
      ['交办依据', 'source'],
      ['责任单位', 'units'],
      ['承办单位', 'units'],
      ['主办单位', 'units'],
      ['被督办单位', 'units'],
      ['牵头单位', 'leadUnits'],
      ['配合单位', 'coUnits'],
      ['协办单位', 'coUnits'],
      ['责任领导', 'leader'],
      ['分管领导', 'leader'],
      ['联系领导', 'leader'],
      ['交办时间', 'assigned'],
      ['交办日期', 'assigned'],
      ['批示时间', 'assigned'],
      ['下达时间', 'assigned'],
      ['办理时限', 'deadline'],
      ['完成时限', 'deadline'],
      ['办结时限', 'deadline'],
      ['时限要求', 'deadline'],
      ['截止时间', 'deadline'],
      ['完成时间', 'completed'],
      ['办结时间', 'completed'],
      ['实际完成时间', 'completed'],
      ['销号时间', 'completed'],
      ['办理状态', 'status'],
      ['完成情况', 'status'],
      ['进展情况', 'status'],
      ['状态', 'status'],
      ['延期至', 'extendedTo'],
      ['延期时限', 'extendedTo'],
      ['批准延期至', 'extendedTo'],
      ['延期申请日期', 'extensionAppliedOn'],
      ['延期批准人', 'extensionApprover'],
      ['是否批准', 'extensionApproved'],
      ['是否同意延期', 'extensionApproved'],
      ['延期审批', 'extensionApproved'],
      ['备注', 'remark'],
    ];
    for (const [text, concept] of cases) expect([text, matchHeaderConcept(text)?.concept]).toEqual([text, concept]);
  });

  it('ranks synonyms by preference', () => {
    expect(matchHeaderConcept('督办编号')).toEqual({ concept: 'id', rank: 0 });
    expect(matchHeaderConcept('序号')).toEqual({ concept: 'id', rank: 3 });
  });

  it('ignores a bracketed note and marks such as * and a trailing colon', () => {
    expect(matchHeaderConcept('完成时限(以文件为准)')?.concept).toBe('deadline');
    expect(matchHeaderConcept('*督办事项')?.concept).toBe('title');
    expect(matchHeaderConcept('备注:')?.concept).toBe('remark');
  });

  it('matches whole headers only: a title or a group word names nothing', () => {
    expect(matchHeaderConcept('2020年县长批示件督办台账')).toBeNull();
    expect(matchHeaderConcept('时间')).toBeNull();
    expect(matchHeaderConcept('县级责任领导')).toBeNull();
  });
});

describe('CONCEPTS', () => {
  it('requires exactly 督办事项, 责任单位 and 交办时间', () => {
    expect(ALL_CONCEPTS.filter((c) => CONCEPTS[c].required)).toEqual(['title', 'units', 'assigned']);
  });

  it('gives no header text to two concepts', () => {
    const all = ALL_CONCEPTS.flatMap((c) => CONCEPTS[c].synonyms);
    expect(new Set(all).size).toBe(all.length);
  });
});
