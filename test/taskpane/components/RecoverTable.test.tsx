/** @jest-environment jsdom */
/**
 * Never reset what exists, in the pane (issue 9, "Reset behind the user's back"): a stored plan
 * without its measures table is not the first-use view; it says what was found and recreates the
 * table from the plan's own settings, keeping them and the scenarios. An unreadable plan gets no
 * choice that would write over it.
 */
import "@testing-library/jest-dom";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import type { PlanSettings } from "../../../src/plan/model";
import { MEASURE_COLUMNS } from "../../../src/store/measureColumns";
import { serializePlanDocument } from "../../../src/store/planDocument";
import { BrowserWorkbook, MemoryStorage } from "../../../src/adapters/browser/browserWorkbook";
import { FakePort, flat, renderApp, screen } from "../../support/renderPane";

jest.setTimeout(30_000);

const OWN: PlanSettings = {
  ...DEFAULT_SETTINGS,
  firstYear: 2027,
  areas: ["Vård och omsorg", "Stöd"],
  unit: "mnkr",
  colourLabels: { red: "Röd", yellow: "Gul", green: "Grön" },
};

/** The reference plan in Excel with its own settings, after the measures table went missing. */
function tableGone(): FakePort {
  const port = FakePort.withReference();
  port.settings = OWN;
  port.stored = [];
  port.hasMeasuresTable = false;
  port.storedDocument = "readable";
  return port;
}

const FIRST_USE = ["Kom igång", "Skapa åtgärdstabell", "Läs in exemplet"];

function expectNoFirstUse(): void {
  expect(screen.queryByRole("heading", { name: FIRST_USE[0] })).not.toBeInTheDocument();
  expect(screen.queryByRole("button", { name: FIRST_USE[1] })).not.toBeInTheDocument();
  expect(screen.queryByRole("button", { name: FIRST_USE[2] })).not.toBeInTheDocument();
}

describe("a stored plan without its measures table", () => {
  it("says what was found instead of the first-use view", async () => {
    renderApp(tableGone());
    const heading = await screen.findByRole("heading", { name: "Åtgärdstabellen saknas" });
    const view = heading.closest("section")!;
    expect(flat(view.textContent)).toContain(
      "Ramkoll hittade den sparade planen: 2 scenarier, planperiod 2027–2029, belopp i mnkr, 2 verksamhetsområden."
    );
    expect(view).toHaveTextContent("Scenarier: Budget i balans 2026, Med begärda ramökningar.");
    expect(view).toHaveTextContent(/bytt namn, gjorts om till ett vanligt cellområde/);
    expectNoFirstUse();
  });

  it("recreates the table from the plan's own settings and keeps the scenarios", async () => {
    const port = tableGone();
    const scenarios = port.scenarios;
    const { user } = renderApp(port);
    await user.click(await screen.findByRole("button", { name: "Återskapa tabellen" }));
    expect(
      await screen.findByRole("tab", { name: "Åtgärder", selected: true })
    ).toBeInTheDocument();
    expect(port.createMeasuresTable).toHaveBeenCalledWith(OWN);
    expect(port.loadReferenceCase).not.toHaveBeenCalled();
    expect(port.saveSettings).not.toHaveBeenCalled();
    expect(port.saveScenarios).not.toHaveBeenCalled();
    expect(port.scenarios).toBe(scenarios);
  });

  it("offers nothing that would write over a plan that could not be read", async () => {
    const port = new FakePort();
    port.hasMeasuresTable = false;
    port.storedDocument = "unreadable";
    port.problems = [{ code: "invalidJson", params: {} }];
    renderApp(port);
    const heading = await screen.findByRole("heading", {
      name: "Den sparade planen kunde inte läsas",
    });
    expect(heading.closest("section")).toHaveTextContent(/skriver ingenting över planen/);
    expect(screen.queryByRole("button", { name: "Återskapa tabellen" })).not.toBeInTheDocument();
    expectNoFirstUse();
  });

  it("in the browser, an unreadable plan can only be emptied on purpose, after asking", async () => {
    const storage = new MemoryStorage();
    const broken = '{"version": 1, "settings": {"firstYear": "tjugo';
    storage.setItem("ramkoll.plan", broken);
    const { user } = renderApp(new BrowserWorkbook(storage, { events: null }));
    expect(
      await screen.findByText(/Vill du börja om väljer du Börja om med tom plan/)
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Återskapa tabellen" })).not.toBeInTheDocument();
    expectNoFirstUse();
    await user.click(screen.getByRole("button", { name: "Börja om med tom plan" }));
    expect(screen.getByRole("button", { name: "Avbryt" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Avbryt" }));
    expect(storage.getItem("ramkoll.plan")).toBe(broken);
    expect(storage.getItem("ramkoll.measures")).toBeNull();
  });

  it("in the browser: the table is recreated and the stored plan is left exactly as it was", async () => {
    const storage = new MemoryStorage();
    const plan = serializePlanDocument({ settings: OWN, scenarios: [] });
    storage.setItem("ramkoll.plan", plan);
    storage.setItem("ramkoll.visited", "1");
    const port = new BrowserWorkbook(storage, { events: null });
    const { user } = renderApp(port);
    expect(
      await screen.findByText(/Tabellen finns inte i webbläsarens lagring/)
    ).toBeInTheDocument();
    expectNoFirstUse();
    await user.click(screen.getByRole("button", { name: "Återskapa tabellen" }));
    expect(
      await screen.findByText("Inga åtgärder eller utvecklingsförslag ännu.")
    ).toBeInTheDocument();
    expect(storage.getItem("ramkoll.plan")).toBe(plan);
    expect(JSON.parse(storage.getItem("ramkoll.measures")!)).toEqual([MEASURE_COLUMNS(OWN)]);
  });
});
