/**
 * Changing the plan period never drops an amount (issue 10, item 1), through both adapters: the
 * browser's storage (BrowserWorkbook) and Excel (OfficeWorkbook over the fake workbook). Random
 * plans go through random periods (and 2027–2030; some in another unit) and back; meanwhile a plan year's amount is
 * edited and a measure added. After every step each amount ever stated is in its year, no year
 * has an amount nobody stated, no column title is there twice, the user's own column keeps its
 * cells, Excel's table keeps every column it had, and only the plan years count in the balance.
 */
import fc from "fast-check";
import { dec } from "../../src/budget/money";
import type { Decimal } from "../../src/budget/money";
import { balanceOf } from "../../src/plan/balance";
import { DEFAULT_SETTINGS, planYears } from "../../src/plan/model";
import type { Measure, MeasureKind, PlanSettings } from "../../src/plan/model";
import { outsideAmounts } from "../../src/plan/outsidePeriod";
import type { WorkbookPort } from "../../src/port/workbookPort";
import { measureToRow } from "../../src/store/measureCells";
import { MEASURE_COLUMNS } from "../../src/store/measureColumns";
import { serializePlanDocument } from "../../src/store/planDocument";
import { BrowserWorkbook, MemoryStorage } from "../../src/adapters/browser/browserWorkbook";
import { MEASURES_TABLE } from "../../src/adapters/office/measuresTable";
import { documentJson, portOver } from "../support/officeFixtures";
import type { CellInput } from "../support/excel";
import { named } from "../support/scenarios";

const START = DEFAULT_SETTINGS; // 2026–2028
const OWN = "Kommentar";

/** An amount as typed: blank, or tkr with at most one decimal. */
const amount = fc.option(
  fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => dec(n).div(10)),
  { nil: null, freq: 3 }
);

const measures = fc
  .array(
    fc.record({
      kind: fc.constantFrom<MeasureKind>("measure", "proposal"),
      amounts: fc.tuple(amount, amount, amount),
    }),
    { minLength: 1, maxLength: 4 }
  )
  .map((list) =>
    list.map(
      ({ kind, amounts }, i): Measure => ({
        id: `m-${i + 1}`,
        nr: i + 1,
        kind,
        area: START.areas[0]!,
        title: `Åtgärd ${i + 1}`,
        effects: Object.fromEntries(planYears(START).map((y, j) => [y, amounts[j] ?? null])),
        ambition: null,
        goals: null,
        consequence: "",
      })
    )
  );

/** A new period; now and then in another unit too (Excel keeps each column in its own). */
const period = fc.record(
  {
    firstYear: fc.integer({ min: 2022, max: 2032 }),
    yearCount: fc.integer({ min: 1, max: 5 }),
    unit: fc.constantFrom<PlanSettings["unit"]>("tkr", "kr", "mnkr"),
  },
  { requiredKeys: ["firstYear", "yearCount"] }
);

/** The periods a run goes through: 2027–2030 and random ones, then back to the start. */
const periods = fc
  .array(period, { maxLength: 3 })
  .chain((list) => fc.shuffledSubarray([{ firstYear: 2027, yearCount: 4 }, ...list]))
  .map((list) => [...list, { firstYear: START.firstYear, yearCount: START.yearCount }]);

const signConvention = fc.constantFrom<PlanSettings["signConvention"]>("positive", "resultEffect");

/** One adapter under test: its port, and the measures table's header and rows as stored. */
interface Adapter {
  readonly port: WorkbookPort;
  readonly table: () => readonly (readonly unknown[])[];
}

function browser(settings: PlanSettings, list: readonly Measure[]): Adapter {
  const storage = new MemoryStorage();
  storage.setItem("ramkoll.plan", serializePlanDocument({ settings, scenarios: [] }));
  const rows = list.map((m) => measureToRow(m, settings, [`om ${m.id}`]));
  storage.setItem(
    "ramkoll.measures",
    JSON.stringify([[...MEASURE_COLUMNS(settings), OWN], ...rows])
  );
  const table = () => JSON.parse(storage.getItem("ramkoll.measures")!) as unknown[][];
  return { port: new BrowserWorkbook(storage, { events: null }), table };
}

function excel(settings: PlanSettings, list: readonly Measure[]): Adapter {
  const rows = list.map((m) => measureToRow(m, settings, [`om ${m.id}`]) as CellInput[]);
  const { book, port } = portOver({
    header: [...MEASURE_COLUMNS(settings), OWN],
    rows,
    document: documentJson(settings),
  });
  return { port, table: () => book.tableValues(MEASURES_TABLE) };
}

type Expected = Map<string, Map<number, Decimal | null>>;

function expectedOf(list: readonly Measure[]): Expected {
  return new Map(
    list.map((m) => [m.id, new Map(Object.entries(m.effects).map(([y, a]) => [Number(y), a]))])
  );
}

const same = (a: Decimal | null | undefined, b: Decimal | null | undefined) =>
  a === null || a === undefined ? b === null || b === undefined : b != null && a.eq(b);

/** Every amount where it was stated, nothing anywhere else; only plan years in the balance. */
async function check(adapter: Adapter, expected: Expected, own: Map<string, unknown>) {
  const snapshot = await adapter.port.load();
  const { settings } = snapshot;
  expect(snapshot.problemRows).toEqual([]);
  expect(snapshot.measures.map((m) => m.measure.id).sort()).toEqual([...expected.keys()].sort());
  for (const { measure } of snapshot.measures) {
    const want = expected.get(measure.id)!;
    for (const [year, a] of want) expect(same(a, measure.effects[year])).toBe(true);
    for (const [year, a] of Object.entries(measure.effects))
      if (!want.has(Number(year))) expect(a ?? null).toBeNull();
    for (const o of outsideAmounts(measure, settings))
      expect(planYears(settings)).not.toContain(o.year);
  }
  const [header, ...rows] = adapter.table();
  const titles = header!.map((t) => String(t).toLowerCase());
  expect(new Set(titles).size).toBe(titles.length);
  const ownAt = titles.indexOf(OWN.toLowerCase());
  for (const r of rows) if (own.has(String(r[0]))) expect(r[ownAt]).toBe(own.get(String(r[0])));
  const all = named("alla", [...expected.keys()]);
  const balance = balanceOf(all, snapshot.measures.map((m) => m.measure), settings);
  expect(balance.years.map((y) => y.year)).toEqual(planYears(settings));
  return { snapshot, titles };
}

/** Through every period and back, editing and adding on the way. */
async function run(
  make: (settings: PlanSettings, list: readonly Measure[]) => Adapter,
  list: readonly Measure[],
  route: readonly Partial<PlanSettings>[],
  sign: PlanSettings["signConvention"],
  keepsColumns: boolean
): Promise<void> {
  const settings = { ...START, signConvention: sign };
  const adapter = make(settings, list);
  const expected = expectedOf(list);
  const own = new Map<string, unknown>(list.map((m) => [m.id, `om ${m.id}`]));
  let { snapshot, titles } = await check(adapter, expected, own);
  for (const [step, p] of route.entries()) {
    const base = { revision: snapshot.revision, settings: snapshot.settings, scenarios: [] };
    await adapter.port.saveSettings({ ...snapshot.settings, ...p }, base);
    const before = titles;
    ({ snapshot, titles } = await check(adapter, expected, own));
    if (keepsColumns) for (const t of before) expect(titles).toContain(t);
    // An edit of a plan year's amount leaves every other year as it was.
    const first = planYears(snapshot.settings)[0]!;
    const edited = dec(step + 1).times(111);
    await adapter.port.updateMeasure("m-1", { effects: { [first]: edited } });
    expected.get("m-1")!.set(first, edited);
    // A new measure has blank cells in the columns of years outside the period.
    const added: Measure = {
      ...list[0]!,
      id: `ny-${step}`,
      nr: 100 + step,
      effects: Object.fromEntries(planYears(snapshot.settings).map((y) => [y, dec(7)])),
    };
    await adapter.port.addMeasure(added);
    expected.set(added.id, expectedOf([added]).get(added.id)!);
    ({ snapshot, titles } = await check(adapter, expected, own));
  }
}

const runs = { numRuns: 40 };

describe("changing the plan period never drops an amount", () => {
  it("in the browser's storage", async () => {
    await fc.assert(
      fc.asyncProperty(measures, periods, signConvention, (list, route, sign) =>
        run(browser, list, route, sign, false)
      ),
      runs
    );
  });

  it("in Excel, where no column of the table is ever removed", async () => {
    await fc.assert(
      fc.asyncProperty(measures, periods, signConvention, (list, route, sign) =>
        run(excel, list, route, sign, true)
      ),
      runs
    );
  });
});

describe("the example: 14 000 tkr in 2026, the period moved to 2027–2030 and back", () => {
  const list: Measure[] = [
    {
      id: "m-1",
      nr: 1,
      kind: "measure",
      area: START.areas[1]!,
      title: "Vakanshålla 24 platser",
      effects: { 2026: dec(14_000), 2027: dec(14_000), 2028: null },
      ambition: null,
      goals: null,
      consequence: "",
    },
  ];
  const freed = async (port: WorkbookPort) => {
    const snapshot = await port.load();
    const measure = snapshot.measures[0]!.measure;
    const balance = balanceOf(named("s", ["m-1"]), [measure], snapshot.settings);
    return {
      freed: balance.years.map((y) => [y.year, y.freed.toNumber()]),
      outside: outsideAmounts(measure, snapshot.settings).map((o) => [o.year, o.amount.toNumber()]),
    };
  };

  it.each([
    ["the browser", browser],
    ["Excel", excel],
  ])("in %s: 2026 lies outside, counts nowhere, and counts again when covered", async (_, make) => {
    const { port } = make(START, list);
    const base = async () => {
      const s = await port.load();
      return { revision: s.revision, settings: s.settings, scenarios: s.scenarios };
    };
    await port.saveSettings({ ...START, firstYear: 2027, yearCount: 4 }, await base());
    expect(await freed(port)).toEqual({
      freed: [
        [2027, 14_000],
        [2028, 0],
        [2029, 0],
        [2030, 0],
      ],
      outside: [[2026, 14_000]],
    });
    await port.saveSettings(START, await base());
    expect(await freed(port)).toEqual({
      freed: [
        [2026, 14_000],
        [2027, 14_000],
        [2028, 0],
      ],
      outside: [], // the columns of 2029 and 2030 stay, blank
    });
  });
});
