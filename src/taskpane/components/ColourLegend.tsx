/** The legend under the committee table: what the colours of both columns mean (from the settings). */
import { Caption1, Text } from "@fluentui/react-components";
import type { PlanSettings } from "../../plan/model";
import { useLocale } from "../locale";

export function ColourLegend({
  settings,
  className,
}: {
  readonly settings: PlanSettings;
  readonly className?: string;
}) {
  const { t } = useLocale();
  return (
    <section className={className} aria-label={t.colours.legendTitle}>
      <Text weight="semibold" size={200}>
        {t.colours.legendTitle}
      </Text>
      <Caption1>{settings.legend.ambition}</Caption1>
      <Caption1>{settings.legend.goals}</Caption1>
    </section>
  );
}
