import { dec } from "../../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { createMeasure } from "../../../src/plan/measureEdits";
import type { Measure, Scenario } from "../../../src/plan/model";
import { referencePlan } from "../../../src/plan/referenceCase";
import { MEASURE_COLUMNS } from "../../../src/store/measureColumns";
import { measureToRow } from "../../../src/store/measureCells";
import { serializePlanDocument } from "../../../src/store/planDocument";
import { frameIn } from "../../../src/plan/scenarioLines";
import { named } from "../../support/scenarios";
import { canReset } from "../../../src/port/workbookPort";
import {
  BrowserWorkbook,
  MemoryStorage,
  browserStorage,
} from "../../../src/adapters/browser/browserWorkbook";
import type { StorageEventSource } from "../../../src/adapters/browser/browserWorkbook";
import { rejection, storageContents } from "../../support/portFixtures";

const PLAN = "ramkoll.plan";
const MEASURES = "ramkoll.measures";

/** A workbook over fresh memory storage, without window events. */
function fresh(storage: Storage = new MemoryStorage()) {
  return { storage, port: new BrowserWorkbook(storage, { events: null }) };
}

function table(storage: Storage): unknown[][] {
  return JSON.parse(storage.getItem(MEASURES) ?? "null") as unknown[][];
}

/** Everything stored, to prove that a refused write changed nothing. */
/** A storage that refuses to store more than `limit` characters in all. */
class SmallStorage extends MemoryStorage {
  constructor(private readonly limit: number) {
    super();
  }
  override setItem(key: string, value: string): void {
    let used = value.length;
    for (let i = 0; i < this.length; i++) {
      const k = this.key(i)!;
      if (k !== key) used += this.getItem(k)!.length;
    }
    if (used > this.limit)
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    super.setItem(key, value);
  }
}

const measureRow = (m: Measure) => measureToRow(m, DEFAULT_SETTINGS);

describe("BrowserWorkbook: first visit and starting over", () => {
  it("loads the reference case on the first visit and stores it", async () => {
    const { storage, port } = fresh();
    expect(port.host).toBe("browser");
    const snapshot = await port.load();
    const ref = referencePlan();
    expect(snapshot.hasMeasuresTable).toBe(true);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.measures.map((m) => m.measure.id)).toEqual(ref.measures.map((m) => m.id));
    expect(snapshot.measures.every((m) => m.writable && m.formulas.length === 0)).toBe(true);
    expect(snapshot.measures.map((m) => m.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(snapshot.scenarios.map((s) => s.name)).toEqual([
      "Budget i balans 2026",
      "Med begärda ramökningar",
    ]);
    expect(table(storage)[0]).toEqual(MEASURE_COLUMNS(DEFAULT_SETTINGS));

    // Another tab (another port on the same storage) reads the same plan.
    const again = await new BrowserWorkbook(storage, { events: null }).load();
    expect(again.measures.map((m) => m.measure)).toEqual(snapshot.measures.map((m) => m.measure));
  });

  it("reads the stored amounts exactly (Decimals, not doubles)", async () => {
    const { port } = fresh();
    const snapshot = await port.load();
    const m1 = snapshot.measures[0]!.measure;
    expect(m1.effects[2026]!.eq(14_000)).toBe(true);
    expect(frameIn(snapshot.scenarios[0]!, 2026).eq(1_215_046)).toBe(true);
  });

  it("empties the plan and does not bring the example back by itself", async () => {
    const { storage, port } = fresh();
    await port.load();
    expect(canReset(port)).toBe(true);
    await port.resetToEmpty();
    const empty = await port.load();
    expect(empty).toEqual({
      settings: DEFAULT_SETTINGS,
      scenarios: [],
      measures: [],
      problemRows: [],
      problems: [],
      hasMeasuresTable: false,
      document: "absent",
      revision: 0,
      storage: "ok",
    });
    expect(storage.getItem(MEASURES)).toBeNull();
    expect((await new BrowserWorkbook(storage, { events: null }).load()).hasMeasuresTable).toBe(
      false
    );
  });

  it("creates an empty measures table once", async () => {
    const { storage, port } = fresh();
    await port.resetToEmpty();
    await port.createMeasuresTable(DEFAULT_SETTINGS);
    expect(table(storage)).toEqual([MEASURE_COLUMNS(DEFAULT_SETTINGS)]);
    const snapshot = await port.load();
    expect(snapshot.hasMeasuresTable).toBe(true);
    expect(snapshot.measures).toEqual([]);
    expect((await rejection(port.createMeasuresTable(DEFAULT_SETTINGS))).reason).toBe(
      "tableExists"
    );
  });

  it("loads the example only where nothing is stored, never over a table or a plan", async () => {
    const { storage, port } = fresh();
    await port.resetToEmpty();
    await port.loadReferenceCase();
    expect((await port.load()).measures).toHaveLength(9);
    expect((await rejection(port.loadReferenceCase())).reason).toBe("tableExists");
    await port.resetToEmpty();
    await port.createMeasuresTable(DEFAULT_SETTINGS);
    const before = storageContents(storage);
    expect((await rejection(port.loadReferenceCase())).reason).toBe("tableExists");
    expect(storageContents(storage)).toEqual(before);
  });
});

describe("BrowserWorkbook: writing", () => {
  async function emptyTable() {
    const w = fresh();
    await w.port.resetToEmpty();
    await w.port.createMeasuresTable(DEFAULT_SETTINGS);
    return w;
  }

  it("round-trips a measure with colours, consequence and exact amounts", async () => {
    const { port } = await emptyTable();
    const m = createMeasure("measure", [], DEFAULT_SETTINGS, {
      title: "=Minska köpta platser",
      area: "Individ- och familjeomsorg",
      effects: { 2026: dec("583.333333"), 2027: dec(1_000), 2028: null },
      ambition: "keeps",
      goals: "positive",
      consequence: "Färre placeringar på HVB.\nStödet ges på hemmaplan.",
    });
    await port.addMeasure(m);
    const [stored] = (await port.load()).measures;
    expect(stored!.measure).toEqual({
      ...m,
      effects: { 2026: dec("583.333333"), 2027: dec(1_000), 2028: null },
    });
    expect(stored!.measure.effects[2026]!.toString()).toBe("583.333333");
    expect(stored!.writable).toBe(true);
  });

  it("refuses a second measure with the same id", async () => {
    const { storage, port } = await emptyTable();
    const m = createMeasure("measure", [], DEFAULT_SETTINGS, { title: "A" });
    await port.addMeasure(m);
    const before = storageContents(storage);
    expect((await rejection(port.addMeasure({ ...m, title: "B" }))).reason).toBe("notWritable");
    expect(storageContents(storage)).toEqual(before);
  });

  it("writes only the cells a patch names", async () => {
    const { storage, port } = await emptyTable();
    const m = createMeasure("measure", [], DEFAULT_SETTINGS, {
      title: "A",
      effects: { 2026: dec(10) },
    });
    await port.addMeasure(m);
    // Something the model would write differently: an amount typed as text, an extra cell.
    const stored = table(storage);
    const row = stored[1]!;
    row[5] = "10,0";
    row[11] = "keep me";
    storage.setItem(MEASURES, JSON.stringify(stored));

    await port.updateMeasure(m.id, { title: "B", effects: { 2027: dec(20) } });
    const after = table(storage)[1]!;
    expect(after[4]).toBe("B");
    expect(after[5]).toBe("10,0"); // 2026 untouched
    expect(after[6]).toBe(20);
    expect(after[11]).toBe("keep me");
  });

  it("updates the colour words and the kind", async () => {
    const { storage, port } = await emptyTable();
    const m = createMeasure("measure", [], DEFAULT_SETTINGS, { title: "A" });
    await port.addMeasure(m);
    await port.updateMeasure(m.id, { ambition: "lowers", goals: "none", kind: "proposal", nr: 7 });
    const row = table(storage)[1]!;
    expect(row.slice(0, 3)).toEqual([m.id, 7, "Utvecklingsförslag"]);
    expect(row.slice(8, 10)).toEqual(["RÖD", "GUL"]);
    const loaded = (await port.load()).measures[0]!.measure;
    expect(loaded).toMatchObject({ kind: "proposal", nr: 7, ambition: "lowers", goals: "none" });
  });

  it("stores edited text as typed, and a change of kind under resultEffect flips the stored amounts", async () => {
    const w = fresh();
    await w.port.resetToEmpty();
    const settings = { ...DEFAULT_SETTINGS, signConvention: "resultEffect" as const };
    await w.port.createMeasuresTable(settings);
    const m = createMeasure("measure", [], settings, { title: "A" });
    await w.port.addMeasure({ ...m, effects: { 2026: dec(100), 2027: null, 2028: dec(0) } });
    await w.port.updateMeasure(m.id, { title: "=1+1", kind: "proposal" });
    const row = table(w.storage)[1]!;
    expect(row[4]).toBe("=1+1");
    expect(row.slice(5, 8)).toEqual([-100, "", 0]);
    const loaded = (await w.port.load()).measures[0]!.measure;
    expect(loaded.title).toBe("=1+1");
    expect(loaded.effects[2026]!.eq(100)).toBe(true);
  });

  it("deletes a row and says when a measure is not there", async () => {
    const { port } = await emptyTable();
    const a = createMeasure("measure", [], DEFAULT_SETTINGS, { title: "A" });
    const b = createMeasure("measure", [a], DEFAULT_SETTINGS, { title: "B" });
    await port.addMeasure(a);
    await port.addMeasure(b);
    await port.deleteMeasure(a.id);
    expect((await port.load()).measures.map((m) => m.measure.title)).toEqual(["B"]);
    expect((await rejection(port.deleteMeasure(a.id))).reason).toBe("notFound");
    expect((await rejection(port.updateMeasure("m-nosuchid", { title: "X" }))).reason).toBe(
      "notFound"
    );
  });

  it("saves scenarios with exact amounts", async () => {
    const { port } = await emptyTable();
    const scenario: Scenario = {
      ...named("s-1", ["m-a"], "Utan ramökning"),
      frameLines: [{ id: "ram", text: "Ram", amounts: { 2026: dec("1215046") } }],
      needLines: [
        {
          id: "behov",
          area: "Barn och unga",
          cause: "Fler placeringar",
          source: { kind: "derived", cost: { 2026: dec("48900.5") }, frameShare: dec("0.25") },
        },
      ],
      requests: [{ id: "beg", purpose: "Statsbidrag", covers: "ownCost", amounts: { 2026: null } }],
      requestedProposals: ["m-b"],
    };
    await port.saveScenarios([scenario]);
    const loaded = (await port.load()).scenarios;
    expect(loaded).toEqual([scenario]);
    const need = loaded[0]!.needLines[0]!.source;
    expect(need.kind === "derived" && need.cost[2026]!.toString()).toBe("48900.5");
  });

  it("rewrites the table when the settings change (unit, years)", async () => {
    const { storage, port } = await emptyTable();
    const m = createMeasure("measure", [], DEFAULT_SETTINGS, {
      title: "A",
      effects: { 2026: dec(1_500) },
    });
    await port.addMeasure(m);
    const settings = { ...DEFAULT_SETTINGS, unit: "mnkr" as const, yearCount: 4 };
    await port.saveSettings(settings);
    expect(table(storage)[0]).toEqual(MEASURE_COLUMNS(settings));
    expect(table(storage)[1]![5]).toBe(1.5);
    const snapshot = await port.load();
    expect(snapshot.settings.yearCount).toBe(4);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.measures[0]!.measure.effects[2026]!.eq(1_500)).toBe(true);
  });

  it("reports a full storage and leaves everything as it was", async () => {
    // Room for the example's plan document but not also for its measures table.
    const ref = referencePlan();
    const planLength = serializePlanDocument({
      settings: ref.settings,
      scenarios: ref.scenarios,
    }).length;
    const storage = new SmallStorage(planLength + 1_000);
    const { port } = fresh(storage);
    await port.resetToEmpty();
    await port.createMeasuresTable(DEFAULT_SETTINGS);
    const before = storageContents(storage);
    const big = createMeasure("measure", [], DEFAULT_SETTINGS, {
      title: "A",
      consequence: "x".repeat(10_000),
    });
    const error = await rejection(port.addMeasure(big));
    expect(error.reason).toBe("storage");
    expect(error.message).toMatch(/Ingenting har sparats/);
    expect(storageContents(storage)).toEqual(before);

    // The example needs both keys; neither is written when the second does not fit.
    expect(
      JSON.stringify([MEASURE_COLUMNS(DEFAULT_SETTINGS), ...ref.measures.map(measureRow)]).length
    ).toBeGreaterThan(1_000);
    await port.resetToEmpty(); // the example is loaded only where nothing is stored
    const empty = storageContents(storage);
    const refused = await rejection(port.loadReferenceCase());
    expect(refused.reason).toBe("storage");
    expect(storageContents(storage)).toEqual(empty);
  });

  it("writes its messages in the language it was given", async () => {
    const port = new BrowserWorkbook(new MemoryStorage(), { events: null, language: "en" });
    await port.load();
    const error = await rejection(port.deleteMeasure("m-nosuchid"));
    expect(error.message).toMatch(/Nothing was changed/);
  });
});

describe("BrowserWorkbook: damaged storage", () => {
  function withStored(plan: string | null, measures: unknown[][] | string | null) {
    const storage = new MemoryStorage();
    storage.setItem("ramkoll.visited", "1");
    if (plan !== null) storage.setItem(PLAN, plan);
    if (measures !== null)
      storage.setItem(MEASURES, typeof measures === "string" ? measures : JSON.stringify(measures));
    return fresh(storage);
  }
  const ref = referencePlan();
  const header = MEASURE_COLUMNS(DEFAULT_SETTINGS);
  const goodPlan = JSON.stringify({ version: 1, settings: {}, scenarios: [] });

  it("reports a plan document that is not JSON and writes nothing", async () => {
    const { storage, port } = withStored("{not json", [header, measureRow(ref.measures[0]!)]);
    const before = storageContents(storage);
    const snapshot = await port.load();
    expect(snapshot.problems).toEqual([{ code: "invalidJson", params: {} }]);
    // The measures are still shown, read-only: without the settings nothing can be written safely.
    expect(snapshot.measures).toHaveLength(1);
    expect(snapshot.measures[0]!.writable).toBe(false);
    expect((await rejection(port.saveScenarios([]))).reason).toBe("unreadable");
    expect((await rejection(port.updateMeasure("ref-atgard-1", { title: "X" }))).reason).toBe(
      "unreadable"
    );
    expect(
      (await rejection(port.addMeasure(createMeasure("measure", [], DEFAULT_SETTINGS)))).reason
    ).toBe("unreadable");
    expect((await rejection(port.loadReferenceCase())).reason).toBe("tableExists");
    expect(storageContents(storage)).toEqual(before);
  });

  it("reports a plan of an unknown version and leaves it untouched", async () => {
    const later = JSON.stringify({ version: 3, settings: {}, scenarios: [], somethingNew: true });
    const { storage, port } = withStored(later, [header]);
    const snapshot = await port.load();
    expect(snapshot.problems).toEqual([{ code: "unknownVersion", params: { version: "3" } }]);
    expect(snapshot.scenarios).toEqual([]);
    expect((await rejection(port.saveScenarios([]))).reason).toBe("unreadable");
    expect((await rejection(port.saveSettings(DEFAULT_SETTINGS))).reason).toBe("unreadable");
    expect(storage.getItem(PLAN)).toBe(later);
  });

  it("reports text in an amount cell, shows the row read-only and never writes it", async () => {
    const bad = measureRow(ref.measures[0]!);
    bad[5] = "fjorton tusen";
    const good = measureRow(ref.measures[1]!);
    const { storage, port } = withStored(goodPlan, [header, bad, good]);
    const snapshot = await port.load();
    expect(snapshot.problems).toEqual([
      {
        code: "notANumber",
        params: { row: 2, column: "Effekt 2026 (tkr)", text: "fjorton tusen" },
      },
    ]);
    // The row whose amount is text does not count; it is shown read-only.
    const [first] = snapshot.problemRows;
    expect(snapshot.problemRows).toHaveLength(1);
    expect(first!.writable).toBe(false);
    expect(first!.row).toBe(2);
    expect(first!.measure.effects[2026]).toBeNull();
    expect(snapshot.measures.map((m) => [m.row, m.writable])).toEqual([[3, true]]);

    const before = storageContents(storage);
    expect((await rejection(port.updateMeasure("ref-atgard-1", { title: "X" }))).reason).toBe(
      "notWritable"
    );
    expect((await rejection(port.deleteMeasure("ref-atgard-1"))).reason).toBe("notWritable");
    expect((await rejection(port.saveSettings(DEFAULT_SETTINGS))).reason).toBe("notWritable");
    expect(storageContents(storage)).toEqual(before);

    // Another row may still be edited; the damaged row stays exactly as typed.
    await port.updateMeasure("ref-atgard-2", { title: "Ny rubrik" });
    expect(table(storage)[1]).toEqual(bad);
    expect(table(storage)[2]![4]).toBe("Ny rubrik");
  });

  it("reports a measures table that is not JSON and writes nothing over it", async () => {
    const { storage, port } = withStored(goodPlan, "[[broken");
    const snapshot = await port.load();
    expect(snapshot.hasMeasuresTable).toBe(true);
    expect(snapshot.measures).toEqual([]);
    expect(snapshot.problems).toEqual([{ code: "invalidJson", params: {} }]);
    expect(
      (await rejection(port.addMeasure(createMeasure("measure", [], DEFAULT_SETTINGS)))).reason
    ).toBe("unreadable");
    expect((await rejection(port.loadReferenceCase())).reason).toBe("unreadable");
    expect(storage.getItem(MEASURES)).toBe("[[broken");
  });

  it("reports a measures table that is JSON but not rows", async () => {
    const { port } = withStored(goodPlan, JSON.stringify({ rows: 3 }));
    const snapshot = await port.load();
    expect(snapshot.problems).toEqual([{ code: "noHeader", params: { row: 1 } }]);
    expect(snapshot.measures).toEqual([]);
  });

  it("keeps the first of two rows with the same id", async () => {
    const row = measureRow(ref.measures[0]!);
    const copy = [...row];
    copy[4] = "Kopia med samma id";
    const { port } = withStored(goodPlan, [header, row, copy]);
    const snapshot = await port.load();
    expect(snapshot.measures.map((m) => m.measure.title)).toEqual([ref.measures[0]!.title]);
    expect(snapshot.problemRows.map((m) => [m.row, m.measure.title, m.writable])).toEqual([
      [3, "Kopia med samma id", false],
    ]);
    expect(snapshot.problems).toEqual([
      { code: "duplicateId", params: { row: 3, id: "ref-atgard-1", firstRow: 2 } },
    ]);
  });

  it("refuses to write under a header that does not match the settings", async () => {
    const odd = [...header];
    odd[4] = "Rubrik";
    const { storage, port } = withStored(goodPlan, [odd, measureRow(ref.measures[0]!)]);
    const snapshot = await port.load();
    expect(snapshot.problems.map((p) => p.code)).toEqual(["extraColumn", "missingColumn"]);
    expect(snapshot.measures[0]!.writable).toBe(false);
    const before = storageContents(storage);
    expect(
      (await rejection(port.addMeasure(createMeasure("measure", [], DEFAULT_SETTINGS)))).reason
    ).toBe("unreadable");
    expect(storageContents(storage)).toEqual(before);
  });

  it("starts empty when the storage refuses to be read", async () => {
    const storage = new MemoryStorage();
    storage.getItem = () => {
      throw new DOMException("denied", "SecurityError");
    };
    storage.setItem = () => {
      throw new DOMException("denied", "SecurityError");
    };
    const snapshot = await new BrowserWorkbook(storage, { events: null }).load();
    expect(snapshot.hasMeasuresTable).toBe(false);
    expect(snapshot.measures).toEqual([]);
    expect(snapshot.storage).toBe("unavailable");
  });
});

describe("BrowserWorkbook: other tabs", () => {
  function events() {
    const listeners = new Set<(e: Event) => void>();
    const source: StorageEventSource = {
      addEventListener: (_type, l) => listeners.add(l),
      removeEventListener: (_type, l) => listeners.delete(l),
    };
    const fire = (key: string | null) => listeners.forEach((l) => l({ key } as unknown as Event));
    return { source, fire, listeners };
  }

  it("calls the listener when another tab changes the plan, and stops when unsubscribed", () => {
    const e = events();
    const port = new BrowserWorkbook(new MemoryStorage(), { events: e.source });
    const listener = jest.fn();
    const unsubscribe = port.subscribe(listener);
    e.fire("ramkoll.measures");
    e.fire("something.else");
    e.fire(null); // storage.clear() in another tab
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    expect(e.listeners.size).toBe(0);
  });

  it("uses its own key prefix", async () => {
    const storage = new MemoryStorage();
    const a = new BrowserWorkbook(storage, { events: null, prefix: "a." });
    const b = new BrowserWorkbook(storage, { events: null, prefix: "b." });
    await a.load();
    await b.resetToEmpty();
    expect((await a.load()).measures).toHaveLength(9);
    expect((await b.load()).measures).toHaveLength(0);
  });
});

describe("browserStorage", () => {
  it("falls back to memory where there is no localStorage", () => {
    const storage = browserStorage();
    storage.setItem("x", "1");
    expect(storage.getItem("x")).toBe("1");
  });
});
