/** Why a file could not be opened, in words for the user (the CLI prints it and exits 2). */
export class WorkbookOpenError extends Error {}
