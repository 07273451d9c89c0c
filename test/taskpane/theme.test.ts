import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { luminanceOf, themeFor } from "../../src/taskpane/theme";

describe("themeFor", () => {
  it("is light by default", () => {
    expect(themeFor()).toBe(webLightTheme);
    expect(themeFor(null)).toBe(webLightTheme);
    expect(themeFor({})).toBe(webLightTheme);
  });

  it("follows the brightness of Office's background", () => {
    expect(themeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "#f3f2f1" })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: "#000" })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: "#0a0a0a" })).toBe(webDarkTheme);
    // Office's "dark gray" theme is mid-dark: dark text would be hard to read on it.
    expect(themeFor({ bodyBackgroundColor: "#444444" })).toBe(webDarkTheme);
  });

  it("stays light for a colour it cannot read", () => {
    expect(themeFor({ bodyBackgroundColor: "black" })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "#12345" })).toBe(webLightTheme);
    expect(luminanceOf("rgb(0,0,0)")).toBeUndefined();
  });

  it("computes relative luminance", () => {
    expect(luminanceOf("#ffffff")).toBeCloseTo(1, 5);
    expect(luminanceOf("#000000")).toBeCloseTo(0, 5);
    expect(luminanceOf("#808080")).toBeCloseTo(0.2159, 3);
  });
});
