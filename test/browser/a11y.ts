/**
 * TEST helpers of the browser test for what a keyboard, a screen reader or a zoomed pane relies on:
 * axe-core over the page, the 200% zoom reflow check, Tab-walking to a control and waiting for
 * the focus to land, and the contrast ratio of two colours (WCAG 2's formula).
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** One axe rule broken, with the elements that break it (selector and axe's summary). */
export interface AxeFinding {
  rule: string;
  nodes: string[];
}

/**
 * axe-core 4 over the whole page (its script injected once per page load), once the transitions
 * under way have ended: a button caught halfway between two appearances (primary ↔ secondary)
 * has colours that it never rests in, and axe measures what is drawn.
 *
 * Two adjustments to what axe says, and only two:
 * - `aria-hidden-focus` on tabster's dummy inputs (`<i tabindex="0" aria-hidden="true"
 *   data-tabster-dummy>`) is left out: Fluent's focus helpers put them at the edges of the tab list
 *   and of dialogs to move the focus along, on purpose, and they never keep it. A documented false
 *   positive: https://github.com/microsoft/tabster/issues/288 (and, for Fluent's TabList,
 *   https://github.com/microsoft/fluentui/issues/25133). Any other element breaking the rule counts.
 * - `color-contrast` results axe could not decide because the text is one or two characters
 *   (红, 黄, 蓝: `shortTextContent`) are decided here with the colours axe measured: below the
 *   ratio axe expected, they count as broken. Those badges are exactly what must be readable.
 */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2_000)),
    ]),
  );
  return page.evaluate(async () => {
    type Node = { target: unknown[]; failureSummary?: string; element?: Element; any: Array<{ data?: { messageKey?: string; contrastRatio?: number; expectedContrastRatio?: string; fgColor?: string; bgColor?: string } | null }> };
    type Result = { id: string; nodes: Node[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Result[]; incomplete: Result[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations', 'incomplete'], elementRef: true });
    const describe = (n: Node, why: string) => `${n.target.join(' ')}: ${why}`;
    const findings: Array<{ rule: string; nodes: string[] }> = [];
    for (const v of results.violations) {
      const nodes = v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && n.element?.matches('[data-tabster-dummy]')));
      if (nodes.length > 0) findings.push({ rule: v.id, nodes: nodes.map((n) => describe(n, (n.failureSummary ?? '').replace(/\s+/g, ' '))) });
    }
    const short = results.incomplete
      .filter((r) => r.id === 'color-contrast')
      .flatMap((r) => r.nodes)
      .flatMap((n) => {
        const data = n.any.find((a) => a.data?.messageKey === 'shortTextContent')?.data;
        if (!data || data.contrastRatio === undefined) return [];
        const expected = parseFloat(data.expectedContrastRatio ?? '4.5');
        return data.contrastRatio < expected
          ? [describe(n, `「${n.element?.textContent ?? ''}」 ${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}:1 < ${expected}:1`)]
          : [];
      });
    if (short.length > 0) findings.push({ rule: 'color-contrast (short text)', nodes: short });
    return findings;
  });
}

/** How the pane lays out at 200% zoom, and what sticks out. */
export interface Reflow {
  /** Horizontal scrolling of the page: scrollWidth − clientWidth (0 = none). */
  scroll: number;
  /** Elements drawn (partly) outside the pane, by tag, class and text. */
  outside: string[];
}

/**
 * The pane at 200% zoom: Chromium's zoom scales CSS pixels to 2 device pixels, so a 320 px pane
 * lays out exactly as a 160-CSS-pixel-wide viewport (what media and container queries see, what
 * wraps). The viewport is set to that width (the same page, so the results on it stay), `check`
 * runs, and the viewport is put back. A screenshot of the zoomed view is saved to `screenshot`.
 */
export async function atZoom200<T>(page: Page, screenshot: string | null, check: () => Promise<T>): Promise<{ reflow: Reflow; checked: T }> {
  const size = page.viewportSize() ?? { width: 320, height: 800 };
  await page.setViewportSize({ width: size.width / 2, height: size.height });
  try {
    // Two frames: the resize, then what the container queries and ResizeObservers made of it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const reflow = await page.evaluate((): Reflow => {
      const { scrollWidth, clientWidth } = document.documentElement;
      const sticksOut = (r: DOMRect) => r.right > clientWidth + 0.5 || r.left < -0.5;
      // What an ancestor inside the pane clips (a visually hidden table head) is not drawn outside it.
      const clippedInside = (el: Element) => {
        for (let a = el.parentElement; a !== null && a !== document.body; a = a.parentElement) {
          const style = getComputedStyle(a);
          if ((style.overflowX !== 'visible' || style.clipPath !== 'none') && !sticksOut(a.getBoundingClientRect())) return true;
        }
        return false;
      };
      // A region clipped to nothing (the live-region announcer, visually hidden text) draws nothing anywhere.
      const clippedAway = (el: Element) => {
        const style = getComputedStyle(el);
        return style.clip === 'rect(0px, 0px, 0px, 0px)' || /inset\(50%\)/.test(style.clipPath);
      };
      const outside = [...document.body.querySelectorAll('*')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && sticksOut(r) && !clippedAway(el) && !clippedInside(el);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} 「${(el.textContent ?? '').slice(0, 20)}」`);
      return { scroll: scrollWidth - clientWidth, outside: outside.slice(0, 10) };
    });
    const checked = await check();
    if (screenshot !== null) await page.screenshot({ path: screenshot, animations: 'disabled', fullPage: true });
    return { reflow, checked };
  } finally {
    await page.setViewportSize(size);
  }
}

/** The focused element as a person would name it: `role「name」`. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return 'body';
    const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
    const labelledBy = el.getAttribute('aria-labelledby');
    const labels = (el as HTMLInputElement).labels;
    const label =
      el.getAttribute('aria-label') ??
      (labels && labels.length > 0 ? (labels[0].textContent ?? '') : null) ??
      (labelledBy
        ? labelledBy
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : (el.textContent ?? ''));
    return `${role}「${label.trim().slice(0, 40)}」`;
  });
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement, undefined, { timeout: 5_000 });

/**
 * Waits until `target` has the focus (an action's outcome lands a little after the key), failing
 * with what has it instead.
 */
export async function expectFocus(page: Page, target: Locator, timeout = 5_000): Promise<void> {
  for (const until = Date.now() + timeout; ; await new Promise((r) => setTimeout(r, 25))) {
    if (await isFocused(target)) return;
    if (Date.now() > until) {
      const expected = await target.evaluate((el) => `${el.getAttribute('role') ?? el.tagName.toLowerCase()}「${(el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 40)}」`);
      throw new Error(`expected the focus on ${expected}, it is on ${await focusedName(page)}`);
    }
  }
}

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has the focus, as a keyboard user walks the
 * pane; fails after `max` presses, naming where the focus went.
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  const seen: string[] = [];
  for (let n = 0; n <= max; n++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (seen.length < 12) seen.push(await focusedName(page));
  }
  throw new Error(`${max} × ${back ? 'Shift+Tab' : 'Tab'} did not reach the target; the focus went ${seen.join(' → ')} …`);
}

/** Types `text` over what the focused text box holds (Ctrl+A selects it all first). */
export async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/**
 * Picks `option` in the Fluent dropdown `combobox` (which has the focus) from the keyboard: Alt+↓
 * opens it, ↓/↑ walk the options, Enter picks the one named `option` and closes the list.
 */
export async function chooseWithKeys(page: Page, combobox: Locator, option: string): Promise<void> {
  await page.keyboard.press('Alt+ArrowDown');
  const active = () =>
    combobox.evaluate((el) => {
      const id = el.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.textContent ?? '') : null;
    });
  for (let i = 0; i < 2; i++) {
    for (let n = 0; n < 40; n++) {
      if ((await active()) === option) {
        await page.keyboard.press('Enter');
        return;
      }
      await page.keyboard.press(i === 0 ? 'ArrowDown' : 'ArrowUp');
    }
  }
  throw new Error(`the dropdown has no option 「${option}」`);
}
