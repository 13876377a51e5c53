/**
 * The rule set: every number of SPEC.md is a field here, so another county (or Xiangyin next
 * year) changes data, not code. XIANGYIN_2020 is the default preset.
 */
export type EscalationDayKind = 'calendar' | 'working';
export type NoticeColor = 'blue' | 'yellow' | 'red';

export interface RuleSet {
  name: string;
  /** Deadlines (SPEC §2). */
  deadlines: {
    /** Source → default working days when no deadline is written (附件第三条; §14 limits). */
    defaultWorkingDaysBySource: Record<string, number>;
    /** Source assumed for a ledger with no source column (asked once); null = none. */
    ledgerDefaultSource: string | null;
    /** A written deadline on a non-working day moves to the next working day. */
    rollDeadlineToWorkingDay: boolean;
    /** Extensions applied for after the deadline then in force are ignored (and reported). */
    rejectLateExtensions: boolean;
  };
  /** Escalation (SPEC §3). */
  escalation: {
    /** Yellow is issued this many days after the deadline (时限第5天). */
    yellowAfterDays: number;
    /** Red is issued this many days after the yellow. */
    redAfterYellowDays: number;
    /** Red repeats every N days after the previous red while open; 0 = no repeat. */
    redRepeatDays: number;
    /** Whether the days above are calendar or working days. */
    dayKind: EscalationDayKind;
    /** An issue date on a non-working day moves to the next working day. */
    rollIssueToWorkingDay: boolean;
    /**
     * 临期 (SPEC §9): an open item with no notice whose deadline in force falls after the as-of
     * date and no later than the N-th working day after it is flagged due soon (a reminder with
     * its own SMS text; nothing is logged or scored). 0 = off.
     */
    dueSoonWorkingDays: number;
  };
  /** The ledger vocabulary (SPEC §1). */
  ledger: {
    /** When both 牵头单位 and 责任单位 exist, 牵头单位 is supervised and 责任单位 are co-units. */
    leadUnitIsSupervised: boolean;
    doneStatuses: string[];
    rejectedStatuses: string[];
    /** Statuses under which an item never escalates (besides 长期 deadlines). */
    longTermWords: string[];
    /**
     * Plausible years (SPEC §9): a 交办时间, 完成时间, 办理时限, 延期至 or 延期申请日期 outside
     * earliestYear-01-01 … latestYear-12-31 is an error for its row, and the date is not used.
     */
    earliestYear: number;
    latestYear: number;
    /**
     * A unit cell naming more units than this is an error for its row (a paste gone wrong, a whole
     * list in one cell): its names are not used and the row is left out of escalation.
     */
    maxUnitsPerCell: number;
  };
  /** Notices (SPEC §4). */
  notices: {
    /** Number prefix: `督〔2020〕蓝1号` is prefix 督 + 〔year〕 + color + n + 号. */
    numberPrefix: string;
    /** The issuing office, first part of the title (湘阴县人民政府督查室). */
    office: string;
    /** Who signs each color (附件第七条). */
    signatory: Record<NoticeColor, string>;
    /**
     * Plausibility before the log (SPEC §9): the log is append-only, so a run that would append
     * more than this many notices needs the user's explicit confirmation before anything is written.
     */
    maxPerRun: number;
    /** Likewise a run with any notice issued more than this many years before the as-of date. */
    maxAgeYears: number;
  };
  /** Unit scores (SPEC §5). */
  scoring: {
    points: Record<NoticeColor, number>;
    /** Bonus tiers: units undertaking at least minItems items with no notice of that color all year. */
    bonuses: Array<{ minItems: number; noColor: 'yellow' | 'red'; points: number; excellenceQuotaPercent: number }>;
    /** Reds in the year (or on one item) that trigger each accountability flag. */
    criticismReds: number;
    admonitionReds: number;
    /**
     * 十大效能之星 shortlist eligibility (SPEC §9): a unit flagged 通报批评 or 诫勉谈话 in the year is
     * not eligible, and a unit missing from the 单位名册 is not ranked for it; the others are ranked
     * among themselves. false = every unit is eligible (shortlist ranks = the plain ranks).
     */
    shortlistEligibility: boolean;
  };
  /** Tiered staff bonus (SPEC §7). */
  bonus: {
    basePercent: number;
    tier1MaxSharePercent: number;
    tier1UpliftPercent: number;
    tier3MinSharePercent: number;
    /** Negative, within [-30, -20]. */
    tier3CutPercent: number;
    /** Whether the ±% apply to the tiered part or to the whole bonus. */
    adjustmentBase: 'tiered' | 'whole';
    /** Units below this headcount may use two tiers. */
    twoTierBelowHeadcount: number;
  };
}

export const XIANGYIN_2020: RuleSet = {
  name: '湘阴2020',
  deadlines: {
    defaultWorkingDaysBySource: { 县长批示: 7 },
    ledgerDefaultSource: null,
    rollDeadlineToWorkingDay: true,
    rejectLateExtensions: true,
  },
  escalation: {
    yellowAfterDays: 5,
    redAfterYellowDays: 10,
    redRepeatDays: 10,
    dayKind: 'calendar',
    rollIssueToWorkingDay: true,
    dueSoonWorkingDays: 3,
  },
  ledger: {
    leadUnitIsSupervised: true,
    doneStatuses: ['已办结', '办结', '已完成', '完成', '已销号', '销号'],
    rejectedStatuses: ['退回', '不合格', '未达标', '整改中'],
    longTermWords: ['长期', '持续推进'],
    earliestYear: 2000,
    latestYear: 2099,
    maxUnitsPerCell: 50,
  },
  notices: {
    numberPrefix: '督',
    office: '湘阴县人民政府督查室',
    signatory: { blue: '县政府督查室', yellow: '常务副县长', red: '县长' },
    maxPerRun: 200,
    maxAgeYears: 1,
  },
  scoring: {
    points: { blue: -1, yellow: -2, red: -5 },
    bonuses: [
      { minItems: 5, noColor: 'yellow', points: 10, excellenceQuotaPercent: 0 },
      { minItems: 5, noColor: 'red', points: 5, excellenceQuotaPercent: 0 },
      { minItems: 20, noColor: 'yellow', points: 20, excellenceQuotaPercent: 3 },
      { minItems: 20, noColor: 'red', points: 10, excellenceQuotaPercent: 2 },
    ],
    criticismReds: 2,
    admonitionReds: 3,
    shortlistEligibility: true,
  },
  bonus: {
    basePercent: 60,
    tier1MaxSharePercent: 20,
    tier1UpliftPercent: 20,
    tier3MinSharePercent: 10,
    tier3CutPercent: -20,
    adjustmentBase: 'tiered',
    twoTierBelowHeadcount: 30,
  },
};
