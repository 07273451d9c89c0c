/**
 * How each cell style of the committee table looks: fonts, fills, number format, wrapping, borders.
 * Pure data, applied by both writers (Office.js and exceljs).
 */
import { COLOUR_STYLE, type CellStyle } from "./committeeTable";

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
}

/** How each style of the committee table looks; both writers apply this one table, so Excel and the .xlsx agree. */
export const STYLE_SPECS: Readonly<Record<CellStyle, StyleSpec>> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true },
  section: { bold: true, size: 12 },
  header: { bold: true, wrap: true, fill: "D9D9D9", border: true },
  nr: { border: true, align: "center" },
  text: { wrap: true, border: true },
  longText: { wrap: true, border: true },
  amount: { amount: true, border: true },
  sumLabel: { bold: true, border: true },
  sumAmount: { bold: true, amount: true, border: true },
  colourRed: {
    fill: COLOUR_STYLE.red.fill,
    font: COLOUR_STYLE.red.font,
    bold: true,
    border: true,
    align: "center",
  },
  colourYellow: {
    fill: COLOUR_STYLE.yellow.fill,
    font: COLOUR_STYLE.yellow.font,
    bold: true,
    border: true,
    align: "center",
  },
  colourGreen: {
    fill: COLOUR_STYLE.green.fill,
    font: COLOUR_STYLE.green.font,
    bold: true,
    border: true,
    align: "center",
  },
  colourNone: { border: true, align: "center" },
  legend: { wrap: true },
  balanceLabel: { border: true },
  balanceAmount: { amount: true, border: true },
  balanceResultLabel: { bold: true, border: true },
  balanceResult: { bold: true, amount: true, border: true },
};
