/* global require, module, process, __dirname */
/**
 * Which Excel JavaScript API versions does the add-in use, and does the manifest promise them?
 *
 * `npm run check:api` builds a TypeScript program of src/ (with tsconfig.json) and looks at every
 * property access (`range.values`, `sheet.pageLayout`, `Excel.run`, `Office.addin…`) and every
 * property of an object literal typed by Office.js (`range.set({ … })`) whose symbol is declared in
 * @types/office-js. The member's JSDoc says which requirement set brought it:
 * `[Api set: ExcelApi 1.9]`, usually inside `@remarks`. Members without an ExcelApi annotation are
 * ignored for the version check; members of other sets (SharedRuntime, ExcelApiDesktop, …) are
 * listed separately.
 *
 * The manifest's `<Set Name="ExcelApi" MinVersion="1.x"/>` is the version every user's Excel has.
 * A member above it must be guarded: used only where the add-in has asked
 * `Office.context.requirements.isSetSupported("ExcelApi", "<version ≥ the member's>")`.
 * Otherwise the script lists the use and exits with code 1.
 *
 * The guard is recognised syntactically, which is what a reviewer would accept at a glance:
 *   - an enclosing function (any level) contains an isSetSupported("ExcelApi", v) call, or calls
 *     a function of src/ whose body contains one (a helper such as `supportsPrintSetUp()`), or
 *   - every call site of the enclosing named function is itself guarded (a helper such as
 *     `queuePrintSetUp` called only under `if (supportsPrintSetUp())`), up to a few levels.
 * Limits: it does not follow control flow (a guard call anywhere in the function counts, even when
 * the use is not under the `if`, or the answer is ignored or negated); a function that is passed
 * as a callback rather than called counts as unguarded; members named in strings (`load("…")`)
 * and destructuring are not seen; annotations that depend on how a member is used ("1.1 for get,
 * 1.8 for set") take the higher version for an assignment and the first otherwise; numeric
 * versions (isSetSupported("ExcelApi", 1.10)) read as the number's text.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export const DEFAULT_MINIMUM = "1.1";
const OFFICE_JS_DIR = `${path.sep}@types${path.sep}office-js${path.sep}`;

/** One use of an annotated Office.js member. */
export interface ApiUse {
  file: string;
  line: number;
  column: number;
  /** Fully qualified, e.g. Excel.PageLayout.orientation. */
  member: string;
  set: string;
  version: string;
  /** Assigned to rather than read. */
  write: boolean;
  /** How a use above the minimum is guarded (undefined: unguarded or not needed). */
  guard?: string;
}

export interface ApiSetReport {
  minimum: string;
  /** False when the manifest declares no ExcelApi set and the minimum is the default 1.1. */
  minimumDeclared: boolean;
  /** The highest ExcelApi version used anywhere, guarded or not. */
  highest: string | undefined;
  /** The highest ExcelApi version used without a guard: what the manifest must declare. */
  highestUnguarded: string | undefined;
  /** Distinct ExcelApi members used. */
  members: number;
  /** Every ExcelApi use, in file order. */
  uses: ApiUse[];
  /** Uses above the minimum with a guard. */
  guarded: ApiUse[];
  /** Uses above the minimum without a guard: these fail the check. */
  violations: ApiUse[];
  /** Uses of members annotated with other requirement sets. */
  otherSets: ApiUse[];
}

// ---------------------------------------------------------------------------------------------
// Versions and annotations.

/** Compares "1.10" and "1.9" as versions (1.10 is higher). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const maxVersion = (versions: readonly string[]): string | undefined =>
  versions.reduce<string | undefined>(
    (max, v) => (max === undefined || compareVersions(v, max) > 0 ? v : max),
    undefined
  );

export interface Annotation {
  set: string;
  /** The version for reading or calling the member. */
  version: string;
  /** The version for assigning to it, when the annotation says setting came later. */
  writeVersion: string;
  /** The annotation's text, for messages. */
  text: string;
}

/**
 * The requirement sets named in a JSDoc comment: every `[Api set: Name 1.x …]` and every
 * `{@link …/requirement-sets/… | Name 1.x}` (how the common Office APIs write it), or, when there
 * is none, a plain "ExcelApi 1.x" in the @remarks section ("available starting in ExcelApi 1.2").
 * Deprecation notes ("Deprecated since ExcelApi 1.19") are not requirements and are skipped.
 */
export function parseApiSetAnnotations(jsDoc: string): Annotation[] {
  const found: Annotation[] = [];
  for (const match of jsDoc.matchAll(/\[Api set:\s*([^\]]*)\]/g)) {
    const text = (match[1] ?? "").replace(/\s*\n\s*\*?\s*/g, " ").trim();
    const head = /^([A-Za-z][A-Za-z0-9]*)\s+(\d+(?:\.\d+)+)/.exec(text);
    if (!head) continue; // "[Api set:  1.1]" names no set; "ExcelApi Preview" no version
    const set = head[1] as string;
    const version = head[2] as string;
    // Further versions of the same set qualify it: "1.1 for get, 1.8 for set", "1.2 for setting it".
    const rest = text.slice(head[0].length);
    const later = [...rest.matchAll(/(?:^|[\s,;/(])(?:[A-Za-z]+\s+)?(\d+\.\d+)/g)]
      .filter((m) => !/Preview/i.test(m[0]))
      .map((m) => m[1] as string);
    const writeVersion = /\bset(ting)?\b/i.test(rest)
      ? (maxVersion([version, ...later]) ?? version)
      : version;
    found.push({ set, version, writeVersion, text });
  }
  // The common Office APIs link their set instead: "**Requirement set**: {@link …requirement-sets… | SharedRuntime 1.1}".
  for (const match of jsDoc.matchAll(
    /\{@link\s+\S*requirement-sets\S*\s*\|\s*([A-Za-z][A-Za-z0-9]*)\s+(\d+(?:\.\d+)+)\s*\}/g
  )) {
    const set = match[1] as string;
    const version = match[2] as string;
    found.push({ set, version, writeVersion: version, text: `${set} ${version}` });
  }
  if (found.length > 0) return found;
  const remarks = /@remarks([\s\S]*?)(?=\n\s*\*\s*@\w|\*\/|$)/.exec(jsDoc)?.[1] ?? "";
  const plain = /\bExcelApi\s+(\d+\.\d+)/.exec(remarks);
  if (
    plain &&
    !/deprecated/i.test(remarks.slice(Math.max(0, (plain.index ?? 0) - 40), plain.index))
  )
    found.push({
      set: "ExcelApi",
      version: plain[1] as string,
      writeVersion: plain[1] as string,
      text: plain[0],
    });
  return found;
}

/** The ExcelApi minimum a manifest declares: `<Set Name="ExcelApi" MinVersion="1.x"/>`. */
export function readManifestMinimum(xml: string): { version: string; declared: boolean } {
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, "");
  const defaultMin = /<Sets\b[^>]*\bDefaultMinVersion\s*=\s*"([^"]+)"/.exec(withoutComments)?.[1];
  for (const match of withoutComments.matchAll(/<(?:\w+:)?Set\b([^>]*)>/g)) {
    const attributes = match[1] ?? "";
    if (!/\bName\s*=\s*"ExcelApi"/.test(attributes)) continue;
    const min = /\bMinVersion\s*=\s*"([^"]+)"/.exec(attributes)?.[1];
    return { version: min ?? defaultMin ?? DEFAULT_MINIMUM, declared: true };
  }
  return { version: DEFAULT_MINIMUM, declared: false };
}

// ---------------------------------------------------------------------------------------------
// The program walk.

const isFunctionLike = (node: ts.Node): node is ts.SignatureDeclaration & { body?: ts.Node } =>
  ts.isFunctionDeclaration(node) ||
  ts.isFunctionExpression(node) ||
  ts.isArrowFunction(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isConstructorDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isSetAccessorDeclaration(node);

function isAssignmentTarget(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ts.isBinaryExpression(parent) &&
    parent.left === node &&
    parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

class Checker {
  private readonly checker: ts.TypeChecker;
  private readonly annotations = new Map<ts.Node, Annotation[]>();
  private readonly guardInBody = new Map<ts.Node, string | null>();
  private readonly guardOfFunction = new Map<ts.Node, string | null>();
  private callSites: Map<ts.Node, ts.CallExpression[]> | undefined;

  constructor(
    private readonly program: ts.Program,
    private readonly isOwnFile: (file: ts.SourceFile) => boolean,
    private readonly rootDir: string
  ) {
    this.checker = program.getTypeChecker();
  }

  private ownFiles(): ts.SourceFile[] {
    return this.program.getSourceFiles().filter((f) => !f.isDeclarationFile && this.isOwnFile(f));
  }

  /** The annotations of a declaration of Office.js (cached; the .d.ts is large). */
  private annotationsOf(declaration: ts.Node): Annotation[] {
    let result = this.annotations.get(declaration);
    if (result === undefined) {
      const source = declaration.getSourceFile();
      const docs = ts
        .getJSDocCommentsAndTags(declaration)
        .filter(ts.isJSDoc)
        .map((doc) => source.text.slice(doc.pos, doc.end));
      result = docs.flatMap(parseApiSetAnnotations);
      this.annotations.set(declaration, result);
    }
    return result;
  }

  private isOfficeJs(declaration: ts.Node): boolean {
    return path.normalize(declaration.getSourceFile().fileName).includes(OFFICE_JS_DIR);
  }

  /** The declaration that decides the version: the resolved overload of a call, else the symbol's. */
  private annotatedDeclaration(
    node: ts.Node,
    symbol: ts.Symbol
  ): { declaration: ts.Node; annotations: Annotation[] } | undefined {
    const call =
      node.parent && ts.isCallExpression(node.parent) && node.parent.expression === node
        ? node.parent
        : undefined;
    const candidates: ts.Node[] = [];
    if (call) {
      const declaration = this.checker.getResolvedSignature(call)?.getDeclaration();
      if (declaration) candidates.push(declaration);
    }
    candidates.push(...(symbol.getDeclarations() ?? []));
    for (const declaration of candidates) {
      if (!this.isOfficeJs(declaration)) continue;
      const annotations = this.annotationsOf(declaration);
      if (annotations.length > 0) return { declaration, annotations };
    }
    return undefined;
  }

  private symbolAt(node: ts.Node): ts.Symbol | undefined {
    let symbol = this.checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias)
      symbol = this.checker.getAliasedSymbol(symbol);
    return symbol;
  }

  /** The Office.js member behind a property of an object literal (`range.set({ values })`). */
  private contextualProperty(property: ts.ObjectLiteralElementLike): ts.Symbol | undefined {
    const name = property.name;
    if (!name || !(ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)))
      return undefined; // computed names are not followed
    if (!ts.isObjectLiteralExpression(property.parent)) return undefined;
    const type = this.checker.getContextualType(property.parent);
    return type ? this.checker.getPropertyOfType(type, name.text) : undefined;
  }

  /** The ExcelApi version an isSetSupported("ExcelApi", v) call asks for. */
  private isSetSupportedVersion(call: ts.CallExpression): string | undefined {
    const callee = call.expression;
    const name = ts.isPropertyAccessExpression(callee)
      ? callee.name.text
      : ts.isIdentifier(callee)
        ? callee.text
        : undefined;
    if (name !== "isSetSupported" || call.arguments.length < 2) return undefined;
    const [setArg, versionArg] = call.arguments as unknown as [ts.Expression, ts.Expression];
    const literal = (expr: ts.Expression): string | undefined => {
      if (ts.isStringLiteralLike(expr)) return expr.text;
      if (ts.isNumericLiteral(expr)) return expr.text;
      const type = this.checker.getTypeAtLocation(expr);
      if (type.isStringLiteral()) return type.value;
      if (type.isNumberLiteral()) return String(type.value);
      return undefined;
    };
    return literal(setArg) === "ExcelApi" ? literal(versionArg) : undefined;
  }

  /** The own function a call calls, if it is declared in the checked sources. */
  private calledFunction(call: ts.CallExpression): ts.Node | undefined {
    const symbol = this.symbolAt(
      ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression
    );
    const declaration = symbol?.valueDeclaration ?? symbol?.getDeclarations()?.[0];
    if (
      !declaration ||
      declaration.getSourceFile().isDeclarationFile ||
      !this.isOwnFile(declaration.getSourceFile())
    )
      return undefined;
    if (isFunctionLike(declaration)) return declaration;
    if (
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer &&
      isFunctionLike(declaration.initializer)
    )
      return declaration.initializer;
    return undefined;
  }

  /**
   * The highest ExcelApi version that a body asks isSetSupported about, directly or (depth levels
   * down) through a helper function it calls.
   */
  private guardIn(body: ts.Node, depth = 2): string | undefined {
    const cached = this.guardInBody.get(body);
    if (cached !== undefined) return cached ?? undefined;
    this.guardInBody.set(body, null); // cycles
    const versions: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const asked = this.isSetSupportedVersion(node);
        if (asked) versions.push(asked);
        else if (depth > 0) {
          const callee = this.calledFunction(node);
          const calleeBody = callee && (callee as ts.FunctionLikeDeclaration).body;
          const viaHelper = calleeBody ? this.guardIn(calleeBody, depth - 1) : undefined;
          if (viaHelper) versions.push(viaHelper);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(body);
    const result = maxVersion(versions);
    this.guardInBody.set(body, result ?? null);
    return result;
  }

  private allCallSites(): Map<ts.Node, ts.CallExpression[]> {
    if (this.callSites) return this.callSites;
    const sites = new Map<ts.Node, ts.CallExpression[]>();
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = this.calledFunction(node);
        if (callee) sites.set(callee, [...(sites.get(callee) ?? []), node]);
      }
      ts.forEachChild(node, visit);
    };
    this.ownFiles().forEach(visit);
    this.callSites = sites;
    return sites;
  }

  /** The highest ExcelApi version guaranteed where `node` runs, and a description of the guard. */
  guardAt(node: ts.Node, depth = 3): { version: string; how: string } | undefined {
    const found: { version: string; how: string }[] = [];
    for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
      if (!isFunctionLike(n) || !(n as ts.FunctionLikeDeclaration).body) continue;
      const v = this.guardIn((n as ts.FunctionLikeDeclaration).body as ts.Node);
      if (v)
        found.push({
          version: v,
          how: `isSetSupported("ExcelApi", "${v}") in ${this.describeFunction(n)}`,
        });
    }
    // A function whose every call site is guarded runs only where the guard held.
    const own = this.innermostFunction(node);
    if (own && depth > 0) {
      const viaCallers = this.guardOfCallers(own, depth);
      if (viaCallers) found.push(viaCallers);
    }
    return found.reduce<{ version: string; how: string } | undefined>(
      (best, g) => (best === undefined || compareVersions(g.version, best.version) > 0 ? g : best),
      undefined
    );
  }

  private guardOfCallers(fn: ts.Node, depth: number): { version: string; how: string } | undefined {
    const cached = this.guardOfFunction.get(fn);
    if (cached !== undefined)
      return cached === null
        ? undefined
        : { version: cached, how: `every call of ${this.describeFunction(fn)} is guarded` };
    this.guardOfFunction.set(fn, null); // cycles
    const sites = this.allCallSites().get(fn) ?? [];
    let version: string | undefined;
    for (const site of sites) {
      const g = this.guardAt(site, depth - 1);
      if (!g) {
        version = undefined;
        break;
      }
      version =
        version === undefined || compareVersions(g.version, version) < 0 ? g.version : version;
    }
    this.guardOfFunction.set(fn, version ?? null);
    return version === undefined
      ? undefined
      : { version, how: `every call of ${this.describeFunction(fn)} is guarded` };
  }

  private innermostFunction(node: ts.Node): ts.Node | undefined {
    for (let n: ts.Node | undefined = node.parent; n; n = n.parent) if (isFunctionLike(n)) return n;
    return undefined;
  }

  private describeFunction(fn: ts.Node): string {
    const named = fn as ts.FunctionLikeDeclaration;
    if (named.name && ts.isIdentifier(named.name)) return `${named.name.text}()`;
    if (ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name))
      return `${fn.parent.name.text}()`;
    const { line } = fn.getSourceFile().getLineAndCharacterOfPosition(fn.getStart());
    return `the function at line ${line + 1}`;
  }

  /** Every use of an annotated Office.js member in the checked files, with its node. */
  collect(): { use: ApiUse; node: ts.Node }[] {
    const uses: { use: ApiUse; node: ts.Node }[] = [];
    const record = (node: ts.Node, symbol: ts.Symbol | undefined, write: boolean): void => {
      if (!symbol) return;
      const found = this.annotatedDeclaration(node, symbol);
      if (!found) return;
      const source = node.getSourceFile();
      const { line, character } = source.getLineAndCharacterOfPosition(node.getStart());
      const excel = found.annotations.find((a) => a.set === "ExcelApi");
      const annotation = excel ?? (found.annotations[0] as Annotation);
      const use: ApiUse = {
        file: path.relative(this.rootDir, source.fileName).split(path.sep).join("/"),
        line: line + 1,
        column: character + 1,
        member: this.checker.getFullyQualifiedName(symbol),
        set: annotation.set,
        version: write ? annotation.writeVersion : annotation.version,
        write,
      };
      uses.push({ use, node });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        record(node.name, this.symbolAt(node.name), isAssignmentTarget(node));
      } else if (
        (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
        ts.isObjectLiteralExpression(node.parent)
      ) {
        record(node.name, this.contextualProperty(node), true);
      }
      ts.forEachChild(node, visit);
    };
    this.ownFiles().forEach(visit);
    return uses;
  }
}

/** Checks the given program's own files against a minimum ExcelApi version. */
export function checkProgram(
  program: ts.Program,
  options: {
    minimum: string;
    minimumDeclared?: boolean;
    rootDir: string;
    isOwnFile?: (file: ts.SourceFile) => boolean;
  }
): ApiSetReport {
  const checker = new Checker(program, options.isOwnFile ?? (() => true), options.rootDir);
  const all = checker
    .collect()
    .sort(
      (a, b) =>
        a.use.file.localeCompare(b.use.file) ||
        a.use.line - b.use.line ||
        a.use.column - b.use.column
    );
  const excel = all.filter(({ use }) => use.set === "ExcelApi");
  const guarded: ApiUse[] = [];
  const violations: ApiUse[] = [];
  const unguardedVersions: string[] = [];
  for (const { use, node } of excel) {
    const guard = checker.guardAt(node);
    const covered = guard !== undefined && compareVersions(guard.version, use.version) >= 0;
    if (!covered) unguardedVersions.push(use.version);
    if (compareVersions(use.version, options.minimum) <= 0) continue;
    if (covered) guarded.push({ ...use, guard: guard.how });
    else violations.push(use);
  }
  const uses = excel.map(({ use }) => use);
  return {
    minimum: options.minimum,
    minimumDeclared: options.minimumDeclared ?? true,
    highest: maxVersion(uses.map((u) => u.version)),
    highestUnguarded: maxVersion(unguardedVersions),
    members: new Set(uses.map((u) => u.member)).size,
    uses,
    guarded,
    violations,
    otherSets: all.filter(({ use }) => use.set !== "ExcelApi").map(({ use }) => use),
  };
}

/** The compiler options of a tsconfig.json, and its files. */
function parseTsconfig(tsconfigPath: string): ts.ParsedCommandLine {
  const config = ts.readConfigFile(tsconfigPath, (p) => ts.sys.readFile(p));
  if (config.error)
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(tsconfigPath));
}

/** Checks the project's src/ against its manifest. */
export function checkProject(projectDir: string): ApiSetReport {
  const parsed = parseTsconfig(path.join(projectDir, "tsconfig.json"));
  const srcDir = path.join(projectDir, "src") + path.sep;
  const rootNames = parsed.fileNames.filter((f) => path.resolve(f).startsWith(srcDir));
  const program = ts.createProgram({ rootNames, options: parsed.options });
  const manifest = readManifestMinimum(
    fs.readFileSync(path.join(projectDir, "manifest.xml"), "utf8")
  );
  return checkProgram(program, {
    minimum: manifest.version,
    minimumDeclared: manifest.declared,
    rootDir: projectDir,
    isOwnFile: (file) => path.resolve(file.fileName).startsWith(srcDir),
  });
}

/**
 * Checks source texts held in memory (file name → text), with the Office.js types of the project
 * at `projectDir`: for tests and for trying a snippet.
 */
export function checkSources(
  sources: Readonly<Record<string, string>>,
  minimum: string,
  projectDir: string = path.resolve(__dirname, "..")
): ApiSetReport {
  const root = path.join(projectDir, "__fixtures__");
  const files = new Map(
    Object.entries(sources).map(([name, text]) => [path.join(root, name), text])
  );
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2020,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["office-js"],
    typeRoots: [path.join(projectDir, "node_modules", "@types")],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (fileName, language, onError, shouldCreate) => {
    const text = files.get(path.resolve(fileName));
    return text !== undefined
      ? ts.createSourceFile(fileName, text, language, true)
      : getSourceFile.call(host, fileName, language, onError, shouldCreate);
  };
  host.fileExists = (fileName) =>
    files.has(path.resolve(fileName)) || fileExists.call(host, fileName);
  host.readFile = (fileName) => files.get(path.resolve(fileName)) ?? readFile.call(host, fileName);
  host.getCurrentDirectory = () => projectDir;
  const program = ts.createProgram({ rootNames: [...files.keys()], options, host });
  return checkProgram(program, {
    minimum,
    rootDir: root,
    isOwnFile: (file) => files.has(path.resolve(file.fileName)),
  });
}

// ---------------------------------------------------------------------------------------------
// The report.

const where = (u: ApiUse) => `${u.file}:${u.line}`;

export function formatReport(report: ApiSetReport): string {
  const lines: string[] = [];
  if (!report.minimumDeclared)
    lines.push(
      `manifest.xml declares no <Set Name="ExcelApi" …/>: the minimum is taken as ${report.minimum}.`
    );
  const above = [...report.guarded, ...report.violations].sort(
    (a, b) => compareVersions(b.version, a.version) || where(a).localeCompare(where(b))
  );
  if (above.length > 0) {
    lines.push(`Uses above ExcelApi ${report.minimum}:`);
    for (const u of above)
      lines.push(
        `  ${where(u)}  ${u.member}${u.write ? " (set)" : ""}  ExcelApi ${u.version}  ${
          u.guard ? `guarded: ${u.guard}` : "UNGUARDED"
        }`
      );
  }
  if (report.otherSets.length > 0) {
    lines.push("Other requirement sets (not part of the ExcelApi check):");
    const bySet = new Map<string, ApiUse[]>();
    for (const u of report.otherSets)
      bySet.set(`${u.set} ${u.version}`, [...(bySet.get(`${u.set} ${u.version}`) ?? []), u]);
    for (const [set, us] of [...bySet].sort()) {
      const members = [...new Set(us.map((u) => u.member))].join(", ");
      lines.push(`  ${set}: ${members} (${us.map(where).join(", ")})`);
    }
  }
  if (report.violations.length > 0) {
    lines.push(
      `${report.violations.length} unguarded use(s) above the manifest's ExcelApi ${report.minimum}. ` +
        `Either guard them with Office.context.requirements.isSetSupported("ExcelApi", "<version>") ` +
        `or declare <Set Name="ExcelApi" MinVersion="${report.highestUnguarded}"/> in manifest.xml ` +
        `(the highest version the code uses unguarded).`
    );
  }
  lines.push(
    `api sets: highest ExcelApi used ${report.highest ?? "none"} (manifest minimum ${report.minimum}), ` +
      `${report.members} members checked`
  );
  return lines.join("\n");
}

if (require.main === module) {
  const projectDir = path.resolve(__dirname, "..");
  const report = checkProject(projectDir);
  process.stdout.write(formatReport(report) + "\n");
  process.exitCode = report.violations.length > 0 ? 1 : 0;
}
