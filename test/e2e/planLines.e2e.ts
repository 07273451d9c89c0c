/**
 * The plan's lines as the committee sees them, in the built pane in Chromium: the scenario's frame
 * lines, needs per area and cause, requests with their purpose and the sums per area; the sums
 * per area under the measures list; a measure priced as a full-year effect from a start date.
 * Each view is photographed at 350 and 1 200 px and scanned with axe.
 */
import type { Page } from "playwright-core";
import { axeViolations } from "./support/axe";
import { openPane, type PaneSession } from "./support/browser";
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


const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ");

describe("the plan's lines in the browser", () => {
  beforeEach(async () => {
    session = await openPane(server.url);
    await session.page.getByText("Vakanshålla 24 platser i särskilt boende").first().waitFor();
  });
  afterEach(async () => {
    expect(session?.errors).toEqual([]);
    await session?.close();
    session = undefined;
  });

  it("shows the scenario's frame, needs, requests and sums per area", async () => {
    const { page } = session!;
    await page.getByRole("tab", { name: "Scenarier" }).click();
    await page.getByRole("heading", { name: "Ram (tkr)", exact: true }).waitFor();
    await page.getByRole("heading", { name: "Per område" }).waitFor();
    await photograph(page, "scenario-lines");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows the sums per area under the measures list", async () => {
    const { page } = session!;
    await page.getByRole("tab", { name: "Åtgärder" }).click();
    const sums = page.getByRole("heading", { name: "Per område" });
    await sums.waitFor();
    await sums.scrollIntoViewIfNeeded();
    expect(await text(page, "table")).toMatch(/Individ- och familjeomsorg/);
    await photograph(page, "measures-areasums");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("prices a measure from a start date and shows what it gives per year", async () => {
    const { page } = session!;
    await page.getByRole("tab", { name: "Åtgärder" }).click();
    await page.getByRole("button", { name: "Ny åtgärd" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: /Rubrik/ }).fill("Samordnade hemtjänstturer");
    await dialog.getByRole("combobox", { name: /Verksamhetsområde/ }).click();
    await page.getByRole("option", { name: "Äldreomsorg" }).click();
    await dialog.getByRole("radio", { name: "Helårseffekt från ett startdatum" }).check();
    await dialog.getByRole("textbox", { name: /Helårseffekt \(tkr\)/ }).fill("14 000");
    await dialog.getByLabel(/Startdatum/).fill("2026-07-01");
    await dialog.getByText("2026: 7 000 · 2027: 14 000 · 2028: 14 000 tkr").waitFor();
    await dialog.getByText("Ger per år").scrollIntoViewIfNeeded();
    await photograph(page, "pricing", false);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Spara" }).click();
    await page.getByText("Samordnade hemtjänstturer").first().waitFor();
  });
});

describe("the proposed decisions in the browser", () => {
  it("lists the att-satser, takes a rewritten one, and passes axe at 350 and 1 200 px", async () => {
    session = await openPane(server.url);
    const { page } = session;
    await page.getByText("Vakanshålla 24 platser i särskilt boende").first().waitFor();
    await page.getByRole("tab", { name: "Beslut" }).click();
    const list = page.getByRole("group", { name: /Förslag till beslut i scenariot/ });
    await list.getByText(/behov utöver ram om 48\s900\stkr/).waitFor();
    await list.getByRole("button", { name: "Skriv om sats 4" }).click();
    const field = list.getByRole("textbox", { name: "Sats 4" });
    await field.fill("Att sänka kostnaderna i hemtjänsten med 35 000 tkr genom nya arbetssätt.");
    await list.getByRole("button", { name: "Spara" }).click();
    await list.getByText("Omskriven").waitFor();
    await photograph(page, "decisions");
    expect(await axeViolations(page)).toEqual([]);
    const stored = await page.evaluate(() => window.localStorage.getItem("ramkoll.plan") ?? "");
    expect(stored).toContain("nya arbetssätt");
    expect(session.errors).toEqual([]);
  });
});
