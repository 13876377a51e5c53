/**
 * The maximum digit width, in pixels, of the default font of a Chinese Excel (等线 / 宋体 11),
 * which is the unit a column width in characters is counted in.
 */
export const DEFAULT_MAX_DIGIT_WIDTH_PX = 8;

/**
 * A column width in characters — the unit of an .xlsx file and of SheetModel.columnWidths — as
 * the points Office.js takes for format.columnWidth. OOXML's rule for the pixels of a stored width
 * (ECMA-376 §18.3.1.13) is trunc(((256·w + trunc(128/mdw)) / 256) · mdw); a pixel is 0.75 pt at 96 dpi.
 * So both adapters give the same column on screen: 12 characters → 96 px → 72 pt.
 */
export function columnWidthToPoints(characters: number, maxDigitWidth = DEFAULT_MAX_DIGIT_WIDTH_PX): number {
  if (!(characters > 0)) return 0;
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / maxDigitWidth)) / 256) * maxDigitWidth);
  return pixels * 0.75;
}
