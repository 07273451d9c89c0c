/** @jest-environment jsdom */
/** English when Office's display language is not Swedish. */
import "@testing-library/jest-dom";
import {
  FakePort,
  findCard,
  flat,
  renderApp,
  renderBrowser,
  screen,
  within,
} from "../../support/renderPane";

jest.setTimeout(30_000);

describe("English", () => {
  it("shows the pane in English, numbers with English separators", async () => {
    const { user } = renderBrowser("en-US");
    const card = await findCard(/Vakanshålla 24 platser/);
    expect(screen.getByRole("tab", { name: "Measures" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Scenarios" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Compare" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "New measure" })).toBeInTheDocument();
    expect(within(card).getByText("Measure 1")).toBeInTheDocument();
    expect(
      within(card)
        .getAllByRole("definition")
        .map((d) => flat(d.textContent))
    ).toContain("14,000 tkr");
    expect(within(card).getAllByText("RÖD")[0]!.closest(".fui-Badge")).toHaveTextContent(
      "RÖD: Lowers the ambition level"
    );

    await user.click(screen.getByRole("tab", { name: "Scenarios" }));
    const label = await screen.findByText("Result 2026");
    expect(flat(label.closest("li")!.textContent)).toBe("Result 2026Surplus 1,100 tkr");
    expect(
      flat((screen.getByLabelText("Placeringar barn och unga 2026 (tkr)") as HTMLInputElement).value)
    ).toBe("23,500");
  });

  it("shows the first view and the workbook's messages in English", async () => {
    const port = new FakePort();
    port.hasMeasuresTable = false;
    renderApp(port, "de-DE");
    expect(await screen.findByRole("heading", { name: "Get started" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Create measures table" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Load the example" })).toBeInTheDocument();
  });

  it("is Swedish for a Swedish display language", async () => {
    renderApp(FakePort.withReference(), "sv-SE");
    await findCard(/Vakanshålla/);
    expect(screen.getByRole("tab", { name: "Åtgärder" })).toBeInTheDocument();
  });
});
