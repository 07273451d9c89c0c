import { makeStyles, tokens } from "@fluentui/react-components";

export const useScenarioPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  picker: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  pickerField: { flexGrow: 1, minWidth: "160px" },
  dropdown: { minWidth: "0", width: "100%" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tableWrap: { overflowX: "auto" },
  table: { minWidth: "280px" },
  // The label column takes what the three year columns leave; its words wrap.
  labelCell: { width: "28%", minWidth: "72px", whiteSpace: "normal", paddingLeft: "0" },
  numberCell: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  // Narrow padding so "1 215 046" fits in a 320 px pane.
  inputCell: { paddingLeft: "2px", paddingRight: "2px" },
  input: { width: "100%", minWidth: "72px", paddingLeft: "4px", paddingRight: "4px" },
  inputText: {
    textAlign: "right",
    paddingLeft: "0",
    paddingRight: "0",
    fontVariantNumeric: "tabular-nums",
  },
  computed: { color: tokens.colorNeutralForeground2 },
  results: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  result: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  items: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexDirection: "column",
  },
  item: { display: "flex", flexDirection: "column", paddingBottom: tokens.spacingVerticalXS },
  itemAmounts: { color: tokens.colorNeutralForeground3, paddingLeft: "44px" },
  hint: { color: tokens.colorNeutralForeground3 },
});
