/* global describe, it, expect, beforeAll, __dirname */
import * as fs from "fs";
import * as path from "path";
import {
  type ApiSetReport,
  checkProject,
  checkSources,
  compareVersions,
  formatReport,
  parseApiSetAnnotations,
  readManifestMinimum,
} from "../../scripts/check-api-sets";

const ROOT = path.resolve(__dirname, "../..");
const SLOW = 180_000; // a program with Office.js's 190 000 lines of types takes seconds

describe("reading the annotations of Office.js", () => {
  it("finds [Api set: …] in the remarks of a member", () => {
    const doc = `/**
     * Header and footer configuration for the worksheet.
     *
     * @remarks
     * [Api set: ExcelApi 1.9]
     */`;
    expect(parseApiSetAnnotations(doc)).toEqual([
      expect.objectContaining({ set: "ExcelApi", version: "1.9", writeVersion: "1.9" }),
    ]);
  });

  it("takes the later version for setting where the annotation says so", () => {
    const doc =
      "/** @remarks\n * [Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]\n */";
    expect(parseApiSetAnnotations(doc)).toEqual([
      expect.objectContaining({ version: "1.1", writeVersion: "1.2" }),
    ]);
    expect(parseApiSetAnnotations("/** [Api set: ExcelApi 1.1 for get, 1.8 for set] */")).toEqual([
      expect.objectContaining({ version: "1.1", writeVersion: "1.8" }),
    ]);
  });

  it("reads other sets, the linked form of the common APIs, and ignores what is no requirement", () => {
    expect(parseApiSetAnnotations("/** @remarks\n * [Api set: SharedRuntime 1.1]\n */")).toEqual([
      expect.objectContaining({ set: "SharedRuntime", version: "1.1" }),
    ]);
    const linked =
      "/** @remarks\n * **Requirement set**: {@link https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets | SharedRuntime 1.1}\n */";
    expect(parseApiSetAnnotations(linked)).toEqual([
      expect.objectContaining({ set: "SharedRuntime", version: "1.1" }),
    ]);
    expect(
      parseApiSetAnnotations(
        "/** [Api set: ExcelApi 1.9, ExcelApi Preview for null `destinationRange`] */"
      )
    ).toEqual([expect.objectContaining({ version: "1.9", writeVersion: "1.9" })]);
    expect(
      parseApiSetAnnotations("/** @remarks\n * available starting in ExcelApi 1.2\n */")
    ).toEqual([expect.objectContaining({ set: "ExcelApi", version: "1.2" })]);
    expect(parseApiSetAnnotations("/** @deprecated Deprecated since ExcelApi 1.19. */")).toEqual(
      []
    );
    expect(parseApiSetAnnotations("/** [Api set:  1.1] */")).toEqual([]);
    expect(parseApiSetAnnotations("/** The text of the range. */")).toEqual([]);
  });

  it("compares versions as versions: 1.10 is above 1.9", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.7", "1.7")).toBe(0);
    expect(compareVersions("1.1", "1.12")).toBeLessThan(0);
  });
});

describe("reading the manifest's minimum", () => {
  it('reads <Set Name="ExcelApi" MinVersion=…/>, with the default of <Sets> when it has none', () => {
    expect(
      readManifestMinimum(
        '<Sets DefaultMinVersion="1.1"><Set Name="ExcelApi" MinVersion="1.7"/></Sets>'
      )
    ).toEqual({ version: "1.7", declared: true });
    expect(
      readManifestMinimum('<Sets DefaultMinVersion="1.3"><Set Name="ExcelApi"/></Sets>')
    ).toEqual({
      version: "1.3",
      declared: true,
    });
  });

  it("takes 1.1 and says so when the manifest declares no ExcelApi set", () => {
    const xml = '<Sets DefaultMinVersion="1.1"><Set Name="SharedRuntime" MinVersion="1.1"/></Sets>';
    expect(readManifestMinimum(xml)).toEqual({ version: "1.1", declared: false });
    expect(readManifestMinimum(`<!-- <Set Name="ExcelApi" MinVersion="1.9"/> -->${xml}`)).toEqual({
      version: "1.1",
      declared: false,
    });
  });
});

/** Small add-in sources, checked in one program against a minimum of ExcelApi 1.7. */
const FIXTURES: Record<string, string> = {
  "unguarded.ts": `
export async function printSetUp(context: Excel.RequestContext): Promise<void> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.getRangeByIndexes(0, 0, 1, 1).values = [[1]];
  sheet.pageLayout.orientation = Excel.PageOrientation.landscape;
  await context.sync();
}
`,
  "guarded.ts": `
export async function printSetUp(context: Excel.RequestContext): Promise<void> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {
    sheet.pageLayout.orientation = Excel.PageOrientation.landscape;
  }
  await context.sync();
}
`,
  "tooLowGuard.ts": `
export async function printSetUp(context: Excel.RequestContext): Promise<void> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.8")) {
    sheet.pageLayout.orientation = Excel.PageOrientation.landscape;
  }
  if (Office.context.requirements.isSetSupported("WordApi", "1.9")) {
    sheet.pageLayout.blackAndWhite = true;
  }
}
`,
  "helpers.ts": `
const EXCEL = "ExcelApi";
function supportsPrint(): boolean {
  return Office.context.requirements.isSetSupported(EXCEL, "1.10");
}
function queuePrint(sheet: Excel.Worksheet): void {
  sheet.pageLayout.centerHorizontally = true;
}
export async function write(context: Excel.RequestContext): Promise<void> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  if (supportsPrint()) queuePrint(sheet);
  await context.sync();
}
`,
  "shared.ts": `
export async function show(): Promise<void> {
  await Office.addin.showAsTaskpane();
}
`,
  "visibility.ts": `
export function hide(sheet: Excel.Worksheet): string {
  sheet.visibility = Excel.SheetVisibility.hidden;
  return sheet.visibility;
}
export function literal(range: Excel.Range): void {
  range.set({ values: [[1]] });
}
`,
};

describe("checking sources", () => {
  let report: ApiSetReport;
  beforeAll(() => {
    report = checkSources(FIXTURES, "1.7", ROOT);
  }, SLOW);

  const usesIn = (file: string, list: "uses" | "violations" | "guarded" = "uses") =>
    report[list].filter((u) => u.file === file);

  it("catches an unguarded ExcelApi 1.9 member against a minimum of 1.7, with its file and line", () => {
    expect(usesIn("unguarded.ts", "violations")).toEqual([
      expect.objectContaining({
        file: "unguarded.ts",
        line: 5,
        member: "Excel.Worksheet.pageLayout",
        version: "1.9",
      }),
      expect.objectContaining({
        line: 5,
        member: "Excel.PageLayout.orientation",
        version: "1.9",
        write: true,
      }),
    ]);
    // getRangeByIndexes (1.7) and PageOrientation (1.7) are within the minimum.
    expect(usesIn("unguarded.ts")).toContainEqual(
      expect.objectContaining({ member: "Excel.Worksheet.getRangeByIndexes", version: "1.7" })
    );
    expect(formatReport(report)).toMatch(
      /unguarded\.ts:5 {2}Excel\.Worksheet\.pageLayout {2}ExcelApi 1\.9 {2}UNGUARDED/
    );
  });

  it('accepts the same member under isSetSupported("ExcelApi", "1.9")', () => {
    expect(usesIn("guarded.ts", "violations")).toEqual([]);
    expect(usesIn("guarded.ts", "guarded")).toContainEqual(
      expect.objectContaining({
        member: "Excel.PageLayout.orientation",
        guard: expect.stringContaining("1.9"),
      })
    );
  });

  it("does not accept a guard for a lower version or for another set", () => {
    expect(usesIn("tooLowGuard.ts", "violations").map((u) => u.member)).toEqual([
      "Excel.Worksheet.pageLayout",
      "Excel.PageLayout.orientation",
      "Excel.Worksheet.pageLayout",
      "Excel.PageLayout.blackAndWhite",
    ]);
  });

  it("follows a guard through a helper and through the callers of the guarded function", () => {
    expect(usesIn("helpers.ts", "violations")).toEqual([]);
    expect(usesIn("helpers.ts", "guarded")).toContainEqual(
      expect.objectContaining({
        member: "Excel.PageLayout.centerHorizontally",
        guard: "every call of queuePrint() is guarded",
      })
    );
  });

  it("reads the annotation of each member: setting visibility needs 1.2, reading it 1.1", () => {
    const visibility = usesIn("visibility.ts").filter(
      (u) => u.member === "Excel.Worksheet.visibility"
    );
    expect(visibility.map((u) => [u.write, u.version])).toEqual([
      [true, "1.2"],
      [false, "1.1"],
    ]);
    // A property of an object literal typed by Office.js is a use as well; Range.set itself
    // carries no [Api set] annotation and is not counted.
    const members = usesIn("visibility.ts").map((u) => u.member);
    expect(members).toContain("Excel.Interfaces.RangeUpdateData.values");
    expect(members).not.toContain("Excel.Range.set");
  });

  it("lists members of other requirement sets separately, outside the ExcelApi check", () => {
    expect(report.otherSets).toContainEqual(
      expect.objectContaining({
        file: "shared.ts",
        set: "SharedRuntime",
        version: "1.1",
        member: "Office.Addin.showAsTaskpane",
      })
    );
    expect(usesIn("shared.ts")).toEqual([]);
    expect(formatReport(report)).toMatch(
      /SharedRuntime 1\.1: Office\.Addin\.showAsTaskpane \(shared\.ts:3\)/
    );
  });

  it("says when the manifest declares no ExcelApi set", () => {
    expect(formatReport({ ...report, minimum: "1.1", minimumDeclared: false })).toMatch(
      /declares no <Set Name="ExcelApi" …\/>: the minimum is taken as 1\.1/
    );
  });

  it("prints the summary line", () => {
    expect(formatReport(report).split("\n").pop()).toMatch(
      /^api sets: highest ExcelApi used 1\.9 \(manifest minimum 1\.7\), \d+ members checked$/
    );
    expect(report.highest).toBe("1.9");
  });
});

describe("the add-in's own sources", () => {
  it(
    "use no ExcelApi member above the manifest's minimum without a guard",
    () => {
      const report = checkProject(ROOT);
      const manifest = readManifestMinimum(
        fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8")
      );
      expect(report.minimum).toBe(manifest.version);
      if (report.violations.length > 0) {
        throw new Error(
          `src/ uses ExcelApi members above what manifest.xml promises:\n${formatReport(report)}`
        );
      }
      expect(report.members).toBeGreaterThan(0);
    },
    SLOW
  );
});
