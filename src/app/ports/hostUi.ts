/** Where the user's selection is: its sheet, its first row (1-based) and how many rows it spans. */
export interface CellSelection {
  sheet: string;
  row: number;
  rowCount: number;
}

/**
 * What the pane needs from Excel besides the workbook's data: which sheet the user is on, where
 * the selection is, and taking the user to a cell. A parameter of the panel logic, so it is
 * testable without a host.
 */
export interface HostUi {
  /** Name of the active worksheet. */
  activeSheet(): Promise<string>;
  /** The selected range (rejects when the selection is not a range, e.g. a chart). */
  selectedCell(): Promise<CellSelection>;
  /** Activates `sheet` and selects the cell at A1 `address`. */
  selectCell(sheet: string, address: string): Promise<void>;
}

/** Ends a subscription to a host event. */
export type Unsubscribe = () => Promise<void>;

/**
 * What the pane hears from the host. The add-in runs in one shared runtime that can start hidden (a
 * custom function, a ribbon button) and stays loaded after the pane closes
 * (https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in), so what the pane read
 * at mount may be days old: it reads again when shown and when the user goes to another sheet.
 */
export interface HostEvents {
  /** `listener` runs each time the task pane is shown. */
  onPaneShown(listener: () => void): Promise<Unsubscribe>;
  /** `listener` runs each time a worksheet is activated. */
  onSheetActivated(listener: () => void): Promise<Unsubscribe>;
}
