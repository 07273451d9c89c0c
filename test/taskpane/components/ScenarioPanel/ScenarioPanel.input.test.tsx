/** @jest-environment jsdom */
/** A scenario name longer than one Excel cell holds (issue 9, item 8): refused with its count, never cut. */
import "@testing-library/jest-dom";
import { FakePort, findCard, renderApp, screen, within } from "../../../support/renderPane";

// Generous: under a full parallel run on two cores a rendered pane can take several times longer.
jest.setTimeout(90_000);

const plain = (text: string | null | undefined) => (text ?? "").replace(/[\s\u00a0]+/g, " ");

describe("renaming a scenario", () => {
  it("refuses a 40 000-character name with the count and saves nothing", async () => {
    const port = FakePort.withReference();
    const { user } = renderApp(port);
    await findCard(/Vakanshålla 24 platser/);
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    await user.click(await screen.findByRole("button", { name: "Byt namn" }));
    const dialog = await screen.findByRole("dialog", { name: "Byt namn på scenariot" });
    const name = within(dialog).getByRole("textbox", { name: /Namn/ });
    await user.clear(name);
    await user.click(name);
    await user.paste("x".repeat(40_000));
    await user.click(within(dialog).getByRole("button", { name: "Spara" }));
    expect(
      plain(within(dialog).getByText(/tecken, högst/, { normalizer: plain }).textContent)
    ).toMatch(/^Namn: 40 000 tecken, högst 32 767/);
    expect(port.saveScenarios).not.toHaveBeenCalled();
    expect((name as HTMLInputElement).value).toHaveLength(40_000);
  });
});
