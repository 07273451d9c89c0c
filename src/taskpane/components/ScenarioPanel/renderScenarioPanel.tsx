/** Renders the scenario panel from its state (no hooks here). */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { Add20Regular, Delete20Regular, Rename20Regular } from "@fluentui/react-icons";
import type { Decimal } from "../../../budget/money";
import type { YearBalance } from "../../../plan/balance";
import { formatNumber } from "../../format";
import type { Texts } from "../../../i18n/texts";
import type { Language } from "../../../i18n/language";
import { AmountInput } from "../AmountInput";
import { BalanceBadge } from "../BalanceBadge";
import { IncludeRow } from "./IncludeRow";
import type { ScenarioPanelState, YearField } from "./ScenarioPanel.types";
import type { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

const INPUT_ROWS: readonly YearField[] = ["frame", "needs", "requestedIncrease", "increaseCost"];

export function renderScenarioPanel(
  state: ScenarioPanelState,
  classes: ReturnType<typeof useScenarioPanelStyles>,
  t: Texts,
  lang: Language
) {
  const { saved, balance, years } = state;
  const fieldText: Record<YearField, string> = {
    frame: t.scenario.frame,
    needs: t.scenario.needs,
    requestedIncrease: t.scenario.requestedIncrease,
    increaseCost: t.scenario.increaseCost,
  };
  const byYear = new Map<number, YearBalance>((balance?.years ?? []).map((y) => [y.year, y]));
  const computedRow = (label: string, pick: (y: YearBalance) => Decimal) => (
    <TableRow>
      <TableHeaderCell scope="row" className={classes.labelCell}>
        {label}
      </TableHeaderCell>
      {years.map((year) => {
        const y = byYear.get(year);
        return (
          <TableCell key={year} className={classes.numberCell}>
            {y ? formatNumber(pick(y), lang) : ""}
          </TableCell>
        );
      })}
    </TableRow>
  );

  return (
    <div className={classes.root}>
      <div className={classes.picker}>
        {state.scenarios.length > 0 && (
          <Field label={t.scenario.picker} className={classes.pickerField}>
            <Dropdown
              className={classes.dropdown}
              value={saved?.name ?? ""}
              selectedOptions={saved ? [saved.id] : []}
              onOptionSelect={(_, data) =>
                data.optionValue && state.props.onSelect(data.optionValue)
              }
            >
              {state.scenarios.map((s) => (
                <Option key={s.id} value={s.id} text={s.name || "–"}>
                  {s.name || "–"}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        <Button icon={<Add20Regular />} onClick={state.create}>
          {t.scenario.create}
        </Button>
        {saved && (
          <>
            <Button icon={<Rename20Regular />} onClick={() => state.openDialog("rename")}>
              {t.scenario.rename}
            </Button>
            <Button icon={<Delete20Regular />} onClick={() => state.openDialog("delete")}>
              {t.scenario.remove}
            </Button>
          </>
        )}
      </div>

      {!saved && <Text>{t.scenario.none}</Text>}

      {saved && balance && (
        <>
          <section className={classes.section} aria-label={t.scenario.amountsTitle}>
            <h3 className={classes.heading}>{t.scenario.amountsTitle}</h3>
            <div className={classes.tableWrap}>
              <Table
                size="extra-small"
                className={classes.table}
                aria-label={t.scenario.amountsTitle}
              >
                <TableHeader>
                  <TableRow>
                    <TableCell className={classes.labelCell} />
                    {years.map((year) => (
                      <TableHeaderCell key={year} scope="col" className={classes.numberCell}>
                        {year}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {INPUT_ROWS.map((field) => (
                    <TableRow key={field}>
                      <TableHeaderCell scope="row" className={classes.labelCell}>
                        {fieldText[field]}
                      </TableHeaderCell>
                      {years.map((year) => (
                        <TableCell key={year} className={classes.inputCell}>
                          <AmountInput
                            key={`${saved.id}:${field}:${year}`}
                            className={classes.input}
                            inputClassName={classes.inputText}
                            label={t.scenario.inputLabel(fieldText[field], year)}
                            value={state.savedValue(year, field)}
                            onPreview={(v) => state.preview(year, field, v)}
                            onCommit={(v) => state.commit(year, field, v)}
                            onValidity={(m) => state.setValidity(`${field}:${year}`, m)}
                          />
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                  {computedRow(t.scenario.proposals, (y) => y.proposals)}
                  {computedRow(t.scenario.toCover, (y) => y.toCover)}
                  {computedRow(t.scenario.freed, (y) => y.freed)}
                  {computedRow(t.scenario.balance, (y) => y.balance)}
                </TableBody>
              </Table>
            </div>
            {state.invalidInputs > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t.scenario.amountNotANumber}</MessageBarBody>
              </MessageBar>
            )}
            <ul className={classes.results} aria-live="polite">
              {balance.years.map((y) => (
                <li key={y.year} className={classes.result}>
                  <Text weight="semibold">{t.scenario.balanceFor(y.year)}</Text>
                  <BalanceBadge year={y} />
                </li>
              ))}
            </ul>
            {balance.missingIds.length > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t.scenario.missing(balance.missingIds.length)}</MessageBarBody>
              </MessageBar>
            )}
          </section>

          <section className={classes.section} aria-label={t.scenario.includeTitle}>
            <h3 className={classes.heading}>{t.scenario.includeTitle}</h3>
            <Text className={classes.hint}>{t.scenario.includeHint}</Text>
            {state.measures.length + state.proposals.length === 0 && (
              <Text>{t.scenario.noItems}</Text>
            )}
            {[
              { title: t.scenario.includedMeasures, items: state.measures },
              { title: t.scenario.includedProposals, items: state.proposals },
            ].map(
              (group) =>
                group.items.length > 0 && (
                  <div key={group.title} role="group" aria-label={group.title}>
                    <Text weight="semibold">{group.title}</Text>
                    <ul className={classes.items}>
                      {group.items.map((m) => (
                        <IncludeRow
                          key={m.id}
                          measure={m}
                          years={years}
                          included={state.included.has(m.id)}
                          onToggle={state.toggle}
                          className={classes.item}
                          amountsClassName={classes.itemAmounts}
                        />
                      ))}
                    </ul>
                  </div>
                )
            )}
          </section>
        </>
      )}

      <Dialog
        open={state.dialog === "rename"}
        onOpenChange={(_, data) => !data.open && state.openDialog(null)}
      >
        <DialogSurface>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              state.rename();
            }}
            noValidate
          >
            <DialogBody>
              <DialogTitle>{t.scenario.renameTitle}</DialogTitle>
              <DialogContent>
                <Field label={t.scenario.name} required validationMessage={state.renameError}>
                  <Input
                    value={state.renameText}
                    onChange={(_, data) => state.setRenameText(data.value)}
                  />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary">
                  {t.common.save}
                </Button>
                <Button type="button" onClick={() => state.openDialog(null)}>
                  {t.common.cancel}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>

      <Dialog
        open={state.dialog === "delete"}
        onOpenChange={(_, data) => !data.open && state.openDialog(null)}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.scenario.deleteTitle(saved?.name ?? "")}</DialogTitle>
            <DialogContent>{t.scenario.deleteBody}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={state.remove}>
                {t.scenario.remove}
              </Button>
              <Button onClick={() => state.openDialog(null)}>{t.common.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
