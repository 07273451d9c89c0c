/**
 * Debian's Chromium driven by playwright-core: headless, without sandbox or GPU, with none of the
 * background traffic this network-less machine would refuse, on a fresh profile each launch. The
 * Office CDN is blocked as it is on these machines, so the pane is tested as it runs outside Office.
 */
import { mkdtempSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const OUTPUT = resolve(__dirname, "../../../test-output/e2e");
const EXECUTABLE = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface PaneSession {
  context: BrowserContext;
  page: Page;
  /** Errors the page logged or threw; a test expects none. */
  errors: string[];
  close(): Promise<void>;
}

export async function openPane(url: string): Promise<PaneSession> {
  mkdirSync(OUTPUT, { recursive: true });
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), "ramkoll-e2e-")),
    {
      executablePath: EXECUTABLE,
      headless: true,
      locale: "sv-SE",
      viewport: { width: 420, height: 900 },
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    }
  );
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  // office.js cannot be reached here; the page must start without it.
  await context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !/appsforoffice|ERR_FAILED|net::/.test(message.text()))
      errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${url}/taskpane.html`);
  return { context, page, errors, close: () => context.close() };
}
