/**
 * Never reset what exists, in the browser's storage (issue 9, "Reset behind the user's back"):
 * with the measures table gone but the plan document stored, creating the table keeps the plan's
 * own settings and scenarios, and the example is never loaded over it; an unreadable plan is
 * never written over.
 */
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import type { PlanSettings } from "../../../src/plan/model";
import { referencePlan } from "../../../src/plan/referenceCase";
import { MEASURE_COLUMNS } from "../../../src/store/measureColumns";
import { serializePlanDocument } from "../../../src/store/planDocument";
import { BrowserWorkbook, MemoryStorage } from "../../../src/adapters/browser/browserWorkbook";
import { rejection } from "../../support/portFixtures";

const PLAN = "ramkoll.plan";
const MEASURES = "ramkoll.measures";

/** The economist's own settings: nothing of them is a default. */
const OWN: PlanSettings = {
  ...DEFAULT_SETTINGS,
  firstYear: 2027,
  yearCount: 4,
  areas: ["Vård och omsorg", "Stöd"],
  colourLabels: { red: "Röd", yellow: "Gul", green: "Grön" },
  legend: { ambition: "Egen förklaring av ambitionsnivå", goals: "Egen förklaring av mål" },
  unit: "mnkr",
};

/** The example's scenario as the user edited it (renamed), the table gone. */
function planWithoutTable() {
  const storage = new MemoryStorage();
  const scenario = { ...referencePlan().scenarios[0]!, name: "Mitt eget scenario" };
  storage.setItem(PLAN, serializePlanDocument({ settings: OWN, scenarios: [scenario] }));
  storage.setItem("ramkoll.visited", "1");
  return { storage, port: new BrowserWorkbook(storage, { events: null }) };
}

describe("BrowserWorkbook: a stored plan without its measures table", () => {
  it("is reported as such: no table, the plan document readable with its scenarios", async () => {
    const { port } = planWithoutTable();
    const snapshot = await port.load();
    expect(snapshot.hasMeasuresTable).toBe(false);
    expect(snapshot.document).toBe("readable");
    expect(snapshot.settings).toEqual(OWN);
    expect(snapshot.scenarios.map((s) => s.name)).toEqual(["Mitt eget scenario"]);
  });

  it("gets its table back from its own settings; the plan document is not touched", async () => {
    const { storage, port } = planWithoutTable();
    const plan = storage.getItem(PLAN);
    await port.createMeasuresTable(DEFAULT_SETTINGS); // whatever the caller passes
    expect(storage.getItem(PLAN)).toBe(plan);
    expect(JSON.parse(storage.getItem(MEASURES)!)).toEqual([MEASURE_COLUMNS(OWN)]);
    const snapshot = await port.load();
    expect(snapshot.hasMeasuresTable).toBe(true);
    expect(snapshot.settings).toEqual(OWN);
    expect(snapshot.scenarios.map((s) => s.name)).toEqual(["Mitt eget scenario"]);
    expect(snapshot.problems).toEqual([]);
  });

  it("never gets the example over it", async () => {
    const { storage, port } = planWithoutTable();
    const plan = storage.getItem(PLAN);
    const error = await rejection(port.loadReferenceCase());
    expect(error.reason).toBe("tableExists");
    expect(error.message).toMatch(/sparad plan.*Ingenting har ändrats/);
    expect(storage.getItem(PLAN)).toBe(plan);
    expect(storage.getItem(MEASURES)).toBeNull();
  });

  it("when it cannot be read, neither creating the table nor the example writes anything", async () => {
    const storage = new MemoryStorage();
    storage.setItem(PLAN, '{"version": 1, "settings": {"firstYear": "tjugo');
    const port = new BrowserWorkbook(storage, { events: null });
    const snapshot = await port.load();
    expect(snapshot.document).toBe("unreadable");
    expect(snapshot.hasMeasuresTable).toBe(false);
    const before = storage.getItem(PLAN);
    expect((await rejection(port.createMeasuresTable(DEFAULT_SETTINGS))).reason).toBe("unreadable");
    expect((await rejection(port.loadReferenceCase())).reason).toBe("unreadable");
    expect(storage.getItem(PLAN)).toBe(before);
    expect(storage.getItem(MEASURES)).toBeNull();
  });
});
