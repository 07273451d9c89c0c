/**
 * One measure or proposal in the list: number and title, area, amount per plan year, both colour
 * chips with their words, the start of the consequence text, and its actions. A formula cell is
 * marked; a row that could not be read is marked read-only with its problems and has no actions.
 */
import { memo } from "react";
import type { ReactElement } from "react";
import { Body1, Button, Caption1, Text, mergeClasses } from "@fluentui/react-components";
import {
  Copy20Regular,
  Delete20Regular,
  Edit20Regular,
  LockClosed16Regular,
} from "@fluentui/react-icons";
import { problemText } from "../../../i18n/problems";
import type { ColourLabels, Measure } from "../../../plan/model";
import type { MeasureField } from "../../../port/workbookPort";
import { effectField } from "../../../port/workbookPort";
import { formatTkr } from "../../format";
import { useLocale } from "../../locale";
import { itemLabel, measureTitle } from "../../names";
import { ColourChip } from "../ColourChip";
import { FormulaMark } from "../FormulaMark";
import { Hint } from "../Hint";
import type { MeasureListRow } from "./MeasureList.types";
import { useMeasureCardStyles } from "./useMeasureListStyles.styles";

const EXCERPT = 140;

/** The start of a text, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max = EXCERPT): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")} …`;
}

export interface MeasureCardProps {
  readonly row: MeasureListRow;
  readonly years: readonly number[];
  readonly labels: ColourLabels;
  readonly onEdit: (id: string) => void;
  readonly onDuplicate: (id: string) => void;
  readonly onDelete: (id: string) => void;
}

export const MeasureCard = memo(function MeasureCard({
  row,
  years,
  labels,
  onEdit,
  onDuplicate,
  onDelete,
}: MeasureCardProps) {
  const { t } = useLocale();
  const styles = useMeasureCardStyles();
  const { measure, formulas, writable } = row.stored;
  const formula = (field: MeasureField) => (formulas.includes(field) ? <FormulaMark /> : null);
  const title = measureTitle(measure, t);

  return (
    <li className={mergeClasses(styles.card, !writable && styles.readOnly)}>
      <div className={styles.header}>
        <h3 className={styles.heading}>
          <span className={styles.kind}>
            {itemLabel(measure, t)}
            {formula("nr")}
            {formula("kind")}
          </span>{" "}
          {title}
          {formula("title")}
        </h3>
        {writable ? (
          <div className={styles.actions}>
            <CardAction
              label={t.list.edit(title)}
              icon={<Edit20Regular />}
              onClick={() => onEdit(measure.id)}
            />
            <CardAction
              label={t.list.duplicate(title)}
              icon={<Copy20Regular />}
              onClick={() => onDuplicate(measure.id)}
            />
            <CardAction
              label={t.list.remove(title)}
              icon={<Delete20Regular />}
              onClick={() => onDelete(measure.id)}
            />
          </div>
        ) : (
          <Hint content={t.list.readOnly} relationship="label">
            <LockClosed16Regular aria-label={t.list.readOnly} />
          </Hint>
        )}
      </div>
      <Caption1 className={styles.area}>
        {measure.area}
        {formula("area")}
      </Caption1>
      <CardEffects measure={measure} years={years} formula={formula} />
      <div className={styles.chips}>
        <span className={styles.chipLabel}>{t.colours.ambitionShort}</span>
        <ColourChip column="ambition" value={measure.ambition} labels={labels} />
        {formula("ambition")}
        <span className={styles.chipGap} />
        <span className={styles.chipLabel}>{t.colours.goalsShort}</span>
        <ColourChip column="goals" value={measure.goals} labels={labels} />
        {formula("goals")}
      </div>
      {measure.consequence.trim() !== "" && (
        <Body1 className={styles.consequence}>
          {excerpt(measure.consequence)}
          {formula("consequence")}
        </Body1>
      )}
      {!writable && <ReadOnlyNote problems={row.problems} />}
    </li>
  );
});

/** An icon button of the card; its tooltip says what its label says. */
function CardAction({
  label,
  icon,
  onClick,
}: {
  readonly label: string;
  readonly icon: ReactElement;
  readonly onClick: () => void;
}) {
  return (
    <Hint content={label} relationship="label">
      <Button appearance="subtle" size="small" icon={icon} aria-label={label} onClick={onClick} />
    </Hint>
  );
}

/** The amount per plan year, blank years said in words; a formula cell marked. */
function CardEffects({
  measure,
  years,
  formula,
}: {
  readonly measure: Measure;
  readonly years: readonly number[];
  readonly formula: (field: MeasureField) => ReactElement | null;
}) {
  const { t, lang } = useLocale();
  const styles = useMeasureCardStyles();
  const amountWord = measure.kind === "measure" ? t.list.freed : t.list.need;
  return (
    <div>
      <Caption1 className={styles.effectsCaption}>{amountWord}</Caption1>
      <dl className={styles.effects} aria-label={amountWord}>
        {years.map((year) => {
          const e = measure.effects[year];
          return (
            <div key={year} className={styles.effect}>
              <dt className={styles.effectYear}>{year}</dt>
              <dd className={styles.effectValue}>
                {e === null || e === undefined ? t.list.blank : formatTkr(e, lang)}
                {formula(effectField(year))}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}

/** Why a row that could not be read is shown but not changed: its problems in words. */
function ReadOnlyNote({ problems }: { readonly problems: MeasureListRow["problems"] }) {
  const { t, lang } = useLocale();
  const styles = useMeasureCardStyles();
  return (
    <div className={styles.problems} role="note">
      <LockClosed16Regular aria-hidden />
      <div>
        <Text weight="semibold">{t.list.readOnly}</Text>
        {problems.length > 0 && (
          <ul className={styles.problemList}>
            {problems.map((p, i) => (
              <li key={i}>{problemText(p, lang)}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
