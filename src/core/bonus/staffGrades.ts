/**
 * 年度考核等次. 公务员 are rated 优秀/称职/基本称职/不称职, 事业单位 staff 优秀/合格/基本合格/不合格;
 * new staff may be 不定等次. The plan (§22) covers both, so both vocabularies are known.
 */
export const STAFF_GRADES: readonly string[] = ['优秀', '称职', '基本称职', '不称职', '合格', '基本合格', '不合格', '不定等次'];

const UNSATISFACTORY = new Set(['不称职', '不合格']);

/**
 * Whether a grade sends its holder to tier 3 whatever their rank (SPEC §7).
 *
 * @example
 * isUnsatisfactory('不合格') // → true
 * isUnsatisfactory('基本称职') // → false
 */
export function isUnsatisfactory(grade: string | null): boolean {
  return grade !== null && UNSATISFACTORY.has(grade);
}
