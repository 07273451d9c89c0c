/** @jest-environment jsdom */
/**
 * The measure editor: adding a measure with colours and consequence text, validation, and saving
 * only what changed (so a formula in an untouched cell survives).
 */
import "@testing-library/jest-dom";
import { waitFor } from "@testing-library/react";
import { dec } from "../../../../src/budget/money";
import { balanceOf } from "../../../../src/plan/balance";
import { WorkbookError } from "../../../../src/port/workbookPort";
import { BrowserWorkbook } from "../../../../src/adapters/browser/browserWorkbook";
import {
  FakePort,
  findCard,
  flat,
  renderApp,
  renderBrowser,
  screen,
  within,
} from "../../../support/renderPane";

jest.setTimeout(30_000);

async function openNew(user: ReturnType<typeof renderApp>["user"], button = "Ny åtgärd") {
  await findCard(/Vakanshålla 24 platser/);
  await user.click(screen.getByRole("button", { name: button }));
  return screen.findByRole("dialog");
}

async function chooseArea(
  user: ReturnType<typeof renderApp>["user"],
  dialog: HTMLElement,
  area: string
) {
  await user.click(within(dialog).getByRole("combobox", { name: /Verksamhetsområde/ }));
  await user.click(await screen.findByRole("option", { name: area }));
}

/** Types a long text the quick way (one input event), as pasting does. */
async function fill(user: ReturnType<typeof renderApp>["user"], input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

function result(year: number): string {
  const item = screen.getByText(`Resultat ${year}`).closest("li")!;
  return flat(item.textContent?.replace(`Resultat ${year}`, ""));
}

describe("adding a measure", () => {
  it("adds a measure with colours and consequence text; the balance changes by exactly its amount", async () => {
    const { user, storage } = renderBrowser();
    const dialog = await openNew(user);
    expect(within(dialog).getByRole("heading", { name: "Ny åtgärd" })).toBeInTheDocument();
    // The next free number of its kind.
    expect(within(dialog).getByRole("textbox", { name: /Nr/ })).toHaveValue("6");

    await fill(
      user,
      within(dialog).getByRole("textbox", { name: /Rubrik/ }),
      "Samordna köpta platser för vuxna"
    );
    await chooseArea(user, dialog, "Personligt stöd och omsorg");
    await user.type(within(dialog).getByRole("textbox", { name: "2026 (tkr)" }), "2 345,5");
    await user.type(within(dialog).getByRole("textbox", { name: "2027 (tkr)" }), "3000");
    await user.click(within(dialog).getByRole("radio", { name: "RÖD – Sänker ambitionsnivån" }));
    await user.click(within(dialog).getByRole("radio", { name: "GUL – Ingen påverkan på målen" }));
    await fill(
      user,
      within(dialog).getByRole("textbox", { name: /Konsekvensbeskrivning/ }),
      "Färre externa placeringar; fler insatser i egen regi."
    );
    const include = within(dialog).getByRole("checkbox", {
      name: "Ta med i scenariot ”Budget i balans 2026”",
    });
    expect(include).toBeChecked();
    await user.click(within(dialog).getByRole("button", { name: "Spara" }));

    const card = await findCard(/Samordna köpta platser för vuxna/);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(within(card).getByText("Åtgärd 6")).toBeInTheDocument();
    expect(within(card).getByText("Personligt stöd och omsorg")).toBeInTheDocument();
    expect(
      within(card).getByText(/Färre externa placeringar; fler insatser i egen regi\./)
    ).toBeInTheDocument();
    // Shown rounded, half away from zero; stored exactly (below).
    expect(
      within(card)
        .getAllByRole("definition")
        .map((d) => flat(d.textContent))
    ).toEqual(["2 346 tkr", "3 000 tkr", "–"]);
    expect(within(card).getByText("RÖD")).toBeInTheDocument();
    expect(within(card).getByText("GUL")).toBeInTheDocument();

    // Stored exactly, and included in the scenario: the balance moves by exactly 2 345.5.
    const plan = await new BrowserWorkbook(storage, { events: null }).load();
    const added = plan.measures.find(
      (m) => m.measure.title === "Samordna köpta platser för vuxna"
    )!.measure;
    expect(added).toMatchObject({
      kind: "measure",
      nr: 6,
      ambition: "lowers",
      goals: "none",
      area: "Personligt stöd och omsorg",
    });
    expect(added.effects[2026]!.toString()).toBe("2345.5");
    expect(added.effects[2028]).toBeNull();
    const balance = balanceOf(
      plan.scenarios[0]!,
      plan.measures.map((m) => m.measure),
      plan.settings
    );
    expect(balance.years[0]!.balance.toString()).toBe("3445.5"); // 1 100 + 2 345.5
    expect(balance.years[1]!.balance.toString()).toBe("9100"); // 6 100 + 3 000

    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    await screen.findByText("Resultat 2026");
    expect(result(2026)).toBe("Överskott 3 446 tkr");
    expect(result(2027)).toBe("Överskott 9 100 tkr");
    expect(screen.getByRole("switch", { name: /Åtgärd 6: Samordna köpta platser/ })).toBeChecked();
  });

  it("adds a development proposal, numbered among the proposals, and not in the scenario when unticked", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    const dialog = await openNew(user, "Nytt utvecklingsförslag");
    expect(
      within(dialog).getByRole("heading", { name: "Nytt utvecklingsförslag" })
    ).toBeInTheDocument();
    expect(within(dialog).getByRole("textbox", { name: /Nr/ })).toHaveValue("5");
    expect(within(dialog).getByRole("radio", { name: "Utvecklingsförslag" })).toBeChecked();
    expect(within(dialog).getByText("Behov per år")).toBeInTheDocument();
    await fill(
      user,
      within(dialog).getByRole("textbox", { name: /Rubrik/ }),
      "Fler familjehem i egen regi"
    );
    await user.type(within(dialog).getByRole("textbox", { name: "2026 (tkr)" }), "1 200");
    await user.click(within(dialog).getByRole("checkbox", { name: /Ta med i scenariot/ }));
    await user.click(within(dialog).getByRole("button", { name: "Spara" }));
    await findCard(/Fler familjehem i egen regi/);
    expect(port.addMeasure).toHaveBeenCalledTimes(1);
    const added = port.addMeasure.mock.calls[0]![0];
    expect(added).toMatchObject({
      kind: "proposal",
      nr: 5,
      title: "Fler familjehem i egen regi",
      ambition: null,
      goals: null,
    });
    expect(added.effects[2026]!.eq(1_200)).toBe(true);
    expect(port.saveScenarios).not.toHaveBeenCalled();
  });

  it("renumbers a new item when its kind is changed before it is numbered by hand", async () => {
    const { user } = renderApp(FakePort.withReference());
    const dialog = await openNew(user);
    await user.click(within(dialog).getByRole("radio", { name: "Utvecklingsförslag" }));
    expect(within(dialog).getByRole("textbox", { name: /Nr/ })).toHaveValue("5");
    expect(
      within(dialog).getByRole("heading", { name: "Nytt utvecklingsförslag" })
    ).toBeInTheDocument();
  });

  it("says clearly what is wrong and sends nothing", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    const dialog = await openNew(user);
    await user.clear(within(dialog).getByRole("textbox", { name: /Nr/ }));
    await user.type(within(dialog).getByRole("textbox", { name: /Nr/ }), "0");
    await user.type(within(dialog).getByRole("textbox", { name: "2026 (tkr)" }), "fjorton");
    await user.click(within(dialog).getByRole("button", { name: "Spara" }));
    expect(
      within(dialog).getByText("Rätta de markerade fälten innan du sparar.")
    ).toBeInTheDocument();
    expect(within(dialog).getByText("Skriv en rubrik.")).toBeInTheDocument();
    expect(within(dialog).getByText("Nr ska vara ett positivt heltal.")).toBeInTheDocument();
    expect(
      within(dialog).getByText("Skriv ett belopp i tkr, till exempel 14 000 eller 583,5.")
    ).toBeInTheDocument();
    expect(within(dialog).getByRole("textbox", { name: "2026 (tkr)" })).toHaveAttribute(
      "aria-invalid",
      "true"
    );
    expect(port.addMeasure).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole("textbox", { name: /Rubrik/ }), "Rättad");
    expect(within(dialog).queryByText("Skriv en rubrik.")).not.toBeInTheDocument();
  });

  it("closes without saving on Avbryt", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    const dialog = await openNew(user);
    await user.type(within(dialog).getByRole("textbox", { name: /Rubrik/ }), "Kastas");
    await user.click(within(dialog).getByRole("button", { name: "Avbryt" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(port.addMeasure).not.toHaveBeenCalled();
  });
});

describe("editing a measure", () => {
  function withFormula() {
    const port = FakePort.withReference();
    // The 2026 effect of measure 1 is a formula in the sheet (e.g. =24*583,33).
    port.stored = port.stored.map((s) =>
      s.measure.id === "ref-atgard-1" ? { ...s, formulas: ["effect:2026"] } : s
    );
    return port;
  }

  async function openEdit(user: ReturnType<typeof renderApp>["user"], title: RegExp) {
    const card = await findCard(title);
    await user.click(within(card).getByRole("button", { name: /^Redigera/ }));
    return screen.findByRole("dialog");
  }

  it("sends only the field that was changed, so an untouched formula survives", async () => {
    const port = withFormula();
    const { user } = renderApp(port);
    const dialog = await openEdit(user, /Vakanshålla 24 platser/);
    expect(within(dialog).getByRole("heading", { name: "Redigera åtgärd" })).toBeInTheDocument();
    expect(within(dialog).getByRole("textbox", { name: "2026 (tkr)" })).toHaveValue("14\u00a0000");
    expect(within(dialog).getByText(/Cellen har en formel i bladet/)).toBeInTheDocument();

    const title = within(dialog).getByRole("textbox", { name: /Rubrik/ });
    await user.clear(title);
    await fill(user, title, "Vakanshålla 20 platser i särskilt boende");
    await user.click(within(dialog).getByRole("button", { name: "Spara" }));

    await findCard(/Vakanshålla 20 platser/);
    expect(port.updateMeasure).toHaveBeenCalledTimes(1);
    expect(port.updateMeasure).toHaveBeenCalledWith("ref-atgard-1", {
      title: "Vakanshålla 20 platser i särskilt boende",
    });
  });

  it("sends only the year whose amount changed", async () => {
    const port = withFormula();
    const { user } = renderApp(port);
    const dialog = await openEdit(user, /Vakanshålla 24 platser/);
    const y2027 = within(dialog).getByRole("textbox", { name: "2027 (tkr)" });
    await user.clear(y2027);
    await user.type(y2027, "12 500");
    // Retyping the same amount in another form is no change.
    const y2028 = within(dialog).getByRole("textbox", { name: "2028 (tkr)" });
    await user.clear(y2028);
    await user.type(y2028, "14000,0");
    await user.click(within(dialog).getByRole("button", { name: "Spara" }));
    await waitFor(() => expect(port.updateMeasure).toHaveBeenCalledTimes(1));
    const [id, patch] = port.updateMeasure.mock.calls[0]!;
    expect(id).toBe("ref-atgard-1");
    expect(Object.keys(patch)).toEqual(["effects"]);
    expect(Object.keys(patch.effects!)).toEqual(["2027"]);
    expect(patch.effects![2027]!.eq(dec(12_500))).toBe(true);
  });

  it("sends a colour and a cleared amount as their own fields", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    const dialog = await openEdit(user, /Sänka kostnaderna i ordinärt boende/);
    await user.click(within(dialog).getByRole("radio", { name: "GRÖN – Påverkar målen positivt" }));
    await user.clear(within(dialog).getByRole("textbox", { name: "2028 (tkr)" }));
    await user.click(within(dialog).getByRole("button", { name: "Spara" }));
    await waitFor(() => expect(port.updateMeasure).toHaveBeenCalledTimes(1));
    expect(port.updateMeasure).toHaveBeenCalledWith("ref-atgard-3", {
      effects: { 2028: null },
      goals: "positive",
    });
  });

  it("writes nothing when nothing changed", async () => {
    const port = withFormula();
    const { user } = renderApp(port);
    const dialog = await openEdit(user, /Vakanshålla 24 platser/);
    await user.click(within(dialog).getByRole("button", { name: "Spara" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(port.updateMeasure).not.toHaveBeenCalled();
  });

  it("keeps the dialog open and says what was not saved when the workbook refuses", async () => {
    const port = FakePort.withReference();
    port.failNext(
      "updateMeasure",
      new WorkbookError("notFound", "Raden finns inte längre i tabellen. Ingenting har ändrats.")
    );
    const { user } = renderApp(port);
    const dialog = await openEdit(user, /Hålla en chefstjänst/);
    await user.type(
      within(dialog).getByRole("textbox", { name: /Konsekvensbeskrivning/ }),
      " Ny mening."
    );
    await user.click(within(dialog).getByRole("button", { name: "Spara" }));
    expect(
      await within(dialog).findByText(/Raden finns inte längre i tabellen/)
    ).toBeInTheDocument();
    expect(within(dialog).getByText("Ändringen sparades inte.")).toBeInTheDocument();
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(
      port.stored.find((s) => s.measure.id === "ref-atgard-4")!.measure.consequence
    ).not.toMatch(/Ny mening/);
  });
});
