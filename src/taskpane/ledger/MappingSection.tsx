import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { requiredLabel } from '../../core/ledger/concepts';
import { CONCEPTS, type Concept } from '../../core/ledger/concepts';
import { ESCALATION_INPUTS, MappingTable, type MappingTableProps } from './MappingTable';

const ITEM = 'mapping';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', textAlign: 'start' },
  // Flush with the other sections' left edge (the header button is padded by default).
  button: { paddingLeft: 0, paddingRight: 0 },
  panel: { marginLeft: 0, marginRight: 0 },
});

/**
 * The column mapping, folded to one line when detection found every required column (the
 * usual case, so the pane fits without scrolling), unfolded while a required one is missing.
 */
export function MappingSection(props: MappingTableProps) {
  const styles = useStyles();
  const incomplete = props.missing.length > 0;
  const [open, setOpen] = useState(incomplete);
  useEffect(() => {
    if (incomplete) setOpen(true);
  }, [incomplete]);

  const mapped = Object.values(props.mapping.columns).filter((c) => c !== undefined && c > 0).length;
  const unmapped = ESCALATION_INPUTS.filter((c: Concept) => props.mapping.columns[c] === undefined).map((c) => CONCEPTS[c].label);
  const summary = incomplete
    ? `缺少必填列：${props.missing.map(requiredLabel).join('、')}`
    : `已对应 ${mapped} 列${unmapped.length > 0 ? `；未映射：${unmapped.join('、')}` : ''}`;

  return (
    <Accordion collapsible openItems={open ? [ITEM] : []} onToggle={(_, data) => setOpen(data.openItems.includes(ITEM))}>
      <AccordionItem value={ITEM}>
        <AccordionHeader as="h2" expandIconPosition="end" button={{ className: styles.button }}>
          <span className={styles.header}>
            <span>列映射</span>
            <Caption1>{summary}</Caption1>
          </span>
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <MappingTable {...props} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
