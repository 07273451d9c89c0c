/** @jest-environment jsdom */
/**
 * usePlan over a port in memory: the order of the port calls, what each change does to the
 * scenarios, and which step a failure names. The pane's texts are tested with the components.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { createMeasure } from "../../../src/plan/measureEdits";
import { REFERENCE_CHILDREN_PROPOSAL_ID } from "../../../src/plan/referenceCase";
import { WorkbookError } from "../../../src/port/workbookPort";
import { usePlan, type UsePlan } from "../../../src/taskpane/hooks/usePlan";
import { FakePort } from "../../support/renderPane";

jest.setTimeout(30_000);

async function loaded(port: FakePort): Promise<{ current: UsePlan }> {
  const { result } = renderHook(() => usePlan(port));
  await waitFor(() => expect(result.current.state.snapshot).not.toBeNull());
  return result;
}

const SCENARIO = "ref-scenario-balans-2026";
const included = (port: FakePort) => port.scenarios.find((s) => s.id === SCENARIO)!.included;

describe("usePlan", () => {
  it("loads the plan, and shows it again after a change", async () => {
    const port = FakePort.withReference();
    const result = await loaded(port);
    expect(result.current.state.snapshot?.measures).toHaveLength(9);
    const measure = createMeasure("measure", [], port.settings, { title: "Ny" });
    await act(() => result.current.actions.addMeasure(measure));
    expect(result.current.state.snapshot?.measures).toHaveLength(10);
    expect(result.current.state.busy).toBe(false);
  });

  it("includes a new measure in the scenario named, and saves no scenario otherwise", async () => {
    const port = FakePort.withReference();
    const result = await loaded(port);
    const first = createMeasure("measure", [], port.settings, { title: "Med" });
    await act(() => result.current.actions.addMeasure(first, SCENARIO));
    expect(included(port)).toContain(first.id);
    expect(port.saveScenarios).toHaveBeenCalledTimes(1);
    const second = createMeasure("measure", [], port.settings, { title: "Utan" });
    await act(() => result.current.actions.addMeasure(second, "no-such-scenario"));
    await act(() => result.current.actions.addMeasure(second, null));
    expect(port.saveScenarios).toHaveBeenCalledTimes(1);
  });

  it("deletes a measure out of its scenarios, and undo puts it back in them", async () => {
    const port = FakePort.withReference();
    const result = await loaded(port);
    await act(() => result.current.actions.deleteMeasure("ref-atgard-1"));
    expect(port.stored.map((s) => s.measure.id)).not.toContain("ref-atgard-1");
    expect(included(port)).not.toContain("ref-atgard-1");
    expect(result.current.state.deleted?.places).toEqual({ included: [SCENARIO], requested: [] });
    await act(() => result.current.actions.undoDelete());
    expect(port.stored.map((s) => s.measure.id)).toContain("ref-atgard-1");
    expect(included(port)).toContain("ref-atgard-1");
    expect(result.current.state.deleted).toBeNull();
  });

  it("deletes a requested proposal out of the scenarios requesting it, and undo requests it again", async () => {
    const port = FakePort.withReference();
    const result = await loaded(port);
    const requesting = () =>
      port.scenarios.filter((s) => s.requestedProposals.includes(REFERENCE_CHILDREN_PROPOSAL_ID));
    const before = requesting().map((s) => s.id);
    expect(before.length).toBeGreaterThan(0);
    await act(() => result.current.actions.deleteMeasure(REFERENCE_CHILDREN_PROPOSAL_ID));
    expect(requesting()).toEqual([]);
    await act(() => result.current.actions.undoDelete());
    expect(requesting().map((s) => s.id)).toEqual(before);
    expect(port.scenarios.some((s) => s.included.includes(REFERENCE_CHILDREN_PROPOSAL_ID))).toBe(
      false
    );
  });

  it("undo hands the deleted row back to restoreMeasure, whole, and puts it at its place", async () => {
    const port = FakePort.withReference();
    const result = await loaded(port);
    const order = port.stored.map((s) => s.measure.id);
    await act(() => result.current.actions.deleteMeasure("ref-atgard-2"));
    const row = await port.deleteMeasure.mock.results[0]!.value;
    expect(result.current.state.deleted?.row).toBe(row);
    await act(() => result.current.actions.undoDelete());
    expect(port.restoreMeasure).toHaveBeenCalledWith(row);
    expect(port.addMeasure).not.toHaveBeenCalled();
    expect(port.stored.map((s) => s.measure.id)).toEqual(order);
  });

  it("keeps the undo offered when the port refuses to put the row back", async () => {
    const port = FakePort.withReference();
    const result = await loaded(port);
    await act(() => result.current.actions.deleteMeasure("ref-atgard-2"));
    port.failNext("restoreMeasure", new WorkbookError("notWritable", "Id finns. Ingenting."));
    const failure = await act(() => result.current.actions.undoDelete());
    expect(failure?.action).toBe("undo");
    expect(result.current.state.deleted?.measure.id).toBe("ref-atgard-2");
  });

  it("deletes a measure no scenario includes without saving the scenarios", async () => {
    const port = FakePort.withReference();
    const result = await loaded(port);
    await act(() => result.current.actions.deleteMeasure("ref-forslag-2"));
    await act(() => result.current.actions.undoDelete());
    expect(port.saveScenarios).not.toHaveBeenCalled();
  });

  it("duplicates a measure with the next number of its kind", async () => {
    const port = FakePort.withReference();
    const result = await loaded(port);
    await act(() => result.current.actions.duplicateMeasure("ref-atgard-2"));
    const copy = port.stored[port.stored.length - 1]!.measure;
    expect(copy.title).toMatch(/ \(kopia\)$/);
    expect(copy.nr).toBe(6);
  });

  it("names the step that failed: the scenarios after the measure was deleted", async () => {
    const port = FakePort.withReference();
    const result = await loaded(port);
    port.failNext("saveScenarios", new WorkbookError("storage", "Kunde inte spara"));
    let failure: Awaited<ReturnType<UsePlan["actions"]["deleteMeasure"]>> = null;
    await act(async () => {
      failure = await result.current.actions.deleteMeasure("ref-atgard-1");
    });
    expect(failure).toMatchObject({ action: "scenarios" });
    expect(result.current.state.error).toMatchObject({ action: "scenarios" });
    act(() => result.current.actions.dismissError());
    expect(result.current.state.error).toBeNull();
  });

  it("shows saved scenarios at once, before the port has written them", async () => {
    const port = FakePort.withReference();
    const result = await loaded(port);
    const renamed = port.scenarios.map((s) => ({ ...s, name: "Nytt namn" }));
    let saving: Promise<unknown> = Promise.resolve();
    act(() => {
      saving = result.current.actions.saveScenarios(renamed);
    });
    expect(result.current.state.snapshot?.scenarios[0]?.name).toBe("Nytt namn");
    await act(() => saving);
    expect(port.scenarios[0]?.name).toBe("Nytt namn");
  });
});
