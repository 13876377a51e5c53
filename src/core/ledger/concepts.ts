/**
 * The ledger's concepts (SPEC §1) and the header words that name them. Exported as data so the
 * task pane can show the mapping and let the user override it.
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
  /** A ledger without this concept cannot be read (units is satisfied by leadUnits too). */
  required: boolean;
  /**
   * Header texts, already normalised (see normalizeHeaderText). Order is preference: when two
   * columns name the same concept (序号 and 督办编号), the earlier synonym wins.
   */
  synonyms: readonly string[];
}

export const CONCEPTS: Readonly<Record<Concept, ConceptInfo>> = Object.freeze({
  id: { label: '督办编号', required: false, synonyms: ['督办编号', '事项编号', '编号', '序号'] },
  title: {
    label: '督办事项',
    required: true,
    synonyms: ['督办事项', '交办事项', '工作任务', '事项内容', '任务内容', '批示内容', '重点工作', '事项名称', '督办内容'],
  },
  source: { label: '事项来源', required: false, synonyms: ['事项来源', '来源', '督办类型', '交办依据'] },
  // 牵头单位 is its own concept: which of the pair is supervised is a rule (leadUnitIsSupervised).
  units: { label: '责任单位', required: true, synonyms: ['责任单位', '承办单位', '主办单位', '被督办单位'] },
  leadUnits: { label: '牵头单位', required: false, synonyms: ['牵头单位'] },
  coUnits: { label: '配合单位', required: false, synonyms: ['配合单位', '协办单位'] },
  leader: { label: '责任领导', required: false, synonyms: ['责任领导', '分管领导', '联系领导'] },
  assigned: { label: '交办时间', required: true, synonyms: ['交办时间', '交办日期', '批示时间', '下达时间'] },
  deadline: {
    label: '办理时限',
    required: false,
    synonyms: ['办理时限', '完成时限', '办结时限', '时限要求', '截止时间', '截止日期'],
  },
  completed: {
    label: '完成时间',
    required: false,
    synonyms: ['实际完成时间', '完成时间', '办结时间', '销号时间', '完成日期', '办结日期'],
  },
  // 办理情况 is what meeting ledgers call the status column (see the meeting fixture).
  status: { label: '办理状态', required: false, synonyms: ['办理状态', '完成情况', '进展情况', '办理情况', '状态'] },
  extendedTo: { label: '延期至', required: false, synonyms: ['批准延期至', '延期至', '延期时限'] },
  extensionAppliedOn: { label: '延期申请日期', required: false, synonyms: ['延期申请日期', '延期申请时间'] },
  extensionApprover: { label: '延期批准人', required: false, synonyms: ['延期批准人'] },
  extensionApproved: {
    label: '是否批准延期',
    required: false,
    synonyms: ['是否批准延期', '是否同意延期', '是否批准', '延期审批'],
  },
  remark: { label: '备注', required: false, synonyms: ['备注'] },
});

export const ALL_CONCEPTS = Object.keys(CONCEPTS) as Concept[];

const WHITESPACE = /\s+/g; // \s covers line breaks and the full-width space U+3000
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

function toHalfWidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/** Trim, drop all whitespace (line breaks and full-width spaces too), full-width → half-width. */
export function normalizeHeaderText(text: string): string {
  return text.replace(WHITESPACE, '').replace(FULL_WIDTH, toHalfWidth);
}

// Synonym lookup built once: normalised text → concept and its preference rank.
const LOOKUP = new Map<string, { concept: Concept; rank: number }>();
for (const concept of ALL_CONCEPTS) {
  CONCEPTS[concept].synonyms.forEach((s, rank) => LOOKUP.set(normalizeHeaderText(s), { concept, rank }));
}

// Decorations that do not change what a header means: '完成时限（以文件为准）', '督办事项*', '备注:'.
const DECORATION = /\([^)]*\)|\[[^\]]*\]|【[^】]*】|[*:：]/g;

/** The concept a (normalised) header text names, with the synonym's preference rank; null = none. */
export function matchHeaderConcept(text: string): { concept: Concept; rank: number } | null {
  const exact = LOOKUP.get(text);
  if (exact) return exact;
  const bare = text.replace(DECORATION, '');
  return bare !== text ? (LOOKUP.get(bare) ?? null) : null;
}

/**
 * The required concepts a mapping lacks: 督办事项, 责任单位 (牵头单位 stands in for it), and
 * 交办时间 unless the ledger has 办理时限. Many real ledgers carry only a deadline: a written
 * deadline escalates without the assigned date, and only an item that must count working days
 * from the assignment needs it (reported per row).
 */
export function missingRequired(columns: Partial<Record<Concept, number>>): Concept[] {
  const missing: Concept[] = [];
  if (columns.title === undefined) missing.push('title');
  if (columns.units === undefined && columns.leadUnits === undefined) missing.push('units');
  if (columns.assigned === undefined && columns.deadline === undefined) missing.push('assigned');
  return missing;
}
