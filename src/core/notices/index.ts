export {
  NOTICE_LOG_SHEET,
  NOTICE_LOG_COLUMNS,
  COLOR_NAMES,
  VALID_STATE,
  VOID_STATE,
  parseNoticeLog,
} from './noticeLog';
export type { LogEntry, NoticeLogKey, ParsedNoticeLog } from './noticeLog';
export { COLOR_CHAR, formatNoticeNumber, parseNoticeNumber } from './noticeNumber';
export type { NoticeNumber } from './noticeNumber';
export { createNoticeNumberer } from './numberNotices';
export type { NoticeNumberer } from './numberNotices';
export { findDuplicateNumbers, DUPLICATE_NUMBER } from './findDuplicateNumbers';
export type { NumberedRow } from './findDuplicateNumbers';
export { formatChineseDate, formatMonthDay } from './formatChineseDate';
export { composeSms, smsSignature, SMS_MAX_LENGTH } from './composeSms';
export type { SmsInput } from './composeSms';
export { describeRequirement } from './describeRequirement';
export type { RequirementInput } from './describeRequirement';
export { noticeTitle } from './noticeTitle';
export { compareIds } from './compareIds';
export { planNotices, HEAD_UNKNOWN } from './planNotices';
export type { NoticePlan, NoticePlanInput, PlannedNotice } from './planNotices';
export { checkNoticePlausibility } from './checkNoticePlausibility';
export type { NoticeDoubt, NoticeDoubtReason, NoticeLimits } from './checkNoticePlausibility';
export { describeNoticeDoubt, LISTED_DOUBT_MONTHS, LISTED_DOUBT_UNITS } from './describeNoticeDoubt';
export type { NoticeDoubtText } from './describeNoticeDoubt';
