/**
 * The concurrency test of issue 9: writers in separate panes (one OfficeWorkbook each) over one
 * fake workbook that answers slowly, each reading the plan, waiting a random while and saving
 * one random scenario edit based on what it read. The final plan document holds every change
 * that was not refused, and every refused change was told to its writer as a conflict.
 */
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { documentJson, portOver, scenario } from "../../support/officeFixtures";
import { runWriters, seeded, summary, turns } from "../../support/concurrentWriters";
import type { Outcome } from "../../support/concurrentWriters";

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const WRITERS = 5;
const ROUNDS = 6;

async function oneCase(seed: number): Promise<Outcome> {
  const scenarios = [scenario("s-1", "Alt 1"), scenario("s-2", "Alt 2"), scenario("s-3", "Alt 3")];
  const { book } = portOver({ document: documentJson(DEFAULT_SETTINGS, scenarios) });
  const delay = seeded(seed);
  book.syncDelay = () => turns(delay(40)); // Excel answers after a random while
  const ports = Array.from({ length: WRITERS }, () => new OfficeWorkbook());
  const outcome = await runWriters(ports, ROUNDS, seed);
  expect(book.mostRunning).toBe(1); // the batches never interleaved
  return outcome;
}

describe("the plan document under concurrent writers", () => {
  it("loses no saved change and tells every refused one", async () => {
    const outcomes: Outcome[] = [];
    for (const seed of SEEDS) outcomes.push(await oneCase(seed));
    const edits = outcomes.flatMap((o) => o.edits);
    const refused = edits.filter((e) => e.outcome === "refused").length;
    const failed = edits.filter((e) => e.outcome === "failed").length;
    const total = SEEDS.length * WRITERS * ROUNDS;
    expect(summary(outcomes)).toBe(
      `nothing lost: ${SEEDS.length} cases, ${total} changes, ` +
        `${total - refused} saved, ${refused} refused and told, 0 failed, 0 lost`
    );
    expect(failed).toBe(0);
    // The writers did get in each other's way: some saves were refused, most were merged.
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(total / 2);
  });
});
