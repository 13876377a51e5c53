// Bundles the office.js test stub (officeStub.ts + the fake Excel) into one browser script for
// the browser test: `webpack --config test/browser/webpack.stub.config.js --env out=<dir>`.
const path = require('node:path');

module.exports = (env) => ({
  mode: 'development',
  devtool: false,
  target: 'web',
  entry: path.resolve(__dirname, 'officeStub.ts'),
  output: { path: path.resolve(env.out), filename: 'officeStub.js' },
  resolve: { extensions: ['.ts', '.js'] },
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
