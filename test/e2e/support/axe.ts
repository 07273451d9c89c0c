/**
 * The axe-core accessibility scan of what a page shows now (WCAG 2.x A and AA rules), injected
 * from node_modules so it needs no network. Returns each violation as "rule: target html, …".
 */
import { readFileSync } from "fs";
import type { Page } from "playwright-core";

// Evaluated through the DevTools protocol: the pane's CSP rightly refuses an injected script tag.
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  readonly id: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly html: string }[];
}

export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    // Tabster's focus sentinels (Fluent v9's focus management) are focusable and aria-hidden on
    // purpose: a known false positive of aria-hidden-focus (microsoft/tabster#288).
    const context = { include: [["body"]], exclude: [["[data-tabster-dummy]"]] };
    const result = (await axe.run(context, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    })) as { violations: AxeViolation[] };
    return result.violations.map((v) => ({
      id: v.id,
      targets: v.nodes.map((n) => `${n.target.map(String).join(" ")} ${n.html.slice(0, 160)}`),
    }));
  });
  return violations.map((v) => `${v.id}: ${v.targets.join(", ")}`);
}
