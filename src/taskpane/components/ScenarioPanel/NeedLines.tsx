/**
 * The needs above the frame as lines, each with an area and a cause; a line's amount is typed per
 * year, or derived from an estimated cost and the area's share of the frame (then the need it
 * gives is shown per year). The needs per year are their sum.
 */
import { Caption1, Dropdown, Field, Option, Switch } from "@fluentui/react-components";
import { ZERO } from "../../../budget/money";
import { withNeedSource } from "../../../plan/lineEdits";
import type { NeedLine } from "../../../plan/model";
import { frameIn, needAmount, needsIn } from "../../../plan/scenarioLines";
import { shownAmount } from "../../../plan/shownAmounts";
import { formatNumber } from "../../format";
import { useLocale } from "../../locale";
import { AmountInput } from "../AmountInput";
import { CommitText } from "./CommitText";
import { LineCard, LineSection } from "./LineCard";
import type { ScenarioPanelState } from "./ScenarioPanel.types";
import { SumLine } from "./SumLine";
import { YearAmounts } from "./YearAmounts";
import { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

export function NeedLines({ state }: { readonly state: ScenarioPanelState }) {
  const { t } = useLocale();
  const lines = state.saved?.needLines ?? [];
  const shown = state.shown;
  return (
    <LineSection
      title={t.lines.needsTitle}
      hint={t.lines.needsHint}
      addLabel={t.lines.addNeedLine}
      onAdd={() => state.addLine("needLines")}
      empty={lines.length === 0}
    >
      {lines.map((line, i) => (
        <NeedCard key={line.id} state={state} line={line} n={i + 1} />
      ))}
      {shown && lines.length > 0 && (
        <SumLine label={t.lines.needsSum} years={state.years} amountIn={(y) => needsIn(shown, y)} />
      )}
    </LineSection>
  );
}

/** The areas a need line can be put on: the settings' areas, its own if it is not among them, none. */
function areaOptions(areas: readonly string[], own: string): string[] {
  const list = own === "" || areas.includes(own) ? [...areas] : [...areas, own];
  return [...list, ""];
}

function AreaField({
  state,
  line,
}: {
  readonly state: ScenarioPanelState;
  readonly line: NeedLine;
}) {
  const { t } = useLocale();
  const classes = useScenarioPanelStyles();
  const nameOf = (area: string) => (area === "" ? t.lines.noArea : area);
  return (
    <Field label={t.lines.area} size="small">
      <Dropdown
        size="small"
        className={classes.dropdown}
        value={nameOf(line.area)}
        selectedOptions={[line.area]}
        onOptionSelect={(_, d) => {
          const area = d.optionValue ?? "";
          if (area !== line.area) state.changeLine("needLines", line.id, (l) => ({ ...l, area }));
        }}
      >
        {areaOptions(state.settings.areas, line.area).map((area) => (
          <Option key={area || "-"} value={area} text={nameOf(area)}>
            {nameOf(area)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function NeedCard(props: {
  readonly state: ScenarioPanelState;
  readonly line: NeedLine;
  readonly n: number;
}) {
  const { state, line, n } = props;
  const { t } = useLocale();
  const name = t.lines.lineName(line.cause, n);
  const derived = line.source.kind === "derived";
  const share = line.source.kind === "derived" ? line.source.frameShare : ZERO;
  const change = (next: NeedLine) => state.changeLine("needLines", line.id, () => next);
  return (
    <LineCard
      name={name}
      onRemove={() => state.removeLine("needLines", line.id)}
      fields={
        <>
          <AreaField state={state} line={line} />
          <CommitText
            label={t.lines.cause}
            value={line.cause}
            onCommit={(cause) => change({ ...line, cause })}
          />
          <Switch
            checked={derived}
            label={t.lines.derived}
            onChange={(_, d) =>
              change(withNeedSource(line, d.checked ? "derived" : "typed", share))
            }
          />
        </>
      }
    >
      {derived && <DerivedFields state={state} line={line} name={name} />}
      <YearAmounts
        state={state}
        list="needLines"
        lineId={line.id}
        labelOf={(year) =>
          derived ? t.lines.costLabel(name, year) : t.lines.amountLabel(name, year)
        }
      />
      {derived && <DerivedNeeds state={state} line={line} />}
    </LineCard>
  );
}

function DerivedFields(props: {
  readonly state: ScenarioPanelState;
  readonly line: NeedLine;
  readonly name: string;
}) {
  const { state, line, name } = props;
  const { t } = useLocale();
  const classes = useScenarioPanelStyles();
  const share = line.source.kind === "derived" ? line.source.frameShare : ZERO;
  return (
    <>
      <Caption1 className={classes.hint}>{t.lines.derivedHint}</Caption1>
      <label className={classes.yearField}>
        <Caption1 aria-hidden>{t.lines.frameShare}</Caption1>
        <AmountInput
          className={classes.input}
          inputClassName={classes.inputText}
          label={`${t.lines.frameShare}: ${name}`}
          value={share}
          onCommit={(v) =>
            state.changeLine("needLines", line.id, (l) => withNeedSource(l, "derived", v))
          }
          onValidity={(m) => state.setValidity(`share:${line.id}`, m)}
        />
      </label>
      <Caption1>{t.lines.cost}</Caption1>
    </>
  );
}

/** The need a derived line gives in each year, from the scenario shown (typed amounts included). */
function DerivedNeeds({
  state,
  line,
}: {
  readonly state: ScenarioPanelState;
  readonly line: NeedLine;
}) {
  const { t, lang } = useLocale();
  const classes = useScenarioPanelStyles();
  const shown = state.shown;
  const current = shown?.needLines.find((l) => l.id === line.id) ?? line;
  return (
    <Caption1 className={classes.hint} aria-live="polite">
      {state.years
        .map((year) => {
          const frame = shown ? frameIn(shown, year) : ZERO;
          const amount = shownAmount(needAmount(current, frame, year));
          return t.lines.derivedNeed(year, formatNumber(amount, lang));
        })
        .join(" · ")}
    </Caption1>
  );
}
