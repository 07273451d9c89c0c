import fc from "fast-check";
import { dec } from "../../src/budget/money";
import { DEFAULT_SETTINGS } from "../../src/plan/model";
import type { Scenario } from "../../src/plan/model";
import {
  PLAN_DOCUMENT_VERSION,
  parsePlanDocument,
  serializePlanDocument,
} from "../../src/store/planDocument";
import { sameValue } from "../../src/plan/documentMerge";

const settings = DEFAULT_SETTINGS;

/** A scenario with a line of each kind; amounts that a double would not hold exactly. */
const scenario: Scenario = {
  id: "s1",
  name: "Budget i balans",
  frameLines: [
    { id: "ram", text: "Anvisad ram", amounts: { 2026: dec(1_215_046), 2027: dec("1215046.25") } },
  ],
  needLines: [
    {
      id: "behov-1",
      area: "Barn och unga",
      cause: "Fler placeringar",
      source: { kind: "typed", amounts: { 2026: dec(48_900), 2027: null } },
    },
    {
      id: "behov-2",
      area: "",
      cause: "Hyror",
      source: { kind: "derived", cost: { 2026: dec("0.1") }, frameShare: dec("12.5") },
    },
  ],
  requests: [
    { id: "beg", purpose: "Statsbidrag", covers: "ownCost", amounts: { 2026: dec(1_210) } },
  ],
  included: ["a", "b"],
  requestedProposals: ["p"],
};

describe("plan document", () => {
  it("round-trips settings and scenarios exactly, amounts as decimal strings", () => {
    const json = serializePlanDocument({ settings, scenarios: [scenario] });
    const raw = JSON.parse(json);
    expect(raw.version).toBe(PLAN_DOCUMENT_VERSION);
    expect(raw.scenarios[0].frameLines[0].amounts["2027"]).toBe("1215046.25");
    expect(raw.scenarios[0].needLines[1].source.frameShare).toBe("12.5");
    const back = parsePlanDocument(json);
    if (!back.ok) throw new Error(JSON.stringify(back.problem));
    expect(back.document.settings).toEqual({ ...settings, areas: [...settings.areas] });
    expect(back.document.scenarios).toEqual([scenario]);
    const s = back.document.scenarios[0]!;
    expect(s.frameLines[0]!.amounts[2027]!.toString()).toBe("1215046.25");
  });

  it("round-trips any line amounts (property)", () => {
    const amount = fc.oneof(
      fc.integer(),
      fc.integer().map((n) => n / 1000),
      fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String)
    );
    const amounts = fc
      .uniqueArray(fc.integer({ min: 2000, max: 2100 }), { maxLength: 5 })
      .chain((ys) => fc.tuple(...ys.map((y) => fc.option(amount).map((a) => [y, a] as const))))
      .map((entries) =>
        Object.fromEntries(entries.map(([y, a]) => [y, a === null ? null : dec(a)]))
      );
    fc.assert(
      fc.property(amounts, amounts, amounts, amount, (frame, cost, asked, share) => {
        const sc: Scenario = {
          ...scenario,
          frameLines: [{ id: "f", text: "", amounts: frame }],
          needLines: [
            {
              id: "n",
              area: "",
              cause: "",
              source: { kind: "derived", cost, frameShare: dec(share) },
            },
          ],
          requests: [{ id: "r", purpose: "", covers: "needs", amounts: asked }],
        };
        const back = parsePlanDocument(serializePlanDocument({ settings, scenarios: [sc] }));
        return back.ok && sameValue(back.document.scenarios[0], sc);
      })
    );
  });

  it("reports a later version and reads nothing of it", () => {
    const later = JSON.stringify({ version: 3, settings: {}, scenarios: [], somethingNew: true });
    expect(parsePlanDocument(later)).toEqual({
      ok: false,
      problem: { code: "unknownVersion", params: { version: "3" } },
    });
  });

  it("does not guess at versions that are almost 1 or 2", () => {
    for (const v of ["1", "2", 1.5, 0, -1, null, true]) {
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

  it("reports where a document breaks the schema", () => {
    const bad = JSON.parse(serializePlanDocument({ settings, scenarios: [scenario] }));
    bad.scenarios[0].needLines[0].source.amounts["2026"] = "48 900 tkr";
    const r = parsePlanDocument(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe("invalidDocument");
      expect(r.problem.params).toMatchObject({
        path: "scenarios.0.needLines.0.source.amounts.2026",
      });
    }
  });

  it("rejects repeated scenario ids, repeated line ids and impossible settings", () => {
    const twice = JSON.parse(serializePlanDocument({ settings, scenarios: [scenario, scenario] }));
    expect(parsePlanDocument(twice).ok).toBe(false);
    const sameId = { ...scenario, requests: [{ ...scenario.requests[0]!, id: "behov-1" }] };
    const lines = parsePlanDocument(serializePlanDocument({ settings, scenarios: [sameId] }));
    expect(lines.ok).toBe(false);
    for (const change of [
      { yearCount: 0 },
      { yearCount: 51 },
      { firstYear: 2026.5 },
      { unit: "euro" },
      { areas: ["A", " a "] },
    ]) {
      for (const version of [1, 2]) {
        const doc = { version, settings: { ...settings, ...change }, scenarios: [] };
        expect(parsePlanDocument(doc).ok).toBe(false);
      }
    }
    const labels = {
      version: 2,
      settings: { colourLabels: { red: "X", yellow: "x", green: "Y" } },
      scenarios: [],
    };
    expect(parsePlanDocument(labels).ok).toBe(false);
  });

  it("fills settings left out with the defaults", () => {
    const r = parsePlanDocument({ version: 2, settings: { firstYear: 2027 }, scenarios: [] });
    if (!r.ok) throw new Error(JSON.stringify(r.problem));
    expect(r.document.settings).toEqual({
      ...settings,
      areas: [...settings.areas],
      firstYear: 2027,
    });
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
              JSON.stringify({ ...(typeof v === "object" && v !== null ? v : {}), version: 2 })
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
