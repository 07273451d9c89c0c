/**
 * The Office.js port's messages in English (OfficeWorkbook, src/adapters/office/officeMessages.ts):
 * each says what was and was not done. They are a file of their own, not part of en.ts, so that
 * they travel with the Office adapter's chunk and stay out of the pane's first script.
 */
import type { OfficePortTexts } from "./texts.types";

export const enOffice: OfficePortTexts = {
  actions: {
    load: "read the plan",
    createTable: "create the measures table",
    loadReferenceCase: "load the example",
    addMeasure: "add the measure",
    updateMeasure: "save the change",
    deleteMeasure: "delete the measure",
    saveScenarios: "save the scenarios",
    saveSettings: "save the settings",
    createCommitteeTable: "create the committee table",
    subscribe: "watch the table for changes",
    unsubscribe: "stop watching the table for changes",
  },
  nothingChanged: "Nothing was changed in the workbook.",
  unknownCause: "unknown error",
  excelFailed: (action, cause, done) => `Excel could not ${action} (${cause}). ${done}`,
  mayBePartlySaved: "The change may have been saved in part; read the plan again.",
  unreadable: (storeSheet, problem, notDone) =>
    `The plan stored on the sheet ${storeSheet} could not be read, so it is not written over: ${problem} ` +
    `${notDone} Correct or delete the text on the sheet ${storeSheet} (it is hidden; show it with Unhide) and try again.`,
  noTable: (table) =>
    `The workbook has no measures table (${table}). Create the table or load the example first. Nothing was changed in the workbook.`,
  missingColumns: (columns, notDone) =>
    `The measures table lacks the ${columns.length === 1 ? "column" : "columns"} ${columns.map((c) => `“${c}”`).join(", ")}, so the data cannot be saved there. ` +
    `${notDone} Put the column back in the table and try again.`,
  tableExists: (table) =>
    `The workbook already has a measures table (${table}). No new table was created.`,
  tableNotCreated: "No table was created and the plan is untouched.",
  creationPartlyWritten: (measuresSheet, storeSheet) =>
    `What Excel did before the error is still there: check the sheets ${measuresSheet} and ${storeSheet} ` +
    `and delete a half-made table before you try again.`,
  measureNotAdded: "The measure was not added.",
  additionPartlyWritten:
    "The measure may have been added as a new last row of the table, in full or without formats; read the plan again and check the last row.",
  idTakenOrEmpty: (id, notDone) =>
    `The id “${id}” is already in the table or is empty, and two rows may not have the same id. ${notDone}`,
  rowUnchanged: (row) => `Row ${row} is unchanged.`,
  cellsPartlyWritten: (cells, row) =>
    `Some of the ${cells} cells in row ${row} may have been written and others not; ` +
    `read the plan again and check the row. The row's other cells are untouched.`,
  rowMayRemain: (row) => `Row ${row} may still be there; read the plan again and check the table.`,
  notFound:
    "The measure is no longer in the table; it may have been deleted or given another id on the sheet. Nothing was changed in the workbook.",
  notWritable: (row) =>
    `Row ${row} of the measures table holds something Ramkoll cannot read (see the list of problems), so the row is not written over. ` +
    `Correct the row on the sheet and try again. Nothing was changed in the workbook.`,
  resignedFormulas: (columns, row) =>
    `The type cannot be changed here: amounts are written with the sign of their effect on the result, so they must change sign, but ` +
    `${columns.map((c) => `“${c}”`).join(", ")} in row ${row} holds a formula that Ramkoll does not write over. Change the formula or give the amounts ` +
    `in the same change. Row ${row} is unchanged.`,
  amountTooLarge:
    "An amount is too large to be written in a cell. Nothing was changed in the workbook.",
  notReadableBack: (problem) =>
    `The plan is not saved because it could not be read back: ${problem} Nothing was changed in the workbook.`,
  scenariosNotSaved: "The scenarios were not saved.",
  scenariosPartlyWritten: (storeSheet) =>
    `The scenarios were probably not saved; read the plan again to see what the sheet ${storeSheet} holds. The measures table is untouched.`,
  settingsNotSaved: "The settings were not saved.",
  settingsPartlyWritten: (storeSheet, measuresSheet) =>
    `The settings were probably not saved and new year columns may be missing; read the plan again and check the sheets ` +
    `${storeSheet} and ${measuresSheet}.`,
  committeePartlyWritten: (sheet) =>
    `The committee table on the sheet “${sheet}” may have been written in part; create it again.`,
  notWatching: (doing, cause) =>
    `Excel could not ${doing} (${cause}). The list of measures does not update by itself when the sheet changes; ` +
    `read the plan again by hand.`,
  undo: {
    action: "undo the deletion",
    notRestored: "The row has not been put back.",
    idInUse: (id) =>
      `A row with the id "${id}" is in the table again, so the deleted row is not put back ` +
      `(two rows may not share an id). Nothing was changed in the workbook.`,
    partlyWritten:
      "The row may have been put back without its number formats; reload the plan and check the row.",
  },
  identity: {
    planExists:
      "The workbook already holds a saved plan (settings and scenarios). The example is loaded only into an empty " +
      "workbook, so that your plan is never replaced. Nothing has been changed in the workbook.",
  },
};
