/** The editor's rules without React: validation, and what a save sends. */
import { dec } from "../../../../src/budget/money";
import { textsFor } from "../../../../src/i18n/texts";
import { DEFAULT_SETTINGS, planYears } from "../../../../src/plan/model";
import { createMeasure } from "../../../../src/plan/measureEdits";
import {
  draftOf,
  headingOf,
  resultOf,
  validate,
} from "../../../../src/taskpane/components/MeasureEditor/editorDraft";

const t = textsFor("sv");
const years = planYears(DEFAULT_SETTINGS);
const [first = 0, second = 0] = years;
const original = createMeasure("measure", [], DEFAULT_SETTINGS, {
  title: "Vakanshålla",
  effects: { [first]: dec(14_000) },
});
const edit = { mode: "edit", id: original.id } as const;

describe("validate", () => {
  it("names every field that is wrong", () => {
    const draft = { ...draftOf(original, years, "sv", false), nr: "0", title: " " };
    const valid = validate({ ...draft, effects: { [first]: "abc" } }, years, t, "sv");
    expect(valid.ok).toBe(false);
    expect(valid.errors.nr).toBe(t.editor.nrInvalid);
    expect(valid.errors.title).toBe(t.editor.titleRequired);
    expect(valid.errors.effects[first]).toBe(t.editor.notANumber);
  });
});

describe("resultOf", () => {
  it("sends only the changed fields of an edited measure", () => {
    const draft = draftOf(original, years, "sv", false);
    const changed = { ...draft, effects: { ...draft.effects, [second]: "500" } };
    const result = resultOf(
      edit,
      original,
      changed,
      validate(changed, years, t, "sv"),
      years,
      null
    );
    expect(result?.mode).toBe("edit");
    const patch = result?.mode === "edit" ? result.patch : null;
    expect(Object.keys(patch ?? {})).toEqual(["effects"]);
    expect(Object.keys(patch?.effects ?? {})).toEqual([String(second)]);
  });

  it("sends nothing when an edit changed nothing", () => {
    const draft = draftOf(original, years, "sv", false);
    expect(
      resultOf(edit, original, draft, validate(draft, years, t, "sv"), years, null)
    ).toBeNull();
  });
});

describe("headingOf", () => {
  it("follows the chosen kind of a new item, and the stored kind of an edited one", () => {
    const proposal = { ...draftOf(original, years, "sv", false), kind: "proposal" as const };
    expect(headingOf(true, proposal, original, t)).toBe(t.editor.newProposal);
    expect(headingOf(false, proposal, original, t)).toBe(t.editor.editMeasure);
  });
});
