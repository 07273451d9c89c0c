/** One line of the frame, the needs or the requests: its fields, its amounts per year, and removal. */
import type { ReactNode } from "react";
import { Button, Card } from "@fluentui/react-components";
import { Delete20Regular } from "@fluentui/react-icons";
import { useLocale } from "../../locale";
import { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

export interface LineCardProps {
  /** The line's name for its group and its remove button ("Inflationskompensation", "Rad 2"). */
  readonly name: string;
  readonly onRemove: () => void;
  /** The fields above the amounts (text, area, cause, purpose …). */
  readonly fields: ReactNode;
  readonly children: ReactNode;
}

export function LineCard({ name, onRemove, fields, children }: LineCardProps) {
  const { t } = useLocale();
  const classes = useScenarioPanelStyles();
  return (
    <Card size="small" role="group" aria-label={name} className={classes.card}>
      <div className={classes.cardFields}>
        <div className={classes.cardFieldsGrow}>{fields}</div>
        <Button
          appearance="subtle"
          size="small"
          icon={<Delete20Regular />}
          aria-label={t.lines.removeLine(name)}
          title={t.lines.removeLine(name)}
          onClick={onRemove}
        />
      </div>
      {children}
    </Card>
  );
}

export interface LineSectionProps {
  readonly title: string;
  readonly hint: string;
  readonly addLabel: string;
  readonly onAdd: () => void;
  readonly empty: boolean;
  readonly children: ReactNode;
}

/** A section of lines with its heading, a hint, the lines and the button that adds one. */
export function LineSection({ title, hint, addLabel, onAdd, empty, children }: LineSectionProps) {
  const { t } = useLocale();
  const classes = useScenarioPanelStyles();
  return (
    <section className={classes.section} aria-label={title}>
      <h3 className={classes.heading}>{title}</h3>
      <span className={classes.hint}>{hint}</span>
      {empty && <span>{t.lines.noLines}</span>}
      {children}
      <div>
        <Button size="small" onClick={onAdd}>
          {addLabel}
        </Button>
      </div>
    </section>
  );
}
