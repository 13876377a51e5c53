/** Years as runs, for display: [2019, 2020, 2021, 2023] → '2019–2021年、2023年'. */
export function formatYearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(i === j ? `${sorted[i]}年` : `${sorted[i]}–${sorted[j]}年`);
    i = j + 1;
  }
  return runs.length > 0 ? runs.join('、') : '无';
}
