/**
 * `npm run check:size`: no source file under src/ longer than 400 lines and no function longer
 * than 80 lines (declarations, methods, arrow functions and function expressions, render functions
 * included; a function's lines run from its first to its last line, nested functions counted in
 * their parent too). Prints what is over and exits 1 if anything is.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export const MAX_FILE_LINES = 400;
export const MAX_FUNCTION_LINES = 80;

export interface Oversize {
  readonly file: string;
  readonly line: number;
  readonly what: string;
  readonly lines: number;
  readonly limit: number;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

function functionName(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(source);
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText(source);
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(source);
  return "(anonymous)";
}

/** Every function of one file that is longer than the limit. */
export function oversizeFunctions(file: string, text: string): Oversize[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Oversize[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > MAX_FUNCTION_LINES) {
        const what = `function ${functionName(node, source)}`;
        found.push({ file, line: first + 1, what, lines, limit: MAX_FUNCTION_LINES });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every file of `dir` (and every function in it) over its limit. */
export function oversize(dir: string): Oversize[] {
  return sourceFiles(dir).flatMap((file) => {
    const text = fs.readFileSync(file, "utf8");
    const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
    const tooLong: Oversize[] =
      lines > MAX_FILE_LINES ? [{ file, line: 1, what: "file", lines, limit: MAX_FILE_LINES }] : [];
    return [...tooLong, ...oversizeFunctions(file, text)];
  });
}

if (require.main === module) {
  const root = path.resolve(__dirname, "..");
  const found = oversize(path.join(root, "src"));
  for (const o of found) {
    console.log(
      `${path.relative(root, o.file)}:${o.line} ${o.what}: ${o.lines} lines (limit ${o.limit})`
    );
  }
  const files = sourceFiles(path.join(root, "src")).length;
  console.log(`size: ${files} files under src/, ${found.length} over the limits`);
  process.exit(found.length > 0 ? 1 : 0);
}
