// Stands in for test/fakes/manifestExcelApi.ts in the browser stub's bundle (no file system there):
// webpack.stub.config.js defines the value from manifest.xml.
declare const DUBAN_MANIFEST_EXCEL_API: string;

export const MANIFEST_EXCEL_API: string = DUBAN_MANIFEST_EXCEL_API;
