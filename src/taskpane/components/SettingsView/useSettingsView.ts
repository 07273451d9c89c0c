/**
 * The settings view's state. The form edits a draft of the stored settings; while nothing is
 * changed it follows what is stored (a save in another tab shows at once). What an edit means is
 * decided in plan/settingsEdits.ts; this hook keeps the draft, words its problems at the fields
 * and hands a valid draft to `onSave`. Nothing is saved while any field has a problem.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import type { AmountUnit } from "../../../plan/model";
import {
  addArea as withNewArea,
  draftFromPreset,
  draftOf,
  draftProblems,
  FIRST_YEAR_MAX,
  FIRST_YEAR_MIN,
  hasProblems,
  moveArea as withAreaMoved,
  removeArea as withoutArea,
  renameArea as withAreaRenamed,
  areaRenames,
  settingsOfDraft,
  wholeNumberIn,
} from "../../../plan/settingsEdits";
import type {
  AreaEntry,
  FieldProblem,
  SettingsDraft,
  SettingsField,
} from "../../../plan/settingsEdits";
import { PRESETS } from "../../../plan/settingsPresets";
import type { PresetId } from "../../../plan/settingsPresets";
import { listedRows, WorkbookError } from "../../../port/workbookPort";
import { useLocale } from "../../locale";
import { problemMessage } from "./settingsMessages";
import type {
  SaveStatus,
  SettingsViewProps,
  SettingsViewState,
  TextField,
} from "./SettingsView.types";

const OFFERED_UNITS: readonly AmountUnit[] = ["tkr", "kr"];

/** Where each text field is kept in the draft. */
function withText(draft: SettingsDraft, field: TextField, text: string): SettingsDraft {
  switch (field) {
    case "municipality":
    case "committee":
      return { ...draft, [field]: text };
    case "colourRed":
      return { ...draft, colourLabels: { ...draft.colourLabels, red: text } };
    case "colourYellow":
      return { ...draft, colourLabels: { ...draft.colourLabels, yellow: text } };
    case "colourGreen":
      return { ...draft, colourLabels: { ...draft.colourLabels, green: text } };
    case "legendAmbition":
      return { ...draft, legend: { ...draft.legend, ambition: text } };
    case "legendGoals":
      return { ...draft, legend: { ...draft.legend, goals: text } };
  }
}

/** The draft: null while it is the stored settings, which it then follows. */
function useDraft(props: SettingsViewProps) {
  const { settings } = props.snapshot;
  const stored = useMemo(() => draftOf(settings), [settings]);
  const [held, setHeld] = useState<SettingsDraft | null>(null);
  const draft = held ?? stored;
  // The newest draft for an edit made before React renders again (two quick keystrokes).
  const latest = useRef(draft);
  latest.current = draft;
  const edit = useCallback((change: (d: SettingsDraft) => SettingsDraft) => {
    const next = change(latest.current);
    if (next === latest.current) return; // a refused edit leaves the form as it is
    latest.current = next;
    setHeld(next);
  }, []);
  return { settings, draft, dirty: held !== null, edit, setHeld };
}

type Draft = ReturnType<typeof useDraft>;

/** The area list's edits; a removal refused for measures in the area is said at its field. */
function useAreaEdits(props: SettingsViewProps, { edit }: Draft) {
  const [newArea, setNewAreaText] = useState("");
  const [newAreaProblem, setNewAreaProblem] = useState<FieldProblem | null>(null);
  const [refused, setRefused] = useState<{ key: number; problem: FieldProblem } | null>(null);
  const measures = useMemo(
    () => listedRows(props.snapshot).map((m) => m.measure),
    [props.snapshot]
  );

  const setNewArea = (text: string) => {
    setNewAreaText(text);
    setNewAreaProblem(null);
  };
  const addArea = () =>
    edit((d) => {
      const result = withNewArea(d.areas, newArea);
      if (!result.ok) {
        setNewAreaProblem(result.problem);
        return d;
      }
      setNewArea("");
      setRefused(null);
      return { ...d, areas: result.areas };
    });
  const renameArea = (entry: AreaEntry, name: string) => {
    setRefused(null);
    edit((d) => ({ ...d, areas: withAreaRenamed(d.areas, entry.key, name) }));
  };
  const moveArea = (entry: AreaEntry, by: -1 | 1) =>
    edit((d) => ({ ...d, areas: withAreaMoved(d.areas, entry.key, by) }));
  const removeArea = (entry: AreaEntry) =>
    edit((d) => {
      const result = withoutArea(d.areas, entry.key, measures);
      setRefused(result.ok ? null : { key: entry.key, problem: result.problem });
      return result.ok ? { ...d, areas: result.areas } : d;
    });
  return {
    measures,
    newArea,
    newAreaProblem,
    refused,
    setNewArea,
    addArea,
    renameArea,
    moveArea,
    removeArea,
  };
}

/** The problems of the draft as messages at their fields. */
function useMessages(
  draft: SettingsDraft,
  stored: readonly string[],
  areas: ReturnType<typeof useAreaEdits>
) {
  const { t, lang } = useLocale();
  const problems = useMemo(
    () => draftProblems(draft, stored, areas.measures),
    [draft, stored, areas.measures]
  );
  const s = t.settings;
  const names: Record<SettingsField, string> = {
    firstYear: s.firstYear,
    yearCount: s.yearCount,
    areas: s.areasHeading,
    colourRed: s.colourRed,
    colourYellow: s.colourYellow,
    colourGreen: s.colourGreen,
    legendAmbition: s.legendAmbition,
    legendGoals: s.legendGoals,
    municipality: s.municipality,
    committee: s.committee,
  };
  const messages: Partial<Record<SettingsField, string>> = {};
  for (const [field, problem] of Object.entries(problems.fields) as [SettingsField, FieldProblem][])
    messages[field] = problemMessage(problem, names[field], t, lang);
  const areaMessages = new Map<number, string>();
  draft.areas.forEach((a, i) => {
    const refused = areas.refused?.key === a.key ? areas.refused.problem : null;
    const problem = refused ?? problems.areas.get(a.key);
    if (problem)
      areaMessages.set(a.key, problemMessage(problem, s.areaLabel(i + 1), t, lang, true));
  });
  const newAreaMessage = areas.newAreaProblem
    ? problemMessage(areas.newAreaProblem, s.newArea, t, lang, true)
    : undefined;
  return { problems, messages, areaMessages, newAreaMessage };
}

/** Saving the draft, reverting it, and filling it from a preset. */
function useSaving(props: SettingsViewProps, state: Draft, valid: boolean) {
  const { t } = useLocale();
  const { draft, settings, edit, setHeld } = state;
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<SaveStatus>(null);
  const [presetNote, setPresetNote] = useState<string | null>(null);

  const save = () => {
    if (saving) return;
    if (!valid) return setStatus("fixFirst");
    setSaving(true);
    setStatus(null);
    void props.onSave(settingsOfDraft(draft, settings), areaRenames(draft)).then((error) => {
      setSaving(false);
      // A refused save names the other change; the form then shows the plan as stored, as it says.
      const conflict = error?.error instanceof WorkbookError && error.error.reason === "conflict";
      if (error === null || conflict) {
        setHeld(null);
        setPresetNote(null);
      }
      if (error === null) setStatus("saved");
    });
  };
  const revert = () => {
    setHeld(null);
    setStatus(null);
    setPresetNote(null);
  };
  const applyPreset = (id: PresetId) => {
    edit((d) => draftFromPreset(d, PRESETS[id]));
    setStatus(null);
    setPresetNote(t.settings.presetFilled(t.settings.presetNames[id]));
  };
  return { saving, status, setStatus, presetNote, save, revert, applyPreset };
}

export function useSettingsView(props: SettingsViewProps): SettingsViewState {
  const state = useDraft(props);
  const { draft, settings, edit } = state;
  const areas = useAreaEdits(props, state);
  const shown = useMessages(draft, settings.areas, areas);
  const saving = useSaving(props, state, !hasProblems(shown.problems));
  const { setStatus } = saving;
  const changed = (change: (d: SettingsDraft) => SettingsDraft) => {
    setStatus(null);
    edit(change);
  };
  const first = wholeNumberIn(draft.firstYear, FIRST_YEAR_MIN, FIRST_YEAR_MAX);
  const period =
    "value" in first && shown.messages.yearCount === undefined
      ? { first: first.value, last: first.value + Number(draft.yearCount.trim()) - 1 }
      : null;
  return {
    draft,
    dirty: state.dirty,
    saving: saving.saving,
    status: saving.status,
    period,
    units: OFFERED_UNITS.includes(settings.unit)
      ? OFFERED_UNITS
      : [...OFFERED_UNITS, settings.unit],
    messages: shown.messages,
    areaMessages: shown.areaMessages,
    newArea: areas.newArea,
    newAreaMessage: shown.newAreaMessage,
    presetNote: saving.presetNote,
    setYearText: (field, text) => changed((d) => ({ ...d, [field]: text })),
    setText: (field, text) => changed((d) => withText(d, field, text)),
    setUnit: (unit) => changed((d) => ({ ...d, unit })),
    setNewArea: areas.setNewArea,
    addArea: areas.addArea,
    renameArea: (entry, name) => {
      setStatus(null);
      areas.renameArea(entry, name);
    },
    moveArea: areas.moveArea,
    removeArea: areas.removeArea,
    applyPreset: saving.applyPreset,
    save: saving.save,
    revert: saving.revert,
  };
}
