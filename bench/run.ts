/**
 * `npm run bench`: prints one JSON object per line for each figure. Benchmarks measure; they
 * never pass or fail.
 */
import { runFunctionsBench } from "./functions.bench";

const suites: [string, () => Record<string, unknown>[]][] = [["functions", runFunctionsBench]];
const only = process.argv[2];

for (const [name, run] of suites) {
  if (only && only !== name) continue;
  for (const record of run()) console.log(JSON.stringify(record));
}
