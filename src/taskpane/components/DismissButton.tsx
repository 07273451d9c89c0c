/** The ✕ that closes a message bar, named for screen readers ("Stäng"). */
import { Button } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { useLocale } from "../locale";

export function DismissButton({ onClick }: { readonly onClick: () => void }) {
  const { t } = useLocale();
  return (
    <Button
      appearance="transparent"
      aria-label={t.common.close}
      icon={<Dismiss20Regular />}
      onClick={onClick}
    />
  );
}
