/**
 * The concurrency test of issue 9 in the browser: writers in separate tabs (one BrowserWorkbook
 * each) over one storage, each reading the plan, waiting a random while and saving one random
 * scenario edit based on what it read. Every change that was not refused is in the final plan,
 * and every refused change was told to its writer as a conflict.
 */
import { BrowserWorkbook, MemoryStorage } from "../../../src/adapters/browser/browserWorkbook";
import { runWriters, printed, summary } from "../../support/concurrentWriters";
import type { Outcome } from "../../support/concurrentWriters";

const SEEDS = [11, 12, 13, 14, 15, 16];
const WRITERS = 4;
const ROUNDS = 6;

async function oneCase(seed: number): Promise<Outcome> {
  const storage = new MemoryStorage();
  const tab = () => new BrowserWorkbook(storage, { events: null });
  await tab().load(); // the first visit stores the reference case
  return runWriters(Array.from({ length: WRITERS }, tab), ROUNDS, seed);
}

describe("the browser's plan document under concurrent tabs", () => {
  it("loses no saved change and tells every refused one", async () => {
    const outcomes: Outcome[] = [];
    for (const seed of SEEDS) outcomes.push(await oneCase(seed));
    const edits = outcomes.flatMap((o) => o.edits);
    const refused = edits.filter((e) => e.outcome === "refused").length;
    const total = SEEDS.length * WRITERS * ROUNDS;
    expect(printed(summary(outcomes))).toBe(
      `nothing lost: ${SEEDS.length} cases, ${total} changes, ` +
        `${total - refused} saved, ${refused} refused and told, 0 failed, 0 lost`
    );
  });
});
