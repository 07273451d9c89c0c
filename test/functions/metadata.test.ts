import { CATALOG, FUNCTION_IDS } from "../../src/functions/catalog";
import { FUNCTION_TEXTS_EN } from "../../src/i18n/functions.en";
import {
  buildMetadata,
  catalogProblems,
  DEFINITIONS,
  type FunctionDefinition,
  metadataFiles,
} from "../../src/functions/metadata";

const SWEDISH_NAMES: Record<string, string> = {
  FRAMEADJUST: "RAMJUSTERING",
  PLCOMP: "PLKOMPENSATION",
  POADJUST: "POJUSTERING",
  DAILYCOST: "DYGNSKOSTNAD",
  FULLYEARPLACEMENTS: "HELÅRSPLACERINGAR",
  ANNUALCOST: "ÅRSKOSTNAD",
  PLACEMENTDAYS: "VÅRDDYGN",
  OCCUPANCY: "BELÄGGNING",
  MEASUREEFFECT: "ÅTGÄRDSEFFEKT",
  VOLUMEEFFECT: "VOLYMEFFEKT",
  BREAKEVEN: "BRYTPUNKT",
  VARIANCE: "AVVIKELSE",
  FORECAST: "HELÅRSPROGNOS",
  PERIODBUDGET: "PERIODBUDGET",
  PRICEVOLUME: "PRISVOLYM",
  ROUNDSUM: "AVRUNDASUMMA",
};

describe("custom functions metadata", () => {
  it("generates from source with no problems", () => {
    expect(catalogProblems()).toEqual([]);
    const files = metadataFiles();
    expect(Object.keys(files).sort()).toEqual(["functions.json", "functions.sv.json"]);
    for (const json of Object.values(files)) expect(() => JSON.parse(json)).not.toThrow();
  });

  it("the English file has all 16 ids, each named by its id", () => {
    const { functions } = buildMetadata("en");
    expect(functions.map((fn) => fn.id).sort()).toEqual([...FUNCTION_IDS].sort());
    expect(functions).toHaveLength(16);
    for (const fn of functions) expect(fn.name).toBe(fn.id);
  });

  it("the Swedish file names every function in Swedish, under the same ids", () => {
    const { functions } = buildMetadata("sv");
    expect(Object.fromEntries(functions.map((fn) => [fn.id, fn.name]))).toEqual(SWEDISH_NAMES);
  });

  it("both files declare the same parameters, in the same order, as ranges of any value", () => {
    const en = buildMetadata("en").functions;
    const sv = buildMetadata("sv").functions;
    en.forEach((fn, i) => {
      const other = sv[i];
      expect(other?.id).toBe(fn.id);
      expect(other?.parameters.map((p) => p.optional)).toEqual(
        fn.parameters.map((p) => p.optional)
      );
      for (const p of [...fn.parameters, ...(other?.parameters ?? [])]) {
        expect(p).toMatchObject({ type: "any", dimensionality: "matrix" });
      }
      expect(fn.result).toEqual({ dimensionality: "matrix" });
    });
  });

  it("descriptions give an example in each language", () => {
    for (const definition of DEFINITIONS) {
      expect(definition.en.description).toMatch(
        new RegExp(`Example: =BUDGET\\.${definition.en.name}\\(`)
      );
      expect(definition.sv.description).toMatch(
        new RegExp(`Exempel: =BUDGET\\.${definition.sv.name}\\(`)
      );
      // Swedish examples use the Swedish argument separator.
      expect(definition.sv.description).not.toMatch(/=BUDGET\.[^(]+\([^)]*,\s/);
    }
  });

  it("a broken catalog fails the build instead of producing bad metadata", () => {
    const broken: FunctionDefinition[] = DEFINITIONS.map((d) => ({ ...d }));
    broken[1] = { ...broken[1]!, sv: { ...broken[1]!.sv, name: broken[0]!.sv.name } };
    broken[2] = {
      ...broken[2]!,
      parameters: [
        { ...broken[2]!.parameters[0]!, optional: true },
        ...broken[2]!.parameters.slice(1),
      ],
    };
    const problems = catalogProblems(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/duplicate name RAMJUSTERING/),
        expect.stringMatching(/required parameter .* after an optional one/),
      ])
    );
    expect(() => buildMetadata("en", broken)).toThrow(/catalog has problems/);
  });
});

describe("labels in error messages", () => {
  it("name an argument by its English parameter name", () => {
    const labelled = FUNCTION_IDS.flatMap((id) =>
      CATALOG[id].parameters.flatMap((p, i) =>
        "label" in p ? [[p.label, FUNCTION_TEXTS_EN[id].parameters[i]?.name]] : []
      )
    );
    expect(labelled).toEqual([["decimals", "decimals"]]);
  });
});
