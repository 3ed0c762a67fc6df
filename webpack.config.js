// The Excel add-in's build: the task pane and the ribbon's function file into dist/, with the
// manifest's URLs pointing at ADDIN_URL (the HTTPS folder dist/ is served from). `npm run
// dev-server` serves it at https://localhost:3000/ with office-addin-dev-certs' certificate.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');

/** The URL written in manifest.xml, for the development server. */
const DEV_URL = 'https://localhost:3000/';

/** ADDIN_URL with a trailing slash; the development URL when unset. */
function addinUrl() {
  const url = process.env.ADDIN_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be an https:// URL: ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

/** The manifest with every development URL replaced by the deployment's. */
function manifestFor(content, url) {
  return content.toString().split(DEV_URL).join(url);
}

/** The development certificate, only when serving (a production build never needs it). */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const url = addinUrl();
  if (!dev && !process.env.ADDIN_URL && !env.outDir) {
    process.stderr.write(
      `Lưu ý: ADDIN_URL chưa đặt; manifest.xml trỏ tới ${DEV_URL} (chỉ dùng để thử).\n` +
        `Note: ADDIN_URL is not set; dist/manifest.xml points at ${DEV_URL} (for testing only).\n` +
        '  ADDIN_URL=https://your.host/path/ npm run build\n',
    );
  }
  const target = 'es2017';
  return {
    mode: dev ? 'development' : 'production',
    // source maps only while developing: the production dist/ is what gets copied to the web
    // server as it is, and a 4.8 MB map of the whole pane has no use for the offices there
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './addin/src/taskpane.ts',
      commands: './addin/src/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, env.outDir || 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.js'],
      // lazy imports (the pane's file code, the one UI's readers) name their .ts modules with .js
      extensionAlias: { '.js': ['.ts', '.js'] },
      // exceljs and mammoth have browser builds; nothing else of Node's may reach the pane
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false },
    },
    module: {
      rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { target } }],
    },
    optimization: { minimizer: [new EsbuildPlugin({ target })] },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './addin/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './addin/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'addin/assets/*.png', to: 'assets/[name][ext]' },
          { from: 'addin/taskpane.css', to: 'taskpane.css' },
          { from: 'shared/ui/ui.css', to: 'ui.css' },
          { from: 'shared/ui/app.css', to: 'app.css' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (c) => manifestFor(c, url) },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          port: 3000,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
        }
      : undefined,
  };
};

module.exports.manifestFor = manifestFor;
module.exports.DEV_URL = DEV_URL;
