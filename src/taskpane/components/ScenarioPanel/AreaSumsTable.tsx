/**
 * The sums per budget area for one plan year: the needs, the proposals funded within the frame,
 * the freed money and what remains, then the request covering the needs and the result, so the
 * economist sees which area carries the deficit. Each column's figures are rounded by largest
 * remainder with its total (plan/shownAmounts.ts), so they add up to the result shown above.
 */
import { useState } from "react";
import {
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  mergeClasses,
} from "@fluentui/react-components";
import type { Decimal } from "../../../budget/money";
import { areaSums, type AreaSums } from "../../../plan/areaSums";
import type { MeasureIndex } from "../../../plan/balance";
import type { PlanSettings, Scenario } from "../../../plan/model";
import { shownParts } from "../../../plan/shownAmounts";
import { formatNumber } from "../../format";
import { useLocale } from "../../locale";
import { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

interface ShownAreaRow {
  readonly label: string;
  readonly cells: readonly (Decimal | null)[];
  readonly total?: boolean;
}

/** The rows as shown: areas, then the request for the needs, then the totals. */
function shownRows(sums: AreaSums, names: { request: string; total: string; noArea: string }) {
  const columns = [
    shownParts(sums.areas.map((a) => a.needs)),
    shownParts(sums.areas.map((a) => a.proposals)),
    shownParts(sums.areas.map((a) => a.freed)),
    shownParts([...sums.areas.map((a) => a.remains), sums.requestedForNeeds]),
  ];
  const rows: ShownAreaRow[] = sums.areas.map((a, i) => ({
    label: a.area === "" ? names.noArea : a.area,
    cells: columns.map((c) => c.parts[i] ?? null),
  }));
  const n = sums.areas.length;
  if (!sums.requestedForNeeds.isZero()) {
    rows.push({ label: names.request, cells: [null, null, null, columns[3]!.parts[n] ?? null] });
  }
  rows.push({ label: names.total, cells: columns.map((c) => c.total), total: true });
  return rows;
}

export interface AreaSumsTableProps {
  /** The scenario whose sums are shown (with any amounts being typed laid over it). */
  readonly scenario: Scenario | null;
  /** The plan's measures and proposals by id. */
  readonly index: MeasureIndex;
  readonly settings: PlanSettings;
  readonly years: readonly number[];
  /** Names the scenario under the heading, where the view around does not (the measures list). */
  readonly namesScenario?: boolean;
}

export function AreaSumsTable(props: AreaSumsTableProps) {
  const { scenario, years } = props;
  const { t, lang } = useLocale();
  const classes = useScenarioPanelStyles();
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen !== null && years.includes(chosen) ? chosen : years[0];
  if (!scenario || year === undefined) return null;
  const sums = areaSums(scenario, props.index, props.settings, year);
  const names = {
    request: t.lines.requestedForNeeds,
    total: t.lines.areaTotal,
    noArea: t.lines.noArea,
  };
  const heads = [t.lines.areaNeeds, t.lines.areaProposals, t.lines.areaFreed, t.lines.areaRemains];
  return (
    <section className={classes.section} aria-label={t.lines.areaSumsTitle}>
      <h3 className={classes.heading}>{t.lines.areaSumsTitle}</h3>
      {props.namesScenario && <Text>{t.lines.areaSumsOf(scenario.name)}</Text>}
      <Text className={classes.hint}>{t.lines.areaSumsHint}</Text>
      <Field label={t.lines.areaSumsYear} size="small" className={classes.yearSelect}>
        <Select size="small" value={String(year)} onChange={(_, d) => setChosen(Number(d.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      <div className={classes.tableWrap}>
        <Table
          size="extra-small"
          className={classes.areaTable}
          aria-label={t.lines.areaSumsLabel(year)}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col" className={classes.labelCell}>
                {t.lines.areaColumn}
              </TableHeaderCell>
              {heads.map((h) => (
                <TableHeaderCell
                  key={h}
                  scope="col"
                  className={mergeClasses(classes.numberHeader, classes.tightCell)}
                  button={{ className: classes.numberHeaderButton }}
                >
                  {h}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {shownRows(sums, names).map((row) => (
              <TableRow key={row.label} className={row.total ? classes.totalRow : undefined}>
                <TableHeaderCell scope="row" className={classes.labelCell}>
                  {row.label}
                </TableHeaderCell>
                {row.cells.map((cell, i) => (
                  <TableCell
                    key={i}
                    className={mergeClasses(classes.numberCell, classes.tightCell)}
                  >
                    {cell === null ? "" : formatNumber(cell, lang)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
