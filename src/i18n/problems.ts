/**
 * The words for the problems the store reports as codes (src/store/problems.ts) when it reads the
 * measures table or the plan document. The texts are in sv.ts and en.ts.
 */
import type { Problem } from "../store/problems";
import { enProblems } from "./en";
import type { Language } from "./language";
import { svProblems } from "./sv";
import type { ProblemTexts } from "./texts.types";

const PROBLEM_TEXTS: Readonly<Record<Language, ProblemTexts>> = { sv: svProblems, en: enProblems };

/** The text of a problem in the language asked for (English for a language it does not know). */
export function problemText(problem: Problem, language: Language): string {
  const texts = PROBLEM_TEXTS[language] ?? enProblems;
  const render = texts[problem.code] as (p: unknown) => string;
  return render(problem.params);
}
