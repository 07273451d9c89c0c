import { makeStyles, tokens } from "@fluentui/react-components";

export const useMeasureListStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: tokens.spacingVerticalS + " " + tokens.spacingHorizontalS,
    alignItems: "end",
  },
  dropdown: { minWidth: "0", width: "100%" },
  count: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  legend: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
});

export const useMeasureCardStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS + " " + tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  readOnly: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  header: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  heading: {
    flexGrow: 1,
    margin: "0",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
  kind: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
  },
  actions: { display: "flex", flexShrink: 0 },
  area: { color: tokens.colorNeutralForeground2 },
  effectsCaption: { display: "block", color: tokens.colorNeutralForeground3 },
  effects: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(84px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    margin: "0",
  },
  effect: { display: "flex", flexDirection: "column" },
  effectYear: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  effectValue: { margin: "0", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  chips: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  chipLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  chipGap: { width: tokens.spacingHorizontalS },
  consequence: { color: tokens.colorNeutralForeground2 },
  problems: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  problemList: { margin: "0", paddingLeft: tokens.spacingHorizontalL },
});
