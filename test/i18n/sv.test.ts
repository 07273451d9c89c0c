import { sv } from "../../src/i18n/sv";

describe("Swedish texts", () => {
  it("uses the committee's Swedish words", () => {
    expect(sv.app.tabMeasures).toBe("Åtgärder");
    expect(sv.app.tabScenarios).toBe("Scenarier");
    expect(sv.app.tabCompare).toBe("Jämför");
    expect(sv.scenario.frame).toBe("Anvisad ram");
    expect(sv.scenario.needs).toBe("Behov utöver ram");
    expect(sv.scenario.requestedIncrease).toBe("Begärd ramökning");
    expect(sv.scenario.freed).toBe("Frigjorda medel");
    expect(sv.kinds.proposals).toBe("Utvecklingsförslag");
    expect(sv.balance.deficit("1 900 tkr")).toBe("Underskott 1 900 tkr");
    expect(sv.balance.surplus("1 100 tkr")).toBe("Överskott 1 100 tkr");
    expect(sv.balance.balanced).toBe("I balans");
    expect(sv.undo.undo).toBe("Ångra");
    expect(sv.list.formula).toBe("Formel i bladet");
    expect(sv.colours.ambition.lowers).toBe("Sänker ambitionsnivån");
  });
});
