import { Badge, Body1, Button, Caption1, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { problemPlace } from '../../../core/problems';
import type { Problem } from '../../../core/problems';

/** Shown at first: a 100,000-row ledger can have thousands of problems. */
const FIRST = 50;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalXS, minWidth: 0 },
  badge: { flexShrink: 0, marginTop: tokens.spacingVerticalXXS },
  button: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    height: 'auto',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    overflowWrap: 'anywhere',
  },
  text: { overflowWrap: 'anywhere', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}` },
  cell: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
});

export interface ProblemItemsProps {
  problems: readonly Problem[];
  /** The sheet in view, for problems that do not name their own; null = always name the sheet. */
  sheet: string | null;
  /** Selects `cell` on `sheet`: the problem's sheet, else the one in view. */
  onSelect: (sheet: string, cell: string) => void;
  /** How many are shown before 显示全部. */
  first?: number;
}

/**
 * Problems as a list; one naming a cell is a button that selects that cell. The place is shown
 * without the sheet when it is `sheet`, the one in view.
 */
export function ProblemItems({ problems, sheet, onSelect, first = FIRST }: ProblemItemsProps) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const shown = all ? problems : problems.slice(0, first);
  const firstMore = useRef<HTMLLIElement>(null);
  // 显示全部 goes away when pressed: the focus goes to the first problem it showed (its button, if it has one).
  useEffect(() => {
    if (all) (firstMore.current?.querySelector('button') ?? firstMore.current)?.focus();
  }, [all]);
  return (
    <>
      <ul className={styles.list}>
        {shown.map((p, i) => {
          // A cell is a button only where its sheet is known: nothing to select otherwise.
          const { cell } = p;
          const at = p.sheet ?? sheet;
          return (
            <li key={i} className={styles.item} ref={i === first ? firstMore : undefined} tabIndex={i === first ? -1 : undefined}>
              <Badge className={styles.badge} size="small" appearance="tint" color={p.severity === 'error' ? 'danger' : 'warning'}>
                {p.severity === 'error' ? '错误' : '提示'}
              </Badge>
              {cell !== undefined && at !== null ? (
                <Button className={styles.button} appearance="transparent" size="small" title={`选中 ${at}!${cell}`} onClick={() => onSelect(at, cell)}>
                  <span>
                    <span className={styles.cell}>{problemPlace(p, sheet)}</span>
                    {p.message}
                  </span>
                </Button>
              ) : (
                <Body1 className={styles.text}>
                  {/* The row only: a cell whose sheet is unknown is no place to go to. */}
                  {p.row !== undefined && <span className={styles.cell}>{problemPlace({ ...p, cell: undefined }, sheet)}</span>}
                  {p.message}
                </Body1>
              )}
            </li>
          );
        })}
      </ul>
      {!all && problems.length > first && (
        <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
          显示全部 {problems.length} 条
        </Button>
      )}
    </>
  );
}

export interface ProblemListProps {
  problems: readonly Problem[];
  /** The ledger sheet, for problems that do not name their own. */
  sheet: string | null;
  onSelect: (sheet: string, cell: string) => void;
}

/** The ledger panel's problems (or the log's, the register's), under a heading with their counts. */
export function ProblemList({ problems, sheet, onSelect }: ProblemListProps) {
  // Unique per list: the pane keeps several panels (each with its list) mounted.
  const headingId = useId('duban-problems');
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        问题 {problems.length} 条
      </Subtitle2>
      <Caption1 block>
        错误 {errors} 条，提示 {problems.length - errors} 条。点击带单元格地址的问题可跳转到该单元格。
      </Caption1>
      <ProblemItems problems={problems} sheet={sheet} onSelect={onSelect} />
    </section>
  );
}
