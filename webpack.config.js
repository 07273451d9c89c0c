/* eslint-disable no-undef */
/* global require, module, process, __dirname */

const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const path = require("path");
const { FunctionsMetadataPlugin } = require("./scripts/functions-metadata-plugin");
const { httpsOptionsOrNull } = require("./scripts/dev-certs");

const urlDev = "https://localhost:3000/";
// Where the production build is hosted; set ADDIN_PUBLIC_URL when you build for deployment.
const urlProd = process.env.ADDIN_PUBLIC_URL || urlDev;

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const https = serving ? await httpsOptionsOrNull() : null;
  return {
    // No eval-based source maps, even in development: the page's Content-Security-Policy forbids eval.
    devtool: dev ? "cheap-module-source-map" : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "babel-loader" },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    optimization: {
      // One webpack runtime for the page, so a module imported by both the functions and the task
      // pane is instantiated once and both see the same state (the shared runtime's point).
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    performance: { hints: false },
    plugins: [
      new FunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "functions", "taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replaceAll(urlDev, urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: { warnings: false } },
    },
  };
};
