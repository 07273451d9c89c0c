/**
 * The edits of a scenario's lines in the panel: add, change and remove a line (with undo), the
 * amount of one year (previewed while typing, saved on leaving the field), a proposal's funding,
 * and which amounts cannot be saved. What an edit does is decided in plan/lineEdits.ts and
 * plan/scenarioLines.ts; this hook keeps the React state and hands the result to `replace`.
 */
import { useCallback, useMemo, useState } from "react";
import { ZERO, type Decimal } from "../../../budget/money";
import {
  lineAmounts,
  newFrameLine,
  newNeedLine,
  newRequestLine,
  withAddedLine,
  withChangedLine,
  withLineAmount,
  withLineAt,
  withoutLine,
  type AnyLine,
  type LineList,
  type LineOf,
} from "../../../plan/lineEdits";
import type { Funding, Scenario } from "../../../plan/model";
import { withFunding } from "../../../plan/scenarioLines";
import { useLocale } from "../../locale";
import type { Shown } from "./useShownScenario";

/** A line just removed, while its removal can be undone. */
export interface RemovedLine {
  readonly scenarioId: string;
  readonly list: LineList;
  readonly line: AnyLine;
  readonly index: number;
}

function findLine(scenario: Scenario | null, list: LineList, id: string): AnyLine | undefined {
  return (scenario?.[list] as readonly AnyLine[] | undefined)?.find((l) => l.id === id);
}

/** Which amounts cannot be saved, by input key, and each message once. */
function useValidity() {
  const [invalid, setInvalid] = useState<ReadonlyMap<string, string>>(new Map());
  const setValidity = useCallback((key: string, message: string | null) => {
    setInvalid((m) => {
      if ((m.get(key) ?? null) === message) return m;
      const next = new Map(m);
      if (message === null) next.delete(key);
      else next.set(key, message);
      return next;
    });
  }, []);
  const invalidMessages = useMemo(() => [...new Set(invalid.values())], [invalid]);
  return { invalidInputs: invalid.size, invalidMessages, setValidity };
}

export function useScenarioLines(view: Shown, replace: (next: Scenario) => void) {
  const { t } = useLocale();
  const { saved, shown, setDraft, settings } = view;
  const [removedLine, setRemovedLine] = useState<RemovedLine | null>(null);

  const addLine = (list: LineList) => {
    if (!shown) return;
    const line: AnyLine =
      list === "frameLines"
        ? newFrameLine(shown, shown.frameLines.length === 0 ? t.lines.firstFrameLine : "")
        : list === "needLines"
          ? newNeedLine(shown, settings.areas[0] ?? "")
          : newRequestLine(shown, "needs");
    replace(withAddedLine(shown, list, line as LineOf[typeof list]));
  };
  const changeLine = <L extends LineList>(
    list: L,
    id: string,
    change: (line: LineOf[L]) => LineOf[L]
  ) => {
    if (shown) replace(withChangedLine(shown, list, id, change));
  };
  const removeLine = (list: LineList, id: string) => {
    const result = shown && withoutLine(shown, list, id);
    if (!result) return;
    setRemovedLine({ scenarioId: shown.id, list, line: result.line, index: result.index });
    replace(result.scenario);
  };
  const undoRemoveLine = () => {
    const target = removedLine && view.scenarios.find((s) => s.id === removedLine.scenarioId);
    setRemovedLine(null);
    if (!removedLine || !target) return;
    const { list, line, index } = removedLine;
    replace(withLineAt(target, list, line as LineOf[typeof list], index));
  };

  /** The amount an input shows: as saved (a derived need line's cost); 0 for a blank. */
  const savedAmount = (list: LineList, id: string, year: number): Decimal => {
    const line = findLine(saved, list, id);
    return (line && lineAmounts(line, "cost")[year]) ?? ZERO;
  };
  const previewAmount = (list: LineList, lineId: string, year: number, value: Decimal) =>
    setDraft({ list, lineId, year, value });
  const commitAmount = (list: LineList, id: string, year: number, value: Decimal) => {
    if (shown) replace(withLineAmount(shown, list, id, year, value));
  };
  const setFunding = (proposalId: string, funding: Funding) => {
    if (shown) replace(withFunding(shown, proposalId, funding));
  };
  return {
    ...{ addLine, changeLine, removeLine, removedLine, undoRemoveLine },
    dismissRemovedLine: () => setRemovedLine(null),
    ...{ savedAmount, previewAmount, commitAmount, setFunding },
    ...useValidity(),
  };
}

export type ScenarioLines = ReturnType<typeof useScenarioLines>;
