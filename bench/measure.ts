/** Timing helpers for the benchmarks: warm up, then take the median of several runs. */
import { performance } from "perf_hooks";

export function medianMs(run: () => unknown, repeats = 15, warmups = 3): number {
  for (let i = 0; i < warmups; i++) run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
