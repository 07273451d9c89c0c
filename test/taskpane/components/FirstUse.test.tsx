/** @jest-environment jsdom */
/**
 * The first view of a workbook without the measures table, and (in the browser) the way back to
 * an empty plan.
 */
import "@testing-library/jest-dom";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { WorkbookError } from "../../../src/port/workbookPort";
import {
  FakePort,
  cardTitles,
  findCard,
  renderApp,
  renderBrowser,
  screen,
} from "../../support/renderPane";

// Rendering the whole pane in jsdom takes a while (as in the other pane tests).
jest.setTimeout(30_000);

function emptyWorkbook(host: "excel" | "browser" = "excel") {
  const port = new FakePort(host);
  port.hasMeasuresTable = false;
  return port;
}

describe("first use", () => {
  it("offers to create the measures table or to load the example", async () => {
    renderApp(emptyWorkbook());
    expect(await screen.findByRole("heading", { name: "Kom igång" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Skapa åtgärdstabell" })).toHaveAccessibleDescription(
      /2026–2028/
    );
    expect(screen.getByRole("button", { name: "Läs in exemplet" })).toHaveAccessibleDescription(
      /Vänersborg/
    );
    expect(screen.queryByRole("tablist")).not.toBeInTheDocument();
  });

  it("creates an empty measures table with the default settings", async () => {
    const port = emptyWorkbook();
    const { user } = renderApp(port);
    await user.click(await screen.findByRole("button", { name: "Skapa åtgärdstabell" }));
    expect(
      await screen.findByRole("tab", { name: "Åtgärder", selected: true })
    ).toBeInTheDocument();
    expect(port.createMeasuresTable).toHaveBeenCalledWith(DEFAULT_SETTINGS);
    expect(screen.getByRole("tabpanel", { name: "Åtgärder" })).toBeInTheDocument();
    expect(screen.getByText("Inga åtgärder eller utvecklingsförslag ännu.")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Kom igång" })).not.toBeInTheDocument();
  });

  it("loads the example", async () => {
    const port = emptyWorkbook();
    const { user } = renderApp(port);
    await user.click(await screen.findByRole("button", { name: "Läs in exemplet" }));
    await findCard(/Vakanshålla 24 platser i särskilt boende/);
    expect(port.loadReferenceCase).toHaveBeenCalledTimes(1);
    expect(cardTitles()).toHaveLength(9);
  });

  it("says so when the table could not be created, and stays on the first view", async () => {
    const port = emptyWorkbook();
    port.failNext(
      "createMeasuresTable",
      new WorkbookError(
        "storage",
        "Excel tog inte emot tabellen. Ingenting har ändrats i arbetsboken."
      )
    );
    const { user } = renderApp(port);
    await user.click(await screen.findByRole("button", { name: "Skapa åtgärdstabell" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Åtgärdstabellen skapades inte.");
    expect(alert).toHaveTextContent(
      "Excel tog inte emot tabellen. Ingenting har ändrats i arbetsboken."
    );
    expect(screen.getByRole("heading", { name: "Kom igång" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Stäng" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("in the browser: starts with the example, can go back to an empty plan, and create a table", async () => {
    const { user, port, storage } = renderBrowser();
    await findCard(/Vakanshålla 24 platser/);
    expect(screen.getByText(/Planen sparas i den här webbläsaren/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Börja om med tom plan" }));
    // Asked first; focus on the safe choice.
    expect(screen.getByRole("button", { name: "Avbryt" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Avbryt" }));
    expect(screen.getByRole("button", { name: "Börja om med tom plan" })).toHaveFocus();
    expect(screen.getByRole("heading", { name: /Vakanshålla/ })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Börja om med tom plan" }));
    await user.click(screen.getByRole("button", { name: "Töm planen" }));
    expect(await screen.findByRole("heading", { name: "Kom igång" })).toBeInTheDocument();
    expect(storage.getItem("ramkoll.measures")).toBeNull();
    expect((await port.load()).hasMeasuresTable).toBe(false);

    await user.click(screen.getByRole("button", { name: "Skapa åtgärdstabell" }));
    expect(
      await screen.findByText("Inga åtgärder eller utvecklingsförslag ännu.")
    ).toBeInTheDocument();
  });

  it("offers no reset in Excel", async () => {
    renderApp(FakePort.withReference("excel"));
    await findCard(/Vakanshålla/);
    expect(screen.queryByRole("button", { name: "Börja om med tom plan" })).not.toBeInTheDocument();
    expect(screen.queryByText(/Planen sparas i den här webbläsaren/)).not.toBeInTheDocument();
  });
});
