import { Caption1, Dropdown, Field, Option, makeStyles } from '@fluentui/react-components';
import type { ColumnMapping } from '../../core/ledger/detectLedger';
import { DateField } from '../shared/components/DateField';

const useStyles = makeStyles({
  control: { minWidth: 0, width: '100%' },
});

export interface SheetSectionProps {
  sheets: string[];
  sheet: string | null;
  mapping: ColumnMapping | null;
  /** The 截止日期 as typed (2020/7/1, 2020年7月1日 …); the field says itself why it is not a date yet. */
  asOf: string;
  /** Whether asOf names a date: the panel's own check, with the field's reader (readTypedDate). */
  asOfValid: boolean;
  disabled: boolean;
  onChooseSheet: (sheet: string) => void;
  onAsOf: (asOf: string) => void;
}

const rows = (first: number, last: number) => (first === last ? `第 ${first} 行` : `第 ${first}–${last} 行`);

/** Which sheet is the ledger, where its header is, and the date the colors are worked out for. */
export function SheetSection(props: SheetSectionProps) {
  const styles = useStyles();
  const { mapping } = props;
  const headerText =
    mapping === null
      ? '未找到表头'
      : `表头：${rows(mapping.headerRows[0], mapping.headerRows[mapping.headerRows.length - 1])}；` +
        (mapping.lastDataRow >= mapping.firstDataRow ? `数据：${rows(mapping.firstDataRow, mapping.lastDataRow)}` : '暂无数据行');
  return (
    <>
      <Field label="台账工作表" hint={props.sheet === null ? undefined : <Caption1>{headerText}</Caption1>}>
        <Dropdown
          className={styles.control}
          value={props.sheet ?? ''}
          selectedOptions={props.sheet === null ? [] : [props.sheet]}
          placeholder="选择工作表"
          disabled={props.disabled}
          onOptionSelect={(_, data) => {
            if (data.optionValue !== undefined && data.optionValue !== props.sheet) props.onChooseSheet(data.optionValue);
          }}
        >
          {props.sheets.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <DateField label="截止日期" hint="按此日期计算蓝、黄、红；默认今天（北京时间）" value={props.asOf} disabled={props.disabled} onChange={props.onAsOf} />
    </>
  );
}
