import fc from "fast-check";
import { DEFAULT_SETTINGS, planYears } from "../../src/plan/model";
import { parseMeasureRows } from "../../src/store/measuresSheet";
import { HEADER, row } from "../support/measureRows";

const settings = DEFAULT_SETTINGS;

describe("parseMeasureRows never throws", () => {
  const cell = fc.oneof(
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom("RÖD", "gul", "Åtgärd", "Utvecklingsförslag", "14 000", "=A1", "", "  "),
    fc.anything()
  );
  const headerCell = fc.oneof(
    fc.constantFrom(...HEADER, "Effekt 2029 (tkr)", "Effekt 2026 (kr)", "Effekt 2026", "X"),
    cell
  );

  it("on any header and rows", () => {
    fc.assert(
      fc.property(
        fc.array(headerCell, { maxLength: 14 }),
        fc.array(fc.oneof(fc.array(cell, { maxLength: 14 }), fc.anything()), { maxLength: 20 }),
        (h, rows) => {
          const r = parseMeasureRows(h, rows, settings);
          // Every row that is read has a positive whole Nr, an entry for every plan year and
          // others only for years the header has an amount column of.
          const years = r.layout.effects.map((e) => String(e.year));
          return r.rows.every(
            (x) =>
              Number.isInteger(x.measure.nr) &&
              x.measure.nr > 0 &&
              planYears(settings).every((y) => x.measure.effects[y] !== undefined) &&
              Object.keys(x.measure.effects).every((y) => years.includes(y))
          );
        }
      ),
      { numRuns: 300 }
    );
  });

  it("on input that is not rows at all", () => {
    for (const bad of [undefined, null, 42, "text", {}, [[[]]]]) {
      expect(() => parseMeasureRows(bad as never, bad as never, settings)).not.toThrow();
    }
    const hostile = new Proxy([], {
      get() {
        throw new Error("hostile");
      },
    });
    expect(() => parseMeasureRows(hostile, [hostile, row()], settings)).not.toThrow();
    expect(() => parseMeasureRows(HEADER, hostile, settings)).not.toThrow();
  });
});
