import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { errorReason } from '../../../app/errorReason';

export interface PanelErrorBoundaryProps {
  children: ReactNode;
}

interface PanelErrorBoundaryState {
  /** What the panel threw while rendering; null while it renders. */
  error: unknown;
  failed: boolean;
  /** Bumped by 重试: the panel mounts afresh (its own state reset), not just rendered again. */
  attempt: number;
}

/**
 * One tab's panel, kept apart from the others: a render error in it shows 「此页出错了：<原因>」
 * with 重试 in its place, instead of React unmounting the whole pane (a white task pane, the tab
 * row gone, the reason only in a console the user never sees). 重试 mounts the panel again. React
 * needs a class for this: an error boundary has no hook form.
 */
export class PanelErrorBoundary extends Component<PanelErrorBoundaryProps, PanelErrorBoundaryState> {
  override state: PanelErrorBoundaryState = { error: null, failed: false, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<PanelErrorBoundaryState> {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Shown in the panel; also logged with the component stack, for whoever opens the developer tools.
    console.error('任务窗格的一页出错了', error, info.componentStack);
  }

  private readonly retry = () => this.setState((s) => ({ error: null, failed: false, attempt: s.attempt + 1 }));

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>此页出错了：</MessageBarTitle>
            {errorReason(this.state.error) || '未知错误'}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={this.retry}>
              重试
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    }
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
