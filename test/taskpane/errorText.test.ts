/** The words the pane uses for a failure: the workbook's own, or a named unexpected error. */
import { textsFor } from "../../src/i18n/texts";
import { WorkbookError } from "../../src/port/workbookPort";
import { failureText, thrownText } from "../../src/taskpane/errorText";

const t = textsFor("sv");

describe("thrownText", () => {
  it("gives an Error's message, and anything else as text", () => {
    expect(thrownText(new Error("GeneralException"))).toBe("GeneralException");
    expect(thrownText(new WorkbookError("storage", "Ingenting har sparats."))).toBe(
      "Ingenting har sparats."
    );
    expect(thrownText("timeout")).toBe("timeout");
    expect(thrownText(42)).toBe("42");
  });
});

describe("failureText", () => {
  it("gives a WorkbookError's own words unchanged", () => {
    const error = new WorkbookError(
      "notWritable",
      "Raden skrivs inte över. Ingenting har ändrats."
    );
    expect(failureText(error, t)).toBe("Raden skrivs inte över. Ingenting har ändrats.");
  });

  it("names anything else as an unexpected error that may or may not have been saved", () => {
    expect(failureText(new Error("connection lost"), t)).toBe(
      "Oväntat fel: connection lost. Ändringen kan ha sparats helt, delvis eller inte alls."
    );
    expect(failureText("boom", t)).toBe(t.errors.unexpected("boom"));
  });
});
