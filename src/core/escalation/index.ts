export { defaultDays, defaultSource, resolveDeadline, writtenDeadline } from './resolveDeadline';
export type { DeadlineInForce } from './resolveDeadline';
export { escalate } from './escalate';
export type { EscalateOptions, ItemEscalation, LedgerStatus, LoggedNotice, WarrantedNotice } from './escalate';
export { scheduleNotices, nextNoticeDate } from './scheduleNotices';
export type { ScheduledNotice } from './scheduleNotices';
export { createCalendarContext } from './calendarContext';
export type { CalendarContext } from './calendarContext';
