import { makeStyles, tokens } from "@fluentui/react-components";

export const useCompareViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  choices: { display: "flex", flexDirection: "column", border: "none", margin: "0", padding: "0" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tableWrap: { overflowX: "auto" },
  nameCell: { whiteSpace: "normal", minWidth: "90px" },
  numberCell: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  // A header cell's text sits in Fluent's flex "button" slot: aligned there, over the figures.
  numberHeaderButton: { justifyContent: "flex-end" },
});
