/**
 * The part of Excel's custom functions runtime (the CustomFunctions global, provided by
 * office.js in the shared runtime) that this add-in uses. The full typings are the npm package
 * @types/custom-functions-runtime; these few lines spare a dependency and a tsconfig entry.
 */
declare namespace CustomFunctions {
  /** Thrown by a custom function, it shows in the cell as the error code (#VALUE! …) with the message. */
  class Error {
    constructor(errorCode?: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }

  enum ErrorCode {
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
    divisionByZero = '#DIV/0!',
    invalidNumber = '#NUM!',
    nullReference = '#NULL!',
    invalidName = '#NAME?',
    invalidReference = '#REF!',
  }

  /** Binds a function to its id in functions.json (the metadata plugin emits these calls). */
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;
}
