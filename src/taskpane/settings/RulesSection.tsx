import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Field,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { ProblemList } from '../shared/components/ProblemList';
import { SETTINGS_SHEET_NAME } from './settingsPanelActions';
import type { RulesView } from './settingsPanelState';
import { SettingField } from './SettingField';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  source: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS },
  header: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', textAlign: 'start' },
  // Flush with the other sections' left edge (the header button is padded by default).
  button: { paddingLeft: 0, paddingRight: 0 },
  panel: { marginLeft: 0, marginRight: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
});

export interface RulesSectionProps {
  /** null until the settings were read. */
  rules: RulesView | null;
  loading: boolean;
  canEdit: boolean;
  canCreate: boolean;
  creating: boolean;
  saving: readonly string[];
  refusals: Readonly<Record<string, string>>;
  onCreate: () => void;
  onOpenSheet: () => void;
  onCommit: (path: string, text: string) => void;
  onEdit: (path: string) => void;
  onSelectProblem: (sheet: string, cell: string) => void;
}

/** Where the settings in force come from, in words. */
function sourceText(rules: RulesView): string {
  switch (rules.source) {
    case 'sheet':
      return `按本工作簿「${SETTINGS_SHEET_NAME}」工作表`;
    case 'preset':
      return `本工作簿没有「${SETTINGS_SHEET_NAME}」工作表，按预设“${rules.settings.rules.name}”`;
    case 'legacy':
      return `按本工作簿旧版保存的设置（未能移到「${SETTINGS_SHEET_NAME}」工作表，原因见下方问题）`;
  }
}

/** 规则设置: where the rules come from, what could not be read, and every setting by SPEC's groups. */
export function RulesSection(props: RulesSectionProps) {
  const styles = useStyles();
  const headingId = useId('duban-rules');
  const { rules } = props;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        规则设置
      </Subtitle2>
      {rules === null && props.loading && (
        <Field label="正在读取规则设置…" validationState="none">
          <ProgressBar />
        </Field>
      )}
      {rules !== null && (
        <>
          <div className={styles.source}>
            <Body1>{sourceText(rules)}</Body1>
            {rules.source === 'sheet' && (
              <Button size="small" appearance="subtle" onClick={props.onOpenSheet}>
                转到「{SETTINGS_SHEET_NAME}」工作表
              </Button>
            )}
            {rules.source === 'preset' && (
              <>
                <Caption1>创建规则设置表后，即可在本页或该表中修改各项设置；设置随工作簿保存，功能区命令和命令行也按它办理。</Caption1>
                <Button appearance="primary" disabled={!props.canCreate} onClick={props.onCreate}>
                  {props.creating ? '正在创建…' : '创建规则设置表'}
                </Button>
              </>
            )}
          </div>
          <ProblemList problems={rules.problems} sheet={null} onSelect={props.onSelectProblem} />
          {rules.source === 'sheet' && <Caption1>点击分组展开。修改后按回车或离开输入框即写入该表；留空即用默认值。</Caption1>}
          <Accordion multiple collapsible>
            {rules.groups.map((group) => (
              <AccordionItem key={group.key} value={group.key}>
                <AccordionHeader as="h3" expandIconPosition="end" button={{ className: styles.button }}>
                  <span className={styles.header}>
                    <span>{group.title}</span>
                    <Caption1>
                      {group.clause}；{group.settings.length} 项
                    </Caption1>
                  </span>
                </AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  {group.settings.map((setting) => (
                    <SettingField
                      key={setting.path}
                      setting={setting}
                      disabled={!props.canEdit}
                      saving={props.saving.includes(setting.path)}
                      refusal={props.refusals[setting.path]}
                      onCommit={(text) => props.onCommit(setting.path, text)}
                      onEdit={() => props.onEdit(setting.path)}
                    />
                  ))}
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
    </section>
  );
}
