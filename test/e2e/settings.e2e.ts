/**
 * The settings view in the built pane in Chromium, outside Excel: photographed at 350 and 1 200 px
 * and scanned with axe; then, in an empty plan, the Askersund preset is chosen and saved, a
 * measure is added in an area by its activity code, and the committee table of a new scenario
 * including it downloads.
 */
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { axeViolations } from "./support/axe";
import { openPane, OUTPUT, type PaneSession } from "./support/browser";
import { photograph } from "./support/shots";
import { serveDist, type RunningServer } from "./support/staticServer";

let server: RunningServer;
let session: PaneSession | undefined;

beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await session?.close();
  await server.close();
});

const TITLE = "Samordnad hemtjänstplanering";
const AREA = "51 Äldreomsorg/LSS";

async function emptyPlanWithTable(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Börja om med tom plan" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Töm planen" }).click();
  await page.getByRole("button", { name: "Skapa åtgärdstabell" }).click();
  await page.getByRole("button", { name: "Ny åtgärd" }).waitFor();
}

async function addMeasure(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Åtgärder" }).click();
  await page.getByRole("button", { name: "Ny åtgärd" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: /Rubrik/ }).fill(TITLE);
  await dialog.getByRole("combobox", { name: /Verksamhetsområde/ }).click();
  await page.getByRole("option", { name: AREA }).click();
  await dialog.getByRole("textbox", { name: "2026 (tkr)" }).fill("750");
  await dialog.getByRole("button", { name: "Spara" }).click();
  await page.getByText(TITLE).first().waitFor();
}

describe("the settings view in the browser", () => {
  it("looks right at 350 and 1 200 px and passes axe", async () => {
    session = await openPane(server.url);
    const { page } = session;
    await page.getByText("Vakanshålla 24 platser i särskilt boende").first().waitFor();
    await page.getByRole("tab", { name: "Inställningar" }).click();
    await page.getByRole("heading", { name: "Verksamhetsområden" }).waitFor();
    await page.getByRole("button", { name: "Ta bort Äldreomsorg" }).click();
    await page.getByText(/Området kan inte tas bort/).waitFor();
    await photograph(page, "settings");
    expect(await axeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
    await session.close();
    session = undefined;
  });

  it("saves the Askersund preset, takes a measure in an area by code and makes its committee table", async () => {
    session = await openPane(server.url);
    const { page } = session;
    await page.getByText("Vakanshålla 24 platser i särskilt boende").first().waitFor();
    await emptyPlanWithTable(page);

    await page.getByRole("tab", { name: "Inställningar" }).click();
    await page.getByRole("button", { name: "Använd förinställning" }).click();
    await page.getByRole("menuitem", { name: /Askersund/ }).click();
    await page.getByRole("button", { name: "Spara", exact: true }).click();
    await page.getByText("Inställningarna är sparade.").waitFor();
    const stored = await page.evaluate(() => window.localStorage.getItem("ramkoll.plan") ?? "");
    expect(stored).toContain("Askersunds kommun");

    await addMeasure(page);
    await page.getByRole("tab", { name: "Scenarier" }).click();
    await page.getByRole("button", { name: "Nytt scenario" }).click();
    await page.getByRole("switch", { name: new RegExp(TITLE) }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Skapa nämndtabell" }).click();
    const file = await download;
    const path = `${OUTPUT}/namndtabell-askersund.xlsx`;
    await file.saveAs(path);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const texts: string[] = [];
    workbook.worksheets[0]?.eachRow((row) =>
      row.eachCell((cell) => texts.push(String(cell.value)))
    );
    expect(texts).toContain(TITLE);
    // The committee table has no area column; the measure is stored in its area by code.
    const rows = await page.evaluate(() => window.localStorage.getItem("ramkoll.measures") ?? "");
    expect(rows).toContain(AREA);
    expect(session.errors).toEqual([]);
  });
});
