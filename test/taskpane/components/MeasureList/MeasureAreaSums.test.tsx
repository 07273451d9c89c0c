/** @jest-environment jsdom */
/**
 * The sums per area under the measures list (issue 10, item 5): for the chosen scenario of the
 * reference case, the needs per area of BRIEF §6 (IFO 36 400, PSO 9 200, administration 3 300),
 * the 50 000 freed, and the result +1 100 — the same figures as the scenario view.
 */
import "@testing-library/jest-dom";
import { findCard, renderBrowser, screen, within } from "../../../support/renderPane";

jest.setTimeout(90_000);

/** The cells of the row headed `label` in the table, as shown. */
function cellsOf(table: HTMLElement, label: string): string[] {
  const row = within(table).getByRole("rowheader", { name: label }).closest("tr")!;
  return within(row)
    .getAllByRole("cell")
    .map((c) => (c.textContent ?? "").replace(/\s/g, " "));
}

describe("the measures list's sums per area", () => {
  it("shows the chosen scenario's needs, freed money and what remains per area", async () => {
    renderBrowser();
    await findCard(/Vakanshålla 24 platser/);
    const table = await screen.findByRole("table", { name: "Per område 2026 (tkr)" });
    expect(screen.getByText(/I scenariot ”Budget i balans 2026”/)).toBeInTheDocument();
    // Columns: Behov, Förslag, Frigjort, Kvar.
    expect(cellsOf(table, "Individ- och familjeomsorg")[0]).toBe("36 400");
    expect(cellsOf(table, "Personligt stöd och omsorg")[0]).toBe("9 200");
    expect(cellsOf(table, "Nämnd och administration")[0]).toBe("3 300");
    const result = cellsOf(table, "Resultat");
    expect(result[0]).toBe("48 900");
    expect(result[2]).toBe("50 000");
    expect(result[3]).toBe("1 100");
  });

  it("follows the year chosen", async () => {
    const { user } = renderBrowser();
    await findCard(/Vakanshålla 24 platser/);
    await screen.findByRole("table", { name: "Per område 2026 (tkr)" });
    await user.selectOptions(screen.getByRole("combobox", { name: "År" }), "2027");
    const table = await screen.findByRole("table", { name: "Per område 2027 (tkr)" });
    // 2027: 55 000 freed (measure 2 adds 5 000) against the same 48 900: +6 100.
    expect(cellsOf(table, "Resultat")[3]).toBe("6 100");
  });
});
