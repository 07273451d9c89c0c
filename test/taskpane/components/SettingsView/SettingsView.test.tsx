/** @jest-environment jsdom */
/**
 * The settings view in the pane over a port in memory holding the reference case: input that
 * cannot be saved is said at its field and nothing is saved; a valid change is saved once, with
 * the settings the form shows, based on the plan as the pane showed it.
 */
import "@testing-library/jest-dom";
import { waitFor } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../../../src/plan/model";
import type { PlanSettings } from "../../../../src/plan/model";
import { ASKERSUND_SETTINGS } from "../../../../src/plan/settingsPresets";
import { REFERENCE_SETTINGS } from "../../../../src/plan/referenceCase";
import { WorkbookError } from "../../../../src/port/workbookPort";
import type { DocumentBase } from "../../../../src/port/workbookPort";
import { FakePort, findCard, renderApp, screen } from "../../../support/renderPane";

jest.setTimeout(30_000);

async function openSettings(port = FakePort.withReference()) {
  const { user } = renderApp(port);
  await findCard(/Vakanshålla 24 platser/);
  await user.click(screen.getByRole("tab", { name: "Inställningar" }));
  await screen.findByRole("heading", { name: "Planperiod" });
  return { user, port };
}

const saveButton = () => screen.getByRole("button", { name: "Spara" });
/** The field's message: Fluent links it to the input by aria-describedby. */
const messageAt = (input: HTMLElement) => {
  const ids = (input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
};
const savedSettings = (port: FakePort) =>
  port.saveSettings.mock.calls.map((c) => c[0] as PlanSettings);

describe("the settings view refuses what cannot be saved", () => {
  it("says at the field that text is no year, and saves nothing", async () => {
    const { user, port } = await openSettings();
    const year = screen.getByRole("spinbutton", { name: "Första planår" });
    await user.clear(year);
    await user.type(year, "tjugo");
    await user.tab();
    await waitFor(() => expect(messageAt(year)).toContain("Skriv ett helt tal"));
    expect(year).toHaveAttribute("aria-invalid", "true");
    await user.click(saveButton());
    expect(await screen.findByText(/Inget sparades/)).toBeInTheDocument();
    expect(port.saveSettings).not.toHaveBeenCalled();
  });

  it.each(["0", "11"])("refuses %s plan years at the field", async (count) => {
    const { user, port } = await openSettings();
    const years = screen.getByRole("spinbutton", { name: "Antal planår" });
    await user.clear(years);
    await user.type(years, count);
    await user.tab();
    await waitFor(() => expect(messageAt(years)).toContain("Skriv ett tal från 1 till 10."));
    await user.click(saveButton());
    expect(port.saveSettings).not.toHaveBeenCalled();
  });

  it("refuses to remove an area a measure uses, naming the measures by Nr and title", async () => {
    const { user, port } = await openSettings();
    await user.click(screen.getByRole("button", { name: "Ta bort Äldreomsorg" }));
    const area = screen.getByRole("textbox", { name: "Verksamhetsområde 2" });
    expect(area).toHaveValue("Äldreomsorg"); // still there
    const message = messageAt(area);
    expect(message).toContain("kan inte tas bort");
    expect(message).toContain("åtgärd 1 ”Vakanshålla 24 platser i särskilt boende”");
    expect(message).toContain("åtgärd 3 ”Sänka kostnaderna i ordinärt boende för äldre”");
    expect(saveButton()).toBeDisabled(); // nothing changed, nothing to save
    expect(port.saveSettings).not.toHaveBeenCalled();
  });

  it("refuses a new area that is there already, in another case, and an empty one", async () => {
    const { user, port } = await openSettings();
    const name = screen.getByRole("textbox", { name: "Nytt verksamhetsområde" });
    await user.type(name, "äldreOMSORG");
    await user.click(screen.getByRole("button", { name: "Lägg till" }));
    expect(messageAt(name)).toContain("Det finns redan ett verksamhetsområde med det namnet.");
    expect(screen.queryByRole("textbox", { name: "Verksamhetsområde 6" })).toBeNull();
    await user.clear(name);
    await user.type(name, "   {Enter}");
    expect(messageAt(name)).toContain("Skriv ett namn på verksamhetsområdet.");
    expect(port.saveSettings).not.toHaveBeenCalled();
  });

  it("refuses renaming an area to another's name at its field, and saves nothing", async () => {
    const { user, port } = await openSettings();
    const area = screen.getByRole("textbox", { name: "Verksamhetsområde 3" });
    await user.clear(area);
    await user.type(area, "Äldreomsorg");
    expect(messageAt(area)).toContain("Det finns redan");
    await user.click(saveButton());
    expect(port.saveSettings).not.toHaveBeenCalled();
    expect(port.updateMeasure).not.toHaveBeenCalled();
  });
});

describe("the settings view saves a valid change", () => {
  it("saves once, with the settings shown, based on the plan as shown", async () => {
    const { user, port } = await openSettings();
    const years = screen.getByRole("spinbutton", { name: "Antal planår" });
    await user.clear(years);
    await user.type(years, "4");
    await user.tab();
    expect(await screen.findByText("MRP 2026–2029")).toBeInTheDocument();
    const municipality = screen.getByRole("textbox", { name: /^Kommun/ });
    expect(municipality).toHaveValue("Vänersborgs kommun");
    await user.clear(municipality);
    await user.type(municipality, "Trollhättans stad");
    await user.click(saveButton());
    await screen.findByText("Inställningarna är sparade.");
    expect(savedSettings(port)).toEqual([
      {
        ...DEFAULT_SETTINGS,
        yearCount: 4,
        municipality: "Trollhättans stad",
        committee: "Socialnämnden",
      },
    ]);
    const base = (port.saveSettings.mock.calls[0] as unknown as [PlanSettings, DocumentBase])[1];
    expect(base.settings).toEqual(REFERENCE_SETTINGS);
    expect(port.updateMeasure).not.toHaveBeenCalled();
  });

  it("renames an area in every measure that uses it", async () => {
    const { user, port } = await openSettings();
    const area = screen.getByRole("textbox", { name: "Verksamhetsområde 2" });
    await user.clear(area);
    await user.type(area, "Vård och omsorg om äldre");
    await user.click(saveButton());
    await screen.findByText("Inställningarna är sparade.");
    expect(savedSettings(port)[0]!.areas[1]).toBe("Vård och omsorg om äldre");
    const elderly = FakePort.withReference().stored.filter((s) => s.measure.area === "Äldreomsorg");
    expect(port.updateMeasure.mock.calls).toEqual(
      elderly.map((s) => [s.measure.id, { area: "Vård och omsorg om äldre" }])
    );
    expect(port.stored.filter((s) => s.measure.area === "Äldreomsorg")).toEqual([]);
  });

  it("moves an area and adds one, then saves them in that order", async () => {
    const { user, port } = await openSettings();
    await user.click(screen.getByRole("button", { name: "Flytta upp Äldreomsorg" }));
    await user.type(
      screen.getByRole("textbox", { name: "Nytt verksamhetsområde" }),
      "Kultur{Enter}"
    );
    expect(screen.getByRole("textbox", { name: "Verksamhetsområde 6" })).toHaveValue("Kultur");
    await user.click(saveButton());
    await screen.findByText("Inställningarna är sparade.");
    const [first, second, ...rest] = DEFAULT_SETTINGS.areas;
    expect(savedSettings(port)[0]!.areas).toEqual([second, first, ...rest, "Kultur"]);
  });

  it("fills the form from the Askersund preset but saves only when asked, and refuses it while measures use the old areas", async () => {
    const { user, port } = await openSettings();
    await user.click(screen.getByRole("button", { name: "Använd förinställning" }));
    await user.click(await screen.findByRole("menuitem", { name: /Askersund/ }));
    expect(screen.getByRole("textbox", { name: "Verksamhetsområde 1" })).toHaveValue(
      "10 Politisk verksamhet"
    );
    expect(screen.getByText(/Det är inte sparat/)).toBeInTheDocument();
    expect(port.saveSettings).not.toHaveBeenCalled();
    await user.click(saveButton());
    expect(screen.getByText(/Ett borttaget område används fortfarande av/)).toBeInTheDocument();
    expect(port.saveSettings).not.toHaveBeenCalled();
  });

  it("saves the Askersund preset in a plan without measures", async () => {
    const port = FakePort.withReference();
    port.stored = [];
    const { user } = renderApp(port);
    await user.click(await screen.findByRole("tab", { name: "Inställningar" }));
    await user.click(await screen.findByRole("button", { name: "Använd förinställning" }));
    await user.click(await screen.findByRole("menuitem", { name: /Askersund/ }));
    await user.click(saveButton());
    await screen.findByText("Inställningarna är sparade.");
    expect(savedSettings(port)).toEqual([
      { ...ASKERSUND_SETTINGS, areas: [...ASKERSUND_SETTINGS.areas] },
    ]);
  });

  it("says a conflict the workbook refused, and shows the stored settings again", async () => {
    const { user, port } = await openSettings();
    const message =
      "Planen ändrades samtidigt på ett annat ställe: antalet planår ändrades. Ingenting av den har sparats.";
    port.failNext("saveSettings", new WorkbookError("conflict", message));
    const years = screen.getByRole("spinbutton", { name: "Antal planår" });
    await user.clear(years);
    await user.type(years, "5");
    await user.tab();
    await user.click(saveButton());
    expect(await screen.findByText(/antalet planår ändrades/)).toHaveTextContent(message);
    await waitFor(() => expect(years).toHaveValue("3"));
    expect(port.updateMeasure).not.toHaveBeenCalled();
  });
});
