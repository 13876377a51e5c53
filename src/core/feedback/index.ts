export { LIST_COLUMNS, ANSWER_COLUMNS, LIST_FORMAT, itemKey, fingerprintItems, listUnitItems, formatListMark, parseListMark } from './unitList';
export type { ListColumn, ReceivedNotice, UnitListItem, UnitList, ListMark } from './unitList';
export { readUnitReply, isUnitList } from './readUnitReply';
export type { ReplyRow, UnitReply, ReadUnitReply } from './readUnitReply';
export { FEEDBACK_SHEET, FEEDBACK_COLUMNS, answerKey, parseFeedbackLog } from './feedbackLog';
export type { FeedbackColumn, FeedbackRecord, AnswerFields } from './feedbackLog';
export { reviewFeedback } from './reviewFeedback';
export type { ReplySource, ReviewedAnswer, LedgerFill, FeedbackReview, ReviewInput } from './reviewFeedback';
