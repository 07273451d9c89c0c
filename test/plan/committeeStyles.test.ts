import { COLOUR_STYLE, STYLE_OF_COLOUR, STYLE_SPECS } from "../../src/plan/committeeStyles";

describe("committee styles", () => {
  it("give each colour cell its colour's fill and font, bold, bordered and centred", () => {
    for (const colour of ["red", "yellow", "green"] as const) {
      expect(STYLE_SPECS[STYLE_OF_COLOUR[colour]]).toEqual({
        fill: COLOUR_STYLE[colour].fill,
        font: COLOUR_STYLE[colour].font,
        bold: true,
        border: true,
        align: "center",
      });
    }
  });
});
