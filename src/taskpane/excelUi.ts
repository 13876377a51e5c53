/**
 * What the pane needs from Excel besides the workbook's data: which sheet the user is on, and
 * taking the user to a cell. A parameter of the panel logic, so it is testable without Office.
 */
export interface ExcelUi {
  /** Name of the active worksheet. */
  activeSheet(): Promise<string>;
  /** Activates `sheet` and selects the cell at A1 `address`. */
  selectCell(sheet: string, address: string): Promise<void>;
}
