import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens, useId, useMergedRefs } from '@fluentui/react-components';
import { useCallback, useEffect, useLayoutEffect, useRef, type FocusEvent, type MouseEvent, type Ref, type RefObject } from 'react';
import type { PanelMessage } from '../panelMessage';

const useStyles = makeStyles({
  // Focused when it is what an action came to: the ring says where the keyboard is.
  bar: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThin } },
});

/** Marks the bar, so that its 关闭 is never remembered as what opened the next message. */
const MESSAGE_ATTRIBUTE = 'data-duban-message';

export interface PanelMessageBarProps {
  message: PanelMessage | null;
  /** 关闭: the panel drops the message. */
  onDismiss: () => void;
  /** Then gives the focus back to what opened the message (usePanelFocus's returnFocus). */
  returnFocus?: () => void;
  /** The bar, for the panel's focus handling to move to when the message is what an action came to. */
  barRef?: Ref<HTMLDivElement>;
}

/**
 * The one message of a panel: an error naming the cell or setting, or what was done. Brought into
 * view when it appears: the button that caused it may sit far below in a long pane (作废). It can
 * take the focus (tabIndex -1), named by its title and described by its text.
 */
export function PanelMessageBar({ message, onDismiss, returnFocus, barRef }: PanelMessageBarProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const merged = useMergedRefs(ref, barRef);
  const textId = useId('duban-message-text');
  useEffect(() => {
    // jsdom has no scrollIntoView.
    if (message !== null) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [message]);
  if (message === null) return null;
  return (
    <MessageBar
      ref={merged}
      className={styles.bar}
      intent={message.intent}
      layout="multiline"
      tabIndex={-1}
      aria-describedby={textId}
      data-duban-message=""
    >
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        <span id={textId}>{message.text}</span>
      </MessageBarBody>
      {/* Under the text (multiline layout), so a 320 px pane keeps its width for the message. */}
      <MessageBarActions>
        <Button
          size="small"
          aria-label="关闭消息"
          onClick={() => {
            onDismiss();
            returnFocus?.();
          }}
        >
          关闭
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * Where an action's outcome takes the focus: a message bar or a result (a card, a group, each
 * focusable with tabIndex -1 and named), back to the control the user acted with ('opener'), or
 * nowhere (null: it stays where it is).
 */
export type FocusTarget = RefObject<HTMLElement | null> | 'opener' | null;

export interface PanelFocus {
  /** Spread on the panel's root: remembers the control last focused or pressed in it (the opener). */
  rootProps: {
    ref: RefObject<HTMLDivElement>;
    onFocus: (event: FocusEvent<HTMLElement>) => void;
    onClickCapture: (event: MouseEvent<HTMLElement>) => void;
  };
  /** After 关闭 on a message: to the control that opened it, or the nearest one still enabled. */
  returnFocus(): void;
}

/** What the keyboard can reach (Fluent's focus helpers, tabster's dummy inputs, aside). */
const TABBABLE = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

const isShown = (el: Element) => el.getClientRects().length > 0;

/** Can take the focus now: in the page, shown, not disabled. */
function isUsable(el: Element | null): el is HTMLElement {
  return el instanceof HTMLElement && el.isConnected && isShown(el) && !el.matches(':disabled, [aria-disabled="true"]');
}

/** The focus is nowhere a user put it: on the body, or on something disabled or gone. */
const isLost = (active: Element | null) => active === null || active === active.ownerDocument.body || !isUsable(active);

/** What the keyboard can reach in `scope` now, the message's own 关闭 aside. */
const reachable = (scope: Element) =>
  [...scope.querySelectorAll(TABBABLE)].filter((el): el is HTMLElement => isUsable(el) && !el.hasAttribute('data-tabster-dummy') && el.closest(`[${MESSAGE_ATTRIBUTE}]`) === null);

/** The last of `candidates` before `element` in the page. */
const lastBefore = (candidates: HTMLElement[], element: Element) =>
  candidates.filter((el) => el.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING).pop() ?? null;

/**
 * The opener, the group or section it sits in, and the control before it when it took the focus
 * (where to go when it is disabled or gone).
 */
interface Opener {
  element: HTMLElement;
  scope: Element;
  previous: HTMLElement | null;
}

/**
 * The control to go back to when the opener is disabled or gone: the nearest enabled one before
 * it in its group or section (once it is gone, the one that was before it), else the first there,
 * else the first in the panel.
 */
function nearestUsable(opener: Opener | null, root: HTMLElement): HTMLElement | null {
  const scope = opener !== null && opener.scope.isConnected && root.contains(opener.scope) ? opener.scope : root;
  const near = reachable(scope);
  if (opener !== null && opener.element.isConnected) {
    const before = lastBefore(near, opener.element);
    if (before !== null) return before;
  } else if (opener !== null && isUsable(opener.previous) && root.contains(opener.previous)) {
    return opener.previous;
  }
  return near[0] ?? reachable(root)[0] ?? null;
}

/**
 * A panel's focus, so that it lands somewhere sensible after each action rather than on the body
 * (a button that disables itself while it runs drops the focus there, and the next Tab starts
 * at the top of the pane).
 *
 * After every change of `state`, `decide(before, after)` names where its outcome goes; the focus
 * moves there only when the user is in this panel (the focus inside it, or lost to the body while
 * the pane has the focus) and the panel is shown, so a ribbon command or another tab never pulls it.
 * When an action ends (`busy` true → false) with no place named and the focus lost (its button was
 * disabled while it ran), the focus goes back to that button; when the control that had the focus
 * is gone with a change (a list read again), to the nearest one left. `returnFocus` (the message's
 * 关闭) goes back to the control the user last acted with, or the nearest one still enabled.
 */
export function usePanelFocus<S>(state: S, busy: boolean, decide: (before: S, after: S) => FocusTarget): PanelFocus {
  const rootRef = useRef<HTMLDivElement>(null);
  const opener = useRef<Opener | null>(null);
  const last = useRef({ state, busy });
  const decideRef = useRef(decide);
  decideRef.current = decide;

  const remember = useCallback((target: EventTarget | null) => {
    const root = rootRef.current;
    if (root === null || !(target instanceof HTMLElement) || !root.contains(target) || target === root) return;
    if (target.closest(`[${MESSAGE_ATTRIBUTE}]`) !== null) return;
    const scope = target.closest('[role="group"], [role="radiogroup"], section');
    opener.current = { element: target, scope: scope !== null && root.contains(scope) ? scope : root, previous: lastBefore(reachable(root), target) };
  }, []);

  const focusOpener = useCallback(() => {
    const root = rootRef.current;
    if (root === null) return;
    const element = opener.current?.element ?? null;
    (isUsable(element) && root.contains(element) ? element : nearestUsable(opener.current, root))?.focus();
  }, []);

  useLayoutEffect(() => {
    const before = last.current;
    last.current = { state, busy };
    const root = rootRef.current;
    if ((before.state === state && before.busy === busy) || root === null || !isShown(root)) return;
    const target = before.state === state ? null : decideRef.current(before.state, state);
    const active = root.ownerDocument.activeElement;
    const lost = isLost(active) && root.ownerDocument.hasFocus();
    // A dialog the panel opened is the panel's too (it is rendered in a portal, outside the root).
    const here = lost || (active !== null && (root.contains(active) || active.closest('[role="dialog"], [role="alertdialog"]') !== null));
    if (target === 'opener') {
      if (here) focusOpener();
    } else if (target !== null) {
      if (here) target.current?.focus();
    } else if (lost && !busy && opener.current !== null && (before.busy || !opener.current.element.isConnected)) {
      // After an action the user started here (not the panel's first read, with nothing pressed
      // yet), or when what had the focus is gone with this change.
      focusOpener();
    }
  });

  return {
    rootProps: {
      ref: rootRef,
      onFocus: (event) => remember(event.target),
      // Safari does not focus a button it clicks: the click says what was pressed.
      onClickCapture: (event) => remember((event.target as Element | null)?.closest?.(TABBABLE) ?? null),
    },
    returnFocus: focusOpener,
  };
}
