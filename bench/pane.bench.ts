/**
 * The task pane's figures: how long it takes from an edit of one measure to the updated balance
 * with 1 000 measures (the core work the pane does on every edit: index the measures, compute the
 * balance per year), and the size of the JavaScript the page loads before it can show anything.
 */
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { gzipSync } from "zlib";
import { dec } from "../src/budget/money";
import { DEFAULT_SETTINGS, type Measure, type Scenario } from "../src/plan/model";
import { createMeasure } from "../src/plan/measureEdits";
import { balanceOf, indexMeasures } from "../src/plan/balance";
import { medianMs, round3 } from "./measure";

const DIST = resolve(__dirname, "../dist");

function thousandMeasures(): { measures: Measure[]; scenario: Scenario } {
  const measures: Measure[] = Array.from({ length: 1000 }, (_, i) => ({
    ...createMeasure(i % 5 === 0 ? "proposal" : "measure", [], DEFAULT_SETTINGS),
    id: `m-${i}`,
    nr: i + 1,
    title: `Åtgärd ${i + 1}`,
    effects: { 2026: dec(100 + i), 2027: dec(200 + i), 2028: dec(300 + i) },
    ambition: "lowers",
    goals: "negative",
  }));
  const every = (amount: number) => ({ 2026: dec(amount), 2027: dec(amount), 2028: dec(amount) });
  return {
    measures,
    scenario: {
      id: "s",
      name: "Bench",
      frameLines: [{ id: "ram", text: "Ram", amounts: every(1_215_046) }],
      needLines: [
        {
          id: "behov",
          area: "",
          cause: "Behov",
          source: { kind: "typed", amounts: every(48_900) },
        },
      ],
      requests: [],
      included: measures.filter((_, i) => i % 2 === 0).map((m) => m.id),
      requestedProposals: [],
    },
  };
}

function editToBalance(): Record<string, unknown> {
  const { measures, scenario } = thousandMeasures();
  let amount = 0;
  const ms = medianMs(
    () => {
      // One edit: a new amount in one measure, as the pane receives it after the port has written it.
      amount++;
      const edited = measures.map((m, i) =>
        i === 500 ? { ...m, effects: { ...m.effects, 2026: dec(amount) } } : m
      );
      return balanceOf(scenario, indexMeasures(edited), DEFAULT_SETTINGS);
    },
    31,
    5
  );
  return { bench: "pane", figure: "editToBalance", measures: 1000, ms: round3(ms) };
}

function initialJavaScript(): Record<string, unknown> {
  const html = join(DIST, "taskpane.html");
  if (!existsSync(html))
    return {
      bench: "pane",
      figure: "initialJavaScript",
      error: "no build: run npm run build first",
    };
  // The built page is minified: attribute values may be quoted or not.
  const scripts = [
    ...readFileSync(html, "utf8").matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g),
  ]
    .map((m) => m[1] ?? m[2] ?? "")
    .filter((src) => !/^https?:/.test(src));
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    const bytes = readFileSync(join(DIST, src));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return {
    bench: "pane",
    figure: "initialJavaScript",
    scripts,
    rawKiB: round3(raw / 1024),
    gzipKiB: round3(gzip / 1024),
  };
}

export function runPaneBench(): Record<string, unknown>[] {
  return [editToBalance(), initialJavaScript()];
}
