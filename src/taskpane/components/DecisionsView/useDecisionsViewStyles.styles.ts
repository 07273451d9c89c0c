import { makeStyles, tokens } from "@fluentui/react-components";

export const useDecisionsViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  decisions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  intro: { fontStyle: "italic" },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalXXL },
  // The number of an att-sats is the list's own marker, set like the text.
  listItem: { marginBottom: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  itemActions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  textarea: { width: "100%" },
});
