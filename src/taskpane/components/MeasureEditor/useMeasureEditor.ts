/**
 * The editor's state: the fields as typed, their validation, and what saving sends. Editing an
 * existing measure sends ONLY the fields whose value changed (a MeasurePatch), so a formula in a
 * field the user did not touch stays in the sheet.
 */
import { useCallback, useMemo, useState } from "react";
import type { FormEvent } from "react";
import type { Decimal } from "../../../budget/money";
import { planYears } from "../../../plan/model";
import { createMeasure, nextNr } from "../../../plan/measureEdits";
import type { Measure, MeasureKind } from "../../../plan/model";
import type { MeasurePatch } from "../../../port/workbookPort";
import { formatAmountInput, parseAmountInput } from "../../format";
import { useLocale } from "../../locale";
import type { Texts } from "../../../i18n/texts";
import type { Language } from "../../../i18n/language";
import type {
  EditorDraft,
  EditorErrors,
  EditorResult,
  MeasureEditorProps,
  MeasureEditorState,
} from "./MeasureEditor.types";

function draftOf(
  m: Measure,
  years: readonly number[],
  lang: Language,
  include: boolean
): EditorDraft {
  const effects: Record<number, string> = {};
  for (const y of years) effects[y] = formatAmountInput(m.effects[y] ?? null, lang);
  return {
    nr: String(m.nr),
    kind: m.kind,
    area: m.area,
    title: m.title,
    effects,
    ambition: m.ambition,
    goals: m.goals,
    consequence: m.consequence,
    include,
  };
}

interface Validated {
  readonly errors: EditorErrors;
  readonly ok: boolean;
  readonly nr: number;
  readonly effects: Readonly<Record<number, Decimal | null>>;
}

function validate(
  draft: EditorDraft,
  years: readonly number[],
  t: Texts,
  lang: Language
): Validated {
  const effectErrors: Record<number, string> = {};
  const effects: Record<number, Decimal | null> = {};
  for (const y of years) {
    const parsed = parseAmountInput(draft.effects[y] ?? "", lang);
    if (parsed.ok) effects[y] = parsed.value;
    else effectErrors[y] = t.editor.notANumber;
  }
  const nrText = draft.nr.trim();
  const nr = /^\d+$/.test(nrText) ? Number(nrText) : NaN;
  const errors: EditorErrors = {
    ...(Number.isSafeInteger(nr) && nr > 0 ? {} : { nr: t.editor.nrInvalid }),
    ...(draft.area.trim() === "" ? { area: t.editor.areaRequired } : {}),
    ...(draft.title.trim() === "" ? { title: t.editor.titleRequired } : {}),
    effects: effectErrors,
  };
  const ok = !errors.nr && !errors.area && !errors.title && Object.keys(effectErrors).length === 0;
  return { errors, ok, nr, effects };
}

const sameAmount = (a: Decimal | null | undefined, b: Decimal | null | undefined) =>
  a === null || a === undefined
    ? b === null || b === undefined
    : b !== null && b !== undefined && a.eq(b);

/** Only the fields whose value differs from the original. */
export function patchOf(
  original: Measure,
  draft: EditorDraft,
  valid: Validated,
  years: readonly number[]
): MeasurePatch {
  const effects: Record<number, Decimal | null> = {};
  for (const y of years) {
    const next = valid.effects[y] ?? null;
    if (!sameAmount(original.effects[y], next)) effects[y] = next;
  }
  return {
    ...(valid.nr !== original.nr ? { nr: valid.nr } : {}),
    ...(draft.kind !== original.kind ? { kind: draft.kind } : {}),
    ...(draft.area !== original.area ? { area: draft.area } : {}),
    ...(draft.title !== original.title ? { title: draft.title.trim() } : {}),
    ...(Object.keys(effects).length > 0 ? { effects } : {}),
    ...(draft.ambition !== original.ambition ? { ambition: draft.ambition } : {}),
    ...(draft.goals !== original.goals ? { goals: draft.goals } : {}),
    ...(draft.consequence !== original.consequence ? { consequence: draft.consequence } : {}),
  };
}

export function useMeasureEditor(props: MeasureEditorProps): MeasureEditorState | null {
  const { target, snapshot, scenario, onSave, onClose } = props;
  const { t, lang } = useLocale();
  const settings = snapshot.settings;
  const years = useMemo(() => planYears(settings), [settings]);
  const all = useMemo(() => snapshot.measures.map((m) => m.measure), [snapshot.measures]);

  // The measure being edited, fixed when the editor opens (a reload meanwhile does not reset the fields).
  const [stored] = useState(() =>
    target.mode === "edit"
      ? (snapshot.measures.find((m) => m.measure.id === target.id) ?? null)
      : { measure: createMeasure(target.kind, all, settings), formulas: [], writable: true, row: 0 }
  );
  const original = stored?.measure ?? null;
  const [draft, setDraft] = useState<EditorDraft | null>(() =>
    original ? draftOf(original, years, lang, scenario !== null) : null
  );
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<Awaited<ReturnType<typeof onSave>>>(null);

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

  const valid = useMemo(
    () => (draft ? validate(draft, years, t, lang) : null),
    [draft, years, t, lang]
  );

  const areas = useMemo(() => {
    const list = [...settings.areas];
    if (original && original.area !== "" && !list.includes(original.area)) list.push(original.area);
    return list;
  }, [settings.areas, original]);

  if (!original || !draft || !valid || !stored) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setShowErrors(true);
    if (!valid.ok) return;
    let result: EditorResult;
    if (target.mode === "new") {
      const measure: Measure = {
        ...original,
        nr: valid.nr,
        kind: draft.kind,
        area: draft.area,
        title: draft.title.trim(),
        effects: { ...valid.effects },
        ambition: draft.ambition,
        goals: draft.goals,
        consequence: draft.consequence,
      };
      result = { mode: "new", measure, includeIn: draft.include && scenario ? scenario.id : null };
    } else {
      const patch = patchOf(original, draft, valid, years);
      if (Object.keys(patch).length === 0) {
        onClose();
        return;
      }
      result = { mode: "edit", id: original.id, patch };
    }
    setSaving(true);
    setSaveError(null);
    void onSave(result).then((failure) => {
      setSaving(false);
      if (failure) setSaveError(failure);
      else onClose();
    });
  };

  const isNew = target.mode === "new";
  const heading = isNew
    ? draft.kind === "measure"
      ? t.editor.newMeasure
      : t.editor.newProposal
    : original.kind === "measure"
      ? t.editor.editMeasure
      : t.editor.editProposal;

  return {
    props,
    heading,
    isNew,
    settings,
    years,
    areas,
    formulas: stored.formulas,
    draft,
    errors: valid.errors,
    hasErrors: !valid.ok,
    showErrors,
    saving,
    saveError,
    set,
    setEffect,
    submit,
  };
}
