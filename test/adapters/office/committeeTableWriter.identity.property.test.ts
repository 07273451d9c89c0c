/**
 * Property: whatever the user does between two "Skapa nämndtabell" (adds sheets with colliding
 * names, renames or deletes committee sheets, renames the measures sheet to a scenario's name),
 * each scenario's table lands on a sheet of its own, and no sheet the add-in did not make for
 * that scenario (the user's, the measures sheet, the store, another scenario's) changes.
 */
import fc from "fast-check";
import { buildCommitteeTable } from "../../../src/plan/committeeTable";
import type { CommitteeTable } from "../../../src/plan/committeeTable";
import type { Scenario } from "../../../src/plan/model";
import { referencePlan } from "../../../src/plan/referenceCase";
import { writeCommitteeTable } from "../../../src/adapters/office/committeeTableWriter";
import { MEASURES_TABLE } from "../../../src/adapters/office/measuresTable";
import { STORE_SHEET } from "../../../src/adapters/office/planDocumentSheet";
import { MEASURES_MARK, STORE_MARK } from "../../../src/adapters/office/workbookMarks";
import { STORAGE_SHEET_NAMES } from "../../../src/port/workbookPort";
import { FakeContext, FakeWorkbook, installExcelEnums, installOffice } from "../../support/excel";
import { rows, workbook } from "../../support/officeFixtures";

const plan = referencePlan();
const LONG = "Budget 2027 — alternativ med lägre kostnader";
/** Scenario names whose sheet names collide: by case, by forbidden characters, by the 31st character. */
const NAMES = ["Plan", "PLAN", "Plan:", "Plan/", `${LONG} A`, `${LONG} B`];
/** Names the user gives sheets: the wanted ones, their "(2)" forms, and the add-in's defaults. */
const SHEET_NAMES = [
  "Plan",
  "PLAN (2)",
  "Plan-",
  "Plan- (2)",
  LONG.slice(0, 31),
  "Ramkoll",
  "Åtgärder",
];

type Step =
  | { readonly kind: "write"; readonly scenario: number }
  | { readonly kind: "userSheet"; readonly name: number }
  | { readonly kind: "renameOwn"; readonly scenario: number; readonly name: number }
  | { readonly kind: "deleteOwn"; readonly scenario: number }
  | { readonly kind: "renameMeasures"; readonly name: number };

const scenarioIndex = fc.nat({ max: NAMES.length - 1 });
const nameIndex = fc.nat({ max: SHEET_NAMES.length - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("write" as const), scenario: scenarioIndex }),
  fc.record({ kind: fc.constant("userSheet" as const), name: nameIndex }),
  fc.record({ kind: fc.constant("renameOwn" as const), scenario: scenarioIndex, name: nameIndex }),
  fc.record({ kind: fc.constant("deleteOwn" as const), scenario: scenarioIndex }),
  fc.record({ kind: fc.constant("renameMeasures" as const), name: nameIndex })
);

const tables: CommitteeTable[] = NAMES.map((name, i) => {
  const scenario: Scenario = { ...plan.scenarios[0]!, id: `s-${i}`, name };
  return buildCommitteeTable(scenario, plan.measures, plan.settings, STORAGE_SHEET_NAMES);
});
const titleOf = (t: CommitteeTable) => t.rows[0]![0]!.value;

/** The run's state: the book, each scenario's sheet as last reported, the sheets not the add-in's. */
class World {
  readonly book: FakeWorkbook = workbook({ rows: rows(2) });
  readonly own = new Map<number, string>();
  /** Sheets that are not any scenario's (the user's, the measures sheet, the store), by id. */
  readonly foreign = new Set<string>();

  constructor() {
    this.book.addName(MEASURES_MARK, `=${MEASURES_TABLE}[#All]`);
    this.book.addName(STORE_MARK, `=${STORE_SHEET}!$A$1`);
    for (const s of this.book.sheets) this.foreign.add(s.id);
  }

  free(name: string): boolean {
    return this.book.findSheet(name) === undefined;
  }

  async apply(s: Step): Promise<void> {
    const book = this.book;
    if (s.kind === "write") {
      const result = await writeCommitteeTable(
        new FakeContext(book) as unknown as Excel.RequestContext,
        tables[s.scenario]!
      );
      this.own.set(s.scenario, result.sheetName);
      return;
    }
    const name = "name" in s ? SHEET_NAMES[s.name]! : "";
    const current = "scenario" in s ? this.own.get(s.scenario) : undefined;
    if (s.kind === "userSheet" && this.free(name)) {
      this.foreign.add(book.addSheet(name).id);
      book.setCells(name, "A1", [["mina siffror"], [42]]);
    } else if (s.kind === "renameOwn" && current && this.free(name)) {
      book.renameSheet(current, name);
      this.own.set(s.scenario, name);
    } else if (s.kind === "deleteOwn" && current) {
      book.deleteSheet(current);
      this.own.delete(s.scenario);
    } else if (s.kind === "renameMeasures" && this.free(name)) {
      const measures = book.findTable(MEASURES_TABLE)!.sheet;
      book.renameSheet(measures.name, name);
    }
  }

  /** Every sheet that is not a scenario's, as it is now. */
  foreignState(): string {
    const sheets = this.book.sheets.filter((s) => this.foreign.has(s.id));
    return JSON.stringify(sheets.map((s) => [s.id, [...this.book.snapshot(s.name)]]));
  }
}

beforeAll(() => {
  installExcelEnums();
  installOffice("1.9");
});

describe("committee sheets by identity, under random user actions", () => {
  it("each scenario's table is on a sheet of its own, and no other sheet changes", async () => {
    let writes = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const world = new World();
        runs++;
        for (const s of steps) {
          const before = s.kind === "write" ? world.foreignState() : null;
          await world.apply(s);
          if (before === null || s.kind !== "write") continue;
          writes++;
          expect(world.foreignState()).toBe(before);
          const sheet = world.own.get(s.scenario)!;
          expect(world.book.cell(sheet, "A1").value).toBe(titleOf(tables[s.scenario]!));
        }
        const sheets = [...world.own.values()].map((n) => world.book.sheet(n).id);
        expect(new Set(sheets).size).toBe(sheets.length);
        for (const [i, name] of world.own) {
          expect(world.book.cell(name, "A1").value).toBe(titleOf(tables[i]!));
        }
        expect(world.book.findTable(MEASURES_TABLE)!.rows).toBe(2);
      }),
      { numRuns: 60 }
    );
    expect(writes).toBeGreaterThan(0);
    // Reached only when every check held: no sheet but the scenario's own was written.
    process.stdout.write(
      `nothing lost (committee sheets by identity): ${runs} cases, ${writes} tables written, 0 other sheets changed\n`
    );
  });
});
