/** @jest-environment jsdom */
/**
 * The scenario panel on the reference case: the frame, need and request lines and the balance per
 * year; including and excluding measures with one click (also by keyboard); funding a proposal;
 * typing amounts; creating, renaming and deleting scenarios.
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
  return screen.findByRole("table", { name: "Resultat (tkr)" });
}

/** The text of a computed row ("Frigjorda medel" …) per year. */
function rowValues(label: string): string[] {
  const table = screen.getByRole("table", { name: "Resultat (tkr)" });
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
// Generous: under a full parallel run on two cores a rendered pane can take several times longer.
jest.setTimeout(90_000);

const toggle = (name: RegExp) => screen.getByRole("switch", { name });
const inputValue = (label: string) =>
  flat((screen.getByLabelText(label) as HTMLInputElement).value);
const FRAME_2026 = "Anvisad ram före justeringar 2026 (tkr)";
const CHILD_PLACEMENTS_2026 = "Placeringar barn och unga 2026 (tkr)";
const GRANT = "Statsbidrag för skyddat boende för barn och vuxna utsatta för våld";
const CHILDREN_PROPOSAL = /Utvecklingsförslag 1: Utvecklingsplan ”satsa oss ur” barn och unga/;

describe("scenario panel", () => {
  it("shows the reference case: needs 48 900, freed 50 000, surplus 1 100 tkr in 2026", async () => {
    const { user } = renderBrowser();
    await openScenarios(user);
    // The lines as the document has them (000 lines 8–16 and 161–170).
    expect(inputValue(FRAME_2026)).toBe("1 215 669");
    expect(inputValue("Sänkt personalomkostnadspålägg 2026 (tkr)")).toMatch(/^[−-]8 096$/);
    expect(inputValue(CHILD_PLACEMENTS_2026)).toBe("23 500");
    expect(inputValue("Försörjningsstöd 2026 (tkr)")).toBe("12 900");
    expect(inputValue(`${GRANT} 2026 (tkr)`)).toBe("1 210");
    // Their sums: 1 215 669 + 4 382 − 8 096 + 49 + 3 042 = 1 215 046; 23 500 + 12 900 + 9 200 + 3 300.
    expect(rowValues("Ram")).toEqual(["1 215 046", "1 215 046", "1 215 046"]);
    expect(rowValues("Behov utöver ram")).toEqual(["48 900", "48 900", "48 900"]);
    // The grant is requested for a cost of its own: it adds as much as it brings.
    expect(rowValues("Egna kostnader för ramökningar")).toEqual(["1 210", "1 210", "1 210"]);
    expect(rowValues("Begärd ramökning")).toEqual(["1 210", "1 210", "1 210"]);
    expect(rowValues("Förslag inom ramen")).toEqual(["0", "0", "0"]);
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
  });

  it("funds a proposal within the frame, as a requested increase, or leaves it unfunded", async () => {
    const { user, storage } = renderBrowser();
    await openScenarios(user);
    const funding = () => screen.getByRole("combobox", { name: CHILDREN_PROPOSAL });
    expect(funding()).toHaveTextContent("Ofinansierat (räknas inte)");
    const choose = async (option: string) => {
      await user.click(funding());
      await user.click(await screen.findByRole("option", { name: option }));
    };
    const saved = async () =>
      (await new BrowserWorkbook(storage, { events: null }).load()).scenarios[0]!;

    // Within the frame: the measures must cover its 9 800 too, 1 100 − 9 800 = −8 700.
    await choose("Inom ramen (ska täckas av åtgärder)");
    expect(rowValues("Förslag inom ramen")).toEqual(["9 800", "9 800", "9 800"]);
    expect(result(2026)).toBe("Underskott 8 700 tkr");
    await waitFor(async () => expect((await saved()).included).toContain("ref-forslag-1"));

    // Requested: it brings its own increase, so the result is 1 100 again; both rows show it.
    await choose("Begärs som ramökning");
    expect(rowValues("Förslag inom ramen")[0]).toBe("0");
    expect(rowValues("Begärd ramökning")[0]).toBe("11 010");
    expect(rowValues("Egna kostnader för ramökningar")[0]).toBe("11 010");
    expect(result(2026)).toBe("Överskott 1 100 tkr");
    await waitFor(async () => {
      const s = await saved();
      expect(s.requestedProposals).toEqual(["ref-forslag-1"]);
      expect(s.included).not.toContain("ref-forslag-1");
    });

    await choose("Ofinansierat (räknas inte)");
    await waitFor(async () => expect((await saved()).requestedProposals).toEqual([]));
    expect(result(2026)).toBe("Överskott 1 100 tkr");
  });

  it("reaches and toggles a measure with the keyboard alone", async () => {
    const { user } = renderBrowser();
    await findCard(/Vakanshålla 24 platser/);
    // From the tab list: arrow to Scenarier, choose it with Enter.
    screen.getByRole("tab", { name: "Åtgärder" }).focus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Scenarier" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await screen.findByRole("table", { name: "Resultat (tkr)" });

    const target = toggle(/Åtgärd 4: Hålla en chefstjänst/);
    // Past the result and every line's fields (about a hundred stops in the reference case).
    for (let i = 0; i < 250 && document.activeElement !== target; i++) await user.tab();
    expect(target).toHaveFocus();
    await user.keyboard(" ");
    expect(target).not.toBeChecked();
    expect(result(2026)).toBe("Överskott 100 tkr");
    await user.keyboard(" ");
    expect(target).toBeChecked();
    expect(result(2026)).toBe("Överskott 1 100 tkr");
  }, 120_000);

  it("recomputes the balance while an amount is typed and saves it on leaving the field", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await openScenarios(user);
    // 23 500 → 24 600 makes the needs 50 000, as much as the measures free.
    const needs = screen.getByLabelText(CHILD_PLACEMENTS_2026);
    await user.clear(needs);
    await user.type(needs, "24 600");
    expect(result(2026)).toBe("I balans");
    expect(port.saveScenarios).not.toHaveBeenCalled();
    await user.type(needs, "{Enter}");
    await waitFor(() => expect(port.saveScenarios).toHaveBeenCalledTimes(1));
    const saved = port.saveScenarios.mock.calls[0]![0][0]!;
    const line = saved.needLines.find((l) => l.id === "ref-behov-1")!;
    expect(line.source.kind === "typed" && line.source.amounts[2026]?.toString()).toBe("24600");
    expect(line.source.kind === "typed" && line.source.amounts[2027]?.toString()).toBe("23500");
    await user.tab();
    expect(port.saveScenarios).toHaveBeenCalledTimes(1);
    expect(result(2026)).toBe("I balans");
  });

  it("marks an amount that is not a number and never saves it", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await openScenarios(user);
    const frame = screen.getByLabelText(FRAME_2026);
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
    // The reference plan has two scenarios; the copy comes third.
    await waitFor(() => expect(port.scenarios).toHaveLength(3));
    const [original, , copied] = port.scenarios as [Scenario, Scenario, Scenario];
    expect(copied.name).toBe("Budget i balans 2026 (kopia)");
    expect(copied.id).not.toBe(original.id);
    expect(copied.included).toEqual(original.included);
    expect(copied.frameLines).toEqual(original.frameLines);
    expect(copied.needLines).toEqual(original.needLines);
    expect(copied.requests).toEqual(original.requests);
    expect(copied.requestedProposals).toEqual(original.requestedProposals);
    expect(screen.getByRole("combobox", { name: "Scenario" })).toHaveTextContent(
      "Budget i balans 2026 (kopia)"
    );
    // The copy balances as the original does: 50 000 freed against 48 900 to cover.
    expect(result(2026)).toBe("Överskott 1 100 tkr");

    // A variant: leaving Åtgärd 1 out of the copy changes the copy, not the original.
    await user.click(toggle(/Åtgärd 1: Vakanshålla/));
    await waitFor(() => expect(port.scenarios[2]!.included).not.toContain("ref-atgard-1"));
    expect(port.scenarios[0]!.included).toContain("ref-atgard-1");
  });

  it("creates, renames and deletes a scenario", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await openScenarios(user);

    await user.click(screen.getByRole("button", { name: "Nytt scenario" }));
    await waitFor(() => expect(port.scenarios).toHaveLength(3));
    const created = port.scenarios[2]!;
    expect(created.name).toBe("Scenario 3");
    expect(created.included).toEqual([]);
    // The frame, need and request lines are carried over; nothing is included yet.
    expect(created.needLines).toEqual(port.scenarios[0]!.needLines);
    expect(created.frameLines).toEqual(port.scenarios[0]!.frameLines);
    expect(created.requests).toEqual(port.scenarios[0]!.requests);
    expect(screen.getByRole("combobox", { name: "Scenario" })).toHaveTextContent("Scenario 3");
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
    await waitFor(() => expect(port.scenarios[2]!.name).toBe("Utan vakanser"));
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
      expect(port.scenarios.map((s) => s.name)).toEqual([
        "Budget i balans 2026",
        "Med begärda ramökningar",
      ])
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
    await waitFor(() => expect(port.scenarios).toHaveLength(3));
    const before = port.scenarios.map((s) => ({ ...s }));

    // Delete the original (first) scenario; the copy is left and chosen.
    await user.click(await screen.findByRole("combobox", { name: "Scenario" }));
    await user.click(await screen.findByRole("option", { name: "Budget i balans 2026" }));
    await user.click(screen.getByRole("button", { name: "Ta bort scenario" }));
    const confirm = await screen.findByRole("dialog", {
      name: "Ta bort scenariot ”Budget i balans 2026”?",
    });
    await user.click(within(confirm).getByRole("button", { name: "Ta bort scenario" }));
    await waitFor(() => expect(port.scenarios).toHaveLength(2));
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
    // Without a scenario to start from it has no lines yet; the balance covers the plan period.
    expect(port.scenarios[0]!.frameLines).toEqual([]);
    expect(screen.getByText("Resultat 2028")).toBeInTheDocument();
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
