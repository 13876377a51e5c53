import type { DateOnly } from '../dates/dateOnly';
import type { Concept } from './concepts';

/** What a deadline cell said, before working days and extensions are applied. */
export type DeadlineSpec =
  | { kind: 'date'; date: DateOnly; text?: string }
  /** "7个工作日": counted from the assigned date (day 0). */
  | { kind: 'workingDays'; days: number; text?: string }
  /** "长期" / "持续推进": no deadline, never escalates. `placeholder`: written as the date 9999-12-31. */
  | { kind: 'longTerm'; text?: string; placeholder?: true }
  /** Empty cell or no deadline column: the rule set's source → working days table decides. */
  | { kind: 'blank' };

export interface Extension {
  /** 延期至: the new deadline. */
  until: DateOnly;
  /** 延期申请日期, when the ledger has it. */
  appliedOn: DateOnly | null;
  /** A1 address of the 延期申请日期 cell, when the ledger has that column. */
  appliedOnCell: string | null;
  /** 延期批准人, when the ledger has it. */
  approver: string | null;
  /** False only when an approval column says it was not approved. */
  approved: boolean;
  /** A1 address of the 延期至 cell (for problems). */
  cell: string;
}

/** One supervised item (督办事项), as read from one ledger row. */
export interface LedgerItem {
  /** 1-based sheet row. */
  row: number;
  /** The id cell's text, or null when blank / no id column. */
  id: string | null;
  title: string;
  source: string | null;
  /** Supervised units, canonical names (after aliases), in cell order, no duplicates. */
  units: string[];
  /** Co-units (配合单位, or 责任单位 when 牵头单位 is present): never scored. */
  coUnits: string[];
  leader: string | null;
  assigned: DateOnly | null;
  deadline: DeadlineSpec;
  /** A1 address of the deadline cell, when there is a deadline column. */
  deadlineCell: string | null;
  completed: DateOnly | null;
  status: string | null;
  /** The status says done (已办结 …) — the completion date may be unknown. */
  doneByStatus: boolean;
  /** The status says the result does not meet the standard (退回 …): not done, whatever the date. */
  rejected: boolean;
  extension: Extension | null;
  remark: string | null;
  /**
   * Columns whose cell could not be read (each reported as a problem); the value stands as blank
   * (assigned null, deadline blank …). The escalation stage skips such an item rather than guess
   * (SPEC §1 Dates): a blank deadline would otherwise fall back to the source's default days.
   * Absent or empty = everything was read.
   */
  unreadable?: Concept[];
}
