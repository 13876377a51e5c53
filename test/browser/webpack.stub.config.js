// Bundles the office.js test stub (officeStub.ts + the fake Excel) into one browser script for
// the browser test: `webpack --config test/browser/webpack.stub.config.js --env out=<dir>`.
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');

// The fake Excel takes its ExcelApi version from manifest.xml; in the browser that is read here.
const manifest = fs.readFileSync(path.resolve(__dirname, '..', '..', 'manifest.xml'), 'utf8');
const excelApi = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(manifest)?.[1] ?? '1.1';

module.exports = (env) => ({
  mode: 'development',
  devtool: false,
  target: 'web',
  entry: path.resolve(__dirname, 'officeStub.ts'),
  output: { path: path.resolve(env.out), filename: 'officeStub.js' },
  resolve: { extensions: ['.ts', '.js'] },
  plugins: [
    new webpack.NormalModuleReplacementPlugin(/[\\/]manifestExcelApi$/, path.resolve(__dirname, 'manifestExcelApi.browser.ts')),
    new webpack.DefinePlugin({ DUBAN_MANIFEST_EXCEL_API: JSON.stringify(excelApi) }),
  ],
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } },
      },
    ],
  },
});
