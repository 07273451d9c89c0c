/**
 * Serves the production build (dist/) on a free loopback port, as a web server would serve the
 * add-in: no webpack, no dev tooling, just the files the user's browser gets.
 */
import { createReadStream, existsSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { extname, join, normalize, resolve } from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export const DIST = resolve(__dirname, "../../../dist");

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function serveDist(root = DIST): Promise<RunningServer> {
  if (!existsSync(join(root, "taskpane.html"))) {
    throw new Error(`No build in ${root}: run "npm run build" before the end-to-end tests.`);
  }
  const server: Server = createServer((request, response) => {
    const path = normalize(
      decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname)
    );
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}
