/** @jest-environment jsdom */
/**
 * The balance bar: the chosen scenario's result per plan year in words and colour above every
 * view, following an edit at once (a measure switched off in the scenario) and the scenario chosen.
 */
import "@testing-library/jest-dom";
import { waitFor } from "@testing-library/react";
import { FakePort, flat, renderApp, screen, within } from "../../support/renderPane";

jest.setTimeout(90_000);

const bar = () => screen.getByRole("region", { name: /^Resultat per år i scenariot/ });
const years = () =>
  within(bar())
    .getAllByText(/^20\d\d: /)
    .map((b) => flat(b.textContent));

describe("the balance bar", () => {
  it("shows the chosen scenario's result per year above every view, and follows each edit", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await screen.findAllByText(/Vakanshålla 24 platser/);
    expect(bar()).toHaveAccessibleName("Resultat per år i scenariot ”Budget i balans 2026”");
    expect(years()).toEqual([
      "2026: Överskott 1 100 tkr",
      "2027: Överskott 6 100 tkr",
      "2028: Överskott 6 100 tkr",
    ]);
    for (const tab of ["Scenarier", "Beslut", "Jämför", "Inställningar"]) {
      await user.click(screen.getByRole("tab", { name: tab }));
      expect(years()[0]).toBe("2026: Överskott 1 100 tkr");
    }
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    // 1 100 − 14 000: without measure 1 the first year has a deficit of 12 900.
    await user.click(await screen.findByRole("switch", { name: /Åtgärd 1: Vakanshålla/ }));
    await waitFor(() => expect(years()[0]).toBe("2026: Underskott 12 900 tkr"));
    expect(within(bar()).getByText(/^2026: /)).toHaveAttribute("data-status", "deficit");
  });
});
