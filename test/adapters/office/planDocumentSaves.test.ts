/**
 * Saving settings and scenarios (planDocumentSaves.ts) through the Office.js port over the fake
 * workbook: each keeps the other, and a document that could not be read back is not saved.
 */
import { dec } from "../../../src/budget/money";
import { withLineAmount } from "../../../src/plan/lineEdits";
import { frameOf } from "../../support/scenarios";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import type { PlanSettings, Scenario } from "../../../src/plan/model";
import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { STORE_SHEET, splitIntoChunks } from "../../../src/adapters/office/planDocumentSheet";
import { serializePlanDocument } from "../../../src/store/planDocument";
import type { DocumentBase, PlanSnapshot } from "../../../src/port/workbookPort";
import { FakeWorkbook } from "../../support/excel";
import { documentJson, portOver as setup, rejection, scenario } from "../../support/officeFixtures";

describe("saving the plan document", () => {
  it("keeps the scenarios when the settings are saved, and the settings when scenarios are", async () => {
    const { port } = setup();
    const settings: PlanSettings = {
      ...DEFAULT_SETTINGS,
      areas: ["10 Nämnd", "51 Äldreomsorg"],
      unit: "tkr",
    };
    await port.saveScenarios([scenario("s-1", "Ett")]);
    await port.saveSettings(settings);
    await port.saveScenarios([scenario("s-2", "Två")]);
    const snapshot = await port.load();
    expect(snapshot.settings).toEqual(settings);
    expect(snapshot.scenarios.map((s) => s.id)).toEqual(["s-2"]);
  });

  it("refuses to save a document that could not be read back, writing nothing", async () => {
    const { book, port } = setup();
    const before = book.snapshot(STORE_SHEET);
    const error = await rejection(port.saveScenarios([scenario("s-1", "A"), scenario("s-1", "B")]));
    expect(error.reason).toBe("storage");
    expect(FakeWorkbook.changed(before, book.snapshot(STORE_SHEET))).toEqual([]);
  });
});

const baseOf = (s: PlanSnapshot): DocumentBase => ({
  revision: s.revision,
  settings: s.settings,
  scenarios: s.scenarios,
});

/** The scenario with its frame of `year` set to `amount`. */
function withFrame(s: Scenario, year: number, amount: number): Scenario {
  return withLineAmount(s, "frameLines", s.frameLines[0]!.id, year, dec(amount));
}

const including = (s: Scenario, id: string): Scenario => ({ ...s, included: [...s.included, id] });

/** A workbook whose plan document holds the scenarios Alt A and Alt B; two panes over it. */
function twoPanes() {
  const { book, port } = setup({
    document: documentJson(DEFAULT_SETTINGS, [scenario("s-a", "Alt A"), scenario("s-b", "Alt B")]),
  });
  return { book, one: port, two: new OfficeWorkbook() };
}

describe("saving the plan document against its revision", () => {
  it("writes the revision it was based on plus one", async () => {
    const { one } = twoPanes();
    const first = await one.load();
    expect(first.revision).toBe(0);
    await one.saveScenarios(first.scenarios.slice(0, 1), baseOf(first));
    const second = await one.load();
    expect(second.revision).toBe(1);
    await one.saveSettings({ ...DEFAULT_SETTINGS, unit: "mnkr" }, baseOf(second));
    expect((await one.load()).revision).toBe(2);
  });

  it("keeps the other pane's change when a save was based on an older revision", async () => {
    const { one, two } = twoPanes();
    const seenByOne = await one.load();
    const seenByTwo = await two.load();
    const [a, b] = seenByTwo.scenarios as [Scenario, Scenario];
    await two.saveScenarios([a, withFrame(b, 2027, 1_300_000)], baseOf(seenByTwo));
    // Pane one still shows the old plan and includes a measure in Alt A.
    const [oldA, oldB] = seenByOne.scenarios as [Scenario, Scenario];
    await one.saveScenarios([including(oldA, "m-9"), oldB], baseOf(seenByOne));
    const after = await one.load();
    expect(after.revision).toBe(2);
    expect(after.scenarios[0]!.included).toContain("m-9");
    expect(frameOf(after.scenarios[1]!, 2027)?.toString()).toBe("1300000");
  });

  it("keeps the other pane's scenarios when settings based on an older revision are saved", async () => {
    const { one, two } = twoPanes();
    const seenByOne = await one.load();
    const seenByTwo = await two.load();
    await two.saveScenarios(seenByTwo.scenarios.slice(1), baseOf(seenByTwo)); // deletes Alt A
    await one.saveSettings({ ...DEFAULT_SETTINGS, unit: "mnkr" }, baseOf(seenByOne));
    const after = await one.load();
    expect(after.settings.unit).toBe("mnkr");
    expect(after.scenarios.map((s) => s.name)).toEqual(["Alt B"]);
  });

  it("refuses, writing nothing, a change to the field the other pane changed, and says which", async () => {
    const { book, one, two } = twoPanes();
    const seenByOne = await one.load();
    const seenByTwo = await two.load();
    const [a, b] = seenByTwo.scenarios as [Scenario, Scenario];
    await two.saveScenarios([a, withFrame(b, 2027, 1_300_000)], baseOf(seenByTwo));
    const before = book.snapshot(STORE_SHEET);
    const [oldA, oldB] = seenByOne.scenarios as [Scenario, Scenario];
    const error = await rejection(
      one.saveScenarios([oldA, withFrame(oldB, 2027, 1_100_000)], baseOf(seenByOne))
    );
    expect(error.reason).toBe("conflict");
    expect(error.message).toContain("raden ”Anvisad ram” under ramen i scenariot ”Alt B”");
    expect(error.message).toContain("Ingenting");
    expect(FakeWorkbook.changed(before, book.snapshot(STORE_SHEET))).toEqual([]);
  });

  it("runs the batches of one workbook one after another while Excel answers slowly", async () => {
    const { book, one } = twoPanes();
    const seen = await one.load();
    book.syncDelay = () => new Promise((resolve) => setTimeout(resolve, 5));
    // Three quick clicks, each based on the plan as the pane shows it after the click before.
    let shown = seen.scenarios as Scenario[];
    const saves = ["m-1", "m-2", "m-3"].map((id) => {
      const base = { ...baseOf(seen), scenarios: shown };
      shown = [including(shown[0]!, id), ...shown.slice(1)];
      return one.saveScenarios(shown, base);
    });
    const reload = one.load(); // queued behind the saves, so it sees all three
    await Promise.all(saves);
    expect((await reload).scenarios[0]!.included).toEqual(
      expect.arrayContaining(["m-1", "m-2", "m-3"])
    );
    expect(book.mostRunning).toBe(1);
  });
});

/**
 * Makes another Office runtime (one this pane cannot queue behind) save `scenarios` at revision 1
 * between the next save's read of the document and its write.
 */
function otherRuntimeSavesMeanwhile(book: FakeWorkbook, scenarios: Scenario[]): void {
  const start = book.syncs;
  const json = serializePlanDocument({ settings: DEFAULT_SETTINGS, scenarios, revision: 1 });
  book.syncDelay = async () => {
    if (book.syncs !== start + 1) return; // the save's second sync: its read is already queued
    book.syncDelay = null;
    book.setCells(STORE_SHEET, "A2", [...splitIntoChunks(json).map((c) => [c])]);
  };
}

describe("saving while another runtime saves", () => {
  it("finds the other save in its own write and merges again, keeping both", async () => {
    const { book, one } = twoPanes();
    const seen = await one.load();
    const [a, b] = seen.scenarios as [Scenario, Scenario];
    otherRuntimeSavesMeanwhile(book, [a, withFrame(b, 2027, 1_300_000)]);
    await one.saveScenarios([including(a, "m-9"), b], baseOf(seen));
    const after = await one.load();
    expect(after.scenarios[0]!.included).toContain("m-9");
    expect(frameOf(after.scenarios[1]!, 2027)?.toString()).toBe("1300000");
    expect(after.revision).toBe(2);
  });

  it("puts the other save back and refuses when both changed the same field", async () => {
    const { book, one } = twoPanes();
    const seen = await one.load();
    const [a, b] = seen.scenarios as [Scenario, Scenario];
    otherRuntimeSavesMeanwhile(book, [a, withFrame(b, 2027, 1_300_000)]);
    const error = await rejection(
      one.saveScenarios([a, withFrame(b, 2027, 1_100_000)], baseOf(seen))
    );
    expect(error.reason).toBe("conflict");
    expect(error.message).toContain("raden ”Anvisad ram” under ramen i scenariot ”Alt B”");
    const after = await one.load();
    expect(frameOf(after.scenarios[1]!, 2027)?.toString()).toBe("1300000");
  });
});
