/**
 * Issue 9 in the built pane in Chromium, outside Excel (the plan in the browser's local storage):
 * two tabs of one plan do not lose each other's changes; a stored plan whose table is gone is
 * offered back, not reset; a full storage is said at once, the stored plan is still shown and can
 * be saved as an Excel workbook; an ambiguous amount asks. Each view is photographed at 350 and 1 200 px and scanned with axe.
 */
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { axeViolations } from "./support/axe";
import { openPane, OUTPUT, type PaneSession } from "./support/browser";
import { serveDist, type RunningServer } from "./support/staticServer";

let server: RunningServer;
let session: PaneSession | undefined;

beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const REFERENCE_MEASURE = "Vakanshålla 24 platser i särskilt boende";

async function referenceLoaded(page: Page): Promise<void> {
  await page.getByText(REFERENCE_MEASURE).first().waitFor();
}

/** Screenshots at the pane's narrowest and a wide window, then the axe scan of the view. */
async function lookAt(page: Page, name: string): Promise<string[]> {
  for (const width of [350, 1200]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(400); // Fluent's motion settles after a resize before the picture
    await page.screenshot({ path: `${OUTPUT}/${name}-${width}.png` }); // what the pane shows first
  }
  await page.setViewportSize({ width: 420, height: 900 });
  return axeViolations(page);
}

async function scenarios(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Scenarier" }).click();
}

describe("nothing lost in the browser pane", () => {
  it("keeps both tabs' changes: an amount typed in one while the other switches a measure", async () => {
    session = await openPane(server.url);
    const first = session.page;
    await referenceLoaded(first);
    const second = await session.context.newPage();
    await second.goto(`${server.url}/taskpane.html`);
    await referenceLoaded(second);

    await scenarios(first);
    const frame = first.getByRole("textbox", { name: "Anvisad ram före justeringar 2027 (tkr)" });
    await frame.fill("1 234 567");

    await scenarios(second);
    const switchName = new RegExp(REFERENCE_MEASURE);
    const toggle = second.getByRole("switch", { name: switchName });
    const wasOn = await toggle.isChecked();
    const planKey = "ramkoll.plan";
    const before = await second.evaluate((key) => window.localStorage.getItem(key), planKey);
    await toggle.click();
    await expect(toggle.isChecked()).resolves.toBe(!wasOn);

    // The second tab's switch is saved before the first tab commits its typed amount.
    await second.waitForFunction(
      ([key, old]) => window.localStorage.getItem(key as string) !== old,
      [planKey, before]
    );
    await frame.press("Enter");
    await first.waitForFunction(
      (key) => (window.localStorage.getItem(key) ?? "").includes("1234567"),
      planKey
    );

    const third = await session.context.newPage();
    await third.goto(`${server.url}/taskpane.html`);
    await referenceLoaded(third);
    await scenarios(third);
    const kept = await third
      .getByRole("textbox", { name: "Anvisad ram före justeringar 2027 (tkr)" })
      .inputValue();
    expect(kept.replace(/\s/g, "")).toBe("1234567"); // shown with Swedish (non-breaking) spaces
    await expect(third.getByRole("switch", { name: switchName }).isChecked()).resolves.toBe(!wasOn);
    expect(session.errors).toEqual([]);
  });

  it("offers the table back when the stored plan has lost it, keeping its scenarios", async () => {
    session = await openPane(server.url);
    const { page } = session;
    await referenceLoaded(page);
    await page.evaluate(() => window.localStorage.removeItem("ramkoll.measures"));
    await page.reload();
    await page.getByRole("heading", { name: "Åtgärdstabellen saknas" }).waitFor();
    await page.getByText(/Ramkoll hittade den sparade planen/).waitFor();
    expect(await lookAt(page, "recover-table")).toEqual([]);

    await page.getByRole("button", { name: "Återskapa tabellen" }).click();
    await page.getByRole("tab", { name: "Åtgärder" }).waitFor();
    await scenarios(page);
    await page.getByText("Budget i balans 2026").first().waitFor();
    expect(session.errors).toEqual([]);
  });

  it("says at once that the storage is full, and still shows the stored plan", async () => {
    session = await openPane(server.url);
    const { page } = session;
    await referenceLoaded(page);
    await page.evaluate(() => {
      // Fill what is left of the quota with other data, as other pages of the origin might.
      const chunk = "x".repeat(256 * 1024);
      for (let i = 0; i < 200; i++) {
        try {
          window.localStorage.setItem(`other.${i}`, chunk);
        } catch {
          for (let size = 128 * 1024; size >= 16; size /= 2) {
            try {
              window.localStorage.setItem(`other.${i}.${size}`, "x".repeat(size));
            } catch {
              // Smaller pieces next, until not even 16 characters fit.
            }
          }
          return;
        }
      }
    });
    await page.reload();
    await page.getByText("Webbläsarens lagring är full.").waitFor();
    await referenceLoaded(page);
    expect(await lookAt(page, "storage-full")).toEqual([]);

    // What the user can do first: save the whole plan as an Excel workbook, which needs no storage.
    const status = page.locator(".fui-MessageBar", { hasText: "Webbläsarens lagring är full." });
    const download = page.waitForEvent("download");
    await status.getByRole("button", { name: "Spara planen som Excel-fil" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Ramkoll-plan \d{4}-\d{2}-\d{2}\.xlsx$/);
    const path = `${OUTPUT}/plan-fran-full-lagring.xlsx`;
    await file.saveAs(path);
    await status.getByText(/Planen har sparats som Ramkoll-plan/).waitFor();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const texts: string[] = [];
    workbook
      .getWorksheet("Åtgärder")
      ?.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain(REFERENCE_MEASURE);
    expect(workbook.getWorksheet("Ramkoll")?.state).toBe("hidden");
    expect(session.errors).toEqual([]);
  });

  it("asks which number '1.500' means and saves nothing until it is clear", async () => {
    session = await openPane(server.url);
    const { page } = session;
    await referenceLoaded(page);
    await page.getByRole("button", { name: "Ny åtgärd" }).click();
    const dialog = page.getByRole("dialog");
    const amount = dialog.getByRole("textbox", { name: "2026 (tkr)" });
    await amount.fill("1.500");
    await amount.blur();
    await dialog
      .getByText(/Menar du 1\s500 eller 1,5\?/)
      .first()
      .waitFor();
    expect(await lookAt(page, "ambiguous-amount")).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
