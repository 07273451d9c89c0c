/**
 * Adds or edits one measure or development proposal in a dialog: every field, validated, and on
 * saving only what changed. Fluent v9 split: types / hook / styles / render.
 */
import { useEffect } from "react";
import { useLocale } from "../../locale";
import type { MeasureEditorProps } from "./MeasureEditor.types";
import { renderMeasureEditor } from "./renderMeasureEditor";
import { useMeasureEditor } from "./useMeasureEditor";
import { useMeasureEditorStyles } from "./useMeasureEditorStyles.styles";

export type { EditorResult, EditorTarget, MeasureEditorProps } from "./MeasureEditor.types";

export function MeasureEditor(props: MeasureEditorProps) {
  const { t } = useLocale();
  const state = useMeasureEditor(props);
  const classes = useMeasureEditorStyles();
  const missing = state === null;
  const { onClose } = props;
  // The measure was deleted meanwhile (in the sheet, in another tab): nothing to edit.
  useEffect(() => {
    if (missing) onClose();
  }, [missing, onClose]);
  return state ? renderMeasureEditor(state, classes, t) : null;
}

export default MeasureEditor;
