/**
 * The committee table as HTML and as plain text, for "Kopiera för Word": pasted into Word (or
 * Outlook) it gives headings and paragraphs for the texts, numbered lists for the decisions and
 * the consequences, and real tables with the header fill and the colour cells' fills and words.
 * The same model as the two sheet writers, so the pasted figures are the sheet's. Numbers are
 * written as Swedish text ("14 000", "−8 096"); formulas by the value they give. Pure.
 */
import { dec } from "../budget/money";
import type { CommitteeTable, TableCell } from "./committeeTable";
import { STYLE_SPECS, type CellStyle } from "./committeeStyles";
import { mergeSpans } from "./committeeGrid";
import { wholeNumber } from "./decisionTexts";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** What a cell shows, as text. */
function shown(cell: TableCell): string {
  return typeof cell.value === "number" ? wholeNumber(dec(cell.value)) : cell.value;
}

const PARAGRAPH: Partial<Record<CellStyle, (text: string) => string>> = {
  title: (t) => `<h2>${t}</h2>`,
  section: (t) => `<h3>${t}</h3>`,
  subtitle: (t) => `<p><em>${t}</em></p>`,
  groupHeading: (t) => `<p><strong><em>${t}</em></strong></p>`,
  listIntro: (t) => `<p><em>${t}</em></p>`,
  legend: (t) => `<p>${t}</p>`,
  listText: (t) => `<p>${t}</p>`,
};

type Block =
  | { kind: "paragraph"; html: string; text: string }
  | { kind: "list"; start: number; items: string[] }
  | { kind: "table"; rows: number[] };

/** The inline style of a table cell: the style table's fill, font, weight, alignment, border. */
function cellCss(style: CellStyle): string {
  const spec = STYLE_SPECS[style];
  const css = ["padding:2px 6px", "vertical-align:top"];
  if (spec.border) css.push("border:1px solid #808080");
  if (spec.fill) css.push(`background:#${spec.fill}`);
  if (spec.font) css.push(`color:#${spec.font}`);
  if (spec.bold) css.push("font-weight:bold");
  if (spec.italic) css.push("font-style:italic");
  const align = spec.amount ? "right" : spec.align;
  if (align) css.push(`text-align:${align}`);
  return css.join(";");
}

/** Splits the rows into paragraphs, numbered lists and tables, in order. */
function blocksOf(table: CommitteeTable): Block[] {
  const spanning = new Set(
    table.merges
      .filter((m) => m.col === 0 && m.cols === table.columnWidths.length)
      .map((m) => m.row)
  );
  const blocks: Block[] = [];
  const last = () => blocks[blocks.length - 1];
  table.rows.forEach((row, r) => {
    const first = row[0];
    if (row.every((c) => c === null))
      return void blocks.push({ kind: "paragraph", html: "", text: "" });
    // A group's heading inside a table (the proposals by funding) stays a row of that table.
    const inTable =
      last()?.kind === "table" && (first?.style === "groupHeading" || first?.style === "subtitle");
    if (first && spanning.has(r) && PARAGRAPH[first.style] && !inTable) {
      const text = shown(first);
      return void blocks.push({
        kind: "paragraph",
        html: PARAGRAPH[first.style]!(escape(text)),
        text,
      });
    }
    if (first?.style === "listNr" && row[1]) {
      const item = shown(row[1]);
      const open = last();
      if (open?.kind === "list") open.items.push(item);
      else
        blocks.push({ kind: "list", start: Number.parseInt(shown(first), 10) || 1, items: [item] });
      return;
    }
    const open = last();
    if (open?.kind === "table") open.rows.push(r);
    else blocks.push({ kind: "table", rows: [r] });
  });
  return blocks.filter((b) => b.kind !== "paragraph" || b.html !== "");
}

/** One table block as HTML: merged cells as colspan, covered cells left out. */
function tableHtml(table: CommitteeTable, rows: readonly number[]): string {
  const spans = mergeSpans(table.merges);
  const trs = rows.map((r) => {
    const covered = new Set<number>();
    const tds: string[] = [];
    table.rows[r]!.forEach((cell, c) => {
      if (covered.has(c)) return;
      const span = spans.get(`${r},${c}`) ?? 1;
      for (let k = 1; k < span; k++) covered.add(c + k);
      const tag = cell?.style === "header" ? "th" : "td";
      const colspan = span > 1 ? ` colspan="${span}"` : "";
      const style = cell ? ` style="${cellCss(cell.style)}"` : "";
      tds.push(`<${tag}${colspan}${style}>${cell ? escape(shown(cell)) : ""}</${tag}>`);
    });
    return `<tr>${tds.join("")}</tr>`;
  });
  return `<table style="border-collapse:collapse;font-size:10pt">${trs.join("")}</table>`;
}

/** The whole committee table as one HTML fragment. */
export function committeeHtml(table: CommitteeTable): string {
  const parts = blocksOf(table).map((b) => {
    if (b.kind === "paragraph") return b.html;
    if (b.kind === "list")
      return `<ol start="${b.start}">${b.items.map((i) => `<li>${escape(i)}</li>`).join("")}</ol>`;
    return tableHtml(table, b.rows);
  });
  return `<div style="font-family:Calibri,Arial,sans-serif">${parts.join("\n")}</div>`;
}

/** The same as plain text: paragraphs as lines, lists numbered, table cells between tabs. */
export function committeePlainText(table: CommitteeTable): string {
  const lines = blocksOf(table).flatMap((b) => {
    if (b.kind === "paragraph") return [b.text];
    if (b.kind === "list") return b.items.map((item, i) => `${b.start + i}. ${item}`);
    return b.rows.map((r) => table.rows[r]!.map((c) => (c ? shown(c) : "")).join("\t"));
  });
  return lines.join("\n");
}
