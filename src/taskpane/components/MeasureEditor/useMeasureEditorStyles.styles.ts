import { makeStyles, tokens } from "@fluentui/react-components";

export const useMeasureEditorStyles = makeStyles({
  surface: { maxWidth: "min(560px, calc(100vw - 24px))" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  nr: { width: "88px" },
  // An Input sizes itself to about 20 characters; in the dialog it fills its field instead.
  fill: { width: "100%", minWidth: "0" },
  grow: { flexGrow: 1, minWidth: "160px" },
  fieldset: {
    border: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  legend: {
    padding: "0",
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: tokens.spacingVerticalXS,
  },
  years: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(110px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  amount: { textAlign: "right" },
  hint: { color: tokens.colorNeutralForeground3 },
  pricedTitle: { fontWeight: tokens.fontWeightSemibold },
});
