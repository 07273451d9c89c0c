/**
 * The pane as a newcomer meets it with `npm start` on a machine without Excel: the production
 * build in Chromium, office.js unreachable, the plan in the browser's local storage. The reference
 * case loads; a new measure with colours and consequence text moves the balance by its amount; the
 * page is reloaded and the measure is still there; the committee table downloads as .xlsx.
 */
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { openPane, OUTPUT, type PaneSession } from "./support/browser";
import { serveDist, type RunningServer } from "./support/staticServer";

let server: RunningServer;
let session: PaneSession;

beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await session?.close();
  await server.close();
});

const TITLE = "Samordna inköp av hjälpmedel";

async function resultText(page: Page, year: number): Promise<string> {
  await page.getByRole("tab", { name: "Scenarier" }).click();
  const item = page.locator("li", { hasText: `Resultat ${year}` }).first();
  await item.waitFor();
  return ((await item.textContent()) ?? "").replace(/\s+/g, " ");
}

describe("scenario planning in the browser", () => {
  it("loads the reference case, balances a new measure, keeps it over a reload and downloads the committee table", async () => {
    session = await openPane(server.url);
    const { page } = session;

    await page.getByText("Vakanshålla 24 platser i särskilt boende").first().waitFor();
    expect(await resultText(page, 2026)).toMatch(/Överskott 1 100 tkr/);

    await page.getByRole("tab", { name: "Åtgärder" }).click();
    await page.getByRole("button", { name: "Ny åtgärd" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: /Rubrik/ }).fill(TITLE);
    await dialog.getByRole("combobox", { name: /Verksamhetsområde/ }).click();
    await page.getByRole("option", { name: "Äldreomsorg" }).click();
    await dialog.getByRole("textbox", { name: "2026 (tkr)" }).fill("2 000");
    await dialog.getByRole("radio", { name: "RÖD – Sänker ambitionsnivån" }).check();
    await dialog.getByRole("radio", { name: "GUL – Ingen påverkan på målen" }).check();
    await dialog
      .getByRole("textbox", { name: /Konsekvensbeskrivning/ })
      .fill("Färre leverantörer; längre väntan på vissa hjälpmedel.");
    await dialog.getByRole("button", { name: "Spara" }).click();
    await page.getByText(TITLE).first().waitFor();

    // 1 100 + 2 000: the balance moves by exactly the measure's amount.
    expect(await resultText(page, 2026)).toMatch(/Överskott 3 100 tkr/);
    await page.screenshot({ path: `${OUTPUT}/scenario.png`, fullPage: true });

    await page.reload();
    await page.getByText(TITLE).first().waitFor();
    expect(await resultText(page, 2026)).toMatch(/Överskott 3 100 tkr/);

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Skapa nämndtabell" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("Budget i balans 2026.xlsx");
    const path = `${OUTPUT}/namndtabell-fran-webblasaren.xlsx`;
    await file.saveAs(path);
    await page.getByText(/Nämndtabellen har laddats ned/).waitFor();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet("Budget i balans 2026");
    const texts: string[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain(TITLE);
    expect(session.errors).toEqual([]);
  });
});
