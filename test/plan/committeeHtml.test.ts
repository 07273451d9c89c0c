/** @jest-environment jsdom */
/**
 * "Kopiera för Word" (committeeHtml.ts): the reference case's committee table as HTML, parsed as
 * a browser parses the clipboard: the decisions and the consequences as numbered lists, the
 * three tables with the header fill, the colour cells' fills and words, the sheet's figures as
 * Swedish text; and the same as plain text.
 */
import { buildCommitteeTable } from "../../src/plan/committeeTable";
import { committeeHtml, committeePlainText } from "../../src/plan/committeeHtml";
import { COLOUR_STYLE } from "../../src/plan/committeeStyles";
import { referencePlan } from "../../src/plan/referenceCase";

const plan = referencePlan();
const table = buildCommitteeTable(plan.scenarios[0]!, plan.measures, plan.settings);
const doc = new DOMParser().parseFromString(committeeHtml(table), "text/html");
const flat = (t: string | null | undefined) => (t ?? "").replace(/\s+/g, " ").trim();
/** A CSS colour as the DOM reports it, "rgb(r, g, b)". */
const rgb = (hex: string) =>
  `rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

describe("the committee table for Word", () => {
  it("has the title, and the decisions as numbered lists starting where each group starts", () => {
    expect(flat(doc.querySelector("h2")?.textContent)).toBe(
      "Åtgärder och konsekvenser – Budget i balans 2026"
    );
    const lists = [...doc.querySelectorAll("ol")];
    expect(lists.slice(0, 4).map((ol) => ol.getAttribute("start"))).toEqual(["1", "3", "6", "7"]);
    expect(flat(lists[0]!.querySelector("li")?.textContent)).toMatch(/48 900 tkr/);
    expect(lists[1]!.querySelectorAll("li")).toHaveLength(3);
  });

  it("has the measures, proposals and balance tables with the sheet's figures", () => {
    const tables = [...doc.querySelectorAll("table")];
    expect(tables).toHaveLength(3);
    const [measures, proposals, balance] = tables as [
      HTMLTableElement,
      HTMLTableElement,
      HTMLTableElement,
    ];
    const headers = [...measures.querySelectorAll("th")].map((th) => flat(th.textContent));
    expect(headers).toContain("Frigjorda medel 2026 (tkr)");
    expect(getComputedStyle(measures.querySelector("th")!).backgroundColor).toBe(rgb("D9D9D9"));
    const summa = [...measures.rows].find((r) => flat(r.cells[0]?.textContent) === "Summa")!;
    expect([...summa.cells].map((c) => flat(c.textContent)).slice(1, 4)).toEqual([
      "50 000",
      "55 000",
      "55 000",
    ]);
    expect(flat(proposals.textContent)).toMatch(/Ofinansierade \(räknas inte i balansen\)/);
    const line = (label: string) =>
      [...balance.rows]
        .find((r) => [...r.cells].some((c) => flat(c.textContent) === label))!
        .querySelectorAll("td");
    const figures = (label: string) => {
      const cells = [...line(label)].map((c) => flat(c.textContent));
      return cells.slice(cells.indexOf(label) + 1, cells.indexOf(label) + 4);
    };
    expect(figures("Anvisad budgetram")).toEqual(["1 215 046", "1 215 046", "1 215 046"]);
    expect(figures("Sänkt personalomkostnadspålägg")).toEqual(["−8 096", "−8 096", "−8 096"]);
  });

  it("fills each colour cell with its colour and writes its word", () => {
    const cells = [...doc.querySelectorAll("td")].filter((td) =>
      ["RÖD", "GUL", "GRÖN"].includes(flat(td.textContent))
    );
    expect(cells.length).toBeGreaterThanOrEqual(16);
    for (const td of cells) {
      const colour = { RÖD: "red", GUL: "yellow", GRÖN: "green" }[flat(td.textContent)] as
        "red" | "yellow" | "green";
      expect(td.style.backgroundColor).toBe(rgb(COLOUR_STYLE[colour].fill));
      expect(td.style.color).toBe(rgb(COLOUR_STYLE[colour].font));
    }
  });

  it("lists the consequences numbered like the rows, and escapes the user's text", () => {
    const lists = [...doc.querySelectorAll("ol")];
    const consequences = lists.slice(-2);
    expect(consequences.map((ol) => ol.querySelectorAll("li").length)).toEqual([5, 4]);
    const evil = buildCommitteeTable(
      plan.scenarios[0]!,
      plan.measures.map((m) =>
        m.nr === 1 && m.kind === "measure" ? { ...m, title: "<b>x</b> & y" } : m
      ),
      plan.settings
    );
    const html = committeeHtml(evil);
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt; &amp; y");
    expect(html).not.toContain("<b>x</b>");
  });

  it("gives the same as plain text: lines, numbered items, cells between tabs", () => {
    const text = committeePlainText(table);
    expect(text.split("\n")[0]).toBe("Åtgärder och konsekvenser – Budget i balans 2026");
    expect(text).toMatch(
      /^3\. Att vakanshålla 24 platser i särskilt boende, 14\u00a0000\u00a0tkr\.$/m
    );
    expect(text).toMatch(/^Summa\t\t50\u00a0000\t55\u00a0000\t55\u00a0000/m);
  });
});
