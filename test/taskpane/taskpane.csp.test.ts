/**
 * @jest-environment jsdom
 *
 * The pane's page carries a Content-Security-Policy that lets scripts and connections come only
 * from the add-in's own origin and the Office CDN.
 */
import { readFileSync } from "fs";
import { join } from "path";

const html = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const page = new DOMParser().parseFromString(html, "text/html");
const policy =
  page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "";
const directives = new Map(
  policy
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .filter((parts) => parts[0])
    .map((parts) => [parts[0]!, parts.slice(1)])
);
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

describe("the task pane's Content-Security-Policy", () => {
  it("is present", () => {
    expect(policy).not.toBe("");
  });

  it("defaults to the add-in's own origin", () => {
    expect(directives.get("default-src")).toEqual(["'self'"]);
  });

  it("allows scripts and connections only from the own origin and the Office CDN, and never eval", () => {
    for (const directive of ["script-src", "connect-src"])
      expect(directives.get(directive)).toEqual(["'self'", OFFICE_CDN]);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });

  it("allows no inline style text, only the empty style elements Fluent UI fills through the CSS object model", () => {
    const emptyStringHash = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
    expect(directives.get("style-src")).toEqual(["'self'", emptyStringHash]);
  });

  it("loads office.js from the CDN the policy names, and no other external script", () => {
    const external = Array.from(page.querySelectorAll("script[src]")).map((s) =>
      s.getAttribute("src")
    );
    expect(external).toEqual([`${OFFICE_CDN}/lib/1/hosted/office.js`]);
    expect(page.querySelectorAll("[style]")).toHaveLength(0);
  });
});
