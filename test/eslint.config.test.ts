/**
 * The layer rule of eslint.config.mjs fires: an import against the direction of ARCHITECTURE.md
 * fails the lint, an import along it passes. The expectations are written out here, from the
 * architecture, not read from the config, so that a change of the config cannot pass by itself.
 * ESLint runs in a child process (its flat config is an ES module, which Jest's CommonJS runtime
 * does not load); the snippets are linted as if they were files at the given paths.
 */
import { execFileSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..");

interface Case {
  readonly file: string;
  readonly code: string;
}

interface Verdict {
  readonly file: string;
  readonly code: string;
  readonly rules: string[];
}

/** Lints every case in one ESLint process; returns the rules each case broke. */
function lint(cases: readonly Case[]): Verdict[] {
  const script = `
    const { ESLint } = require("eslint");
    const cases = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const c of cases) {
        const [result] = await eslint.lintText(c.code, { filePath: c.file });
        const rules = result.messages.map((m) => m.ruleId || m.message);
        out.push({ file: c.file, code: c.code, rules });
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const output = execFileSync(process.execPath, ["-e", script, JSON.stringify(cases)], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output) as Verdict[];
}

/** An import of `target` (a folder of src/) written from a file in `from`. */
function importFrom(from: string, target: string, name = "x"): Case {
  const depth = from.split("/").length; // src/plan/x.ts → one level below src
  const up = "../".repeat(depth);
  return {
    file: `src/${from}/probe.ts`,
    code: `import { value } from "${up}${target}/${name}";\nexport const probe = value;\n`,
  };
}

// The direction of ARCHITECTURE.md: what each folder may import.
const MAY_IMPORT: Record<string, string[]> = {
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
const FOLDERS = Object.keys(MAY_IMPORT);

const allowed = (from: string): string[] => MAY_IMPORT[from] ?? [];
const along: Case[] = FOLDERS.flatMap((from) => allowed(from).map((to) => importFrom(from, to)));
const against: Case[] = FOLDERS.flatMap((from) =>
  FOLDERS.filter((to) => to !== from && !allowed(from).includes(to)).map((to) =>
    importFrom(from, to)
  )
);
const special = {
  // The pane's entry point alone chooses an adapter.
  paneImportsAdapter: importFrom("taskpane", "adapters/browser", "browserWorkbook"),
  entryImportsAdapter: {
    ...importFrom("taskpane", "adapters/office"),
    file: "src/taskpane/index.tsx",
  },
  // A sibling adapter is reached without naming "adapters".
  adapterImportsSibling: {
    file: "src/adapters/browser/probe.ts",
    code: `import { v } from "../office/x";\nexport const p = v;\n`,
  },
  // The pane's packages stay in the pane, exceljs in the browser adapter.
  planImportsReact: {
    file: "src/plan/probe.ts",
    code: `import { useState } from "react";\nexport const p = useState;\n`,
  },
  paneImportsExceljs: {
    file: "src/taskpane/probe.ts",
    code: `import ExcelJS from "exceljs";\nexport const p = ExcelJS;\n`,
  },
  // Office.js workbook calls belong to the Office adapter.
  paneCallsExcel: {
    file: "src/taskpane/probe.ts",
    code: `export const p = () => Excel.run(async () => undefined);\n`,
  },
  officeAdapterCallsExcel: {
    file: "src/adapters/office/probe.ts",
    code: `export const p = () => Excel.run(async () => undefined);\n`,
  },
} satisfies Record<string, Case>;

describe("the layer rule of the linter", () => {
  let verdicts: Verdict[];

  beforeAll(() => {
    verdicts = lint([...along, ...against, ...Object.values(special)]);
  }, 120_000);

  const rulesOf = (c: Case): string[] => {
    const found = verdicts.find((v) => v.file === c.file && v.code === c.code);
    if (!found) throw new Error(`not linted: ${c.file}`);
    return found.rules;
  };

  it("passes every import along the direction", () => {
    const broken = along.filter((c) => rulesOf(c).length > 0).map((c) => `${c.file}: ${c.code}`);
    expect(broken).toEqual([]);
    expect(along.length).toBe(26);
  });

  it("fails every import against the direction", () => {
    const passed = against
      .filter((c) => !rulesOf(c).includes("no-restricted-imports"))
      .map((c) => `${c.file}: ${c.code}`);
    expect(passed).toEqual([]);
    expect(against.length).toBe(9 * 8 - 26);
  });

  it("lets only the pane's entry point import an adapter", () => {
    expect(rulesOf(special.paneImportsAdapter)).toContain("no-restricted-imports");
    expect(rulesOf(special.entryImportsAdapter)).toEqual([]);
  });

  it("keeps the two adapters apart", () => {
    expect(rulesOf(special.adapterImportsSibling)).toContain("no-restricted-imports");
  });

  it("keeps React out of the model and exceljs out of the pane", () => {
    expect(rulesOf(special.planImportsReact)).toContain("no-restricted-imports");
    expect(rulesOf(special.paneImportsExceljs)).toContain("no-restricted-imports");
  });

  it("allows Excel (Office.js) only in the Office adapter", () => {
    expect(rulesOf(special.paneCallsExcel)).toContain("no-restricted-globals");
    expect(rulesOf(special.officeAdapterCallsExcel)).toEqual([]);
  });
});
