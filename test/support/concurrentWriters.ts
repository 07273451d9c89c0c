/**
 * N writers editing the plan document at once through their own port, for the concurrency tests:
 * each reads the plan, waits a random while (deterministic: a seeded number of microtask turns),
 * makes one random edit of the scenarios it read and saves it based on what it read. Every edit
 * writes a value no other edit writes, so the final document shows which edits survived.
 */
import { dec, type Decimal } from "../../src/budget/money";
import { withAddedLine, withLineAmount } from "../../src/plan/lineEdits";
import type { Scenario } from "../../src/plan/model";
import { frameOf, named } from "./scenarios";
import { WorkbookError } from "../../src/port/workbookPort";
import type { PlanSnapshot, WorkbookPort } from "../../src/port/workbookPort";

/** A seeded pseudo-random generator (mulberry32), so a failing run can be repeated. */
export function seeded(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Lets `turns` microtask turns pass: other writers run meanwhile. */
export async function turns(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await Promise.resolve();
}

/** One edit: the field it sets ("frame s-1 2027", "name s-2", "include s-1 m-3-4", "add s-3-4"). */
export interface Edit {
  readonly field: string;
  readonly value: string;
  /** The field's value in what the writer read ("" where it had none). */
  readonly seen: string;
  outcome: "saved" | "refused" | "failed";
  error?: unknown;
}

const YEARS = [2026, 2027, 2028];

/** The value of an edit's field in a plan ("" where it has none). */
export function valueIn(scenarios: readonly Scenario[], field: string): string {
  const [kind, id, extra] = field.split(" ") as [string, string, string | undefined];
  const s = scenarios.find((x) => x.id === id);
  if (kind === "add") return s ? "yes" : "";
  if (!s) return "";
  if (kind === "name") return s.name;
  if (kind === "include") return s.included.includes(extra ?? "") ? "yes" : "";
  return frameOf(s, Number(extra))?.toString() ?? "";
}

/** The scenario with its first frame line's amount of `year` set (a first line added if it has none). */
function withFrame(s: Scenario, year: number, value: Decimal): Scenario {
  const first = s.frameLines[0];
  if (first) return withLineAmount(s, "frameLines", first.id, year, value);
  return withAddedLine(s, "frameLines", { id: "ram", text: "Ram", amounts: { [year]: value } });
}

/** A random edit of the scenarios `seen`, unique to writer `w`, round `r`. */
export function edit(
  seen: readonly Scenario[],
  random: (n: number) => number,
  w: number,
  r: number
) {
  const target = seen[random(seen.length)]!;
  const unique = `${w}-${r}`;
  const kind = random(4);
  let field: string;
  let value: string;
  let next: Scenario[];
  const replace = (s: Scenario) => seen.map((x) => (x.id === target.id ? s : x));
  if (kind === 0) {
    field = `add s-${unique}`;
    value = "yes";
    next = [...seen, named(`s-${unique}`, [], `Alt ${unique}`)];
  } else if (kind === 1) {
    field = `name ${target.id}`;
    value = `Alt ${unique}`;
    next = replace({ ...target, name: value });
  } else if (kind === 2) {
    field = `include ${target.id} m-${unique}`;
    value = "yes";
    next = replace({ ...target, included: [...target.included, `m-${unique}`] });
  } else {
    const year = YEARS[random(YEARS.length)]!;
    field = `frame ${target.id} ${year}`;
    value = String(1_000_000 + w * 1_000 + r);
    next = replace(withFrame(target, year, dec(value)));
  }
  return { field, value, next };
}

/** Writer `w`: `rounds` times read, wait, edit, save; every edit and its outcome into `edits`. */
async function writer(
  port: WorkbookPort,
  w: number,
  rounds: number,
  random: (n: number) => number,
  edits: Edit[]
): Promise<void> {
  for (let r = 0; r < rounds; r++) {
    const snapshot: PlanSnapshot = await port.load();
    await turns(random(60));
    const { field, value, next } = edit(snapshot.scenarios, random, w, r);
    const entry: Edit = {
      field,
      value,
      seen: valueIn(snapshot.scenarios, field),
      outcome: "saved",
    };
    edits.push(entry);
    const base = {
      revision: snapshot.revision,
      settings: snapshot.settings,
      scenarios: snapshot.scenarios,
    };
    try {
      await port.saveScenarios(next, base);
    } catch (e) {
      entry.outcome = e instanceof WorkbookError && e.reason === "conflict" ? "refused" : "failed";
      entry.error = e;
    }
  }
}

/** What the writers did, checked against the final plan. */
export interface Outcome {
  readonly edits: readonly Edit[];
  /** Saved edits whose value is not in the final plan and that no later saved edit replaced. */
  readonly lost: readonly Edit[];
  /** Edits that failed otherwise than refused as a conflict. */
  readonly failed: readonly Edit[];
  /** Refused edits whose value is in the final plan anyway. */
  readonly refusedButStored: readonly Edit[];
}

/**
 * A saved edit survives when its value is in the final plan, or when a later saved edit of the
 * same field replaced it having seen it (merges take mine over theirs only where theirs equals
 * what mine saw, so a replacement that had not seen it would have been refused).
 */
export function check(edits: readonly Edit[], final: readonly Scenario[]): Outcome {
  const saved = edits.filter((e) => e.outcome === "saved");
  const survives = (e: Edit) =>
    valueIn(final, e.field) === e.value ||
    (e.field.startsWith("include ")
      ? false
      : saved.some((other) => other !== e && other.field === e.field && other.seen === e.value));
  return {
    edits,
    lost: saved.filter((e) => !survives(e)),
    failed: edits.filter((e) => e.outcome === "failed"),
    refusedButStored: edits.filter(
      (e) => e.outcome === "refused" && valueIn(final, e.field) === e.value
    ),
  };
}

/**
 * Runs one writer per port (ports of one workbook), `rounds` edits each; checks the final plan.
 * `others`: the edits of writers outside them (each saved as it was made) and how to stop those
 * writers before the final read.
 */
export async function runWriters(
  ports: readonly WorkbookPort[],
  rounds: number,
  seed: number,
  others: { readonly edits: Edit[]; readonly stop: () => void } | null = null
): Promise<Outcome> {
  const edits: Edit[] = [];
  await Promise.all(ports.map((port, w) => writer(port, w, rounds, seeded(seed * 31 + w), edits)));
  others?.stop(); // writers this test does not run through a port (another runtime) stop too
  const final = await ports[0]!.load();
  return check([...edits, ...(others?.edits ?? [])], final.scenarios);
}

/** Prints the line in the test output (the issue asks for it there) and returns it for the assertion. */
export function printed(line: string): string {
  process.stdout.write(`${line}\n`);
  return line;
}

/** The line the tests assert, so a failure prints what was lost. */
export function summary(outcomes: readonly Outcome[]): string {
  const all = outcomes.flatMap((o) => o.edits);
  const lost = outcomes.reduce((n, o) => n + o.lost.length + o.refusedButStored.length, 0);
  const failed = outcomes.reduce((n, o) => n + o.failed.length, 0);
  const refused = all.filter((e) => e.outcome === "refused").length;
  return (
    `nothing lost: ${outcomes.length} cases, ${all.length} changes, ` +
    `${all.length - refused - failed} saved, ${refused} refused and told, ${failed} failed, ${lost} lost`
  );
}
