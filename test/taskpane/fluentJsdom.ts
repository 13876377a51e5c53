/**
 * TEST setup for Fluent UI under jsdom. jsdom lacks what Fluent's positioning and motion use; and
 * its getComputedStyle walks every CSS rule Griffel inserted, on each of the many calls Tabster and
 * the popup positioning make (seconds per dropdown). Layout is not what these tests check: the
 * element's own style will do.
 */
export function prepareFluentJsdom(): void {
  window.getComputedStyle = ((el: Element) => (el as HTMLElement).style) as typeof window.getComputedStyle;
  class NoResize {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(globalThis, { ResizeObserver: NoResize });
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
