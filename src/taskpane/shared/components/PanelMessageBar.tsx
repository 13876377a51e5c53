import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { PanelMessage } from '../panelMessage';

export interface PanelMessageBarProps {
  message: PanelMessage | null;
  onDismiss: () => void;
}

/**
 * The one message of a panel: an error naming the cell or setting, or what was done. Brought into
 * view when it appears: the button that caused it may sit far below in a long pane (作废).
 */
export function PanelMessageBar({ message, onDismiss }: PanelMessageBarProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // jsdom has no scrollIntoView.
    if (message !== null) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [message]);
  if (message === null) return null;
  return (
    <MessageBar ref={ref} intent={message.intent} layout="multiline">
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
