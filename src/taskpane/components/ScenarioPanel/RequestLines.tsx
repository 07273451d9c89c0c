/** The frame increases the committee requests, each with its purpose and what it covers. */
import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { RequestCover, RequestLine } from "../../../plan/model";
import { ZERO } from "../../../budget/money";
import { requestsIn } from "../../../plan/scenarioLines";
import { useLocale } from "../../locale";
import { CommitText } from "./CommitText";
import { LineCard, LineSection } from "./LineCard";
import type { ScenarioPanelState } from "./ScenarioPanel.types";
import { SumLine } from "./SumLine";
import { YearAmounts } from "./YearAmounts";
import { useScenarioPanelStyles } from "./useScenarioPanelStyles.styles";

const COVERS: readonly RequestCover[] = ["needs", "ownCost"];

export function RequestLines({ state }: { readonly state: ScenarioPanelState }) {
  const { t } = useLocale();
  const lines = state.saved?.requests ?? [];
  const shown = state.shown;
  const total = (year: number) => (shown ? requestsIn(shown, year) : ZERO);
  return (
    <LineSection
      title={t.lines.requestsTitle}
      hint={t.lines.requestsHint}
      addLabel={t.lines.addRequest}
      onAdd={() => state.addLine("requests")}
      empty={lines.length === 0}
    >
      {lines.map((line, i) => (
        <RequestCard key={line.id} state={state} line={line} n={i + 1} />
      ))}
      {lines.length > 0 && (
        <SumLine label={t.lines.requestsSum} years={state.years} amountIn={total} />
      )}
    </LineSection>
  );
}

function RequestCard(props: {
  readonly state: ScenarioPanelState;
  readonly line: RequestLine;
  readonly n: number;
}) {
  const { state, line, n } = props;
  const { t } = useLocale();
  const classes = useScenarioPanelStyles();
  const name = t.lines.lineName(line.purpose, n);
  const change = (patch: Partial<RequestLine>) =>
    state.changeLine("requests", line.id, (l) => ({ ...l, ...patch }));
  return (
    <LineCard
      name={name}
      onRemove={() => state.removeLine("requests", line.id)}
      fields={
        <>
          <CommitText
            label={t.lines.purpose}
            value={line.purpose}
            onCommit={(purpose) => change({ purpose })}
          />
          <Field label={t.lines.covers} size="small">
            <Dropdown
              size="small"
              className={classes.dropdown}
              value={t.lines.coverNames[line.covers]}
              selectedOptions={[line.covers]}
              onOptionSelect={(_, d) =>
                d.optionValue && change({ covers: d.optionValue as RequestCover })
              }
            >
              {COVERS.map((c) => (
                <Option key={c} value={c}>
                  {t.lines.coverNames[c]}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </>
      }
    >
      <YearAmounts
        state={state}
        list="requests"
        lineId={line.id}
        labelOf={(year) => t.lines.amountLabel(name, year)}
      />
    </LineCard>
  );
}
