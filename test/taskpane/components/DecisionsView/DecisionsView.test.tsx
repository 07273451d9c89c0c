/** @jest-environment jsdom */
/**
 * The decisions view (tab Beslut): the chosen scenario's att-satser numbered through their groups,
 * rewritten with a message at the field for empty text, kept in the plan, given back to the
 * generated text, offered the new text when the plan changed it, generated all again after
 * asking, and copied for the report.
 */
import "@testing-library/jest-dom";
import { waitFor } from "@testing-library/react";
import { decisionsOf } from "../../../../src/plan/decisions";
import {
  FakePort,
  flat,
  renderApp,
  renderBrowser,
  screen,
  within,
} from "../../../support/renderPane";

jest.setTimeout(90_000);

const OWN = "Att vakanshålla 24 platser på Solgården, 14 000 tkr.";

async function openDecisions(user: ReturnType<typeof renderBrowser>["user"]) {
  await screen.findAllByText(/Vakanshålla 24 platser/);
  await user.click(screen.getByRole("tab", { name: "Beslut" }));
  return screen.findByRole("group", { name: /Förslag till beslut i scenariot/ });
}

const items = (group: HTMLElement) =>
  within(group)
    .getAllByRole("listitem")
    .map((li) => flat(li.querySelector("span")?.textContent));

describe("the decisions view", () => {
  it("lists the scenario's att-satser, numbered through the groups", async () => {
    const { user } = renderBrowser();
    const group = await openDecisions(user);
    const texts = items(group);
    expect(texts).toHaveLength(7);
    expect(texts[0]).toMatch(/behov utöver ram om 48 900 tkr/);
    expect(texts[2]).toBe("Att vakanshålla 24 platser i särskilt boende, 14 000 tkr.");
    const starts = within(group)
      .getAllByRole("list")
      .map((ol) => ol.getAttribute("start"));
    expect(starts).toEqual(["1", "3", "6", "7"]);
  });

  it("keeps a rewritten att-sats in the plan, marked, and gives it back on request", async () => {
    const { user, storage } = renderBrowser();
    const group = await openDecisions(user);
    await user.click(within(group).getByRole("button", { name: "Skriv om sats 3" }));
    const field = within(group).getByRole("textbox", { name: "Sats 3" });
    await user.clear(field);
    await user.click(within(group).getByRole("button", { name: "Spara" }));
    expect(
      within(group).getByText("Skriv en text, eller använd den framtagna.")
    ).toBeInTheDocument();
    expect(storage.getItem("ramkoll.plan") ?? "").not.toContain("decisionEdits");

    await user.type(field, OWN);
    await user.click(within(group).getByRole("button", { name: "Spara" }));
    await waitFor(() => expect(items(group)[2]).toBe(OWN));
    expect(within(group).getByText("Omskriven")).toBeInTheDocument();
    expect(storage.getItem("ramkoll.plan")).toContain("Solgården");

    await user.click(within(group).getByRole("button", { name: "Använd framtagen text i sats 3" }));
    await waitFor(() => expect(items(group)[2]).toMatch(/i särskilt boende, 14 000 tkr/));
    expect(storage.getItem("ramkoll.plan") ?? "").not.toContain("Solgården");
  });

  it("offers the new text where the plan changed it, and asks before generating all again", async () => {
    const port = FakePort.withReference();
    const ref = port.scenarios[0]!;
    const d = decisionsOf(
      ref,
      port.stored.map((s) => s.measure),
      port.settings
    );
    const key = d.groups[1]!.decisions[0]!.key;
    port.scenarios = [
      { ...ref, decisionEdits: [{ key, text: OWN, generated: "Att vakanshålla, 12 000 tkr." }] },
      ...port.scenarios.slice(1),
    ];
    const { user } = renderApp(port);
    const group = await openDecisions(user);
    expect(
      within(group).getByText(/Planen har ändrats sedan satsen skrevs om/)
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Ta fram alla satser på nytt" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent("Den omskrivna satsen ersätts");
    await user.click(within(dialog).getByRole("button", { name: "Ersätt" }));
    await waitFor(() => expect(port.saveScenarios).toHaveBeenCalled());
    const saved = port.saveScenarios.mock.calls.at(-1)![0];
    expect(saved[0]).not.toHaveProperty("decisionEdits");
  });

  it("copies the decisions as numbered text, and says so when the clipboard is closed", async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    const { user } = renderBrowser();
    // After user-event's set-up, which puts a clipboard stub of its own on navigator.
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await openDecisions(user);
    await user.click(screen.getByRole("button", { name: "Kopiera satserna" }));
    await screen.findByText(/Satserna är kopierade/);
    const text = writeText.mock.calls[0]![0] as string;
    expect(text.split("\n")[0]).toBe("Förslag till beslut");
    expect(text).toContain(
      "3. Att vakanshålla 24 platser i särskilt boende, 14\u00a0000\u00a0tkr."
    );

    writeText.mockRejectedValueOnce(new DOMException("denied", "NotAllowedError"));
    document.execCommand = jest.fn(() => false);
    await user.click(screen.getByRole("button", { name: "Kopiera satserna" }));
    await screen.findByText(/Satserna kunde inte kopieras/);
  });

  it("takes the measures from the scenario chosen for the case that the increase is not granted", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await screen.findAllByText(/Vakanshålla 24 platser/);
    await user.click(screen.getByRole("tab", { name: "Beslut" }));
    await user.click(await screen.findByRole("combobox", { name: "Scenario" }));
    await user.click(screen.getByRole("option", { name: "Med begärda ramökningar" }));
    const group = await screen.findByRole("group", {
      name: /i scenariot ”Med begärda ramökningar”/,
    });
    // The reference case's second scenario falls back on the first: the document's eight.
    expect(items(group)).toHaveLength(8);
    expect(within(group).getByText(/^Om ramökningen inte beviljas/)).toBeInTheDocument();
    await user.click(screen.getByRole("combobox", { name: /Om ramökningen inte beviljas/ }));
    await user.click(screen.getByRole("option", { name: "Scenariots egna åtgärder" }));
    await waitFor(() => expect(port.saveScenarios).toHaveBeenCalled());
    const saved = port.saveScenarios.mock.calls.at(-1)![0];
    expect(saved[1]).not.toHaveProperty("fallbackScenarioId");
    await waitFor(() => expect(items(group)).toHaveLength(3));
  });
});
