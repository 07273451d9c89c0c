/**
 * The editor's state: the fields as typed, their validation, and saving. The rules themselves
 * (validation, what a save sends) are in editorDraft.ts.
 */
import { useCallback, useMemo, useState } from "react";
import type { FormEvent } from "react";
import { planYears } from "../../../plan/model";
import { createMeasure, nextNr } from "../../../plan/measureEdits";
import type { Measure, MeasureKind } from "../../../plan/model";
import { listedRows } from "../../../port/workbookPort";
import type { MeasureField } from "../../../port/workbookPort";
import type { PaneError } from "../../hooks/usePlan";
import { useLocale } from "../../locale";
import { draftOf, headingOf, resultOf, validate } from "./editorDraft";
import { readPricing, type PricingDraft } from "./pricingDraft";
import type {
  EditorDraft,
  EditorResult,
  EditorTarget,
  MeasureEditorProps,
  MeasureEditorState,
} from "./MeasureEditor.types";

export function useMeasureEditor(props: MeasureEditorProps): MeasureEditorState | null {
  const { target, snapshot, scenario, onSave, onClose } = props;
  const { t, lang } = useLocale();
  const settings = snapshot.settings;
  const years = useMemo(() => planYears(settings), [settings]);
  // Every row of the table, read-only ones too: a new measure's Nr and id are new to the sheet.
  const all = useMemo(() => listedRows(snapshot).map((m) => m.measure), [snapshot]);

  // The measure being edited, fixed when the editor opens (a reload meanwhile does not reset the fields).
  const [stored] = useState(() =>
    target.mode === "edit"
      ? (snapshot.measures.find((m) => m.measure.id === target.id) ?? null)
      : { measure: createMeasure(target.kind, all, settings), formulas: [], writable: true, row: 0 }
  );
  const original = stored?.measure ?? null;
  const { draft, set, setEffect, setPricing } = useDraft(target, all, () =>
    original ? draftOf(original, years, lang, scenario !== null) : null
  );
  const [showErrors, setShowErrors] = useState(false);
  const { saving, saveError, send } = useSave(onSave, onClose);
  // The amounts a pricing gives follow each keystroke, by the BUDGET functions' maths.
  const priced = useMemo(
    () => (draft ? readPricing(draft.pricing, settings, draft.kind, t, lang) : null),
    [draft, settings, t, lang]
  );
  const valid = useMemo(
    () => (draft && original && priced ? validate(draft, years, t, lang, original, priced) : null),
    [draft, years, t, lang, original, priced]
  );
  const areas = useMemo(() => {
    const list = [...settings.areas];
    if (original && original.area !== "" && !list.includes(original.area)) list.push(original.area);
    return list;
  }, [settings.areas, original]);

  if (!original || !draft || !valid || !stored || !priced) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setShowErrors(true);
    if (!valid.ok) return;
    const result = resultOf(target, original, draft, valid, years, scenario);
    if (result) send(result);
    else onClose();
  };

  const isNew = target.mode === "new";
  const formulas = stored.formulas;
  return {
    props,
    heading: headingOf(isNew, draft, original, t),
    isNew,
    settings,
    years,
    areas,
    draft,
    errors: valid.errors,
    hasErrors: !valid.ok,
    showErrors,
    shown: (message) =>
      showErrors || (message !== undefined && valid.atOnce.has(message)) ? message : undefined,
    hint: (field: MeasureField, normal?: string) =>
      formulas.includes(field) ? t.editor.formulaHint : normal,
    saving,
    saveError,
    set,
    setEffect,
    setPricing,
    priced,
    submit,
  };
}

/** The fields as typed; null when there is no measure to edit. */
function useDraft(
  target: EditorTarget,
  all: readonly Measure[],
  initial: () => EditorDraft | null
) {
  const [draft, setDraft] = useState<EditorDraft | null>(initial);
  const set = useCallback(
    <K extends keyof EditorDraft>(key: K, value: EditorDraft[K]) => {
      setDraft((d) => {
        if (!d) return d;
        const next = { ...d, [key]: value };
        // A new item keeps the next free number of its kind until the user types another.
        if (key === "kind" && target.mode === "new" && d.nr === String(nextNr(all, d.kind))) {
          return { ...next, nr: String(nextNr(all, value as MeasureKind)) };
        }
        return next;
      });
    },
    [all, target.mode]
  );
  const setEffect = useCallback((year: number, text: string) => {
    setDraft((d) => (d ? { ...d, effects: { ...d.effects, [year]: text } } : d));
  }, []);
  const setPricing = useCallback((patch: Partial<PricingDraft>) => {
    setDraft((d) => (d ? { ...d, pricing: { ...d.pricing, ...patch } } : d));
  }, []);
  return { draft, set, setEffect, setPricing };
}

/** Sends a result; the dialog closes when it is saved and shows the error when it is refused. */
function useSave(onSave: (result: EditorResult) => Promise<PaneError | null>, onClose: () => void) {
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<PaneError | null>(null);
  const send = (result: EditorResult) => {
    setSaving(true);
    setSaveError(null);
    void onSave(result).then((failure) => {
      setSaving(false);
      if (failure) setSaveError(failure);
      else onClose();
    });
  };
  return { saving, saveError, send };
}
