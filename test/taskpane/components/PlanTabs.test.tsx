/** @jest-environment jsdom */
/**
 * The pane over the browser's port and the read model: a measure row copied in the sheet is
 * listed read-only with its problem and counted once, a repeated Nr is named, and "Skapa
 * nämndtabell" gets the same measures as the balance (the "Counted twice": 14 000 once).
 */
import "@testing-library/jest-dom";
import { waitFor } from "@testing-library/react";
import { BrowserWorkbook, MemoryStorage } from "../../../src/adapters/browser/browserWorkbook";
import type { CommitteeTable } from "../../../src/plan/committeeTable";
import { COMMITTEE_TEXT } from "../../../src/plan/committeeTexts";
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { serializePlanDocument } from "../../../src/store/planDocument";
import { HEADER, row } from "../../support/measureRows";
import { flat, findCard, renderApp, screen, within } from "../../support/renderPane";
import { named } from "../../support/scenarios";

jest.setTimeout(30_000);

function copiedRowPort() {
  const storage = new MemoryStorage();
  const scenario = named("s", ["m-1", "m-2"], "Budget");
  storage.setItem(
    "ramkoll.plan",
    serializePlanDocument({ settings: DEFAULT_SETTINGS, scenarios: [scenario] })
  );
  const rows = [
    row(),
    row({ Åtgärd: "Kopia av vakanshållningen" }), // copied in Excel: the same Id m-1
    row({ Id: "m-2", Åtgärd: "Färre inhyrda", "Effekt 2026 (tkr)": 500, "Effekt 2027 (tkr)": 0 }),
  ];
  storage.setItem("ramkoll.measures", JSON.stringify([HEADER, ...rows]));
  const port = new BrowserWorkbook(storage, { events: null, saveFile: () => undefined });
  const tables: CommitteeTable[] = [];
  const create = port.createCommitteeTable.bind(port);
  jest.spyOn(port, "createCommitteeTable").mockImplementation(async (table) => {
    tables.push(table);
    return create(table);
  });
  return { port, tables };
}

describe("the pane over the read model", () => {
  it("lists a copied row read-only with its problem, and names a repeated Nr", async () => {
    const { port } = copiedRowPort();
    renderApp(port);
    const copy = await findCard(/Kopia av vakanshållningen/);
    expect(flat(copy.textContent)).toContain(
      "Rad 3: id ”m-1” används redan på rad 2. Raden 2 gäller; denna rad (en kopia?) visas men räknas inte"
    );
    expect(within(copy).queryByRole("button", { name: /Redigera/ })).toBeNull();
    const first = await findCard(/Vakanshålla 24 platser/);
    expect(within(first).getByRole("button", { name: /Redigera/ })).toBeInTheDocument();
    expect(flat(document.body.textContent)).toContain(
      "Rad 4: Nr 1 används redan av åtgärden på rad 2. Båda raderna räknas"
    );
  });

  it("Counted twice: the committee table gets the measure once and frees 14 000, as the balance", async () => {
    const { port, tables } = copiedRowPort();
    const { user } = renderApp(port);
    await findCard(/Vakanshålla 24 platser/);
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    await user.click(await screen.findByRole("button", { name: "Skapa nämndtabell" }));
    await waitFor(() => expect(tables).toHaveLength(1));
    const table = tables[0]!;
    const titles = table.rows.flat().map((c) => c?.value);
    expect(titles.filter((v) => v === "Vakanshålla 24 platser")).toHaveLength(1);
    expect(titles).not.toContain("Kopia av vakanshållningen");
    const freed = table.rows.find((r) => r[0]?.value === COMMITTEE_TEXT.freedTotal)!;
    expect(freed.filter((c) => c?.formula).map((c) => c!.value)).toEqual([14_500, 14_000, 0]);
  });

  it("an included measure whose row is only shown is said not to count, not hidden", async () => {
    const storage = new MemoryStorage();
    storage.setItem(
      "ramkoll.plan",
      serializePlanDocument({
        settings: DEFAULT_SETTINGS,
        scenarios: [named("s", ["m-1"], "Budget")],
      })
    );
    const unreadable = row({ "Effekt 2026 (tkr)": "fjorton tusen" });
    storage.setItem("ramkoll.measures", JSON.stringify([HEADER, unreadable]));
    const { user } = renderApp(new BrowserWorkbook(storage, { events: null }));
    await findCard(/Vakanshålla 24 platser/);
    await user.click(screen.getByRole("tab", { name: "Scenarier" }));
    expect(
      await screen.findByText(/1 post i scenariot .* eller visas där bara \(se problemen ovan\)/)
    ).toBeInTheDocument();
  });
});
