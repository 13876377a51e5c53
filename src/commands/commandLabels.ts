/**
 * Ribbon commands' labels by their manifest <FunctionName>: a failure is reported under the name
 * of the button the user clicked.
 */
export const COMMAND_LABELS: Readonly<Record<string, string>> = {
  applyColors: '重新着色',
  monthlyBulletin: '生成本月通报',
};
