/** @jest-environment jsdom */
/**
 * Honest amount input in the scenario panel (issue 9, item 7): a Swedish "1.500" is ambiguous and
 * asks, an amount finer than one krona is refused naming the field; neither is ever saved, and the
 * ordinary ways of typing an amount still save.
 */
import "@testing-library/jest-dom";
import { waitFor } from "@testing-library/react";
import { FakePort, findCard, renderApp, screen } from "../../support/renderPane";

jest.setTimeout(30_000);

async function openScenarios(user: ReturnType<typeof renderApp>["user"]) {
  await findCard(/Vakanshålla 24 platser/);
  await user.click(screen.getByRole("tab", { name: "Scenarier" }));
  return screen.findByRole("table", { name: "Resultat (tkr)" });
}

const NEED = "Försörjningsstöd";
const GRANT = "Statsbidrag för skyddat boende för barn och vuxna utsatta för våld";

/** The typed amount of the reference case's need line NEED, as saved. */
function savedNeed(port: FakePort, year: number): string | undefined {
  const saved = port.saveScenarios.mock.calls[0]![0][0]!;
  const source = saved.needLines.find((l) => l.cause === NEED)!.source;
  return source.kind === "typed" ? source.amounts[year]?.toString() : undefined;
}

/** Text with every kind of space as a plain space, for comparing with what the pane shows. */
const plain = (text: string | null | undefined) => (text ?? "").replace(/[\s\u00a0]+/g, " ");

describe("an amount typed in the scenario panel", () => {
  it('asks what "1.500" means and saves nothing until the user types an unambiguous number', async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await openScenarios(user);
    const needs = screen.getByLabelText(`${NEED} 2026 (tkr)`);
    await user.clear(needs);
    await user.type(needs, "1.500{Enter}");
    expect(needs).toHaveAttribute("aria-invalid", "true");
    const warning = screen.getByText(/Menar du/);
    expect(plain(warning.textContent)).toBe(
      `${NEED} 2026 (tkr): Menar du 1 500 eller 1,5? Skriv 1500 eller 1,5.`
    );
    await user.tab();
    expect(port.saveScenarios).not.toHaveBeenCalled();

    await user.clear(needs);
    await user.type(needs, "1500{Enter}");
    await waitFor(() => expect(port.saveScenarios).toHaveBeenCalledTimes(1));
    expect(savedNeed(port, 2026)).toBe("1500");
    expect(screen.queryByText(/Menar du/)).not.toBeInTheDocument();
  });

  it("refuses an amount finer than one krona, naming the field, and never shows it as 0", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await openScenarios(user);
    const increase = screen.getByLabelText(`${GRANT} 2027 (tkr)`);
    await user.clear(increase);
    await user.type(increase, "0,0005{Enter}");
    expect(increase).toHaveAttribute("aria-invalid", "true");
    expect(increase).toHaveValue("0,0005");
    expect(plain(screen.getByText(/mindre än en krona/).textContent)).toMatch(
      new RegExp(`^${GRANT} 2027 \\(tkr\\): 0,0005 tkr är mindre än en krona`)
    );
    await user.tab();
    expect(port.saveScenarios).not.toHaveBeenCalled();
  });

  it("withdraws its warning when another scenario is shown", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await openScenarios(user);
    const needs = screen.getByLabelText(`${NEED} 2026 (tkr)`);
    await user.clear(needs);
    await user.type(needs, "1.500");
    expect(screen.getByText(/Menar du/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Nytt scenario" }));
    await waitFor(() => expect(port.scenarios).toHaveLength(3));
    await waitFor(() => expect(screen.queryByText(/Menar du/)).not.toBeInTheDocument());
  });

  it.each([
    ["1 500", "1500"],
    ["1500", "1500"],
    ["1,5", "1.5"],
    ["−2 000", "-2000"],
    ["1 500,25", "1500.25"],
    ["0,001", "0.001"],
  ])("still saves %j as %s", async (typed, stored) => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await openScenarios(user);
    const needs = screen.getByLabelText(`${NEED} 2027 (tkr)`);
    await user.clear(needs);
    await user.type(needs, `${typed}{Enter}`);
    await waitFor(() => expect(port.saveScenarios).toHaveBeenCalledTimes(1));
    expect(savedNeed(port, 2027)).toBe(stored);
  });
});
