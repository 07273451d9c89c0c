/** Renders the comparison from its state (no hooks here). */
import {
  Checkbox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { formatNumber } from "../../format";
import type { Texts } from "../../../i18n/texts";
import type { Language } from "../../../i18n/language";
import { BalanceBadge } from "../BalanceBadge";
import type { CompareViewState } from "./CompareView.types";
import type { useCompareViewStyles } from "./useCompareViewStyles.styles";

export function renderCompareView(
  state: CompareViewState,
  classes: ReturnType<typeof useCompareViewStyles>,
  t: Texts,
  lang: Language
) {
  const { scenarios } = state.props.snapshot;
  const comparison = state.comparison;
  if (scenarios.length < 2) return <Text>{t.compare.tooFew}</Text>;

  return (
    <div className={classes.root}>
      <fieldset className={classes.choices}>
        <legend>
          <Text weight="semibold">{t.compare.choose}</Text>
        </legend>
        {scenarios.map((s) => (
          <Checkbox
            key={s.id}
            label={s.name || "–"}
            checked={state.chosen.has(s.id)}
            onChange={(_, data) => state.toggle(s.id, data.checked === true)}
          />
        ))}
      </fieldset>

      {!comparison && <Text>{t.compare.needTwo}</Text>}

      {comparison &&
        comparison.years.map((year, yi) => (
          <section key={year} className={classes.section} aria-label={t.compare.tableLabel(year)}>
            <h3 className={classes.heading}>{t.compare.tableLabel(year)}</h3>
            <div className={classes.tableWrap}>
              <Table size="extra-small" aria-label={t.compare.tableLabel(year)}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t.compare.scenario}</TableHeaderCell>
                    <TableHeaderCell scope="col" className={classes.numberCell}>
                      {t.compare.covered}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col" className={classes.numberCell}>
                      {t.compare.toCover}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col">{t.compare.result}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {comparison.scenarios.map((s) => {
                    const y = s.years[yi];
                    if (!y) return null;
                    return (
                      <TableRow key={s.scenarioId}>
                        <TableHeaderCell scope="row" className={classes.nameCell}>
                          {s.name || "–"}
                        </TableHeaderCell>
                        <TableCell className={classes.numberCell}>
                          {formatNumber(y.freed, lang)}
                        </TableCell>
                        <TableCell className={classes.numberCell}>
                          {formatNumber(y.toCover, lang)}
                        </TableCell>
                        <TableCell>
                          <BalanceBadge year={y} />
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </div>
          </section>
        ))}

      {comparison && (
        <section className={classes.section} aria-label={t.compare.consequencesLabel}>
          <h3 className={classes.heading}>{t.compare.consequencesTitle}</h3>
          <div className={classes.tableWrap}>
            <Table size="extra-small" aria-label={t.compare.consequencesLabel}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.compare.scenario}</TableHeaderCell>
                  <TableHeaderCell scope="col" className={classes.numberCell}>
                    {t.compare.included}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className={classes.numberCell}>
                    {t.compare.lowersAmbition}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className={classes.numberCell}>
                    {t.compare.hurtsGoals}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className={classes.numberCell}>
                    {t.compare.unjudged}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {comparison.scenarios.map((s) => (
                  <TableRow key={s.scenarioId}>
                    <TableHeaderCell scope="row" className={classes.nameCell}>
                      {s.name || "–"}
                    </TableHeaderCell>
                    <TableCell className={classes.numberCell}>
                      {s.includedMeasures + s.includedProposals}
                    </TableCell>
                    <TableCell className={classes.numberCell}>{s.lowersAmbition}</TableCell>
                    <TableCell className={classes.numberCell}>{s.hurtsGoals}</TableCell>
                    <TableCell className={classes.numberCell}>{s.unjudged}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      )}
    </div>
  );
}
