/** @jest-environment jsdom */
/**
 * "Skapa nämndtabell" in the scenario panel: the table of the chosen scenario goes to the port;
 * in Excel it lands on its own sheet, a user's sheet of the same name is replaced only after a
 * question, and in the browser the table is downloaded.
 */
import "@testing-library/jest-dom";
import { waitFor } from "@testing-library/react";
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
    expect(written?.overwrite).toBe(false);
    // The table is the scenario's: its title names it and its measures sum to 50 000 tkr in 2026.
    expect(written?.table.rows[0]?.[0]?.value).toBe(
      "Åtgärder och konsekvenser – Budget i balans 2026"
    );
    const sums = written?.table.rows.flat().filter((c) => c?.style === "sumAmount");
    expect(sums?.[0]?.value).toBe(50_000);
  });

  it("asks before it replaces a sheet the user made, and replaces it only when told", async () => {
    const port = FakePort.withReference("excel");
    port.foreignSheets.add("Budget i balans 2026");
    const { user, button } = await openScenarios(port);
    await user.click(button);
    expect(await screen.findByRole("dialog", { name: "Bladet finns redan" })).toBeInTheDocument();
    expect(port.committeeTables).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Ersätt innehållet" }));
    await waitFor(() => expect(port.committeeTables).toHaveLength(1));
    expect(port.committeeTables[0]?.overwrite).toBe(true);
  });

  it("leaves the user's sheet alone when the question is cancelled", async () => {
    const port = FakePort.withReference("excel");
    port.foreignSheets.add("Budget i balans 2026");
    const { user, button } = await openScenarios(port);
    await user.click(button);
    await screen.findByRole("dialog", { name: "Bladet finns redan" });
    await user.click(screen.getByRole("button", { name: "Avbryt" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(port.committeeTables).toHaveLength(0);
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
});
