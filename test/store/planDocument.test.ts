import fc from "fast-check";
import { dec } from "../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import type { Scenario } from "../../src/plan/model";
import {
  PLAN_DOCUMENT_VERSION,
  parsePlanDocument,
  serializePlanDocument,
} from "../../src/store/planDocument";

const settings = DEFAULT_SETTINGS;

const scenario: Scenario = {
  id: "s1",
  name: "Budget i balans",
  years: [
    {
      year: 2026,
      frame: dec(1_215_046),
      needs: dec(48_900),
      requestedIncrease: dec(1_210),
      increaseCost: dec(1_210),
    },
    {
      year: 2027,
      frame: dec("1215046.25"),
      needs: dec("0.1"),
      requestedIncrease: dec(0),
      increaseCost: dec(0),
    },
  ],
  included: ["a", "b"],
};

describe("plan document", () => {
  it("round-trips settings and scenarios exactly, amounts as decimal strings", () => {
    const json = serializePlanDocument({ settings, scenarios: [scenario] });
    const raw = JSON.parse(json);
    expect(raw.version).toBe(PLAN_DOCUMENT_VERSION);
    expect(raw.scenarios[0].years[1].frame).toBe("1215046.25");
    const back = parsePlanDocument(json);
    if (!back.ok) throw new Error(JSON.stringify(back.problem));
    expect(back.document.settings).toEqual({ ...settings, areas: [...settings.areas] });
    const s = back.document.scenarios[0]!;
    expect(s.years[1]!.frame.toString()).toBe("1215046.25");
    expect(s.years[1]!.needs.eq(dec("0.1"))).toBe(true);
    expect(s.years[0]!.increaseCost.eq(1_210)).toBe(true);
    expect(s.included).toEqual(["a", "b"]);
  });

  it("round-trips any scenario amounts (property)", () => {
    const amount = fc.oneof(
      fc.integer(),
      fc.integer().map((n) => n / 1000),
      fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String)
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amount, amount, amount, amount), { maxLength: 5 }),
        (amounts) => {
          const sc: Scenario = {
            id: "x",
            name: "x",
            included: [],
            years: amounts.map(([a, b, c, d], i) => ({
              year: 2026 + i,
              frame: dec(a),
              needs: dec(b),
              requestedIncrease: dec(c),
              increaseCost: dec(d),
            })),
          };
          const back = parsePlanDocument(serializePlanDocument({ settings, scenarios: [sc] }));
          return (
            back.ok &&
            back.document.scenarios[0]!.years.every((y, i) => {
              const o = sc.years[i]!;
              return (
                y.frame.eq(o.frame) &&
                y.needs.eq(o.needs) &&
                y.requestedIncrease.eq(o.requestedIncrease) &&
                y.increaseCost.eq(o.increaseCost)
              );
            })
          );
        }
      )
    );
  });

  it("reports a later version and reads nothing of it", () => {
    const later = JSON.stringify({ version: 2, settings: {}, scenarios: [], somethingNew: true });
    expect(parsePlanDocument(later)).toEqual({
      ok: false,
      problem: { code: "unknownVersion", params: { version: "2" } },
    });
  });

  it("does not guess at versions that are almost 1", () => {
    for (const v of ["1", 1.5, 0, -1, null, true]) {
      const r = parsePlanDocument(JSON.stringify({ version: v, settings: {}, scenarios: [] }));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem.code).toBe("unknownVersion");
    }
  });

  it("reports text that is not JSON, and JSON that is not a plan", () => {
    expect(parsePlanDocument("{not json")).toEqual({
      ok: false,
      problem: { code: "invalidJson", params: {} },
    });
    for (const v of ["[]", "null", "42", JSON.stringify({ settings: {} })]) {
      expect(parsePlanDocument(v)).toEqual({
        ok: false,
        problem: { code: "notAPlanDocument", params: {} },
      });
    }
  });

  it("reports where a version-1 document breaks the schema", () => {
    const bad = JSON.parse(serializePlanDocument({ settings, scenarios: [scenario] }));
    bad.scenarios[0].years[0].needs = "48 900 tkr";
    const r = parsePlanDocument(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe("invalidDocument");
      expect(r.problem.params).toMatchObject({ path: "scenarios.0.years.0.needs" });
    }
  });

  it("rejects repeated scenario ids, repeated years and impossible settings", () => {
    const twice = JSON.parse(serializePlanDocument({ settings, scenarios: [scenario, scenario] }));
    expect(parsePlanDocument(twice).ok).toBe(false);
    const years = JSON.parse(
      serializePlanDocument({
        settings,
        scenarios: [{ ...scenario, years: [scenario.years[0]!, scenario.years[0]!] }],
      })
    );
    expect(parsePlanDocument(years).ok).toBe(false);
    for (const change of [
      { yearCount: 0 },
      { yearCount: 51 },
      { firstYear: 2026.5 },
      { unit: "euro" },
      { areas: ["A", " a "] },
    ]) {
      const doc = { version: 1, settings: { ...settings, ...change }, scenarios: [] };
      expect(parsePlanDocument(doc).ok).toBe(false);
    }
    const labels = {
      version: 1,
      settings: { colourLabels: { red: "X", yellow: "x", green: "Y" } },
      scenarios: [],
    };
    expect(parsePlanDocument(labels).ok).toBe(false);
  });

  it("fills settings left out with the defaults, and increases left out with zero", () => {
    const r = parsePlanDocument({
      version: 1,
      settings: { firstYear: 2027 },
      scenarios: [
        { id: "s", name: "", years: [{ year: 2027, frame: 1, needs: "2" }], included: [] },
      ],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problem));
    expect(r.document.settings).toEqual({
      ...settings,
      areas: [...settings.areas],
      firstYear: 2027,
    });
    expect(r.document.scenarios[0]!.years[0]!.requestedIncrease.isZero()).toBe(true);
    expect(r.document.scenarios[0]!.years[0]!.needs.eq(2)).toBe(true);
  });

  it("keeps the municipality and the committee, and reads a document from before them as naming neither", () => {
    const named = { ...settings, municipality: "Askersunds kommun", committee: "Socialnämnden" };
    const back = parsePlanDocument(serializePlanDocument({ settings: named, scenarios: [] }));
    if (!back.ok) throw new Error(JSON.stringify(back.problem));
    expect(back.document.settings.municipality).toBe("Askersunds kommun");
    expect(back.document.settings.committee).toBe("Socialnämnden");

    const old = JSON.parse(serializePlanDocument({ settings: named, scenarios: [] }));
    delete old.settings.municipality;
    delete old.settings.committee;
    const r = parsePlanDocument(old);
    if (!r.ok) throw new Error(JSON.stringify(r.problem));
    expect(r.document.settings.municipality).toBe("");
    expect(r.document.settings.committee).toBe("");
  });

  it("never throws", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.anything(),
          fc
            .jsonValue()
            .map((v) =>
              JSON.stringify({ version: 1, ...(typeof v === "object" && v !== null ? v : {}) })
            )
        ),
        (input) => {
          const r = parsePlanDocument(input);
          return typeof r.ok === "boolean";
        }
      )
    );
  });
});

describe("plan document from hostile input", () => {
  it("reports instead of throwing when reading the input throws", () => {
    const hostile = new Proxy(
      {},
      {
        has() {
          throw new Error("hostile");
        },
      }
    );
    const r = parsePlanDocument(hostile);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe("invalidDocument");
  });
});
