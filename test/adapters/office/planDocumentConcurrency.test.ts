/**
 * The concurrency test of issue 9: writers in separate panes (one OfficeWorkbook each) over one
 * fake workbook that answers slowly, each reading the plan, waiting a random while and saving
 * one random scenario edit based on what it read. The final plan document holds every change
 * that was not refused, and every refused change was told to its writer as a conflict.
 */
import { DEFAULT_SETTINGS } from "../../../src/plan/model";
import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { STORE_SHEET, splitIntoChunks } from "../../../src/adapters/office/planDocumentSheet";
import { parsePlanDocument, serializePlanDocument } from "../../../src/store/planDocument";
import type { FakeWorkbook } from "../../support/excel";
import { documentJson, portOver, scenario } from "../../support/officeFixtures";
import {
  edit,
  runWriters,
  seeded,
  printed,
  summary,
  turns,
  valueIn,
} from "../../support/concurrentWriters";
import type { Edit, Outcome } from "../../support/concurrentWriters";

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const WRITERS = 5;
const ROUNDS = 6;

/** The plan document's cells A2, A3, … as the store sheet holds them now. */
function storedJson(book: FakeWorkbook): { json: string; rows: number } {
  const chunks: string[] = [];
  for (let r = 2; book.cell(STORE_SHEET, `A${r}`).value !== ""; r++)
    chunks.push(String(book.cell(STORE_SHEET, `A${r}`).value));
  return { json: chunks.join(""), rows: chunks.length };
}

/**
 * Another Office runtime on the workbook (one these panes cannot queue behind): now and then,
 * between two syncs of theirs, it saves one random edit, reading and writing the store at once.
 */
function otherRuntime(book: FakeWorkbook, seed: number) {
  const random = seeded(seed * 7 + 3);
  const edits: Edit[] = [];
  let round = 0;
  book.afterEachSync = () => {
    if (random(5) !== 0) return;
    const { json, rows } = storedJson(book);
    const read = parsePlanDocument(json);
    if (!read.ok) throw new Error("the other runtime found no readable plan document");
    const { settings, scenarios, revision } = read.document;
    const made = edit(scenarios, random, 99, round++);
    edits.push({ ...made, seen: valueIn(scenarios, made.field), outcome: "saved" });
    const chunks = splitIntoChunks(
      serializePlanDocument({ settings, scenarios: made.next, revision: revision + 1 })
    );
    const blanks = Array.from({ length: Math.max(0, rows - chunks.length) }, () => [""]);
    book.setCells(STORE_SHEET, "A2", [...chunks.map((c) => [c]), ...blanks]);
  };
  return { edits, stop: () => (book.afterEachSync = null) };
}

async function oneCase(seed: number, withOtherRuntime = false): Promise<Outcome> {
  const scenarios = [scenario("s-1", "Alt 1"), scenario("s-2", "Alt 2"), scenario("s-3", "Alt 3")];
  const { book } = portOver({ document: documentJson(DEFAULT_SETTINGS, scenarios) });
  const delay = seeded(seed);
  book.syncDelay = () => turns(delay(40)); // Excel answers after a random while
  const ports = Array.from({ length: WRITERS }, () => new OfficeWorkbook());
  const others = withOtherRuntime ? otherRuntime(book, seed) : null;
  const outcome = await runWriters(ports, ROUNDS, seed, others);
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
    expect(printed(summary(outcomes))).toBe(
      `nothing lost: ${SEEDS.length} cases, ${total} changes, ` +
        `${total - refused} saved, ${refused} refused and told, 0 failed, 0 lost`
    );
    expect(failed).toBe(0);
    // The writers did get in each other's way: some saves were refused, most were merged.
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(total / 2);
  });

  it("loses nothing either when another runtime saves between the panes' syncs", async () => {
    const outcomes: Outcome[] = [];
    for (const seed of SEEDS) outcomes.push(await oneCase(seed, true));
    const edits = outcomes.flatMap((o) => o.edits);
    const refused = edits.filter((e) => e.outcome === "refused").length;
    const others = edits.length - SEEDS.length * WRITERS * ROUNDS;
    expect(others).toBeGreaterThan(0);
    expect(printed(summary(outcomes))).toBe(
      `nothing lost: ${SEEDS.length} cases, ${edits.length} changes, ` +
        `${edits.length - refused} saved, ${refused} refused and told, 0 failed, 0 lost`
    );
  });
});
