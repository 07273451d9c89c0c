/** @jest-environment jsdom */
/** The comparison of scenarios side by side. */
import "@testing-library/jest-dom";
import { FakePort, findCard, flat, renderApp, screen, within } from "../../../support/renderPane";

jest.setTimeout(30_000);

function withTwoScenarios() {
  const port = FakePort.withReference();
  const base = port.scenarios[0]!;
  port.scenarios = [
    base,
    // Without the vacant care-home places, but with the children-and-youth proposal.
    {
      ...base,
      id: "s-2",
      name: "Utan vakanser",
      included: ["ref-atgard-2", "ref-atgard-3", "ref-atgard-4", "ref-atgard-5", "ref-forslag-1"],
    },
  ];
  return port;
}

function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) => [...r.querySelectorAll("th, td")].map((c) => flat(c.textContent)));
}

describe("compare view", () => {
  it("shows per year what is freed, what must be covered and the result of each scenario", async () => {
    const { user } = renderApp(withTwoScenarios());
    await findCard(/Vakanshålla/);
    await user.click(screen.getByRole("tab", { name: "Jämför" }));
    const y2026 = await screen.findByRole("table", { name: "Jämförelse 2026 (tkr)" });
    expect(rows(y2026)).toEqual([
      ["Budget i balans 2026", "50 000", "48 900", "Överskott 1 100 tkr"],
      ["Utan vakanser", "36 000", "58 700", "Underskott 22 700 tkr"],
    ]);
    expect(within(y2026).getByText("Underskott 22 700 tkr")).toHaveAttribute(
      "data-status",
      "deficit"
    );
    expect(rows(screen.getByRole("table", { name: "Jämförelse 2027 (tkr)" }))[1]).toEqual([
      "Utan vakanser",
      "41 000",
      "58 700",
      "Underskott 17 700 tkr",
    ]);
    const consequences = screen.getByRole("table", { name: "Konsekvenser per scenario (antal)" });
    expect(
      within(consequences)
        .getAllByRole("columnheader")
        .map((c) => flat(c.textContent))
    ).toEqual([
      "Scenario",
      "Med i scenariot",
      "Sänker ambitionsnivån",
      "Påverkar målen negativt",
      "Ej bedömda",
    ]);
    expect(rows(consequences)).toEqual([
      ["Budget i balans 2026", "5", "2", "2", "1"],
      ["Utan vakanser", "5", "1", "1", "1"],
    ]);
  });

  it("compares only the chosen scenarios, at least two", async () => {
    const port = withTwoScenarios();
    port.scenarios = [...port.scenarios, { ...port.scenarios[0]!, id: "s-3", name: "Tredje" }];
    const { user } = renderApp(port);
    await findCard(/Vakanshålla/);
    await user.click(screen.getByRole("tab", { name: "Jämför" }));
    const y2026 = await screen.findByRole("table", { name: "Jämförelse 2026 (tkr)" });
    expect(rows(y2026)).toHaveLength(3);
    await user.click(screen.getByRole("checkbox", { name: "Tredje" }));
    expect(rows(screen.getByRole("table", { name: "Jämförelse 2026 (tkr)" }))).toHaveLength(2);
    await user.click(screen.getByRole("checkbox", { name: "Utan vakanser" }));
    expect(screen.getByText("Välj minst två scenarier.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("needs two scenarios", async () => {
    const port = FakePort.withReference();
    port.scenarios = port.scenarios.slice(0, 1);
    const { user } = renderApp(port);
    await findCard(/Vakanshålla/);
    await user.click(screen.getByRole("tab", { name: "Jämför" }));
    expect(await screen.findByText(/Det behövs minst två scenarier/)).toBeInTheDocument();
  });
});
