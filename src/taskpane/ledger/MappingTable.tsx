import { Caption1, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { STATUS_HEADER } from '../../app/ledgerInputs';
import { columnLetters } from '../../core/cells';
import { ALL_CONCEPTS, CONCEPTS, type Concept } from '../../core/ledger/concepts';
import type { ColumnMapping } from '../../core/ledger/detectLedger';

const UNMAPPED = '未映射';
/** Optional columns the escalation reads: listed first, with the required ones. */
export const ESCALATION_INPUTS: readonly Concept[] = ['source', 'deadline', 'completed', 'status'];

/** A pane narrower than this (a 320 px pane at 200% zoom is 160 CSS px), a column's name goes above its dropdown. */
const NARROW = '@media (max-width: 264px)';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  field: {
    gridTemplateColumns: 'minmax(0, 6.5em) minmax(0, 1fr)',
    [NARROW]: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', rowGap: tokens.spacingVerticalXXS },
  },
  control: { minWidth: 0, width: '100%' },
  rest: { marginTop: tokens.spacingVerticalS },
});

export interface MappingTableProps {
  /** As detected: decides which concepts are listed first (stable while the user corrects). */
  detected: ColumnMapping;
  /** In force: detection with the user's corrections. */
  mapping: ColumnMapping;
  missing: readonly Concept[];
  disabled: boolean;
  onSetColumn: (concept: Concept, column: number) => void;
}

/** Why a column stands for a concept: the header word detection read, or the user's choice. */
export function mappingReason(detected: ColumnMapping, concept: Concept, col: number): string {
  if (detected.columns[concept] !== col) return '已手动指定';
  const header = detected.headers.find((h) => h.col === col);
  if (header?.matched === undefined) return '已手动指定';
  return header.matched === header.text ? `按表头"${header.text}"识别` : `按表头"${header.text}"中的"${header.matched}"识别`;
}

/** One dropdown per concept listing the header columns (`D 责任单位`) and 未映射. */
export function MappingTable(props: MappingTableProps) {
  const styles = useStyles();
  const headers = props.mapping.headers.filter((h) => h.text !== STATUS_HEADER);
  const optionText = (col: number) => {
    const header = headers.find((h) => h.col === col);
    return header ? `${columnLetters(col)} ${header.text}`.trim() : `${columnLetters(col)} 列`;
  };
  const first = ALL_CONCEPTS.filter((c) => CONCEPTS[c].required || ESCALATION_INPUTS.includes(c) || props.detected.columns[c] !== undefined);
  const rest = ALL_CONCEPTS.filter((c) => !first.includes(c));

  const row = (concept: Concept) => {
    const info = CONCEPTS[concept];
    const col = props.mapping.columns[concept] ?? 0;
    const missing = props.missing.includes(concept);
    const rivals = col === 0 ? props.detected.ambiguous?.[concept] : undefined;
    const question = rivals ? `${rivals.map(columnLetters).join('、')} 列都像此列，请选择一列` : undefined;
    return (
      <Field
        key={concept}
        className={styles.field}
        label={info.label}
        orientation="horizontal"
        size="small"
        required={info.required}
        hint={col > 0 ? mappingReason(props.detected, concept, col) : undefined}
        validationState={missing ? 'error' : question ? 'warning' : 'none'}
        validationMessage={missing ? `必填：${question ?? '请选择一列'}` : question}
      >
        <Dropdown
          className={styles.control}
          size="small"
          value={col > 0 ? optionText(col) : UNMAPPED}
          selectedOptions={[String(col)]}
          disabled={props.disabled}
          onOptionSelect={(_, data) => {
            if (data.optionValue !== undefined) props.onSetColumn(concept, Number(data.optionValue));
          }}
        >
          <Option value="0">{UNMAPPED}</Option>
          {headers.map((h) => (
            <Option key={h.col} value={String(h.col)}>
              {optionText(h.col)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  };

  return (
    <div className={styles.list}>
      <Caption1>带 * 的为必填列；识别有误时在下拉框中改正。</Caption1>
      {first.map(row)}
      {rest.length > 0 && <Caption1 className={styles.rest}>其他列</Caption1>}
      {rest.map(row)}
    </div>
  );
}
