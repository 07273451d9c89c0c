/**
 * The settings' editing rules (settingsEdits.ts) on the reference case's five areas and measures,
 * and the Askersund preset's activity codes.
 */
import fc from "fast-check";
import { MAX_CELL_TEXT } from "../../src/budget/limits";
import { DEFAULT_SETTINGS, PLAN_YEAR_COUNT_MAX } from "../../src/plan/model";
import { referencePlan } from "../../src/plan/referenceCase";
import {
  addArea,
  areaNameProblem,
  areaRenamePatches,
  areaRenames,
  draftFromPreset,
  draftOf,
  draftProblems,
  droppedAreasInUse,
  hasProblems,
  moveArea,
  removeArea,
  renameArea,
  settingsOfDraft,
  wholeNumberIn,
} from "../../src/plan/settingsEdits";
import type { AreaEntry, SettingsDraft } from "../../src/plan/settingsEdits";
import { ASKERSUND_SETTINGS, VANERSBORG_SETTINGS } from "../../src/plan/settingsPresets";

const measures = referencePlan().measures;
const AREAS = DEFAULT_SETTINGS.areas;
const draft = draftOf(DEFAULT_SETTINGS);
const keyOf = (d: SettingsDraft, name: string) => d.areas.find((a) => a.name === name)!.key;
const names = (areas: readonly AreaEntry[]) => areas.map((a) => a.name);

describe("the years", () => {
  it("takes whole numbers within the range and refuses text, 0 and 11 plan years", () => {
    expect(wholeNumberIn(" 2027 ", 1900, 9999)).toEqual({ value: 2027 });
    expect(wholeNumberIn("tjugo", 1900, 9999)).toEqual({ code: "notAWholeNumber" });
    expect(wholeNumberIn("2026,5", 1900, 9999)).toEqual({ code: "notAWholeNumber" });
    expect(wholeNumberIn("", 1900, 9999)).toEqual({ code: "notAWholeNumber" });
    const range = { code: "outOfRange", min: 1, max: PLAN_YEAR_COUNT_MAX };
    expect(draftProblems({ ...draft, yearCount: "0" }, AREAS, measures).fields.yearCount).toEqual(
      range
    );
    expect(draftProblems({ ...draft, yearCount: "11" }, AREAS, measures).fields.yearCount).toEqual(
      range
    );
    expect(
      draftProblems({ ...draft, yearCount: "10" }, AREAS, measures).fields.yearCount
    ).toBeUndefined();
    expect(
      draftProblems({ ...draft, firstYear: "1899" }, AREAS, measures).fields.firstYear
    ).toEqual({
      code: "outOfRange",
      min: 1900,
      max: 9999,
    });
  });

  it("refuses a period that would end after 9999", () => {
    const late = { ...draft, firstYear: "9998", yearCount: "3" };
    expect(draftProblems(late, AREAS, measures).fields.yearCount).toEqual({
      code: "periodAfter9999",
    });
  });
});

describe("the areas", () => {
  it("adds an area at the end and refuses an empty name or one there already, in any case", () => {
    const added = addArea(draft.areas, "  Kultur ");
    expect(added.ok && names(added.areas)).toEqual([...DEFAULT_SETTINGS.areas, "Kultur"]);
    expect(addArea(draft.areas, "   ")).toEqual({ ok: false, problem: { code: "required" } });
    expect(addArea(draft.areas, "äldreomsorg ")).toEqual({
      ok: false,
      problem: { code: "duplicate" },
    });
    expect(addArea(draft.areas, "x".repeat(MAX_CELL_TEXT + 1))).toEqual({
      ok: false,
      problem: { code: "tooLong", length: MAX_CELL_TEXT + 1 },
    });
  });

  it("lets an area change only its case, but not take another area's name", () => {
    const key = keyOf(draft, "Äldreomsorg");
    expect(areaNameProblem(draft.areas, "ÄLDREOMSORG", key)).toBeNull();
    expect(
      areaNameProblem(draft.areas, "Äldreomsorg", keyOf(draft, "Nämnd och administration"))
    ).toEqual({ code: "duplicate" });
    const renamed = { ...draft, areas: renameArea(draft.areas, key, "individ- och familjeomsorg") };
    const problems = draftProblems(renamed, AREAS, measures);
    expect(problems.areas.get(key)).toEqual({ code: "duplicate" });
    expect(hasProblems(problems)).toBe(true);
  });

  it("moves an area up and down, and not past either end", () => {
    const key = keyOf(draft, "Äldreomsorg");
    expect(names(moveArea(draft.areas, key, -1)).slice(0, 2)).toEqual([
      "Äldreomsorg",
      "Nämnd och administration",
    ]);
    const first = keyOf(draft, "Nämnd och administration");
    expect(names(moveArea(draft.areas, first, -1))).toEqual(names(draft.areas));
    const last = draft.areas[draft.areas.length - 1]!.key;
    expect(names(moveArea(draft.areas, last, 1))).toEqual(names(draft.areas));
  });

  it("refuses to remove an area a measure uses, naming the measures; removes an unused one", () => {
    const result = removeArea(draft.areas, keyOf(draft, "Äldreomsorg"), measures);
    expect(result.ok).toBe(false);
    if (result.ok || result.problem.code !== "inUse") throw new Error("expected inUse");
    // The two measures of the brief in elderly care, and the development proposal there.
    expect(result.problem.measures.map((m) => m.title)).toEqual([
      "Vakanshålla 24 platser i särskilt boende",
      "Sänka kostnaderna i ordinärt boende för äldre",
      "Utvecklingsplan ”satsa oss ur” äldreomsorg",
    ]);
    const unused = removeArea(draft.areas, keyOf(draft, "Äldreomsorg"), []);
    expect(unused.ok && unused.areas).toHaveLength(4);
  });

  it("refuses at saving an area dropped meanwhile that a measure uses (a preset without it)", () => {
    const preset = draftFromPreset(draft, ASKERSUND_SETTINGS);
    const using = droppedAreasInUse(preset, DEFAULT_SETTINGS.areas, measures);
    expect(using).toHaveLength(measures.filter((m) => m.area !== "").length);
    expect(droppedAreasInUse(draft, DEFAULT_SETTINGS.areas, measures)).toEqual([]);
    expect(draftProblems(preset, AREAS, measures).fields.areas).toEqual({
      code: "inUse",
      measures: using,
    });
  });
});

describe("renaming an area in the measures", () => {
  it("renames the area in every measure that uses it, and no other", () => {
    const key = keyOf(draft, "Äldreomsorg");
    const renamed = { ...draft, areas: renameArea(draft.areas, key, " Vård och omsorg om äldre ") };
    const renames = areaRenames(renamed);
    expect(renames).toEqual([{ from: "Äldreomsorg", to: "Vård och omsorg om äldre" }]);
    const patches = areaRenamePatches(measures, renames);
    const elderly = measures.filter((m) => m.area === "Äldreomsorg").map((m) => m.id);
    expect(patches).toEqual(elderly.map((id) => ({ id, area: "Vård och omsorg om äldre" })));
    expect(elderly.length).toBeGreaterThan(0);
  });

  it("swaps two names without mixing up their measures", () => {
    const a = keyOf(draft, "Äldreomsorg");
    const b = keyOf(draft, "Individ- och familjeomsorg");
    const swapped = renameArea(
      renameArea(draft.areas, a, "Individ- och familjeomsorg"),
      b,
      "Äldreomsorg"
    );
    const patches = areaRenamePatches(measures, areaRenames({ ...draft, areas: swapped }));
    for (const p of patches) {
      const before = measures.find((m) => m.id === p.id)!.area;
      expect(p.area).toBe(before === "Äldreomsorg" ? "Individ- och familjeomsorg" : "Äldreomsorg");
    }
    expect(patches).toHaveLength(
      measures.filter((m) => ["Äldreomsorg", "Individ- och familjeomsorg"].includes(m.area)).length
    );
  });
});

describe("the colour words and the texts", () => {
  it("wants three different colour words", () => {
    const same = { ...draft, colourLabels: { red: "RÖD", yellow: "röd", green: "GRÖN" } };
    expect(draftProblems(same, AREAS, measures).fields.colourYellow).toEqual({
      code: "sameColour",
    });
    const empty = { ...draft, colourLabels: { ...draft.colourLabels, green: " " } };
    expect(draftProblems(empty, AREAS, measures).fields.colourGreen).toEqual({ code: "required" });
  });

  it("keeps names and legends within one Excel cell", () => {
    const long = "x".repeat(MAX_CELL_TEXT + 1);
    const problems = draftProblems(
      { ...draft, municipality: long, committee: long },
      AREAS,
      measures
    );
    expect(problems.fields.municipality).toEqual({ code: "tooLong", length: MAX_CELL_TEXT + 1 });
    expect(problems.fields.committee?.code).toBe("tooLong");
  });
});

describe("a draft saved", () => {
  it("is the settings it was made of, and a valid draft has no problems", () => {
    expect(settingsOfDraft(draftOf(VANERSBORG_SETTINGS), DEFAULT_SETTINGS)).toEqual({
      ...VANERSBORG_SETTINGS,
      areas: [...VANERSBORG_SETTINGS.areas],
    });
    expect(
      hasProblems(draftProblems(draftOf(ASKERSUND_SETTINGS), ASKERSUND_SETTINGS.areas, measures))
    ).toBe(false);
  });

  it("takes the Askersund preset's activity codes as areas, the stored areas of the same name kept", () => {
    const preset = draftFromPreset(draft, {
      ...ASKERSUND_SETTINGS,
      areas: ["Äldreomsorg", "51 Äldreomsorg/LSS"],
    });
    expect(preset.areas.map((a) => a.saved)).toEqual(["Äldreomsorg", null]);
    expect(ASKERSUND_SETTINGS.areas[0]).toBe("10 Politisk verksamhet");
    expect(ASKERSUND_SETTINGS.municipality).toBe("Askersunds kommun");
    expect(ASKERSUND_SETTINGS.unit).toBe("tkr");
  });
});

describe("properties", () => {
  const areaNames = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), {
    minLength: 1,
    maxLength: 8,
    selector: (s) => s.trim().toLocaleLowerCase("sv-SE"),
  });

  it("rename then rename back is the same draft, and renames nothing in the measures", () => {
    fc.assert(
      fc.property(areaNames, fc.nat(), fc.string(), (list, i, name) => {
        const d = draftOf({ ...DEFAULT_SETTINGS, areas: list });
        const entry = d.areas[i % d.areas.length]!;
        const there = renameArea(d.areas, entry.key, name);
        const back = renameArea(there, entry.key, entry.name);
        expect(back).toEqual(d.areas);
        expect(areaRenames({ ...d, areas: back })).toEqual(
          list.filter((n) => n !== n.trim()).map((n) => ({ from: n, to: n.trim() }))
        );
      })
    );
  });

  it("moving keeps the set of areas, and up then down is where it was", () => {
    fc.assert(
      fc.property(
        areaNames,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(-1 as const, 1 as const))),
        (list, moves) => {
          let areas: readonly AreaEntry[] = draftOf({ ...DEFAULT_SETTINGS, areas: list }).areas;
          for (const [i, by] of moves) areas = moveArea(areas, areas[i % areas.length]!.key, by);
          expect([...names(areas)].sort()).toEqual([...list].sort());
          const middle = areas[1];
          if (middle && areas.length > 2) {
            expect(moveArea(moveArea(areas, middle.key, -1), middle.key, 1)).toEqual(areas);
          }
        }
      )
    );
  });
});
