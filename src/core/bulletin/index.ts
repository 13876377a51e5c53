export type { Period, PeriodKind } from './period';
export { PERIOD_KINDS } from './period';
export { makePeriod, isoWeeksInYear } from './makePeriod';
export { periodOf } from './periodOf';
export { previousPeriod, nextPeriod } from './shiftPeriod';
export { lastCompletePeriod, lastCompleteMonth } from './lastCompletePeriod';
export { parsePeriodArg } from './parsePeriodArg';
export { BULLETIN_SHEET_PREFIX, formatBulletinSheetName, parseBulletinSheetName } from './bulletinSheetName';
export type { BulletinSheetRef } from './bulletinSheetName';
export { nextIssueNumber } from './nextIssueNumber';
export type { IssueNumberOptions } from './nextIssueNumber';
export { countPeriod } from './countPeriod';
export type { BulletinCounts } from './countPeriod';
export { isDoneOn, deadlineOn, escalationsOn } from './itemStateOn';
export { bulletinAsOf } from './bulletinAsOf';
export { buildBulletin } from './buildBulletin';
export type {
  BulletinInput,
  BulletinLogEntry,
  BuildBulletinOptions,
  BulletinData,
  BulletinUnitRow,
  BulletinRedItem,
  BulletinCriticism,
  BulletinDueItem,
} from './buildBulletin';
