/**
 * `npm run bench`: prints one JSON object per line for each figure. Benchmarks measure; they
 * never pass or fail. `npm run bench -- NAME` runs one suite.
 */
import { runCommitteeBench } from "./committee.bench";
import { runFunctionsBench } from "./functions.bench";
import { runPaneBench } from "./pane.bench";

type Suite = () => Record<string, unknown>[] | Promise<Record<string, unknown>[]>;
const suites: [string, Suite][] = [
  ["functions", runFunctionsBench],
  ["committee", runCommitteeBench],
  ["pane", runPaneBench],
];
const only = process.argv[2];

async function main(): Promise<void> {
  for (const [name, run] of suites) {
    if (only && only !== name) continue;
    for (const record of await run()) console.log(JSON.stringify(record));
  }
}

void main();
