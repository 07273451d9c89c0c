/**
 * The styles of a view that explains and offers a few choices, each a button with its hint below
 * (FirstUse.tsx, RecoverTable.tsx).
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useChoiceViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  choice: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});
