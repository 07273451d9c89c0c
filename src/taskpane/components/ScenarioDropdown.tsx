/** The dropdown that chooses one of the plan's scenarios, by name (the Scenarier and Beslut tabs). */
import { Dropdown, Option } from "@fluentui/react-components";
import type { Scenario } from "../../plan/model";
import { scenarioName } from "../names";

export interface ScenarioDropdownProps {
  readonly scenarios: readonly Scenario[];
  /** The scenario shown as chosen, or null for none. */
  readonly chosen: Scenario | null;
  readonly onSelect: (id: string) => void;
  readonly className?: string;
}

export function ScenarioDropdown({
  scenarios,
  chosen,
  onSelect,
  className,
}: ScenarioDropdownProps) {
  return (
    <Dropdown
      className={className}
      value={chosen ? scenarioName(chosen.name) : ""}
      selectedOptions={chosen ? [chosen.id] : []}
      onOptionSelect={(_, data) => data.optionValue && onSelect(data.optionValue)}
    >
      {scenarios.map((s) => (
        <Option key={s.id} value={s.id} text={scenarioName(s.name)}>
          {scenarioName(s.name)}
        </Option>
      ))}
    </Dropdown>
  );
}
