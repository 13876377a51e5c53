/**
 * The years a date typed by a person (the CLI's --as-of, the pane's 截止日期) may name. Wider
 * than what Excel stores (1900–9999) on purpose: a typo such as 2100 or 1020 would date every
 * notice wrongly, and a year still being typed (0002 on the way to 2020) must not reach the
 * rules, whose period arithmetic has no month before the year 1.
 */
export const PLAUSIBLE_YEARS = { earliest: 1900, latest: 2099 } as const;

/**
 * Whether `year` lies in PLAUSIBLE_YEARS.
 *
 * @example
 * isPlausibleYear(2020) // → true
 * isPlausibleYear(2100) // → false
 * isPlausibleYear(2) // → false
 */
export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= PLAUSIBLE_YEARS.earliest && year <= PLAUSIBLE_YEARS.latest;
}
