import { Badge, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { LedgerColor } from '../../../app/ledgerInputs';

/** The ledger's colors (红/黄/蓝 and 临期), as its 督办状态 column writes them. */
export type EscalationColor = LedgerColor;

const useStyles = makeStyles({
  // The same hues as the ledger's fills (light fill, dark text), from Fluent's palette tokens.
  红: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2, ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  黄: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorPaletteYellowForeground2,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder2),
  },
  蓝: { backgroundColor: tokens.colorPaletteBlueBackground2, color: tokens.colorPaletteBlueForeground2, ...shorthands.borderColor(tokens.colorPaletteBlueBorderActive) },
  // 临期: a reminder, not a notice; pale teal as in the ledger.
  临期: {
    backgroundColor: tokens.colorPaletteLightTealBackground2,
    color: tokens.colorPaletteLightTealForeground2,
    ...shorthands.borderColor(tokens.colorPaletteLightTealBorderActive),
  },
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
