import { openPane, OUTPUT, type PaneSession } from "./support/browser";
import { serveDist, type RunningServer } from "./support/staticServer";

let server: RunningServer;
let session: PaneSession;

beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  await session?.close();
});

describe("the pane outside Office", () => {
  it("starts without office.js and shows Ramkoll", async () => {
    session = await openPane(server.url);
    await session.page
      .getByRole("heading", { name: /Ramkoll/ })
      .first()
      .waitFor();
    await session.page.screenshot({ path: `${OUTPUT}/smoke.png` });
    expect(session.errors).toEqual([]);
  });
});
