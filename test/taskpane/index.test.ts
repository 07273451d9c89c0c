/**
 * @jest-environment jsdom
 *
 * The pane's one decision about where the plan lives: the workbook inside Excel, the browser's
 * local storage anywhere else.
 */
type OfficeFake = {
  HostType: { Excel: string };
  context: { host: string | null; displayLanguage: string };
  onReady: () => void;
};

function officeIn(host: string | null): OfficeFake {
  return {
    HostType: { Excel: "Excel" },
    context: { host, displayLanguage: "sv-SE" },
    onReady: () => undefined,
  };
}

async function choosePortWith(office: OfficeFake | undefined) {
  (globalThis as unknown as { Office?: OfficeFake }).Office = office;
  jest.resetModules();
  const { choosePort } = await import("../../src/taskpane");
  return choosePort();
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: OfficeFake }).Office;
});

describe("choosePort", () => {
  it("keeps the plan in the workbook when the pane runs in Excel", async () => {
    expect((await choosePortWith(officeIn("Excel"))).host).toBe("excel");
  });

  it("keeps the plan in the browser when office.js loaded outside Office", async () => {
    expect((await choosePortWith(officeIn(null))).host).toBe("browser");
  });

  it("keeps the plan in the browser when office.js could not be loaded at all", async () => {
    expect((await choosePortWith(undefined)).host).toBe("browser");
  });
});
