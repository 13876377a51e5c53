import { Caption1, Dropdown, Field, Input, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { SettingView } from '../../app/settingsView';

const useStyles = makeStyles({
  control: { minWidth: 0, width: '100%' },
  hint: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

export interface SettingFieldProps {
  setting: SettingView;
  /** Not editable here (no 规则设置 sheet in force). */
  disabled: boolean;
  /** This setting's edit is being written. */
  saving: boolean;
  /** Why its last edit was refused; undefined when it was not. */
  refusal: string | undefined;
  /** The value as typed, committed (Enter, leaving the field, a choice picked). */
  onCommit: (text: string) => void;
  /** The user typed again after a refusal. */
  onEdit: () => void;
}

/**
 * One setting: its label, its value (a dropdown for a choice, else a text box), its default and
 * what it means. What is typed is kept here until committed; a refused value stays as typed, with
 * the reason under it, and the value in force is unchanged.
 */
export function SettingField({ setting, disabled, saving, refusal, onCommit, onEdit }: SettingFieldProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(setting.value);
  /** What was last committed of this draft: leaving the field after Enter does not write it twice. */
  const committed = useRef<string | null>(null);
  useEffect(() => {
    setDraft(setting.value);
    committed.current = null;
  }, [setting.value]);

  const commit = (text: string) => {
    if (text === committed.current || (text.trim() === setting.value && refusal === undefined)) return;
    committed.current = text;
    onCommit(text);
  };
  const edit = (text: string) => {
    setDraft(text);
    committed.current = null;
    if (refusal !== undefined) onEdit();
  };

  const defaultText = setting.defaultValue === '' ? '（空白）' : setting.defaultValue;
  const hint = (
    <span className={styles.hint}>
      {setting.note !== '' && <Caption1>{setting.note}</Caption1>}
      <Caption1>默认：{defaultText}</Caption1>
    </span>
  );
  return (
    <Field
      label={setting.label}
      hint={hint}
      validationState={refusal !== undefined ? 'error' : 'none'}
      validationMessage={refusal ?? (saving ? '正在写入…' : undefined)}
    >
      {setting.choices !== undefined ? (
        <Dropdown
          className={styles.control}
          value={draft}
          selectedOptions={[draft]}
          disabled={disabled}
          onOptionSelect={(_, data) => {
            if (data.optionValue === undefined) return;
            edit(data.optionValue);
            commit(data.optionValue);
          }}
        >
          {setting.choices.map((choice) => (
            <Option key={choice} value={choice}>
              {choice}
            </Option>
          ))}
        </Dropdown>
      ) : (
        <Input
          className={styles.control}
          value={draft}
          disabled={disabled}
          inputMode={setting.numeric ? 'numeric' : undefined}
          onChange={(_, data) => edit(data.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(draft);
          }}
          onBlur={() => commit(draft)}
        />
      )}
    </Field>
  );
}
