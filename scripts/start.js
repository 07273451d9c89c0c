/* eslint-disable no-undef */
/**
 * `npm start`. Where desktop Excel can exist (Windows, macOS) it does what the Office templates do:
 * office-addin-debugging builds, serves and sideloads the add-in. Anywhere else, or with
 * `npm start -- --browser`, it serves the add-in with the webpack dev server and prints the address
 * of the task pane, which then runs in the browser on its own local store. It never needs sudo.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const pidFile = path.join(root, "node_modules", ".cache", "ramkoll-dev-server.pid");
const browserOnly = process.argv.includes("--browser") || !["win32", "darwin"].includes(process.platform);

function bin(name) {
  return path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
}

function run(command, args, onOutput) {
  const child = spawn(command, args, { cwd: root, stdio: onOutput ? ["inherit", "pipe", "pipe"] : "inherit", shell: process.platform === "win32" });
  if (onOutput) {
    child.stdout.on("data", (data) => onOutput(process.stdout, data));
    child.stderr.on("data", (data) => onOutput(process.stderr, data));
  }
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

if (!browserOnly) {
  run(bin("office-addin-debugging"), ["start", "manifest.xml"]);
} else {
  let announced = false;
  const server = run(bin("webpack"), ["serve", "--mode", "development"], (stream, data) => {
    const text = data.toString();
    stream.write(text);
    if (!announced && /compiled (successfully|with \d+ warning)/.test(text)) {
      announced = true;
      const protocol = /https:\/\/localhost/.test(text) ? "https" : "http";
      console.log(`\nRamkoll körs. Öppna uppgiftsfönstret i webbläsaren: ${protocol}://localhost:${port}/taskpane.html`);
      console.log("Stoppa med Ctrl+C eller npm stop.\n");
    }
  });
  fs.mkdirSync(path.dirname(pidFile), { recursive: true });
  fs.writeFileSync(pidFile, String(server.pid));
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
