/**
 * @jest-environment jsdom
 *
 * The manifest's structure: what Excel needs to load a shared runtime with the BUDGET functions.
 * (Schema validation with xmllint runs in .ci/run.)
 */
import { readFileSync } from "fs";
import { join } from "path";

const xml = readFileSync(join(__dirname, "../manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "text/xml");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
const first = (tag: string) => all(tag)[0];
const resources = () => [
  ...doc.getElementsByTagNameNS(BT, "Url"),
  ...doc.getElementsByTagNameNS(BT, "String"),
  ...doc.getElementsByTagNameNS(BT, "Image"),
];
const resource = (id: string) => resources().find((el) => el.getAttribute("id") === id);
const urlOf = (resid: string | null | undefined) =>
  resource(resid ?? "")?.getAttribute("DefaultValue");

describe("manifest.xml", () => {
  it("parses", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe("OfficeApp");
  });

  it("asks for ReadWriteDocument only", () => {
    expect(first("Permissions")?.textContent).toBe("ReadWriteDocument");
  });

  it("declares a long-lived shared runtime used by the functions, the pane and the function file", () => {
    const runtime = first("Runtime");
    expect(runtime?.getAttribute("lifetime")).toBe("long");
    const resid = runtime?.getAttribute("resid");
    const extension = all("ExtensionPoint").find(
      (el) => el.getAttribute("xsi:type") === "CustomFunctions"
    );
    const page = extension
      ?.getElementsByTagName("Page")[0]
      ?.getElementsByTagName("SourceLocation")[0];
    expect(page?.getAttribute("resid")).toBe(resid);
    expect(first("FunctionFile")?.getAttribute("resid")).toBe(resid);
    const taskpane = first("Action")?.getElementsByTagName("SourceLocation")[0];
    expect(taskpane?.getAttribute("resid")).toBe(resid);
    const sets = all("Set").map((el) => [el.getAttribute("Name"), el.getAttribute("MinVersion")]);
    expect(sets).toContainEqual(["SharedRuntime", "1.1"]);
    // Tables with change events, getRangeByIndexes and names with formulas; newer members are guarded.
    expect(sets).toContainEqual(["ExcelApi", "1.7"]);
  });

  it("names the BUDGET namespace and both metadata files, Swedish for sv-SE", () => {
    const extension = all("ExtensionPoint").find(
      (el) => el.getAttribute("xsi:type") === "CustomFunctions"
    );
    const namespaceId = extension?.getElementsByTagName("Namespace")[0]?.getAttribute("resid");
    expect(urlOf(namespaceId)).toBe("BUDGET");
    const metadataId = extension
      ?.getElementsByTagName("Metadata")[0]
      ?.getElementsByTagName("SourceLocation")[0]
      ?.getAttribute("resid");
    const metadata = resource(metadataId ?? "");
    expect(metadata?.getAttribute("DefaultValue")).toMatch(/\/functions\.json$/);
    const override = Array.from(metadata?.getElementsByTagNameNS(BT, "Override") ?? []).find(
      (el) => el.getAttribute("Locale") === "sv-SE"
    );
    expect(override?.getAttribute("Value")).toMatch(/\/functions\.sv\.json$/);
  });

  it("has a resource for every resid it refers to", () => {
    const referenced = Array.from(doc.querySelectorAll("[resid]")).map((el) =>
      el.getAttribute("resid")
    );
    expect(referenced.length).toBeGreaterThan(5);
    for (const resid of referenced) expect(resource(resid ?? "")).toBeDefined();
  });

  it("uses https for every URL", () => {
    const urls = [
      ...Array.from(doc.querySelectorAll("[DefaultValue], [Value]"))
        .flatMap((el) => [el.getAttribute("DefaultValue"), el.getAttribute("Value")])
        .filter((v): v is string => typeof v === "string" && /^[a-z]+:\/\//i.test(v)),
      ...all("AppDomain").map((el) => el.textContent ?? ""),
    ];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });
});
