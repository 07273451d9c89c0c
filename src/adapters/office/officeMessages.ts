/**
 * The Office.js port's messages in the pane's language: the texts (../../i18n/office.sv.ts and
 * office.en.ts) with the sheet and table names filled in, and the WorkbookErrors built of
 * them. Every message says what was and was not done, so the pane can show it as it is.
 */
import type { Language } from "../../i18n/language";
import { enOffice } from "../../i18n/office.en";
import { svOffice } from "../../i18n/office.sv";
import type { OfficePortTexts } from "../../i18n/texts.types";
import { problemText } from "../../i18n/problems";
import { conflictMessage } from "../../i18n/revisions";
import { textsFor } from "../../i18n/texts";
import type { Conflict } from "../../plan/documentMerge";
import type { DocumentProblem, Problem } from "../../store/problems";
import { WorkbookError } from "../../port/workbookPort";
import { MEASURES_SHEET, MEASURES_TABLE } from "./measuresTable";
import { STORE_SHEET } from "./planDocumentSheet";

const TEXTS: Readonly<Record<Language, OfficePortTexts>> = { sv: svOffice, en: enOffice };

export class OfficeMessages {
  readonly texts: OfficePortTexts;

  constructor(readonly language: Language = "sv") {
    this.texts = TEXTS[language];
  }

  problem(problem: Problem): string {
    return problemText(problem, this.language);
  }

  /** What went wrong in Excel, from an Error or an OfficeExtension.Error (message [code]). */
  describeCause(cause: unknown): string {
    if (
      cause instanceof Error ||
      (typeof cause === "object" && cause !== null && "message" in cause)
    ) {
      const { message, code } = cause as { message?: unknown; code?: unknown };
      const text = typeof message === "string" ? message.trim() : "";
      const codeText = typeof code === "string" && code !== "" ? code : "";
      if (text && codeText && !text.includes(codeText)) return `${text} [${codeText}]`;
      return text || codeText || this.texts.unknownCause;
    }
    return String(cause);
  }

  /** The plan document could not be read, so it (and what depends on it) is not written. */
  unreadable(problem: DocumentProblem, notDone: string): WorkbookError {
    return new WorkbookError(
      "unreadable",
      this.texts.unreadable(STORE_SHEET, this.problem(problem), notDone)
    );
  }

  /** A save refused by the merge: what the other change was; nothing of this one is written. */
  conflict(conflicts: readonly Conflict[]): WorkbookError {
    const texts = textsFor(this.language).revisions;
    return new WorkbookError("conflict", conflictMessage(texts, conflicts));
  }

  noTable(): WorkbookError {
    return new WorkbookError("noTable", this.texts.noTable(MEASURES_TABLE));
  }

  tableExists(): WorkbookError {
    return new WorkbookError("tableExists", this.texts.tableExists(MEASURES_TABLE));
  }

  /** The reference case is loaded only into a workbook without a plan: nothing is replaced. */
  planExists(): WorkbookError {
    return new WorkbookError("tableExists", this.texts.identity.planExists);
  }

  missingColumns(missing: readonly string[], notDone: string): WorkbookError {
    return new WorkbookError("storage", this.texts.missingColumns(missing, notDone));
  }

  storage(message: string): WorkbookError {
    return new WorkbookError("storage", message);
  }

  notFound(): WorkbookError {
    return new WorkbookError("notFound", this.texts.notFound);
  }

  notWritable(message: string): WorkbookError {
    return new WorkbookError("notWritable", message);
  }

  /** The message of a write that may have been done in part on the sheets of a new table. */
  creationPartlyWritten(): string {
    return this.texts.creationPartlyWritten(MEASURES_SHEET, STORE_SHEET);
  }
}
