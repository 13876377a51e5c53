/** Where the user's selection is: its sheet, its first row (1-based) and how many rows it spans. */
export interface CellSelection {
  sheet: string;
  row: number;
  rowCount: number;
}

/**
 * What the pane needs from Excel besides the workbook's data: which sheet the user is on, where
 * the selection is, and taking the user to a cell. A parameter of the panel logic, so it is
 * testable without Office.
 */
export interface ExcelUi {
  /** Name of the active worksheet. */
  activeSheet(): Promise<string>;
  /** The selected range (rejects when the selection is not a range, e.g. a chart). */
  selectedCell(): Promise<CellSelection>;
  /** Activates `sheet` and selects the cell at A1 `address`. */
  selectCell(sheet: string, address: string): Promise<void>;
}
