/**
 * The ledger's concepts (SPEC §1) and the words that name them. Exported as data so the task pane
 * can show the mapping and let the user override it.
 *
 * Headers are read by meaning, not looked up in a closed list: a Chinese header is a head word
 * (单位, 时间, 时限, 内容, 状态 …) with qualifiers before it (责任/牵头/配合 单位, 交办/完成/拟办结
 * 时间), so each concept lists its cue words with a weight, and words that rule it out.
 */
export type Concept =
  | 'id'
  | 'title'
  | 'source'
  | 'units'
  | 'leadUnits'
  | 'coUnits'
  | 'leader'
  | 'assigned'
  | 'deadline'
  | 'completed'
  | 'status'
  | 'extendedTo'
  | 'extensionAppliedOn'
  | 'extensionApprover'
  | 'extensionApproved'
  | 'remark';

export interface ConceptInfo {
  /** Chinese label used in messages and the mapping UI, e.g. '交办时间'. */
  label: string;
  /** A ledger without this concept cannot be read (see missingRequired for the exact rule). */
  required: boolean;
  /**
   * Cue words, normalised, each with its weight (0–100): a header equal to the word scores the
   * weight, one ending in it (its head word, qualified: 整改期限 for 期限) 5 less, one containing it
   * 15 less. Higher weights for the words that name the concept outright.
   */
  cues: readonly Cue[];
  /** A header this matches is not this concept, whatever its cues (事项编号 is no 督办事项). */
  excludes: RegExp | null;
}

/** Head words of dates and deadlines. */
const DATE_HEADS = ['时间', '日期', '时限', '期限'];
const TIME_HEADS = ['时间', '日期'];

/** One pattern matching any of the words (which are plain text or regex fragments). */
function anyOf(...words: string[]): RegExp {
  return new RegExp(words.join('|'));
}

type Cue = readonly [word: string, weight: number];

/** Qualifier × head word, all at one weight: 交办 × 时间 → 交办时间. */
function qualified(qualifiers: readonly string[], heads: readonly string[], weight: number): Cue[] {
  return qualifiers.flatMap((q) => heads.map((h) => [q + h, weight] as const));
}

/** The cues with each word once: the first, higher-weighted listing of a word wins. */
function unique(cues: readonly Cue[]): Cue[] {
  const seen = new Set<string>();
  return cues.filter(([word]) => {
    if (seen.has(word)) return false;
    seen.add(word);
    return true;
  });
}

// The qualifiers that say when an item was assigned, finished, or is due.
const ASSIGNED_QUALIFIERS = ['交办', '批示', '下达', '来源', '立项', '收文', '签批', '签收', '转办', '交转', '受理', '登记', '分办', '派发', '接收', '发文', '印发', '会议', '提出', '领办', '督办', '交付'];
const COMPLETED_QUALIFIERS = ['完成', '办结', '销号', '销账', '结案', '答复', '办复', '整改完成', '实际完成', '实际办结', '验收'];
const DEADLINE_QUALIFIERS = ['截止', '要求完成', '计划完成', '拟完成', '拟办结', '规定完成', '应完成', '预计完成', '限定完成', '承诺完成', '要求办结', '计划办结', '规定办结', '完成截止', '整改截止'];

export const CONCEPTS: Readonly<Record<Concept, ConceptInfo>> = Object.freeze({
  id: {
    label: '督办编号',
    required: false,
    cues: [['督办编号', 100], ['事项编号', 96], ['督办号', 94], ['建议号', 90], ['提案号', 90], ['议案号', 90], ['编号', 92], ['编码', 85], ['序号', 72], ['号', 55]],
    excludes: anyOf('电话', '文号', '单位', '部门', ...DATE_HEADS),
  },
  title: {
    label: '督办事项',
    required: true,
    cues: [
      ['督办事项', 100], ['交办事项', 98], ['事项名称', 98], ['督办事项名称', 98], ['议定事项', 97], ['事项', 95],
      ['工作任务', 95], ['任务名称', 95], ['重点工作', 95], ['重点任务', 95], ['目标任务', 94], ['督办内容', 93],
      ['事项内容', 93], ['任务内容', 93], ['工作内容', 92], ['主要内容', 90], ['批示内容', 88], ['批示事项', 95],
      ['项目名称', 90], ['建议名称', 92], ['建议标题', 92], ['提案名称', 92], ['提案标题', 92], ['案由', 88],
      ['信访事项', 92], ['反映问题', 88], ['问题描述', 88], ['整改问题', 90], ['问题清单', 86], ['存在问题', 86],
      ['问题', 80], ['隐患内容', 90], ['隐患描述', 90], ['任务', 88], ['内容', 84], ['名称', 80], ['标题', 82],
      ['项目', 86], ['批示要点', 86], ['要点', 70], ['基本概况', 70], ['概况', 62], ['描述', 72],
    ],
    excludes: anyOf(
      '编号', '序号', '来源', '类别', '类型', '分类', '状态', '情况', '进度', '进展', '结果', '结论', '要求', '措施', '方案',
      '计划', '形式', '等级', '天数', '依据', '信息', '备注', '领导', '单位', '部门', '人$', '投资', '金额', '资金', '万元',
      '目标(?!任务)', ...DATE_HEADS,
    ),
  },
  source: {
    label: '事项来源',
    required: false,
    cues: [['事项来源', 100], ['来源', 95], ['督办类型', 94], ['交办依据', 94], ['督办来源', 96], ['交办来源', 96], ['事项类别', 88], ['事项类型', 88], ['事项分类', 86], ['督办类别', 90], ['类别', 75], ['类型', 75], ['依据', 70]],
    excludes: anyOf('单位', '部门', '人$', '编号', ...DATE_HEADS),
  },
  // 牵头单位 is its own concept: which of the pair is supervised is a rule (leadUnitIsSupervised).
  units: {
    label: '责任单位',
    required: true,
    cues: [
      ['责任单位', 100], ['承办单位', 98], ['主办单位', 98], ['被督办单位', 98], ['办理单位', 95], ['责任部门', 96],
      ['承办部门', 95], ['主办部门', 95], ['主责单位', 95], ['落实单位', 92], ['实施单位', 90], ['整改单位', 92],
      ['办理部门', 92], ['责任主体', 88], ['单位名称', 85], ['单位', 80], ['部门', 78],
    ],
    // 督办单位 is the office itself; 被督办单位 is the supervised unit.
    excludes: anyOf('牵头', '配合', '协办', '会办', '协助', '参与', '(?<!被)督办', '督查', '填报', '制表', '报送', '领导', '人$', '电话', '类别', '类型', ...DATE_HEADS),
  },
  leadUnits: {
    label: '牵头单位',
    required: false,
    cues: [['牵头单位', 100], ['牵头部门', 98], ['牵头责任单位', 98], ['牵头', 85]],
    excludes: anyOf('领导', '人$', '电话', ...DATE_HEADS),
  },
  coUnits: {
    label: '配合单位',
    required: false,
    cues: [['配合单位', 100], ['协办单位', 100], ['配合部门', 98], ['协办部门', 98], ['协助单位', 95], ['会办单位', 96], ['参与单位', 92], ['配合', 85], ['协办', 85], ['会办', 85]],
    excludes: anyOf('领导', '人$', '电话', ...DATE_HEADS),
  },
  leader: {
    label: '责任领导',
    required: false,
    cues: [['责任领导', 100], ['分管领导', 100], ['联系领导', 100], ['包保领导', 96], ['包案领导', 96], ['挂点领导', 96], ['主管领导', 94], ['分管县领导', 96], ['牵头领导', 94], ['县级领导', 86]],
    excludes: anyOf('批示', '出访', '督办', '电话'),
  },
  assigned: {
    label: '交办时间',
    required: true,
    cues: unique([['交办时间', 100], ['交办日期', 100], ['批示时间', 100], ['下达时间', 100], ...qualified(ASSIGNED_QUALIFIERS, [...TIME_HEADS, '日'], 95)]),
    excludes: anyOf('延期', '反馈', '填报', '时限', '期限'),
  },
  deadline: {
    label: '办理时限',
    required: false,
    cues: unique([
      ['办理时限', 100], ['完成时限', 100], ['办结时限', 100], ['截止时间', 100], ['截止日期', 100],
      ...qualified(DEADLINE_QUALIFIERS, TIME_HEADS, 95),
      ['整改时限', 96], ['整改期限', 96], ['答复期限', 96], ['办理期限', 96], ['完成期限', 96], ['时限', 92], ['期限', 90], ['截止', 85],
    ]),
    excludes: anyOf('延期', '超期', '逾期', '天数', '反馈'),
  },
  completed: {
    label: '完成时间',
    required: false,
    cues: unique([['实际完成时间', 100], ['完成时间', 97], ['办结时间', 97], ['销号时间', 97], ['完成日期', 97], ['办结日期', 97], ...qualified(COMPLETED_QUALIFIERS, TIME_HEADS, 93)]),
    // 拟办结时间 and 要求完成时间 are deadlines; 最近反馈时间 is neither.
    excludes: anyOf('拟', '计划', '要求', '规定', '应', '预计', '承诺', '截止', '限定', '延期', '反馈', '时限', '期限'),
  },
  // 办理情况 is what meeting ledgers call the status column (see the meeting fixture).
  status: {
    label: '办理状态',
    required: false,
    cues: [
      ['办理状态', 100], ['状态', 92], ['推进状态', 96], ['完成状态', 96], ['事项状态', 96], ['办结状态', 96], ['整改状态', 96],
      ['完成情况', 88], ['办结情况', 86], ['办理情况', 84], ['进展情况', 82], ['推进情况', 82], ['落实情况', 82], ['整改情况', 82],
      ['办理结果', 78], ['整改结果', 78], ['情况', 66], ['进展', 64], ['进度', 62], ['结果', 55], ['结论', 50],
    ],
    excludes: anyOf('基本情况', '备注', ...DATE_HEADS),
  },
  extendedTo: {
    label: '延期至',
    required: false,
    cues: [['批准延期至', 100], ['延期至', 100], ['延期时限', 100], ['延期到', 96], ['延期后时限', 96], ['延期完成时间', 94], ['延期期限', 96], ['延期截止时间', 96], ['调整后时限', 90]],
    excludes: anyOf('申请', '批准人', '是否', '审批'),
  },
  extensionAppliedOn: {
    label: '延期申请日期',
    required: false,
    cues: [['延期申请日期', 100], ['延期申请时间', 100], ['申请延期时间', 98], ['申请延期日期', 98]],
    excludes: null,
  },
  extensionApprover: {
    label: '延期批准人',
    required: false,
    cues: [['延期批准人', 100], ['延期审批人', 98], ['批准人', 80]],
    excludes: anyOf(...TIME_HEADS),
  },
  extensionApproved: {
    label: '是否批准延期',
    required: false,
    cues: [['是否批准延期', 100], ['是否同意延期', 100], ['是否批准', 96], ['延期审批', 96], ['延期审批结果', 96], ['是否同意', 90]],
    excludes: anyOf('批准人', '审批人', ...TIME_HEADS),
  },
  remark: { label: '备注', required: false, cues: [['备注', 100], ['附注', 95], ['备考', 90]], excludes: null },
});

export const ALL_CONCEPTS = Object.keys(CONCEPTS) as Concept[];

const WHITESPACE = /\s+/g; // \s covers line breaks and the full-width space U+3000
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

function toHalfWidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/**
 * Trim, drop all whitespace (line breaks and full-width spaces too), full-width → half-width.
 *
 * @example
 * normalizeHeaderText(' 责任单位\n（部门） ') // → '责任单位(部门)'
 */
export function normalizeHeaderText(text: string): string {
  return text.replace(WHITESPACE, '').replace(FULL_WIDTH, toHalfWidth);
}

// Decorations that do not change what a header means: '完成时限（以文件为准）', '责任单位（部门）',
// '督办事项*', '备注:', '※', a leading '1.'.
const DECORATION = /\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕|[*:：※★▲#]|^\d+[.、]/g;
// '完成时限要求' is a 完成时限: a trailing 要求 after a date word adds nothing.
const TRAILING_REQUIREMENT = new RegExp(`(${DATE_HEADS.join('|')})要求$`);
/** Longer than this, a cell is a sentence (a title row, a note, a data cell), not a header. */
const MAX_HEADER_LENGTH = 16;

/**
 * A normalised header stripped of its decorations: the words that carry its meaning.
 *
 * @example
 * headerCore('完成时限(以文件为准)') // → '完成时限'
 * headerCore('1.办理时限要求') // → '办理时限'
 */
export function headerCore(text: string): string {
  return text.replace(DECORATION, '').replace(TRAILING_REQUIREMENT, '$1');
}

export interface HeaderMatch {
  concept: Concept;
  /** 0–100: how well the header names the concept. */
  score: number;
  /** The cue word that decided it. */
  word: string;
}

/** Below this a header names nothing. */
const MIN_SCORE = 50;

/**
 * Every concept a (normalised) header text may name, best first, with the cue word behind each.
 *
 * @example
 * scoreHeader('整改期限')[0]      // { concept: 'deadline', score: 96, word: '整改期限' }
 * scoreHeader('责任单位(部门)')[0] // { concept: 'units', score: 100, word: '责任单位' }
 * scoreHeader('最近反馈时间')      // []
 */
export function scoreHeader(text: string): HeaderMatch[] {
  const core = headerCore(text);
  if (core === '' || core.length > MAX_HEADER_LENGTH) return [];
  const matches: HeaderMatch[] = [];
  for (const concept of ALL_CONCEPTS) {
    const info = CONCEPTS[concept];
    if (info.excludes?.test(core)) continue;
    let best: HeaderMatch | null = null;
    for (const [word, weight] of info.cues) {
      const score = core === word ? weight : core.endsWith(word) ? weight - 5 : core.includes(word) ? weight - 15 : 0;
      if (score >= MIN_SCORE && (best === null || score > best.score)) best = { concept, score, word };
    }
    if (best !== null) matches.push(best);
  }
  return matches.sort((a, b) => b.score - a.score);
}

/** What else satisfies a required concept (see missingRequired). */
const STAND_INS: Partial<Record<Concept, Concept>> = { units: 'leadUnits', assigned: 'deadline' };

/**
 * How a missing required concept is named to the user: `交办时间（或办理时限）`.
 *
 * @example
 * requiredLabel('assigned') // → '交办时间（或办理时限）'
 * requiredLabel('title') // → '督办事项'
 */
export function requiredLabel(concept: Concept): string {
  const standIn = STAND_INS[concept];
  return standIn === undefined ? CONCEPTS[concept].label : `${CONCEPTS[concept].label}（或${CONCEPTS[standIn].label}）`;
}

/**
 * The required concepts a mapping lacks: 督办事项, 责任单位 (牵头单位 stands in for it), and
 * 交办时间 unless the ledger has 办理时限. Many real ledgers carry only a deadline: a written
 * deadline escalates without the assigned date, and only an item that must count working days
 * from the assignment needs it (reported per row).
 *
 * @example
 * missingRequired({ title: 2, leadUnits: 3 }) // → ['assigned']
 * missingRequired({ title: 2, units: 3, deadline: 5 }) // → []
 */
export function missingRequired(columns: Partial<Record<Concept, number>>): Concept[] {
  const missing: Concept[] = [];
  if (columns.title === undefined) missing.push('title');
  if (columns.units === undefined && columns.leadUnits === undefined) missing.push('units');
  if (columns.assigned === undefined && columns.deadline === undefined) missing.push('assigned');
  return missing;
}
