/* eslint-disable no-undef */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // office-addin-mock brings strip-bom and uuid as ESM only; let babel-jest transform them.
  transformIgnorePatterns: ["/node_modules/(?!(strip-bom|uuid)/)"],
  setupFilesAfterEnv: ["<rootDir>/test/setup/fail-on-console-error.ts"],
};
