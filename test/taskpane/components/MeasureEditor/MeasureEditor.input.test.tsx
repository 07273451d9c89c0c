/** @jest-environment jsdom */
/**
 * Honest input in the measure editor (issue 9, items 7 and 8): an ambiguous "1.500" asks, an
 * amount finer than one krona is refused naming its field, a text longer than one Excel cell
 * holds is refused with its count; in each case nothing is saved, and nothing is cut.
 */
import "@testing-library/jest-dom";
import { waitFor } from "@testing-library/react";
import { dec } from "../../../../src/budget/money";
import { FakePort, findCard, renderApp, screen, within } from "../../../support/renderPane";

jest.setTimeout(30_000);

type User = ReturnType<typeof renderApp>["user"];

const plain = (text: string | null | undefined) => (text ?? "").replace(/[\s\u00a0]+/g, " ");

async function openEdit(user: User, title: RegExp) {
  const card = await findCard(title);
  await user.click(within(card).getByRole("button", { name: /^Redigera/ }));
  return screen.findByRole("dialog");
}

async function typeAmount(user: User, dialog: HTMLElement, year: number, text: string) {
  const field = within(dialog).getByRole("textbox", { name: `${year} (tkr)` });
  await user.clear(field);
  await user.type(field, text);
}

const save = (user: User, dialog: HTMLElement) =>
  user.click(within(dialog).getByRole("button", { name: "Spara" }));

describe("the measure editor", () => {
  it('asks what "1.500" means and saves only once the number is unambiguous', async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    const dialog = await openEdit(user, /Vakanshålla 24 platser/);
    await typeAmount(user, dialog, 2027, "1.500");
    await save(user, dialog);
    expect(plain(within(dialog).getByText(/Menar du/).textContent)).toBe(
      "Effekt 2027: Menar du 1 500 eller 1,5? Skriv 1500 eller 1,5."
    );
    expect(port.updateMeasure).not.toHaveBeenCalled();

    await typeAmount(user, dialog, 2027, "1,5");
    await save(user, dialog);
    await waitFor(() => expect(port.updateMeasure).toHaveBeenCalledTimes(1));
    const [, patch] = port.updateMeasure.mock.calls[0]!;
    expect(patch.effects![2027]!.eq(dec("1.5"))).toBe(true);
  });

  it("asks at once, while the user types, before any try to save", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    const dialog = await openEdit(user, /Vakanshålla 24 platser/);
    await typeAmount(user, dialog, 2028, "12.000");
    expect(plain(within(dialog).getByText(/Menar du/).textContent)).toBe(
      "Effekt 2028: Menar du 12 000 eller 12? Skriv 12000 eller 12."
    );
    // An unfinished amount is not marked until the user tries to save.
    await typeAmount(user, dialog, 2027, "abc");
    expect(within(dialog).queryByText(/Skriv ett belopp i tkr/)).not.toBeInTheDocument();
    await typeAmount(user, dialog, 2028, "12000");
    expect(within(dialog).queryByText(/Menar du/)).not.toBeInTheDocument();
  });

  it('asks about "1.500,5" too, with its one reading', async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    const dialog = await openEdit(user, /Vakanshålla 24 platser/);
    await typeAmount(user, dialog, 2026, "1.500,5");
    await save(user, dialog);
    expect(plain(within(dialog).getByText(/Menar du/).textContent)).toBe(
      "Effekt 2026: Menar du 1 500,5? Skriv 1500,5, utan punkt."
    );
    expect(port.updateMeasure).not.toHaveBeenCalled();
  });

  it('refuses "0,0005" naming the field, and saves nothing', async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    const dialog = await openEdit(user, /Vakanshålla 24 platser/);
    await typeAmount(user, dialog, 2027, "0,0005");
    await save(user, dialog);
    expect(plain(within(dialog).getByText(/mindre än en krona/).textContent)).toMatch(
      /^Effekt 2027: 0,0005 tkr är mindre än en krona/
    );
    expect(port.updateMeasure).not.toHaveBeenCalled();
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });

  it("refuses a 40 000-character consequence with the count, never cutting it, and saves nothing", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    const dialog = await openEdit(user, /Vakanshålla 24 platser/);
    const consequence = within(dialog).getByRole("textbox", { name: /Konsekvensbeskrivning/ });
    await user.clear(consequence);
    await user.click(consequence);
    await user.paste("a".repeat(40_000));
    await save(user, dialog);
    expect(
      plain(within(dialog).getByText(/40 000 tecken/, { normalizer: plain }).textContent)
    ).toMatch(/^Konsekvensbeskrivning: 40 000 tecken, högst 32 767/);
    // The text stays whole in the field, for the user to shorten.
    expect((consequence as HTMLTextAreaElement).value).toHaveLength(40_000);
    expect(port.updateMeasure).not.toHaveBeenCalled();
  });

  it("saves a consequence of exactly 32 767 characters", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    const dialog = await openEdit(user, /Vakanshålla 24 platser/);
    const consequence = within(dialog).getByRole("textbox", { name: /Konsekvensbeskrivning/ });
    await user.clear(consequence);
    await user.click(consequence);
    await user.paste("b".repeat(32_767));
    await save(user, dialog);
    await waitFor(() => expect(port.updateMeasure).toHaveBeenCalledTimes(1));
    expect(port.updateMeasure.mock.calls[0]![1].consequence).toHaveLength(32_767);
  });

  it("keeps an untouched amount finer than one krona (a formula's result) and saves another field", async () => {
    const port = FakePort.withReference();
    port.stored = port.stored.map((s) =>
      s.measure.id === "ref-atgard-1"
        ? {
            ...s,
            measure: { ...s.measure, effects: { ...s.measure.effects, 2026: dec("583.333333") } },
            formulas: ["effect:2026"],
          }
        : s
    );
    const { user } = renderApp(port);
    const dialog = await openEdit(user, /Vakanshålla 24 platser/);
    await user.click(within(dialog).getByRole("radio", { name: /^GRÖN – Höjer/ }));
    await save(user, dialog);
    await waitFor(() => expect(port.updateMeasure).toHaveBeenCalledTimes(1));
    expect(Object.keys(port.updateMeasure.mock.calls[0]![1])).toEqual(["ambition"]);
  });
});
