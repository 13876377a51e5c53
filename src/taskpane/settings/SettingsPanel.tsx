import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { PanelMessageBar, usePanelFocus } from '../shared/components/PanelMessageBar';
import type { PaneDeps } from '../shared/paneDeps';
import { HolidaySection } from './HolidaySection';
import { RulesSection } from './RulesSection';
import { useSettingsPanel } from './useSettingsPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

export interface SettingsPanelProps {
  deps: Pick<PaneDeps, 'port' | 'ui' | 'settings'>;
  /** The tab is shown: the settings are read again. */
  active: boolean;
  /** A setting or the working calendar was changed here: the ledger panel reads the rules again. */
  onRulesChanged: () => void | Promise<void>;
}

/**
 * 设置: the rules in force (规则设置, editable once the sheet exists) and the year's holiday notice
 * (节假日安排). The focus goes to the message of 创建规则设置表, 写入 or a failure (关闭 takes it
 * back), to the preview after 预览; a setting written keeps it in its field, so the next can be edited.
 */
export function SettingsPanel({ deps, active, onRulesChanged }: SettingsPanelProps) {
  const styles = useStyles();
  const panel = useSettingsPanel({ port: deps.port, settings: deps.settings, ui: deps.ui, onRulesChanged }, active);
  const { state, actions } = panel;
  const messageRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLElement>(null);
  const busy = state.loading || state.creating || state.holiday.writing;
  const focus = usePanelFocus(state, busy, (before, after) => {
    const { message } = after;
    if (message !== null && message !== before.message) {
      const saved = after.saving.length < before.saving.length;
      return saved && message.intent === 'success' ? null : messageRef;
    }
    if (after.holiday.preview !== null && after.holiday.preview !== before.holiday.preview) return previewRef;
    return null;
  });
  return (
    <div className={styles.root} {...focus.rootProps}>
      <PanelMessageBar
        message={state.message}
        barRef={messageRef}
        onDismiss={actions.dismissMessage}
        returnFocus={focus.returnFocus}
      />
      <RulesSection
        rules={state.rules}
        loading={state.loading}
        canEdit={panel.canEdit}
        canCreate={panel.canCreateSheet}
        creating={state.creating}
        saving={state.saving}
        refusals={state.refusals}
        onCreate={() => void actions.createSheet()}
        onOpenSheet={() => void actions.openSettingsSheet()}
        onCommit={(path, text) => void actions.changeSetting(path, text)}
        onEdit={actions.clearRefusal}
        onSelectProblem={(sheet, cell) => void actions.selectCell(sheet, cell)}
      />
      <Divider />
      <HolidaySection
        previewRef={previewRef}
        holiday={state.holiday}
        canWrite={panel.canWriteNotice}
        onText={actions.setNoticeText}
        onPreview={actions.previewNotice}
        onWrite={() => void actions.writeNotice()}
      />
    </div>
  );
}
