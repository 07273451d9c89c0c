/**
 * Property: in any stored measures table with the user's own columns, deleting any row and
 * undoing it stores the table again exactly as it was (issue 9, item 5, in the browser).
 */
import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { MEASURE_COLUMNS } from "../../../src/store/measureColumns";
import { serializePlanDocument } from "../../../src/store/planDocument";
import { BrowserWorkbook, MemoryStorage } from "../../../src/adapters/browser/browserWorkbook";
import { row } from "../../support/measureRows";

const MEASURES = "ramkoll.measures";

const ownCells = fc.tuple(
  fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant(null)),
  fc.string({ maxLength: 10 })
);
const amount = fc.oneof(fc.integer({ min: -50_000, max: 50_000 }), fc.constant(""));

const table = fc
  .array(fc.record({ own: ownCells, amount }), { minLength: 1, maxLength: 8 })
  .chain((rows) => fc.tuple(fc.constant(rows), fc.nat({ max: rows.length - 1 })));

describe("delete then undo in the browser, for any stored table", () => {
  it("stores the table again exactly as it was", async () => {
    await fc.assert(
      fc.asyncProperty(table, async ([rows, victim]) => {
        const storage = new MemoryStorage();
        storage.setItem(
          "ramkoll.plan",
          serializePlanDocument({ settings: DEFAULT_SETTINGS, scenarios: [] })
        );
        const stored = JSON.stringify([
          [...MEASURE_COLUMNS(DEFAULT_SETTINGS), "Kommentar", "Ansvarig"],
          ...rows.map((r, i) => [
            ...row({ Id: `m-${i}`, Nr: i + 1, "Effekt 2027 (tkr)": r.amount }),
            ...r.own,
          ]),
        ]);
        storage.setItem(MEASURES, stored);
        const port = new BrowserWorkbook(storage, { events: null });
        const deleted = await port.deleteMeasure(`m-${victim}`);
        await port.restoreMeasure(deleted);
        expect(storage.getItem(MEASURES)).toBe(stored);
      }),
      { numRuns: 100 }
    );
  });
});
