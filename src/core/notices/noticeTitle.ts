import type { NoticeColor } from '../rules/ruleSet';
import { COLOR_CHAR } from './noticeNumber';

/**
 * `湘阴县人民政府督查室 蓝色督办单` (SPEC §4): the office (a setting) and the color.
 *
 * @example
 * noticeTitle('湘阴县人民政府督查室', 'blue') // → '湘阴县人民政府督查室 蓝色督办单'
 */
export function noticeTitle(office: string, color: NoticeColor): string {
  return `${office} ${COLOR_CHAR[color]}色督办单`;
}
