import fc from "fast-check";
import { newMeasureId, newScenarioId } from "../../src/plan/ids";

describe.each([
  ["newMeasureId", newMeasureId, "m-"],
  ["newScenarioId", newScenarioId, "s-"],
] as const)("%s", (_name, newId, prefix) => {
  it("makes a fresh id that is not among the existing ones", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 30 }), (existing) => {
        const id = newId(existing);
        return id.length > 2 && !existing.includes(id);
      })
    );
  });

  it(`starts with "${prefix}" and 12 base-36 characters`, () => {
    expect(newId([])).toMatch(new RegExp(`^${prefix}[0-9a-z]{12}$`));
  });

  it("never collides with an existing id of its own kind, whatever the random source gives", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1 }), (rs) => {
        let i = 0;
        const random = () => rs[i++ % rs.length]!;
        const taken: string[] = [];
        for (let k = 0; k < 10; k++) taken.push(newId(taken, random));
        return new Set(taken).size === taken.length;
      })
    );
  });

  it("does not loop or repeat an id even when the random source is stuck", () => {
    const stuck = () => 0;
    const first = newId([], stuck);
    const taken = [first];
    for (let i = 0; i < 20; i++) taken.push(newId(taken, stuck));
    expect(new Set(taken).size).toBe(taken.length);
  });

  it("gives a thousand new ids without a repeat", () => {
    const ids: string[] = [];
    for (let i = 0; i < 1_000; i++) ids.push(newId([]));
    expect(new Set(ids).size).toBe(1_000);
  });
});
