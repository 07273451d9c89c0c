import { makeStyles, tokens } from "@fluentui/react-components";

export const useSettingsViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  // Fields side by side where the pane is wide, one under the other where it is narrow.
  row: { display: "flex", flexWrap: "wrap", alignItems: "start", gap: tokens.spacingHorizontalM },
  short: { flexGrow: 1, flexBasis: "140px", minWidth: "0" },
  colour: { flexGrow: 1, flexBasis: "96px", minWidth: "0" },
  wide: { flexGrow: 1, flexBasis: "220px", minWidth: "0" },
  // Inputs shrink with their field: an input's own width (20 characters) would overflow 350 px.
  input: { width: "100%", minWidth: "0" },
  inputText: { minWidth: "0" },
  areas: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  area: { display: "flex", alignItems: "start", gap: tokens.spacingHorizontalXS },
  areaField: { flexGrow: 1, minWidth: "0" },
  // The buttons sit level with the input, below the field's label.
  areaButtons: { display: "flex", paddingTop: "22px", flexShrink: 0 },
  add: { display: "flex", alignItems: "start", gap: tokens.spacingHorizontalS },
  addButton: { flexShrink: 0, marginTop: "22px" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  dropdown: { minWidth: "0", width: "100%" },
});
