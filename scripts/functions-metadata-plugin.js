/* eslint-disable no-undef */
/**
 * A webpack plugin that writes the custom functions' metadata (functions.json and
 * functions.sv.json) into the build from src/functions/catalog.ts and the texts of each language
 * (src/i18n/functions.en.ts, functions.sv.ts), so the two languages share one list of functions.
 * These are TypeScript; tsx loads them without a separate compile step.
 */
const path = require("path");
const { require: tsxRequire } = require("tsx/cjs/api");

const PLUGIN = "FunctionsMetadataPlugin";

class FunctionsMetadataPlugin {
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    const catalogDir = path.resolve(__dirname, "../src/functions");
    const textsDir = path.resolve(__dirname, "../src/i18n");
    const sources = [
      path.join(catalogDir, "catalog.ts"),
      path.join(textsDir, "functions.en.ts"),
      path.join(textsDir, "functions.sv.ts"),
    ];
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          // Load afresh on every build so that an edit of the catalog or a text reaches the dev server.
          for (const id of Object.keys(require.cache))
            if (id.startsWith(catalogDir) || id.startsWith(textsDir)) delete require.cache[id];
          let files;
          try {
            files = tsxRequire(path.join(catalogDir, "metadata.ts"), __filename).metadataFiles();
          } catch (error) {
            compilation.errors.push(
              new compiler.webpack.WebpackError(`${PLUGIN}: ${error.message}`)
            );
            return;
          }
          for (const [name, json] of Object.entries(files))
            compilation.emitAsset(name, new RawSource(json));
        }
      );
      for (const source of sources) compilation.fileDependencies.add(source);
    });
  }
}

module.exports = { FunctionsMetadataPlugin };
