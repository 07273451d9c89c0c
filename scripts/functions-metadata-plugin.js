/* eslint-disable no-undef */
/**
 * A webpack plugin that writes the custom functions' metadata (functions.json and
 * functions.sv.json) from src/functions/catalog.ts into the build, so both languages come from one
 * source. The catalog is TypeScript; tsx loads it without a separate compile step.
 */
const path = require("path");
const { require: tsxRequire } = require("tsx/cjs/api");

const PLUGIN = "FunctionsMetadataPlugin";

class FunctionsMetadataPlugin {
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    const catalogDir = path.resolve(__dirname, "../src/functions");
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        // Load afresh on every build so that a catalog edit reaches the dev server.
        for (const id of Object.keys(require.cache)) if (id.startsWith(catalogDir)) delete require.cache[id];
        let files;
        try {
          files = tsxRequire(path.join(catalogDir, "metadata.ts"), __filename).metadataFiles();
        } catch (error) {
          compilation.errors.push(new compiler.webpack.WebpackError(`${PLUGIN}: ${error.message}`));
          return;
        }
        for (const [name, json] of Object.entries(files)) compilation.emitAsset(name, new RawSource(json));
      });
      compilation.fileDependencies.add(path.join(catalogDir, "catalog.ts"));
    });
  }
}

module.exports = { FunctionsMetadataPlugin };
