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
import { readPricing } from "../../../../src/taskpane/components/MeasureEditor/pricingDraft";

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

describe("resultOf with a pricing", () => {
  it("sends the pricing with every year's amount when a typed measure becomes priced, and drops it back", () => {
    const draft = draftOf(original, years, "sv", false);
    const phased = {
      ...draft,
      pricing: {
        ...draft.pricing,
        mode: "phased" as const,
        annualEffect: "12 000",
        start: `${first}-04-01`,
      },
    };
    const priced = readPricing(phased.pricing, DEFAULT_SETTINGS, "measure", t, "sv");
    // From 1 April: nine months of twelve, 9 000 tkr; then the full 12 000.
    expect(priced.effects?.[first]?.toString()).toBe("9000");
    const result = resultOf(
      edit,
      original,
      phased,
      validate(phased, years, t, "sv", original, priced),
      years,
      null
    );
    const patch = result?.mode === "edit" ? result.patch : null;
    expect(patch?.pricing).toMatchObject({ kind: "phased", start: `${first}-04-01` });
    expect(Object.keys(patch?.effects ?? {}).map(Number)).toEqual([...years]);

    const pricedOriginal = { ...original, pricing: priced.pricing, effects: priced.effects! };
    const typed = draftOf(pricedOriginal, years, "sv", false);
    expect(typed.pricing.mode).toBe("phased");
    const back = { ...typed, pricing: { ...typed.pricing, mode: "typed" as const } };
    const none = readPricing(back.pricing, DEFAULT_SETTINGS, "measure", t, "sv");
    const undo = resultOf(
      edit,
      pricedOriginal,
      back,
      validate(back, years, t, "sv", pricedOriginal, none),
      years,
      null
    );
    expect(undo?.mode === "edit" && undo.patch.pricing).toBeNull();
  });
});
