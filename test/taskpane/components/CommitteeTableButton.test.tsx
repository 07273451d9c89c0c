/** @jest-environment jsdom */
/**
 * "Skapa nämndtabell" in the scenario panel: the table of the chosen scenario goes to the port;
 * in Excel it lands on its own sheet, a user's sheet of the same name is never replaced (the
 * table goes on a free name, and the pane says so), and in the browser the table is downloaded.
 */
import "@testing-library/jest-dom";
import { FakePort, findCard, renderApp, screen } from "../../support/renderPane";

jest.setTimeout(30_000);

async function openScenarios(port: FakePort) {
  const { user } = renderApp(port);
  await findCard(/Vakanshålla 24 platser/);
  await user.click(screen.getByRole("tab", { name: "Scenarier" }));
  return { user, button: await screen.findByRole("button", { name: "Skapa nämndtabell" }) };
}

describe("the committee table button", () => {
  it("writes the chosen scenario's table to its sheet in Excel and says where", async () => {
    const port = FakePort.withReference("excel");
    const { user, button } = await openScenarios(port);
    await user.click(button);
    expect(
      await screen.findByText(/Nämndtabellen finns på bladet ”Budget i balans 2026”/)
    ).toBeInTheDocument();
    const [written] = port.committeeTables;
    expect(screen.queryByText(/lämnats orört/)).not.toBeInTheDocument();
    // The table is the scenario's: its title names it and its measures sum to 50 000 tkr in 2026.
    expect(written?.table.rows[0]?.[0]?.value).toBe(
      "Åtgärder och konsekvenser – Budget i balans 2026"
    );
    const sums = written?.table.rows.flat().filter((c) => c?.style === "sumAmount");
    expect(sums?.[0]?.value).toBe(50_000);
  });

  it("never asks to replace a sheet the user made: it says which sheet it used and that theirs is untouched", async () => {
    const port = FakePort.withReference("excel");
    port.foreignSheets.add("Budget i balans 2026");
    const { user, button } = await openScenarios(port);
    await user.click(button);
    expect(
      await screen.findByText(
        "Nämndtabellen finns på bladet ”Budget i balans 2026 (2)”. Bladet ”Budget i balans 2026” är inte " +
          "Ramkolls nämndtabell för scenariot, så det har lämnats orört."
      )
    ).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(port.createCommitteeTable).toHaveBeenCalledTimes(1);
  });

  it("downloads the table as .xlsx in the browser", async () => {
    const port = FakePort.withReference("browser");
    const { user, button } = await openScenarios(port);
    await user.click(button);
    expect(
      await screen.findByText("Nämndtabellen har laddats ned som Budget i balans 2026.xlsx.")
    ).toBeInTheDocument();
  });

  it("says what went wrong when Excel refuses", async () => {
    const port = FakePort.withReference("excel");
    port.createCommitteeTable.mockRejectedValueOnce(new Error("GeneralException"));
    const { user, button } = await openScenarios(port);
    await user.click(button);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Nämndtabellen kunde inte skapas. GeneralException"
    );
  });

  it("copies the decisions and tables for Word, as HTML with fills and as plain text", async () => {
    const items: Record<string, Blob>[] = [];
    class FakeClipboardItem {
      constructor(readonly data: Record<string, Blob>) {
        items.push(data);
      }
    }
    Object.assign(globalThis, { ClipboardItem: FakeClipboardItem });
    const port = FakePort.withReference("excel");
    const { user } = await openScenarios(port);
    const write = jest.fn().mockResolvedValue(undefined);
    // After user-event's set-up, which puts a clipboard stub of its own on navigator.
    Object.defineProperty(navigator, "clipboard", { value: { write }, configurable: true });
    await user.click(screen.getByRole("button", { name: "Kopiera för Word" }));
    expect(await screen.findByText(/Besluten och tabellerna är kopierade/)).toBeInTheDocument();
    expect(write).toHaveBeenCalledTimes(1);
    const blobText = (b: Blob) =>
      new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsText(b);
      });
    const html = await blobText(items[0]!["text/html"]!);
    expect(html).toContain("<table");
    expect(html).toMatch(/background:#FFC7CE[^>]*>RÖD</);
    expect(await blobText(items[0]!["text/plain"]!)).toMatch(
      /^Åtgärder och konsekvenser – Budget i balans 2026/
    );

    write.mockRejectedValueOnce(new DOMException("denied", "NotAllowedError"));
    document.execCommand = jest.fn(() => false);
    await user.click(screen.getByRole("button", { name: "Kopiera för Word" }));
    expect(await screen.findByText(/Ingenting kopierades/)).toBeInTheDocument();
    delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
  });
});
