/**
 * The editor's rules, without React: the fields of a measure as text, their validation, and what
 * saving sends. Editing an existing measure sends ONLY the fields whose value changed (a
 * MeasurePatch), so a formula in a field the user did not touch stays in the sheet.
 */
import type { Decimal } from "../../../budget/money";
import type { Language } from "../../../i18n/language";
import type { Texts } from "../../../i18n/texts";
import type { Measure, Scenario } from "../../../plan/model";
import { samePricing, type MeasurePricing } from "../../../plan/pricing";
import type { MeasurePatch } from "../../../port/workbookPort";
import { formatAmountInput, readAmountField } from "../../format";
import { amountMessage, textLengthMessage } from "../../inputMessages";
import type { EditorDraft, EditorErrors, EditorResult, EditorTarget } from "./MeasureEditor.types";
import { pricingDraftOf, type ReadPricing } from "./pricingDraft";

/** The fields of a measure as the user sees them. */
export function draftOf(
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
    pricing: pricingDraftOf(m.pricing, years[0] ?? new Date().getFullYear(), lang),
  };
}

export interface Validated {
  readonly errors: EditorErrors;
  readonly ok: boolean;
  readonly nr: number;
  readonly effects: Readonly<Record<number, Decimal | null>>;
  /** The pricing that gives `effects`; null for typed amounts. */
  readonly pricing: MeasurePricing | null;
  /**
   * Messages shown at once, before the user tries to save: an ambiguous or too fine amount and a
   * text longer than a cell are not unfinished input, and the user should know while typing.
   */
  readonly atOnce: ReadonlySet<string>;
}

export function validate(
  draft: EditorDraft,
  years: readonly number[],
  t: Texts,
  lang: Language,
  original?: Measure,
  priced?: ReadPricing
): Validated {
  const effectErrors: Record<number, string> = {};
  const effects: Record<number, Decimal | null> = {};
  const atOnce = new Set<string>();
  const byPricing = draft.pricing.mode !== "typed" && priced !== undefined;
  // A priced measure's amounts are what its pricing gives; the typed fields are not in use.
  if (byPricing) for (const y of years) effects[y] = priced.effects?.[y] ?? null;
  for (const y of byPricing ? [] : years) {
    const parsed = readAmountField(draft.effects[y] ?? "", lang, original?.effects[y]);
    const message = amountMessage(parsed, t.input.effectField(y), t.editor.notANumber, t, lang);
    if (parsed.ok) effects[y] = parsed.value;
    else if (message !== null) effectErrors[y] = message;
    if (!parsed.ok && parsed.reason !== "notANumber" && message !== null) atOnce.add(message);
  }
  const nrText = draft.nr.trim();
  const nr = /^\d+$/.test(nrText) ? Number(nrText) : NaN;
  const tooLong = (text: string, field: string) => {
    const message = textLengthMessage(text, field, t, lang);
    if (message !== null) atOnce.add(message);
    return message;
  };
  const area =
    draft.area.trim() === "" ? t.editor.areaRequired : tooLong(draft.area, t.editor.area);
  const title =
    draft.title.trim() === "" ? t.editor.titleRequired : tooLong(draft.title, t.editor.title);
  const consequence = tooLong(draft.consequence, t.editor.consequence);
  const errors: EditorErrors = {
    ...(Number.isSafeInteger(nr) && nr > 0 ? {} : { nr: t.editor.nrInvalid }),
    ...(area !== null ? { area } : {}),
    ...(title !== null ? { title } : {}),
    ...(consequence !== null ? { consequence } : {}),
    effects: effectErrors,
    pricing: byPricing ? priced.errors : {},
  };
  const ok =
    (!byPricing || priced.ok) &&
    !errors.nr &&
    !errors.area &&
    !errors.title &&
    !errors.consequence &&
    Object.keys(effectErrors).length === 0;
  return { errors, ok, nr, effects, pricing: byPricing ? priced.pricing : null, atOnce };
}

const sameAmount = (a: Decimal | null | undefined, b: Decimal | null | undefined) =>
  a === null || a === undefined
    ? b === null || b === undefined
    : b !== null && b !== undefined && a.eq(b);

/** Only the fields whose value differs from the original. */
function patchOf(
  original: Measure,
  draft: EditorDraft,
  valid: Validated,
  years: readonly number[]
): MeasurePatch {
  const effects: Record<number, Decimal | null> = {};
  // A new or removed pricing is sent with every year's amount (MeasurePatch.pricing).
  const repriced = !samePricing(original.pricing, valid.pricing);
  for (const y of years) {
    const next = valid.effects[y] ?? null;
    if (repriced || !sameAmount(original.effects[y], next)) effects[y] = next;
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
    ...(repriced ? { pricing: valid.pricing } : {}),
  };
}

/**
 * What saving a valid draft sends: the whole new measure (included in the scenario when asked),
 * or the changed fields; null when an edit changed nothing.
 */
export function resultOf(
  target: EditorTarget,
  original: Measure,
  draft: EditorDraft,
  valid: Validated,
  years: readonly number[],
  scenario: Scenario | null
): EditorResult | null {
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
      ...(valid.pricing ? { pricing: valid.pricing } : {}),
    };
    return { mode: "new", measure, includeIn: draft.include && scenario ? scenario.id : null };
  }
  const patch = patchOf(original, draft, valid, years);
  return Object.keys(patch).length === 0 ? null : { mode: "edit", id: original.id, patch };
}

/** The dialog's title: new or edit, measure or proposal (a new item follows the chosen kind). */
export function headingOf(isNew: boolean, draft: EditorDraft, original: Measure, t: Texts): string {
  if (isNew) return draft.kind === "measure" ? t.editor.newMeasure : t.editor.newProposal;
  return original.kind === "measure" ? t.editor.editMeasure : t.editor.editProposal;
}
