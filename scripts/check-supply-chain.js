/* global require, process, __dirname, console */
/**
 * `npm run check:deps`: what the add-in ships, and whether each direct dependency is still
 * maintained and documented.
 *
 * 1. The installed production packages (`npm ls --omit=dev --all --parseable`, unique paths
 *    without the project itself).
 * 2. Each direct production dependency: does the registry mark it deprecated
 *    (`npm view NAME@VERSION deprecated`, for the installed version)? A registry (or a mirror in
 *    front of it) that leaves out deprecation notices would make every answer "no", so a package
 *    that npm has marked deprecated for years (inflight, which exceljs pulls in) is asked as well:
 *    if the registry does not report it, the answers are marked unverified. npm audit is not used.
 * 3. Each direct production dependency is named in README.md's "Production dependencies" table.
 * 4. The production bundle needs no eval: dist/*.js is searched for `eval(` and `new Function(`
 *    (and `Function(` without new, which compiles code just the same),
 *    and each hit is classified with a JavaScript parser (acorn, which webpack brings) as a real
 *    call, a method merely named eval, or text in a comment, string or regular expression; the
 *    source map names the package it came from. `--build` first runs a fresh production build
 *    (`webpack --mode production`) into a temporary directory, so a stale or development dist/
 *    does not count and dist/ itself is left alone; `--dir PATH` scans another directory.
 *
 * A call inside the block of a try/catch is reported as a capability probe (the code has a way
 * without eval, e.g. zod's JIT check), not as needing eval.
 *
 * Exit code 1 when a direct dependency is deprecated or undocumented, when a registry lookup
 * fails, or when the bundle needs eval (a call of eval or new Function outside a try/catch);
 * 2 when the check itself could not run. The last line:
 * `deps: N production packages, M direct, K deprecated`.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
/** Deprecated on npm since 2024 ("This module is not supported, and leaks memory"); in our tree via exceljs. */
const DEPRECATION_CANARY = "inflight@1.0.6";

const PROBE_EVAL = "eval inside try/catch (a capability probe)";
const PROBE_FUNCTION = "new Function inside try/catch (a capability probe)";
const FALLBACK = "Function as a fallback a browser never reaches (global object or typeof guard)";

/**
 * Bundled libraries reach for `Function` as a last resort where a browser has what they need:
 *   self || global || Function("return this")()      → the global object; `self` exists
 *   typeof globalThis == "object" ? … : Function(…)   → globalThis exists
 *   "function" != typeof e && (e = new Function(…))  → only when handed a string, not a function
 * Only these exact shapes count: the Function call is the last operand of an `||`, the alternate of
 * a conditional whose test is a `typeof` check, or the right side of an `&&` whose left is a
 * `typeof` check. Anything else is still reported as needing eval.
 */
function isUnreachableFallback(node, ancestors) {
  const parent = ancestors[ancestors.length - 1];
  const grand = ancestors[ancestors.length - 2];
  const isTypeofTest = (test) =>
    !!test &&
    test.type === "BinaryExpression" &&
    [test.left, test.right].some((side) => side.type === "UnaryExpression" && side.operator === "typeof");
  const returnsThis =
    node.arguments.length === 1 && node.arguments[0].type === "Literal" && node.arguments[0].value === "return this";
  if (returnsThis && parent && parent.type === "CallExpression" && parent.callee === node) {
    if (grand && grand.type === "LogicalExpression" && grand.operator === "||" && grand.right === parent) return true;
  }
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i];
    const child = ancestors[i + 1] || node;
    if (a.type === "ConditionalExpression" && a.alternate === child && isTypeofTest(a.test)) return true;
    if (a.type === "LogicalExpression" && a.operator === "&&" && a.right === child && isTypeofTest(a.left)) return true;
    if (/Statement|Function|Declaration/.test(a.type)) break;
  }
  return false;
}

const isWindows = process.platform === "win32";
/** Temporary build directories, removed at the end. */
const builtDirectories = [];
const problems = [];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: "utf8",
    shell: isWindows,
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  if (result.error) throw result.error;
  return result;
}

// ---------------------------------------------------------------------------------------------
// 1. Installed production packages.

function productionPackages() {
  // npm ls exits 1 on extraneous or invalid packages but still lists the tree.
  const result = run("npm", ["ls", "--omit=dev", "--all", "--parseable"]);
  const paths = new Set(
    result.stdout
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((p) => path.resolve(p))
  );
  paths.delete(path.resolve(root));
  if (paths.size === 0) throw new Error(`npm ls listed nothing:\n${result.stderr}`);
  return paths;
}

// ---------------------------------------------------------------------------------------------
// 2. Deprecation, from the registry.

function installedVersion(name) {
  try {
    return JSON.parse(
      fs.readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")
    ).version;
  } catch {
    return undefined;
  }
}

/** The registry's deprecation notice for name@version: a string, "" when none, null when it failed. */
function deprecationOf(spec) {
  const result = run("npm", ["view", spec, "deprecated", "--json"]);
  if (result.status !== 0) return null;
  const text = result.stdout.trim();
  if (text === "") return "";
  try {
    const value = JSON.parse(text);
    if (Array.isArray(value)) return value.filter(Boolean).join("; ");
    return typeof value === "string" ? value : "";
  } catch {
    return text;
  }
}

// ---------------------------------------------------------------------------------------------
// 3. README's table.

function documentedPackages() {
  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
  const section = /^##\s+Production dependencies\s*$([\s\S]*?)(?=^##\s|(?![\s\S]))/m.exec(readme);
  if (!section) return null;
  const names = new Set();
  for (const line of section[1].split(/\r?\n/)) {
    if (!/^\s*\|/.test(line) || /^\s*\|\s*-/.test(line)) continue;
    const first = line.split("|")[1] || "";
    for (const cell of first.split(",")) names.add(cell.replace(/[`*]/g, "").trim());
  }
  names.delete("package"); // the header row
  names.delete("");
  return names;
}

// ---------------------------------------------------------------------------------------------
// 4. eval in the bundle.

function loadAcorn() {
  try {
    const webpackDir = path.dirname(require.resolve("webpack/package.json", { paths: [root] }));
    return require(require.resolve("acorn", { paths: [webpackDir, root] }));
  } catch {
    return null;
  }
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The original source of a generated line/column, read from the file's source map (if any). */
function sourceOf(mapFile, line, column) {
  let map;
  try {
    map = JSON.parse(fs.readFileSync(mapFile, "utf8"));
  } catch {
    return undefined;
  }
  const lines = String(map.mappings || "").split(";");
  const segments = (lines[line - 1] || "").split(",");
  // Fields are relative to the previous segment; the source index runs on across lines.
  let source = 0;
  for (let l = 0; l < line - 1; l++)
    for (const s of lines[l].split(",")) source += decodeVlq(s)[1] || 0;
  let generated = 0;
  let best;
  for (const s of segments) {
    const fields = decodeVlq(s);
    if (fields.length === 0) continue;
    generated += fields[0];
    if (fields.length > 1) source += fields[1];
    if (generated > column) break;
    if (fields.length > 1) best = source;
  }
  const name = best === undefined ? undefined : map.sources && map.sources[best];
  return name && name.replace(/^webpack:\/\/[^/]*\//, "");
}

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) return values;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function lineAndColumn(text, offset) {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start };
}

/** Every `eval(` and `new Function(` in a bundle file, each classified. */
function scanFile(file, acorn, label) {
  const text = fs.readFileSync(file, "utf8");
  const hits = [];
  // `Function(…)` without `new` compiles code just the same, so it is searched for as well.
  for (const match of text.matchAll(
    /\beval\s*\(|\bnew\s+Function\s*\(|(?<![\w$.]|new\s+)Function\s*\(/g
  ))
    hits.push({ offset: match.index, text: match[0] });
  if (hits.length === 0) return [];
  const regions = []; // [start, end, kind]
  const calls = new Map(); // offset of the callee → kind
  if (acorn) {
    const comments = [];
    let ast;
    for (const sourceType of ["script", "module"]) {
      try {
        ast = acorn.parse(text, {
          ecmaVersion: "latest",
          sourceType,
          onComment: comments,
          allowHashBang: true,
        });
        break;
      } catch {
        comments.length = 0;
      }
    }
    if (ast) {
      for (const c of comments) regions.push([c.start, c.end, "comment"]);
      walk(ast, (node, ancestors) => {
        // Inside the block of a try with a catch: a capability probe that has a way without eval.
        const probe = ancestors.some(
          (a, i) => a.type === "TryStatement" && a.handler && ancestors[i + 1] === a.block
        );
        if (node.type === "Literal" && typeof node.value === "string")
          regions.push([node.start, node.end, "string"]);
        else if (node.type === "Literal" && node.regex)
          regions.push([node.start, node.end, "regular expression"]);
        else if (node.type === "TemplateElement") regions.push([node.start, node.end, "string"]);
        else if (
          node.type === "CallExpression" &&
          node.callee.type === "Identifier" &&
          node.callee.name === "eval"
        )
          calls.set(node.callee.start, probe ? PROBE_EVAL : "call of eval");
        else if (
          node.type === "CallExpression" &&
          node.callee.type === "MemberExpression" &&
          !node.callee.computed &&
          node.callee.property.name === "eval"
        )
          calls.set(node.callee.property.start, "method named eval (not the global eval)");
        else if (
          (node.type === "NewExpression" || node.type === "CallExpression") &&
          node.callee.type === "Identifier" &&
          node.callee.name === "Function"
        ) {
          const plain = node.type === "NewExpression" ? "new Function" : "call of Function";
          calls.set(
            node.start,
            probe ? PROBE_FUNCTION : isUnreachableFallback(node, ancestors) ? FALLBACK : plain
          );
        }
      });
    }
  }
  const mapFile = `${file}.map`;
  return hits.map((hit) => {
    const region = regions.find(([start, end]) => start <= hit.offset && hit.offset < end);
    const kind = region
      ? `text in a ${region[2]}`
      : calls.get(hit.offset) || (acorn ? "unclassified" : "not parsed");
    const { line, column } = lineAndColumn(text, hit.offset);
    return {
      file: label,
      line,
      column,
      kind,
      // Needs eval: a call that has no way around it, or one the parser could not place.
      real: [
        "call of eval",
        "new Function",
        "call of Function",
        "unclassified",
        "not parsed",
      ].includes(kind),
      probe: kind === PROBE_EVAL || kind === PROBE_FUNCTION || kind === FALLBACK,
      source: fs.existsSync(mapFile) ? sourceOf(mapFile, line, column) : undefined,
      context: text.slice(Math.max(0, hit.offset - 50), hit.offset + 60).replace(/\s+/g, " "),
    };
  });
}

function walk(node, visit, ancestors = []) {
  if (!node || typeof node.type !== "string") return;
  visit(node, ancestors);
  ancestors.push(node);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) walk(c, visit, ancestors);
    else if (child && typeof child.type === "string") walk(child, visit, ancestors);
  }
  ancestors.pop();
}

function bundleDirectory() {
  const given = process.argv.indexOf("--dir");
  if (given !== -1 && process.argv[given + 1]) return path.resolve(process.argv[given + 1]);
  if (!process.argv.includes("--build")) return path.join(root, "dist");
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "ramkoll-prod-"));
  builtDirectories.push(out);
  console.log(`building for production into ${out} …`);
  const webpack = path.join(root, "node_modules", ".bin", isWindows ? "webpack.cmd" : "webpack");
  const result = run(webpack, ["--mode", "production", "--output-path", out], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0) {
    console.log(result.stdout + result.stderr);
    throw new Error("the production build failed");
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function main() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const direct = Object.keys(pkg.dependencies || {}).sort();

  const installed = productionPackages();
  console.log(
    `installed production packages: ${installed.size} (npm ls --omit=dev --all, without the project)`
  );

  // Deprecation.
  const canary = deprecationOf(DEPRECATION_CANARY);
  const registryReportsDeprecation = typeof canary === "string" && canary !== "";
  const deprecated = [];
  console.log("direct production dependencies:");
  const documented = documentedPackages();
  for (const name of direct) {
    const version = installedVersion(name);
    const notice = deprecationOf(version ? `${name}@${version}` : name);
    let status;
    if (notice === null) {
      status = "registry lookup failed";
      problems.push(`${name}: the registry lookup failed`);
    } else if (notice !== "") {
      status = `DEPRECATED: ${notice}`;
      deprecated.push(name);
      problems.push(`${name}@${version} is deprecated: ${notice}`);
    } else {
      status = registryReportsDeprecation
        ? "not deprecated"
        : "no deprecation reported (unverified, see below)";
    }
    const inReadme = documented && documented.has(name) ? "in README" : "NOT IN README";
    if (!(documented && documented.has(name)))
      problems.push(`${name} is not in README.md's "Production dependencies" table`);
    console.log(`  ${name}@${version || "?"}  ${status}  ${inReadme}`);
  }
  if (!registryReportsDeprecation) {
    console.log(
      `warning: the registry reported no deprecation for ${DEPRECATION_CANARY}, which npm marks deprecated; ` +
        'this registry (or a mirror in front of it) leaves deprecation notices out, so "not deprecated" above is unverified.'
    );
  }
  if (documented === null) problems.push('README.md has no "## Production dependencies" section');
  else {
    const stale = [...documented].filter((name) => !direct.includes(name));
    if (stale.length > 0)
      console.log(
        `note: README names packages that are not production dependencies: ${stale.join(", ")}`
      );
  }

  // eval in the bundle.
  const dir = bundleDirectory();
  if (!fs.existsSync(dir)) {
    console.log(
      `bundle: ${path.relative(root, dir)} does not exist; run \`npm run build\` or pass --build`
    );
  } else {
    const acorn = loadAcorn();
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".js"))
      .sort();
    const inRoot = !path.relative(root, dir).startsWith("..");
    const label = inRoot
      ? path.relative(root, dir)
      : builtDirectories.includes(dir)
        ? "<fresh production build>"
        : dir;
    const hits = files.flatMap((f) => scanFile(path.join(dir, f), acorn, `${label}/${f}`));
    console.log(
      `bundle: ${files.length} .js files in ${inRoot ? label : dir}, ${hits.length} hit(s) for eval( or new Function(`
    );
    for (const h of hits) {
      const mark = h.real
        ? "  ← NEEDS EVAL"
        : h.kind === FALLBACK
          ? "  ← not reached in a browser"
          : h.probe
            ? "  ← runs, but has a fallback"
            : "";
      console.log(
        `  ${h.file}:${h.line}:${h.column}  ${h.kind}${mark}${h.source ? `  from ${h.source}` : ""}`
      );
      console.log(`      …${h.context}…`);
      if (h.real) problems.push(`${h.file}:${h.line} ${h.kind}${h.source ? ` (${h.source})` : ""}`);
      if (h.probe)
        console.log(
          "      the call is caught when the page's Content-Security-Policy forbids eval, but the browser still " +
            "reports a CSP violation; for zod, z.config({ jitless: true }) before any schema is built skips the probe"
        );
    }
    if (!acorn)
      console.log(
        "note: acorn was not found, so hits could not be told apart from text in strings or comments"
      );
  }

  if (problems.length > 0) {
    console.log("problems:");
    for (const p of problems) console.log(`  ${p}`);
  }
  console.log(
    `deps: ${installed.size} production packages, ${direct.length} direct, ${deprecated.length} deprecated` +
      (registryReportsDeprecation
        ? ""
        : " (unverified: the registry serves no deprecation notices)")
  );
  process.exitCode = problems.length > 0 ? 1 : 0;
}

try {
  main();
} catch (error) {
  console.log(`check-supply-chain: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  for (const dir of builtDirectories) fs.rmSync(dir, { recursive: true, force: true });
}
