/** @jest-environment jsdom */
/**
 * A full or refused browser storage is said at once in the pane, with what the user can do, and
 * the stored plan is shown, never hidden behind the example (issue 9, "Hidden plan").
 */
import "@testing-library/jest-dom";
import { referencePlan } from "../../../src/plan/referenceCase";
import { MEASURE_COLUMNS } from "../../../src/store/measureColumns";
import { measureToRow } from "../../../src/store/measureCells";
import { serializePlanDocument } from "../../../src/store/planDocument";
import {
  BrowserWorkbook,
  MemoryStorage,
  browserStorage,
} from "../../../src/adapters/browser/browserWorkbook";
import { FakePort, cardTitles, findCard, renderApp, screen } from "../../support/renderPane";

jest.setTimeout(30_000);

function bar(title: string): HTMLElement {
  return screen.getByText(title).closest(".fui-MessageBar") as HTMLElement;
}

describe("the storage status in the pane", () => {
  it("says a full storage at once, with what to do, above the plan as stored", async () => {
    const port = FakePort.withReference("browser");
    port.storageStatus = "full";
    renderApp(port);
    await findCard(/Vakanshålla 24 platser/);
    const status = bar("Webbläsarens lagring är full.");
    expect(status).toHaveTextContent("nya ändringar får inte plats och sparas inte");
    expect(status).toHaveTextContent("Spara nämndtabellen som .xlsx-fil");
    expect(status).toHaveTextContent("Frigör plats");
    expect(status).toHaveTextContent("Öppna Ramkoll i Excel");
  });

  it("says a refused storage, that the plan lasts only while the page is open", async () => {
    const port = FakePort.withReference("browser");
    port.storageStatus = "unavailable";
    renderApp(port);
    await findCard(/Vakanshålla 24 platser/);
    const status = bar("Webbläsaren sparar inte planen.");
    expect(status).toHaveTextContent("försvinner när du stänger eller laddar om den");
    expect(status).toHaveTextContent("Tillåt webbplatsdata");
  });

  it("says nothing while the storage takes writes, and in English in English", async () => {
    const ok = FakePort.withReference("browser");
    const { unmount } = renderApp(ok);
    await findCard(/Vakanshålla 24 platser/);
    expect(screen.queryByText(/lagring är full|sparar inte planen/)).not.toBeInTheDocument();
    unmount();
    const full = FakePort.withReference("browser");
    full.storageStatus = "full";
    renderApp(full, "en-GB");
    await findCard(/Vakanshålla 24 platser/);
    expect(bar("The browser's storage is full.")).toHaveTextContent("Free space");
  });

  it("shows the plan stored in a full localStorage, not the example", async () => {
    const local = new MemoryStorage();
    const ref = referencePlan();
    const own = ref.measures[1]!;
    local.setItem("ramkoll.plan", serializePlanDocument({ settings: ref.settings, scenarios: [] }));
    local.setItem(
      "ramkoll.measures",
      JSON.stringify([MEASURE_COLUMNS(ref.settings), measureToRow(own, ref.settings)])
    );
    local.setItem("ramkoll.visited", "1");
    local.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    renderApp(
      new BrowserWorkbook(
        browserStorage(() => local),
        { events: null }
      )
    );
    await findCard(new RegExp(own.title.slice(0, 20)));
    expect(cardTitles()).toHaveLength(1);
    expect(bar("Webbläsarens lagring är full.")).toBeInTheDocument();
  });
});
