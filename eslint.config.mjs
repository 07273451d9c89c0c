// office-addin-lint picks up this file instead of its built-in configuration; it adds the React
// rules of eslint-plugin-office-addins, since the task pane is React. The plugin's TypeScript and
// Prettier block names only .ts/.js files, so the same block is applied to .tsx as well.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const reactConfig = officeAddins.configs.react;
const withTsx = reactConfig.map((block) =>
  Array.isArray(block.files) && block.files.some((f) => f.includes("ts"))
    ? { ...block, files: [...block.files, "**/*.tsx"] }
    : block
);

// The layers of src/ and what each may import (ARCHITECTURE.md). An import against the direction
// fails `npm run lint`. The rule matches the import's relative path: a folder of src/ is reached
// through a path that names it ("../../store/x"), and a sibling adapter through "../office/x".
const MAY_IMPORT = {
  budget: [],
  plan: ["budget"],
  store: ["budget", "plan"],
  port: ["budget", "plan", "store"],
  i18n: ["budget", "plan", "store", "port"],
  "adapters/office": ["budget", "plan", "store", "port", "i18n"],
  "adapters/browser": ["budget", "plan", "store", "port", "i18n"],
  functions: ["budget", "i18n"],
  taskpane: ["budget", "plan", "port", "i18n"],
};
const LAYERS = Object.keys(MAY_IMPORT);
// Packages that belong to one layer: React and Fluent UI to the pane, exceljs to the browser adapter.
const PACKAGES_OF = { taskpane: ["react", "react-dom", "react-dom/*", "@fluentui/*"] };
PACKAGES_OF["adapters/browser"] = ["exceljs"];

/** A pattern that catches a relative import of `layer` (the last part of its folder name). */
function importOf(layer) {
  const folder = layer.split("/").pop();
  return `^(\\.\\.?/)+(.*/)?${folder}(/|$)`;
}

/** no-restricted-imports for the files of `layer`; `alsoAllowed` lifts the ban on those layers. */
function layerRule(layer, alsoAllowed = []) {
  const allowed = [layer, ...MAY_IMPORT[layer], ...alsoAllowed];
  const patterns = LAYERS.filter((other) => !allowed.includes(other)).map((other) => ({
    regex: importOf(other),
    message:
      `src/${layer}/ may not import src/${other}/; it may import ` +
      `${MAY_IMPORT[layer].join(", ") || "nothing else of src/"} (ARCHITECTURE.md).`,
  }));
  const foreign = Object.entries(PACKAGES_OF).filter(([owner]) => owner !== layer);
  for (const [owner, packages] of foreign) {
    patterns.push({ group: packages, message: `Only src/${owner}/ uses ${packages[0]}.` });
  }
  return ["error", { patterns }];
}

const layerBlocks = LAYERS.map((layer) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: { "no-restricted-imports": layerRule(layer) },
}));

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**"] },
  ...withTsx,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    settings: { react: { version: "18" } },
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      // The automatic JSX runtime (babel preset-react "automatic") needs no React in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      // TypeScript checks every name against its declarations (DOM, Office, Jest); typescript-eslint
      // advises against no-undef in TypeScript code, where it flags type names such as HTMLElement.
      "no-undef": "off",
    },
  },
  ...layerBlocks,
  {
    // Only the pane's entry point chooses an adapter: the port over Excel or over the browser.
    files: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-imports": layerRule("taskpane", ["adapters/office", "adapters/browser"]),
    },
  },
  {
    // Every Office.js workbook call is made in the Office adapter.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/adapters/office/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Excel (Office.js) is called only in src/adapters/office/." },
      ],
    },
  },
];
