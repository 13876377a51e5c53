export * from './dateOnly';
export { fail, ok, type ParseFailure, type Parsed } from './parsed';
export { dateToSerial, serialToDate } from './excelSerial';
export { parseJsDate } from './parseJsDate';
export { checkDate, MISSING_YEAR, NOT_A_DATE, parseDateText } from './parseDateText';
export { parseDateCell, type DateCellContext } from './parseDateCell';
export { parseDeadlineCell, type DeadlineContext } from './parseDeadlineCell';
export { parseSmallNumber } from './parseSmallNumber';
export { toHalfWidth } from './toHalfWidth';
