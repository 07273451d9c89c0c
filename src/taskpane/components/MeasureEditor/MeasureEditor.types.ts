import type { FormEvent } from "react";
import type {
  Ambition,
  GoalEffect,
  Measure,
  MeasureKind,
  PlanSettings,
  Scenario,
} from "../../../plan/model";
import type { MeasureField, MeasurePatch, PlanSnapshot } from "../../../port/workbookPort";
import type { PaneError } from "../../hooks/usePlan";
import type { PricingDraft, PricingErrors, ReadPricing } from "./pricingDraft";

export type EditorTarget =
  | { readonly mode: "new"; readonly kind: MeasureKind }
  | { readonly mode: "edit"; readonly id: string };

/** What the editor asks to be saved: a whole new measure, or only the changed fields of one. */
export type EditorResult =
  | { readonly mode: "new"; readonly measure: Measure; readonly includeIn: string | null }
  | { readonly mode: "edit"; readonly id: string; readonly patch: MeasurePatch };

export interface MeasureEditorProps {
  readonly target: EditorTarget;
  readonly snapshot: PlanSnapshot;
  /** The scenario a new measure may be included in at once (the one chosen under Scenarier). */
  readonly scenario: Scenario | null;
  /** Saves; resolves to the error when the workbook refused (the dialog then stays open). */
  readonly onSave: (result: EditorResult) => Promise<PaneError | null>;
  readonly onClose: () => void;
}

/** The fields as typed. */
export interface EditorDraft {
  readonly nr: string;
  readonly kind: MeasureKind;
  readonly area: string;
  readonly title: string;
  /** Amount text per plan year. */
  readonly effects: Readonly<Record<number, string>>;
  readonly ambition: Ambition | null;
  readonly goals: GoalEffect | null;
  readonly consequence: string;
  /** For a new measure: include it in the chosen scenario. */
  readonly include: boolean;
  /** How the amounts are reached: typed per year (`effects`), or priced. */
  readonly pricing: PricingDraft;
}

export interface EditorErrors {
  readonly nr?: string;
  readonly area?: string;
  readonly title?: string;
  /** A consequence text longer than one Excel cell holds. */
  readonly consequence?: string;
  readonly effects: Readonly<Record<number, string>>;
  readonly pricing: PricingErrors;
}

export interface MeasureEditorState {
  readonly props: MeasureEditorProps;
  readonly heading: string;
  readonly isNew: boolean;
  readonly settings: PlanSettings;
  readonly years: readonly number[];
  readonly areas: readonly string[];
  readonly draft: EditorDraft;
  /** Shown once the user has tried to save. */
  readonly errors: EditorErrors;
  readonly hasErrors: boolean;
  readonly showErrors: boolean;
  /**
   * A field's error message once the user has tried to save, undefined before; an ambiguous or
   * too fine amount and a text over the cell limit at once.
   */
  readonly shown: (message: string | undefined) => string | undefined;
  /** The hint under a field: that its cell holds a formula, else `normal`. */
  readonly hint: (field: MeasureField, normal?: string) => string | undefined;
  readonly saving: boolean;
  readonly saveError: PaneError | null;
  readonly set: <K extends keyof EditorDraft>(key: K, value: EditorDraft[K]) => void;
  readonly setEffect: (year: number, text: string) => void;
  readonly setPricing: (patch: Partial<PricingDraft>) => void;
  /** The pricing as read, with the amounts per plan year it gives. */
  readonly priced: ReadPricing;
  readonly submit: (event: FormEvent) => void;
}
