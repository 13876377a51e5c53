export { NoticePanel } from './NoticePanel';
export type { NoticePanelProps } from './NoticePanel';
export { useNoticePanel } from './useNoticePanel';
export type { NoticePanel as NoticePanelModel } from './useNoticePanel';
export { createNoticePanelActions, describeCounts, noticeInputsFingerprint } from './noticePanelActions';
export type { NoticePanelActions, NoticePanelDeps, NoticePanelStore } from './noticePanelActions';
export * from './noticePanelState';
