/**
 * The Fluent theme that matches Office's: dark when Office's body background is dark, light
 * otherwise (and when Office tells us nothing).
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";

/** The part of Office.context.officeTheme the pane looks at. */
export interface OfficeThemeColours {
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance (0 black … 1 white) of "#rgb" or "#rrggbb", or undefined when it is not such a colour. */
export function luminanceOf(colour: string): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m || m[1] === undefined) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** webDarkTheme for a dark Office background, webLightTheme otherwise. */
export function themeFor(officeTheme?: OfficeThemeColours | null): Theme {
  const background = officeTheme?.bodyBackgroundColor;
  if (typeof background !== "string") return webLightTheme;
  const luminance = luminanceOf(background);
  // 0.18 is where black and white text have about the same contrast against the background.
  return luminance !== undefined && luminance < 0.18 ? webDarkTheme : webLightTheme;
}
