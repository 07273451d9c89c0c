/* global globalThis */
/**
 * Fresh ids for measures and scenarios. Ids are random rather than counted so that an id is never
 * reused even after what had it was deleted and is no longer among the existing ids (a scenario
 * saved earlier may still name a deleted measure).
 */

/** A random source giving values in [0, 1); tests pass their own. */
export type RandomSource = () => number;

function defaultRandom(): number {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } })
    .crypto;
  if (c?.getRandomValues) {
    const a = new Uint32Array(1);
    c.getRandomValues(a);
    return (a[0] ?? 0) / 4294967296;
  }
  return Math.random();
}

const BODY_LENGTH = 12;

/** `prefix` followed by 12 random base-36 characters (about 62 bits), not among `existingIds`. */
function freshId(prefix: string, existingIds: Iterable<string>, random: RandomSource): string {
  const taken = existingIds instanceof Set ? (existingIds as Set<string>) : new Set(existingIds);
  for (let attempt = 0; ; attempt++) {
    let body = "";
    for (let i = 0; i < BODY_LENGTH; i++) {
      const r = random();
      const digit = Number.isFinite(r) ? Math.min(35, Math.max(0, Math.floor(r * 36))) : 0;
      body += digit.toString(36);
    }
    // A broken random source (constant output) must not loop forever: add the attempt number.
    const id = attempt < 8 ? `${prefix}${body}` : `${prefix}${body}-${attempt}`;
    if (!taken.has(id)) return id;
  }
}

/** A fresh measure id, "m-" and 12 random characters, not among `existingIds`. */
export function newMeasureId(
  existingIds: Iterable<string>,
  random: RandomSource = defaultRandom
): string {
  return freshId("m-", existingIds, random);
}

/** A fresh scenario id, "s-" and 12 random characters, not among `existingIds`. */
export function newScenarioId(
  existingIds: Iterable<string>,
  random: RandomSource = defaultRandom
): string {
  return freshId("s-", existingIds, random);
}

/** A fresh id for a line of a scenario (frame, need or request), "l-" and 12 random characters. */
export function newLineId(
  existingIds: Iterable<string>,
  random: RandomSource = defaultRandom
): string {
  return freshId("l-", existingIds, random);
}
