export { createWorkCalendar } from './workCalendar';
export type { CalendarOverride, WorkCalendar, WorkCalendarOptions } from './workCalendar';
export { isWorkingDay } from './isWorkingDay';
export { addWorkingDays } from './addWorkingDays';
export { countWorkingDays } from './countWorkingDays';
export { nextWorkingDay } from './nextWorkingDay';
export { findUncoveredYears } from './findUncoveredYears';
export { parseCalendarOverrides } from './parseCalendarOverrides';
export type { ParsedCalendarOverrides } from './parseCalendarOverrides';
