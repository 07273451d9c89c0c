/** @jest-environment jsdom */
/**
 * The measures list: amounts per plan year, colour chips with word and meaning, formula cells,
 * read-only rows, sorting and filtering, duplicating, and deleting with undo.
 */
import "@testing-library/jest-dom";
import { waitFor } from "@testing-library/react";
import { BrowserWorkbook } from "../../../../src/adapters/browser/browserWorkbook";
import {
  FakePort,
  cardOf,
  cardTitles,
  findCard,
  flat,
  renderApp,
  renderBrowser,
  screen,
  within,
} from "../../../support/renderPane";

// Generous: under a full parallel run on two cores a rendered pane can take several times longer.
jest.setTimeout(90_000);

const titles = cardTitles;
/** The chip of a column in a card: the badge around the word. */
const chip = (card: HTMLElement, word: string, index = 0) =>
  within(card).getAllByText(word)[index]!.closest(".fui-Badge") as HTMLElement;

describe("measures list", () => {
  it("lists every measure with its area, amount per plan year and the start of its consequences", async () => {
    renderBrowser();
    const card = await findCard(/Vakanshålla 24 platser i särskilt boende/);
    expect(within(card).getByText("Åtgärd 1")).toBeInTheDocument();
    expect(within(card).getByText("Äldreomsorg")).toBeInTheDocument();
    const amounts = within(card).getAllByRole("definition");
    expect(amounts.map((d) => flat(d.textContent))).toEqual([
      "14 000 tkr",
      "14 000 tkr",
      "14 000 tkr",
    ]);
    expect(
      within(card)
        .getAllByRole("term")
        .map((d) => flat(d.textContent))
    ).toEqual(["2026", "2027", "2028"]);
    expect(within(card).getByText("Frigjorda medel")).toBeInTheDocument();
    // The consequence text is cut at a word, with an ellipsis.
    const consequence = within(card).getByText(/^Ett boende med 24 platser står tomt/);
    expect(consequence.textContent!.endsWith("…")).toBe(true);
    expect(consequence.textContent!.length).toBeLessThan(150);

    // A blank amount is shown as a dash; a proposal's amount is a need.
    const housing = cardOf(/Avbryta planeringen av två boenden/);
    expect(
      within(housing)
        .getAllByRole("definition")
        .map((d) => flat(d.textContent))
    ).toEqual(["–", "5 000 tkr", "5 000 tkr"]);
    const children = cardOf(/satsa oss ur” barn och unga/);
    expect(within(children).getByText("Utvecklingsförslag 1")).toBeInTheDocument();
    expect(within(children).getByText("Behov")).toBeInTheDocument();
    expect(within(children).queryByText("Frigjorda medel")).not.toBeInTheDocument();
    expect(titles()).toHaveLength(9);
    expect(screen.getByText("Visar 9 av 9")).toBeInTheDocument();
  });

  it("shows each colour with its word and its meaning, never by colour alone", async () => {
    const { user } = renderBrowser();
    const card = await findCard(/Vakanshålla 24 platser/);
    const ambition = chip(card, "RÖD", 0);
    const goals = chip(card, "RÖD", 1);
    expect(ambition).toHaveTextContent("RÖD: Sänker ambitionsnivån");
    expect(goals).toHaveTextContent("RÖD: Påverkar målen negativt");
    expect(ambition).toHaveAttribute("data-colour", "red");

    await user.hover(ambition);
    expect(await screen.findByRole("tooltip")).toHaveTextContent("Sänker ambitionsnivån");
    await user.unhover(ambition);

    const vacantPost = cardOf(/Hålla en chefstjänst/);
    expect(chip(vacantPost, "GUL", 0)).toHaveTextContent("GUL: Oförändrad ambitionsnivå");
    expect(chip(vacantPost, "GUL", 1)).toHaveTextContent("GUL: Ingen påverkan på målen");
    const proposal = cardOf(/satsa oss ur” barn och unga/);
    expect(chip(proposal, "GRÖN", 0)).toHaveTextContent("GRÖN: Höjer ambitionsnivån");
    expect(chip(proposal, "GRÖN", 1)).toHaveTextContent("GRÖN: Påverkar målen positivt");
    // Measure 3 is not judged yet, as on paper.
    const homeCare = cardOf(/Sänka kostnaderna i ordinärt boende/);
    expect(within(homeCare).getAllByText("Ej bedömd")).toHaveLength(2);
    expect(chip(homeCare, "Ej bedömd")).toHaveAttribute("data-colour", "none");

    // The legend under the list explains both columns.
    const legend = screen.getByRole("region", { name: "Förklaring" });
    expect(legend).toHaveTextContent(/Ändrad ambitionsnivå: RÖD = förslaget sänker ambitionsnivån/);
    expect(legend).toHaveTextContent(/Påverkan mål\/målvärden: RÖD = målen påverkas negativt/);
  });

  it("uses the colour words of the settings", async () => {
    const port = FakePort.withReference();
    port.settings = {
      ...port.settings,
      colourLabels: { red: "Röd", yellow: "Gul", green: "Grön" },
    };
    renderApp(port);
    const card = await findCard(/Vakanshålla 24 platser/);
    expect(chip(card, "Röd")).toHaveTextContent("Röd: Sänker ambitionsnivån");
  });

  it("marks a formula cell with an icon and the tooltip “Formel i bladet”", async () => {
    const port = FakePort.withReference();
    port.stored = port.stored.map((s) =>
      s.measure.id === "ref-atgard-3" ? { ...s, formulas: ["effect:2027", "title"] } : s
    );
    const { user } = renderApp(port);
    const card = await findCard(/Sänka kostnaderna i ordinärt boende/);
    const marks = within(card).getAllByRole("img", { name: "Formel i bladet" });
    expect(marks).toHaveLength(2);
    // The mark for 2027 sits beside that year's amount.
    expect(within(card).getAllByRole("definition")[1]).toContainElement(marks[1]!);
    await user.hover(marks[1]!);
    expect(await screen.findByRole("tooltip")).toHaveTextContent("Formel i bladet");
    expect(
      within(cardOf(/Vakanshålla 24 platser/)).queryByRole("img", { name: "Formel i bladet" })
    ).not.toBeInTheDocument();
  });

  it("shows a row that could not be read as read-only, with its problem", async () => {
    const port = FakePort.withReference();
    port.stored = port.stored.map((s) =>
      s.measure.id === "ref-atgard-2" ? { ...s, writable: false, row: 3 } : s
    );
    port.problems = [
      { code: "notANumber", params: { row: 3, column: "Effekt 2027 (tkr)", text: "fem miljoner" } },
    ];
    renderApp(port);
    const card = await findCard(/Avbryta planeringen av två boenden/);
    expect(
      within(card).getAllByText("Raden kunde inte läsas och ändras inte härifrån")
    ).not.toHaveLength(0);
    expect(
      within(card).getByText(
        /Rad 3: ”fem miljoner” i kolumnen ”Effekt 2027 \(tkr\)” är inte ett tal/
      )
    ).toBeInTheDocument();
    expect(within(card).queryByRole("button")).not.toBeInTheDocument();
    // Other rows keep their actions; the problem is also listed at the top.
    expect(
      within(cardOf(/Vakanshålla 24 platser/)).getByRole("button", { name: /^Redigera/ })
    ).toBeInTheDocument();
    expect(screen.getByText("1 problem när planen lästes")).toBeInTheDocument();
  });

  it("sorts by title and amount, and filters by area, kind and colour", async () => {
    const { user } = renderBrowser();
    await findCard(/Vakanshålla 24 platser/);
    expect(titles()[0]).toMatch(/^Åtgärd 1 /);
    const toggle = screen.getByRole("button", { name: "Sortera och filtrera" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");

    await user.selectOptions(
      await screen.findByRole("combobox", { name: "Sortera efter" }),
      "Rubrik"
    );
    expect(titles()[0]).toMatch(/Avbryta planeringen/);
    expect(titles()[8]).toMatch(/Vakanshålla/);

    await user.selectOptions(
      screen.getByRole("combobox", { name: "Sortera efter" }),
      "Belopp (hela perioden)"
    );
    await user.selectOptions(screen.getByRole("combobox", { name: "Ordning" }), "Fallande");
    expect(titles()[0]).toMatch(/Sänka kostnaderna i ordinärt boende/); // 105 000
    expect(titles()[1]).toMatch(/Vakanshålla/); // 42 000

    await user.selectOptions(
      screen.getByRole("combobox", { name: "Verksamhetsområde" }),
      "Äldreomsorg"
    );
    expect(titles()).toHaveLength(3);
    expect(screen.getByText("Visar 3 av 3")).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Sortera och filtrera (filter på)" })
    ).toBeInTheDocument();

    await user.selectOptions(screen.getByRole("combobox", { name: "Typ" }), "Utvecklingsförslag");
    expect(titles()).toEqual(["Utvecklingsförslag 3 Utvecklingsplan ”satsa oss ur” äldreomsorg"]);

    await user.click(screen.getByRole("button", { name: "Visa alla" }));
    expect(titles()).toHaveLength(9);
    await user.selectOptions(screen.getByRole("combobox", { name: "Färg" }), "Ambitionsnivå: RÖD");
    expect(titles().map((t) => t.replace(/:.*$/, ""))).toEqual([
      "Åtgärd 1 Vakanshålla 24 platser i särskilt boende",
      "Åtgärd 2 Avbryta planeringen av två boenden",
    ]);
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Färg" }),
      "Någon färg ej bedömd"
    );
    expect(titles()).toEqual(["Åtgärd 3 Sänka kostnaderna i ordinärt boende för äldre"]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Färg" }), "Mål: GRÖN");
    expect(titles()).toHaveLength(5);
    await user.selectOptions(screen.getByRole("combobox", { name: "Typ" }), "Åtgärder");
    expect(titles()).toEqual(["Åtgärd 5 Färre placeringar till förmån för insatser på hemmaplan"]);
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Verksamhetsområde" }),
      "Äldreomsorg"
    );
    expect(screen.getByText("Inget matchar filtret.")).toBeInTheDocument();
  });

  it("duplicates a measure as the next number of its kind", async () => {
    const { user, storage } = renderBrowser();
    const card = await findCard(/Vakanshålla 24 platser/);
    await user.click(within(card).getByRole("button", { name: /^Kopiera Vakanshålla/ }));
    const copy = await findCard(/Vakanshålla 24 platser i särskilt boende \(kopia\)/);
    expect(within(copy).getByText("Åtgärd 6")).toBeInTheDocument();
    expect(chip(copy, "RÖD")).toHaveTextContent("RÖD: Sänker ambitionsnivån");
    const stored = (await new BrowserWorkbook(storage, { events: null }).load()).measures;
    expect(stored).toHaveLength(10);
    expect(stored[9]!.measure.id).not.toBe("ref-atgard-1");
  });

  it("deletes a measure, takes it out of the scenario, and undoes both", async () => {
    const { user, storage } = renderBrowser();
    const card = await findCard(/Vakanshålla 24 platser/);
    await user.click(within(card).getByRole("button", { name: /^Ta bort Vakanshålla/ }));
    const status = await screen.findByText("”Vakanshålla 24 platser i särskilt boende” togs bort.");
    // The deleted card took the focus with it; it moves to Ångra.
    expect(
      within(status.closest(".fui-MessageBar") as HTMLElement).getByRole("button", {
        name: "Ångra",
      })
    ).toHaveFocus();
    await waitFor(() =>
      expect(screen.queryByRole("heading", { name: /Vakanshålla/ })).not.toBeInTheDocument()
    );
    const load = () => new BrowserWorkbook(storage, { events: null }).load();
    await waitFor(async () =>
      expect((await load()).scenarios[0]!.included).not.toContain("ref-atgard-1")
    );
    expect((await load()).measures).toHaveLength(8);

    await user.click(
      within(status.closest(".fui-MessageBar") as HTMLElement).getByRole("button", {
        name: "Ångra",
      })
    );
    const back = await findCard(/Vakanshålla 24 platser/);
    expect(within(back).getByText("Åtgärd 1")).toBeInTheDocument();
    expect(screen.queryByText(/togs bort/)).not.toBeInTheDocument();
    await waitFor(async () =>
      expect((await load()).scenarios[0]!.included).toContain("ref-atgard-1")
    );
    const restored = (await load()).measures.find((m) => m.measure.id === "ref-atgard-1")!.measure;
    expect(restored.effects[2026]!.eq(14_000)).toBe(true);
    expect(restored.consequence).toMatch(/^Ett boende med 24 platser/);

    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    expect(await screen.findByText("Överskott 1 100 tkr")).toBeInTheDocument();
  });

  it("lets the undo message be closed", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    const card = await findCard(/Hålla en chefstjänst/);
    await user.click(within(card).getByRole("button", { name: /^Ta bort/ }));
    const status = await screen.findByText(
      "”Hålla en chefstjänst i administrationen vakant” togs bort."
    );
    await user.click(
      within(status.closest(".fui-MessageBar") as HTMLElement).getByRole("button", {
        name: "Stäng",
      })
    );
    expect(screen.queryByText(/togs bort/)).not.toBeInTheDocument();
    expect(port.deleteMeasure).toHaveBeenCalledWith("ref-atgard-4");
    expect(port.addMeasure).not.toHaveBeenCalled();
  });

  it("shows the first hundred of many measures and more on request", async () => {
    const port = FakePort.withReference();
    const base = port.stored[0]!;
    port.stored = Array.from({ length: 130 }, (_, i) => ({
      ...base,
      row: i + 2,
      measure: { ...base.measure, id: `m-${i}`, nr: i + 1, title: `Åtgärd nummer ${i + 1}` },
    }));
    const { user } = renderApp(port);
    await findCard("Åtgärd 1 Åtgärd nummer 1");
    expect(titles()).toHaveLength(100);
    expect(screen.getByText("Visar 100 av 130")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Visa fler (30 till)" }));
    expect(titles()).toHaveLength(130);
    expect(screen.queryByRole("button", { name: /Visa fler/ })).not.toBeInTheDocument();
  });
});
