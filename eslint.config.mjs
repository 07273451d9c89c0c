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
];
