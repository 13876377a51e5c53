import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PanelMessage } from '../panelState';

export interface PanelMessageBarProps {
  message: PanelMessage | null;
  onDismiss: () => void;
}

/** The one message of the pane: an error naming the cell or setting, or what was done. */
export function PanelMessageBar({ message, onDismiss }: PanelMessageBarProps) {
  if (message === null) return null;
  return (
    <MessageBar intent={message.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        {message.text}
      </MessageBarBody>
      {/* Under the text (multiline layout), so a 320 px pane keeps its width for the message. */}
      <MessageBarActions>
        <Button size="small" aria-label="关闭消息" onClick={onDismiss}>
          关闭
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
