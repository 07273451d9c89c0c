/** @jest-environment jsdom */
/**
 * Quick inclusion clicks while Excel answers slowly (issue 9, "Lost updates"): a reload that
 * arrives between them does not bring back the older scenario list, so no click is dropped; and a
 * save the workbook refused as a conflict is said in the pane, which then shows the newer plan;
 * and an amount committed in one browser tab keeps what another tab changed meanwhile.
 */
import "@testing-library/jest-dom";
import { act, waitFor } from "@testing-library/react";
import type { Scenario } from "../../../../src/plan/model";
import { WorkbookError } from "../../../../src/port/workbookPort";
import type { DocumentBase } from "../../../../src/port/workbookPort";
import { BrowserWorkbook, MemoryStorage } from "../../../../src/adapters/browser/browserWorkbook";
import { FakePort, findCard, renderApp, renderBrowser, screen } from "../../../support/renderPane";

// Generous: under a full parallel run on two cores a rendered pane can take several times longer.
jest.setTimeout(90_000);

const SCENARIO = "ref-scenario-balans-2026";
const MEASURES = ["ref-atgard-1", "ref-atgard-2", "ref-atgard-3"];
const FRAME_2027 = "Anvisad ram före justeringar 2027 (tkr)";

async function openScenarios(port: FakePort) {
  const { user } = renderApp(port);
  await findCard(/Vakanshålla 24 platser/);
  await user.click(screen.getByRole("tab", { name: "Scenarier" }));
  await screen.findByRole("table", { name: "Resultat (tkr)" });
  return user;
}

/** The switches of the first three measures, all included in the reference case. */
const measureSwitches = () => screen.getAllByRole("switch", { name: /^Åtgärd [123]:/ }).slice(0, 3);

const stored = (port: FakePort) => port.scenarios.find((s) => s.id === SCENARIO)!.included;

describe("scenario panel while Excel answers slowly", () => {
  it("keeps all three quick exclusion clicks, though a reload comes between them", async () => {
    const port = FakePort.withReference();
    const user = await openScenarios(port);
    port.holdSaves = true;
    const [one, two, three] = measureSwitches() as [HTMLElement, HTMLElement, HTMLElement];

    await user.click(one);
    await user.click(two);
    expect(port.heldSaves).toBe(2);
    // Excel finishes the first save; the pane reloads while the second is still under way.
    const loads = port.load.mock.calls.length;
    act(() => void port.releaseSave());
    await waitFor(() => expect(port.load.mock.calls.length).toBeGreaterThan(loads));
    await act(async () => {
      await port.load.mock.results[port.load.mock.results.length - 1]!.value;
    });
    expect(two).not.toBeChecked(); // not the stored list without the second click

    await user.click(three);
    while (port.heldSaves > 0) act(() => void port.releaseSave());
    await waitFor(() => expect(port.saveScenarios).toHaveBeenCalledTimes(3));
    await waitFor(() => expect(stored(port).filter((id) => MEASURES.includes(id))).toEqual([]));
    for (const s of [one, two, three]) await waitFor(() => expect(s).not.toBeChecked());
    // Each save was based on the plan as the pane showed it, its own pending clicks included.
    const calls = port.saveScenarios.mock.calls as unknown as [Scenario[], DocumentBase][];
    const bases = calls.map(([, base]) =>
      base.scenarios.find((s) => s.id === SCENARIO)!.included.filter((id) => MEASURES.includes(id))
    );
    expect(bases).toEqual([MEASURES, MEASURES.slice(1), MEASURES.slice(2)]);
  });

  it("says a conflict the workbook refused, and shows the newer plan", async () => {
    const port = FakePort.withReference();
    const user = await openScenarios(port);
    const message =
      "Planen ändrades samtidigt på ett annat ställe: scenariot ”Budget i balans 2026”, dess ram 2027, ändrades. Ingenting av den har sparats.";
    port.failNext("saveScenarios", new WorkbookError("conflict", message));
    const [one] = measureSwitches() as [HTMLElement];
    await user.click(one);
    const shown = await screen.findByText(/dess ram 2027, ändrades/);
    expect(shown).toHaveTextContent(message);
    await waitFor(() => expect(one).toBeChecked()); // what is stored, reloaded
  });
});

describe("scenario panel in two browser tabs", () => {
  it("keeps tab 2's change when an amount is committed in tab 1, which had not seen it", async () => {
    const { user, storage } = renderBrowser(); // tab 1: its storage events are not wired (null)
    await findCard(/Vakanshålla 24 platser/);
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    await screen.findByRole("table", { name: "Resultat (tkr)" });

    // Tab 2 renames the scenario and excludes Åtgärd 1.
    const tab2 = new BrowserWorkbook(storage, { events: null });
    const seen = await tab2.load();
    const [first, ...rest] = seen.scenarios as [Scenario, ...Scenario[]];
    const renamed = {
      ...first,
      name: "Budget i balans, reviderad",
      included: first.included.slice(1),
    };
    await tab2.saveScenarios([renamed, ...rest], {
      revision: seen.revision,
      settings: seen.settings,
      scenarios: seen.scenarios,
    });

    // Tab 1 still shows the old plan; the economist types the 2027 frame and commits it.
    const frame = screen.getByLabelText(FRAME_2027);
    await user.clear(frame);
    await user.type(frame, "1 200 000{Enter}");
    await waitFor(async () => {
      const saved = (await tab2.load()).scenarios[0]!;
      expect(saved.frameLines[0]!.amounts[2027]?.toString()).toBe("1200000");
      expect(saved.name).toBe("Budget i balans, reviderad");
      expect(saved.included).not.toContain("ref-atgard-1");
    });
    // After its save tab 1 shows the merged plan: tab 2's name too.
    await waitFor(() =>
      expect(screen.getByRole("combobox", { name: "Scenario" })).toHaveTextContent(
        "Budget i balans, reviderad"
      )
    );
  });

  it("keeps tab 2's change when tab 1 hears of it while an amount is being typed there", async () => {
    // Tab 1 hears the other tab's saves, as a browser tells it with a storage event.
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const { user } = renderApp(new BrowserWorkbook(storage, { events }));
    await findCard(/Vakanshålla 24 platser/);
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    await screen.findByRole("table", { name: "Resultat (tkr)" });
    const frame = screen.getByLabelText(FRAME_2027);
    await user.clear(frame);
    await user.type(frame, "1 200 000"); // typed, not yet committed

    // Tab 2 excludes Åtgärd 1; tab 1 reloads on the event while the amount is still being typed.
    const tab2 = new BrowserWorkbook(storage, { events: null });
    const seen = await tab2.load();
    const [first, ...rest] = seen.scenarios as [Scenario, ...Scenario[]];
    const excluded = { ...first, included: first.included.filter((id) => id !== "ref-atgard-1") };
    await tab2.saveScenarios([excluded, ...rest], seen);
    act(() => {
      events.dispatchEvent(Object.assign(new Event("storage"), { key: "ramkoll.plan" }));
    });
    await waitFor(() =>
      expect(screen.getByRole("switch", { name: /Vakanshålla 24 platser/ })).not.toBeChecked()
    );

    await user.type(frame, "{Enter}");
    await waitFor(async () => {
      const saved = (await tab2.load()).scenarios[0]!;
      expect(saved.frameLines[0]!.amounts[2027]?.toString()).toBe("1200000");
      expect(saved.included).not.toContain("ref-atgard-1");
    });
  });
});
