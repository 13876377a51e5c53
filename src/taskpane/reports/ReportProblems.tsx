import { Caption1 } from '@fluentui/react-components';
import type { Problem } from '../../core/problems';
import { ProblemItems } from '../shared/components/ProblemList';

export interface ReportProblemsProps {
  /** What the problems are about: '督办单登记与单位名册的问题'. */
  caption: string;
  problems: readonly Problem[];
  onSelect: (sheet: string, cell: string) => void;
}

/** Problems behind a result, each with its sheet (they come from several); a cell is a button that selects it. */
export function ReportProblems({ caption, problems, onSelect }: ReportProblemsProps) {
  if (problems.length === 0) return null;
  return (
    <div>
      <Caption1 block>
        {caption}（{problems.length} 条）
      </Caption1>
      {/* A long notice log can have many unreadable rows: ten at first. */}
      <ProblemItems problems={problems} sheet={null} onSelect={onSelect} first={10} />
    </div>
  );
}
