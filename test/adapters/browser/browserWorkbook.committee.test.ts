import ExcelJS from "exceljs";
import { buildCommitteeTable } from "../../../src/plan/committeeTable";
import { referencePlan } from "../../../src/plan/referenceCase";
import { BrowserWorkbook, MemoryStorage } from "../../../src/adapters/browser/browserWorkbook";

describe("the committee table outside Excel", () => {
  it("is handed to the user as an .xlsx file named after its sheet", async () => {
    const saved: { name: string; bytes: Uint8Array }[] = [];
    const port = new BrowserWorkbook(new MemoryStorage(), {
      events: null,
      saveFile: (name, bytes) => saved.push({ name, bytes }),
    });
    const plan = referencePlan();
    const table = buildCommitteeTable(plan.scenarios[0]!, plan.measures, plan.settings);
    expect(await port.createCommitteeTable(table)).toEqual({
      status: "downloaded",
      fileName: "Budget i balans 2026.xlsx",
    });
    expect(saved).toHaveLength(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(saved[0]!.bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet("Budget i balans 2026")?.getCell("A1").value).toBe(
      "Åtgärder och konsekvenser – Budget i balans 2026"
    );
  });
});
