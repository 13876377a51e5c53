/** A panel's one message: an error naming the cell or setting, a warning, or what was done. */
export interface PanelMessage {
  intent: 'error' | 'warning' | 'success' | 'info';
  title: string;
  /** One sentence naming the cell (「台账」!F13) or the setting (列映射「交办时间」). */
  text: string;
}
