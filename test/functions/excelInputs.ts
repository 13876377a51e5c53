/**
 * TEST helper: what Excel passes a DUBAN function for an argument cell that holds an error, now
 * that functions.json has "allowErrorForDataTypeAny": true (scripts/functionsMetadata.js;
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#errors-as-custom-function-inputs).
 */

/**
 * A CustomFunctions.Error as office.js's runtime builds one for an error input: the host sends
 * { type: 'CustomFunctionError', code }, and CustomFunctionProxy._transferCustomFunctionError
 * turns it into `new CustomFunctions.Error(code)`. That class extends Error and sets type and
 * basicType 'Error', code and basicValue to the code; the message is empty, since only the code
 * crosses over (office.js 16.0.20308, as vendored by xlwings-server).
 */
export class RuntimeCustomFunctionsError extends Error {
  readonly type = 'Error';
  readonly basicType = 'Error';
  readonly code: string;
  readonly basicValue: string;

  constructor(code: string) {
    super('');
    this.code = code;
    this.basicValue = code;
  }
}

/** An error input as the CustomFunctions runtime delivers it: `#N/A`, `#VALUE!` … with no message. */
export const errorInput = (code: string): unknown => new RuntimeCustomFunctionsError(code);

/**
 * An error input as Excel.ErrorCellValue, the form it takes when data types are on (the metadata
 * plugin writes allowCustomDataForDataTypeAny: true): the cell value's JSON, e.g. for #N/A
 * { type: 'Error', basicType: 'Error', basicValue: '#N/A', errorType: 'NotAvailable' }.
 */
export const errorCellValueInput = (basicValue: string, errorType: string): unknown => ({ type: 'Error', basicType: 'Error', basicValue, errorType });

/** A spill result as Excel then passes it on to another function: each error cell reduced to its code. */
export function asExcelPassesOn(result: unknown[][]): unknown[][] {
  return result.map((row) =>
    row.map((cell) => {
      const code = typeof cell === 'object' && cell !== null ? (cell as { code?: unknown }).code : undefined;
      return typeof code === 'string' ? errorInput(code) : cell;
    }),
  );
}
