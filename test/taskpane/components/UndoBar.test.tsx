/** @jest-environment jsdom */
/**
 * Undo of a deletion from the pane, through the Excel port over the fake workbook (issue 9, "Undo
 * that does not undo"): Ångra brings the row back whole — the =BUDGET formula, its number format,
 * the user's own column — at its place in the table.
 */
import "@testing-library/jest-dom";
import { MEASURES_SHEET, MEASURES_TABLE } from "../../../src/adapters/office/measuresTable";
import { HEADER, portOver, row, typedCells } from "../../support/officeFixtures";
import { waitFor } from "@testing-library/react";
import { findCard, renderApp, screen, within } from "../../support/renderPane";

jest.setTimeout(30_000);

const MEASURE_EFFECT = "=BUDGET.MEASUREEFFECT(1000,DATE(2026,7,1),2026)";

describe("Ångra in Excel", () => {
  it("brings the deleted row back whole, at its place", async () => {
    const { book, port } = portOver({
      header: [...HEADER, "Kommentar"],
      rows: [
        [...row({ Id: "m-0", Nr: 1, Åtgärd: "Första" }), ""],
        [
          ...row({
            Id: "m-1",
            Nr: 2,
            Åtgärd: "Minska köpta platser",
            "Effekt 2026 (tkr)": { formula: MEASURE_EFFECT, value: 500 },
          }),
          "Min egen anteckning",
        ],
        [...row({ Id: "m-2", Nr: 3, Åtgärd: "Sista" }), ""],
      ],
    });
    book.sheet(MEASURES_SHEET).ensure(2, 5).format = "# ##0,0";
    const before = typedCells(book);
    const { user } = renderApp(port);
    const card = await findCard(/Minska köpta platser/);
    await user.click(within(card).getByRole("button", { name: /^Ta bort Minska/ }));
    const status = await screen.findByText("”Minska köpta platser” togs bort.");
    await waitFor(() =>
      expect(book.tableValues(MEASURES_TABLE).map((r) => r[0])).toEqual(["Id", "m-0", "m-2"])
    );
    await user.click(
      within(status.closest(".fui-MessageBar") as HTMLElement).getByRole("button", {
        name: "Ångra",
      })
    );
    await findCard(/Minska köpta platser/);
    await waitFor(() => expect(typedCells(book)).toEqual(before));
    expect(book.cell(MEASURES_SHEET, "F3").formula).toBe(MEASURE_EFFECT);
    expect(book.cell(MEASURES_SHEET, "L3").value).toBe("Min egen anteckning");
  });
});
