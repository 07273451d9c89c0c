/** @jest-environment jsdom */
/**
 * The scenario panel on the reference case: frame, needs and the balance per year; including and
 * excluding measures with one click (also by keyboard); typing amounts; creating, renaming and
 * deleting scenarios.
 */
import "@testing-library/jest-dom";
import { waitFor } from "@testing-library/react";
import { BrowserWorkbook } from "../../../../src/adapters/browser/browserWorkbook";
import type { Scenario } from "../../../../src/plan/model";
import {
  FakePort,
  findCard,
  flat,
  renderApp,
  renderBrowser,
  screen,
  within,
} from "../../../support/renderPane";

async function openScenarios(user: ReturnType<typeof renderBrowser>["user"]) {
  await findCard(/Vakanshålla 24 platser/);
  await user.click(screen.getByRole("tab", { name: "Scenarier" }));
  return screen.findByRole("table", { name: "Ram och behov (tkr)" });
}

/** The text of a computed row ("Frigjorda medel" …) per year. */
function rowValues(label: string): string[] {
  const table = screen.getByRole("table", { name: "Ram och behov (tkr)" });
  const header = within(table).getByRole("rowheader", { name: label });
  const row = header.closest("tr")!;
  return within(row)
    .getAllByRole("cell")
    .map((c) => flat(c.textContent));
}

/** The result of a year in words, as the badge states it. */
function result(year: number): string {
  const item = screen.getByText(`Resultat ${year}`).closest("li")!;
  return flat(item.textContent?.replace(`Resultat ${year}`, ""));
}

// Rendering the whole pane in jsdom takes a while; typing character by character more.
jest.setTimeout(30_000);

const toggle = (name: RegExp) => screen.getByRole("switch", { name });

describe("scenario panel", () => {
  it("shows the reference case: needs 48 900, freed 50 000, surplus 1 100 tkr in 2026", async () => {
    const { user } = renderBrowser();
    await openScenarios(user);
    expect(
      flat((screen.getByLabelText("Behov utöver ram 2026 (tkr)") as HTMLInputElement).value)
    ).toBe("48 900");
    expect(flat((screen.getByLabelText("Anvisad ram 2026 (tkr)") as HTMLInputElement).value)).toBe(
      "1 215 046"
    );
    expect(
      flat((screen.getByLabelText("Begärd ramökning 2026 (tkr)") as HTMLInputElement).value)
    ).toBe("1 210");
    expect(rowValues("Frigjorda medel")).toEqual(["50 000", "55 000", "55 000"]);
    expect(rowValues("Att täcka")).toEqual(["48 900", "48 900", "48 900"]);
    expect(rowValues("Resultat")).toEqual(["1 100", "6 100", "6 100"]);
    expect(result(2026)).toBe("Överskott 1 100 tkr");
    expect(result(2027)).toBe("Överskott 6 100 tkr");
    // The badge's colour repeats the words: green for a surplus.
    expect(screen.getByText("Överskott 1 100 tkr")).toHaveAttribute("data-status", "surplus");
    expect(screen.getByRole("combobox", { name: "Scenario" })).toHaveTextContent(
      "Budget i balans 2026"
    );
  });

  it("includes and excludes a measure with one click and saves the choice", async () => {
    const { user, storage } = renderBrowser();
    await openScenarios(user);
    const vacancies = toggle(/Åtgärd 1: Vakanshålla 24 platser/);
    expect(vacancies).toBeChecked();
    expect(vacancies).toHaveAccessibleDescription(
      /2026: 14\s000 · 2027: 14\s000 · 2028: 14\s000\stkr/
    );

    await user.click(vacancies);
    expect(vacancies).not.toBeChecked();
    expect(result(2026)).toBe("Underskott 12 900 tkr");
    expect(screen.getByText("Underskott 12 900 tkr")).toHaveAttribute("data-status", "deficit");
    expect(rowValues("Frigjorda medel")[0]).toBe("36 000");

    // Saved: another port on the same storage sees the choice.
    await waitFor(async () => {
      const saved = (await new BrowserWorkbook(storage, { events: null }).load()).scenarios[0]!;
      expect(saved.included).not.toContain("ref-atgard-1");
    });

    await user.click(vacancies);
    expect(vacancies).toBeChecked();
    expect(result(2026)).toBe("Överskott 1 100 tkr");

    // A development proposal adds to what must be covered.
    await user.click(toggle(/Utvecklingsförslag 1: Utvecklingsplan ”satsa oss ur” barn och unga/));
    expect(rowValues("Utvecklingsförslag")).toEqual(["9 800", "9 800", "9 800"]);
    expect(result(2026)).toBe("Underskott 8 700 tkr");
    await waitFor(async () => {
      const saved = (await new BrowserWorkbook(storage, { events: null }).load()).scenarios[0]!;
      expect(saved.included).toContain("ref-forslag-1");
    });
  });

  it("reaches and toggles a measure with the keyboard alone", async () => {
    const { user } = renderBrowser();
    await findCard(/Vakanshålla 24 platser/);
    // From the tab list: arrow to Scenarier, choose it with Enter.
    screen.getByRole("tab", { name: "Åtgärder" }).focus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Scenarier" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await screen.findByRole("table", { name: "Ram och behov (tkr)" });

    const target = toggle(/Åtgärd 4: Hålla en chefstjänst/);
    for (let i = 0; i < 60 && document.activeElement !== target; i++) await user.tab();
    expect(target).toHaveFocus();
    await user.keyboard(" ");
    expect(target).not.toBeChecked();
    expect(result(2026)).toBe("Överskott 100 tkr");
    await user.keyboard(" ");
    expect(target).toBeChecked();
    expect(result(2026)).toBe("Överskott 1 100 tkr");
  });

  it("recomputes the balance while an amount is typed and saves it on leaving the field", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await openScenarios(user);
    const needs = screen.getByLabelText("Behov utöver ram 2026 (tkr)");
    await user.clear(needs);
    await user.type(needs, "50 000");
    expect(result(2026)).toBe("I balans");
    expect(port.saveScenarios).not.toHaveBeenCalled();
    await user.type(needs, "{Enter}");
    await waitFor(() => expect(port.saveScenarios).toHaveBeenCalledTimes(1));
    const saved = port.saveScenarios.mock.calls[0]![0][0]!;
    expect(saved.years.find((y) => y.year === 2026)!.needs.toString()).toBe("50000");
    expect(saved.years.find((y) => y.year === 2027)!.needs.toString()).toBe("48900");
    await user.tab();
    expect(port.saveScenarios).toHaveBeenCalledTimes(1);
    expect(result(2026)).toBe("I balans");
  });

  it("marks an amount that is not a number and never saves it", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await openScenarios(user);
    const frame = screen.getByLabelText("Anvisad ram 2026 (tkr)");
    await user.clear(frame);
    await user.type(frame, "en miljon");
    expect(frame).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("Skriv ett tal.")).toBeInTheDocument();
    await user.tab();
    expect(port.saveScenarios).not.toHaveBeenCalled();
    expect(result(2026)).toBe("Överskott 1 100 tkr");
  });

  it("copies a scenario with its amounts and inclusions, and chooses the copy", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await openScenarios(user);

    await user.click(screen.getByRole("button", { name: "Kopiera" }));
    await waitFor(() => expect(port.scenarios).toHaveLength(2));
    const [original, copied] = port.scenarios as [Scenario, Scenario];
    expect(copied.name).toBe("Budget i balans 2026 (kopia)");
    expect(copied.id).not.toBe(original.id);
    expect(copied.included).toEqual(original.included);
    expect(copied.years).toEqual(original.years);
    expect(screen.getByRole("combobox", { name: "Scenario" })).toHaveTextContent(
      "Budget i balans 2026 (kopia)"
    );
    // The copy balances as the original does: 50 000 freed against 48 900 to cover.
    expect(result(2026)).toBe("Överskott 1 100 tkr");

    // A variant: leaving Åtgärd 1 out of the copy changes the copy, not the original.
    await user.click(toggle(/Åtgärd 1: Vakanshålla/));
    await waitFor(() => expect(port.scenarios[1]!.included).not.toContain("ref-atgard-1"));
    expect(port.scenarios[0]!.included).toContain("ref-atgard-1");
  });

  it("creates, renames and deletes a scenario", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await openScenarios(user);

    await user.click(screen.getByRole("button", { name: "Nytt scenario" }));
    await waitFor(() => expect(port.scenarios).toHaveLength(2));
    const created = port.scenarios[1]!;
    expect(created.name).toBe("Scenario 2");
    expect(created.included).toEqual([]);
    // The frame and needs are carried over; nothing is included yet.
    expect(created.years[0]!.needs.eq(48_900)).toBe(true);
    expect(screen.getByRole("combobox", { name: "Scenario" })).toHaveTextContent("Scenario 2");
    expect(result(2026)).toBe("Underskott 48 900 tkr");
    expect(toggle(/Åtgärd 1: Vakanshålla/)).not.toBeChecked();

    await user.click(screen.getByRole("button", { name: "Byt namn" }));
    const dialog = await screen.findByRole("dialog", { name: "Byt namn på scenariot" });
    const name = within(dialog).getByRole("textbox", { name: /Namn/ });
    await user.clear(name);
    await user.click(within(dialog).getByRole("button", { name: "Spara" }));
    expect(within(dialog).getByText("Skriv ett namn.")).toBeInTheDocument();
    await user.type(name, "Utan vakanser");
    await user.click(within(dialog).getByRole("button", { name: "Spara" }));
    await waitFor(() => expect(port.scenarios[1]!.name).toBe("Utan vakanser"));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();

    // Choose the first scenario again in the dropdown (once the dialog has given the page back).
    await user.click(await screen.findByRole("combobox", { name: "Scenario" }));
    await user.click(await screen.findByRole("option", { name: "Budget i balans 2026" }));
    expect(result(2026)).toBe("Överskott 1 100 tkr");

    await user.click(screen.getByRole("combobox", { name: "Scenario" }));
    await user.click(await screen.findByRole("option", { name: "Utan vakanser" }));
    await user.click(screen.getByRole("button", { name: "Ta bort scenario" }));
    const confirm = await screen.findByRole("dialog", {
      name: "Ta bort scenariot ”Utan vakanser”?",
    });
    await user.click(within(confirm).getByRole("button", { name: "Ta bort scenario" }));
    await waitFor(() =>
      expect(port.scenarios.map((s) => s.name)).toEqual(["Budget i balans 2026"])
    );
    expect(await screen.findByRole("combobox", { name: "Scenario" })).toHaveTextContent(
      "Budget i balans 2026"
    );
  });

  it("undoes the deletion of a scenario: it comes back whole, at its place, and is chosen", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await openScenarios(user);
    await user.click(screen.getByRole("button", { name: "Kopiera" }));
    await waitFor(() => expect(port.scenarios).toHaveLength(2));
    const before = port.scenarios.map((s) => ({ ...s }));

    // Delete the original (first) scenario; the copy is left and chosen.
    await user.click(await screen.findByRole("combobox", { name: "Scenario" }));
    await user.click(await screen.findByRole("option", { name: "Budget i balans 2026" }));
    await user.click(screen.getByRole("button", { name: "Ta bort scenario" }));
    const confirm = await screen.findByRole("dialog", {
      name: "Ta bort scenariot ”Budget i balans 2026”?",
    });
    await user.click(within(confirm).getByRole("button", { name: "Ta bort scenario" }));
    await waitFor(() => expect(port.scenarios).toHaveLength(1));
    expect(await screen.findByText("Scenariot ”Budget i balans 2026” togs bort.")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Ångra" }));
    await waitFor(() => expect(port.scenarios).toEqual(before));
    expect(screen.queryByText(/togs bort/)).not.toBeInTheDocument();
    expect(await screen.findByRole("combobox", { name: "Scenario" })).toHaveTextContent(
      /^Budget i balans 2026$/
    );
    expect(result(2026)).toBe("Överskott 1 100 tkr");
  });

  it("invites to create a scenario when there is none", async () => {
    const port = FakePort.withReference();
    port.scenarios = [];
    const { user } = renderApp(port);
    await findCard(/Vakanshålla/);
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    expect(await screen.findByText(/Det finns inga scenarier ännu/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Nytt scenario" }));
    expect(await screen.findByText("Resultat 2026")).toBeInTheDocument();
    expect(result(2026)).toBe("I balans");
    expect(port.scenarios[0]!.years.map((y) => y.year)).toEqual([2026, 2027, 2028]);
  });

  it("tells when the scenario names measures that no longer exist", async () => {
    const port = FakePort.withReference();
    port.scenarios = [
      { ...port.scenarios[0]!, included: [...port.scenarios[0]!.included, "m-gone"] },
    ];
    const { user } = renderApp(port);
    await openScenarios(user);
    expect(
      screen.getByText(/1 post i scenariot finns inte längre i åtgärdstabellen/)
    ).toBeInTheDocument();
  });
});
