import { Badge, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { LedgerColor } from '../../../app/ledgerInputs';

/** The ledger's colors (红/黄/蓝 and 临期), as its 督办状态 column writes them. */
export type EscalationColor = LedgerColor;

type ColorToken = keyof typeof tokens;

/**
 * Each badge's text, fill and border, as Fluent palette tokens: the same hues as the ledger's fills
 * (light fill, dark text), each text on its fill at least 4.5:1 (WCAG AA for the badges' 12 px text;
 * checked over the theme's values in test/browser/badgeContrast.test.ts). 黄 is the gold palette's
 * pair: the yellow palette's dark text on its own fill is only 4.32:1; gold is also nearer the
 * ledger's yellow (FFEB9C).
 */
export const BADGE_TOKENS: Record<EscalationColor, { foreground: ColorToken; background: ColorToken; border: ColorToken }> = {
  红: { foreground: 'colorPaletteRedForeground2', background: 'colorPaletteRedBackground2', border: 'colorPaletteRedBorder2' },
  黄: { foreground: 'colorPaletteGoldForeground2', background: 'colorPaletteGoldBackground2', border: 'colorPaletteGoldBorderActive' },
  蓝: { foreground: 'colorPaletteBlueForeground2', background: 'colorPaletteBlueBackground2', border: 'colorPaletteBlueBorderActive' },
  // 临期: a reminder, not a notice; pale teal as in the ledger.
  临期: { foreground: 'colorPaletteLightTealForeground2', background: 'colorPaletteLightTealBackground2', border: 'colorPaletteLightTealBorderActive' },
};

const style = (color: EscalationColor) => {
  const t = BADGE_TOKENS[color];
  return { backgroundColor: tokens[t.background], color: tokens[t.foreground], ...shorthands.borderColor(tokens[t.border]) };
};

const useStyles = makeStyles({
  红: style('红'),
  黄: style('黄'),
  蓝: style('蓝'),
  临期: style('临期'),
});

export interface ColorBadgeProps {
  color: EscalationColor;
  className?: string;
  children?: ReactNode;
}

/** A 红/黄/蓝 (or 临期) badge in the ledger's colors (the text says the color too, for who cannot see it). */
export function ColorBadge({ color, className, children }: ColorBadgeProps) {
  const styles = useStyles();
  return (
    <Badge appearance="tint" shape="rounded" className={mergeClasses(styles[color], className)}>
      {children ?? color}
    </Badge>
  );
}
