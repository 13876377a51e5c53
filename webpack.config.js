// Builds the add-in into dist/: taskpane.html (the shared runtime page), taskpane.js,
// functions.js + functions.json (custom functions metadata from JSDoc), commands.js,
// the icons and the manifest.
//   DUBAN_ADDIN_URL=https://… npm run build   production bundle, and dist/manifest.xml pointing there
//   npm run build                             production bundle only (no deployable manifest)
//   npm run dev-server                        https://localhost:3000 for sideloading manifest.xml
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { AllowErrorArgumentsPlugin } = require('./scripts/functionsMetadata');

const DEV_SERVER_PORT = 3000;
/** manifest.xml in the repo is the dev manifest: every address in it starts with this. */
const DEV_BASE = `https://localhost:${DEV_SERVER_PORT}/`;

/**
 * Where the production manifest sends Office: the county's own https server that hosts dist/,
 * from DUBAN_ADDIN_URL. Unset: no deployable manifest is written (localhost belongs to the dev
 * manifest only, and the project has no address of its own to put there).
 */
function deploymentBase() {
  const raw = process.env.DUBAN_ADDIN_URL;
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`DUBAN_ADDIN_URL 不是有效网址：${raw} / DUBAN_ADDIN_URL is not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`DUBAN_ADDIN_URL 必须使用 https：${raw} / DUBAN_ADDIN_URL must use https: ${raw}`);
  if (url.search || url.hash) throw new Error(`DUBAN_ADDIN_URL 不应带 ? 或 #：${raw} / DUBAN_ADDIN_URL must not have a query or fragment: ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The manifest to copy into dist/: as is for development, re-pointed for production, or none. */
function manifestPatterns(production) {
  if (!production) return [{ from: 'manifest.xml', to: 'manifest.xml' }];
  const base = deploymentBase();
  if (base === null) {
    console.log(
      [
        '注意：未设置 DUBAN_ADDIN_URL，dist/ 中不生成正式清单（manifest.xml）。部署时请设置为托管 dist/ 的 https 地址，',
        '  例如 DUBAN_ADDIN_URL=https://<你的服务器>/duban/ npm run build；本机旁加载用仓库中的开发清单 manifest.xml。',
        'Note: DUBAN_ADDIN_URL is not set, so dist/ gets no deployable manifest. Set it to the https address that serves',
        '  dist/ when deploying; sideload the repo’s dev manifest manifest.xml with npm run dev-server.',
      ].join('\n'),
    );
    return [];
  }
  return [{ from: 'manifest.xml', to: 'manifest.xml', transform: (content) => content.toString().split(DEV_BASE).join(base) }];
}

/**
 * HTTPS for the dev server. Office only loads add-ins over https, and Excel desktop only trusts
 * the certificates made by office-addin-dev-certs; without them we fall back to a self-signed
 * certificate (enough for Excel on the web after accepting it once in the browser).
 */
function devServerHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (Object.values(paths).every((p) => fs.existsSync(p))) {
    return {
      type: 'https',
      options: Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)])),
    };
  }
  console.warn(
    [
      '',
      `未找到 Office 开发证书（${dir}）。运行 \`npx office-addin-dev-certs install\` 安装受信任的 localhost 证书；`,
      '现在使用自签名证书：先在浏览器打开 https://localhost:3000/taskpane.html 并接受证书，Excel 网页版即可加载。',
      `Office dev certificates not found in ${dir}. Run \`npx office-addin-dev-certs install\` to install`,
      'a trusted localhost certificate. Using a self-signed one for now: open https://localhost:3000/taskpane.html',
      'in the browser once and accept it, then Excel on the web can load the add-in.',
      '',
    ].join('\n'),
  );
  return { type: 'https' };
}

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  return {
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: './src/functions/functions.ts',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    // The shared runtime page loads the ribbon's and the pane's bundles together: what both use
    // (the core, the use cases, the Office adapter) is sent once, in shared.js. functions.js stays
    // whole, since the manifest also names it on its own (Functions.Script.Url).
    optimization: {
      splitChunks: {
        cacheGroups: {
          shared: {
            name: 'shared',
            chunks: (chunk) => chunk.name === 'commands' || chunk.name === 'taskpane',
            minChunks: 2,
            enforce: true,
          },
        },
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type errors are `npm run typecheck`'s job; ES modules let webpack tree-shake Fluent.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext' } },
          },
        },
      ],
    },
    plugins: [
      // Writes functions.json from the JSDoc @customfunction tags and appends the
      // CustomFunctions.associate(id, fn) calls to functions.ts.
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: './src/functions/functions.ts',
      }),
      // Then adds "allowErrorForDataTypeAny": true, which the JSDoc cannot express, so that one
      // error cell in a range reaches the functions instead of failing the whole call; fails the
      // build when functions.json is missing or empty (scripts/functionsMetadata.js).
      new AllowErrorArgumentsPlugin({ output: 'functions.json' }),
      // Shared runtime: this one page hosts the task pane, the custom functions and the
      // ribbon commands, so it loads all three bundles (functions first, to register early).
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'commands', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          ...manifestPatterns(production),
        ],
      }),
    ],
    performance: {
      // React + Fluent UI make a task pane bundle of several hundred kB; warn only past 1.5 MB.
      hints: production ? 'warning' : false,
      maxAssetSize: 1_500_000,
      maxEntrypointSize: 1_500_000,
    },
    devServer: env.WEBPACK_SERVE
      ? {
          host: 'localhost',
          port: DEV_SERVER_PORT,
          server: devServerHttps(),
          static: false,
          headers: { 'Access-Control-Allow-Origin': '*' },
        }
      : undefined,
  };
};
