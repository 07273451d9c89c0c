import fc from "fast-check";
import { named } from "../support/scenarios";
import {
  buildCommitteeTable,
  type CommitteeTable,
  type TableCell,
} from "../../src/plan/committeeTable";
import { dec } from "../../src/budget/money";
import { DEFAULT_SETTINGS, type Measure, type Scenario } from "../../src/plan/model";
import { createMeasure } from "../../src/plan/measureEdits";
import { referencePlan } from "../../src/plan/referenceCase";
import { COMMITTEE_TEXT } from "../../src/plan/committeeTexts";
import { evaluate } from "../support/evaluateFormulas";
import { longCommitteeTable } from "../support/committeeRows";

const plan = referencePlan();
const scenario = plan.scenarios[0]!;
const table = buildCommitteeTable(scenario, plan.measures, plan.settings, ["Åtgärder", "Ramkoll"]);

const cells = (t: CommitteeTable) =>
  t.rows
    .flatMap((row, r) => row.map((cell, c) => ({ cell, r, c })))
    .filter((x): x is { cell: TableCell; r: number; c: number } => x.cell !== null);
const find = (t: CommitteeTable, text: string) => cells(t).find((x) => x.cell.value === text);
const rowOf = (t: CommitteeTable, label: string) => t.rows[find(t, label)!.r]!;

describe("the committee table of the reference case", () => {
  it("names the scenario and the plan period in its title", () => {
    expect(table.rows[0]?.[0]?.value).toBe(`Åtgärder och konsekvenser – ${scenario.name}`);
    expect(String(table.rows[1]?.[0]?.value)).toContain("2026–2028");
  });

  it("has both tables with the committee's column titles, units in every amount header", () => {
    const headers = cells(table)
      .filter((x) => x.cell.style === "header")
      .map((x) => String(x.cell.value));
    for (const title of [
      "Nr",
      "Effektiviseringar/åtgärdsförslag",
      "Utvecklingsförslag",
      "Ändrad ambitionsnivå",
      "Påverkan mål/målvärden",
    ]) {
      expect(headers).toContain(title);
    }
    // The consequence texts are no column: they follow the legend as a numbered list.
    expect(headers).not.toContain("Konsekvensbeskrivning");
    for (const year of [2026, 2027, 2028]) {
      expect(headers).toContain(`Frigjorda medel ${year} (tkr)`);
      expect(headers).toContain(`Behov ${year} (tkr)`);
    }
    const amountHeaders = headers.filter((h) => /Frigjorda|Behov \d/.test(h));
    for (const h of amountHeaders) expect(h).toMatch(/\(tkr\)$/);
  });

  it("sums the measures with live formulas: 50 000 tkr in 2026, never 'Summa 0'", () => {
    const sumRows = cells(table)
      .filter((x) => x.cell.value === "Summa")
      .map((x) => table.rows[x.r]!);
    expect(sumRows).toHaveLength(1);
    const measureSums = sumRows[0]!.filter((c): c is TableCell => c?.style === "sumAmount");
    expect(measureSums.map((c) => c.formula)).toEqual([
      expect.stringMatching(/^=SUM\(C\d+:C\d+\)$/),
      expect.stringMatching(/^=SUM\(D/),
      expect.stringMatching(/^=SUM\(E/),
    ]);
    expect(measureSums[0]?.value).toBe(50_000);
    for (const c of measureSums) expect(evaluate(table.rows, c.formula!)).toBe(c.value);
  });

  it("every formula gives the value the model states, over the cells as written", () => {
    const formulas = cells(table).filter((x) => x.cell.formula);
    expect(formulas.length).toBeGreaterThan(10);
    for (const { cell } of formulas) expect(evaluate(table.rows, cell.formula!)).toBe(cell.value);
  });

  it("balances as on paper: 48 900 to cover, 50 000 freed, 1 100 left in 2026", () => {
    const amountsOf = (label: string) =>
      rowOf(table, label)
        .filter((c): c is TableCell => typeof c?.value === "number")
        .map((c) => c.value);
    expect(amountsOf("Anvisad budgetram")[0]).toBe(1_215_046);
    expect(amountsOf("Behov utöver ram")[0]).toBe(48_900);
    expect(amountsOf("Att täcka")[0]).toBe(48_900);
    expect(amountsOf("Frigjorda medel enligt åtgärdsförslagen")[0]).toBe(50_000);
    expect(amountsOf("Kvar (+ överskott, − underskott)")[0]).toBe(1_100);
    const remains = rowOf(table, "Kvar (+ överskott, − underskott)").find(
      (c) => c?.style === "balanceResult"
    );
    // Kvar is the exact balance rounded once, as the pane shows it, not a formula over the
    // rounded cells above (that would be a difference of rounded figures).
    expect(remains?.formula).toBeUndefined();
  });

  it("colour cells carry the word as well as the colour", () => {
    const colourCells = cells(table).filter(
      (x) => x.cell.style.startsWith("colour") && x.cell.style !== "colourNone"
    );
    expect(colourCells.length).toBeGreaterThan(4);
    const word = { colourRed: "RÖD", colourYellow: "GUL", colourGreen: "GRÖN" } as Record<
      string,
      string
    >;
    for (const { cell } of colourCells) expect(cell.value).toBe(word[cell.style]);
    expect(cells(table).some((x) => x.cell.value === "RÖD" && x.cell.style === "colourRed")).toBe(
      true
    );
  });

  it("ends with the legend for both colour columns", () => {
    const legend = cells(table)
      .filter((x) => x.cell.style === "legend")
      .map((x) => x.cell.value);
    // Measure 3 is not judged yet ("–"), so the legend says what the mark means.
    expect(legend).toEqual([
      plan.settings.legend.ambition,
      plan.settings.legend.goals,
      COMMITTEE_TEXT.legendUnjudged,
    ]);
  });

  it("is set up for print: A4 landscape, one page wide, the plan and the page in the footer", () => {
    expect(table.print).toEqual({
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      footer: {
        left: "Socialnämnden – Mål och resursplan 2026–2028 – Budget i balans 2026",
        right: "Sida &P av &N",
      },
    });
    // Five measures fit on the first page: no header repeated above the later tables.
    expect(table.repeatRows).toBeNull();
    const amp = buildCommitteeTable(named("s", [], "Vård & omsorg"), [], DEFAULT_SETTINGS);
    expect(amp.print.footer.left).toBe("Mål och resursplan 2026–2028 – Vård && omsorg");
  });

  it("repeats the measures table's heading and header where that table goes on to a next page", () => {
    const long = longCommitteeTable();
    const rows = long.repeatRows!;
    expect(long.rows[rows.first]?.[0]?.value).toBe(
      "Åtgärdsförslag – hålla ramen och skapa utvecklingsutrymme"
    );
    expect(long.rows[rows.last]?.some((c) => c?.value === "Effektiviseringar/åtgärdsförslag")).toBe(
      true
    );
    expect(rows.last - rows.first).toBe(1);
  });

  it("keeps every row as wide as the column list", () => {
    for (const row of table.rows) expect(row).toHaveLength(table.columnWidths.length);
  });

  it("gives the same table twice", () => {
    expect(
      buildCommitteeTable(scenario, plan.measures, plan.settings, ["Åtgärder", "Ramkoll"])
    ).toEqual(table);
  });
});

describe("user text", () => {
  it("is kept as text, whatever it starts with", () => {
    const payloads = [
      '=HYPERLINK("http://x")',
      "+1+1",
      "-2",
      "@SUM(A1)",
      "\t=1",
      "=cmd|' /C calc'!A0",
    ];
    const measures: Measure[] = payloads.map((title, i) => ({
      ...createMeasure("measure", [], DEFAULT_SETTINGS),
      id: `m-${i}`,
      nr: i + 1,
      title,
      consequence: title,
      effects: { 2026: dec(1) },
    }));
    const s: Scenario = named(
      "s",
      measures.map((m) => m.id),
      "=Evil"
    );
    const t = buildCommitteeTable(s, measures, DEFAULT_SETTINGS);
    for (const payload of payloads) {
      // The title in its row, and title and consequence in the numbered list after the legend.
      const listed = COMMITTEE_TEXT.consequenceOf(payload, payload);
      const hits = cells(t).filter((x) => x.cell.value === payload || x.cell.value === listed);
      expect(hits).toHaveLength(2);
      for (const { cell } of hits) expect(cell.formula).toBeUndefined();
    }
  });
});

describe("rounding", () => {
  it("rounded amounts add up to the rounded total shown in the Summa row", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5_000_000, max: 5_000_000 }), { minLength: 1, maxLength: 12 }),
        (tenths) => {
          const measures: Measure[] = tenths.map((t, i) => ({
            ...createMeasure("measure", [], DEFAULT_SETTINGS),
            id: `m-${i}`,
            nr: i + 1,
            effects: { 2026: dec(t).dividedBy(10) },
          }));
          const s: Scenario = named(
            "s",
            measures.map((m) => m.id),
            "P"
          );
          const t = buildCommitteeTable(s, measures, DEFAULT_SETTINGS);
          const sum = rowOf(t, "Summa").find((c) => c?.style === "sumAmount");
          const exact = tenths.reduce((a, b) => a + b, 0) / 10;
          const rounded = Math.sign(exact) * Math.round(Math.abs(exact));
          return sum?.value === rounded && evaluate(t.rows, sum.formula!) === rounded;
        }
      )
    );
  });
});
