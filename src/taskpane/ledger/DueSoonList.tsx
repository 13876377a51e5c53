import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DueSoonEntry } from './summarizePreview';

const ITEM = 'due-soon';

const useStyles = makeStyles({
  button: { paddingLeft: 0, paddingRight: 0 },
  panel: { marginLeft: 0, marginRight: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  entry: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  sms: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS },
  // The text stays selectable: where the host refuses the clipboard, the user copies it by hand.
  text: { flexGrow: 1, userSelect: 'text' },
});

export interface DueSoonListProps {
  entries: DueSoonEntry[];
}

const daysLeft = (n: number) => (n > 0 ? `还有 ${n} 个工作日` : '时限前已无工作日');

/**
 * The 临期 items (SPEC §9), folded under one line: each with its deadline, the working days left
 * and the reminder's SMS text, which 复制 puts on the clipboard (a reminder is sent by hand; the
 * add-in issues and logs nothing for it).
 */
export function DueSoonList({ entries }: DueSoonListProps) {
  const styles = useStyles();
  // Row copied last, or the row whose copy the host refused.
  const [copied, setCopied] = useState<{ row: number; ok: boolean } | null>(null);
  const copy = (entry: DueSoonEntry) => {
    const text = entry.sms ?? '';
    const done = (ok: boolean) => setCopied({ row: entry.row, ok });
    // Excel on the web may run the pane in a frame that is not allowed the clipboard.
    if (typeof navigator === 'undefined' || navigator.clipboard === undefined) return done(false);
    navigator.clipboard.writeText(text).then(
      () => done(true),
      () => done(false),
    );
  };
  return (
    <Accordion collapsible>
      <AccordionItem value={ITEM}>
        <AccordionHeader as="h3" size="small" expandIconPosition="end" button={{ className: styles.button }}>
          临期提醒 {entries.length} 项（短信文字）
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <ul className={styles.list} aria-label="临期事项">
            {entries.map((e) => (
              <li key={e.row} className={styles.entry}>
                <Body1>
                  {e.id ?? `第${e.row}行`} {e.title}
                </Body1>
                <Caption1>
                  {e.units.join('、')}：时限 {e.deadline}，{daysLeft(e.workingDaysLeft)}
                </Caption1>
                {e.sms !== null && (
                  <div className={styles.sms}>
                    <Caption1 className={styles.text}>{e.sms}</Caption1>
                    <Button size="small" onClick={() => copy(e)} aria-label={`复制第${e.row}行的短信`}>
                      {copied?.row === e.row && copied.ok ? '已复制' : '复制'}
                    </Button>
                  </div>
                )}
                {copied?.row === e.row && !copied.ok && <Caption1 role="alert">无法写入剪贴板，请选中短信文字后按 Ctrl+C 复制</Caption1>}
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
