/* eslint-disable no-undef */
/** End-to-end tests: the production build in Debian's Chromium (npm run test:e2e, after npm run build). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  testTimeout: 60000,
  maxWorkers: 1,
};
