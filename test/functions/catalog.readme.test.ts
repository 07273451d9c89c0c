import { readFileSync } from "fs";
import { join } from "path";
import { DEFINITIONS } from "../../src/functions/metadata";

const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");

describe("README function reference", () => {
  it.each(DEFINITIONS.map((d) => [d.id, d.sv.name, d.en.name] as const))(
    "documents %s with its Swedish name and an example",
    (id, svName) => {
      const line = readme.split("\n").find((l) => l.startsWith(`| ${id} | ${svName} |`));
      expect(line).toBeDefined();
      expect(line).toContain(`=BUDGET.${id}(`);
    }
  );
});
