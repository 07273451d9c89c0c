/**
 * Delete and undo in the browser's storage: the stored row comes back whole (the user's own cells
 * included) at its place; an undo that cannot is refused and writes nothing (issue 9, "Undo that
 * does not undo").
 */
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import type { PlanSettings } from "../../../src/plan/model";
import { MEASURE_COLUMNS } from "../../../src/store/measureColumns";
import { serializePlanDocument } from "../../../src/store/planDocument";
import type { WorkbookPort } from "../../../src/port/workbookPort";
import { BrowserWorkbook, MemoryStorage } from "../../../src/adapters/browser/browserWorkbook";
import { row } from "../../support/measureRows";
import { rejection } from "../../support/portFixtures";

const PLAN = "ramkoll.plan";
const MEASURES = "ramkoll.measures";

/** A stored plan whose table has the user's own column "Kommentar" and three rows. */
function setup(settings: PlanSettings = DEFAULT_SETTINGS) {
  const storage = new MemoryStorage();
  storage.setItem(PLAN, serializePlanDocument({ settings, scenarios: [] }));
  storage.setItem(
    MEASURES,
    JSON.stringify([
      [...MEASURE_COLUMNS(settings), "Kommentar"],
      [...row({ Id: "m-0", Nr: 1 }), "första"],
      [...row({ Id: "m-1", Nr: 2, "Effekt 2027 (tkr)": 583.5 }), "bara min text"],
      [...row({ Id: "m-2", Nr: 3 }), ""],
    ])
  );
  return { storage, port: new BrowserWorkbook(storage, { events: null }) };
}

/** Saves settings through the port's interface, based on the document as set up. */
function saveSettings(port: WorkbookPort, settings: PlanSettings): Promise<void> {
  return port.saveSettings(settings, { revision: 0, settings: DEFAULT_SETTINGS, scenarios: [] });
}

const ids = (storage: Storage) =>
  (JSON.parse(storage.getItem(MEASURES)!) as unknown[][]).slice(1).map((r) => r[0]);

describe("BrowserWorkbook: delete and undo", () => {
  it("puts the stored row back exactly as it was, own cells included, at its place", async () => {
    const { storage, port } = setup();
    const before = storage.getItem(MEASURES);
    const deleted = await port.deleteMeasure("m-1");
    expect(ids(storage)).toEqual(["m-0", "m-2"]);
    expect(deleted.index).toBe(1);
    await port.restoreMeasure(deleted);
    expect(storage.getItem(MEASURES)).toBe(before);
    const measures = (await port.load()).measures;
    expect(measures.map((m) => m.measure.id)).toEqual(["m-0", "m-1", "m-2"]);
  });

  it("goes to the end when the table is shorter than its old place", async () => {
    const { storage, port } = setup();
    const deleted = await port.deleteMeasure("m-2");
    await port.deleteMeasure("m-1");
    await port.restoreMeasure(deleted);
    expect(ids(storage)).toEqual(["m-0", "m-2"]);
  });

  it("follows the columns by title when the settings changed the header in between", async () => {
    const { storage, port } = setup();
    const deleted = await port.deleteMeasure("m-1");
    await saveSettings(port, { ...DEFAULT_SETTINGS, yearCount: 4 });
    await port.restoreMeasure(deleted);
    const stored = JSON.parse(storage.getItem(MEASURES)!) as unknown[][];
    const header = stored[0]!;
    const back = stored[2]!;
    expect(back[header.indexOf("Kommentar")]).toBe("bara min text");
    expect(back[header.indexOf("Effekt 2027 (tkr)")]).toBe(583.5);
    expect(back[header.indexOf("Effekt 2029 (tkr)")]).toBe("");
  });

  it("is refused, writing nothing, when the id is in use again", async () => {
    const { storage, port } = setup();
    const deleted = await port.deleteMeasure("m-1");
    await port.addMeasure({ ...deleted.measure, title: "Ny med samma id" });
    const before = storage.getItem(MEASURES);
    const error = await rejection(port.restoreMeasure(deleted));
    expect(error.reason).toBe("notWritable");
    expect(error.message).toMatch(/Ingenting/);
    expect(storage.getItem(MEASURES)).toBe(before);
  });

  it("puts the row back with its amount of a year the period left meanwhile", async () => {
    const { port } = setup();
    const deleted = await port.deleteMeasure("m-1");
    // A plan period starting a year later keeps 2026's column, where the row had 14 000.
    await saveSettings(port, { ...DEFAULT_SETTINGS, firstYear: 2027 });
    await port.restoreMeasure(deleted);
    const back = (await port.load()).measures.find((m) => m.measure.id === "m-1")!.measure;
    expect(back.effects[2026]?.toNumber()).toBe(deleted.measure.effects[2026]?.toNumber());
    expect(back.effects[2027]?.toNumber()).toBe(583.5);
  });

  it("is refused, writing nothing, when a column with a cell of the row is gone", async () => {
    const { storage, port } = setup();
    const deleted = await port.deleteMeasure("m-1");
    // In kr the amount columns are titled "Effekt 2026 (kr)": the row's tkr columns are gone.
    await saveSettings(port, { ...DEFAULT_SETTINGS, unit: "kr" });
    const before = storage.getItem(MEASURES);
    const error = await rejection(port.restoreMeasure(deleted));
    expect(error.message).toMatch(/kolumn.*Ingenting har lagts till/);
    expect(storage.getItem(MEASURES)).toBe(before);
  });
});
