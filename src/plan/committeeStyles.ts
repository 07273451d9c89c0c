/**
 * How each cell style of the committee table looks: fonts, fills, number format, wrapping, borders.
 * Pure data, applied by both writers (Office.js and exceljs).
 */
import type { Colour } from "./model";

/** The styles a cell of the committee table can have; how each looks is in STYLE_SPECS. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "section"
  | "header"
  | "nr"
  | "text"
  | "amount"
  | "blankAmount"
  | "sumLabel"
  | "sumAmount"
  | "colourRed"
  | "colourYellow"
  | "colourGreen"
  | "colourNone"
  | "legend"
  | "groupHeading"
  | "balanceLabel"
  | "balanceItem"
  | "balanceAmount"
  | "balanceResultLabel"
  | "balanceResult"
  | "listNr"
  | "listIntro"
  | "listText";

/** The Excel number format of amounts: thousands separators, whole numbers (Excel localises it). */
export const AMOUNT_FORMAT = "#,##0";

/** Fill and font colours (RGB hex) of the colour cells: Excel's own Bad / Neutral / Good styles. */
export const COLOUR_STYLE: Readonly<
  Record<Colour, { readonly fill: string; readonly font: string }>
> = {
  red: { fill: "FFC7CE", font: "9C0006" },
  yellow: { fill: "FFEB9C", font: "9C5700" },
  green: { fill: "C6EFCE", font: "006100" },
};

/** The cell style of each colour of the colour columns. */
export const STYLE_OF_COLOUR: Readonly<Record<Colour, CellStyle>> = {
  red: "colourRed",
  yellow: "colourYellow",
  green: "colourGreen",
};

export interface StyleSpec {
  bold?: boolean;
  size?: number;
  italic?: boolean;
  wrap?: boolean;
  fill?: string;
  font?: string;
  amount?: boolean;
  border?: boolean;
  align?: "left" | "center" | "right";
  /** Indent in characters from the cell's border (on the side it is aligned to). */
  indent?: number;
}

/** A colour cell: the colour's fill and font, bold and centred, like Excel's own cell styles. */
function colourSpec(colour: Colour): StyleSpec {
  const { fill, font } = COLOUR_STYLE[colour];
  return { fill, font, bold: true, border: true, align: "center" };
}

/** How each style of the committee table looks; both writers apply this one table, so Excel and the .xlsx agree. */
export const STYLE_SPECS: Readonly<Record<CellStyle, StyleSpec>> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true },
  section: { bold: true, size: 12 },
  header: { bold: true, wrap: true, fill: "D9D9D9", border: true },
  nr: { border: true, align: "center" },
  text: { wrap: true, border: true, indent: 1 },
  amount: { amount: true, border: true, align: "right", indent: 1 },
  blankAmount: { border: true },
  sumLabel: { bold: true, border: true, indent: 1 },
  sumAmount: { bold: true, amount: true, border: true, align: "right", indent: 1 },
  colourRed: colourSpec("red"),
  colourYellow: colourSpec("yellow"),
  colourGreen: colourSpec("green"),
  colourNone: { border: true, align: "center" },
  legend: { wrap: true },
  groupHeading: { bold: true, italic: true },
  balanceLabel: { border: true, indent: 1 },
  // A line that a balance figure sums: in the second label column, so it stands indented.
  balanceItem: { border: true, wrap: true, indent: 1 },
  balanceAmount: { amount: true, border: true, align: "right", indent: 1 },
  balanceResultLabel: { bold: true, border: true, indent: 1 },
  balanceResult: { bold: true, amount: true, border: true, align: "right", indent: 1 },
  listNr: { align: "right" },
  listIntro: { italic: true, wrap: true },
  listText: { wrap: true },
};
