/**
 * Generates the custom functions' JSON metadata from the catalog and the texts of each language:
 * English (functions.json, the default) or Swedish (functions.sv.json, which the manifest names
 * for sv-SE). Every parameter is "any" with matrix dimensionality so a function takes a cell or a
 * range and can tell a blank, a text and a number apart; every result is a matrix so ranges spill.
 */
import { CATALOG, FUNCTION_IDS, type FunctionId } from "./catalog";
import { FUNCTION_TEXTS_EN, type Described, type FunctionText } from "../i18n/functions.en";
import { FUNCTION_TEXTS_SV } from "../i18n/functions.sv";
import type { Language } from "../i18n/language";

export interface ParameterDefinition {
  optional: boolean;
  en: Described;
  sv: Described;
}

/** A function with its names and descriptions in both languages. */
export interface FunctionDefinition {
  id: FunctionId;
  en: Described;
  sv: Described;
  parameters: readonly ParameterDefinition[];
}

const TEXTS = { en: FUNCTION_TEXTS_EN, sv: FUNCTION_TEXTS_SV } satisfies Record<
  Language,
  Record<FunctionId, FunctionText>
>;

/** A parameter the texts do not describe gets empty texts, which catalogProblems reports. */
const UNDESCRIBED: Described = { name: "", description: "" };

const described = ({ name, description }: Described): Described => ({ name, description });

/** Every function of the catalog joined with its texts: what the metadata files and the README list. */
export const DEFINITIONS: readonly FunctionDefinition[] = FUNCTION_IDS.map((id) => {
  const en: FunctionText = TEXTS.en[id];
  const sv: FunctionText = TEXTS.sv[id];
  return {
    id,
    en: described(en),
    sv: described(sv),
    parameters: CATALOG[id].parameters.map((p, i) => ({
      optional: p.optional,
      en: en.parameters[i] ?? UNDESCRIBED,
      sv: sv.parameters[i] ?? UNDESCRIBED,
    })),
  };
});

export interface ParameterMetadata {
  name: string;
  description: string;
  type: "any";
  dimensionality: "matrix";
  optional: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: ParameterMetadata[];
  result: { dimensionality: "matrix" };
}

export interface MetadataFile {
  functions: FunctionMetadata[];
}

/** Name rules from the custom functions documentation: a letter first, at least three characters. */
const ID_PATTERN = /^[A-Z][A-Z0-9._]{2,}$/;
const NAME_PATTERN = /^\p{L}[\p{L}\p{N}._]{2,}$/u;
const PARAMETER_NAME_PATTERN = /^\p{L}[\p{L}\p{N}_]*$/u;

function functionMetadata(definition: FunctionDefinition, language: Language): FunctionMetadata {
  const text = definition[language];
  return {
    id: definition.id,
    name: text.name,
    description: text.description,
    parameters: definition.parameters.map((p) => ({
      name: p[language].name,
      description: p[language].description,
      type: "any",
      dimensionality: "matrix",
      optional: p.optional === true,
    })),
    result: { dimensionality: "matrix" },
  };
}

/** Everything in the catalog that would make Excel reject the metadata or confuse a user. */
export function catalogProblems(catalog: readonly FunctionDefinition[] = DEFINITIONS): string[] {
  const problems: string[] = [];
  const ids = catalog.map((d) => d.id);
  for (const id of FUNCTION_IDS)
    if (!ids.includes(id)) problems.push(`${id}: missing from the catalog`);
  for (const language of ["en", "sv"] as const) {
    const names = new Set<string>();
    for (const definition of catalog) {
      const where = `${definition.id} (${language})`;
      const { name, description } = definition[language];
      if (!ID_PATTERN.test(definition.id)) problems.push(`${where}: invalid id`);
      if (!NAME_PATTERN.test(name)) problems.push(`${where}: invalid name ${name}`);
      if (names.has(name)) problems.push(`${where}: duplicate name ${name}`);
      names.add(name);
      if (description.trim().length === 0) problems.push(`${where}: no description`);
      let seenOptional = false;
      const parameterNames = new Set<string>();
      for (const p of definition.parameters) {
        const pname = p[language].name;
        if (!PARAMETER_NAME_PATTERN.test(pname))
          problems.push(`${where}: invalid parameter name ${pname}`);
        if (parameterNames.has(pname)) problems.push(`${where}: duplicate parameter ${pname}`);
        parameterNames.add(pname);
        if (p[language].description.trim().length === 0)
          problems.push(`${where}: parameter ${pname} has no description`);
        if (seenOptional && !p.optional)
          problems.push(`${where}: required parameter ${pname} after an optional one`);
        seenOptional ||= p.optional === true;
      }
    }
  }
  return problems;
}

/** The metadata file for one language; throws when the catalog has a problem, so a bad build fails. */
export function buildMetadata(
  language: Language,
  catalog: readonly FunctionDefinition[] = DEFINITIONS
): MetadataFile {
  const problems = catalogProblems(catalog);
  if (problems.length > 0)
    throw new Error(`Custom function catalog has problems:\n${problems.join("\n")}`);
  return { functions: catalog.map((d) => functionMetadata(d, language)) };
}

/** The files the build writes, by file name. */
export function metadataFiles(): Record<string, string> {
  return {
    "functions.json": JSON.stringify(buildMetadata("en"), null, 2),
    "functions.sv.json": JSON.stringify(buildMetadata("sv"), null, 2),
  };
}
