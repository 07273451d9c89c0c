/**
 * Two browser tabs over one storage (two BrowserWorkbook instances over one Storage object): a
 * save based on what a tab read earlier keeps what the other tab saved meanwhile, or is refused
 * with a message naming the other change, writing nothing.
 */
import { dec } from "../../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import type { Scenario } from "../../../src/plan/model";
import { withLineAmount } from "../../../src/plan/lineEdits";
import { frameOf, named } from "../../support/scenarios";
import { BrowserWorkbook, MemoryStorage } from "../../../src/adapters/browser/browserWorkbook";
import type { DocumentBase, PlanSnapshot } from "../../../src/port/workbookPort";
import { rejection } from "../../support/portFixtures";

const baseOf = (s: PlanSnapshot): DocumentBase => ({
  revision: s.revision,
  settings: s.settings,
  scenarios: s.scenarios,
});

/** Two tabs over one storage, both having loaded the reference case. */
async function twoTabs() {
  const storage = new MemoryStorage();
  const one = new BrowserWorkbook(storage, { events: null });
  const two = new BrowserWorkbook(storage, { events: null });
  const seenByOne = await one.load(); // the first visit stores the reference case
  const seenByTwo = await two.load();
  return { storage, one, two, seenByOne, seenByTwo };
}

/** The scenario with its first need line's amount of `year` typed as `amount`. */
function typedNeed(s: Scenario, year: number, amount: string): Scenario {
  return withLineAmount(s, "needLines", s.needLines[0]!.id, year, dec(amount));
}

/** The scenario with its first frame line's amount of `year` typed as `amount`. */
function typedFrame(s: Scenario, year: number, amount: string): Scenario {
  return withLineAmount(s, "frameLines", s.frameLines[0]!.id, year, dec(amount));
}

describe("BrowserWorkbook: two tabs", () => {
  it("keeps tab 2's scenario change when tab 1 then commits a typed amount", async () => {
    const { one, two, seenByOne, seenByTwo } = await twoTabs();
    const [first, ...rest] = seenByTwo.scenarios as [Scenario, ...Scenario[]];
    await two.saveScenarios(
      [{ ...first, name: "Inom ram, reviderad", included: first.included.slice(1) }, ...rest],
      baseOf(seenByTwo)
    );
    // Tab 1 still shows the plan as it was and commits 1 200 000 tkr as the 2027 frame.
    const [oldFirst, ...oldRest] = seenByOne.scenarios as [Scenario, ...Scenario[]];
    await one.saveScenarios([typedFrame(oldFirst, 2027, "1200000"), ...oldRest], baseOf(seenByOne));
    const after = (await one.load()).scenarios[0]!;
    expect(after.name).toBe("Inom ram, reviderad");
    expect(after.included).toEqual(first.included.slice(1));
    expect(frameOf(after, 2027)?.toString()).toBe("1200000");
    expect((await two.load()).revision).toBe(2);
  });

  it("keeps tab 2's scenarios when tab 1 saves settings it read before them", async () => {
    const { one, two, seenByOne, seenByTwo } = await twoTabs();
    const added = named("s-ny", [], "Alt C");
    await two.saveScenarios([...seenByTwo.scenarios, added], baseOf(seenByTwo));
    await one.saveSettings({ ...seenByOne.settings, unit: "mnkr" }, baseOf(seenByOne));
    const after = await two.load();
    expect(after.settings.unit).toBe("mnkr");
    expect(after.scenarios.map((s) => s.name)).toContain("Alt C");
  });

  it("refuses, storing nothing, an amount the other tab changed meanwhile, and says which", async () => {
    const { storage, one, two, seenByOne, seenByTwo } = await twoTabs();
    const [first, ...rest] = seenByTwo.scenarios as [Scenario, ...Scenario[]];
    await two.saveScenarios([typedNeed(first, 2027, "50000"), ...rest], baseOf(seenByTwo));
    const stored = storage.getItem("ramkoll.plan");
    const [oldFirst, ...oldRest] = seenByOne.scenarios as [Scenario, ...Scenario[]];
    const error = await rejection(
      one.saveScenarios([typedNeed(oldFirst, 2027, "47000"), ...oldRest], baseOf(seenByOne))
    );
    expect(error.reason).toBe("conflict");
    const need = first.needLines[0]!.cause;
    expect(error.message).toContain(`raden ”${need}” under behoven i scenariot ”${first.name}”`);
    expect(error.message).toContain("Ingenting");
    expect(storage.getItem("ramkoll.plan")).toBe(stored);
  });

  it("says the conflict in English in an English pane", async () => {
    const storage = new MemoryStorage();
    const one = new BrowserWorkbook(storage, { events: null, language: "en" });
    const seen = await one.load();
    await one.saveSettings({ ...DEFAULT_SETTINGS, firstYear: 2027 }, baseOf(seen));
    const error = await rejection(
      one.saveSettings({ ...DEFAULT_SETTINGS, firstYear: 2028 }, baseOf(seen))
    );
    expect(error.message).toContain("the plan's first year was changed");
    expect(error.message).toContain("Nothing");
  });
});
