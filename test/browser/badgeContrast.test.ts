/**
 * The 红/黄/蓝/临期 badges' text on their fill, as the pane's theme (webLightTheme) draws them: at
 * least 4.5:1 (WCAG 2 AA for their 12 px text). axe cannot judge a one-character text (红) on the
 * page, so the token pairs are checked here too.
 */
import { webLightTheme } from '@fluentui/react-components';
import { BADGE_TOKENS } from '../../src/taskpane/shared/components/ColorBadge';
import { contrastRatio } from './a11y';

describe('the ledger colour badges', () => {
  it.each(Object.entries(BADGE_TOKENS))('%s: its text on its fill is at least 4.5:1', (_, pair) => {
    const [text, fill] = [String(webLightTheme[pair.foreground]), String(webLightTheme[pair.background])];
    expect(`${text} on ${fill}`).toMatch(/^#[0-9a-f]{6} on #[0-9a-f]{6}$/i);
    expect(contrastRatio(text, fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('works the ratio out as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // The yellow palette's own pair, the 黄 badge before: 4.32:1.
    expect(contrastRatio(webLightTheme.colorPaletteYellowForeground2, webLightTheme.colorPaletteYellowBackground2)).toBeCloseTo(4.32, 2);
  });
});
