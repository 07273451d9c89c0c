/**
 * The committee table in a real spreadsheet program: the reference case's .xlsx, converted to PDF
 * by LibreOffice Calc headless. The file carries each formula with its result cached (for viewers
 * that do not calculate); a copy without the results, converted by LibreOffice, shows that its own
 * sums equal them. "Att täcka" and "Kvar" are the pane's figures, each rounded once from the exact
 * amounts (plan/shownAmounts.ts), written as values. The PDF and a PNG of each page are kept under
 * test-output/.
 */
import { execFileSync } from "child_process";
import { mkdirSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import { buildCommitteeTable } from "../../src/plan/committeeTable";
import { referencePlan } from "../../src/plan/referenceCase";
import { committeeXlsx } from "../../src/adapters/browser/committeeXlsx";

const OUT = resolve(__dirname, "../../test-output/committee");
const plan = referencePlan();
const table = buildCommitteeTable(plan.scenarios[0]!, plan.measures, plan.settings, [
  "Åtgärder",
  "Ramkoll",
]);
const XLSX = join(OUT, "namndtabell.xlsx");
const PDF = join(OUT, "namndtabell.pdf");

let text = "";
let info = "";

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(XLSX, await committeeXlsx(ExcelJS, table));
  const profile = `file://${join(OUT, "lo-profile")}`;
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      OUT,
      XLSX,
    ],
    { stdio: "pipe", timeout: 120_000 }
  );
  text = execFileSync("pdftotext", ["-layout", PDF, "-"], { encoding: "utf8" });
  info = execFileSync("pdfinfo", [PDF], { encoding: "utf8" });
  execFileSync("pdftoppm", ["-png", "-r", "70", PDF, join(OUT, "namndtabell-page")]);
}, 180_000);

/** An amount as LibreOffice prints it, whatever its thousands separator. */
const amount = (n: number) =>
  new RegExp(String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "[\\s,.\u00a0\u202f]?"));

describe("the committee table in LibreOffice", () => {
  it("shows the Summa rows and the pane's balance", () => {
    const summa = text.split("\n").filter((line) => /Summa/.test(line));
    // The measures' Summa, and the unfunded proposals' (the committee sees them too).
    expect(summa.length).toBe(2);
    expect(summa[0]).toMatch(amount(50_000)); // 14 000 + 35 000 + 1 000
    expect(summa[0]).not.toMatch(/Summa\s+0\s/);
    expect(summa[1]).toMatch(/Summa ofinansierat/);
    expect(summa[1]).toMatch(amount(9_800));
    const remains = text.split("\n").find((line) => /Kvar \(/.test(line)) ?? "";
    expect(remains).toMatch(amount(1_100));
  });

  it("sums the frame lines and the need lines, and lists the needs per area", () => {
    const lineOf = (label: RegExp) => text.split("\n").find((line) => label.test(line)) ?? "";
    // 1 215 669 + 4 382 − 8 096 + 49 + 3 042, a live SUM over the frame lines.
    expect(lineOf(/Anvisad budgetram/)).toMatch(amount(1_215_046));
    expect(lineOf(/Behov utöver ram\s/)).toMatch(amount(48_900));
    expect(lineOf(/varav Individ- och familjeomsorg/)).toMatch(amount(36_400));
    expect(lineOf(/varav Personligt stöd och omsorg/)).toMatch(amount(9_200));
    expect(lineOf(/varav Nämnd och administration/)).toMatch(amount(3_300));
    expect(lineOf(/Begärd ramökning/)).toMatch(amount(1_210));
  });

  it("shows the texts and the colour words", () => {
    for (const title of [
      "Effektiviseringar/åtgärdsförslag",
      "Ändrad ambitionsnivå",
      "Påverkan mål/målvärden",
      "Utvecklingsförslag",
      "Teckenförklaring",
    ]) {
      expect(text).toContain(title);
    }
    expect(text).toMatch(/RÖD/);
    expect(text).toMatch(/GRÖN/);
  });

  it("opens with the proposed decisions, numbered, with the plan's figures", () => {
    const start = text.indexOf("Förslag till beslut");
    const end = text.indexOf("Åtgärdsförslag – hålla ramen");
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const decisions = text.slice(start, end);
    for (const nr of [1, 2, 3, 4, 5, 6, 7])
      expect(decisions).toMatch(new RegExp(`\\b${nr}\\. Att `));
    for (const n of [48_900, 36_400, 23_500, 12_900, 9_200, 3_300, 1_210, 14_000, 35_000, 1_000])
      expect(decisions).toMatch(amount(n));
  });

  it("gives the document's eight att-satser for the scenario with the increases requested", async () => {
    const increase = plan.scenarios[1]!;
    const second = buildCommitteeTable(
      increase,
      plan.measures,
      plan.settings,
      [],
      plan.scenarios[0]!
    );
    const dir = join(OUT, "ramokning");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "namndtabell.xlsx"), await committeeXlsx(ExcelJS, second));
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(OUT, "lo-profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        join(dir, "namndtabell.xlsx"),
      ],
      { stdio: "pipe", timeout: 120_000 }
    );
    const pdf = execFileSync("pdftotext", ["-layout", join(dir, "namndtabell.pdf"), "-"], {
      encoding: "utf8",
    });
    const decisions = pdf.slice(
      pdf.indexOf("Förslag till beslut"),
      pdf.indexOf("Åtgärdsförslag – hålla")
    );
    for (const nr of [1, 2, 3, 4, 5, 6, 7, 8])
      expect(decisions).toMatch(new RegExp(`\\b${nr}\\. Att `));
    for (const n of [48_900, 36_400, 23_500, 12_900, 9_200, 3_300, 1_210, 14_000, 35_000, 9_800])
      expect(decisions).toMatch(amount(n));
    expect(decisions).toMatch(/Om ramökningen inte beviljas/);
  }, 180_000);

  it("caches each formula's result, and LibreOffice's own sums equal them", async () => {
    const file = new ExcelJS.Workbook();
    await file.xlsx.readFile(XLSX);
    const cached = new Map<string, unknown>();
    file.worksheets[0]!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) {
          cached.set(cell.address, cell.result);
          // The same file without results: LibreOffice must compute every formula itself.
          cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
        }
      })
    );
    expect(cached.size).toBeGreaterThan(20);
    expect([...cached.values()].every((v) => typeof v === "number")).toBe(true);
    const bare = join(OUT, "uncached", "namndtabell.xlsx");
    mkdirSync(join(OUT, "uncached", "computed"), { recursive: true });
    await file.xlsx.writeFile(bare);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(OUT, "lo-profile")}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        join(OUT, "uncached", "computed"),
        bare,
      ],
      { stdio: "pipe", timeout: 120_000 }
    );
    const computed = new ExcelJS.Workbook();
    await computed.xlsx.readFile(join(OUT, "uncached", "computed", "namndtabell.xlsx"));
    const sheet = computed.worksheets[0]!;
    for (const [address, value] of cached)
      expect([address, sheet.getCell(address).result]).toEqual([address, value]);
  }, 180_000);

  it("numbers the pages and names the plan in the footer", () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Sida ${page} av ${pages}`);
    expect(text).toContain("Mål och resursplan 2026–2028 – Budget i balans 2026");
  });

  it("prints on A4 landscape", () => {
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(size).not.toBeNull();
    const [width, height] = [Number(size?.[1]), Number(size?.[2])];
    expect(width).toBeGreaterThan(height);
    expect(Math.round(width)).toBe(842); // A4 is 842 × 595 points
  });
});
