/* eslint-disable no-undef */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // office-addin-mock brings strip-bom and uuid as ESM only, also nested one level down (under
  // @microsoft/app-manifest); let babel-jest transform them wherever they sit.
  transformIgnorePatterns: ["/node_modules/(?!((@[^/]+/)?[^/]+/node_modules/)?(strip-bom|uuid)/)"],
  setupFilesAfterEnv: ["<rootDir>/test/setup/fail-on-console-error.ts"],
};
