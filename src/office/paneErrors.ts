/**
 * In the shared runtime the ribbon commands and the task pane live in one page but in separate
 * bundles, so they share the window, not module state: a command's failure reaches the pane's
 * message bar as a DOM event. A message posted before the pane subscribed (the pane is still
 * rendering) waits on the target and is delivered on subscription.
 */
const PANE_ERROR_EVENT = 'duban:pane-error';
/** A registry symbol: the same key from both bundles. */
const PENDING = Symbol.for('duban.pendingPaneErrors');

type WithPending = EventTarget & { [PENDING]?: string[] };

export function postPaneError(target: EventTarget, message: string): void {
  // Cancelable: a subscriber calls preventDefault() to say it took the message.
  const delivered = !target.dispatchEvent(new CustomEvent<string>(PANE_ERROR_EVENT, { detail: message, cancelable: true }));
  if (!delivered) ((target as WithPending)[PENDING] ??= []).push(message);
}

/** Calls `listener` with each posted message, waiting ones first; returns the unsubscribe function. */
export function subscribePaneErrors(target: EventTarget, listener: (message: string) => void): () => void {
  const handle = (event: Event) => {
    event.preventDefault();
    listener((event as CustomEvent<string>).detail);
  };
  target.addEventListener(PANE_ERROR_EVENT, handle);
  const waiting = (target as WithPending)[PENDING];
  if (waiting !== undefined) {
    delete (target as WithPending)[PENDING];
    for (const message of waiting) listener(message);
  }
  return () => target.removeEventListener(PANE_ERROR_EVENT, handle);
}
