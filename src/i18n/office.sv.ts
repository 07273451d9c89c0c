/**
 * The Office.js port's messages in Swedish (OfficeWorkbook, src/adapters/office/officeMessages.ts):
 * each says what was and was not done. They are a file of their own, not part of sv.ts, so that
 * they travel with the Office adapter's chunk and stay out of the pane's first script.
 */
import type { OfficePortTexts } from "./texts.types";

export const svOffice: OfficePortTexts = {
  actions: {
    load: "läsa planen",
    createTable: "skapa åtgärdstabellen",
    loadReferenceCase: "läsa in exemplet",
    addMeasure: "lägga till åtgärden",
    updateMeasure: "spara ändringen",
    deleteMeasure: "ta bort åtgärden",
    saveScenarios: "spara scenarierna",
    saveSettings: "spara inställningarna",
    createCommitteeTable: "skapa nämndtabellen",
    subscribe: "bevaka ändringar i tabellen",
    unsubscribe: "sluta bevaka ändringar i tabellen",
  },
  nothingChanged: "Inget har ändrats i arbetsboken.",
  unknownCause: "okänt fel",
  excelFailed: (action, cause, done) => `Excel kunde inte ${action} (${cause}). ${done}`,
  mayBePartlySaved: "Ändringen kan ha sparats delvis; läs om planen.",
  unreadable: (storeSheet, problem, notDone) =>
    `Den sparade planen på bladet ${storeSheet} kunde inte läsas och skrivs därför inte över: ${problem} ` +
    `${notDone} Rätta eller ta bort texten i bladet ${storeSheet} (det är dolt; visa det med Ta fram) och försök igen.`,
  noTable: (table) =>
    `Arbetsboken har ingen åtgärdstabell (${table}). Skapa tabellen eller läs in exemplet först. Inget har ändrats i arbetsboken.`,
  missingColumns: (columns, notDone) =>
    `Åtgärdstabellen saknar ${columns.length === 1 ? "kolumnen" : "kolumnerna"} ${columns.map((c) => `”${c}”`).join(", ")}, så uppgifterna kan inte sparas där. ` +
    `${notDone} Lägg tillbaka kolumnen i tabellen och försök igen.`,
  tableExists: (table) =>
    `Arbetsboken har redan en åtgärdstabell (${table}). Ingen ny tabell har skapats.`,
  tableNotCreated: "Ingen tabell har skapats och planen är orörd.",
  creationPartlyWritten: (measuresSheet, storeSheet) =>
    `Det Excel hann göra innan felet ligger kvar: kontrollera bladen ${measuresSheet} och ${storeSheet} ` +
    `och ta bort en halvfärdig tabell innan du försöker igen.`,
  measureNotAdded: "Åtgärden har inte lagts till.",
  additionPartlyWritten:
    "Åtgärden kan ha lagts till som en ny rad sist i tabellen, helt eller utan format; läs om planen och kontrollera den sista raden.",
  idTakenOrEmpty: (id, notDone) =>
    `Id ”${id}” finns redan i tabellen eller är tomt, och två rader får inte ha samma id. ${notDone}`,
  rowUnchanged: (row) => `Rad ${row} är oförändrad.`,
  cellsPartlyWritten: (cells, row) =>
    `Några av de ${cells} cellerna på rad ${row} kan ha skrivits och andra inte; ` +
    `läs om planen och kontrollera raden. Radens övriga celler är orörda.`,
  rowMayRemain: (row) => `Rad ${row} kan finnas kvar; läs om planen och kontrollera tabellen.`,
  notFound:
    "Åtgärden finns inte längre i tabellen; den kan ha tagits bort eller fått ett annat id i bladet. Inget har ändrats i arbetsboken.",
  notWritable: (row) =>
    `Rad ${row} i åtgärdstabellen innehåller något som Ramkoll inte kan läsa (se problemlistan), så raden skrivs inte över. ` +
    `Rätta raden i bladet och försök igen. Inget har ändrats i arbetsboken.`,
  resignedFormulas: (columns, row) =>
    `Typen kan inte ändras här: beloppen skrivs med tecken efter resultatpåverkan, så de måste byta tecken, men ` +
    `${columns.map((c) => `”${c}”`).join(", ")} på rad ${row} innehåller en formel som Ramkoll inte skriver över. Ändra formeln eller ange beloppen ` +
    `i samma ändring. Rad ${row} är oförändrad.`,
  amountTooLarge:
    "Ett belopp är för stort för att skrivas i en cell. Inget har ändrats i arbetsboken.",
  notReadableBack: (problem) =>
    `Planen sparas inte eftersom den inte skulle gå att läsa tillbaka: ${problem} Inget har ändrats i arbetsboken.`,
  scenariosNotSaved: "Scenarierna har inte sparats.",
  scenariosPartlyWritten: (storeSheet) =>
    `Scenarierna har troligen inte sparats; läs om planen för att se vad bladet ${storeSheet} innehåller. Åtgärdstabellen är orörd.`,
  settingsNotSaved: "Inställningarna har inte sparats.",
  settingsPartlyWritten: (storeSheet, measuresSheet) =>
    `Inställningarna har troligen inte sparats och nya årskolumner kan saknas; läs om planen och kontrollera bladen ` +
    `${storeSheet} och ${measuresSheet}.`,
  committeePartlyWritten: (sheet) =>
    `Nämndtabellen på bladet ”${sheet}” kan ha skrivits delvis; skapa den igen.`,
  notWatching: (doing, cause) =>
    `Excel kunde inte ${doing} (${cause}). Åtgärdslistan uppdateras inte av sig själv när bladet ändras; ` +
    `läs om planen för hand.`,
  undo: {
    action: "ångra borttagningen",
    notRestored: "Raden har inte lagts tillbaka.",
    idInUse: (id) =>
      `En rad med id ”${id}” finns redan i tabellen igen, så den borttagna raden läggs inte tillbaka ` +
      `(två rader får inte ha samma id). Inget har ändrats i arbetsboken.`,
    partlyWritten:
      "Raden kan ha lagts tillbaka utan sina talformat; läs om planen och kontrollera raden.",
  },
  identity: {
    planExists:
      "Arbetsboken har redan en sparad plan (inställningar och scenarier). Exemplet läses bara in i en tom arbetsbok, " +
      "så att din plan aldrig ersätts. Ingenting har ändrats i arbetsboken.",
  },
};
