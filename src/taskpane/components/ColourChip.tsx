/**
 * One colour of the committee table as a chip: the colour AND its word (RÖD/GUL/GRÖN, from the
 * settings), with its meaning in a tooltip and, for screen readers, in the chip itself, so the
 * colour is never the only carrier of the information (black-and-white print, colour blindness).
 */
import { memo } from "react";
import { Badge, makeStyles } from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import { AMBITION_COLOUR, GOAL_COLOUR } from "../../plan/model";
import type { Ambition, Colour, ColourLabels, GoalEffect } from "../../plan/model";
import { useLocale } from "../locale";
import type { Texts } from "../../i18n/texts";
import { Hint } from "./Hint";

const BADGE_COLOUR: Readonly<Record<Colour, BadgeProps["color"]>> = {
  red: "danger",
  yellow: "warning",
  green: "success",
};

const useStyles = makeStyles({
  // Read by screen readers, not shown (the tooltip shows it).
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: "0",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: "0",
  },
});

export type ColourChipProps =
  | { readonly column: "ambition"; readonly value: Ambition | null; readonly labels: ColourLabels }
  | { readonly column: "goals"; readonly value: GoalEffect | null; readonly labels: ColourLabels };

/** The colour of a judgement, or null when it is not judged. */
export function colourOf(props: ColourChipProps): Colour | null {
  if (props.value === null) return null;
  return props.column === "ambition" ? AMBITION_COLOUR[props.value] : GOAL_COLOUR[props.value];
}

/** What the judgement means, e.g. "Sänker ambitionsnivån". */
function meaningOf(props: ColourChipProps, t: Texts): string {
  if (props.value === null) return t.colours.unjudgedMeaning;
  return props.column === "ambition"
    ? t.colours.ambition[props.value]
    : t.colours.goals[props.value];
}

export const ColourChip = memo(function ColourChip(props: ColourChipProps) {
  const { t } = useLocale();
  const styles = useStyles();
  const colour = colourOf(props);
  const meaning = meaningOf(props, t);
  return (
    <Hint content={meaning} relationship="inaccessible">
      <Badge
        appearance={colour === null ? "outline" : "filled"}
        color={colour === null ? "informative" : BADGE_COLOUR[colour]}
        shape="rounded"
        data-colour={colour ?? "none"}
      >
        <span>{colour === null ? t.colours.unjudged : props.labels[colour]}</span>
        <span className={styles.hidden}>: {meaning}</span>
      </Badge>
    </Hint>
  );
});
