/**
 * The 规则设置 sheet's vocabulary: one row per rule (设置项 | 值 | 说明 | 默认值), labelled in
 * Chinese, grouped as SPEC.md groups them. Two kinds of row repeat: 默认办理时限·<来源> (one per
 * source, SPEC §2) and 加分档N·<字段> (four per bonus tier, SPEC §5). The column mapping's rows
 * (台账工作表, 列·<概念>) are listed here too, so the sheet has one reader.
 */
import { ALL_CONCEPTS, CONCEPTS, type Concept } from '../ledger/concepts';
import { XIANGYIN_2020, type RuleSet } from './ruleSet';

export const SETTINGS_SHEET = '规则设置';
/** The header row's four labels, in order. */
export const SETTINGS_HEADER = ['设置项', '值', '说明', '默认值'] as const;

/** How a value cell is written: the Chinese words stand for the rule set's values. */
export type SettingFormat =
  | { kind: 'int' }
  | { kind: 'number' }
  /** A percentage written as a number (60 = 60%); a cell formatted as % (0.6) is read the same. */
  | { kind: 'percent' }
  | { kind: 'bool' }
  | { kind: 'text' }
  /** Blank = none (null). */
  | { kind: 'optionalText' }
  /** Words separated by 、，,；; or line breaks. */
  | { kind: 'words' }
  | { kind: 'choice'; choices: ReadonlyArray<readonly [word: string, value: string]> };

export interface SettingGroup {
  title: string;
  /** Where SPEC.md (and the source document) set these rules. */
  clause: string;
}

export const SETTING_GROUPS = {
  name: { title: '规则', clause: 'SPEC 总则' },
  ledger: { title: '台账与列', clause: 'SPEC §1' },
  deadlines: { title: '办理时限', clause: 'SPEC §2，附件第三条' },
  escalation: { title: '三色升级', clause: 'SPEC §3，附件第四至六条' },
  notices: { title: '督办单', clause: 'SPEC §4，附件第四至八条' },
  scoring: { title: '单位得分', clause: 'SPEC §5，附件第九、十条' },
  bonus: { title: '阶梯奖金', clause: 'SPEC §7，方案第22条' },
  plausibility: { title: '合理性检查', clause: 'SPEC §9' },
} as const satisfies Record<string, SettingGroup>;
export type SettingGroupKey = keyof typeof SETTING_GROUPS;

/** One row of the sheet. `path` is the rule's dotted path, or `ledgerSheet` / `columns.<concept>`. */
export interface SettingRow {
  path: string;
  label: string;
  group: SettingGroupKey;
  note: string;
  format: SettingFormat;
}

const INT = { kind: 'int' } as const;
const NUMBER = { kind: 'number' } as const;
const PERCENT = { kind: 'percent' } as const;
const BOOL = { kind: 'bool' } as const;
const TEXT = { kind: 'text' } as const;
const WORDS = { kind: 'words' } as const;
const COLORS_NO = { kind: 'choice', choices: [['黄', 'yellow'], ['红', 'red']] } as const;

export const SOURCE_DAYS_PREFIX = '默认办理时限·';
export const TIER_PREFIX = '加分档';
export const COLUMN_PREFIX = '列·';
const SOURCE_DAYS_PATH = 'deadlines.defaultWorkingDaysBySource';
const TIERS_PATH = 'scoring.bonuses';

/** The four fields of a bonus tier, in the order its rows are written. */
export const TIER_FIELDS = [
  { key: 'minItems', label: '承办事项不少于', note: '全年承办事项达到此数的单位参评本档（项）', format: INT },
  { key: 'noColor', label: '全年未收到', note: '全年未收到这种督办单才得本档加分：黄 或 红', format: COLORS_NO },
  { key: 'points', label: '加分', note: '本档加的分', format: NUMBER },
  { key: 'excellenceQuotaPercent', label: '优岗比例', note: '本档增加的个人评先评优优岗比例（%）', format: PERCENT },
] as const;

const row = (group: SettingGroupKey, path: string, label: string, note: string, format: SettingFormat): SettingRow => ({ path, label, group, note, format });

/** Every fixed row, in sheet order (the repeating rows are inserted by settingRowsFor). */
const FIXED_ROWS: readonly SettingRow[] = [
  row('name', 'name', '规则名称', '这套规则的名称，显示在任务窗格和输出中（如 湘阴2020）', TEXT),
  row('ledger', 'ledgerSheet', '台账工作表', '台账所在的工作表名称；空白 = 自动查找', { kind: 'optionalText' }),
  row('ledger', 'ledger.leadUnitIsSupervised', '牵头单位为被督办单位', '台账同时有牵头单位和责任单位两列时，是 = 牵头单位被督办、责任单位作配合单位', BOOL),
  row('ledger', 'ledger.doneStatuses', '办结状态用语', '办理状态为这些词之一即视为已办结（以“、”分隔）', WORDS),
  row('ledger', 'ledger.rejectedStatuses', '不达标状态用语', '办理状态为这些词之一即视为未达到标准、按未办结计（附件第五、六条）', WORDS),
  row('ledger', 'ledger.longTermWords', '长期事项用语', '办理时限或状态为这些词之一即为长期事项，不升级', WORDS),
  row('deadlines', 'deadlines.ledgerDefaultSource', '无来源列时的默认来源', '台账没有事项来源列时，所有事项按此来源推算默认时限；空白 = 无', { kind: 'optionalText' }),
  row('deadlines', 'deadlines.rollDeadlineToWorkingDay', '时限逢休息日顺延', '写明的办理时限落在休息日时顺延到下一个工作日', BOOL),
  row('deadlines', 'deadlines.rejectLateExtensions', '逾期申请的延期不认可', '在当时有效的时限之后才申请的延期不予认可（附件第八条）', BOOL),
  row('escalation', 'escalation.yellowAfterDays', '黄色督办单：时限后天数', '时限后第几天发黄色督办单（“时限第5天”）', INT),
  row('escalation', 'escalation.redAfterYellowDays', '红色督办单：黄色后天数', '黄色督办单签发后第几天发红色督办单', INT),
  row('escalation', 'escalation.redRepeatDays', '红色督办单重复间隔', '事项仍未办结时，每隔几天再发一张红色督办单；0 = 不重复', INT),
  row('escalation', 'escalation.dayKind', '升级天数按', '以上天数按 日历日 或 工作日 计', { kind: 'choice', choices: [['日历日', 'calendar'], ['工作日', 'working']] }),
  row('escalation', 'escalation.rollIssueToWorkingDay', '签发日逢休息日顺延', '督办单的签发日落在休息日时顺延到下一个工作日', BOOL),
  row('escalation', 'escalation.dueSoonWorkingDays', '临期预警：到期前工作日数', '未办结、未发督办单的事项，时限在截止日期之后这么多个工作日以内即标为“临期”，只作提醒，不发督办单、不扣分（SPEC §9）；0 = 不提醒', INT),
  row('notices', 'notices.numberPrefix', '督办单编号前缀', '编号如 督〔2020〕蓝1号 中的“督”', TEXT),
  row('notices', 'notices.office', '发文单位', '督办单标题的第一部分', TEXT),
  row('notices', 'notices.signatory.blue', '蓝色督办单签发', '蓝色督办单的签发人（附件第七条）', TEXT),
  row('notices', 'notices.signatory.yellow', '黄色督办单签发', '黄色督办单的签发人（附件第七条）', TEXT),
  row('notices', 'notices.signatory.red', '红色督办单签发', '红色督办单的签发人（附件第七条）', TEXT),
  row('scoring', 'scoring.points.blue', '蓝色督办单扣分', '每收到一张蓝色督办单的分数（负数）', NUMBER),
  row('scoring', 'scoring.points.yellow', '黄色督办单扣分', '每收到一张黄色督办单的分数（负数）', NUMBER),
  row('scoring', 'scoring.points.red', '红色督办单扣分', '每收到一张红色督办单的分数（负数）', NUMBER),
  row('scoring', 'scoring.criticismReds', '通报批评：红色督办单张数', '全年（或同一事项）收到这么多张红色督办单即全县通报批评（附件第十条）', INT),
  row('scoring', 'scoring.admonitionReds', '诫勉谈话：红色督办单张数', '全年（或同一事项）收到这么多张红色督办单即对主要负责人诫勉谈话（附件第十条）', INT),
  row('scoring', 'scoring.shortlistEligibility', '被问责单位不参评效能之星', '是 = 被通报批评或诫勉谈话的单位、单位名册中没有的单位不进入十大效能之星排名', BOOL),
  row('bonus', 'bonus.basePercent', '基础奖比例', '每人奖金标准中人人都有的基础部分（%）', PERCENT),
  row('bonus', 'bonus.tier1MaxSharePercent', '一档人数上限', '一档人数不超过单位人数的这个比例（%）', PERCENT),
  row('bonus', 'bonus.tier1UpliftPercent', '一档上浮', '一档上浮的比例（%）', PERCENT),
  row('bonus', 'bonus.tier3MinSharePercent', '三档人数下限', '三档人数不少于单位人数的这个比例（%）', PERCENT),
  row('bonus', 'bonus.tier3CutPercent', '三档下调', '三档下调的比例（%，-30 到 -20）', PERCENT),
  row('bonus', 'bonus.adjustmentBase', '上浮下调的基数', '上浮、下调按 阶梯奖部分 或 全部奖金 计算', { kind: 'choice', choices: [['阶梯奖部分', 'tiered'], ['全部奖金', 'whole']] }),
  row('bonus', 'bonus.twoTierBelowHeadcount', '可分两档的人数', '人数少于此数的单位可只分两档', INT),
  row('plausibility', 'ledger.earliestYear', '日期最早年份', '交办、完成等日期早于这一年的1月1日即为错误，该日期不用', INT),
  row('plausibility', 'ledger.latestYear', '日期最晚年份', '日期晚于这一年的12月31日即为错误，该日期不用', INT),
  row('plausibility', 'ledger.maxUnitsPerCell', '一格最多单位数', '一个单位格写的单位多于此数即为错误（多半是粘贴错了）', INT),
  row('plausibility', 'notices.maxPerRun', '一次发单上限', '一次要登记的督办单多于此数时，须确认后才写入督办单登记', INT),
  row('plausibility', 'notices.maxAgeYears', '补发最早年数', '要登记的督办单有早于截止日期这么多年的，须确认后才写入', INT),
];

/** A source's row of default working days (SPEC §2). */
export function sourceDaysRow(source: string): SettingRow {
  return row('deadlines', `${SOURCE_DAYS_PATH}.${source}`, `${SOURCE_DAYS_PREFIX}${source}`, `未写办理时限的“${source}”事项，自交办日起这么多个工作日为时限`, INT);
}

/** The four rows of bonus tier `n` (1-based; SPEC §5). */
export function tierRows(n: number): SettingRow[] {
  return TIER_FIELDS.map((f) => row('scoring', `${TIERS_PATH}.${n - 1}.${f.key}`, `${TIER_PREFIX}${n}·${f.label}`, f.note, f.format));
}

/** A concept's row of the column mapping (SPEC §1). */
export function columnRow(concept: Concept): SettingRow {
  const info = CONCEPTS[concept];
  const required = info.required ? '（必需）' : '';
  return row('ledger', `columns.${concept}`, `${COLUMN_PREFIX}${info.label}`, `${info.label}${required}所在列：表头文字或列字母；空白 = 自动识别，无 = 台账没有这一列`, TEXT);
}

/**
 * Every row of a sheet for `rules`, in sheet order: the fixed rows, a row per source after the
 * default source, four rows per bonus tier after the points, a row per concept after the ledger
 * sheet.
 *
 * @example
 * settingRowsFor(XIANGYIN_2020).find((r) => r.path === 'escalation.yellowAfterDays')?.label // → '黄色督办单：时限后天数'
 * settingRowsFor(XIANGYIN_2020).filter((r) => r.label.startsWith('加分档')).length // → 16
 */
export function settingRowsFor(rules: RuleSet = XIANGYIN_2020): SettingRow[] {
  const out: SettingRow[] = [];
  for (const r of FIXED_ROWS) {
    if (r.path === 'deadlines.ledgerDefaultSource') out.push(...Object.keys(rules.deadlines.defaultWorkingDaysBySource).map(sourceDaysRow));
    if (r.path === 'scoring.criticismReds') rules.scoring.bonuses.forEach((_, i) => out.push(...tierRows(i + 1)));
    out.push(r);
    if (r.path === 'ledgerSheet') out.push(...ALL_CONCEPTS.map(columnRow));
  }
  return out;
}

/**
 * A label as compared: NFKC (full-width digits and colons as typed by an IME), no spaces, and the
 * middle-dot variants as ·.
 *
 * @example
 * normalizeLabel(' 加分档１・加分 ') // → '加分档1·加分'
 */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/[•・‧∙]/g, '·');
}

/**
 * The row a 设置项 label names, repeating rows included; null for a label nothing has.
 *
 * @example
 * settingRowByLabel('默认办理时限·市长批示')?.path // → 'deadlines.defaultWorkingDaysBySource.市长批示'
 * settingRowByLabel('加分档3·加分')?.path // → 'scoring.bonuses.2.points'
 * settingRowByLabel('黄牌天数') // → null
 */
export function settingRowByLabel(text: string): SettingRow | null {
  const label = normalizeLabel(text);
  const fixed = FIXED_ROWS.find((r) => normalizeLabel(r.label) === label);
  if (fixed) return fixed;
  if (label.startsWith(SOURCE_DAYS_PREFIX)) {
    const source = label.slice(SOURCE_DAYS_PREFIX.length).trim();
    return source === '' ? null : sourceDaysRow(source);
  }
  const tier = /^加分档(\d{1,2})·(.+)$/.exec(label);
  if (tier) {
    const n = Number(tier[1]);
    const field = TIER_FIELDS.findIndex((f) => normalizeLabel(f.label) === tier[2]);
    return n >= 1 && field >= 0 ? tierRows(n)[field] : null;
  }
  if (label.startsWith(COLUMN_PREFIX)) {
    const name = label.slice(COLUMN_PREFIX.length);
    const concept = ALL_CONCEPTS.find((c) => normalizeLabel(CONCEPTS[c].label) === name);
    return concept === undefined ? null : columnRow(concept);
  }
  return null;
}

/** The value at a dotted path of an object (undefined when any step is missing). */
export function valueAt(object: unknown, path: string): unknown {
  let at: unknown = object;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * A rule value as the sheet writes it: 是/否, the Chinese word of a choice, words joined with 、,
 * blank for none.
 *
 * @example
 * formatSettingValue({ kind: 'bool' }, true) // → '是'
 * formatSettingValue({ kind: 'words' }, ['已办结', '办结']) // → '已办结、办结'
 * formatSettingValue({ kind: 'int' }, 5) // → 5
 */
export function formatSettingValue(format: SettingFormat, value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  switch (format.kind) {
    case 'bool':
      return value === true ? '是' : '否';
    case 'words':
      return Array.isArray(value) ? value.join('、') : String(value);
    case 'choice':
      return format.choices.find(([, v]) => v === value)?.[0] ?? String(value);
    case 'int':
    case 'number':
    case 'percent':
      return typeof value === 'number' ? value : String(value);
    default:
      return String(value);
  }
}

/** What a settings sheet holds besides the rules: the ledger sheet and the column mapping as written. */
export interface SheetSettings {
  rules: RuleSet;
  ledgerSheet: string | null;
  columns: Partial<Record<Concept, string | number>>;
}

/**
 * A row's value in `settings`, as the sheet writes it (see formatSettingValue); null for none.
 *
 * @example
 * settingValue(columnRow('deadline'), { rules: XIANGYIN_2020, ledgerSheet: null, columns: { deadline: '完成时限' } }) // → '完成时限'
 */
export function settingValue(row: SettingRow, settings: SheetSettings): string | number | null {
  if (row.path === 'ledgerSheet') return settings.ledgerSheet;
  if (row.path.startsWith('columns.')) return settings.columns[row.path.slice('columns.'.length) as Concept] ?? null;
  return formatSettingValue(row.format, valueAt(settings.rules, row.path));
}

/**
 * A row's default: the preset's value, or 自动识别 for the ledger sheet and the columns; null when the preset has none.
 *
 * @example
 * defaultSettingValue(columnRow('deadline')) // → '自动识别'
 */
export function defaultSettingValue(row: SettingRow): string | number | null {
  if (row.path === 'ledgerSheet' || row.path.startsWith('columns.')) return '自动识别';
  return formatSettingValue(row.format, valueAt(XIANGYIN_2020, row.path));
}
