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
  // Five columns in a 320 px pane: the columns take the width their figures need, not equal shares.
  areaTable: { minWidth: "280px", tableLayout: "auto" },
  tightCell: { paddingLeft: "2px", paddingRight: "2px" },
  // The label column takes what the three year columns leave; its words wrap.
  labelCell: { width: "28%", minWidth: "72px", whiteSpace: "normal", paddingLeft: "0" },
  numberHeader: { textAlign: "right", whiteSpace: "nowrap" },
  // A header cell's text sits in Fluent's flex "button" slot: aligned there, over the figures.
  numberHeaderButton: { justifyContent: "flex-end" },
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
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  cardFields: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  cardFieldsGrow: {
    flexGrow: 1,
    minWidth: "0",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  // Three years side by side in a 320 px pane; more years wrap onto further rows.
  yearGrid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(84px, 1fr))",
    gap: tokens.spacingHorizontalXS,
  },
  yearField: { display: "flex", flexDirection: "column", minWidth: "0" },
  yearSum: { display: "flex", flexDirection: "column", alignItems: "flex-end", minWidth: "0" },
  sumLine: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  number: { fontVariantNumeric: "tabular-nums" },
  yearSelect: { maxWidth: "120px" },
  totalRow: { fontWeight: tokens.fontWeightSemibold },
  proposalAmounts: { color: tokens.colorNeutralForeground3 },
});
