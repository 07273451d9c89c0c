/**
 * Screenshots of the pane at the widths it is used at: 350 px (a task pane) and 1 200 px (the
 * browser), into SHOTS_DIR (else /tmp/shots) and the test output, to be looked at.
 */
import { mkdirSync } from "fs";
import type { Page } from "playwright-core";
import { OUTPUT } from "./browser";

const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots";

/** `name`-350.png and `name`-1200.png of the whole page (or of the window, for a dialog). */
export async function photograph(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [350, 1200]) {
    await page.setViewportSize({ width, height: 1400 });
    await page.waitForTimeout(400); // Fluent's motion settles after a resize before the picture
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage });
    await page.screenshot({ path: `${OUTPUT}/${name}-${width}.png`, fullPage });
  }
  await page.setViewportSize({ width: 420, height: 900 });
}
