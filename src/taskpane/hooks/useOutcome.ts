/**
 * The state of a button that does one thing and says what became of it (the committee table,
 * saving the plan as a file): idle, busy while it runs, then its outcome or its failure in words.
 */
import { useState } from "react";
import { thrownText } from "../errorText";

export type OutcomePhase<T> =
  | { readonly kind: "idle" }
  | { readonly kind: "busy" }
  | { readonly kind: "done"; readonly outcome: T }
  | { readonly kind: "failed"; readonly message: string };

/** `failedText` opens the failure message; the error's own text follows it. */
export function useOutcome<T>(failedText: string) {
  const [phase, setPhase] = useState<OutcomePhase<T>>({ kind: "idle" });
  const run = async (work: () => Promise<T>) => {
    setPhase({ kind: "busy" });
    try {
      setPhase({ kind: "done", outcome: await work() });
    } catch (error) {
      setPhase({ kind: "failed", message: `${failedText} ${thrownText(error)}` });
    }
  };
  return { phase, run };
}
