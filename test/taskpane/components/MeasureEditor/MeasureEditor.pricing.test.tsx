/** @jest-environment jsdom */
/**
 * A measure priced in the editor instead of typed (issue 10, item 6): a full-year effect from a
 * start date, or a volume change × a unit cost; the amounts per plan year are shown at once,
 * saved with the inputs that give them, and the inputs come back when the measure is edited.
 * Expected amounts follow the rule the brief states (a start on 1 July gives 6/12 of the year).
 */
import "@testing-library/jest-dom";
import { waitFor } from "@testing-library/react";
import { BrowserWorkbook } from "../../../../src/adapters/browser/browserWorkbook";
import { findCard, flat, renderBrowser, screen, within } from "../../../support/renderPane";

// Generous: under a full parallel run on two cores a rendered pane can take several times longer.
jest.setTimeout(90_000);

type User = ReturnType<typeof renderBrowser>["user"];

async function openNew(user: User) {
  await findCard(/Vakanshålla 24 platser/);
  await user.click(screen.getByRole("button", { name: "Ny åtgärd" }));
  const dialog = await screen.findByRole("dialog");
  await user.click(within(dialog).getByRole("textbox", { name: /Rubrik/ }));
  await user.paste("Färre externa placeringar");
  await user.click(within(dialog).getByRole("combobox", { name: /Verksamhetsområde/ }));
  await user.click(await screen.findByRole("option", { name: "Individ- och familjeomsorg" }));
  return dialog;
}

const shownAmounts = (dialog: HTMLElement) =>
  flat(within(dialog).getByText("Ger per år").parentElement?.textContent);

async function stored(storage: ReturnType<typeof renderBrowser>["storage"]) {
  const plan = await new BrowserWorkbook(storage, { events: null }).load();
  return plan.measures.find((m) => m.measure.title === "Färre externa placeringar")?.measure;
}

describe("pricing a measure in the editor", () => {
  it("takes a full-year effect from 1 July: 7 000, then 14 000 a year, and keeps its inputs", async () => {
    const { user, storage } = renderBrowser();
    const dialog = await openNew(user);
    await user.click(
      within(dialog).getByRole("radio", { name: "Helårseffekt från ett startdatum" })
    );
    // The typed year fields give way to the pricing's inputs.
    expect(within(dialog).queryByRole("textbox", { name: "2026 (tkr)" })).not.toBeInTheDocument();
    await user.type(
      within(dialog).getByRole("textbox", { name: /Helårseffekt \(tkr\)/ }),
      "14 000"
    );
    const start = within(dialog).getByLabelText(/Startdatum/);
    await user.clear(start);
    await user.type(start, "2026-07-01");
    expect(shownAmounts(dialog)).toContain("2026: 7 000 · 2027: 14 000 · 2028: 14 000 tkr");

    await user.click(within(dialog).getByRole("button", { name: "Spara" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    const measure = await stored(storage);
    expect([2026, 2027, 2028].map((y) => measure?.effects[y]?.toString())).toEqual([
      "7000",
      "14000",
      "14000",
    ]);
    expect(measure?.pricing).toMatchObject({ kind: "phased", start: "2026-07-01" });

    const card = await findCard(/Färre externa placeringar/);
    await user.click(within(card).getByRole("button", { name: /^Redigera/ }));
    const again = await screen.findByRole("dialog");
    expect(
      within(again).getByRole("radio", { name: "Helårseffekt från ett startdatum" })
    ).toBeChecked();
    expect(
      flat(
        (within(again).getByRole("textbox", { name: /Helårseffekt \(tkr\)/ }) as HTMLInputElement)
          .value
      )
    ).toBe("14 000");
  });

  it("takes two fewer placements at 1 500 tkr a year from 2027: 0, 3 000, 3 000", async () => {
    const { user, storage } = renderBrowser();
    const dialog = await openNew(user);
    await user.click(within(dialog).getByRole("radio", { name: "Volym × kostnad per enhet" }));
    await user.type(within(dialog).getByRole("textbox", { name: /Förändring i volym/ }), "−2");
    await user.type(within(dialog).getByRole("textbox", { name: /Kostnad per enhet/ }), "1 500");
    await user.selectOptions(
      within(dialog).getByRole("combobox", { name: /Från och med år/ }),
      "2027"
    );
    expect(shownAmounts(dialog)).toContain("2026: 0 · 2027: 3 000 · 2028: 3 000 tkr");
    await user.click(within(dialog).getByRole("button", { name: "Spara" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    const measure = await stored(storage);
    expect(measure?.effects[2027]?.toString()).toBe("3000");
    expect(measure?.pricing).toMatchObject({ kind: "volume", fromYear: 2027 });
  });

  it("says at the field what is missing or wrong, and saves nothing", async () => {
    const { user, storage } = renderBrowser();
    const dialog = await openNew(user);
    await user.click(
      within(dialog).getByRole("radio", { name: "Helårseffekt från ett startdatum" })
    );
    await user.type(within(dialog).getByRole("textbox", { name: /Infasning/ }), "0,5; hälften");
    await user.click(within(dialog).getByRole("button", { name: "Spara" }));
    expect(within(dialog).getByText("Fyll i ett belopp.")).toBeInTheDocument();
    expect(
      within(dialog).getByText("”hälften” är ingen faktor. Skriv tal åtskilda med semikolon.")
    ).toBeInTheDocument();
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(await stored(storage)).toBeUndefined();
  });
});
