/* eslint-disable no-undef */
/** `npm stop`: ends what `npm start` began (office-addin-debugging's session, or the dev server). */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const pidFile = path.join(root, "node_modules", ".cache", "ramkoll-dev-server.pid");

if (fs.existsSync(pidFile)) {
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  fs.rmSync(pidFile);
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the dev server (process ${pid}).`);
  } catch (error) {
    if (error.code !== "ESRCH") throw error;
    console.log("The dev server had already stopped.");
  }
} else if (["win32", "darwin"].includes(process.platform)) {
  const result = spawnSync(path.join(root, "node_modules", ".bin", "office-addin-debugging"), ["stop", "manifest.xml"], { stdio: "inherit", shell: process.platform === "win32" });
  process.exit(result.status ?? 0);
} else {
  console.log("Nothing to stop.");
}
