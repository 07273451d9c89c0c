/** @jest-environment jsdom */
/**
 * The pane shows amounts by the same rule as the committee table (issue 9, "silently wrong
 * numbers"): 100,4 freed against 100,6 to cover is "I balans" in the pane and Kvar 0 in the
 * table; three included measures of 0,4 show 1, 0, 0 beside their total in both.
 */
import "@testing-library/jest-dom";
import { waitFor } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../../../src/plan/model";
import { FakePort, findCard, flat, renderApp, screen, within } from "../../../support/renderPane";
import {
  balanceLine,
  itemRows,
  measureWith,
  scenarioWith,
  summa,
} from "../../../support/committeeRows";

// Generous: under a full parallel run on two cores a rendered pane can take several times longer.
jest.setTimeout(90_000);

/** 99,2 + 0,4 + 0,4 + 0,4 = 100,4 freed in 2026, against needs of 100,6. */
function portWithTenths(): FakePort {
  const port = new FakePort("excel");
  port.settings = DEFAULT_SETTINGS;
  const measures = [
    { ...measureWith("big", 1, { 2026: "99.2" }), title: "Stor åtgärd" },
    { ...measureWith("a", 2, { 2026: "0.4" }), title: "Liten A" },
    { ...measureWith("b", 3, { 2026: "0.4" }), title: "Liten B" },
    { ...measureWith("c", 4, { 2026: "0.4" }), title: "Liten C" },
  ];
  port.stored = measures.map((measure, i) => ({
    measure,
    formulas: [],
    writable: true,
    row: i + 2,
  }));
  port.scenarios = [
    { ...scenarioWith({ 2026: "100.6" }, ["big", "a", "b", "c"]), name: "Tiondelar" },
  ];
  return port;
}

/** The amounts an include switch's row shows ("2026: 1 · 2027: – · 2028: – tkr"). */
function amountsOf(name: RegExp): string {
  const id = screen.getByRole("switch", { name }).getAttribute("aria-describedby") ?? "";
  return flat(document.getElementById(id)?.textContent);
}

/** The text of a computed row of the amounts table per year. */
function rowValues(label: string): string[] {
  const table = screen.getByRole("table", { name: "Resultat (tkr)" });
  const row = within(table).getByRole("rowheader", { name: label }).closest("tr")!;
  return within(row)
    .getAllByRole("cell")
    .map((c) => flat(c.textContent));
}

describe("the pane and the committee table round alike", () => {
  it("shows 1/0/0 beside freed 100, I balans, and the table says the same", async () => {
    const port = portWithTenths();
    const { user } = renderApp(port);
    await findCard(/Liten A/);
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    await screen.findByRole("table", { name: "Resultat (tkr)" });

    // Each figure rounded once from the exact amounts: 100,4 → 100, 100,6 → 101, −0,2 → 0.
    expect(rowValues("Frigjorda medel")[0]).toBe("100");
    expect(rowValues("Att täcka")[0]).toBe("101");
    expect(flat(screen.getByText("Resultat 2026").closest("li")?.textContent)).toContain(
      "I balans"
    );
    // The included parts add up to the shown total: 99 + 1 + 0 + 0 = 100, not 99 + 0 + 0 + 0.
    expect(amountsOf(/Stor åtgärd/)).toMatch(/^2026: 99 ·/);
    expect(amountsOf(/Liten A/)).toMatch(/^2026: 1 ·/);
    expect(amountsOf(/Liten B/)).toMatch(/^2026: 0 ·/);
    expect(amountsOf(/Liten C/)).toMatch(/^2026: 0 ·/);

    await user.click(screen.getByRole("button", { name: "Skapa nämndtabell" }));
    await waitFor(() => expect(port.committeeTables).toHaveLength(1));
    const table = port.committeeTables[0]!.table;
    expect(itemRows(table).map((r) => [r.nr, r.amounts[0]])).toEqual([
      [1, 99],
      [2, 1],
      [3, 0],
      [4, 0],
    ]);
    expect(summa(table)[0]).toBe(100);
    expect(balanceLine(table, "toCover", 3)[0]).toBe(101);
    expect(balanceLine(table, "remains", 3)[0]).toBe(0);
  });

  it("shows an excluded measure's amount on its own and leaves it out of the shown parts", async () => {
    const port = portWithTenths();
    port.scenarios = [{ ...port.scenarios[0]!, included: ["a", "b"] }];
    const { user } = renderApp(port);
    await findCard(/Liten A/);
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    await screen.findByRole("table", { name: "Resultat (tkr)" });
    // 0,4 + 0,4 = 0,8 is shown as 1, and its parts as 1 and 0; Liten C, excluded, as 0.
    expect(rowValues("Frigjorda medel")[0]).toBe("1");
    expect(amountsOf(/Liten A/)).toMatch(/^2026: 1 ·/);
    expect(amountsOf(/Liten B/)).toMatch(/^2026: 0 ·/);
    expect(amountsOf(/Liten C/)).toMatch(/^2026: 0 ·/);
  });
});
