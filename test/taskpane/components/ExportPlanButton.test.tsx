/** @jest-environment jsdom */
/**
 * "Spara planen som Excel-fil" in the pane (issue 9, item 7: a full or refused storage is said at
 * once, with what the user can do, export first): the button calls the port's exportPlan and the
 * pane says under which name the plan was saved.
 */
import "@testing-library/jest-dom";
import { BrowserWorkbook, MemoryStorage } from "../../../src/adapters/browser/browserWorkbook";
import { FakePort, findCard, renderApp, screen, within } from "../../support/renderPane";

jest.setTimeout(30_000);

const FILE = "Ramkoll-plan 2026-12-02.xlsx";

/** The browser's port in memory, with the export and the reset the real one has. */
class ExportingPort extends FakePort {
  exportPlan = jest.fn(async () => ({ fileName: FILE }));
  resetToEmpty = jest.fn(async () => undefined);
}

/** The reference case in the browser. */
function browserPort(): ExportingPort {
  const port = new ExportingPort("browser");
  const { settings, scenarios, stored } = FakePort.withReference("browser");
  Object.assign(port, { settings, scenarios, stored });
  return port;
}

function statusBar(title: string): HTMLElement {
  return screen.getByText(title).closest(".fui-MessageBar") as HTMLElement;
}

describe("saving the plan as an Excel file from the pane", () => {
  it("is the first thing the storage status offers, and says where the plan went", async () => {
    const port = browserPort();
    port.storageStatus = "full";
    const { user } = renderApp(port);
    await findCard(/Vakanshålla 24 platser/);
    const bar = statusBar("Webbläsarens lagring är full.");
    const items = within(bar).getAllByRole("listitem");
    const button = within(items[0]!).getByRole("button", { name: "Spara planen som Excel-fil" });
    expect(items[0]).toHaveTextContent("öppnar i Excel med Ramkoll");
    await user.click(button);
    expect(port.exportPlan).toHaveBeenCalledTimes(1);
    expect(
      await within(bar).findByText(`Planen har sparats som ${FILE}.`, { exact: false })
    ).toBeInTheDocument();
  });

  it("is offered in a refused storage too, and in English in English", async () => {
    const port = browserPort();
    port.storageStatus = "unavailable";
    const { user } = renderApp(port, "en-GB");
    await findCard(/Vakanshålla 24 platser/);
    const bar = statusBar("The browser does not keep the plan.");
    await user.click(within(bar).getByRole("button", { name: "Save the plan as an Excel file" }));
    expect(
      await within(bar).findByText(`The plan was saved as ${FILE}.`, { exact: false })
    ).toBeInTheDocument();
  });

  it("sits next to Börja om med tom plan in the browser's header", async () => {
    const port = browserPort();
    const { user } = renderApp(port);
    await findCard(/Vakanshålla 24 platser/);
    const header = screen.getByRole("banner");
    within(header).getByRole("button", { name: "Börja om med tom plan" });
    await user.click(within(header).getByRole("button", { name: "Spara planen som Excel-fil" }));
    expect(port.exportPlan).toHaveBeenCalledTimes(1);
    expect(
      await within(header).findByText(`Planen har sparats som ${FILE}.`, { exact: false })
    ).toBeInTheDocument();
  });

  it("says so when the file could not be made", async () => {
    const port = browserPort();
    port.exportPlan.mockRejectedValueOnce(new Error("Ingen plats för filen."));
    const { user } = renderApp(port);
    await findCard(/Vakanshålla 24 platser/);
    await user.click(screen.getByRole("button", { name: "Spara planen som Excel-fil" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Planen kunde inte sparas som fil. Ingen plats för filen."
    );
  });

  it("is not offered in Excel, where the workbook is the file", async () => {
    renderApp(FakePort.withReference("excel"));
    await findCard(/Vakanshålla 24 platser/);
    expect(screen.queryByRole("button", { name: "Spara planen som Excel-fil" })).toBeNull();
  });

  it("hands the browser's stored plan over as Ramkoll-plan <date>.xlsx when the storage is full", async () => {
    const storage = new MemoryStorage();
    const saved: string[] = [];
    const port = new BrowserWorkbook(storage, {
      events: null,
      today: () => new Date(2026, 11, 2),
      saveFile: (name) => saved.push(name),
    });
    await port.load(); // the first visit stores the reference case
    storage.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    const { user } = renderApp(port);
    await findCard(/Vakanshålla 24 platser/);
    const bar = statusBar("Webbläsarens lagring är full.");
    await user.click(within(bar).getByRole("button", { name: "Spara planen som Excel-fil" }));
    expect(
      await within(bar).findByText(`Planen har sparats som ${FILE}.`, { exact: false })
    ).toBeInTheDocument();
    expect(saved).toEqual([FILE]);
  });
});
