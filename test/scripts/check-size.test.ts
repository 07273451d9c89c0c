/** The size check counts a function from its first to its last line, whatever its kind. */
import { MAX_FUNCTION_LINES, oversizeFunctions } from "../../scripts/check-size";

/** A function of `kind` that spans exactly `lines` lines. */
function source(kind: "declaration" | "arrow" | "method", lines: number): string {
  const body = Array.from({ length: lines - 2 }, (_, i) => `  const v${i} = ${i};`).join("\n");
  if (kind === "declaration") return `function f() {\n${body}\n}\n`;
  if (kind === "arrow") return `const g = () => {\n${body}\n};\n`;
  return `class C {\n  m() {\n${body}\n  }\n}\n`;
}

describe("check-size", () => {
  it.each(["declaration", "arrow", "method"] as const)("flags a %s one line over", (kind) => {
    expect(oversizeFunctions("x.ts", source(kind, MAX_FUNCTION_LINES))).toEqual([]);
    const found = oversizeFunctions("x.ts", source(kind, MAX_FUNCTION_LINES + 1));
    expect(found.map((o) => o.lines)).toEqual([MAX_FUNCTION_LINES + 1]);
  });

  it("names the function it flags", () => {
    const [found] = oversizeFunctions("x.ts", source("arrow", 100));
    expect(found?.what).toBe("function g");
  });
});
