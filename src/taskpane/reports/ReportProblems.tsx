import { Badge, Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Problem } from '../../core/problems';

/** Shown at first: a long notice log can have many unreadable rows. */
const FIRST = 10;

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

export interface ReportProblemsProps {
  /** What the problems are about: '督办单登记与单位名册的问题'. */
  caption: string;
  problems: readonly Problem[];
  onSelect: (problem: Problem) => void;
}

/** Problems behind a result; one naming a cell is a button that selects it. */
export function ReportProblems({ caption, problems, onSelect }: ReportProblemsProps) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  if (problems.length === 0) return null;
  const shown = all ? problems : problems.slice(0, FIRST);
  return (
    <div>
      <Caption1 block>
        {caption}（{problems.length} 条）
      </Caption1>
      <ul className={styles.list}>
        {shown.map((p, i) => (
          <li key={i} className={styles.item}>
            <Badge className={styles.badge} size="small" appearance="tint" color={p.severity === 'error' ? 'danger' : 'warning'}>
              {p.severity === 'error' ? '错误' : '提示'}
            </Badge>
            {p.cell !== undefined && p.sheet !== undefined ? (
              <Button className={styles.button} appearance="transparent" size="small" title={`选中 ${p.sheet}!${p.cell}`} onClick={() => onSelect(p)}>
                <span>
                  <span className={styles.cell}>
                    {p.sheet}!{p.cell}
                  </span>
                  {p.message}
                </span>
              </Button>
            ) : (
              <Body1 className={styles.text}>{p.message}</Body1>
            )}
          </li>
        ))}
      </ul>
      {!all && problems.length > FIRST && (
        <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
          显示全部 {problems.length} 条
        </Button>
      )}
    </div>
  );
}
