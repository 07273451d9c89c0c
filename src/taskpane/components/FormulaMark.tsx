/** Marks a value whose cell holds a formula in the sheet: an icon with the tooltip "Formel i bladet". */
import { makeStyles, tokens } from "@fluentui/react-components";
import { MathFormula16Regular } from "@fluentui/react-icons";
import { useLocale } from "../locale";
import { Hint } from "./Hint";

const useStyles = makeStyles({
  mark: {
    color: tokens.colorBrandForeground1,
    verticalAlign: "middle",
    marginLeft: tokens.spacingHorizontalXXS,
  },
});

export function FormulaMark() {
  const { t } = useLocale();
  const styles = useStyles();
  return (
    <Hint content={t.list.formula} relationship="label">
      <MathFormula16Regular aria-label={t.list.formula} className={styles.mark} />
    </Hint>
  );
}
