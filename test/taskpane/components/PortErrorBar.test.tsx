/** @jest-environment jsdom */
/**
 * What the pane says when the workbook refuses or cannot be read, and how it follows changes made
 * outside the pane.
 */
import "@testing-library/jest-dom";
import { waitFor } from "@testing-library/react";
import { WorkbookError } from "../../../src/port/workbookPort";
import { BrowserWorkbook, MemoryStorage } from "../../../src/adapters/browser/browserWorkbook";
import {
  FakePort,
  cardOf,
  cardTitles,
  findCard,
  flat,
  renderApp,
  screen,
  within,
} from "../../support/renderPane";

jest.setTimeout(30_000);

describe("errors from the workbook", () => {
  it("says that a deletion was not done, and keeps the measure", async () => {
    const port = FakePort.withReference();
    port.failNext(
      "deleteMeasure",
      new WorkbookError(
        "notWritable",
        "Raden kunde inte läsas och skrivs därför inte över. Ingenting har ändrats."
      )
    );
    const { user } = renderApp(port);
    const card = await findCard(/Hålla en chefstjänst/);
    await user.click(within(card).getByRole("button", { name: /^Ta bort/ }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Åtgärden togs inte bort.");
    expect(alert).toHaveTextContent(
      "Raden kunde inte läsas och skrivs därför inte över. Ingenting har ändrats."
    );
    expect(alert).toHaveTextContent("Planen har lästs in på nytt");
    expect(cardOf(/Hålla en chefstjänst/)).toBeInTheDocument();
    expect(screen.queryByText(/togs bort\./)).not.toBeInTheDocument();
  });

  it("says that a scenario change was not saved, and shows what is stored", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await findCard(/Vakanshålla/);
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    const toggle = await screen.findByRole("switch", { name: /Åtgärd 1: Vakanshålla/ });
    port.failNext(
      "saveScenarios",
      new WorkbookError("storage", "Excel tog inte emot ändringen. Ingenting har sparats.")
    );
    await user.click(toggle);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Scenariot sparades inte.");
    expect(alert).toHaveTextContent("Excel tog inte emot ändringen. Ingenting har sparats.");
    await waitFor(() =>
      expect(screen.getByRole("switch", { name: /Åtgärd 1: Vakanshålla/ })).toBeChecked()
    );
    expect(screen.getByText("Överskott 1 100 tkr")).toBeInTheDocument();
  });

  it("tells when the browser's storage is full, in the port's words", async () => {
    const storage = new MemoryStorage();
    const port = new BrowserWorkbook(storage, { events: null });
    const { user } = renderApp(port);
    await findCard(/Vakanshålla/);
    storage.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    await user.click(within(cardOf(/Vakanshålla/)).getByRole("button", { name: /^Kopiera/ }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Kopian skapades inte.");
    expect(alert).toHaveTextContent(/lagring tog inte emot ändringen.*Ingenting har sparats/);
    expect(cardTitles()).toHaveLength(9);
  });

  it("says when the plan could not be read at all", async () => {
    const port = FakePort.withReference();
    port.failNext(
      "load",
      new WorkbookError("unreadable", "Arbetsboken kunde inte läsas. Ingenting har ändrats.")
    );
    renderApp(port);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Planen kunde inte läsas.");
    expect(alert).toHaveTextContent("Arbetsboken kunde inte läsas.");
  });

  it("names an unexpected failure and says the change may or may not be saved", async () => {
    const port = FakePort.withReference();
    port.addMeasure.mockRejectedValueOnce(new Error("connection lost"));
    const { user } = renderApp(port);
    await user.click(
      within(await findCard(/Vakanshålla/)).getByRole("button", { name: /^Kopiera/ })
    );
    const alert = await screen.findByRole("alert");
    expect(flat(alert.textContent)).toContain(
      "Kopian skapades inte. Oväntat fel: connection lost."
    );
  });

  it("lists the problems found when reading, each in words", async () => {
    const port = FakePort.withReference();
    port.problems = [
      {
        code: "unknownColour",
        params: {
          row: 4,
          column: "Ändrad ambitionsnivå",
          text: "ROSA",
          accepted: "RÖD, GUL, GRÖN",
        },
      },
      { code: "missingArea", params: { row: 5 } },
      { code: "unknownVersion", params: { version: "3" } },
      { code: "missingNr", params: { row: 6 } },
      { code: "missingKind", params: { row: 7 } },
      { code: "missingId", params: { row: 8 } },
    ];
    const { user } = renderApp(port);
    const bar = await screen.findByRole("group", { name: "6 problem när planen lästes" });
    expect(bar).toHaveTextContent(
      "Rad 4: ”ROSA” i kolumnen ”Ändrad ambitionsnivå” är ingen färg. Skriv RÖD, GUL, GRÖN eller lämna tomt."
    );
    expect(bar).toHaveTextContent("Planen är sparad i version 3");
    expect(within(bar).getAllByRole("listitem")).toHaveLength(5);
    await user.click(within(bar).getByRole("button", { name: "Visa alla 6" }));
    expect(within(bar).getAllByRole("listitem")).toHaveLength(6);
    expect(bar).toHaveTextContent("Rad 8: raden saknar id.");
  });
});

describe("changes outside the pane", () => {
  it("reads the plan again when the sheet changes", async () => {
    const port = FakePort.withReference();
    renderApp(port);
    await findCard(/Vakanshålla 24 platser/);
    port.changeOutside((p) => {
      p.stored = p.stored.map((s) =>
        s.measure.id === "ref-atgard-1"
          ? { ...s, measure: { ...s.measure, title: "Vakanshålla 30 platser" } }
          : s
      );
    });
    await findCard(/Vakanshålla 30 platser/);
  });
});
